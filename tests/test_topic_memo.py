"""A question scores the same texts many times over (a matrix cell for its own candidate, for its
features, for its grid's answer): each (text, context) is read into stems once per question."""

from hypothesis import example, given, settings, strategies as st

from bot.answering.analysis import Analysis
from bot.answering.matching import Topic
from bot.textnorm import Tokenizer


class Counting(Tokenizer):
    def __init__(self) -> None:
        super().__init__()
        self.read: list[str] = []
        cached = self.stem_set

        def stem_set(text: str) -> frozenset[str]:
            self.read.append(text)
            return cached(text)

        self.stem_set = stem_set  # type: ignore[method-assign]


def test_each_text_is_scored_once_per_question() -> None:
    tok = Counting()
    analysis = Analysis(text="who leads maternity services?", wants=("person",), terms={"matern": 3.0, "servic": 1.0})
    topic = Topic(analysis, tok)
    first = [topic.coverage("Maternity services review", ("Women's health", "Board")), topic.heaviest_missing("Maternity", "Board")]
    read = len(tok.read)
    again = [topic.coverage("Maternity services review", ("Women's health", "Board")), topic.heaviest_missing("Maternity", "Board")]
    assert again == first and len(tok.read) == read
    assert first[0] == (1.0, 1.0) and first[1] == 0.25
    assert Topic(analysis, tok).coverage("Estates", "Board") == (0.0, 0.0)  # a new question reads afresh
    assert len(tok.read) > read
    tok.read.clear()
    assert topic.stems(("Maternity unit", "Board paper")) == topic.stems(("Maternity unit", "Board paper")) == {"matern", "unit", "board", "paper"}
    assert tok.read == ["Maternity unit", "Board paper"]  # a shared context is gathered once


def test_joined_parts_are_read_as_the_joined_text() -> None:
    tok = Counting()
    analysis = Analysis(text="when is the a&e workstream review?", wants=("date",), terms={"ae": 2.0, "workstream": 2.0, "review": 1.0})
    topic = Topic(analysis, tok)
    cases = [("Urgent care", "A & E review", "Board paper"), ("Urgent care a &", "e review", ""), ("review of a", "& e", "x"),
             ("the work", "stream review", ""), ("work-", "-stream", "A&E"), ("", "review", "None"), ("Plan’s", "'s A&E", "Café"),
             ("Finance report Month", "7 review", ""), ("review at mth-", "-12", "x"), ("Month", "-", "5")]
    for parts in cases:
        assert tok.joined_stem_set(parts) == tok.stem_set(" ".join(parts))
        assert topic.joined_coverage(parts, "context") == Topic(analysis, Tokenizer()).coverage(" ".join(parts), "context")
    tok.read.clear()
    tok.joined_stem_set(("Urgent care", "A & E review", "Board paper"))
    assert tok.read == ["Urgent care", "A & E review", "Board paper"]  # each part read on its own


def test_a_candidate_whose_main_is_given_by_its_parts_has_the_same_features() -> None:
    """A must-do cell's or a milestone's main text is scored from the texts it was joined from (cached
    on their own), with the features of scoring the joined text."""
    from bot.answering.candidates import Candidate
    from bot.answering.features import features

    analysis = Analysis(text="when is the a&e workstream review?", wants=("date",), terms={"ae": 2.0, "workstream": 2.0, "review": 1.0})
    cases = [("P2 Urgent care", "A & E review"), ("Urgent care a &", "e review"), ("the work", "stream review"), ("", "review"),
             ("Title", "Care hub opens", "Workstream review due")]
    for parts in cases:
        main = " ".join(parts)
        given = Candidate(source="mustdo-cell", main=main, main_parts=parts, context=("Board", "A&E"), area=None, answer=main, citations=[])
        read = Candidate(source="mustdo-cell", main=main, context=("Board", "A&E"), area=None, answer=main, citations=[])
        assert features(given, analysis, Topic(analysis, Tokenizer())) == features(read, analysis, Topic(analysis, Tokenizer()))


def test_an_answer_given_as_its_parts_says_as_much_as_the_answer() -> None:
    """A must-do cell's answer is read for its stems (novelty) from the texts it is written from."""
    from bot.answering.candidates import Candidate
    from bot.answering.features import features

    analysis = Analysis(text="which priority covers must do 4?", wants=("text",), terms={"prioriti": 1.0, "cover": 1.0})
    for parts in [("P2", "(Central Lancs,", "must do 4 (A&E and ambulance access standards)):", "Streaming at the front door"),
                  ("Yes (in part):", "LC2", "(Bay,", "must do 6 (cancer 62 days)):", "work"), ("P1", "(x,", "y):", "stream plan")]:
        answer = " ".join(parts)
        given = Candidate(source="mustdo-cell", main="P2", context="", area=None, answer=answer, answer_parts=parts, citations=[])
        read = Candidate(source="mustdo-cell", main="P2", context="", area=None, answer=answer, citations=[])
        assert features(given, analysis, Topic(analysis, Tokenizer())) == features(read, analysis, Topic(analysis, Tokenizer()))


def test_a_main_text_given_by_the_topic_stems_it_holds_scores_as_read() -> None:
    """A must-do cell's text is scored from the topic's stems its postings say it holds (main_held); a
    held set read over fewer stems than the topic's is not enough, and the text is read."""
    from bot.answering.candidates import Candidate
    from bot.answering.features import features

    analysis = Analysis(text="which priority covers a&e streaming?", wants=("text",), terms={"ae": 2.0, "stream": 1.0, "prioriti": 0.5})
    for main in ["P2 A & E streaming at the front door", "P3 Streaming", "P4 nothing asked", "P1 A&E"]:
        tok = Tokenizer()
        topic = Topic(analysis, tok)
        held = (tok.stem_set(main) & topic.any_stem, topic.any_stem)
        given = Candidate(source="mustdo-cell", main=main, context=("Board", "A&E"), area=None, answer=main, citations=[], main_held=held)
        read = Candidate(source="mustdo-cell", main=main, context=("Board", "A&E"), area=None, answer=main, citations=[])
        assert features(given, analysis, topic) == features(read, analysis, Topic(analysis, Tokenizer()))
        short = Candidate(source="mustdo-cell", main=main, context="", area=None, answer=main, citations=[], main_held=(frozenset(), frozenset({"ae"})))
        assert features(short, analysis, Topic(analysis, Tokenizer())) == features(
            Candidate(source="mustdo-cell", main=main, context="", area=None, answer=main, citations=[]), analysis, Topic(analysis, Tokenizer()))


PIECES = ["a", "e", "&", "work", "stream", "-", " ", "care", "'s", "’", "A&E", "Café", "x1", "\u00a0", "ﬁre", "Ѕ", "\t", "s", "'", "\x1c"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.lists(st.sampled_from(PIECES), max_size=6).map("".join), min_size=1, max_size=4))
@example(["work", "", "stream"])  # an empty part between: the joined text still says "work  stream"
@example(["work", "’", "stream"])  # an apostrophe alone is spelled away to nothing: the same
@example(["work", "-", "stream"])  # a dash alone between: the joined text reads "workstream"
def test_any_parts_joined_give_the_joined_texts_stems(parts: list[str]) -> None:
    tok = Tokenizer()
    assert tok.joined_stem_set(tuple(parts)) == tok.stem_set(" ".join(parts))

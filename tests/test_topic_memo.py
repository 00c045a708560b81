"""A question scores the same texts many times over (a matrix cell for its own candidate, for its
features, for its grid's answer): each (text, context) is read into stems once per question."""

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

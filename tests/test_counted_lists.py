""""How many X?" over a list of X: the items under a line naming them are counted, each quoted;
a list is read from prose that points ahead to the lines after it ("the workstreams below")."""

import pytest

from bot.answering.counting import counted_nouns, introduces_counted, states_count_of
from bot.answering.pipeline import answer
from bot.models import SourceLine
from bot.records.lists import list_records
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS

RACI = """Better Together Programme: responsibilities

4. Workstream leads

The programme is organised in the workstreams below. Each lead reports to the
Programme Board through the PMO.

Urgent and Emergency Care - Lead: Lucinda Harrowgate (Programme Director)
Virtual Wards - Lead: Dr Amara Bell (Clinical Lead, Virtual Wards)
Primary Care Access - Lead: Dr Sunil Tate (Clinical Lead, Primary Care)
Workforce - Lead: Tobias Garside (Head of Workforce Transformation)
Estates - Lead: Grant Pellow (Associate Director of Estates)

5. Change history

v1.1 First issue to Programme Board.
"""


@pytest.mark.parametrize(("question", "nouns"), [
    ("How many workstreams does the Better Together Programme have?", ["workstreams"]),
    ("How many staff drop-in sessions are listed for the consultation?", ["staff", "drop-in", "sessions"]),
    ("how many acute & specialist providers are there?", ["acute", "specialist", "providers"]),
    ("What is the number of GP practices in the footprint?", ["gp", "practices"]),
    ("Who owns the workstreams?", []),
    # what they are doing names them as well: a backlog is a count of the waiting
    ("How many patients were waiting too long at the end of September?", ["patients", "waiting"]),
    ("How many patients were seen in September?", ["patients"]),
])
def test_the_nouns_a_question_counts(question: str, nouns: list[str]) -> None:
    assert counted_nouns(question) == nouns


@pytest.mark.parametrize(("intro", "counts"), [
    ("The programme is organised in the workstreams below.", True),
    ("Our workstreams:", True),
    ("The workstreams are led by the PMO.", False),  # says nothing follows
    ("Wave 1 workstreams live (6 workstreams):", False),  # gives its own number: that is the answer
    ("The following sessions are open to staff:", False),  # names another thing
])
def test_a_line_introduces_the_counted_things(intro: str, counts: bool) -> None:
    tok = Tokenizer()
    assert introduces_counted(["workstreams"], intro, tok.stem_set, tok.stem) is counts


def test_every_counted_word_is_named_by_the_line() -> None:
    """"How many whole-time equivalent staff?" is not answered by counting sessions open to staff."""
    tok = Tokenizer()
    intro = "All sessions are open to any member of staff affected:"
    assert not introduces_counted(["whole-time", "equivalent", "staff"], intro, tok.stem_set, tok.stem)
    assert introduces_counted(["staff", "sessions"], intro, tok.stem_set, tok.stem)


def _lines(text: str) -> list[SourceLine]:
    return [SourceLine(text=t, page=None, line=n) for n, t in enumerate(text.splitlines(), 1)]


def _lists(text: str) -> list[dict]:
    return list(list_records(_lines(text), {}, set(), "doc", lambda src, sec: {"line": src.line}))


def test_prose_pointing_ahead_introduces_the_lines_after_it() -> None:
    found = [r for r in _lists(RACI) if "workstreams below" in r["intro"]]
    assert len(found) == 1 and found[0]["count"] == 5, found
    assert found[0]["items_text"].startswith("Urgent and Emergency Care - Lead")


def test_a_line_of_lettered_items_under_its_introduction_is_that_lists() -> None:
    """"... enablers includes:" over one line running "A. ... B. ... C. ...": the items are the
    introduced list's, under its introduction (not a list of its own introduced by itself)."""
    text = ("An underpinning programme of transformational enablers includes:\n\n"
            "A. Becoming one system. B. Developing communities. C. Developing the workforce. D. Using technology.\n")
    found = [r for r in _lists(text) if "enablers" in r["intro"]]
    assert len(found) == 1 and found[0]["count"] == 4, _lists(text)
    assert found[0]["items_text"].startswith("Becoming one system.") and "Using technology" in found[0]["items_text"]


def test_a_wrapped_paragraph_after_prose_pointing_ahead_is_no_list() -> None:
    text = ("The partners are set out below.\n\nThe partnership brings together the council, the two\n"
            "trusts and the primary care networks across the footprint.\n")
    assert not [r for r in _lists(text) if "set out below" in r["intro"]]


def test_how_many_is_answered_by_counting_the_listed_things(papers) -> None:
    index = papers({"raci.txt": RACI, **OTHER_PAPERS})
    reply = answer("How many workstreams does the Better Together Programme have?", index, Tokenizer())
    assert reply.answered and reply.answer.startswith("5 listed: Urgent and Emergency Care"), reply.answer
    assert any("workstreams below" in c.quote for c in reply.citations)


SURVEY = """Engagement

A survey for staff working in partner organisations (including NHS, local authority and voluntary sector) regarding
the partnership priorities received 397 responses in August 2019.
"""


def test_a_count_asked_with_a_verb_is_found_beside_its_noun(papers) -> None:
    """"How many replied?" counts replies: "397 responses" gives it, though the papers never write "replied"."""
    index = papers({"strategy.txt": SURVEY, **OTHER_PAPERS})
    reply = answer("When staff across the NHS, councils and the voluntary sector were asked about the partnership "
                   "priorities, how many replied?", index, Tokenizer())
    assert reply.answered and reply.answer.startswith("397"), reply.answer


LISTENING = """Listening to our communities

Between October and December we ran a programme of listening across the three boroughs. We held 31 drop-in
events in libraries and markets, attended by 2,215 residents, and received 3,904 questionnaire returns, 418 of
them on paper. This report sets out what residents told us and what partners will do about it.

Governance

The Partnership Board meets monthly and receives a quarterly engagement report from the communications team.
"""


@pytest.mark.parametrize(("text", "nouns", "states"), [
    ("received 3,904 questionnaire returns, 418 of them on paper", ["questionnaire", "returns"], True),
    ("covering the 71 GP practices", ["practices"], True),  # one word of its own between number and noun
    ("71 practices across 3 places", ["gp", "practices"], False),  # not every counted word
    ("returns for 2019 were 3,904", ["returns"], False),  # a number before other words
    ("attended by 2,215 residents", [], False),
])
def test_a_text_states_a_count_of_the_asked_things(text: str, nouns: list[str], states: bool) -> None:
    assert states_count_of(text, nouns, Tokenizer().stem) is states


def test_a_count_of_the_asked_things_answers_though_the_rest_of_the_question_is_unsaid(papers) -> None:
    """"How many questionnaire returns did we get in the autumn listening?" is answered by "3,904
    questionnaire returns" though the paper never says autumn: the count of the very things asked."""
    index = papers({"listening.txt": LISTENING, **OTHER_PAPERS})
    reply = answer("how many questionnaire returns did we get in the autumn listening?", index, Tokenizer())
    assert reply.answered and reply.answer.startswith("3,904"), reply.answer


CONSULTED = """Better Together programme: who does what
Item\tVirtual Wards - Lead\tUrgent Care - Lead
Programme Board through the PMO.\tDr Amara Bell (Clinical Lead, Virtual Wards)\tLucinda Harrow (Programme Director)

Consulted (C): Virtual wards expansion to 180 beds
- Devinder Oakcroft
- Harriet Quennell
- Bart Ennis-Gray
"""


def test_a_list_of_people_under_a_heading_answers_who(papers, tokenizer) -> None:
    """"Who is consulted on X?" over "Consulted (C): X" and its people: the list is built for a "who" question."""
    reply = answer("According to the matrix, who is consulted on the virtual wards expansion?", papers({"raci.txt": CONSULTED}), tokenizer)
    assert reply.answered and all(n in reply.answer[:200] for n in ("Oakcroft", "Quennell", "Ennis-Gray")), reply.answer


@pytest.mark.parametrize(("text", "number", "counted", "lead"), [
    ("There are four leaders meetings planned.", "four", ["leader", "meeting"], "four leaders meetings"),
    ("We received 3,904 questionnaire returns in all.", "3,904", ["questionnaire", "return"], "3,904 questionnaire returns"),
    ("The total is 12, across the footprint.", "12", ["practice"], "12"),  # the noun counted is not written after it
    ("Of the 71 practices, 12 are live.", "12", ["practice"], "12"),  # another count's noun, after a comma: not this one's
])
def test_a_count_is_led_with_the_things_it_counts(text: str, number: str, counted: list[str], lead: str) -> None:
    from bot.answering.candidates.sentences import _with_counted

    assert _with_counted(text, number, counted) == lead


def test_a_count_answers_in_the_lines_own_words(papers) -> None:
    """"How many questionnaire returns?" is answered "3,904 questionnaire returns", as the paper says it,
    not "3,904" alone."""
    index = papers({"listening.txt": LISTENING, **OTHER_PAPERS})
    reply = answer("how many questionnaire returns did we get in the autumn listening?", index, Tokenizer())
    assert reply.answered and reply.answer.startswith("3,904 questionnaire returns"), reply.answer

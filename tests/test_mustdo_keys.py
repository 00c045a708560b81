"""A must-do grid's key set out in one row ("L = lead programme ✓ = programme contributes blank = no
planned contribution"): each mark's meaning is read, so a tick (which the readers write "Yes") is a
contribution, not a lead, and "which must-do has no lead programme?" finds the one with ticks only; a
cell holding a footnote letter ("a", its tick lost in extraction) is read with its note."""

import pytest

from bot.answering.candidates.mustdo_marks import mark_level, spelled_mark
from bot.answering.pipeline import answer
from bot.models import SourceLine
from bot.reading.marks import read_open_marks
from bot.records.abbreviations import code_keys
from bot.textnorm import Tokenizer

GRID = """Table 2: Programmes against the nine national must-dos 2026/27
Programme\tMust do 4 A&E\tMust do 5 RTT\tMust do 6 Cancer\tMust do 7 Mental health\tMust do 9 Quality
A Urgent Care\tL\t\t\t\t✓
B Planned Care\t\tL\t✓\t\t✓
C Cancer\t\ta\tL\t\t
D Mental Health\t\t\t\tL\t✓
Key: L = lead programme for the must-do ✓ = programme contributes to the must-do blank = no planned contribution
a Cancer contributes to must do 5 from Q3 2026/27 only, when diagnostics move to the new centre.
"""


def test_a_key_in_one_row_gives_each_marks_meaning() -> None:
    found = dict(code_keys(["Key: L = lead programme ✓ = programme contributes blank = no planned contribution"]))
    assert found == {"L": "lead programme", "✓": "programme contributes", "blank": "no planned contribution"}
    assert dict(code_keys(["RAG key: G = green, on track; A = amber"])) == {"G": "green, on track", "A": "amber"}


@pytest.mark.parametrize(("cell", "level"), [("L", "lead"), ("Yes", "contribute"), ("Partial", "contribute")])
def test_a_tick_the_key_calls_a_contribution_is_no_lead(cell: str, level: str) -> None:
    assert mark_level(spelled_mark(cell, {"L": "lead programme", "✓": "programme contributes"})) == level


@pytest.fixture
def grid(papers):
    return papers({"grid.txt": GRID})


def test_the_must_do_with_contributions_only_has_no_lead_programme(grid) -> None:
    reply = answer("Which national must-do has no lead programme?", grid, Tokenizer())
    assert reply.answered and "must do 9" in reply.answer, reply.answer


def test_a_footnote_letter_is_read_with_its_note(grid) -> None:
    reply = answer("How does C Cancer contribute to must do 5?", grid, Tokenizer())
    assert reply.answered and "Q3 2026/27" in reply.answer, reply.answer


OPEN_GRID = """Table 3: coverage of the national must-dos
National must-do\tBS1\tBS2\tBS3
4 A&E four-hour standard and ambulance response times\t✓\t○\t
5 Referral to treatment: 18 weeks\t\t○\t✓
Key: ✓ lead programme;  ○ contributing programme;  blank: the programme does not address this must-do.
"""


@pytest.mark.parametrize("key, read", [
    ("Key: ✓ lead programme;  ○ contributing programme;  blank: not addressed.", "Partial"),
    ("Key: ● = lead programme; ◐ = contributes; ○ = no material contribution.", ""),
    ("Key: ● lead", ""),  # the key says nothing of an open circle: no entry
    # a legend without the word "Key", its entries parted by wide gaps, the last one a dash's
    ("●  leads delivery of the must-do      ○  contributes to it      -  no material contribution", "Partial"),
    ("○ = no material contribution    ● = leads", ""),
])
def test_an_open_circle_means_what_the_key_says(key: str, read: str) -> None:
    lines = [SourceLine(line=1, text="Must do 5\t✓\t○"), SourceLine(line=2, text=key)]
    assert read_open_marks(lines)[0].text == f"Must do 5\t✓\t{read}"


def test_marks_keyed_without_equals_signs_are_read() -> None:
    found = dict(code_keys(["Key: ✓ lead programme;  ○ contributing programme;  blank: the programme does not address this must-do."]))
    assert found == {"✓": "lead programme", "○": "contributing programme"}


def test_a_programme_the_key_marks_as_contributing_contributes(papers) -> None:
    """"○ contributing programme" under the grid: BS2's circles are entries, told with the key's words."""
    reply = answer("How does BS2 relate to the RTT must-do?", papers({"jfp.txt": OPEN_GRID}), Tokenizer())
    assert reply.answered and "BS2" in reply.answer and "contributing" in reply.answer, reply.answer
    reply = answer("which programmes cover must do 4?", papers({"jfp2.txt": OPEN_GRID}), Tokenizer())
    assert reply.answered and "BS1" in reply.answer and "BS2" in reply.answer, reply.answer


SCORED_GRID = """Table 4: contribution of each scheme to the national must-dos
No.\tMust-do\tHX1\tHX2\tHX3
4\tUrgent & emergency care\t3\t1\t0
5\tReferral to treatment and elective care\t0\t2\t0
6\tCancer\t0\t0\t0
Key: 3 = major contribution; 2 = moderate contribution; 1 = minor contribution; 0 = no contribution. Scores agreed in February.
"""


def test_a_score_key_is_read_code_by_code() -> None:
    found = dict(code_keys(["Key: 3 = major contribution; 2 = moderate; 0 = no contribution. Scores agreed in February."]))
    assert found == {"3": "major contribution", "2": "moderate", "0": "no contribution"}


def test_a_score_the_key_calls_no_contribution_is_no_entry(papers) -> None:
    """"0 = no contribution": a must-do every scheme scores 0 has nothing entered against it, and a scheme
    scoring 0 does not cover the must-do."""
    index = papers({"scores.txt": SCORED_GRID})
    reply = answer("which must-dos have no scheme against them?", index, Tokenizer())
    blank = reply.answer.lower().split("no programme covers")[0]  # (what is entered in part only is said after)
    assert reply.answered and "must do 6" in blank and "must do 5" not in blank and "must do 4" not in blank, reply.answer
    reply = answer("which schemes cover must do 5?", index, Tokenizer())
    assert reply.answered and "HX2" in reply.answer and "HX1" not in reply.answer and "HX3" not in reply.answer, reply.answer


def test_a_key_set_out_as_a_table_gives_each_codes_meaning() -> None:
    from bot.records.abbreviations import key_tables

    lines = ["Key", "RAG code\tMeaning", "G\tGreen: on track", "AR\tAmber/Red: significant slippage", "Trend\t",
             "▼\tdeteriorating since last month", "", "Ref\tScheme", "PEL-01\tHome First"]
    assert list(key_tables(lines)) == [("G", "Green: on track"), ("AR", "Amber/Red: significant slippage"),
                                       ("▼", "deteriorating since last month")]
    # a two-column table that is no key ("Ref | Scheme") gives nothing
    assert list(key_tables(["Ref\tScheme", "PEL-01\tHome First"])) == []


TURNED_GRID = """Local priorities against the nine national must-dos
National must-do\tLP1\tLP2\tLP3\tLP4\tLP5\tLP7
\tHome First\tUrgent Care Redesign\tGeneral Practice Resilience\tMental Health Crisis and Recovery\tCancer and Diagnostics\tTransforming Care (learning disability)
1. STPs\t○\t○\t○\t○\t○\t○
2. Finance\t●\t○\t-\t-\t-\t-
3. Primary care\t○\t-\t●\t-\t-\t-
4. Urgent and emergency care\t●\t●\t-\t○\t-\t-
6. Cancer\t-\t-\t-\t-\t●\t-
7. Mental health\t-\t○\t-\t●\t-\t○
8. People with learning disabilities\t-\t-\t-\t-\t-\t●
●  leads delivery of the must-do      ○  contributes to it      -  no material contribution
"""


def test_priorities_named_in_topic_words_across_a_grid_of_numbered_must_dos_are_no_must_dos(papers) -> None:
    """"General Practice Resilience", "Mental Health Crisis and Recovery" across the top name must-dos' topics,
    but the must-dos are down the first column, each numbered as itself: the columns are the priorities."""
    index = papers({"matrix.txt": TURNED_GRID})
    reply = answer("Which local priorities contribute to the mental health must-do?", index, Tokenizer())
    assert reply.answered and "Urgent Care Redesign" in reply.answer and "2. Finance" not in reply.answer, reply.answer
    assert "1. STPs" not in reply.answer and "7. Mental health" not in reply.answer


@pytest.mark.parametrize("key, read", [
    (["Key", "● lead priority", "○ contributes", "blank: no contribution"], "Partial"),  # a slide's key, one entry a line
    (["Key:", "○ = no material contribution", "● = lead"], ""),
    (["● lead priority", "○ contributes"], "Partial"),  # under another mark's entry, no "Key" heading
    (["Status of the bids", "○ contributes to the bid"], ""),  # a line of its own, no key above it: no entry
])
def test_a_key_set_out_one_entry_a_line_says_what_an_open_circle_means(key: list[str], read: str) -> None:
    lines = [SourceLine(line=1, text="Must do 5\t✓\t○"), *(SourceLine(line=2 + k, text=t) for k, t in enumerate(key))]
    assert read_open_marks(lines)[0].text == f"Must do 5\t✓\t{read}"


SLIDE_KEY_GRID = """How the priorities cover the nine national must-dos
National must-do\tP1\tP2\tP3
4 A&E and ambulance waits\t○\t●\t
5 Referral to treatment\t\t○\t●
Key
● lead priority
○ contributes
blank: no contribution
"""


def test_priorities_a_slide_key_marks_as_contributing_cover_the_must_do(papers) -> None:
    reply = answer("Which priorities cover must-do 4?", papers({"deck.txt": SLIDE_KEY_GRID}), Tokenizer())
    assert reply.answered and "P1" in reply.answer and "P2" in reply.answer and "P3" not in reply.answer.split(".")[0], reply.answer

"""An outline that shows each branch's level only by leading tabs (a mind map's text export) is read as
headings over the lines under them, not as a table of empty cells: who leads an item and when it is due
are the lines under that item."""

import pytest

from bot.answering.pipeline import answer
from bot.reading.limits import ReadLimits
from bot.reading.text import outline_levels, read_text
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS

OUTLINE = "\n".join([
    "Fernbrook STP - Programme on a Page",
    "\tPriority 1: Out of Hospital Care (OH)",
    "\t\tSRO: Simon Treharne, Chief Officer, Fernbrook CCG",
    "\t\tOH1 Integrated neighbourhood teams",
    "\t\t\tLead: Dr Alys Penrhyn, GP",
    "\t\t\tAll teams live: end of Q3 2017/18",
    "\t\tOH2 Enhanced health in care homes",
    "\t\t\tLead: Rachel Tiplady, Head of Community Services",
    "\t\t\tRoll-out: 30 June 2017",
    "\tPriority 2: Urgent Care (UC)",
    "\t\tSRO: Claire Fothergill, Director of Operations",
    "\t\tUC1 Clinical assessment hub",
    "\t\t\tLead: Dr Omar Haddad",
    "\t\t\tHub live: 28 February 2017",
    "",
])


def test_branches_with_branches_under_them_are_headings_at_their_depth() -> None:
    texts, levels = outline_levels(OUTLINE.split("\n"))
    assert texts[3] == "OH1 Integrated neighbourhood teams" and levels[3] == 3
    assert levels[0] == 1 and levels[1] == 2  # the root is the title; a first-level branch a heading under it
    assert levels[4] == 0 and texts[4] == "Lead: Dr Alys Penrhyn, GP"  # a leaf is a line, its tabs gone


@pytest.mark.parametrize("rows", [
    ["Ref\tMilestone\tOwner", "OH1\tTeams live\tAlys Penrhyn", "\tcontinued\tRachel Tiplady", "UC1\tHub live\tOmar Haddad",
     "\tnote\t", "\tx\ty", "\tz\tw"],  # tabs mid-line: a table, whatever leads its rows
    ["One\n", "\tTwo", "Three"],  # too few lines set in to be an outline
])
def test_a_table_or_a_few_indented_lines_are_no_outline(rows: list[str]) -> None:
    texts, levels = outline_levels(rows)
    assert texts == rows and not any(levels)


def test_the_reader_keeps_the_levels() -> None:
    lines, _, _ = read_text("map.txt", OUTLINE.encode(), ReadLimits.for_max_bytes(10**6))
    by_text = {line.text: line.heading for line in lines}
    assert by_text["OH2 Enhanced health in care homes"] == 3 and by_text["Roll-out: 30 June 2017"] == 0


@pytest.mark.parametrize("question, wanted", [
    ("Who leads the enhanced health in care homes initiative (OH2)?", "Rachel Tiplady"),
    ("who's leading UC1?", "Omar Haddad"),
    ("When does the clinical assessment hub go live?", "28 February 2017"),
])
def test_an_item_is_answered_from_the_lines_under_it(papers, question: str, wanted: str) -> None:
    index = papers({"map.txt": OUTLINE, **OTHER_PAPERS})
    reply = answer(question, index, Tokenizer())
    assert reply.answered and wanted in reply.answer[:300], reply.answer


RISKS = "\n".join([
    "Fernbrook STP - Programme on a Page",
    "\tKey risks (likelihood x impact; a score of 15 or more is escalated to the Partnership Board)",
    "\t\tR1 Not enough GPs to staff the hubs",
    "\t\t\tOwner: Simon Treharne",
    "\t\t\tScore: 4 x 4 = 16",
    "\t\tR2 Capital for the urgent treatment centre not secured",
    "\t\t\tOwner: Diane Mortlake",
    "\t\t\tScore: 3 x 3 = 9",
    "\t\tR3 Savings slip because schemes start late",
    "\t\t\tOwner: Ravi Pemberton",
    "\t\t\tScore: 5 x 4 = 20",
    "",
])


def test_blocks_each_under_its_own_heading_are_filtered_as_one_register(papers) -> None:
    """Each risk heads its own block, all under the register's heading: the rows stand under that heading
    together, so a question naming what the heading names reaches them."""
    index = papers({"map.txt": RISKS, **OTHER_PAPERS})
    reply = answer("Which risks score 15 or more and so are escalated to the Partnership Board?", index, Tokenizer())
    assert reply.answered and "R1 Not enough GPs" in reply.answer and "R3 Savings slip" in reply.answer, reply.answer
    assert "R2 Capital" not in reply.answer, reply.answer


def test_rows_under_their_own_headings_share_the_headings_above_them() -> None:
    from bot.answering.candidates.filtered import _shared
    rows = [{"section": "Key risks (escalated to the Partnership Board) › R1 Not enough GPs"},
            {"section": "Key risks (escalated to the Partnership Board) › R2 Capital"}]
    assert _shared(rows, "section") == "Key risks (escalated to the Partnership Board)"
    assert _shared(rows, "caption") == ""  # only a section is a path of headings

"""A must-do grid whose columns are places, ticks and crosses in its cells: "which place is not covered
for must-do 5?" is answered by the blank cells of that must-do's row, read as the grid is, in the context
of the paper it is in ("coverage by place"), not by a place that is covered."""

from bot.answering.pipeline import answer
from bot.textnorm import Tokenizer

GRID = """Fernwick STP - national must-dos: coverage by place

No.\tNational must-do\tNorth Vale\tSouth Vale\tEast Fen\tWest Fen\tLead programme
1\tDevelop a high-quality and agreed STP\t✓\t✓\t✓\t✓\tAll
2\tReturn the system to aggregate financial balance\t✓\t✓\t✓\t✓\tHN
3\tSustainability and quality of general practice\t✓\t✓\t✓\t✓\tNC
4\tA&E and ambulance access standards\t✓\t✓\t✓\t✓\tUEC
5\tReferral to treatment: 92% within 18 weeks\t✗\t✓\t✓\t✓\tECC
6\tThe 62 day cancer waiting standard\t✓\t✓\t✓\t✗\tECC
7\tThe two new mental health access standards\t✓\t✓\t✓\t✓\tMHW
8\tTransforming care for people with learning disabilities\t✓\t✓\t✓\t✓\tTCP
9\tImprovements in quality\t✓\t✓\t✓\t✓\tHN

Key: ✓ covered in this place by at least one STP initiative; ✗ not covered in this place (gap).
"""
OTHER = """Fernwick STP board note

The board met on 3 March 2017 and agreed the finance bridge.
"""


def test_the_place_not_covered_for_a_must_do_is_its_blank_cell(papers, tokenizer: Tokenizer) -> None:
    index = papers({"coverage_by_place.txt": GRID, "board_note.txt": OTHER})
    reply = answer("Which place is not covered for must-do 5, the 18-week referral to treatment standard?", index, tokenizer)
    assert reply.answered and "nothing is entered against" in reply.answer, reply.answer
    blank = reply.answer.split(" for ", 1)[1].split(";")[0]
    assert "North Vale" in blank and "South Vale" not in blank, reply.answer

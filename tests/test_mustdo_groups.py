"""A must-do gap asked of a group of the grid's programmes ("not supported by any Northfield scheme"):
the group's gap, where the grid groups its columns under bands or its sections by place, and the
footprint's places open no pages of their own (so they are no plan areas)."""

import pytest

from bot.answering.pipeline import answer
from bot.records.mustdo_matrix import column_bands, mustdos_header
from bot.textnorm import Tokenizer

# Northfield's schemes leave must-dos 5, 6 and 8 blank, Eastmoor's 2 and 7; every must-do has some entry.
ROWS = [(1, "STPs", "Y\tY\tY\tY\tY"), (2, "Finance", "Y\t\t\t\t"), (3, "Primary care", "\tY\t\tY\t"),
        (4, "Urgent & emergency care", "Y\t\t\tY\t"), (5, "Referral to treatment", "\t\t\t\tY"), (6, "Cancer", "\t\t\tY\t"),
        (7, "Mental health", "\t\tY\t\t"), (8, "Learning disabilities", "\t\t\t\tY"), (9, "Improving quality", "\tY\t\t\tY")]
BANDED = ("Scheme contribution to the nine national must-dos\n\n"
          "\t\tNorthfield\t\t\tEastmoor\t\n"
          "No.\tMust-do\tNF1\tNF2\tNF3\tEM1\tEM2\n"
          + "".join(f"{n}\t{name}\t{cells}\n" for n, name, cells in ROWS)
          + "\nKey: Y = the scheme contributes to the must-do.\n")


@pytest.mark.parametrize("question, gaps, not_gaps", [
    ("Which national must-dos are not supported by any Northfield scheme?", ["must do 5", "must do 6", "must do 8"], ["must do 2", "must do 7"]),
    ("which must dos have no EM scheme against them? gap analysis", ["must do 2", "must do 7"], ["must do 5", "must do 8"]),
])
def test_a_gap_asked_of_a_band_of_the_grid_is_that_bands_gap(papers, question: str, gaps: list[str], not_gaps: list[str]) -> None:
    reply = answer(question, papers({"workbook.txt": BANDED}), Tokenizer())
    assert reply.answered, reply.answer
    lead = reply.answer.split(" No programme")[0]
    assert all(g in lead for g in gaps) and not any(g in lead for g in not_gaps), reply.answer


def test_a_gap_asked_of_the_whole_grid_is_still_the_whole_grids(papers) -> None:
    reply = answer("Which national must-dos are not supported by any scheme?", papers({"workbook.txt": BANDED}), Tokenizer())
    assert reply.answered and "every one of the nine must-dos has at least one entry" in reply.answer, reply.answer


def test_a_gap_asked_of_a_place_the_grids_sections_list_is_that_places_gap(bank_index, tokenizer) -> None:
    """A check list of boxes under each scheme, the schemes under their place's heading (other_ics_r):
    Ravensmere & Ouldby's schemes leave must-dos 6, 7 and 8 blank, though others' schemes cover them."""
    reply = answer("Which must-dos have no scheme in Ravensmere & Ouldby?", bank_index("other_ics_r"), tokenizer)
    assert reply.answered and reply.answer.startswith("In Ravensmere & Ouldby, nothing is entered against"), reply.answer
    assert all(f"must do {n}" in reply.answer for n in (6, 7, 8)), reply.answer


HEADER = "No.\tMust-do\tNF1\tNF2\tNF3\tEM1\tEM2"


@pytest.mark.parametrize("above, bands", [
    ("\t\tNorthfield\t\t\tEastmoor\t", {2: "Northfield", 3: "Northfield", 4: "Northfield", 5: "Eastmoor", 6: "Eastmoor"}),
    ("\tNational\tNorthfield\t\t\tEastmoor\t", {}),  # a name over the must-do column: a title row, not bands
    ("\t\tNorthfield\t\t\tEastmoor\tWest", {}),  # a band over one column: a row of labels, not bands
    ("\t\t2018/19\t\t\t2019/20\t", {}),  # figures
    ("Scheme contribution to the must-dos", {}),  # no cells
])
def test_bands_over_a_grids_columns_are_read_from_the_row_above_its_header(above: str, bands: dict[int, str]) -> None:
    header = mustdos_header(HEADER)
    assert header is not None
    assert column_bands(above, header) == bands


ACROSS = ("Scheme contribution to the nine national must-dos\n"
          "Ref\tScheme\tPlace\tMD1\tMD2\tMD3\tMD4\tMD5\tMD6\tMD7\tMD8\tMD9\n"
          "NF-01\tHome First\tNorthfield\tS\tS\t\tP\t\t\t\t\tS\n"
          "NF-02\tPerinatal Team\tNorthfield\t\t\t\t\t\t\tP\t\t\n"
          "EM-01\tCommunity Hub\tEastmoor\tS\t\tP\tP\t\t\t\t\t\n"
          "EM-02\tStep-down Flats\tEastmoor\t\tS\t\t\t\t\t\tP\t\n"
          "\nP = primary contribution; S = secondary contribution; blank = no contribution.\n")


@pytest.mark.parametrize("files, question, blank, covered", [
    ({"workbook.txt": BANDED}, "Which places have no scheme supporting the referral to treatment must-do?", "Northfield", "Eastmoor ("),
    ({"map.txt": ACROSS}, "Which place has no scheme contributing to the mental health must-do?", "Eastmoor", "Northfield ("),
    ({"map.txt": ACROSS}, "which place has nothing against MD8 LD?", "Northfield", "Eastmoor ("),
])
def test_the_places_asked_are_those_whose_schemes_leave_the_must_do_blank(papers, files: dict, question: str, blank: str,
                                                                         covered: str) -> None:
    """The places themselves are asked: each group of the grid's programmes (a band over its columns, a
    "Place" cell on its rows) none of whose programmes has an entry against the must-do."""
    reply = answer(question, papers(files), Tokenizer())
    assert reply.answered and reply.answer.startswith("Nothing is entered against"), reply.answer
    assert f"{blank} (" in reply.answer and covered not in reply.answer, reply.answer


def test_the_places_without_a_scheme_for_a_must_do_in_a_check_list_by_place(bank_index, tokenizer) -> None:
    reply = answer("Which places have no scheme supporting the learning disabilities must-do?", bank_index("other_ics_r"), tokenizer)
    assert reply.answered and reply.answer.startswith("Nothing is entered against must do 8"), reply.answer
    assert "Kelstow City (" in reply.answer and "Hatchmoor (" not in reply.answer, reply.answer


FOOTPRINT_GRID = """North Vale & Fen Coast STP: Delivery Plan 2017-19

Table 2: coverage of the nine national must-dos by place
Each cell lists the schemes in that place that contribute to the must-do. A dash means no scheme in that place contributes.

National must-do\tNorth Vale\tFen Coast
1. Deliver the STP\tNV1\tFC1
2. Financial balance\tNV2\tFC2
3. Primary care\tNV1\tFC1
4. Urgent and emergency care\tNV3\tFC3
5. Referral to treatment\t-\tFC4
6. Cancer\t-\tFC4
7. Mental health\tNV4\t-
8. Learning disabilities\t-\tFC5
9. Improving quality\tNV2\tFC2
"""


def test_a_place_is_asked_by_its_column_though_the_footprints_name_holds_it(papers, tokenizer) -> None:
    """The grid's own heading names the footprint ("North Vale & Fen Coast STP"), so every cell sits under
    the place's name: the place asked is told apart by its column, not by that heading."""
    index = papers({"annex.txt": FOOTPRINT_GRID, "note.txt": "Board note\nThe board met on 3 March 2017.\n"})
    reply = answer("Which national must-dos have no North Vale scheme contributing to them?", index, tokenizer)
    assert reply.answered, reply.answer
    for blank in ("referral to treatment", "cancer", "learning disabilit"):
        assert blank in reply.answer.lower(), reply.answer
    assert "mental health" not in reply.answer.lower(), reply.answer

"""A must-do table that names the covering programmes in a cell ("Local programme(s) | Coverage") gives
each named programme as a cell of its must-do, with the coverage level; a must-do naming none is a gap."""

from pathlib import Path

import pytest

from bot.answering.pipeline import answer
from bot.reading.files import read_document
from bot.records.extract import extract_records
from bot.records.mustdo_named import _programmes
from bot.textnorm import Tokenizer
from tests.conftest import assert_says

NAMED = """Wexbury ICS: how our programmes cover the nine national must-dos

No.\tNational must-do\tLocal programme(s)\tCoverage
2\tReturn to aggregate financial balance\tW8 Value Programme\tFull
3\tSustainable general practice\tW1 Neighbourhood Teams; W6 Shared Care Record\tFull
4\tA&E and ambulance performance\tW2 Front Door; Holt Lane Frailty Ward\tFull
5\tReferral to treatment (RTT) 18 weeks\tW3 Elective Hub\tFull
6\tCancer 62-day standard\tW4 Diagnostic Centre\tFull
7\tMental health access\tW5 Talking Therapies\tFull
8\tLearning disabilities\tNone - proposal due January 2027\tGAP
9\tQuality and special measures\tW7 Workforce Academy\tPartial
"""
OTHER = "Wexbury ICS board note\nThe board met in March and agreed the winter plan.\n"


def test_each_named_programme_is_a_cell_of_its_mustdo(tmp_path: Path) -> None:
    path = tmp_path / "mustdos.txt"
    path.write_text(NAMED, encoding="utf-8")
    cells = {(r["mustdo"], r["priority"]): r["text"] for r in extract_records(read_document(path, 10**7))["mustdos"]}
    assert cells[(3, "W1 Neighbourhood Teams")] == "Full" and cells[(3, "W6 Shared Care Record")] == "Full"
    assert cells[(9, "W7 Workforce Academy")] == "Partial"
    assert not any(n == 8 for n, _ in cells)  # named no programme: nothing entered
    assert not any(p in ("Local programme(s)", "Coverage") for _, p in cells)


@pytest.mark.parametrize(("text", "parts"), [
    ("W2 Front Door; Holt Lane Frailty Ward", ["W2 Front Door", "Holt Lane Frailty Ward"]),
    ("P1, P6", ["P1", "P6"]),
    ("All programmes, through the Joint Forward Plan", ["All programmes, through the Joint Forward Plan"]),
])
def test_programmes_in_a_cell(text: str, parts: list[str]) -> None:
    assert _programmes(text) == parts


@pytest.mark.parametrize(("question", "present", "absent"), [
    ("Which programmes cover the A&E must-do?", ["W2 Front Door", "Holt Lane Frailty Ward"], ["Coverage"]),
    ("Which national must-do has no local programme against it?", ["learning disabilit"], []),
    ("Which schemes count towards the cancer must-do?", ["W4 Diagnostic Centre"], []),
    # "how many": the count first, in figures and words
    ("How many programmes cover the A&E must-do?", ["covered by 2 (two) priorities:", "W2 Front Door", "Holt Lane Frailty Ward"], []),
])
def test_questions_over_a_table_naming_programmes(papers, tokenizer: Tokenizer, question: str, present: list[str],
                                                  absent: list[str]) -> None:
    index = papers({"mustdos.txt": NAMED, "note.txt": OTHER})
    reply = answer(question, index, tokenizer)
    assert reply.answered, reply.answer
    assert_says(reply.answer, present, absent)


BY_PLACE = """Harbour STP: coverage of the nine national must-dos by place
Each cell lists the schemes in that place that contribute to the must-do. A dash means none.

National must-do\tHarbour City\tHarbour Vale\tSystem-wide
1. Deliver the STP\tHC2\tHV1\tSW2
2. Financial balance\tHC1\tHV2\tSW1, SW3
4. A&E and ambulance access standards\tHC1, HC2, HC3\tHV1\t—
6. Cancer\t—\tHV3\tSW1
9. Quality and special measures\tHC1\t—\tSW3
"""


REGISTER = """Harbour STP scheme register
Ref\tScheme and aim\tPlace
HC1\tFrailty Assessment Unit : same-day assessment of frail older people at Harbour General\tHarbour City
HC2\tPrimary Care Hubs : evening and weekend GP appointments\tHarbour City
SW1\tSingle Pathology Network : one hub laboratory for the footprint\tSystem-wide
"""


@pytest.mark.parametrize(("question", "present", "absent"), [
    ("Which must-dos does HC1 contribute to?", ["2", "financial balance", "4", "9"], ["cancer"]),
    ("Which national must-dos does the SW1 scheme count towards?", ["financial balance", "cancer"], ["quality"]),
    # the scheme described in words, its code found in the register that gives both
    ("Which of the nine national priorities does the same-day unit for frail older people help with?",
     ["Frailty Assessment Unit", "financial balance", "quality"], ["cancer"]),
])
def test_a_scheme_listed_by_code_in_a_grid_of_places_has_the_mustdos_of_its_cells(papers, tokenizer: Tokenizer, question: str,
                                                                                   present: list[str], absent: list[str]) -> None:
    """Must-dos down, places across, each cell listing the covering schemes' codes: a scheme asked by its
    code covers the must-dos of the cells that list it."""
    reply = answer(question, papers({"mustdos.txt": BY_PLACE, "register.txt": REGISTER, "note.txt": OTHER}), tokenizer)
    assert reply.answered, reply.answer
    assert_says(reply.answer, present, absent)


MARKS_WITH_NOTES = """Table 4: How our plan addresses the nine must dos

National must do (2016/17 planning guidance)\tPaS\tINC\tUEC\tASR\tNote
1. Develop a high quality and agreed STP\tYes\tYes\tYes\tYes\t
2. Return the system to aggregate financial balance\t\tPartial\t\tYes\t
3. Sustainability and quality of general practice\tPartial\tYes\t\t\tGP Forward View plan, Dec 2016
4. Get back on track with access standards for A&E and ambulance waits\t\tPartial\tYes\t\t
6. Deliver the NHS Constitution 62 day cancer waiting standard\t\t\t\t\tDelivered through the Cancer Alliance plan
8. Transform care for people with learning disabilities\t\t\t\t\tDelivered through the Transforming Care Partnership plan
9. Improve quality, particularly for organisations in special measures\t\t\tPartial\tYes\t
"""


def test_a_matrix_of_marks_with_a_notes_column_is_read_as_a_matrix(tmp_path: Path) -> None:
    """Many columns of marks beside one of words are a matrix with remarks, not a table naming its
    programmes in one column: each mark is its priority's cell, and the remarks cover nothing."""
    path = tmp_path / "grid.txt"
    path.write_text(MARKS_WITH_NOTES, encoding="utf-8")
    cells = {(r["mustdo"], r["priority"]): r["text"] for r in extract_records(read_document(path, 10**7))["mustdos"]}
    assert cells[(4, "UEC")] == "Yes" and cells[(4, "INC")] == "Partial"
    assert cells[(9, "ASR")] == "Yes"
    assert not any(p == "Note" for _, p in cells), cells
    assert not any(n in (6, 8) for n, _ in cells)  # met through other plans: no local priority covers them


def test_coverage_asked_of_a_matrix_with_notes(papers) -> None:
    reply = answer("Which priorities contribute to the A&E and ambulance must do?", papers({"grid.txt": MARKS_WITH_NOTES, "other.txt": OTHER}),
                   Tokenizer())
    assert reply.answered and "UEC" in reply.answer and "INC" in reply.answer, reply.answer


LISTED = """Which lines call at each national must-do

National must-do\tLines calling\tNotes
1 STP: deliver the footprint plan\tAll lines\tThe route map is the plan on a page
2 Financial balance\tRed, Green, Blue\tResidual gap still to close
3 General practice\tOrange, Grey\t
4 A&E and ambulance performance\tRed, Green\t
5 Referral to treatment\tBlue\t
7 Mental health\tPurple\t
8 Learning disabilities\tNone yet\tNo line calls here yet
"""


def test_a_column_listing_short_names_is_the_programmes_column(tmp_path: Path) -> None:
    """Short names ("Red, Green, Blue") are still programmes when a column lists them: each is a cell of its
    must-do, and "None yet" enters nothing, a gap."""
    path = tmp_path / "lines.txt"
    path.write_text(LISTED, encoding="utf-8")
    cells = {(r["mustdo"], r["priority"]) for r in extract_records(read_document(path, 10**7))["mustdos"]}
    assert {(2, "Red"), (2, "Green"), (2, "Blue"), (3, "Orange"), (3, "Grey"), (7, "Purple")} <= cells
    assert not any(n == 8 for n, _ in cells) and not any(p == "Lines calling" for _, p in cells)


@pytest.mark.parametrize(("text", "parts"), [
    ("Red, Green, Blue", ["Red", "Green", "Blue"]),
    ("Care, support and wellbeing", ["Care, support and wellbeing"]),  # a name with a comma in it
])
def test_a_cell_lists_short_capitalised_names(text: str, parts: list[str]) -> None:
    assert _programmes(text) == parts

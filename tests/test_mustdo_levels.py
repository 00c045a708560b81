"""Must-do matrices that grade coverage with marks (Harvey balls: ● leads, ◐ contributes, ○ none), a
"No." column, programme codes ("LC2") and a closing RAG column: the marks read as levels, the RAG
column is no programme, a must-do with part cover only is a gap in the lead, and a question naming a
programme by its code gets that cell."""

import pytest

from bot.answering.pipeline import answer
from bot.reading.marks import cell_text, row_line
from bot.records.mustdo_matrix import mustdo_records, mustdos_header
from bot.models import DocumentInfo, ParsedDocument, SourceLine
from bot.textnorm import Tokenizer

ROWS = [
    ("1", "Develop and deliver the local system plan (STP)", "◐", "◐", "●", "Green"),
    ("2", "Return the system to aggregate financial balance", "◐", "○", "●", "Red"),
    ("4", "A&E four-hour and ambulance response standards", "●", "◐", "○", "Amber"),
    ("6", "Cancer: 62-day standard and faster diagnosis", "○", "◐", "●", "Green"),
    ("8", "Learning disabilities: transforming care", "○", "◐", "○", "Red"),
]
HEADER = ("No.", "National must-do", "LC1", "LC2", "LC3", "Assurance")
# as a CSV export of the committee's grid: every reader runs its cells through the same marks
MATRIX = "How our programmes deliver the nine national must-dos\n" + "".join(",".join(row) + "\n" for row in (HEADER, *ROWS)) + \
    "Key: ● = lead programme; ◐ = contributes; ○ = no material contribution\n"


@pytest.mark.parametrize("cell, read", [("●", "Yes"), ("◐", "Partial"), ("◑", "Partial"), ("○", "○"), ("◯", "○"), ("○ Frailty hub", "Frailty hub")])
def test_harvey_balls_read_as_levels(cell: str, read: str) -> None:
    assert cell_text(cell) == read


def test_the_numbered_rows_and_marks_become_cells_and_the_rag_column_is_no_programme() -> None:
    lines = [SourceLine(line=i, text=row_line(list(cells))) for i, cells in enumerate((HEADER, *ROWS), start=1)]
    doc = ParsedDocument(info=DocumentInfo(id="d", file_name="m.txt", title="m", kind="text", sha256="0" * 64), lines=lines)
    at = next(i for i, ln in enumerate(lines) if mustdos_header(ln.text))
    cells = {(r["mustdo"], r["priority"]): r["text"] for r in mustdo_records(doc, lines, at, mustdos_header(lines[at].text), None, None, set())}
    assert cells[(1, "LC3")] == "Yes" and cells[(1, "LC1")] == "Partial"  # must-do 1 by its "No." though its words are not the national ones
    assert (6, "LC1") not in cells and cells[(8, "LC2")] == "Partial"
    assert not any(priority == "Assurance" for _, priority in cells)


@pytest.fixture
def graded(papers):
    return papers({"coverage_matrix.csv": MATRIX})


def test_a_must_do_with_part_cover_only_has_no_lead_programme(graded) -> None:
    reply = answer("Which national must-do has no lead programme in the coverage matrix?", graded, Tokenizer())
    assert reply.answered and "must do 8" in reply.answer and "LC2" in reply.answer, reply.answer
    assert "must do 6" not in reply.answer


@pytest.mark.parametrize("question, says", [
    ("Does LC2 contribute to must-do 6?", "Yes (in part): LC2"),
    ("does lc3 cover must do 6?", "Yes: LC3"),
])
def test_a_programme_named_by_its_code_gets_its_cell(graded, question: str, says: str) -> None:
    reply = answer(question, graded, Tokenizer())
    assert reply.answered and reply.answer.startswith(says), reply.answer


LEADS = """Executive lead for each must-do

Must-do 8, learning disabilities: the executive lead is Maxine Cordingley, Head of LD & Autism Commissioning.
"""


@pytest.mark.parametrize("question, says", [
    ("Who is the executive lead for must-do 8?", "Maxine Cordingley"),  # who leads it: the grid names no one
    ("Which programmes cover must-do 8?", "LC2"),  # what covers it: the grid
])
def test_who_leads_a_must_do_is_asked_of_every_paper_what_covers_it_of_the_grid(papers, question: str, says: str) -> None:
    reply = answer(question, papers({"coverage_matrix.csv": MATRIX, "leads.txt": LEADS}), Tokenizer())
    assert reply.answered and says in reply.answer, reply.answer


@pytest.mark.parametrize("question", [
    "Which programmes address must-do 2 (financial balance), fully or in part?",
    "which programmes cover must do 2, incl partial?",
])
def test_the_level_of_cover_asked_is_how_it_is_asked_not_what_about(graded, question: str) -> None:
    """"Fully or in part", "incl partial": which levels of cover to give, not words a cell must hold."""
    reply = answer(question, graded, Tokenizer())
    assert reply.answered and "must do 2" in reply.answer and "LC1" in reply.answer and "LC3" in reply.answer, reply.answer


@pytest.mark.parametrize(("question", "count"), [
    ("How many of the nine must-dos are fully covered by local programmes?", "4 (four) of the nine must-dos are covered in full"),
    ("how many must dos are covered partly?", "5 (five) of the nine must-dos are covered in part"),
])
def test_must_dos_counted_by_the_level_of_cover_asked(graded, question: str, count: str) -> None:
    reply = answer(question, graded, Tokenizer())
    assert reply.answered and count in reply.answer, reply.answer


LETTERS = ("Table M1: programme coverage of the national must-dos (columns are must-do numbers)\n\n"
           "Programme\t1\t2\t3\t4\t5\t6\t7\t8\t9\n"
           "HT04 Planned Care & Diagnostics\tL\tL\t\t\tL\tC\t\t\t\n"
           "HT06 Children & Maternity\tL\t\t\t\t\t\tC\tC\t\n\n"
           "Key: L = lead programme; C = contributes; blank = no material contribution.\n")
TRACKER = "Milestone tracker\n\n| Ref | Milestone | RAG |\n| --- | --- | --- |\n| M1 | Hub opens | C |\n\nRAG key: G = on track; A = at risk; C = complete\n"


@pytest.mark.parametrize("question, says, not_says", [
    ("which must dos does HT04 lead? not the contributing ones", "leads 3 must-dos", "must do 6"),
    ("Which must-dos does the Children & Maternity programme contribute to without leading?", "contributes to 2 must-dos", "must do 1"),
    ("Which must-dos does HT06 support, though not as the lead?", "must do 7", "must do 1"),
])
def test_the_level_asked_of_a_programme_by_its_papers_key(papers, question: str, says: str, not_says: str) -> None:
    """Letters a grid's own key spells out (L lead, C contributes, where another paper's key has C
    complete): which must-dos a programme leads, or contributes to without leading. A level set aside
    ("not the contributing ones") asks no gap."""
    reply = answer(question, papers({"matrix.txt": LETTERS, "tracker.md": TRACKER}), Tokenizer())
    assert reply.answered and says in reply.answer and not_says not in reply.answer, reply.answer


def test_in_a_grid_of_ticks_alone_contributing_is_being_ticked(papers) -> None:
    ticks = LETTERS.replace("\tL", "\t✓").replace("\tC", "\t✓").replace("L = lead programme; C = contributes", "✓ = programme contributes")
    reply = answer("Which must-dos does HT06 contribute to?", papers({"matrix.txt": ticks}), Tokenizer())
    assert reply.answered and all(f"must do {n}" in reply.answer for n in (1, 7, 8)), reply.answer

"""A table on its side (one column per programme, one row per attribute) is read a column at a time;
an upright table, and a two-column "label | value" table, are read as written."""

import json
from pathlib import Path

import pytest

from bot.answering.pipeline import answer
from bot.reading.files import read_document
from bot.records.extract import extract_records
from bot.records.transposed import cell_kind, runs_along_rows
from bot.textnorm import Tokenizer

ON_ITS_SIDE = """Wexbury ICS portfolio summary
Table 1: Delivery programmes

Attribute\tCommunity Frailty Service\tHolt Lane Diagnostic Centre (Imaging & Endoscopy)\tTalking Therapies Expansion
Place\tWexbury North\tHolt Lane\tSystem-wide
Senior Responsible Owner\tAmira Stone, Chief Nurse\tDavid Crane, Director of Estates\tLucy Barr, Director of Mental Health
Go-live\tQ4 2026/27\t14 June 2027\tSeptember 2027
Budget\t£4.2m\t£9.3m\t£3.1m
Funding source\tICB recurrent allocation\tNational diagnostics capital\tMental Health Investment Standard
"""

UPRIGHT = """Wexbury ICS programme risk register

Risk ID\tRisk description\tScore\tRisk owner\tTarget date
WR1\tCommunity nursing vacancies delay the virtual ward expansion\t16\tAmira Stone\t31 March 2027
WR2\tEstates works at Holt Lane overrun into the winter period\t9\tDavid Crane\t30 November 2026
WR3\tThe efficiency requirement is not delivered in full\t20\tLucy Barr\t31 March 2027
WR4\tShared care record supplier misses the go-live date\t8\tOmar Hale\t30 June 2027
"""

KEY_FACTS = """Wexbury ICS key facts

Registered population\t412,000
Go-live of the shared care record\tJune 2027
Chief Executive\tAmira Stone
Places\tWexbury North, Holt Lane
"""


def _rows(tmp_path: Path, text: str) -> list[dict]:
    path = tmp_path / "paper.txt"
    path.write_text(text, encoding="utf-8")
    return extract_records(read_document(path, 10**7))["rows"]


@pytest.mark.parametrize(("text", "kind"), [
    ("£4.2m", "money"), ("16", "number"), ("Q4 2026/27", "date"), ("14 June 2027", "date"),
    ("Amira Stone, Chief Nurse", "person"), ("ICB recurrent allocation", "text"),
])
def test_cell_kinds(text: str, kind: str) -> None:
    assert cell_kind(text) == kind


def test_a_table_on_its_side_is_read_a_column_at_a_time(tmp_path: Path) -> None:
    rows = _rows(tmp_path, ON_ITS_SIDE)
    assert len(rows) == 3
    diagnostic = next(r for r in rows if r["row_text"].startswith("Holt Lane Diagnostic Centre"))
    labels, cells = json.loads(diagnostic["labels"]), json.loads(diagnostic["cells"])
    assert labels == ["Attribute", "Place", "Senior Responsible Owner", "Go-live", "Budget", "Funding source"]
    assert [c["text"] for c in cells][3:5] == ["14 June 2027", "£9.3m"]
    assert cells[4]["line"] == 8  # each cell still cites the line it stands on


@pytest.mark.parametrize(("text", "firsts"), [
    (UPRIGHT, ["WR1", "WR2", "WR3", "WR4"]),
    (KEY_FACTS, ["Go-live of the shared care record", "Chief Executive", "Places"]),  # the first pair read as its header
])
def test_upright_and_two_column_tables_are_read_as_written(tmp_path: Path, text: str, firsts: list[str]) -> None:
    assert [json.loads(r["cells"])[0]["text"] for r in _rows(tmp_path, text)] == firsts


def test_direction_needs_rows_of_one_kind_and_mixed_columns() -> None:
    firsts = ["Place", "Lead", "Go-live", "Budget"]
    side = [["North", "South"], ["Amira Stone", "David Crane"], ["June 2027", "Q4 2026/27"], ["£4.2m", "£1m"]]
    assert runs_along_rows(firsts, side)
    upright = [["16", "Amira Stone"], ["9", "David Crane"], ["20", "Lucy Barr"], ["8", "Omar Hale"]]
    assert not runs_along_rows(["WR1", "WR2", "WR3", "WR4"], upright)
    figures = [["100", "110"], ["12", "14"], ["£3m", "£4m"], ["7", "9"]]  # a year-by-year table: no direction shown
    assert not runs_along_rows(["Income", "Staff", "Savings", "Beds"], figures)


@pytest.mark.parametrize(("question", "expected"), [
    ("What is the budget for the Holt Lane Diagnostic Centre?", "£9.3m"),
    ("Who is the SRO for the talking therapies expansion?", "Lucy Barr"),
    ("When does the community frailty service go live?", "Q4 2026/27"),
])
def test_questions_about_one_programme_of_a_table_on_its_side(papers, tokenizer: Tokenizer, question: str, expected: str) -> None:
    index = papers({"portfolio.txt": ON_ITS_SIDE, "other.txt": "Wexbury ICS board note\nThe board met in March.\n"})
    reply = answer(question, index, tokenizer)
    assert reply.answered and expected in reply.answer[:200], reply.answer

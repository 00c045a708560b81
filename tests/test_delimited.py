"""CSV and TSV exports read as one table: quoted cells, cells over several lines, another delimiter,
machine-style column names, and a clear refusal of a file that is not a CSV."""

from pathlib import Path

import pytest

from bot.errors import DocumentError
from bot.index.indexer import build_index
from bot.index.store import PlanIndex
from bot.answering.pipeline import answer
from bot.answering.scorer import load_scorer
from bot.reading.files import find_documents, read_document
from bot.textnorm import Tokenizer

MB = 1024 * 1024
EXPORT = (
    "project_id,project_name,project_lead,planned_end,baseline_end,comment\n"
    'P-0101,"Urgent Treatment Centre, Saltharbour",Jenna Whitlock,2027-02-02,2026-11-30,"Contractor changed;\n'
    'opening moved"\n'
    "P-0102,Virtual wards expansion,Dr Kofi Mensah-Doyle,2026-12-31,2026-12-31,\n"
)


def _export(tmp_path: Path, text: str = EXPORT, name: str = "pmo_export.csv") -> Path:
    path = tmp_path / "papers" / name
    path.parent.mkdir(exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_a_csv_export_reads_as_rows_cited_by_the_line_each_starts_on(tmp_path: Path) -> None:
    doc = read_document(_export(tmp_path), MB)
    rows = [(ln.line, ln.text.split("\t")) for ln in doc.lines if ln.text]
    assert rows[0] == (1, ["project id", "project name", "project lead", "planned end", "baseline end", "comment"])
    assert rows[1] == (2, ["P-0101", "Urgent Treatment Centre, Saltharbour", "Jenna Whitlock", "2027-02-02", "2026-11-30",
                           "Contractor changed; opening moved"])
    assert rows[2][0] == 4  # the record above ran over two lines


@pytest.mark.parametrize("name, text", [
    ("semicolons.csv", "Scheme;Lead;Budget\nStroke pathway;Alex Sample;2,5\n"),
    ("tabs.tsv", "Scheme\tLead\tBudget\nStroke pathway\tAlex Sample\t2,5\n"),
])
def test_other_delimiters_are_read(tmp_path: Path, name: str, text: str) -> None:
    doc = read_document(_export(tmp_path, text, name), MB)
    assert doc.lines[1].text.split("\t") == ["Stroke pathway", "Alex Sample", "2,5"]


def test_a_csv_is_found_in_a_folder_and_a_broken_one_is_refused(tmp_path: Path) -> None:
    _export(tmp_path)
    found, skipped = find_documents([tmp_path / "papers"])
    assert [p.name for p in found] == ["pmo_export.csv"] and not skipped
    with pytest.raises(DocumentError, match="not a readable CSV file.*re-export"):
        read_document(_export(tmp_path, 'a,b\n"never closed,1\n', "broken.csv"), MB)


def test_a_question_is_answered_from_an_export_row(tmp_path: Path) -> None:
    _export(tmp_path)
    build_index([tmp_path / "papers"], tmp_path / "index", Tokenizer(), MB)
    reply = answer("Who is the project lead for the virtual wards expansion?", PlanIndex.open(tmp_path / "index"),
                   Tokenizer(), None, 1000, None, load_scorer())
    assert reply.answered and "Kofi Mensah-Doyle" in reply.answer
    assert reply.citations[0].document == "pmo_export.csv" and reply.citations[0].line == 4

"""An LDP initiatives table in the classic shape, rendered as a ruled PDF table: "Ref | Initiative | Scheme
owner(s) | Key milestones | Must-dos addressed", each row led by its reference ("CC1"), two owners each
with a title written on after the name, a milestone a line in its own column ("Qtr 4 16/17: ...",
"30/09/2017: ..."), and the must-dos each initiative addresses by number."""

import json

import pytest

from bot.models import DocumentInfo, ParsedDocument, SourceLine
from bot.records.extract import extract_records
from bot.records.milestones import parse_milestones
from bot.records.names import names_in

ANNEX = [
    (1, "2.1 Cawdermoor City (CC): initiatives"),
    (1, "Ref\tInitiative\tScheme owner(s)\tKey milestones\tMust-dos addressed"),
    (1, "CC1\tIntegrated locality teams in each of the six city localities\tDr Helena Marchetti Clinical Chair, Cawdermoor CCG"
        " Owen Pritchard-Lowe Director of Adult Social Care, Cawdermoor City Council"
        "\tQtr 4 16/17: localities 1-3 live 30/09/2017: all six localities live\t1, 3"),
    (1, "CC2\tUrgent treatment centre at the front door of the General Infirmary\tRachel Ombudo-Finch Chief Operating Officer, CHUFT"
        " Dr Laszlo Berrington Clinical Director for Emergency Medicine, CHUFT"
        "\tJan-17: GP streaming in the emergency department Winter 2017/18: urgent treatment centre designated\t4, 5"),
]


def _doc() -> ParsedDocument:
    lines = [SourceLine(page=page, text=text) for page, text in ANNEX]
    info = DocumentInfo(id="d1", file_name="annex.pdf", title="Annex 1", kind="pdf", sha256="0" * 64, lines=len(lines))
    return ParsedDocument(info=info, lines=lines)


@pytest.fixture(scope="module")
def records() -> dict[str, list[dict]]:
    return extract_records(_doc())


def test_each_reference_starts_an_initiative(records) -> None:
    assert [(r["number"], r["title"].split()[0]) for r in records["initiatives"]] == [("CC1", "Integrated"), ("CC2", "Urgent")]


def test_each_owner_is_named_apart_from_the_title_written_after_them(records) -> None:
    owners = {r["number"]: json.loads(r["owners"]) for r in records["initiatives"]}
    assert [o.split(" (")[0] for o in owners["CC2"]] == ["Rachel Ombudo-Finch", "Dr Laszlo Berrington"]
    assert [o.split(" (")[0] for o in owners["CC1"]] == ["Dr Helena Marchetti", "Owen Pritchard-Lowe"]


def test_milestones_are_read_from_their_own_column_a_step_a_date(records) -> None:
    got = {(m["text"], m["due_raw"]) for m in records["milestones"]}
    assert got == {("localities 1-3 live", "Qtr 4 16/17"), ("all six localities live", "30/09/2017"),
                   ("GP streaming in the emergency department", "Jan-17"), ("urgent treatment centre designated", "Winter 2017/18")}


def test_the_must_dos_column_says_what_each_initiative_addresses(records) -> None:
    """(A table the initiative reader takes whole is read for its must-dos column too.)"""
    assert sorted((m["priority"], m["mustdo"]) for m in records["mustdos"]) == [("CC1", 1), ("CC1", 3), ("CC2", 4), ("CC2", 5)]


@pytest.mark.parametrize("text, steps", [
    ("Qtr 4 16/17: localities 1-3 live 30/09/2017: all six localities live", [("localities 1-3 live", "Qtr 4 16/17"), ("all six localities live", "30/09/2017")]),
    ("01/03/2017: Hub 1 open TBC: Hub 2 open Mar-19: full coverage", [("Hub 1 open", "01/03/2017"), ("Hub 2 open", "TBC"), ("full coverage", "Mar-19")]),
    ("Nov-16: bid submitted Summer 2017: team recruited", [("bid submitted", "Nov-16"), ("team recruited", "Summer 2017")]),
    ("Qtr 3: Model agreed Qtr 4: Two sites vacated", [("Model agreed", "Qtr 3"), ("Two sites vacated", "Qtr 4")]),
])
def test_every_date_label_starts_a_step(text: str, steps: list[tuple[str, str]]) -> None:
    assert [(m.text, m.due_raw) for m in parse_milestones(text, 2016)] == steps


@pytest.mark.parametrize("text, names", [
    ("Dr Morwenna Castell Consultant Geriatrician, LCHT Graham Tolliver Deputy Chief Executive, LCHT", ["Dr Morwenna Castell", "Graham Tolliver"]),
    ("Rachel Ombudo-Finch Chief Operating Officer, CHUFT", ["Rachel Ombudo-Finch"]),
    ("Priya Kanagaratnam Head of Planned Care, Lyndhithe CCG", ["Priya Kanagaratnam"]),
])
def test_a_name_ends_where_a_job_title_opens(text: str, names: list[str]) -> None:
    assert [n for _, _, n in names_in(text)] == names

"""A Word table cell of several paragraphs (a two-level list whose levels are only paragraph styles):
each paragraph stays its own item, so "SRO: A (post)" and "Clinical lead: B" in one cell name two
people, each for the row they stand on, and "June 2018 - unit open; 1 September 2018 - assessor in all
homes" under "Key milestones" are two milestones of that row."""

from datetime import date
from pathlib import Path

import docx
import pytest

from bot.answering.candidates.dated import listed_milestones
from bot.answering.pipeline import answer
from bot.index.indexer import build_index
from bot.index.store import PlanIndex
from bot.reading.files import read_document
from bot.records.people import people_in
from bot.textnorm import Tokenizer

ROWS = [
    ("W1", ["Urgent care", "Urgent treatment centres and NHS 111. All places."],
     ["Senior Responsible Owner: Talia Brindlecombe (Chief Operating Officer, NCH)", "Clinical lead: Dr Oren Vasquez-Lyle (ED Consultant)",
      "Programme lead: Mabel Tennant", "Key milestones", "March 2018 - GP streaming at the front door",
      "1 October 2018 - minor injuries unit designated as a UTC"]),
    ("W2", ["Primary care at scale", "Four GP clusters: extended access in the evening."],
     ["Senior Responsible Owner: Quentin Aldous-Fry (Director of Primary Care, NCCG)", "Clinical lead: Dr Priya Olumide-Hart (GP)",
      "Programme lead: vacant", "Key milestones", "June 2018 - primary care extended access for 50% of the population",
      "1 September 2018 - online consultation in every practice"]),
]


def _mandate(path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("Programme mandate: delivery workstreams 2017-19")
    table = document.add_table(rows=1 + len(ROWS), cols=3)
    for c, label in enumerate(("No.", "Workstream and scope", "Leadership and key milestones")):
        table.cell(0, c).text = label
    for r, (code, scope, leaders) in enumerate(ROWS, 1):
        table.cell(r, 0).text = code
        for cell, paragraphs in ((table.cell(r, 1), scope), (table.cell(r, 2), leaders)):
            cell.text = paragraphs[0]
            for text in paragraphs[1:]:
                cell.add_paragraph(text)
    document.save(str(path))
    return path


@pytest.fixture
def mandate(tmp_path: Path) -> Path:
    folder = tmp_path / "papers"
    folder.mkdir()
    return _mandate(folder / "mandate.docx")


def test_a_cells_paragraphs_are_kept_apart(mandate: Path) -> None:
    text = next(line.text for line in read_document(mandate, 10**7).lines if line.text.startswith("W2"))
    assert "Clinical lead: Dr Priya Olumide-Hart (GP); Programme lead: vacant; Key milestones; June 2018 - primary care extended" in text
    assert "Primary care at scale; Four GP clusters" in text


def test_people_in_a_row_are_of_that_row_not_the_row_above(mandate: Path) -> None:
    found = {p["name"]: p for p in people_in(read_document(mandate, 10**7), {}, lambda doc, line, section: {})}
    assert found["Dr Priya Olumide-Hart"]["role"].startswith("Clinical lead")
    assert found["Dr Priya Olumide-Hart"]["context"].startswith("W2 Primary care at scale")
    assert found["Quentin Aldous-Fry"]["role"].startswith("Senior Responsible Owner")
    assert "Urgent care" not in found["Quentin Aldous-Fry"]["context"]


@pytest.mark.parametrize(("text", "items"), [
    ("Key milestones; June 2018 - extended access for 50%; 1 September 2018 - online consultation",
     [("June 2018", "extended access for 50%"), ("1 September 2018", "online consultation")]),
    ("By 31 March 2018 - hubs open; Mid-June 2018 - safe haven opens", [("By 31 March 2018", "hubs open"), ("Mid-June 2018", "safe haven opens")]),
    ("Phase 2 - GP record; Wave 1 - two hubs", []),  # no date before the dash
])
def test_a_cell_lists_milestones_as_date_then_what(text: str, items: list[tuple[str, str]]) -> None:
    assert listed_milestones(text) == items


@pytest.fixture
def index(mandate: Path, tmp_path: Path):
    build_index([mandate.parent], tmp_path / "index", Tokenizer(), 10**7)
    opened = PlanIndex.open(tmp_path / "index")
    yield opened
    opened.close()


def test_who_holds_a_role_in_a_cell_of_several_people(index) -> None:
    reply = answer("Who is the clinical lead for the W2 primary care at scale workstream?", index, Tokenizer())
    assert reply.answered and reply.answer.startswith("Dr Priya Olumide-Hart"), reply.answer


def test_a_milestone_listed_in_a_cell_is_due_in_its_month(index) -> None:
    reply = answer("what's due next month for primary care at scale?", index, Tokenizer(), date(2018, 8, 6))
    assert reply.answered and reply.answer.startswith("Due in September 2018"), reply.answer
    assert "online consultation in every practice (1 September 2018)" in reply.answer  # the item, with its date
    assert "GP streaming" not in reply.answer and "Senior Responsible Owner" not in reply.answer

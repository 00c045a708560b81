"""Where a line sits in the paper's outline: a numbered heading under its parent ("2.8.2" under "2.8"),
a "Responsible: ..." line read as a heading kept under the item it is of, and Word's heading styles
giving levels ("Key facts", Heading 2, under "P5 Mental Health", Heading 1)."""

from pathlib import Path

import pytest

from bot.models import SourceLine
from bot.reading.files import read_document
from bot.reading.layout import carries_on
from bot.records.sections import line_contexts

PLAN = ["2 Our programmes", "", "2.8 Digital Shared Care Record (GO8)",
        "Responsible: Yasmin Delacourt, Interim Chief Digital Officer (SRO)", "2.8.2 Phase 2 Social Care Records Live",
        "By: Qtr 1 2018/19", "", "3 Enablers", "Estates rationalisation across both trusts is led by the estates group."]


def _sections(lines: list[SourceLine]) -> dict[str, str | None]:
    return {ln.text: section for ln, section, _, _ in line_contexts(lines)}


def test_numbered_headings_and_field_lines_keep_their_parents() -> None:
    sections = _sections([SourceLine(line=i, text=t) for i, t in enumerate(PLAN, start=1)])
    assert sections["Responsible: Yasmin Delacourt, Interim Chief Digital Officer (SRO)"] == \
        "2 Our programmes › 2.8 Digital Shared Care Record (GO8) › Responsible: Yasmin Delacourt, Interim Chief Digital Officer (SRO)"
    assert sections["By: Qtr 1 2018/19"].startswith("2 Our programmes › 2.8 Digital Shared Care Record (GO8) › ")
    assert sections["2.8.2 Phase 2 Social Care Records Live"] == \
        "2 Our programmes › 2.8 Digital Shared Care Record (GO8) › 2.8.2 Phase 2 Social Care Records Live"
    assert sections["Estates rationalisation across both trusts is led by the estates group."] == "3 Enablers"


def test_a_field_line_on_a_slide_stays_under_the_item_above_it() -> None:
    """On a slide every short box reads like a heading; "SRO: ..." under "CSL1 Saltleigh Integrated Care
    Teams" is that scheme's field, named under it, not under the slide title alone."""
    texts = ["Corvell Plan on a page", "CSL1 Saltleigh Integrated Care Teams", "SRO: Director of Adult Social Care, Quillshire Council",
             "", "CSL2 Crisis Cafe", "SRO: Clinical Director for Mental Health"]
    lines = [SourceLine(page=2, text=t, heading=1 if k == 0 else 0) for k, t in enumerate(texts)]
    sections = {ln.text: section for ln, section, _, _ in line_contexts(lines, slides=True)}
    assert sections["SRO: Director of Adult Social Care, Quillshire Council"] == \
        "Corvell Plan on a page › CSL1 Saltleigh Integrated Care Teams › SRO: Director of Adult Social Care, Quillshire Council"
    assert sections["SRO: Clinical Director for Mental Health"] == \
        "Corvell Plan on a page › CSL2 Crisis Cafe › SRO: Clinical Director for Mental Health"


def test_word_heading_styles_give_the_outline(tmp_path: Path) -> None:
    from docx import Document

    doc = Document()
    doc.add_heading("Joint Forward Plan Part B", level=0)
    doc.add_heading("P5 Mental Health", level=1)
    doc.add_heading("Key facts", level=2)
    table = doc.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Clinical lead", "Dr Femi Adeyemi"
    doc.add_heading("P6 Enabler: Digital and Data", level=1)
    doc.add_heading("Key facts", level=2)
    table = doc.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Clinical lead", "Dr Meera Joshi"
    doc.save(tmp_path / "partb.docx")
    lines = read_document(tmp_path / "partb.docx", 10**7).lines
    assert [(ln.heading, ln.text) for ln in lines if ln.heading] == [
        (1, "Joint Forward Plan Part B"), (2, "P5 Mental Health"), (3, "Key facts"), (2, "P6 Enabler: Digital and Data"), (3, "Key facts")]
    sections = {ln.text: section for ln, section, _, _ in line_contexts(lines)}
    assert sections["Clinical lead\tDr Meera Joshi"] == "P6 Enabler: Digital and Data › Key facts"
    assert sections["Clinical lead\tDr Femi Adeyemi"] == "P5 Mental Health › Key facts"


def test_what_is_due_for_a_programme_includes_items_whose_heading_names_it(tmp_path: Path, ask_folder) -> None:
    """"What is due in Qtr 4 for the Neighbourhood Care Teams programme?" over a Word plan of numbered
    items under programme headings: an item whose own title does not repeat the programme's name
    ("2.1.2 Risk stratification tool in use") is still that programme's, by its heading."""
    from docx import Document

    doc = Document()
    doc.add_heading("Delivery Plan 2017-19", level=0)
    for programme, items in [("2.1 Neighbourhood Care Teams (GO1)", [
            ("2.1.2 Risk stratification tool in use in all practices", "Dr Ngozi Fairweather, Clinical Lead", "31 January 2018"),
            ("2.1.3 All 14 neighbourhood care teams live", "Ewan Tregarthen, Programme Manager", "Qtr 4 2017/18")]),
            ("2.2 Same Day Urgent Care (GO2)", [
            ("2.2.1 Saltmarsh Coast Urgent Treatment Centre designated", "Lorna Pettigrew, Head of Commissioning", "1 March 2018")])]:
        doc.add_heading(programme, level=2)
        for title, who, by in items:
            doc.add_heading(title, level=3)
            doc.add_paragraph(f"Responsible: {who}")
            doc.add_paragraph(f"By: {by}")
            doc.add_paragraph("Status: On track")
    (tmp_path / "papers").mkdir()
    doc.save(tmp_path / "papers" / "delivery_plan.docx")
    reply = ask_folder(tmp_path / "papers", "What is due in Qtr 4 2017/18 for Neighbourhood Care Teams?")
    assert reply.answered and "Risk stratification" in reply.answer and "All 14 neighbourhood" in reply.answer, reply.answer
    assert "Saltmarsh" not in reply.answer, reply.answer


MINUTES = ["6. WINTER PLAN", "", "DECISION D/24/035: The Board endorsed the appointment of",
           "Dr Ada Brightwell, Consultant Geriatrician, Northfold Care NHS",
           "Foundation Trust, as clinical lead for frailty from 1 January 2025.", "",
           "Frailty Assessment Units", "The units open in March."]


def test_a_line_carrying_on_a_wrapped_sentence_is_no_heading() -> None:
    """Hard-wrapped minutes: the line after "... the appointment of" is the sentence's rest, however
    title-like, so the lines below stay under the heading above; a heading after a blank line still opens."""
    lines = [SourceLine(line=i, text=t) for i, t in enumerate(MINUTES, start=1)]
    sections = _sections(lines)
    assert sections["Dr Ada Brightwell, Consultant Geriatrician, Northfold Care NHS"] != \
        "Dr Ada Brightwell, Consultant Geriatrician, Northfold Care NHS"
    assert sections["Foundation Trust, as clinical lead for frailty from 1 January 2025."] == sections[MINUTES[2]]
    assert sections["The units open in March."] == "Frailty Assessment Units"


@pytest.mark.parametrize("line, carries", [
    ("The Board endorsed the appointment of", True), ("Consultant Geriatrician, Northfold Care NHS,", True),
    ("Frailty Assessment Units", False), ("The units open in March.", False), ("Chair of the Board", False)])
def test_carries_on(line: str, carries: bool) -> None:
    assert carries_on(line) is carries

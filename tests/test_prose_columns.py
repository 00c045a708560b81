"""Prose set in two columns under a ruled table is read a column at a time: each column's sentences
stay whole (the chair a sentence names is the chair of the body it names), where they were read
across the page, line by line, mixing the columns. A borderless table beside the ruled one (a lead's
name, an ambition, milestones) is not prose and stays as it was."""

from pathlib import Path

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import BaseDocTemplate, Frame, FrameBreak, PageTemplate, Paragraph, Table, TableStyle

from bot.reading.pdf_prose_columns import loose_lines
from bot.reading.pdf_runs import Chunk

LEFT = ("4. System programmes. The Local Digital Roadmap is led by Declan Furness, Chief Information Officer at Calverdine "
        "Teaching Hospitals, and the shared care record will be live in all practices by the end of December 2018. "
        "Femi Adeyinka, Director of Workforce, leads the workforce programme. The Urgent and Emergency Care Delivery Board "
        "is chaired by Nathaniel Orme, Chief Operating Officer of Sennastow Hospitals, and meets every month.")
RIGHT = ("8. Governance of this plan. The System Leadership Group, chaired by the STP Lead, meets monthly and holds the "
         "place leads to account for delivery. The Partnership Board is chaired by Professor Alasdair Quine, our "
         "independent chair, and meets every other month in public. The directors of finance group reports to it on "
         "the money, and the clinical board on clinical models for every service.")


def _two_columns_under_a_table(path: Path) -> Path:
    styles = getSampleStyleSheet()
    left_style = styles["BodyText"].clone("left", fontSize=9, leading=11)
    right_style = styles["BodyText"].clone("right", fontSize=9, leading=12.5)  # baselines offset from the left column's
    w, h = A4
    m, gap = 50, 20
    colw = (w - 2 * m - gap) / 2
    top_h = 160
    frames = [Frame(m, h - m - top_h, w - 2 * m, top_h, id="top"), Frame(m, m, colw, h - 2 * m - top_h, id="left"),
              Frame(m + colw + gap, m, colw, h - 2 * m - top_h, id="right")]
    doc = BaseDocTemplate(str(path), pagesize=A4, pageTemplates=[PageTemplate(id="p", frames=frames)])
    table = Table([["Place", "Registered population", "Place SRO"], ["Calverdine City", "388,400", "Rosalind Whitcombe"],
                   ["Orrisford", "241,700", "Yvonne Castellane"]])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]))
    doc.build([Paragraph("Table 1: Places at a glance", styles["Heading3"]), table, FrameBreak(),
               Paragraph(LEFT, left_style), FrameBreak(), Paragraph(RIGHT, right_style)])
    return path


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    folder = tmp_path / "papers"
    folder.mkdir()
    _two_columns_under_a_table(folder / "plan.pdf")
    return folder


@pytest.mark.parametrize(("question", "name", "not_name"), [
    ("Who chairs the Urgent and Emergency Care Delivery Board?", "Nathaniel Orme", "Quine"),
    ("Who chairs the Partnership Board?", "Alasdair Quine", "Nathaniel Orme"),
])
def test_a_chair_is_read_from_its_own_columns_sentence(plan: Path, ask_folder, question: str, name: str, not_name: str) -> None:
    reply = ask_folder(plan, question)
    assert reply.answered and name in reply.answer and not_name not in reply.answer, reply.answer


def test_the_page_text_holds_each_columns_sentences_whole(tmp_path: Path) -> None:
    from pypdf import PdfReader

    from bot.reading.pdf import _page_text

    text = " ".join(_page_text(PdfReader(_two_columns_under_a_table(tmp_path / "plan.pdf")).pages[0]).split())
    assert "Registered population" in text  # the ruled table is read as before
    assert "The Partnership Board is chaired by Professor Alasdair Quine, our independent chair" in text
    assert "The Urgent and Emergency Care Delivery Board is chaired by Nathaniel Orme" in text


def _line(y: float, *runs: tuple[float, str]) -> list[Chunk]:
    return [Chunk(x, y, text, 9.0) for x, text in runs]


def test_a_borderless_table_of_leads_is_not_read_as_columns() -> None:
    """Leads and titles in the first column start in capitals and do not run on: a table's cells, read
    across as before."""
    rows = [
        _line(700, (50, "S1 Prevention at Scale"), (200, "Adult smoking prevalence down from"), (400, "Qtr 4 2016/17 first cohort starts")),
        _line(689, (50, "Lead: Dr Imelda Roscoe,"), (200, "19% to 15%; 4,800 people a year"), (400, "and the charter is signed by all")),
        _line(678, (50, "Director of Public Health,"), (200, "referred to the National Diabetes"), (400, "six NHS trusts in the footprint")),
        _line(667, (50, "Hythewold City Council"), (200, "Prevention Programme each year"), (400, "2018/19 alcohol care teams in")),
        _line(656, (50, "S2 Integrated Care"), (200, "36 neighbourhood teams of GPs"), (400, "all three acute hospitals")),
    ]
    read = [text for _, _, text in loose_lines([c for row in rows for c in row])]
    assert read[0] == "S1 Prevention at Scale Adult smoking prevalence down from Qtr 4 2016/17 first cohort starts"
    assert len(read) == 5


def test_prose_columns_are_read_down_each_column() -> None:
    left = ["The Partnership Board, chaired by our Independent", "Chair, meets on the second Thursday of each", "month and brings together the chief executives",
            "and council leaders, and it is advised by a", "clinical reference group of senior doctors."]
    right = ["Money: where it goes. By 2020/21 the plan", "should save a great deal of money each year,", "with the largest share from the back office",
             "and from hospital productivity, and it invests", "in locality teams, GP hubs and crisis care."]
    chunks = [Chunk(50, 700 - 11 * k, text, 9.0) for k, text in enumerate(left)] + [
        Chunk(300, 696 - 12 * k, text, 9.0) for k, text in enumerate(right)]
    read = [text for _, _, text in loose_lines(chunks)]
    assert read == left + right

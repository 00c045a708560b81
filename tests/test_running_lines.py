"""Running headers and footers (bot/records/running_lines.py): the line a paper prints on most of its
pages heads nothing when a page's own heading came before it, so a slide's rows stay under the
slide's title ("... by 2020/21") and not under the paper's footer."""

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from bot.answering.candidates.sentences import sentence_candidates
from bot.answering.pipeline import answer, context_for
from bot.index.indexer import build_index
from bot.index.store import PlanIndex
from bot.models import SourceLine
from bot.records.running_lines import running_key, running_lines
from bot.records.sections import heading_marks, line_contexts
from bot.textnorm import Tokenizer

FOOTER = "Marlwood & Tenby Vale STP - Briefing for the Health Scrutiny Panel, 14 February 2017"
SLIDES = [
    ("Our area at a glance", ["People registered with a GP: 640,200", "GP practices: 91", "Clinical commissioning groups: 3",
                              "NHS provider trusts: 4", "Local authorities: 2", "Staff in health and care: 24,300",
                              "Do-nothing financial gap: £171.3m"]),
    ("Savings by 2020/21 (£m)", [("P1 Home First", "12.4"), ("P2 Planned Care", "9.1"), ("P3 Urgent Care", "26.7"),
                                 "Total savings from the programmes: £48.2m"]),
    ("Our four programmes", ["Home First", "Planned Care", "Urgent Care", "Mental Health"]),
    ("Next steps", ["Public engagement from March 2017"]),
]


def _deck(path: Path) -> Path:
    """A landscape briefing drawn slide by slide: title, then the footer, then the slide's body, which is
    the order a PDF's text comes out in when the footer is drawn before the body."""
    pdf = canvas.Canvas(str(path), pagesize=landscape(A4))
    for number, (title, body) in enumerate(SLIDES, start=1):
        pdf.setFont("Helvetica-Bold", 22)
        pdf.drawString(40, 540, title)
        pdf.setFont("Helvetica", 8)
        pdf.drawString(40, 20, FOOTER)
        pdf.drawString(780, 20, f"Slide {number}")
        pdf.setFont("Helvetica", 12)
        for k, text in enumerate(body):
            if isinstance(text, tuple):  # a bar: its label, the bar, its figure at the bar's end
                pdf.drawString(60, 480 - k * 30, text[0])
                width = float(text[1]) * 10
                pdf.rect(200, 478 - k * 30, width, 12, stroke=0, fill=1)
                pdf.drawString(210 + width, 480 - k * 30, text[1])
            else:
                pdf.drawString(60, 480 - k * 30, text)
        pdf.showPage()
    pdf.save()
    return path


def _lines(pages: list[list[tuple[str, int]]]) -> list[SourceLine]:
    return [SourceLine(text=text, page=page, heading=level) for page, lines in enumerate(pages, start=1) for text, level in lines]


@pytest.mark.parametrize("text, key", [
    (f"{FOOTER}      Slide 2", FOOTER.lower()),
    (f"{FOOTER} Page 4 of 12", FOOTER.lower()),
    (f"{FOOTER} 7", FOOTER.lower()),
    (FOOTER, FOOTER.lower()),  # its year is no page number
])
def test_a_running_lines_page_number_is_not_part_of_it(text: str, key: str) -> None:
    assert running_key(text) == key


def test_a_line_on_most_pages_runs_and_one_on_two_does_not() -> None:
    lines = _lines([[("Title one", 1), (FOOTER, 0), ("Shared line twice", 0)], [("Title two", 1), (FOOTER, 0), ("Shared line twice", 0)],
                    [("Title three", 1), (FOOTER, 0)], [("Title four", 1), (FOOTER, 0)]])
    assert running_lines(lines) == {FOOTER.lower()}
    assert running_lines(lines[:6]) == frozenset()  # two pages: too few to tell a running line from a repeated one
    assert running_lines([SourceLine(text=FOOTER, line=n) for n in range(9)]) == frozenset()  # no pages: nothing runs


def test_a_running_line_after_a_pages_heading_heads_nothing_but_first_on_its_page_it_still_does() -> None:
    lines = _lines([[(FOOTER, 0), ("Plain words follow here.", 0)], [("Savings by 2020/21", 1), (FOOTER, 0), ("Total: 48.2", 0)],
                    [(FOOTER, 0), ("Total: 9.1", 0)], [("Next steps", 1), (FOOTER, 0)]])
    marks = list(heading_marks(lines, wrapped=True))  # (as a PDF is read: only a printed paper has running lines)
    assert [heading for line, heading in marks if line.text == FOOTER] == [True, False, True, True]  # page 4's is its last line
    assert [heading for line, heading in heading_marks(lines) if line.text == FOOTER] == [True, True, True, True]  # not a PDF
    sections = {line.text: section for line, section, _, _ in line_contexts(lines, marks=marks) if line.page == 2}
    assert sections["Total: 48.2"] == "Savings by 2020/21"


def test_a_running_line_under_another_running_line_still_heads() -> None:
    """A two-line running header (the plan's name, then the paper's) is the paper's furniture, not a page's heading."""
    second = "Submission to NHS England, 21 October 2016"
    pages = [[(FOOTER, 0), (second, 0), ("Plain words follow here.", 0)] for _ in range(4)]
    marks = list(heading_marks(_lines(pages), wrapped=True))
    assert [heading for line, heading in marks if line.text == second] == [True, True, True, True]


def test_a_slides_rows_stay_under_its_title_when_the_footer_comes_between(tmp_path: Path) -> None:
    papers = tmp_path / "papers"
    papers.mkdir()
    _deck(papers / "briefing.pdf")
    build_index([papers], tmp_path / "index", Tokenizer(), 10**7)
    index = PlanIndex.open(tmp_path / "index")
    try:
        replies = [answer(question, index, Tokenizer()) for question, _ in ASKED]
    finally:
        index.close()
    for reply, (_, says) in zip(replies, ASKED):
        assert reply.answered and says in reply.answer[:20], reply.answer


ASKED = [("What is the total of savings from the programmes by 2020/21?", "48.2"),
         ("How much will Planned Care save by 2020/21?", "9.1")]


FUNDING_FOOTER = "Kelby Together MCP vanguard | Value proposition and 2017/18 funding request | 2 December 2016"
FUNDING_PAGES = [
    ["Kelby Together vanguard", "Funding request to the New Care Models team", f"{FUNDING_FOOTER} 1"],
    ["Funding: received and requested (£m)", "Intervention | 2016/17 | 2017/18 | Total", "Care hubs | 0.9 | 1.2 | 2.1",
     "Extended access | 0.4 | 0.7 | 1.1", "Total | 1.3 | 1.9 | 3.2", f"{FUNDING_FOOTER} 2"],
    ["What the vanguard funding buys", "Four care hubs and evening GP appointments.", f"{FUNDING_FOOTER} 3"],
    ["Next steps", "Decision by the panel in January 2017.", f"{FUNDING_FOOTER} 4"],
]


def test_a_running_footers_page_number_is_no_figure(pdf_papers, tokenizer: Tokenizer) -> None:
    """Asked how much the vanguard funding comes to, the footer naming the paper on every page matches the
    question best of all, and its slide number is a number: never a figure to answer with."""
    index = pdf_papers({"vanguard.pdf": FUNDING_PAGES})
    assert index.running_lines("vanguard.pdf") == {running_key(f"{FUNDING_FOOTER} 1")}
    ctx = context_for("What is the total vanguard funding in the value proposition?", index, tokenizer, None, 1000, None)
    found = [c.answer for c in sentence_candidates(ctx)]
    assert found and not any(a.startswith(FUNDING_FOOTER) for a in found)
    dated = context_for("When was the vanguard value proposition dated?", index, tokenizer, None, 1000, None)
    assert any(FUNDING_FOOTER in c.answer for c in sentence_candidates(dated))  # its date is still the paper's date

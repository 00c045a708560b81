"""A slide whose meaning is in its connector lines ("golden thread" must-dos joined to priorities, solid
for primary and dashed for supporting, as a legend says) is read as a table of the boxes each box is
joined to, with a dash where no line reaches a box: the gap."""

from pathlib import Path

import pytest
from pptx import Presentation
from pptx.enum.dml import MSO_LINE
from pptx.enum.shapes import MSO_CONNECTOR, MSO_SHAPE
from pptx.util import Emu, Inches

from bot.reading.files import read_document

MUSTDOS = ["MD1 Delivering the STP", "MD2 Financial balance", "MD3 General practice", "MD4 A&E and ambulance",
           "MD5 Referral to treatment (18 weeks)", "MD6 Cancer (62 days)", "MD7 Mental health access", "MD8 Learning disabilities",
           "MD9 Quality and special measures"]
PRIORITIES = ["AW Ageing Well and Frailty", "PC Primary Care at Scale", "CD Cancer and Diagnostics", "MH Crisis and Liaison Mental Health"]
LINKS = [(0, 0, "dash"), (1, 0, "solid"), (1, 1, "dash"), (2, 1, "solid"), (3, 0, "solid"), (4, 2, "dash"), (5, 2, "solid"),
         (6, 3, "solid"), (8, 3, "dash"), (8, 0, "dash")]  # MD8: no line


def golden_thread(path: Path, links=LINKS, legend: bool = True) -> Path:
    deck = Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[6])
    title = slide.shapes.add_textbox(Inches(0.5), Inches(0.2), Inches(9), Inches(0.5))
    title.text_frame.text = "The golden thread: from national must-dos to our priorities"
    for left, text in ((Inches(0.5), "National must-dos 2017-19"), (Inches(6), "Our priorities")):
        slide.shapes.add_textbox(left, Inches(0.8), Inches(3), Inches(0.4)).text_frame.text = text
    left_boxes = [slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, Inches(0.5), Inches(1.3 + 0.45 * i), Inches(3), Inches(0.35)) for i in range(len(MUSTDOS))]
    right_boxes = [slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, Inches(6), Inches(1.6 + 0.9 * i), Inches(3), Inches(0.5)) for i in range(len(PRIORITIES))]
    for box, text in (*zip(left_boxes, MUSTDOS), *zip(right_boxes, PRIORITIES)):
        box.text_frame.text = text
    for a, b, style in links:
        line = slide.shapes.add_connector(MSO_CONNECTOR.STRAIGHT, 0, 0, 1, 1)
        line.begin_connect(left_boxes[a], 3)
        line.end_connect(right_boxes[b], 1)
        if style == "dash":
            line.line.dash_style = MSO_LINE.DASH
    if legend:
        for k, (style, words) in enumerate((("solid", "primary contribution"), ("dash", "supporting contribution"))):
            top = Inches(5.7 + 0.35 * k)
            key = slide.shapes.add_connector(MSO_CONNECTOR.STRAIGHT, Inches(0.5), top + Inches(0.15), Inches(1.2), top + Inches(0.15))
            if style == "dash":
                key.line.dash_style = MSO_LINE.DASH
            slide.shapes.add_textbox(Inches(1.3), top, Inches(3), Inches(0.3)).text_frame.text = words
    deck.save(path)
    return path


def test_the_diagram_is_read_as_a_table_of_joined_boxes(tmp_path) -> None:
    lines = [line.text for line in read_document(golden_thread(tmp_path / "thread.pptx"), 10**7).lines]
    assert "National must-dos 2017-19\tOur priorities" in lines
    assert ("MD2 Financial balance\tAW Ageing Well and Frailty (primary contribution); "
            "PC Primary Care at Scale (supporting contribution)") in lines
    assert "MD8 Learning disabilities\t-" in lines  # between joined boxes, reached by no line: a gap
    assert ("MD9 Quality and special measures\tAW Ageing Well and Frailty (supporting contribution); "
            "MH Crisis and Liaison Mental Health (supporting contribution)") in lines
    assert not any(line == "MD3 General practice" for line in lines)  # each box said once, in its row


def test_without_a_legend_the_joined_boxes_are_given_plainly(tmp_path) -> None:
    lines = [line.text for line in read_document(golden_thread(tmp_path / "thread.pptx", legend=False), 10**7).lines]
    assert "MD6 Cancer (62 days)\tCD Cancer and Diagnostics" in lines


def test_a_line_or_two_is_not_a_diagram(tmp_path) -> None:
    lines = [line.text for line in read_document(golden_thread(tmp_path / "thread.pptx", links=LINKS[:2]), 10**7).lines]
    assert "MD3 General practice" in lines and not any("\t" in line for line in lines)


@pytest.mark.parametrize(("question", "expected"), [
    ("Which must-do has no priority linked to it?", "learning disabilities"),
    ("which priorities support the quality must do?", "Ageing Well"),
    ("Which priority contributes to the cancer must-do?", "Cancer and Diagnostics"),
])
def test_must_do_questions_are_answered_from_the_lines(tmp_path, ask_folder, question: str, expected: str) -> None:
    folder = tmp_path / "papers"
    folder.mkdir()
    golden_thread(folder / "board_development.pptx")
    reply = ask_folder(folder, question)
    assert reply.answered and expected.lower() in reply.answer[:300].lower(), reply.answer

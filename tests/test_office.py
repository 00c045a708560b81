"""PowerPoint and Excel readers: slides and sheets read into lines with their place, marks read as marks."""

from datetime import datetime
from pathlib import Path

import pytest

from bot.models import Citation
from bot.places import where
from bot.reading.files import read_document
from bot.records.sections import line_contexts
from tests.office_files import deck, workbook

MB = 1024 * 1024


def _deck(tmp_path: Path) -> Path:
    return deck(tmp_path / "annex.pptx", [
        {"title": "Fylde Coast Local Delivery Plan on a page", "boxes": [
            (480, 120, 400, ["Right column: workforce plan agreed by March 2017."]),
            (40, 120, 400, ["Left column: the vision for 2020.", "Second paragraph of the left box."]),
            (40, 300, 800, ["Below both: estates review in 2017."]),
        ]},
        {"title": "Fylde Coast priorities against the 9 National Must Do's 1/3", "table": (40, 100, [
            ["", "9 Must Do's", "P1", "P2", "Р3"],
            ["4.", "Get back on track with access standards for A&E and ambulance waits.", "✓", "✓ Frailty project", "✗"],
        ])},
    ])


def test_pptx_slides_titles_reading_order_and_tables(tmp_path: Path) -> None:
    doc = read_document(_deck(tmp_path), MB)
    assert doc.info.kind == "pptx" and doc.info.pages == 2
    assert doc.info.title == "Fylde Coast Local Delivery Plan on a page"
    first = [ln.text for ln in doc.lines if ln.page == 1 and ln.text]
    assert first == ["Fylde Coast Local Delivery Plan on a page", "Left column: the vision for 2020.",
                     "Second paragraph of the left box.", "Right column: workforce plan agreed by March 2017.",
                     "Below both: estates review in 2017."]
    rows = [ln.text for ln in doc.lines if ln.page == 2 and "\t" in ln.text]
    assert rows[0] == "\t9 Must Do's\tP1\tP2\tP3"
    assert rows[1].split("\t")[2:] == ["Yes", "Frailty project", ""]  # marks read as marks, no glyph kept
    sections = {ln.text: section for ln, section, _, _ in line_contexts(doc.lines)}
    assert sections["Below both: estates review in 2017."] == "Fylde Coast Local Delivery Plan on a page"


def test_a_slide_title_is_its_section_even_when_it_does_not_look_like_a_heading(tmp_path: Path) -> None:
    path = deck(tmp_path / "d.pptx", [{"title": "our plan: what changes in 2017.", "boxes": [(40, 120, 400, ["Body text here."])]}])
    doc = read_document(path, MB)
    sections = {ln.text: section for ln, section, _, _ in line_contexts(doc.lines)}
    assert sections["Body text here."] == "our plan: what changes in 2017."


def _drawn_deck(tmp_path: Path) -> Path:
    """A slide built of plain text boxes, as many decks are: the title is only the biggest type at the
    top; owners float in small boxes beside it; a timeline has dates in one row of boxes and what
    happens in another row under them, matched only by column."""
    return deck(tmp_path / "drawn.pptx", [{"title": None, "boxes": [
        (660, 20, 240, ["SRO: Alex Sample"], 14),
        (36, 20, 600, ["Community Diagnostic Centre (P4)"], 28),
        (660, 56, 240, ["Clinical lead: Dr Jo Bloggs"], 12),
        (36, 110, 560, ["One-stop tests for suspected cancer, run with the hospital trust."], 16),
        (72, 300, 200, ["15 Jan 2027"], 16), (360, 300, 200, ["Q4 2027/28"], 16),
        (72, 360, 200, ["Building contract signed"], 14), (360, 360, 200, ["Six-day service"], 14),
    ]}])


def test_a_drawn_slide_title_is_read_and_heads_the_boxes_under_it(tmp_path: Path) -> None:
    doc = read_document(_drawn_deck(tmp_path), MB)
    titles = [ln.text for ln in doc.lines if ln.heading]
    assert titles == ["Community Diagnostic Centre (P4)"]
    sections = {ln.text: section for ln, section, _, _ in line_contexts(doc.lines, slides=True)}
    assert sections["Clinical lead: Dr Jo Bloggs"].startswith("Community Diagnostic Centre (P4)")


def test_a_drawn_timeline_pairs_each_date_with_the_label_in_its_column(tmp_path: Path) -> None:
    doc = read_document(_drawn_deck(tmp_path), MB)
    texts = [ln.text for ln in doc.lines if ln.text]
    assert "15 Jan 2027: Building contract signed" in texts and "Q4 2027/28: Six-day service" in texts
    assert "Building contract signed" not in texts  # said once, with its date


def test_milestones_stacked_under_a_row_of_dates_are_each_of_their_column(tmp_path: Path) -> None:
    """A roadmap's quarter labels across the top and its milestone boxes stacked under them (added out of
    order, as a deck stores them): each box is its column's quarter; a wide note under them is no one's."""
    path = deck(tmp_path / "roadmap.pptx", [{"title": "Key milestones by quarter", "boxes": [
        (40, 200, 140, ["Frailty unit opens"]), (200, 140, 140, ["Crisis house opens"]), (40, 140, 140, ["UTC opens"]),
        (200, 200, 140, ["Core 24 team in post"]), (40, 260, 140, ["Staff bank live"]),
        (36, 100, 150, ["Q3 2017/18"]), (196, 100, 150, ["Q4 2017/18"]), (30, 330, 600, ["Dates as agreed in November 2016."])]}])
    texts = [ln.text for ln in read_document(path, MB).lines if ln.text]
    assert {"Q3 2017/18: UTC opens", "Q3 2017/18: Frailty unit opens", "Q3 2017/18: Staff bank live", "Q4 2017/18: Crisis house opens",
            "Q4 2017/18: Core 24 team in post"} <= set(texts), texts
    assert "Dates as agreed in November 2016." in texts and "Q3 2017/18" not in texts, texts


def test_boxes_side_by_side_that_are_not_dates_are_not_paired(tmp_path: Path) -> None:
    path = deck(tmp_path / "cols.pptx", [{"title": "Our priorities", "boxes": [
        (40, 120, 300, ["Prevention"]), (400, 120, 300, ["Urgent care"]),
        (40, 180, 300, ["Smoking cessation in pregnancy"]), (400, 180, 300, ["Same day emergency care"])]}])
    texts = [ln.text for ln in read_document(path, MB).lines if ln.text]
    assert texts[1:] == ["Prevention", "Urgent care", "Smoking cessation in pregnancy", "Same day emergency care"]


def test_speaker_notes_are_read_after_the_slide_under_their_own_line(tmp_path: Path) -> None:
    path = deck(tmp_path / "notes.pptx", [{"title": "LC3 Cancer", "boxes": [(40, 120, 400, ["Clinical lead: Mr Rupert Elstob"])],
                                           "notes": "Mr Elstob retires on 31 March 2027.\nInterviews are on 15 January 2027."}])
    doc = read_document(path, MB)
    texts = [ln.text for ln in doc.lines if ln.text]
    assert texts[-3:] == ["Speaker notes", "Mr Elstob retires on 31 March 2027.", "Interviews are on 15 January 2027."]
    assert {ln.page for ln in doc.lines} == {1}
    sections = {ln.text: section for ln, section, _, _ in line_contexts(doc.lines, slides=True)}
    assert sections["Mr Elstob retires on 31 March 2027."] == "LC3 Cancer › Speaker notes"


def test_xlsx_rows_cached_values_and_hidden_sheets(tmp_path: Path) -> None:
    path = workbook(tmp_path / "t.xlsx", {
        "Tracker": [["Scheme", "Milestone", "Lead", "Due", "RAG"],
                    ["Stroke pathway", "Pathway agreed", "Alex Sample", datetime(2016, 12, 31), "A"],
                    [None], ["Total", None, None, None, None]],
        "Secret": [["Not for staff"]],
    }, hidden=("Secret",), formulas={"Tracker": ("B4", "=COUNTA(B2:B3)", 1)})
    doc = read_document(path, MB)
    assert doc.info.kind == "xlsx" and doc.info.pages == 2
    assert doc.warnings == ["t.xlsx: sheet 'Secret' is hidden and was skipped"]
    by_row = {ln.line: ln.text for ln in doc.lines if ln.line}
    assert by_row[2] == "Stroke pathway\tPathway agreed\tAlex Sample\t31 December 2016\tA"
    assert by_row[4] == "Total\t1"  # the formula's saved value
    assert 3 not in by_row and all(ln.page == 1 for ln in doc.lines)
    assert not any("Not for staff" in ln.text for ln in doc.lines)
    assert doc.lines[0].heading and doc.lines[0].text == "Tracker"


def test_a_workbook_with_nothing_visible_is_refused(tmp_path: Path) -> None:
    from bot.errors import DocumentError

    path = workbook(tmp_path / "e.xlsx", {"Empty": [[None]], "Hidden": [["x"]]}, hidden=("Hidden",))
    with pytest.raises(DocumentError, match="no readable text.*hidden"):
        read_document(path, MB)


@pytest.mark.parametrize(("document", "page", "line", "text"), [
    ("a.pdf", 3, None, "p. 3"), ("a.txt", None, 12, "line 12"), ("a.docx", None, 4, "line 4"),
    ("deck.pptx", 4, None, "slide 4"), ("t.xlsx", 2, 7, "sheet 2, row 7"), ("t.xlsx", 2, None, "sheet 2"),
])
def test_citations_name_the_place_in_the_words_of_the_format(document: str, page: int | None, line: int | None,
                                                             text: str) -> None:
    assert where(Citation(document=document, title="t", page=page, line=line, section=None, quote="q")) == text


def test_grouped_cards_side_by_side_read_card_by_card(tmp_path: Path) -> None:
    """Cards drawn as groups (a title box, an "SRO:" box and a "Next:" box each) read one whole card
    after another, not line by line across the cards beside each other."""
    from pptx import Presentation
    from pptx.util import Pt

    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    for k, (title, sro, nxt) in enumerate([("GO1 Neighbourhood Care Teams", "SRO: Wilhelmina Ashdown", "Next: all 14 NCTs live"),
                                           ("GO2 Same Day Urgent Care", "SRO: Bernadette Okonjo-Hale", "Next: UTC designated")]):
        card = slide.shapes.add_group_shape()
        for row, text in enumerate((title, sro, nxt)):
            box = card.shapes.add_textbox(Pt(40 + 330 * k), Pt(100 + 40 * row), Pt(300), Pt(30))
            box.text_frame.text = text
    prs.save(tmp_path / "cards.pptx")
    texts = [ln.text for ln in read_document(tmp_path / "cards.pptx", MB).lines if ln.text]
    assert texts == ["GO1 Neighbourhood Care Teams", "SRO: Wilhelmina Ashdown", "Next: all 14 NCTs live",
                     "GO2 Same Day Urgent Care", "SRO: Bernadette Okonjo-Hale", "Next: UTC designated"]


def test_each_slides_table_stays_under_its_own_slide_title(tmp_path: Path) -> None:
    """One two-column table per programme slide, none with a header row: the slide's title between them
    is no running footer, so the second slide's rows are not read on as the first slide's table."""
    from bot.records.extract import extract_records

    path = deck(tmp_path / "programmes.pptx", [
        {"title": "LC1 Right Care, First Time", "table": (40, 120, [["SRO", "Niamh Rathbone"], ["Top risk", "Ambulance handover delays - score 20"]])},
        {"title": "LC3 Cancer", "table": (40, 120, [["SRO", "Dr Aoife Brannigan"], ["Top risk", "Histopathology turnaround - score 9"]])},
    ])
    rows = {r["row_text"]: r["section"] for r in extract_records(read_document(path, MB))["rows"]}
    assert rows["Top risk | Histopathology turnaround - score 9"] == "LC3 Cancer", rows
    assert rows["Top risk | Ambulance handover delays - score 20"] == "LC1 Right Care, First Time", rows


def test_xlsx_group_headings_keep_the_table_under_its_labels(tmp_path: Path) -> None:
    """A budget sheet names each programme in a row of its own over its schemes, after the last
    programme's subtotal: those rows stay in the table, so every scheme is read under the sheet's
    column labels. A second table's title and label row below the first's dates start a table of
    their own, and the sheet's title above the table stays a title."""
    from bot.records.table_rows import table_blocks, table_rows

    path = workbook(tmp_path / "budget.xlsx", {"Budget": [
        ["Transformation budget 2019/20", None, None, None],
        ["Programme / scheme", "Budget holder", "Recurrent", "Total"],
        ["Urgent Care", None, None, None],
        ["Integrated Urgent Care CAS", "Kezia Lindqvist", 1100, 1450],
        ["Subtotal", None, 1100, 1450],
        [None],
        ["Primary Care at Scale", None, None, None],
        ["GP extended access", "Hollie Dunstan", 2900, 2900],
        ["Subtotal", None, 2900, 2900],
        ["Table B - milestones", None, None, None],
        ["Ref", "Milestone", "Owner", "Due"],
        ["E1", "Hub opens", "Annika Sorrell", datetime(2018, 9, 3)],
        ["Table C - contacts", None, None, None],
        ["Name", "Role", "Email", "Telephone"],
        ["Annika Sorrell", "Chief Executive", "a.s@example.org", "01632 960 114"],
    ]})
    lines = read_document(path, MB).lines
    by_row = {ln.line: ln.text for ln in lines if ln.line}
    assert by_row[1] == "Transformation budget 2019/20"  # the title: no table row
    assert by_row[3].startswith("Urgent Care\t") and by_row[7].startswith("Primary Care at Scale\t")
    assert not by_row[10].startswith("Table B - milestones\t") and by_row[13] == "Table C - contacts"
    read = {row[0].text: labels for block in table_blocks(lines) for labels, row in table_rows(lines, block) if row}
    assert read["GP extended access"] == ["Programme / scheme", "Budget holder", "Recurrent", "Total"]
    assert read["E1"] == ["Ref", "Milestone", "Owner", "Due"] and read["Annika Sorrell"][0] == "Name"

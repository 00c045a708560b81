"""Two-column tables on a PDF page drawn with rules under the rows only (no vertical rules): the
layout pass sets the two cells apart by a wide gap, which alone could be a label and its value, so
aligned runs of such lines are read as a table, and "Label:   value" lines are left alone."""

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from bot.reading.files import read_document
from bot.reading.pdf_pairs import pair_tables
from bot.records.extract import extract_records

LEADS = [("1", "Tobias Renwick, Director of Strategy & Transformation"), ("2", "Marcus Ilesanmi, Chief Finance Officer"),
         ("3", "Dr Rehana Mistry, Director of Primary Care"), ("4", "Niamh Rathbone, Interim Director of Performance"),
         ("8", "Maxine Cordingley, Head of LD & Autism Commissioning")]


def _paper(path: Path) -> Path:
    styles = getSampleStyleSheet()
    table = Table([["Must-do", "Executive lead"], *LEADS], colWidths=[60, 400])
    table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black), ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.grey)]))
    story = [Paragraph("Executive lead for each must-do", styles["Heading2"]), table,
             Paragraph("Must-do 8 has no lead programme; the executive lead reports to the committee in January.", styles["BodyText"])]
    SimpleDocTemplate(str(path), pagesize=landscape(A4)).build(story)
    return path


def test_a_two_column_table_without_vertical_rules_reads_as_cells(tmp_path: Path) -> None:
    doc = read_document(_paper(tmp_path / "leads.pdf"), 10**7)
    texts = [ln.text for ln in doc.lines if ln.text.strip()]
    assert "Must-do\tExecutive lead" in texts
    assert "8\tMaxine Cordingley, Head of LD & Autism Commissioning" in texts
    rows = [r for r in extract_records(doc)["rows"] if "Cordingley" in r["row_text"]]
    assert rows and rows[0]["header_text"] == "Must-do | Executive lead", rows


def test_label_value_lines_and_a_lone_pair_are_not_a_table() -> None:
    rows = ["Owner:        Dr Rehana Mistry", "Due:          31 March 2027", "Status:       On track",
            "", "Prepared by      PMO", "Page 2"]
    assert pair_tables(rows) == rows


def test_a_wrapped_second_cell_continues_its_row() -> None:
    rows = ["  Code     Meaning", "  S1       Mobilising", "  S2       Planning: business case", "           approved by the board",
            "  S3       Delivery"]
    assert pair_tables(rows) == ["Code\tMeaning", "S1\tMobilising", "S2\tPlanning: business case", "\tapproved by the board",
                                 "S3\tDelivery"]


def test_numbered_paragraphs_with_hanging_text_are_prose_not_a_table() -> None:
    """A board paper's paragraphs numbered 2.1, 2.2 with the text hanging beside the number line up as a
    two-column table would; the text wrapping under itself shows them for prose."""
    rows = ["2.1    The Partnership covers a registered population of 612,000 people served by three",
            "       clinical commissioning groups and 78 GP practices.",
            "2.2    Version 2.1 of our STP was agreed by the Board on 20 June 2018. Version 2.3 reflects the",
            "       Quarter 2 review.",
            "2.3    The term of the Board's Independent Chair has been extended to 31 March 2020."]
    assert pair_tables(rows) == rows
    numbered_rows = ["1.1    Mobilising", "1.2    Planning", "1.3    Delivery"]  # numbered, but nothing wraps: a table
    assert pair_tables(numbered_rows) == ["1.1\tMobilising", "1.2\tPlanning", "1.3\tDelivery"]


def test_posts_beside_their_holders_are_a_table_however_long_the_posts() -> None:
    """A "who's who": each post (often longer than a short cell) with its holder's name beside it. A long first
    run is a cell when the second is a name; beside prose, it is still two columns of prose."""
    rows = ["  STP Programme Director                                          Barnaby Quist",
            "  Director of Children's Services, Pemberholt City Council        Rosalind Achebe-Ward",
            "  Chief Executive, Wrexcombe & Dunhallow Hospitals NHS Trust      Colm Fairweather",
            "  Head of Urgent Care Commissioning, Wrexcombe & Kelbridge CCG    Dr Marcus Oduya"]
    assert pair_tables(rows) == ["STP Programme Director\tBarnaby Quist",
                                 "Director of Children's Services, Pemberholt City Council\tRosalind Achebe-Ward",
                                 "Chief Executive, Wrexcombe & Dunhallow Hospitals NHS Trust\tColm Fairweather",
                                 "Head of Urgent Care Commissioning, Wrexcombe & Kelbridge CCG\tDr Marcus Oduya"]
    prose = ["The partnership covers a registered population of 912,400      and three councils who have",
             "people served by three clinical commissioning groups           agreed the plan in outline, with",
             "and one hundred and eighteen general practices across          the final version due in March."]
    assert pair_tables(prose) == prose

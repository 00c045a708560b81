"""Real PDF tables for tests: reportlab Tables with wrapped cells, repeated headers and page breaks."""

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

INITIATIVE_HEADER = ["", "Initiatives which we will focus in 2016/17 - 17/18", "Scheme Owner", "Risks",
                     "Do you have governance in place for this?", "Main Interdependencies"]


def table_pdf(path: Path, title: str, header: list[str], rows: list[list[str]], widths: list[int]) -> Path:
    styles = getSampleStyleSheet()
    body = styles["BodyText"]
    body.fontSize, body.leading = 8, 10
    data = [[Paragraph(c, body) for c in header]] + [[Paragraph(c, body) for c in row] for row in rows]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    SimpleDocTemplate(str(path), pagesize=landscape(A4)).build([Paragraph(title, styles["Heading2"]), Spacer(1, 8), table])
    return path


def initiative_rows(n: int) -> list[list[str]]:
    return [
        [str(i), f"Stroke and community service redesign number {i} across the whole area with partner teams "
                 f"Key milestones: Qtr {1 + i % 4}: Pathway {i} agreed and implemented across all sites (January 2017)",
         f"Owner Person{i} (Exec Lead)", "Workforce challenges across the system", "Yes: Delivery Group", "Acute workstream"]
        for i in range(1, n + 1)
    ]

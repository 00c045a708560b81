"""The annex as PDF in two shapes: ruled reportlab tables (wrapped cells, repeated header rows, tick
glyphs in the matrices, the standard Helvetica font that cannot draw a Cyrillic look-alike), and
slide-sized pages where every cell line is a positioned text box with thin filled rules between
cells, as a PowerPoint export lays a deck out."""

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from tests.fidelity.annex import Block

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
SLIDE = (960.0, 540.0)


def widths(block: Block, total: float) -> list[float]:
    """Column widths: a narrow number column, a wide title or must-do column, the rest shared."""
    n = len(block.header)
    first = 22.0 if not block.header[0].strip() else 0.0
    lead = next(i for i, h in enumerate(block.header) if h.strip() or i == n - 1)
    wide = 0.3 * total if n > 2 else 0.5 * total
    rest = (total - first - wide) / max(1, n - lead - 1)
    return [first if i < lead else wide if i == lead else rest for i in range(n)] if first else \
        [wide if i == 0 else (total - wide) / max(1, n - 1) for i in range(n)]


def ticked(block: Block, row: list[str]) -> list[str]:
    """A matrix's coverage cells with a tick before their text, as decks mark them."""
    if not block.matrix:
        return row
    lead = next(i for i, h in enumerate(block.header) if h.strip())
    return [f"✓ {c}" if i > lead and c.strip() else c for i, c in enumerate(row)]


def ruled_pdf(blocks: list[Block], path: Path) -> Path:
    styles = getSampleStyleSheet()
    body = styles["BodyText"]
    body.fontSize, body.leading = 9, 11
    cell = styles["BodyText"].clone("cell", fontSize=7, leading=8.5)
    story: list = []
    for k, block in enumerate(blocks):
        if block.kind == "text":
            story.extend(Paragraph(escape(t.replace("\t", "   ")), body) if t.strip() else Spacer(1, 6) for t in block.lines)
            continue
        if k and blocks[k - 1].kind == "text":
            story.append(PageBreak())
        story.extend(Paragraph(escape(t.replace("\t", "   ")), styles["Heading3"] if k == 0 else body) for k, t in enumerate(block.lead))
        data = [[Paragraph(escape(c), cell) for c in row] for row in [block.header, *(ticked(block, r) for r in block.rows)]]
        table = Table(data, colWidths=widths(block, landscape(A4)[0] - 72), repeatRows=1)
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story.extend([table, PageBreak()])
    SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=36, rightMargin=36).build(story)
    return path


class Slides:
    """A slide deck drawn on a canvas: text boxes line by line, tables cell by cell."""

    def __init__(self, path: Path) -> None:
        pdfmetrics.registerFont(TTFont("DejaVu", str(DEJAVU)))
        self.pdf = canvas.Canvas(str(path), pagesize=SLIDE)
        self.y = SLIDE[1] - 40
        self.used = False

    def new_slide(self) -> None:
        if self.used:
            self.pdf.showPage()
        self.y, self.used = SLIDE[1] - 40, False

    def text(self, line: str, size: float = 10, width: float = 880) -> None:
        for part in simpleSplit(line.replace("\t", "   "), "DejaVu", size, width) or [""]:
            if self.y < 30:
                self.new_slide()
            self.pdf.setFont("DejaVu", size)
            self.pdf.drawString(40, self.y, part)
            self.y -= size * 1.25
            self.used = True

    def rule(self, x: float, y: float, w: float, h: float) -> None:
        self.pdf.setFillColor(colors.black)
        self.pdf.rect(x, y, w, h, stroke=0, fill=1)

    def table(self, block: Block) -> None:
        cols = widths(block, 880)
        edges = [40 + sum(cols[:i]) for i in range(len(cols) + 1)]
        wrap = lambda row: [simpleSplit(c, "DejaVu", 7, w - 6) for c, w in zip(row, cols)]  # noqa: E731
        header = wrap(block.header)
        self._row(header, edges, shade=True)
        for row in block.rows:
            rest = wrap(row)
            while any(rest):
                room = int((self.y - 30) // 8.5) - 1
                if room < 2 or (max(map(len, rest)) > room and self.y < SLIDE[1] - 150):
                    self._close(edges)
                    self.new_slide()
                    self.text(block.lead[0] if block.lead else "", 16)
                    self._row(header, edges, shade=True)
                    continue
                part, rest = [c[:room] for c in rest], [c[room:] for c in rest]
                self._row(part, edges)
        self._close(edges)

    def _row(self, cells: list[list[str]], edges: list[float], shade: bool = False) -> None:
        height = max(1, max(map(len, cells))) * 8.5 + 6
        top = self.y
        if shade:
            self.pdf.setFillColor(colors.HexColor("#dfe6f0"))
            self.pdf.rect(edges[0], top - height, edges[-1] - edges[0], height, stroke=0, fill=1)
        self.rule(edges[0], top, edges[-1] - edges[0], 0.75)
        for x in edges:
            self.rule(x, top - height, 0.75, height)
        self.pdf.setFillColor(colors.black)
        self.pdf.setFont("DejaVu", 7)
        for lines, x in zip(cells, edges):
            for k, line in enumerate(lines):
                self.pdf.drawString(x + 3, top - 9 - k * 8.5, line)
        self.y = top - height
        self.used = True

    def _close(self, edges: list[float]) -> None:
        self.rule(edges[0], self.y, edges[-1] - edges[0], 0.75)
        self.y -= 12

    def save(self) -> None:
        self.pdf.save()


def slide_pdf(blocks: list[Block], path: Path) -> Path:
    slides = Slides(path)
    for block in blocks:
        if block.kind == "text":
            for line in block.lines:
                slides.text(line) if line.strip() else setattr(slides, "y", slides.y - 6)
            continue
        slides.new_slide()
        for k, line in enumerate(block.lead):
            slides.text(line, 16 if k == 0 else 9)
        slides.table(block)
        slides.new_slide()
    slides.save()
    return path

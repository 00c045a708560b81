"""Real PowerPoint and Excel files for tests, written with python-pptx, openpyxl and XlsxWriter."""

from pathlib import Path

from pptx import Presentation
from pptx.util import Emu, Pt

SLIDE_W, SLIDE_H = Emu(12192000), Emu(6858000)  # 13.33 x 7.5 in, PowerPoint's 16:9


def deck(path: Path, slides: list[dict]) -> Path:
    """Each slide: {"title": str, "boxes": [(left_pt, top_pt, width_pt, [paragraphs], font_pt?)],
    "table": (left_pt, top_pt, [[cells]])}; boxes are added in the order given, not reading order.
    A slide whose "title" is None is blank (no title placeholder): only its boxes are drawn; "notes" are
    its speaker notes."""
    prs = Presentation()
    prs.slide_width, prs.slide_height = SLIDE_W, SLIDE_H
    for spec in slides:
        slide = prs.slides.add_slide(prs.slide_layouts[5 if spec["title"] is not None else 6])  # title only, blank
        if spec["title"] is not None:
            slide.shapes.title.text = spec["title"]
        for left, top, width, paragraphs, *size in spec.get("boxes", []):
            frame = slide.shapes.add_textbox(Pt(left), Pt(top), Pt(width), Pt(40)).text_frame
            frame.word_wrap = True
            frame.text = paragraphs[0]
            for text in paragraphs[1:]:
                frame.add_paragraph().text = text
            for run in (run for paragraph in frame.paragraphs for run in paragraph.runs if size):
                run.font.size = Pt(size[0])
        if "notes" in spec:
            slide.notes_slide.notes_text_frame.text = spec["notes"]
        if "table" in spec:
            left, top, rows = spec["table"]
            width = Pt(min(880, 150 * len(rows[0])))
            table = slide.shapes.add_table(len(rows), len(rows[0]), Pt(left), Pt(top), width, Pt(20 * len(rows))).table
            for r, row in enumerate(rows):
                for c, text in enumerate(row):
                    table.cell(r, c).text = text
                    for paragraph in table.cell(r, c).text_frame.paragraphs:
                        for run in paragraph.runs:
                            run.font.size = Pt(8)
    prs.save(str(path))
    return path


def workbook(path: Path, sheets: dict[str, list[list[object]]], hidden: tuple[str, ...] = (),
             formulas: dict[str, tuple[str, str, object]] | None = None) -> Path:
    """Sheets of rows (strings, numbers, dates); `formulas` puts {sheet: (cell, formula, cached value)},
    written with its saved value as Excel would, so a reader must use the cached value."""
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path))
    dates = book.add_format({"num_format": "dd/mm/yyyy"})
    for name, rows in sheets.items():
        sheet = book.add_worksheet(name)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if hasattr(value, "year"):
                    sheet.write_datetime(r, c, value, dates)
                elif value is not None:
                    sheet.write(r, c, value)
        if name in hidden:
            sheet.hide()
        for cell, formula, value in [(formulas or {}).get(name)] if formulas and name in formulas else []:
            sheet.write_formula(cell, formula, None, value)
    book.close()
    return path

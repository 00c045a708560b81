"""Independent text extraction used by make_questions.py to check every gold answer against its source.

Units (what source.lines counts), per format:
- .pdf   pages, 1-based (pypdf extract_text, default mode). Printed page numbers (the annual report chapter
         starts at "41") are not used: page 1 is the first page of the file.
- .docx  body blocks in document order, 1-based: every non-empty paragraph is one unit and every table row is
         one unit (its cells' text joined by " | "; a vertically merged cell gives its text in the first row
         of the merge and an empty cell in the rows below). Header and footer are not counted.
- .pptx  slides, 1-based (text of all shapes, walking into groups and tables, in the file's shape order,
         which is not the visual order).
- .xlsx  rows of one sheet (source.sheet), 1-based Excel row numbers; a row's non-empty cells joined by
         " | "; numbers as stored (no thousands separators); formulas as their text.
- .txt   physical lines, 1-based.
"""

import datetime as dt
import re
from pathlib import Path

W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def normalise(text: str) -> str:
    text = text.replace("\u00a0", " ").replace("\u2019", "'").replace("\u2018", "'")
    text = text.replace("\u201c", '"').replace("\u201d", '"')
    text = re.sub("[\u2010-\u2015\u2212]", "-", text)
    return re.sub(r"\s+", " ", text).strip().lower()


def _docx_para_text(p_el) -> str:
    out = []
    for el in p_el.iter():
        if el.tag == W_NS + "t":
            out.append(el.text or "")
        elif el.tag in (W_NS + "br", W_NS + "cr"):
            out.append("\n")
        elif el.tag == W_NS + "tab":
            out.append("\t")
    return "".join(out)


def docx_table_rows(path: Path) -> list[list[list[str]]]:
    """Every table of the body as rows of cell texts (merged-away cells are empty strings)."""
    import docx

    doc = docx.Document(str(path))
    tables = []
    for block in doc.element.body.iterchildren():
        if block.tag == W_NS + "tbl":
            rows = []
            for tr in block.iterchildren(W_NS + "tr"):
                rows.append(["\n".join(x for x in (_docx_para_text(p) for p in tc.iter(W_NS + "p")) if x)
                             for tc in tr.iterchildren(W_NS + "tc")])
            tables.append(rows)
    return tables


def _docx_units(path: Path) -> list[str]:
    import docx

    doc = docx.Document(str(path))
    units = []
    for block in doc.element.body.iterchildren():
        if block.tag == W_NS + "p":
            t = _docx_para_text(block)
            if t.strip():
                units.append(t)
        elif block.tag == W_NS + "tbl":
            for tr in block.iterchildren(W_NS + "tr"):
                cells = []
                for tc in tr.iterchildren(W_NS + "tc"):
                    paras = [_docx_para_text(p) for p in tc.iter(W_NS + "p")]
                    cells.append("\n".join(x for x in paras if x))
                units.append(" | ".join(cells))
    return units


def _pptx_shape_texts(shapes, fine: bool):
    out = []
    for sh in shapes:
        if sh.shape_type is not None and sh.shape_type == 6:  # group
            out += _pptx_shape_texts(sh.shapes, fine)
            continue
        if getattr(sh, "has_table", False) and sh.has_table:
            for row in sh.table.rows:
                out.append(" | ".join(c.text for c in row.cells))
            continue
        if getattr(sh, "has_text_frame", False) and sh.has_text_frame:
            if fine:
                out += [p.text for p in sh.text_frame.paragraphs if p.text.strip()]
            elif sh.text_frame.text.strip():
                out.append(sh.text_frame.text)
    return out


def _pptx_units(path: Path, fine: bool = False):
    from pptx import Presentation

    prs = Presentation(str(path))
    slides = []
    for s in prs.slides:
        parts = _pptx_shape_texts(s.shapes, fine)
        if s.has_notes_slide:
            parts.append(s.notes_slide.notes_text_frame.text)
        slides.append(parts)
    return slides


def pptx_boxes(path: Path, slide_no: int):
    """(left, top, text) of every text-bearing shape of one slide, groups walked, for geometry checks."""
    from pptx import Presentation

    prs = Presentation(str(path))
    out = []

    def walk(shapes):
        for sh in shapes:
            if sh.shape_type == 6:
                walk(sh.shapes)
            elif getattr(sh, "has_text_frame", False) and sh.has_text_frame and sh.text_frame.text.strip():
                out.append((sh.left, sh.top, sh.text_frame.text))

    walk(prs.slides[slide_no - 1].shapes)
    return out


def _cell_text(v) -> str:
    if isinstance(v, dt.datetime):
        return v.date().isoformat()
    if isinstance(v, dt.date):
        return v.isoformat()
    return str(v)


def xlsx_rows(path: Path, sheet: str) -> dict[int, str]:
    from openpyxl import load_workbook

    ws = load_workbook(str(path))[sheet]
    rows = {}
    for row in ws.iter_rows():
        vals = [_cell_text(c.value) for c in row if c.value is not None and str(c.value).strip()]
        if vals:
            rows[row[0].row] = " | ".join(vals)
    return rows


def _text_lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8-sig").splitlines()


def units(path: Path, sheet: str | None = None) -> dict[int, str]:
    """Unit number -> raw text, per the table in the module docstring."""
    suf = path.suffix.lower()
    if suf == ".pdf":
        from pypdf import PdfReader

        return {i: p.extract_text() or "" for i, p in enumerate(PdfReader(str(path)).pages, 1)}
    if suf == ".docx":
        return dict(enumerate(_docx_units(path), 1))
    if suf == ".pptx":
        return {i: "\n".join(parts) for i, parts in enumerate(_pptx_units(path), 1)}
    if suf == ".xlsx":
        return xlsx_rows(path, sheet)
    return dict(enumerate(_text_lines(path), 1))


def fine_units(path: Path) -> list[str]:
    """Small pieces of text (a PDF line, a paragraph, a table row, a sheet row) for absence checks."""
    suf = path.suffix.lower()
    if suf == ".pdf":
        return [ln for t in units(path).values() for ln in t.splitlines()]
    if suf == ".docx":
        return _docx_units(path)
    if suf == ".pptx":
        return [x for parts in _pptx_units(path, fine=True) for x in parts]
    if suf == ".xlsx":
        from openpyxl import load_workbook

        return [t for name in load_workbook(str(path)).sheetnames for t in xlsx_rows(path, name).values()]
    return _text_lines(path)


def all_text(path: Path) -> str:
    suf = path.suffix.lower()
    if suf == ".xlsx":
        from openpyxl import load_workbook

        return "\n".join(t for name in load_workbook(str(path)).sheetnames for t in xlsx_rows(path, name).values())
    return "\n".join(units(path).values())


if __name__ == "__main__":  # dump units, to find source.lines
    import sys

    p = Path(sys.argv[1])
    if p.suffix == ".xlsx":
        from openpyxl import load_workbook

        for name in load_workbook(str(p)).sheetnames:
            for k, v in xlsx_rows(p, name).items():
                print(f"[{name}!{k}] {v}")
    else:
        for k, v in units(p).items():
            print(f"[{k}] {v!r}" if p.suffix != ".pdf" else f"===== {k}\n{v}")

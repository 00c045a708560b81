"""Read the written papers back with ordinary readers, as units with numbers, for checking gold answers.

Readers: pypdf (PDF), python-docx (.docx), python-pptx (.pptx), openpyxl (.xlsx), plain reading (.md/.txt).
pdfplumber is not installed in the interpreter used here, so PDFs are read with pypdf in both its default and
its layout mode; an answer must be found in the default-mode text.

A unit is what `source.lines` counts:
  .pdf   a page (1-based)
  .docx  a body block in document order (1-based): each non-empty paragraph, and each table row with its
         distinct cells joined by " | " (paragraphs inside a cell joined by " / "); headers/footers not counted
  .pptx  a slide (1-based): every shape's text in shape order, tables row by row, then the speaker notes
  .xlsx  a row of one sheet, keyed "Sheet!row" (Excel row number); cells joined by " | "; dates as ISO
  .md    a physical line (1-based)

usage: python extract.py [FILE ...]             print the units of each file (default: every paper)
       python extract.py --check questions.jsonl  re-check every answerable item against its cited window
"""

import re
import sys
from datetime import date, datetime
from pathlib import Path

PAPERS = Path(__file__).resolve().parent / "papers"


def norm(text: str) -> str:
    """Fold case, whitespace, dashes, quotes and non-breaking spaces so that renderings compare equal."""
    text = text.replace("\u00a0", " ")
    for a, b in (("\u2018", "'"), ("\u2019", "'"), ("\u201c", '"'), ("\u201d", '"')):
        text = text.replace(a, b)
    text = re.sub("[\u2010-\u2015\u2212]", "-", text)
    return re.sub(r"\s+", " ", text).strip().lower()


def _pdf_units(path: Path, layout: bool = False) -> dict:
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    out = {}
    for i, page in enumerate(reader.pages, 1):
        out[i] = page.extract_text(extraction_mode="layout") if layout else page.extract_text()
    return out


def _docx_units(path: Path) -> dict:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    d = docx.Document(str(path))
    out, n = {}, 0
    for child in d.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            text = Paragraph(child, d).text
            if text.strip():
                n += 1
                out[n] = text
        elif tag == "tbl":
            for row in Table(child, d).rows:
                seen, cells = set(), []
                for cell in row.cells:
                    if id(cell._tc) in seen:
                        continue
                    seen.add(id(cell._tc))
                    cells.append(" / ".join(p.text for p in cell.paragraphs if p.text.strip()))
                n += 1
                out[n] = " | ".join(cells)
    return out


def _pptx_units(path: Path) -> dict:
    from pptx import Presentation

    prs = Presentation(str(path))
    out = {}

    def walk(shapes, acc):
        for sh in shapes:
            if sh.shape_type == 6:  # group
                walk(sh.shapes, acc)
            elif getattr(sh, "has_table", False) and sh.has_table:
                for row in sh.table.rows:
                    acc.append(" | ".join(c.text for c in row.cells))
            elif sh.has_text_frame:
                acc.append(sh.text_frame.text)

    for i, slide in enumerate(prs.slides, 1):
        acc = []
        walk(slide.shapes, acc)
        if slide.has_notes_slide:
            acc.append(slide.notes_slide.notes_text_frame.text)
        out[i] = "\n".join(acc)
    return out


def _cell_text(v) -> str:
    if isinstance(v, datetime):
        return v.date().isoformat()
    if isinstance(v, date):
        return v.isoformat()
    return str(v)


def _xlsx_units(path: Path) -> dict:
    import openpyxl

    wb = openpyxl.load_workbook(str(path))
    out = {}
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            vals = [_cell_text(c.value) for c in row if c.value is not None and str(c.value).strip()]
            if vals:
                out[f"{ws.title}!{row[0].row}"] = " | ".join(vals)
    return out


def units(name: str, layout: bool = False) -> dict:
    path = PAPERS / name
    ext = path.suffix.lower()
    if ext == ".pdf":
        return _pdf_units(path, layout)
    if ext == ".docx":
        return _docx_units(path)
    if ext == ".pptx":
        return _pptx_units(path)
    if ext == ".xlsx":
        return _xlsx_units(path)
    return {i: line for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)}


def all_text(name: str) -> str:
    return "\n".join(units(name).values())


def window(source: dict) -> str:
    """The normalised text of the units a question's source cites."""
    u = units(source["file"])
    first, last = source["lines"]
    if source.get("sheet"):
        keys = [f"{source['sheet']}!{n}" for n in range(first, last + 1)]
    else:
        keys = list(range(first, last + 1))
    return "\n".join(norm(u[k]) for k in keys if k in u)


def check(path: str) -> None:
    import json

    n = 0
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        if item["expect_no_answer"]:
            assert item["answer_any"] == [], item["id"]
            continue
        text = window(item["source"])
        for group in item["answer_any"]:
            assert norm(group[0]) in text, (item["id"], group[0], item["source"])
        n += 1
    print(f"ok: {n} answerable items checked against their cited windows")


def main(names):
    for name in names or sorted(p.name for p in PAPERS.iterdir()):
        print("=" * 20, name)
        for k, v in units(name).items():
            print(f"[{k}] {v}")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--check"]:
        check(sys.argv[2])
    else:
        main(sys.argv[1:])

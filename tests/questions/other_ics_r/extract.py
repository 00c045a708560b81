"""Read the papers back as numbered units of text, so every gold answer can be checked against a real file.

What a unit is (source.lines in questions.jsonl counts these):
  .pdf        a page, from 1 (pypdf extract_text, default mode)
  .docx       a body block, from 1: each non-empty paragraph, or each table row with its cells joined by " | "
  .pptx       a slide, from 1 (every text frame's paragraphs, one per line)
  .xlsx       an Excel row number on source.sheet (hidden sheets too); dates shown dd/mm/yyyy, cells joined by " | "
  .md / .txt  a physical line, from 1

usage: python extract.py [FILE ...]                 print the units of the papers (all by default)
       python extract.py --check questions.jsonl     check the first alternative of every gold group
"""

import json
import re
import sys
from datetime import date
from pathlib import Path

PAPERS = Path(__file__).resolve().parent / "papers"


def norm(text):
    """Lower case, straight quotes, plain hyphens, one space for any run of whitespace."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u00a0", " ")
    text = re.sub("[\u2010-\u2014]", "-", text)
    return re.sub(r"\s+", " ", text).strip().lower()


def pdf_units(path):
    from pypdf import PdfReader
    return {i: page.extract_text() for i, page in enumerate(PdfReader(path).pages, 1)}


def docx_units(path):
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    doc, blocks = docx.Document(path), []
    for el in doc.element.body.iterchildren():
        if el.tag.endswith("}p"):
            text = Paragraph(el, doc).text
            if text.strip():
                blocks.append(text)
        elif el.tag.endswith("}tbl"):
            for row in Table(el, doc).rows:
                blocks.append(" | ".join(dict.fromkeys(cell.text for cell in row.cells)))
    return dict(enumerate(blocks, 1))


def pptx_units(path):
    from pptx import Presentation
    out = {}
    for i, slide in enumerate(Presentation(path).slides, 1):
        lines = []
        for shape in slide.shapes:
            if shape.has_text_frame:
                lines += [p.text for p in shape.text_frame.paragraphs]
            if getattr(shape, "has_table", False) and shape.has_table:
                lines += [" | ".join(c.text for c in row.cells) for row in shape.table.rows]
        out[i] = "\n".join(lines)
    return out


def cell_text(cell):
    v = cell.value
    if isinstance(v, date):
        return v.strftime("%d/%m/%Y")
    return "" if v is None else str(v)


def xlsx_units(path):
    from openpyxl import load_workbook
    out = {}
    for ws in load_workbook(path).worksheets:
        for row in ws.iter_rows():
            cells = [cell_text(c) for c in row if c.value is not None]
            if cells:
                out[f"{ws.title}!{row[0].row}"] = " | ".join(cells)
    return out


READERS = {".pdf": pdf_units, ".docx": docx_units, ".pptx": pptx_units, ".xlsx": xlsx_units}


def units(path):
    """{unit: text}; xlsx units are keyed 'Sheet!row'."""
    path = Path(path)
    reader = READERS.get(path.suffix.lower())
    if reader:
        return reader(str(path))
    return dict(enumerate(path.read_text().splitlines(), 1))


def window(source, cache=None):
    """The text of the units a source cites."""
    cache = {} if cache is None else cache
    if source["file"] not in cache:
        cache[source["file"]] = units(PAPERS / source["file"])
    u = cache[source["file"]]
    first, last = source["lines"]
    keys = [f"{source['sheet']}!{n}" if "sheet" in source else n for n in range(first, last + 1)]
    return "\n".join(u.get(k, "") for k in keys)


def check(qfile):
    missing, cache = 0, {}
    for line in Path(qfile).read_text().splitlines():
        q = json.loads(line)
        if q["expect_no_answer"]:
            continue
        text = norm(window(q["source"], cache))
        for group in q["answer_any"]:
            if norm(group[0]) not in text:
                missing += 1
                print(f"MISSING {q['id']}: {group[0]!r} not in {q['source']['file']} {q['source']['lines']}")
    print(f"checked {qfile}: {missing} missing")
    return missing


if __name__ == "__main__":
    args = sys.argv[1:]
    if args[:1] == ["--check"]:
        sys.exit(1 if check(args[1]) else 0)
    for name in args or sorted(p.name for p in PAPERS.iterdir()):
        print(f"===== {name}")
        for key, text in units(PAPERS / Path(name).name).items():
            print(f"--- [{key}]\n{text}")

"""Dump the text of papers/ as numbered units, and check gold answers against them.

Units (what source.lines counts):
  .pdf  page, 1-based (pypdf extract_text, default mode)
  .docx body block, 1-based: a non-empty paragraph, or a table row (distinct cells joined by " | ")
  .pptx slide, 1-based (shape text, table rows as cells joined by " | ")
  .xlsx Excel row number of source.sheet; cells as displayed (dd/mm/yyyy dates, #,##0 numbers)
  .md   physical line, 1-based

usage: python extract.py [FILE ...]              print units
       python extract.py --check questions.jsonl  check every answerable item's first alternatives
"""

import json
import re
import sys
from datetime import date, datetime
from pathlib import Path

PAPERS = Path(__file__).resolve().parent / "papers"


def fold(s):
    s = s.replace("\u00a0", " ").replace("\u2019", "'").replace("\u2018", "'")
    s = re.sub("[\u2010-\u2015]", "-", s)
    return re.sub(r"\s+", " ", s).strip().lower()


def show(cell):
    v = cell.value
    if isinstance(v, (date, datetime)):
        return v.strftime("%d/%m/%Y")
    if isinstance(v, (int, float)) and "#,##0" in cell.number_format:
        return f"{v:,.0f}"
    return "" if v is None else str(v)


def units(path):
    """{unit number (or 'Sheet!row'): text}"""
    path = Path(path)
    ext = path.suffix.lower()
    if ext == ".pdf":
        from pypdf import PdfReader
        return {i: p.extract_text() for i, p in enumerate(PdfReader(str(path)).pages, 1)}
    if ext == ".docx":
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph
        d, out = docx.Document(str(path)), []
        for el in d.element.body.iterchildren():
            if el.tag.endswith("}p"):
                t = Paragraph(el, d).text
                if t.strip():
                    out.append(t)
            elif el.tag.endswith("}tbl"):
                for row in Table(el, d).rows:
                    cells = []
                    for c in row.cells:
                        if c.text not in cells:
                            cells.append(c.text)
                    out.append(" | ".join(cells))
        return dict(enumerate(out, 1))
    if ext == ".pptx":
        from pptx import Presentation
        out = {}
        for i, slide in enumerate(Presentation(str(path)).slides, 1):
            parts = []
            for sh in slide.shapes:
                if sh.has_text_frame:
                    parts.append(sh.text_frame.text)
                if getattr(sh, "has_table", False) and sh.has_table:
                    parts += [" | ".join(c.text for c in r.cells) for r in sh.table.rows]
            out[i] = "\n".join(parts)
        return out
    if ext == ".xlsx":
        from openpyxl import load_workbook
        wb, out = load_workbook(str(path)), {}
        for ws in wb.worksheets:
            for row in ws.iter_rows():
                vals = [show(c) for c in row if c.value is not None]
                if vals:
                    out[f"{ws.title}!{row[0].row}"] = " | ".join(vals)
        return out
    return dict(enumerate(path.read_text().splitlines(), 1))


def window(source):
    """The text of a source's cited units."""
    u = units(PAPERS / source["file"])
    a, b = source["lines"]
    if "sheet" in source:
        keys = [f"{source['sheet']}!{n}" for n in range(a, b + 1)]
    else:
        keys = list(range(a, b + 1))
    return "\n".join(u.get(k, "") for k in keys)


def check(qfile):
    bad = 0
    for line in Path(qfile).read_text().splitlines():
        q = json.loads(line)
        if q["expect_no_answer"]:
            continue
        text = fold(window(q["source"]))
        for group in q["answer_any"]:
            if fold(group[0]) not in text:
                bad += 1
                print(f"MISSING {q['id']}: {group[0]!r} not in {q['source']['file']} {q['source']['lines']}")
    print(f"checked {qfile}: {bad} missing")
    return bad


if __name__ == "__main__":
    args = sys.argv[1:]
    if args[:1] == ["--check"]:
        sys.exit(1 if check(args[1]) else 0)
    for name in args or sorted(p.name for p in PAPERS.iterdir()):
        print(f"===== {name}")
        for k, t in units(PAPERS / Path(name).name).items():
            print(f"--- [{k}]\n{t}")

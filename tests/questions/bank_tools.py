"""Shared helpers for a question bank's own scripts (make_questions.py, extract.py), so each bank need not
write them again: reading papers back as numbered units, citing a window of units, checking gold answers
against it, and the usual gold renderings of a day and of a must-do.

What a unit is (a question's source.lines counts these):
  .pdf        a page, from 1 (pypdf extract_text, default mode)
  .docx       a body block, from 1: each non-empty paragraph, or each table row with its cells joined by " | "
  .pptx       a slide, from 1 (every text frame's paragraphs, one per line; table rows joined by " | ")
  .xlsx       an Excel row number on source.sheet (hidden sheets too); dates shown dd/mm/yyyy, cells joined by " | "
  other       a physical line, from 1

A bank imports it from its own folder with:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent)); import bank_tools
These helpers are not planbot's code and planbot never imports them.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

MUSTDO_NAMES = {1: ["STPs", "STP"], 2: ["Finance", "financial"], 3: ["Primary care", "general practice"],
                4: ["Urgent & emergency care", "urgent and emergency care", "A&E", "UEC"],
                5: ["Referral to treatment", "RTT", "elective"], 6: ["Cancer"], 7: ["Mental health"],
                8: ["learning disabilities", "learning disability"], 9: ["Improving quality", "quality"]}


def norm(text: str) -> str:
    """Lower case, straight quotes, plain hyphens, one space for any run of whitespace."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u00a0", " ")
    text = re.sub("[\u2010-\u2014]", "-", text)
    return re.sub(r"\s+", " ", text).strip().lower()


def pdf_units(path: Path) -> dict:
    from pypdf import PdfReader
    return {i: page.extract_text() for i, page in enumerate(PdfReader(str(path)).pages, 1)}


def docx_units(path: Path) -> dict:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    doc, blocks = docx.Document(str(path)), []
    for el in doc.element.body.iterchildren():
        if el.tag.endswith("}p"):
            text = Paragraph(el, doc).text
            if text.strip():
                blocks.append(text)
        elif el.tag.endswith("}tbl"):
            for row in Table(el, doc).rows:
                blocks.append(" | ".join(dict.fromkeys(cell.text for cell in row.cells)))
    return dict(enumerate(blocks, 1))


def pptx_units(path: Path) -> dict:
    from pptx import Presentation
    out = {}
    for i, slide in enumerate(Presentation(str(path)).slides, 1):
        lines = []
        for shape in slide.shapes:
            if shape.has_text_frame:
                lines += [p.text for p in shape.text_frame.paragraphs]
            if getattr(shape, "has_table", False) and shape.has_table:
                lines += [" | ".join(c.text for c in row.cells) for row in shape.table.rows]
        out[i] = "\n".join(lines)
    return out


def _cell_text(cell) -> str:
    value = cell.value
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    return "" if value is None else str(value)


def xlsx_units(path: Path) -> dict:
    from openpyxl import load_workbook
    out = {}
    for ws in load_workbook(str(path)).worksheets:
        for row in ws.iter_rows():
            cells = [_cell_text(c) for c in row if c.value is not None]
            if cells:
                out[f"{ws.title}!{row[0].row}"] = " | ".join(cells)
    return out


READERS = {".pdf": pdf_units, ".docx": docx_units, ".pptx": pptx_units, ".xlsx": xlsx_units}


def units(path: Path) -> dict:
    """{unit: text}; xlsx units are keyed 'Sheet!row'."""
    path = Path(path)
    reader = READERS.get(path.suffix.lower())
    return reader(path) if reader else dict(enumerate(path.read_text().splitlines(), 1))


def all_units(papers: Path) -> dict:
    """{file name: {unit: text}} for every paper in a folder."""
    return {p.name: units(p) for p in sorted(Path(papers).iterdir()) if p.is_file()}


def everything(all_u: dict) -> str:
    """All the papers' text, normalised: search it to check an unanswerable fact is absent."""
    return norm("\n".join(t for u in all_u.values() for t in u.values()))


def cite(all_u: dict, file: str, anchor: str, until: str | None = None, sheet: str | None = None,
         where: str = "") -> tuple[dict, str]:
    """Source for the unit holding `anchor` (through the first later unit holding `until`), with its text."""
    keys = [k for k in all_u[file] if sheet is None or str(k).startswith(sheet + "!")]

    def find(text: str, start: int = 0) -> int:
        hits = [i for i, k in enumerate(keys) if i >= start and norm(text) in norm(all_u[file][k])]
        assert hits, f"{text!r} not found in {file}"
        return hits[0]

    a = find(anchor)
    b = find(until, a) if until else a
    number = lambda k: int(str(k).split("!")[-1])  # noqa: E731
    source = {"file": file, "lines": [number(keys[a]), number(keys[b])], "where": where}
    if sheet:
        source["sheet"] = sheet
    return source, norm("\n".join(all_u[file][k] for k in keys[a:b + 1]))


def on(d: int, m: int, y: int, *printed: str) -> list[str]:
    """Gold alternatives for a day: the printed form(s) first, then common renderings."""
    dt = date(y, m, d)
    long, short = dt.strftime("%B"), dt.strftime("%b")
    sfx = "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    forms = [*printed, f"{d} {long} {y}", f"{d} {short} {y}", f"{d:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{d:02d}",
             f"{d}{sfx} {long} {y}", f"{long} {d}, {y}"]
    return list(dict.fromkeys(forms))


def md(n: int) -> list[str]:
    """Gold alternatives for must-do n: its topic names, then its number written the usual ways."""
    return MUSTDO_NAMES[n] + [f"Must-do {n}", f"must do {n}", f"must-dos {n}", f"MD{n}", f"MD {n}"]


def check(qfile: Path, papers: Path) -> int:
    """Count (and print) gold groups whose first alternative is not in the cited window."""
    missing, all_u = 0, all_units(papers)
    for line in Path(qfile).read_text().splitlines():
        q = json.loads(line)
        if q["expect_no_answer"]:
            continue
        source = q["source"]
        first, last = source["lines"]
        keys = [f"{source['sheet']}!{n}" if "sheet" in source else n for n in range(first, last + 1)]
        text = norm("\n".join(all_u[source["file"]].get(k, "") for k in keys))
        for group in q["answer_any"]:
            if norm(group[0]) not in text:
                missing += 1
                print(f"MISSING {q['id']}: {group[0]!r} not in {source['file']} {source['lines']}")
    print(f"checked {qfile}: {missing} missing")
    return missing

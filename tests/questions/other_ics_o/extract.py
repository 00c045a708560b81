"""Independent text extraction used by make_questions.py to check every gold answer against its source.

The papers are written with the standard library only (make_papers.py); this module reads them back with the
usual third-party readers (pypdf, python-docx, python-pptx, openpyxl), so a gold answer is checked against what
an ordinary reader gets out of the file, not against the writer's own strings. Run it with an interpreter that
has those packages (e.g. /work/main/.venv/bin/python used as an interpreter only).

Units (what source.lines counts), per format:
- .pdf   pages, 1-based (pypdf extract_text, default mode).
- .docx  body blocks in document order, 1-based: every non-empty paragraph is one unit and every table row is
         one unit (its cells' text joined by " | "; paragraphs inside a cell joined by a line break).
         Header and footer are not counted.
- .pptx  slides, 1-based (text of all shapes, walking into groups and tables, in the file's shape order).
- .xlsx  rows of one sheet (source.sheet), 1-based Excel row numbers; a row's non-empty cells joined by
         " | "; numbers as stored (no thousands separators, no number format: -1.1 not "(1.1)"); date cells as
         ISO dates (2026-09-30).
- .md / .txt   physical lines, 1-based.
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


def window(papers: Path, source: dict) -> str:
    """The normalised text of the units a source cites (the whole paper when it cites no lines)."""
    path = papers / source["file"]
    u = units(path, source.get("sheet"))
    if not source.get("lines"):
        return normalise("\n".join(u.values()))
    a, b = source["lines"]
    return normalise("\n".join(u[i] for i in range(a, b + 1) if i in u))


def check_bank(bank: Path) -> int:
    """Every answer group of every answerable item: one alternative occurs in the cited window of the cited
    paper. Prints each failure; returns the number of failures."""
    import json

    papers = bank.parent / "papers"
    bad = 0
    n = 0
    for line in bank.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        it = json.loads(line)
        if it["expect_no_answer"]:
            continue
        n += 1
        text = window(papers, it["source"])
        for group in it["answer_any"]:
            if not any(normalise(alt) in text for alt in group):
                bad += 1
                print(f"FAIL {it['id']}: none of {group[:6]} in {it['source']['file']} {it['source'].get('lines')}")
    print(f"checked {n} answerable items in {bank.name}: {bad} failing groups")
    return bad


if __name__ == "__main__":  # dump units, to find source.lines; or --check questions.jsonl
    import sys

    if sys.argv[1] == "--check":
        sys.exit(1 if check_bank(Path(sys.argv[2]).resolve()) else 0)
    p = Path(sys.argv[1])
    if p.suffix == ".xlsx":
        from openpyxl import load_workbook

        for name in load_workbook(str(p)).sheetnames:
            for k, v in xlsx_rows(p, name).items():
                print(f"[{name}!{k}] {v}")
    else:
        for k, v in units(p).items():
            print(f"[{k}] {v!r}" if p.suffix != ".pdf" else f"===== {k}\n{v}")

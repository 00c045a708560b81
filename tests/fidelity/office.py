"""The annex as Office files: a PowerPoint deck (a slide per page of prose, tables as PowerPoint tables
continued over slides under the same title), a Word paper (paragraphs and tables), and an Excel tracker
made from the text reading's initiative and milestone records."""

import json
from datetime import date
from pathlib import Path

from bot.reading.layout import is_heading
from bot.records.dates import normalise
from tests.fidelity.annex import Block
from tests.fidelity.pdfs import ticked

SLIDE_LINES = 44  # lines of 8 pt text a slide's table holds
PROSE_CHARS = 1800


def _slide(prs: object, title: str) -> object:
    slide = prs.slides.add_slide(prs.slide_layouts[5])  # type: ignore[attr-defined]
    if title:
        slide.shapes.title.text = title
    else:
        slide.shapes._spTree.remove(slide.shapes.title._element)
    return slide


def _box(slide: object, lines: list[str], top: float, size: float = 10) -> None:
    from pptx.util import Pt

    frame = slide.shapes.add_textbox(Pt(30), Pt(top), Pt(900), Pt(30)).text_frame  # type: ignore[attr-defined]
    frame.word_wrap = True
    for k, text in enumerate(lines):
        paragraph = frame.paragraphs[0] if k == 0 else frame.add_paragraph()
        paragraph.text = text.replace("\t", "   ")
        for run in paragraph.runs:
            run.font.size = Pt(size)


def _rows_height(block: Block, row: list[str], widths: list[float]) -> int:
    return max(1, max(len(c) * 4.2 // max(w, 20) + 1 for c, w in zip(row, widths)))


def _table(slide: object, block: Block, rows: list[list[str]], top: float) -> None:
    from pptx.util import Pt

    from tests.fidelity.pdfs import widths

    cols = widths(block, 900)
    shape = slide.shapes.add_table(len(rows) + 1, len(cols), Pt(30), Pt(top), Pt(900), Pt(20))  # type: ignore[attr-defined]
    for c, w in enumerate(cols):
        shape.table.columns[c].width = Pt(max(w, 10))
    for r, row in enumerate([block.header, *rows]):
        for c, text in enumerate(row):
            cell = shape.table.cell(r, c)
            cell.text = text
            for paragraph in cell.text_frame.paragraphs:
                for run in paragraph.runs:
                    run.font.size = Pt(8)


def deck(blocks: list[Block], path: Path) -> Path:
    from pptx import Presentation
    from pptx.util import Emu

    from tests.fidelity.pdfs import widths

    prs = Presentation()
    prs.slide_width, prs.slide_height = Emu(12192000), Emu(6858000)
    for block in blocks:
        if block.kind == "text":
            chunk: list[str] = []
            for line in [*block.lines, None]:
                if line is None or (chunk and sum(map(len, chunk)) + len(line) > PROSE_CHARS):
                    if any(t.strip() for t in chunk):
                        title = chunk[0] if is_heading(chunk[0], True) else ""
                        _box(_slide(prs, title), chunk[1:] if title else chunk, 90)
                    chunk = []
                if line is not None and (chunk or line.strip()):
                    chunk.append(line)
            continue
        title, rest = (block.lead[0], block.lead[1:]) if block.lead else ("", [])
        cols = widths(block, 900)
        page: list[list[str]] = []
        for row in [*(ticked(block, r) for r in block.rows), None]:
            full = row is not None and page and sum(_rows_height(block, r, cols) for r in [*page, row]) > SLIDE_LINES
            if (row is None or full) and page:
                slide = _slide(prs, title)
                if rest:
                    _box(slide, rest, 70, 9)
                _table(slide, block, page, 100)
                page = []
            if row is not None:
                page.append(row)
    prs.save(str(path))
    return path


def word(blocks: list[Block], path: Path) -> Path:
    import docx

    document = docx.Document()
    for block in blocks:
        for line in block.lines if block.kind == "text" else block.lead:
            document.add_paragraph(line.replace("\t", "   "))
        if block.kind == "table":
            rows = [block.header, *(ticked(block, r) for r in block.rows)]
            grid = document.add_table(rows=len(rows), cols=len(block.header))
            for r, row in enumerate(rows):
                for c, text in enumerate(row):
                    grid.cell(r, c).text = text
    document.save(str(path))
    return path


TRACKER_HEADER = ["Ref", "LDP", "Initiative", "Lead", "Milestone", "Due", "RAG", "Risks", "Governance", "Interdependencies"]


def tracker(records: dict[str, list[dict]], path: Path) -> Path:
    """One row per milestone (an initiative with none gets a row of its own), as a PMO keeps them."""
    from tests.office_files import workbook

    rows: list[list[object]] = [["LDP milestone tracker 2016/17"], [], TRACKER_HEADER]
    for ini in records["initiatives"]:
        own = [m for m in records["milestones"] if m["initiative_id"] == ini["id"]] or [None]
        for m in own:
            rows.append([ini["number"] or "", ini["area"] or "", ini["title"], ini["owner_raw"],
                         m["text"] if m else "", due_cell(m) if m else "", "", ini["risks"], ini["governance"],
                         ini["interdependencies"]])
    contacts = [["Team", "Contact"], ["PMO", "Healthier Lancashire and South Cumbria PMO"]]
    old = [TRACKER_HEADER, ["1", "Fylde Coast", "Withdrawn scheme", "Nobody", "Old milestone", "Qtr 1", "", "", "", ""]]
    return workbook(path, {"LDP milestones": rows, "Contacts": contacts, "Old version": old}, hidden=("Old version",))


def due_cell(milestone: dict) -> str:
    """The due wording, or where the text reading took its period from the whole sentence ("... from
    December 2016 ... by April 2018"), that period written out as a PMO would ("December 2016 to April 2018")."""
    raw = milestone["due_raw"]
    period = normalise(raw, 2016)
    iso = (period.start and period.start.isoformat(), period.end and period.end.isoformat(), period.precision)
    if iso == (milestone["start"], milestone["end"], milestone["precision"]) or not milestone["start"]:
        return raw
    start, end = date.fromisoformat(milestone["start"]), date.fromisoformat(milestone["end"])
    return f"{start:%B %Y} to {end:%B %Y}"


def owners(records: dict[str, list[dict]]) -> dict[tuple, list[str]]:
    return {(r["area"], r["title"]): json.loads(r["owners"]) for r in records["initiatives"]}

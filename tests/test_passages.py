from pathlib import Path

from bot.ingest import read_document
from bot.models import DocumentInfo, ParsedDocument, SourceLine
from bot.passages import MAX_WORDS, build_passages, snippets
from tests.conftest import BOARD_PAPER


def _doc(lines: list[str]) -> ParsedDocument:
    info = DocumentInfo(id="d", file_name="d.txt", title="D", kind="text", sha256="0" * 64)
    return ParsedDocument(info=info, lines=[SourceLine(line=i, text=t) for i, t in enumerate(lines, 1)])


def test_passages_carry_section_area_and_lines(tmp_path: Path) -> None:
    path = tmp_path / "board.txt"
    path.write_text(BOARD_PAPER)
    passages = build_passages(read_document(path, 10**6), first_seq=0)
    table_rows = [p for p in passages if p.text.startswith("1\tStroke")]
    assert len(table_rows) == 1
    row = table_rows[0]
    assert row.area == "Fylde Coast" and row.section and row.section.startswith("Fylde Coast Key milestones")
    assert row.line_start == row.line_end == BOARD_PAPER.split("\n").index(row.text) + 1
    assert [p.seq for p in passages] == list(range(len(passages)))


def test_long_lines_are_split_and_short_lines_grouped() -> None:
    long = " ".join(f"Sentence number {i} is here." for i in range(200))
    passages = build_passages(_doc(["Heading Title Here", "", long, "", "short one.", "short two."]), 0)
    assert all(len(p.text.split()) <= MAX_WORDS for p in passages)
    assert any(p.line_start == 3 for p in passages)
    grouped = [p for p in passages if "short one." in p.text]
    assert grouped and "short two." in grouped[0].text and grouped[0].line_end == 6


def test_snippets_keep_their_line() -> None:
    doc = _doc(["A first sentence. A second sentence.", "cell one\tcell two"])
    units = [u for p in build_passages(doc, 0) for u in p.units]
    got = [(s.line, s.text) for s in snippets(units)]
    assert (1, "A second sentence.") in got and (2, "cell two") in got

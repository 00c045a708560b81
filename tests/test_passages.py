from pathlib import Path

import pytest

from bot.reading.files import read_document
from bot.models import DocumentInfo, ParsedDocument, SourceLine
from bot.index.passages import MAX_WORDS, TARGET_WORDS, build_passages, snippets
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


def test_a_long_passage_ends_where_a_sentence_does_not_inside_one() -> None:
    """Wrapped prose running past the passage's target length: the sentence under way stays whole, so
    "... closes £231m and the" and "sixteen schemes a further £162m, leaving a gap of £19m." are one."""
    lines = [f"Paragraph line {i} of the narrative runs on with several more words in it" for i in range(11)]
    lines[-1] += " and the"
    lines += ["sixteen schemes a further £162m, leaving a residual gap of £19m.", "A new sentence starts here."]
    passages = build_passages(_doc(lines), 0)
    assert len(passages) == 2
    units = [u for p in passages for u in p.units]
    sentences = [s.text for p in passages for s in snippets(p.units)]
    assert any(s.endswith("and the sixteen schemes a further £162m, leaving a residual gap of £19m.") for s in sentences)
    assert units[-1].text == "A new sentence starts here." and passages[1].units == [units[-1]]


def test_a_long_chat_log_still_breaks_before_a_time_stamped_line() -> None:
    """A chat or log line rarely ends with a full stop; the next line's time stamp starts a new entry,
    so a long log is still cut into passages of about the target length."""
    lines = [f"[09:{i:02d}] Someone Name: a message with some words in it about the tracker update today" for i in range(30)]
    passages = build_passages(_doc(lines), 0)
    longest_line = max(len(line.split()) for line in lines)
    assert all(len(p.text.split()) < TARGET_WORDS + longest_line for p in passages)


def test_each_time_stamped_line_of_a_chat_is_a_sentence_of_its_own() -> None:
    """Chat messages rarely end with a full stop; the next message's time stamp ends the one before."""
    doc = _doc(["[09:31] Thea Wainscott: updates need to be with the PMO by Fri 23 Feb please",
                "[09:32] Kwabena Stott: I'll send the template round today"])
    got = [s.text for p in build_passages(doc, 0) for s in snippets(p.units)]
    assert got[0].endswith("by Fri 23 Feb please") and got[1].startswith("[09:32]"), got


def test_snippets_keep_their_line() -> None:
    doc = _doc(["A first sentence. A second sentence.", "cell one\tcell two"])
    units = [u for p in build_passages(doc, 0) for u in p.units]
    got = [(s.source.line, s.source.text) for s in snippets(units)]
    assert (1, "A second sentence.") in got and (2, "cell two") in got


def test_a_title_like_line_carrying_on_a_sentence_stays_in_it() -> None:
    """A partner list wrapped in a narrow column: "Fellside Partnership NHS Foundation Trust (mental" reads
    like a heading on its own, but the line above ends in a comma, so it is the same sentence's next line."""
    doc = _doc(["The partnership brings together three NHS trusts -", "Quarrendon Teaching Hospitals NHS Foundation Trust,",
                "Fellside Partnership NHS Foundation Trust (mental", "health services) and Coastway Ambulance Service NHS Trust."])
    sentences = [s.text for s in snippets([u for p in build_passages(doc, 0) for u in p.units])]
    assert len(sentences) == 1 and sentences[0].endswith("Coastway Ambulance Service NHS Trust."), sentences


@pytest.mark.parametrize(("lines", "sentence"), [
    (["  The plan refresh goes to the ICB Board for approval on", "  26 March 2026. A first draft comes in February."],
     "The plan refresh goes to the ICB Board for approval on 26 March 2026."),
    (["Cloud telephony went live across", "12 practices in the first wave."], "Cloud telephony went live across 12 practices in the first wave."),
])
def test_a_wrapped_line_starting_with_a_day_or_a_count_carries_on_its_sentence(lines: list[str], sentence: str) -> None:
    """A hard-wrapped e-mail's line may start with a date or a number; it is no numbered list item."""
    sentences = [s.text for s in snippets([u for p in build_passages(_doc(lines), 0) for u in p.units])]
    assert sentence in sentences, sentences


@pytest.mark.parametrize("lines", [["Our priorities:", "1 Digital and data", "2 Workforce"], ["Our priorities:", "1. Digital", "2. Workforce"]])
def test_numbered_items_are_still_items(lines: list[str]) -> None:
    sentences = [s.text for s in snippets([u for p in build_passages(_doc(lines), 0) for u in p.units])]
    assert not [t for t in sentences if "Digital" in t and "Workforce" in t], sentences


def test_a_numbered_paragraph_is_prose_not_a_row_of_cells() -> None:
    """"3.4.8<tab>...": the number and its paragraph, whose sentences follow one another as prose."""
    doc = _doc(["3.4.8\tThe SRO and Programme Directors have been asked to review their programmes. "
                "They will meet again on 9th September.", "cell one\tcell two"])
    units = [u for p in build_passages(doc, 0) for u in p.units]
    got = [(s.cell, s.source.text) for s in snippets(units)]
    assert (0, "They will meet again on 9th September.") in got
    assert (1, "cell two") in got  # a row of cells is still a row


SCHEDULE = [
    "Communications schedule",
    "",
    "Week\tMon 7\tTues 8\tWeds 9",
    "North\tBoard meeting\t\tNewsletter goes out",
    "South\t\tRadio interview\tPublic event in Leyland",
    "",
    "After the table, prose resumes here.",
]


def test_rows_under_a_header_row_carry_it_and_cells_read_with_their_column() -> None:
    from bot.index.passages import column_of

    passages = build_passages(_doc(SCHEDULE), 0)
    rows = [p for p in passages if p.text.startswith(("North", "South"))]
    assert len(rows) == 2 and all(p.header and p.header.line == 3 for p in rows)
    assert all(p.header is None for p in passages if not p.text.startswith(("North", "South")))
    columns = {s.source.text: column_of(rows[1].header, s) for s in snippets(rows[1].units)}
    assert columns == {"South": None, "Radio interview": "Tues 8 (Week)", "Public event in Leyland": "Weds 9 (Week)"}


@pytest.mark.parametrize("header", [
    "1\tStroke pathway redesign is the first initiative of the plan\tAlex Sample\tYes",  # a long cell: data, not labels
    "Scheme\tOwner",  # too few columns to be a grid
])
def test_rows_that_are_not_column_labels_are_not_headers(header: str) -> None:
    passages = build_passages(_doc(["Plan table", "", header, "2\tCare homes\tWP3\tYes"]), 0)
    assert all(p.header is None for p in passages)


def test_a_row_that_does_not_line_up_with_the_header_gets_no_column() -> None:
    from bot.index.passages import column_of

    passages = build_passages(_doc(["Week\tMon 7\tTues 8\tWeds 9", "North\tBoard meeting"]), 0)
    row = next(p for p in passages if p.text.startswith("North"))
    assert [column_of(row.header, s) for s in snippets(row.units)] == [None, None]


SIDE_BY_SIDE = [
    "  Population                                 Primary care                              Money",
    "  912,400 registered patients across         118 GP practices in 17 Primary            2026/27 allocation: £2.38bn.",
    "  three places: Castlemoor, Redwater,        Care Networks (PCNs).                     Planned deficit of £41.5m in",
    "  and Fallowbridge & Kelsbury.               214 community pharmacies.                 2026/27, returning to breakeven.",
]


def test_text_in_side_by_side_columns_is_read_down_each_column() -> None:
    units = [u for p in build_passages(_doc(SIDE_BY_SIDE), 0) for u in p.units]
    got = {s.text: (s.source.line, [r.line for r in s.rest]) for s in snippets(units)}
    # a column's sentence wrapped over three lines is one, cited on each line it spans
    assert got["912,400 registered patients across three places: Castlemoor, Redwater, and Fallowbridge & Kelsbury."] == (2, [3, 4])
    assert got["Planned deficit of £41.5m in 2026/27, returning to breakeven."] == (3, [4])
    # a cell that ended its sentence, or a next line starting a new one, is not carried on
    assert "214 community pharmacies." in got and "2026/27 allocation: £2.38bn." in got
    assert "Care Networks (PCNs)." in got


def test_rows_of_a_laid_out_table_are_not_run_together() -> None:
    rows = ["  Milestone                      Due           Status",
            "  Open the frailty virtual       Q3 2025/26    On track but",
            "  ward at Redwater               (was Q2)      staff short",
            "  Appoint a lead nurse           Q4 2025/26    At risk"]
    units = [u for p in build_passages(_doc(rows), 0) for u in p.units]
    texts = [s.text for s in snippets(units)]
    assert "Q3 2025/26" in texts and "(was Q2)" in texts and "Q4 2025/26" in texts and "Appoint a lead nurse" in texts
    assert "Open the frailty virtual ward at Redwater" in texts  # a wrapped cell is still read whole
    assert "On track but staff short" in texts

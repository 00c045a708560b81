"""A board pack's plan summary as a Gantt chart: initiatives down, months and quarters across under a band
of years, "x" where the work runs and named markers ("◆ Live", "◆ FBC") where a milestone falls. The
markers are the row's milestones, due in their column's period; a bar of bare marks says when work runs,
not when it is due; the table is a timeline, not an initiatives table; its two header rows, repeated
over a page break, are no row of it."""

from bot.answering.pipeline import answer
from bot.models import SourceLine
from bot.records.header_rows import grouped_labels
from bot.records.tables import runs_on
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS

MONTHS = ["Apr-17", "May-17", "Jun-17", "Jul-17", "Aug-17", "Sep-17", "Oct-17", "Nov-17", "Dec-17", "Jan-18", "Feb-18", "Mar-18",
          "Q1 18/19", "Q2 18/19"]
BAND = "Ref\tInitiative\tLead\t2017/18" + "\t" * 12 + "2018/19\t"
LABELS = "\t\t\t" + "\t".join(MONTHS)


def _row(ref: str, title: str, lead: str, cells: dict[str, str]) -> str:
    return "\t".join([ref, title, lead, *(cells.get(m, "") for m in MONTHS)])


PACK = "\n".join([
    "Paper C: plan summary by initiative", "",
    BAND, LABELS,
    _row("HL1", "Diabetes prevention programme, waves 1 and 2", "Dr T Example",
         {"May-17": "x", "Jun-17": "◆ W1", "Jul-17": "x", "Aug-17": "x", "Jan-18": "◆ W2", "Feb-18": "x"}),
    _row("ECC2", "Rapid diagnostic centre at Ormsby", "Dr O Sample", {"Oct-17": "x", "Nov-17": "◆ FBC", "Dec-17": "x"}),
    _row("HN3", "Midwife-led unit review (dates tbc)", "tbc", {m: "x" for m in MONTHS[6:]}),
    "",
    "Legend: x = delivery under way in the period; ◆ = milestone named in its cell (W1 / W2 = wave live; FBC = business case approved).",
]) + "\n"


def test_a_band_over_labels_merged_down_keeps_those_labels() -> None:
    assert grouped_labels(BAND, LABELS)[:4] == ["Ref", "Initiative", "Lead", "Apr-17"]


def test_the_named_markers_are_the_rows_milestones(papers, tokenizer: Tokenizer) -> None:
    index = papers({"board_pack.txt": PACK, **OTHER_PAPERS})
    due = {(m["text"], m["start"]) for m in index.table("milestones") if m["document"] == "board_pack.txt"}
    assert ("Diabetes prevention programme, waves 1 and 2 (W2)", "2018-01-01") in due
    assert ("Rapid diagnostic centre at Ormsby (FBC)", "2017-11-01") in due
    assert not any(text.startswith("Midwife-led") for text, _ in due)  # a bar of x's: when work runs, no due date
    assert len([1 for text, _ in due if text.startswith("Diabetes")]) == 2  # not one a month the work runs
    reply = answer("When is the rapid diagnostic centre FBC due?", index, tokenizer)
    assert reply.answered and "Nov-17" in reply.answer, reply.answer


def test_a_two_row_header_repeated_over_a_page_break_is_passed_over() -> None:
    first = [SourceLine(page=3, text=t) for t in ("Programme Board - 9 February 2017", BAND, LABELS,
                                                    _row("HN2", "Pathology network", "I Sample", {"Jul-17": "◆ OBC"}))]
    second = [SourceLine(page=4, text=t) for t in ("Programme Board - 9 February 2017", BAND, LABELS,
                                                     _row("HN3", "Review", "tbc", {"Dec-17": "x"}))]
    lines = first + second
    assert runs_on(lines, 4, BAND, LABELS) == 7
    assert runs_on(lines, 4, BAND) == 6  # (the second header row unknown, it would be read as a row)

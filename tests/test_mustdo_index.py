"""Must-dos given as a back-of-book index (bot/records/mustdo_index.py)."""

from pathlib import Path

from bot.answering.pipeline import answer
from bot.reading.files import read_document
from bot.records.extract import extract_records
from bot.textnorm import Tokenizer

INDEX = """Appendix A: Index to the national must-dos
Must-dos are numbered i to ix as in the planning guidance. Page numbers refer to Table 1.
A&E and ambulance performance (must-do iv)
 Urgent Care Redesign, 1
Neighbourhood Care Teams, 1
ambulance, see A&E and ambulance performance
Financial balance (must-do 2)
 Elective Care and MSK, 1
General practice (must-do iii)
 Primary Care Resilience, 2-3
Learning disabilities (must-do viii), see Transforming
 Care Partnership plan (separate document)
Referral to treatment, 18 weeks (must-do v)
 Elective Care and MSK, 1
STP, local delivery of (must-do i), 1-2
"""


def _cells(tmp_path: Path, text: str) -> dict[tuple[int, str], str]:
    path = tmp_path / "appendix.txt"
    path.write_text(text, encoding="utf-8")
    return {(r["mustdo"], r["priority"]): r["text"] for r in extract_records(read_document(path, 10**7))["mustdos"]}


def test_each_scheme_under_an_entry_is_a_cell_of_its_must_do(tmp_path: Path) -> None:
    cells = _cells(tmp_path, INDEX)
    assert set(cells) == {(4, "Urgent Care Redesign"), (4, "Neighbourhood Care Teams"), (2, "Elective Care and MSK"),
                          (3, "Primary Care Resilience"), (5, "Elective Care and MSK"), (1, "STP, local delivery of")}
    assert cells[3, "Primary Care Resilience"] == "Primary Care Resilience, 2-3"  # the line as written, for the quote
    assert not any(n == 8 for n, _ in cells)  # a "see" to another document enters nothing: the gap


def test_one_bracketed_must_do_in_prose_is_no_index(tmp_path: Path) -> None:
    text = "Our UTC supports A&E performance (must-do iv).\nUrgent Care Redesign, 1\n"
    assert _cells(tmp_path, text) == {}


def test_coverage_and_the_gap_are_answered_from_the_index(papers) -> None:
    index = papers({"appendix.txt": INDEX})
    reply = answer("which scheme is on RTT 18 wks?", index, Tokenizer())
    assert reply.answered and "Elective Care and MSK" in reply.answer[:200], reply.answer
    gap = answer("which must-dos have no scheme against them?", index, Tokenizer())
    assert gap.answered and "8" in gap.answer[:200], gap.answer


def test_a_schemes_figure_at_an_extreme_is_no_coverage_question(papers) -> None:
    """"which scheme saves the least?" names the finance tab, not financial balance's coverage."""
    from bot.answering.mustdo_asked import mustdo_asked

    question = "which scheme saves the least by 20/21? smallest numbr on the finance tab"
    assert not mustdo_asked(question, question.lower()).mustdo
    assert mustdo_asked("which schemes are down against financial balance?", "which schemes are down against financial balance?").mustdo

"""A numbered part asked ("Phase 2") is answered by the dates its own name carries, not by the phase
written before it, and a quarter span ("Q2-Q3 2018/19") is one period."""

import docx
import pytest

from bot.answering import types


@pytest.mark.parametrize(("text", "found"), [
    ("Phase 2 (Q2-Q3 2018/19): extended access", ["Q2-Q3 2018/19"]),
    ("from Q3 to Q4 18/19", ["Q3 to Q4 18/19"]),
    ("Qtr 3 and Q4 2017/18", ["Qtr 3", "Q4 2017/18"]),
])
def test_a_span_of_quarters_is_one_period(text: str, found: list[str]) -> None:
    assert [phrase for _, _, phrase in types.dates(text)] == found


@pytest.fixture()
def phases(tmp_path):
    folder = tmp_path / "papers"
    folder.mkdir()
    document = docx.Document()
    document.add_heading("Our six priorities", level=1)
    document.add_paragraph("Each priority below is delivered in phases, given in NHS financial-year quarters.")
    document.add_heading("2.3 Primary Care at Scale (PC)", level=2)
    document.add_paragraph("Aim. Bring practices together into primary care homes that share staff and offer longer opening.")
    document.add_paragraph("Phase 1 (Q1 2018/19): 14 primary care homes formed, each serving 30,000 to 50,000 people.")
    document.add_paragraph("Phase 2 (Q2-Q3 2018/19): Evening and weekend primary care appointments at scale by 1 October 2018.")
    document.add_paragraph("Phase 3 (Q4 2018/19 onwards): Clinical pharmacists shared across each home.")
    document.save(str(folder / "pdd.docx"))
    (folder / "board_minutes.txt").write_text("Partnership Board minutes, 8 November 2018\n\nThe Board noted the finance report. "
                                              "Savings at month 6 were behind plan.\n\nThe next meeting is on 10 January 2019.\n", encoding="utf-8")
    return folder


@pytest.mark.parametrize(("question", "lead"), [
    ("What is the timeframe for Phase 2 of Primary Care at Scale?", "Q2-Q3 2018/19"),
    ("When is phase 1 of primary care at scale?", "Q1 2018/19"),
])
def test_the_asked_phase_s_own_dates_answer(phases, ask_folder, question: str, lead: str) -> None:
    reply = ask_folder(phases, question)
    assert reply.answered and reply.answer.startswith(lead), reply.answer

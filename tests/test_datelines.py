"""A paper's title stands alone as a passage; the line under it (organisers, date, venue) is its
dateline. "When was the summit?" is answered by that date, though the dateline never says "summit"."""

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

from bot.answering.pipeline import answer
from bot.index.indexer import build_index
from bot.index.store import PlanIndex


def _programme(path: Path, title: str, dateline: str) -> Path:
    styles = getSampleStyleSheet()
    running = [["Time", "Session"], ["09:00", "Registration and coffee"], ["09:30", "Welcome from the Independent Chair"],
               ["11:00", "Workshops: discharge, urgent care and networks"], ["16:00", "Close"]]
    SimpleDocTemplate(str(path), pagesize=A4).build([
        Paragraph(title, styles["Title"]), Paragraph(dateline, styles["Normal"]), Spacer(1, 24), Table(running),
        Spacer(1, 24), Paragraph("The event brings together 150 leaders from the member organisations.", styles["Normal"])])
    return path


@pytest.fixture
def summit(tmp_path: Path, tokenizer):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _programme(corpus / "programme.pdf", "System Leadership Summit",
               "Wyvern Health and Care Partnership · Tuesday 12 March 2019 · Fenby Conference Centre")
    (corpus / "board.txt").write_text("Wyvern Partnership Board\nThe board meets on 9 May 2019 to agree the plan.\n")
    build_index([corpus], tmp_path / "index", tokenizer, 10**7)
    index = PlanIndex.open(tmp_path / "index")
    yield index
    index.close()


@pytest.mark.parametrize("question", ["On what date was the System Leadership Summit held?",
                                      "when was the leadership summit?"])
def test_a_titles_dateline_dates_it(summit, tokenizer, question: str) -> None:
    reply = answer(question, summit, tokenizer)
    assert reply.answered and "12 March 2019" in reply.answer, reply.answer
    assert any("12 March 2019" in c.quote for c in reply.citations)


def test_a_dateline_is_no_answer_to_another_question(summit, tokenizer) -> None:
    reply = answer("When does the Wyvern partnership board meet?", summit, tokenizer)
    assert not reply.answered or "12 March" not in reply.answer, reply.answer

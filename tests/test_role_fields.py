"""A paper's control table at its head names its owner by post ("Document control | Plan owner | Director of
Nursing and Quality, Eastmoor CCG"), and an appendix names the post-holder: "who owns the plan?" is answered
by the holder, the field naming the paper's owner, not an action's."""

from pathlib import Path

import pytest

from bot.answering.pipeline import answer
from bot.index.indexer import build_index
from bot.index.store import PlanIndex
from bot.textnorm import Tokenizer


def _plan(path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("Eastmoor Continuing Healthcare Improvement Plan 2017/18")
    control = document.add_table(rows=3, cols=3)
    for r, (field, value) in enumerate([("Version", "2.0"), ("Plan owner", "Director of Nursing and Quality, Eastmoor CCG"),
                                        ("Date", "15 February 2017")]):
        control.cell(r, 0).text, control.cell(r, 1).text, control.cell(r, 2).text = "Document control", field, value
    document.add_paragraph("Action plan")
    actions = document.add_table(rows=2, cols=4)
    for c, text in enumerate(["No.", "Action", "Lead", "Due"]):
        actions.cell(0, c).text = text
    for c, text in enumerate(["1.1", "Move continuing healthcare assessments out of hospital", "Head of Continuing Care", "Q3 2017/18"]):
        actions.cell(1, c).text = text
    document.add_paragraph("Appendix A: Roles and post-holders")
    posts = document.add_table(rows=3, cols=3)
    for r, row in enumerate([["Post", "Post-holder", "Organisation"],
                             ["Director of Nursing and Quality (plan owner)", "Rhiannon Kilbourne", "Eastmoor CCG"],
                             ["Head of Continuing Care", "Yvette Marchetti-Boyd", "Eastmoor CCG"]]):
        for c, text in enumerate(row):
            posts.cell(r, c).text = text
    document.save(str(path))


@pytest.fixture
def index(tmp_path: Path, tokenizer: Tokenizer):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _plan(corpus / "chc_plan.docx")
    build_index([corpus], tmp_path / "index", tokenizer, 10**7)
    opened = PlanIndex.open(tmp_path / "index")
    yield opened
    opened.close()


@pytest.mark.parametrize("question", ["Who owns the Eastmoor Continuing Healthcare Improvement Plan 2017/18?",
                                      "who's the owner of the continuing healthcare improvement plan? by name please"])
def test_the_papers_owner_by_post_is_answered_with_the_holder(index: PlanIndex, tokenizer: Tokenizer, question: str) -> None:
    reply = answer(question, index, tokenizer)
    assert reply.answered and reply.answer.startswith("Rhiannon Kilbourne"), reply.answer


def test_an_actions_lead_is_still_its_own(index: PlanIndex, tokenizer: Tokenizer) -> None:
    reply = answer("who leads moving continuing healthcare assessments out of hospital?", index, tokenizer)
    assert reply.answered and "Yvette Marchetti-Boyd" in reply.answer, reply.answer

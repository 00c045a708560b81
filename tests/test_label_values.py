"""A table of two columns, a label and its value ("Measure | Value"): what a question asks of the label
is the value beside it, whether it asks "what was" or "how many"."""

import pytest

from bot.answering.pipeline import answer
from bot.textnorm import Tokenizer

UPDATE = """Same Day Urgent Care programme update, January 2018

Performance, December 2017
Measure\tValue
A&E 4-hour standard: Greywater Royal\t86.1%
A&E 4-hour standard: system\t87.3%
Ambulance Category 1 mean response\t7 min 42 s
Handovers over 60 minutes at Greywater Royal\t212

Key risks
1. GP workforce at Saltmarsh: four of six sessional GP posts vacant.
"""


@pytest.fixture
def update(papers):
    return papers({"sduc_update.txt": UPDATE})


@pytest.mark.parametrize("question, value", [
    ("What was the system A&E 4-hour performance in December 2017?", "87.3%"),
    ("what was the category 1 ambulance mean response?", "7 min 42 s"),
    ("How many handovers over 60 minutes were there at Greywater Royal?", "212"),
])
def test_the_value_beside_the_named_label_answers(update, question: str, value: str) -> None:
    reply = answer(question, update, Tokenizer())
    assert reply.answered and reply.answer.startswith(value), reply.answer


EXPORT = """project_id,project_name,sro,start_date,planned_end,baseline_end,rag
P-0201,Pellow Bay CDC phase 1 (CT and MRI),Callum Breckon,2025-04-01,2026-09-30,2026-09-30,B
P-0202,Pellow Bay CDC phase 2 (endoscopy),Callum Breckon,2025-06-01,2027-03-15,2026-12-01,R
"""


def test_each_date_column_the_question_names_is_given(papers) -> None:
    index = papers({"pmo_export.csv": EXPORT})
    reply = answer("What were the baseline and the current planned end dates for the Pellow Bay CDC phase 2 (endoscopy) project?",
                   index, Tokenizer())
    assert reply.answered and "2026-12-01" in reply.answer and "2027-03-15" in reply.answer, reply.answer
    assert "2025-06-01" not in reply.answer.split("(")[0], reply.answer  # the start date was not asked
    quotes = {c.quote for c in reply.citations}
    assert {"2026-12-01", "2027-03-15"} <= quotes, quotes


MEMO = """MEMORANDUM

To:       Members of the Kestrel Vale Transformation Programme Board
From:     Beverley Osei, SRO, Community Services and Frailty
Date:     24/02/2026
Subject:  Intermediate care beds - proposal to consolidate the bed base
Status:   For decision at the Programme Board meeting of 12 March 2026

The Board is asked to approve the proposal; the next meeting of the Programme Board will be held on
23 April 2026 at Thornleigh Civic Centre.
"""


@pytest.mark.parametrize("question, fits", [("when's the next programme board after the 12 march meeting?", 0.0),
                                            ("when was the memo on intermediate care beds sent?", 0.5)])
def test_a_message_header_dates_the_message_not_the_work(papers, question: str, fits: float) -> None:
    """The memo's header block (To, From, Date, Subject) is read as a row with a date: that date is when
    the memo was written, so the row fits a question about the memo, not one about the work."""
    from bot.answering.candidates.rows import row_candidates
    from bot.answering.pipeline import context_for

    ctx = context_for(question, papers({"memo.txt": MEMO}), Tokenizer(), None, 1000, None)
    header = [c for c in row_candidates(ctx) if "From: Beverley Osei" in c.answer]
    assert header and header[0].fits_form == fits, [(c.answer[:60], c.fits_form) for c in header]

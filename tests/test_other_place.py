"""A tracker with one row per place ("P2.2 | Harbury | ... | Dr A" and "P2.2 | Wend Vale | ... | Dr B"):
asked about one place, a row whose place cell names another is about that place; a row for every
place ("Both") is about the asked one too. A plan whose places are bands over pairs of columns ("Lead
Harbury | Go-live Harbury | Lead Wend Vale | ...") answers from the columns of the asked place."""

from types import SimpleNamespace

import pytest

from bot.answering.candidates import Candidate
from bot.answering.other_place import rule_out_other_places
from bot.answering.pipeline import answer
from tests.conftest import OTHER_PAPERS

ANNEX = """Harbury & Wend Vale STP Annex A: delivery plan, 18 November 2016

Table 2: Initiatives, leads and go-live dates by place
\t\tHarbury\t\tWend Vale\t
Ref\tInitiative\tLead\tGo-live\tLead\tGo-live
P2.2\tExtended GP access, evenings and weekends\tDr Farah Quenby\t01/10/2017\tDr Gethin Mowley\t31/03/2018
"""

TRACKER = """Harbury & Wend Vale STP PMO milestone tracker: position as at 31/03/2017

Ref\tPlace\tMilestone\tOwner\tForecast\tRAG
P2.2\tHarbury\tExtended access live in all practices\tDr Farah Quenby\t01/10/2017\tGreen
P2.2\tWend Vale\tExtended access live in all practices\tDr Gethin Mowley\t30/09/2017\tGreen
P3.3\tBoth\tNHS 111 clinical assessment service live\tHollis Varley\tMarch 2018\tGreen
"""


@pytest.fixture
def index(papers):
    return papers({"annex.txt": ANNEX, "tracker.txt": TRACKER, **OTHER_PAPERS})


@pytest.mark.parametrize("question, holder, other", [
    ("Who leads extended GP access in Harbury?", "Quenby", "Mowley"),
    ("Who leads extended GP access in Wend Vale?", "Mowley", "Quenby"),
])
def test_the_row_of_the_asked_place_answers(index, tokenizer, question: str, holder: str, other: str) -> None:
    reply = answer(question, index, tokenizer)
    lead = reply.answer.split(" (")[0]  # the answer, before the row's other cells
    assert reply.answered and holder in lead and other not in lead, reply.answer


def test_a_row_for_every_place_is_the_asked_places_too(index, tokenizer) -> None:
    reply = answer("Who leads the NHS 111 clinical assessment service in Harbury?", index, tokenizer)
    assert reply.answered and "Varley" in reply.answer[:120], reply.answer


@pytest.mark.parametrize("question, expected", [
    ("When does extended GP access go live in Wend Vale?", "31/03/2018"),
    ("When does extended GP access go live in Harbury?", "01/10/2017"),
])
def test_a_places_band_of_columns_answers_for_it(papers, tokenizer, question: str, expected: str) -> None:
    reply = answer(question, papers({"annex.txt": ANNEX, **OTHER_PAPERS}), tokenizer)
    assert reply.answered and reply.answer.startswith(expected), reply.answer


def _row(answer_text: str) -> Candidate:
    return Candidate(source="row", main=answer_text, context="", area=None, answer=answer_text, citations=[])


def test_rows_whose_place_cell_names_another_place_are_ruled_out(tokenizer) -> None:
    rows = [_row("Dr A (Ref: P2.2; Place: Harbury; Milestone: Extended access live)"),
            _row("Dr B (Ref: P2.2; Place: Wend Vale; Milestone: Extended access live)"),
            _row("Dr C (Ref: P3.3; Place: Both; Milestone: NHS 111 live)"),
            _row("Dr D, scheme owner of extended access")]
    rule_out_other_places(rows, SimpleNamespace(proper=frozenset({"harburi"})), tokenizer.stem_set)
    assert [r.eligible for r in rows] == [True, False, True, True]


def test_no_place_asked_rules_no_row_out(tokenizer) -> None:
    rows = [_row("Dr A (Ref: P2.2; Place: Harbury)"), _row("Dr B (Ref: P2.2; Place: Wend Vale)")]
    rule_out_other_places(rows, SimpleNamespace(proper=frozenset({"safe", "haven"})), tokenizer.stem_set)
    assert all(r.eligible for r in rows)

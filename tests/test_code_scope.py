"""A window question scoped to a programme its items name only by their code: the tracker's rows are
"UEC2 | ...", and the papers say once that UEC is Urgent & Emergency Care."""

from datetime import date

from bot.answering.pipeline import answer
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS

KEY = """Programme key

UEC = Urgent & Emergency Care
MH = Mental Health
PLC = Planned Care & Cancer
"""

TRACKER = """Delivery Board milestone tracker

Ref\tNext milestone\tOwner\tDue\tRAG
UEC1\tBusiness case approved for the walk-in centre\tOwen Sample\tMar-17\tA
UEC2\tD2A live on both acute sites\tPaula Sample\t30/06/2017\tA
MH1\tLiaison team recruitment complete\tTariq Sample\t15/06/2017\tG
PLC1\tPhysio triage contract awarded\tColin Sample\t31/05/2017\tG
"""

REGISTER = """Board assurance framework

Ref\tRisk\tOwner\tReview date\tScore
BAF-01\tWorkforce gaps in nursing\tAnn Sample\t30/06/2017\t16
BAF-02\tFinancial recovery slips\tBen Sample\t15/06/2017\t20
BAF-03\tEstates capital not secured\tCal Sample\t20/06/2017\t12
"""


def test_a_programme_named_whole_scopes_to_the_items_of_its_code(papers) -> None:
    index = papers({"key.txt": KEY, "tracker.txt": TRACKER, **OTHER_PAPERS})
    reply = answer("What is due next month in Urgent & Emergency Care?", index, Tokenizer(), date(2017, 5, 15))
    assert reply.answered and "D2A live" in reply.answer and "Liaison team" not in reply.answer, reply.answer
    assert reply.answer.startswith("Due in June 2017 (Urgent") and "Emergency Care (UEC))" in reply.answer, reply.answer  # named by the key


def test_a_programme_named_by_its_code_scopes_the_same(papers) -> None:
    index = papers({"key.txt": KEY, "tracker.txt": TRACKER, **OTHER_PAPERS})
    reply = answer("what's due in MH next month?", index, Tokenizer(), date(2017, 5, 15))
    assert reply.answered and "Liaison team" in reply.answer and "D2A" not in reply.answer, reply.answer


def test_a_code_every_item_carries_names_no_programme(papers) -> None:
    """BAF is the register's prefix, not a programme: asked about one BAF risk, the others are not added."""
    index = papers({"register.txt": REGISTER, **OTHER_PAPERS})
    reply = answer("what's due next month on the BAF financial recovery risk?", index, Tokenizer(), date(2017, 5, 15))
    assert reply.answered and "Financial recovery" in reply.answer and "Workforce gaps" not in reply.answer, reply.answer


MAY_TRACKER = """Delivery Board milestone tracker

Ref\tNext milestone\tOwner\tDue\tRAG
UEC1\tHealth and care hub for urgent care opens\tOwen Sample\t12/05/2017\tA
UEC2\tD2A live on both acute sites\tPaula Sample\t30/05/2017\tA
MH1\tLiaison team recruitment complete\tTariq Sample\t15/07/2017\tG
PLC1\tPhysio triage contract awarded for health services\tColin Sample\t31/05/2017\tG
"""


def test_a_programme_with_nothing_due_is_not_answered_with_everything_due(papers) -> None:
    """Nothing of Mental Health falls in May; the other programmes' items do: the answer is that the
    plans list nothing for Mental Health, not all that falls due."""
    index = papers({"key.txt": KEY, "tracker.txt": MAY_TRACKER, **OTHER_PAPERS})
    reply = answer("What is due next month in Mental Health?", index, Tokenizer(), date(2017, 4, 15))
    assert "Physio triage" not in reply.answer and "D2A" not in reply.answer and not reply.answered, reply.answer


PLAN = """Harbury STP Annex A: delivery plan

Ref\tInitiative\tLead\tGo-live
P1 Healthier Lives\t\t\t
P1.1\tDiabetes prevention programme\tDr Ola Sample\t01/07/2017
P2 Mental Health & Learning Disabilities\t\t\t
P2.1\tCrisis alternatives: safe haven\tDr Ezra Sample\tSummer 2017
P2.2\tIAPT access for 19%\tToby Sample\tby 31/03/2019
"""

NUMBERED_TRACKER = """PMO milestone tracker: position as at 31/03/2017

Ref\tMilestone\tOwner\tForecast\tRAG
P1.1\tFirst diabetes prevention cohort starts\tDr Ola Sample\t03/07/2017\tGreen
P2.1\tSafe haven opens\tDr Ezra Sample\t10/07/2017\tGreen
P2.2\tIAPT access reaches 19%\tToby Sample\t31/03/2019\tGreen
P1.2\tMECC: 2,000 staff trained\tPriya Sample\t31/03/2018\tGreen
P3.1\tUrgent treatment centre opens\tKieran Sample\t31/01/2018\tRed
"""


def test_numbered_programmes_are_read_with_their_items() -> None:
    from bot.records.abbreviations import numbered_programmes
    lines = [*PLAN.splitlines(), "P7 Estates review\tnot a programme: no P7.n item"]
    assert list(numbered_programmes(lines)) == [("P1", "Healthier Lives"), ("P2", "Mental Health & Learning Disabilities")]


def test_a_numbered_programme_scopes_to_its_items(papers) -> None:
    """"P2.1" is an item of "P2 Mental Health & Learning Disabilities": what falls due in that programme
    is its items, not the diabetes cohort due the same month."""
    index = papers({"plan.txt": PLAN, "tracker.txt": NUMBERED_TRACKER, **OTHER_PAPERS})
    reply = answer("Which Mental Health & Learning Disabilities milestones fall due next quarter?", index, Tokenizer(), date(2017, 5, 15))
    assert reply.answered and "Safe haven opens" in reply.answer and "diabetes" not in reply.answer.lower(), reply.answer


def test_a_numbered_programme_named_by_its_short_forms(papers) -> None:
    """"MH & LD" spells the numbered programme's name by its short forms: the question names programme P2."""
    from bot.answering.candidates.code_scope import codes_asked
    from bot.answering.pipeline import context_for

    index = papers({"plan.txt": PLAN, "tracker.txt": NUMBERED_TRACKER, **OTHER_PAPERS})
    ctx = context_for("what's due in MH & LD next qtr?", index, Tokenizer(), date(2017, 5, 15), 1000, None)
    assert "p2" in codes_asked(ctx) and "p1" not in codes_asked(ctx)

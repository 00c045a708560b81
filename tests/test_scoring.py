"""The named features, the rules that rule a candidate out, the scorer and the abstention rule."""

from datetime import date

import pytest

from bot.answering.analysis import analyse
from bot.answering.candidates import Candidate, role_score
from bot.answering.features import area_match, features, role_match
from bot.answering.lexicon import lexicon
from bot.answering.matching import Topic
from bot.answering.pipeline import answer, blocked
from bot.answering.scorer import load_scorer

BOARD = """Wyvern Valley ICS: Programme Board membership (10 April 2025)

| Name | Role on the Board | Organisation |
|------|-------------------|--------------|
| Helen Marsh | Chair | Wyvern ICB (Chief Executive) |
| Dr Raf Quill | Vice-Chair | Wyvern ICB (Chief Medical Officer) |
| Gwen Atter | SRO, Digital and Data | Wyvern Hospitals (Chief Information Officer) |
| Anji Verhoef | Acting SRO, Workforce (from 1 March 2025) | Wyvern Community Trust |
| Maud Ell | Lay Member (patient and public voice) | Independent |
"""
TRACKER = """Wyvern delivery tracker (30 September 2025)
RAG key: G = green, on track; A = amber, at risk with a recovery plan; R = red, off track

Ref\tScheme\tLead\tNext milestone\tDue\tRAG
DD-01\tCare record: social care connection\tGwen Atter\tCouncil records visible\t31/10/2025\tA
DD-03\tElectronic prescribing\tGwen Atter\tLive on all wards\tSep-25\tR
WF-02\tInternational nurse recruitment\tLorcan Whit\tAll 85 nurses in post\tNovember 2025\tA
"""


@pytest.fixture
def wyvern(papers):
    return papers({"board.md": BOARD, "tracker.txt": TRACKER})


def _candidate(**overrides) -> Candidate:
    values = dict(source="sentence", main="", context="", area=None, answer="x", citations=[])
    return Candidate(**{**values, **overrides})


def test_vice_chair_is_not_the_chair_and_a_kindred_role_counts_half() -> None:
    assert role_score("chair", "Chair; Chief Executive") == 1.0
    assert role_score("chair", "Vice-Chair") == 0.0
    assert role_score("clinical lead", "ACS Clinical Director Integrated Provision") == 0.5


def test_area_and_role_features(wyvern, tokenizer) -> None:
    lex = lexicon(wyvern, tokenizer)
    a = analyse("who is the SRO for digital?", lex)
    assert role_match(_candidate(role_text="SRO, Digital and Data"), a) == 1.0
    assert role_match(_candidate(role_text="Chair"), a) == -1.0
    a.areas = ["Marsh"]
    assert (area_match(_candidate(area="Marsh"), a), area_match(_candidate(area="Fen"), a), area_match(_candidate(), a)) == (1.0, -1.0, -0.5)


def test_an_unrelated_candidate_is_ruled_out(wyvern, tokenizer) -> None:
    lex = lexicon(wyvern, tokenizer)
    a = analyse("who is the SRO for cancer?", lex)
    topic = Topic(a, tokenizer)
    other = _candidate(source="row", main="Gwen Atter | SRO, Digital and Data", role_text="SRO, Digital and Data")
    other.features = features(other, a, topic)
    assert other.features["missing"] > 0 and blocked(other, a)  # "cancer" is nowhere near it


def test_the_scorer_is_monotone_in_topic_and_the_threshold_decides() -> None:
    scorer = load_scorer()
    low, high = {"topic": 0.2, "topic_main": 0.2}, {"topic": 0.9, "topic_main": 0.9, "covered": 1.0}
    assert scorer.score(high) > scorer.score(low)
    assert scorer.probability(high, scorer.score(high)) > scorer.probability(low, scorer.score(low))
    assert scorer.answers(scorer.threshold) and not scorer.answers(scorer.threshold - 0.01)


def test_a_gathered_candidate_is_held_to_its_own_threshold() -> None:
    """A must-do grid's row or a window's list need not repeat the question's words: its probability
    is held to the group threshold, read from weights.json (the plain one when none is given)."""
    scorer = load_scorer('{"rank": {}, "bias": 0, "weights": {}, "threshold": 0.62, "group_threshold": 0.4}')
    assert scorer.answers(0.5, group=True) and not scorer.answers(0.5)
    assert not scorer.answers(0.39, group=True)
    assert load_scorer('{"rank": {}, "bias": 0, "weights": {}, "threshold": 0.62}').group_threshold == 0.62


@pytest.mark.parametrize(("question", "as_of", "expected"), [
    ("who chairs the programme board?", None, "Helen Marsh"),
    ("who is the acting SRO for workforce?", None, "Anji Verhoef"),
    ("who's the SRO for digital?", None, "Gwen Atter"),
    ("who is the lay member?", None, "Maud Ell"),
    ("what's the RAG on international nurse recruitment?", None, "amber"),
    ("who leads international nurse recruitment?", None, "Lorcan Whit"),
    ("what's due this month on the tracker?", date(2025, 10, 2), "Council records visible"),
    ("which milestones are overdue?", date(2025, 10, 13), "Live on all wards"),
])
def test_other_layouts_are_answered(wyvern, tokenizer, question, as_of, expected) -> None:
    reply = answer(question, wyvern, tokenizer, as_of)
    assert reply.answered and expected in reply.answer[:300], reply.answer
    assert all(wyvern.quote_is_on_source(c.document, c.page, c.line, c.quote) for c in reply.citations)


@pytest.mark.parametrize("question", [
    "what is the capital of France?", "'; DROP TABLE passages; --", "(.*+?[ owner",
    "who is the SRO for cancer?", "who chairs the integrated care partnership in Fenland?",
])
def test_what_the_papers_do_not_hold_is_refused(wyvern, tokenizer, question) -> None:
    reply = answer(question, wyvern, tokenizer)
    assert not reply.answered and reply.answer.startswith("The plans don't")


@pytest.mark.parametrize(("sentence", "items"), [
    ("The plan comprises three key components; a delivery plan (finance, activity & workforce), a metrics plan "
     "and a written narrative.", ["a delivery plan", "a metrics plan", "a written narrative"]),
    ("Priorities include falls, alcohol and reablement.", ["falls", "alcohol", "reablement"]),
    ("The hub opens in May 2017, and the board meets monthly.", []),
])
def test_a_sentence_that_lists_things_is_read_as_its_items(sentence: str, items: list[str]) -> None:
    from bot.answering.candidates.sentences import enumerated

    assert enumerated(sentence) == items


def test_a_sentence_pointing_back_past_a_list_is_read_with_what_it_points_to(papers, tokenizer) -> None:
    paper = ("Wyvern prevention plan\n\nFinance and efficiency\n\n"
             "These falls and alcohol schemes, when delivered at scale, are estimated to achieve net savings through:\n\n"
             "- fewer emergency admissions\n- fewer readmissions within 30 days\n- fewer ambulance conveyances\n\n"
             "We estimate this to be about £12m over three years.\n\n"
             "Workforce\n\nThe workforce plan is refreshed each spring.\n")
    index = papers({"prevention.txt": paper})
    reply = answer("How much net saving are the falls and alcohol schemes estimated to achieve at scale?", index, tokenizer)
    assert reply.answered and reply.answer.startswith("£12m"), reply.answer
    assert any("estimated to achieve net savings" in c.quote for c in reply.citations)  # what "this" stands for is cited


def test_the_role_set_aside_is_never_the_answer(papers, tokenizer) -> None:
    paper = ("Programme Board minutes\n\nDigital\n"
             "It was agreed that Declan Example, Programme Director and Sakthi Sample, SRO for the Digital Programme, "
             "will present a full update at the next Programme Board.\n")
    index = papers({"board.txt": paper})
    reply = answer("who's the digital programme director (not the SRO)?", index, tokenizer)
    assert reply.answered and reply.answer.startswith("Declan Example"), reply.answer
    sro = answer("who is the SRO for the digital programme?", index, tokenizer)
    assert sro.answered and sro.answer.startswith("Sakthi Sample"), sro.answer


def test_who_covers_an_empty_post_is_not_the_post(papers, tokenizer) -> None:
    """"Until a CYP clinical lead is appointed, to whom do escalations go?": the line saying who covers,
    not the tracker's line that the post is vacant."""
    paper = ("Children and young people programme update\n\n"
             "The asthma bundle is live in eight of nineteen primary care networks, and the rest will sign up by March.\n\n"
             "The CYP Clinical Lead post is vacant: it was advertised in October and interviews are set for December. "
             "Until someone is appointed, clinical escalation for CYP goes to Dr Aoife Example, Chief Medical Officer.\n\n"
             "Hollie Sample is the CYP programme manager.\n\n"
             "Scheme\tProgramme\tClinical lead\tStatus\n"
             "CYP asthma bundle\tCYP\tCYP Clinical Lead (vacant)\tAmber\n"
             "CYP mental health in schools\tCYP\tDr Ben Sample\tGreen\n")
    index = papers({"cyp.txt": paper})
    reply = answer("Until a CYP clinical lead is appointed, to whom should clinical escalations about children go?", index, tokenizer)
    assert reply.answered and reply.answer.startswith("Dr Aoife Example"), reply.answer


@pytest.mark.parametrize(("question", "expected"), [
    ("Who is the SRO for digital and data in the Wyvern Valley ICS?", "Gwen Atter"),
    ("Who is the SRO for the workforce programme in Wyvern Valley?", "Anji Verhoef"),
    ("Who is the SRO for cancer in the Wyvern Valley ICS?", None),  # an SRO for another remit is no answer
    ("who's the cancer SRO?", None),  # the remit written in front of the role
    ("Who is the Wyvern Valley digital and data SRO?", "Gwen Atter"),
    ("Who is the senior responsible officer for primary care in Wyvern Valley?", None),
])
def test_a_role_is_answered_only_by_its_holder_for_the_remit_asked(wyvern, tokenizer, question: str,
                                                                   expected: str | None) -> None:
    reply = answer(question, wyvern, tokenizer)
    if expected is None:
        assert not reply.answered, reply.answer
    else:
        assert reply.answered and reply.answer.startswith(expected), reply.answer


def test_the_remit_is_what_the_role_is_for(wyvern, tokenizer) -> None:
    lex = lexicon(wyvern, tokenizer)
    stems = lambda text: frozenset(tokenizer(text))  # noqa: E731
    assert analyse("who is the SRO for urgent and emergency care in Wyvern Valley?", lex).remit == stems("urgent emergency care")
    assert analyse("who is the lay member of the board?", lex).remit == frozenset()
    assert analyse("who is the acting workforce SRO?", lex).remit == stems("workforce")
    # the kind of body is no remit: every workstream is a workstream
    assert analyse("who is the SRO for the STP mental health workstream?", lex).remit == stems("mental health")
    assert analyse("who is the person presiding as chair?", lex).remit == frozenset()


@pytest.mark.parametrize("question", ["What is 17 multiplied by 23?", "whats 16 + 17", "calculate 365 / 12"])
def test_a_sum_to_work_out_is_refused(bundled_dir, tokenizer, question) -> None:
    """No paper states 17 times 23, however many lines share a "17" and "multiple" projects with it."""
    from bot.index.store import PlanIndex

    index = PlanIndex.open(bundled_dir)
    try:
        reply = answer(question, index, tokenizer)
    finally:
        index.close()
    assert not reply.answered and reply.answer.startswith("The plans don't"), reply.answer


def test_candidates_ruled_out_unscored_leave_what_a_reply_reads_as_it_was(bundled_dir, tokenizer, monkeypatch) -> None:
    """ranked_candidates leaves a candidate ruled out by all but its topic features unscored while at least
    TOP_READ are eligible: the best three, their order and features, and which candidates are eligible, are
    those of scoring every candidate (TOP_READ so large that all are scored)."""
    import json

    from bot.answering import pipeline
    from bot.answering.pipeline import context_for, ranked_candidates
    from bot.index.store import PlanIndex
    from tests.conftest import ROOT

    index, scorer, read = PlanIndex.open(bundled_dir), load_scorer(), pipeline.TOP_READ
    lines = (ROOT / "tests" / "questions" / "tune.jsonl").read_text(encoding="utf-8").splitlines()
    items = [json.loads(line) for line in lines if line.strip()][::4]

    def ranked(item: dict) -> list:
        as_of = date.fromisoformat(item["as_of"]) if item.get("as_of") else None
        found = ranked_candidates(context_for(item["question"], index, tokenizer, as_of, 1000, None), scorer)
        return [[(c.source, c.answer, c.citations, c.features, c.score, c.probability) for c in found[:read]],
                [(c.source, c.answer, c.eligible) for c in found if c.eligible], len(found)]

    lazy = [ranked(item) for item in items]
    monkeypatch.setattr(pipeline, "TOP_READ", 10**9)
    assert lazy == [ranked(item) for item in items]


@pytest.mark.parametrize(("want", "text"), [("person", "Care hub opens (Q4 2017/18). Owner: Jane Smith."), ("person", "Care hub opens."),
                                            ("number", "45 GP practices"), ("money", "no sum here")])
def test_a_type_worked_out_when_asked_is_the_type_held(want: str, text: str, monkeypatch) -> None:
    """HoldsType is types.holds, read when first asked and once only."""
    from bot.answering import types
    from bot.answering.candidates import HoldsType

    held = types.holds(want, text)
    lazy = HoldsType(want, text, frozenset())
    calls = []
    monkeypatch.setattr(types, "holds", lambda *args: calls.append(args) or held)
    assert bool(lazy) is held and bool(lazy) is held and len(calls) == 1

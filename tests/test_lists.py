"""List questions get the items a heading introduces: a numbered list's numbered items (a line between
two belongs to the one above), without the one the question sets aside."""

import pytest

from bot.answering.counting import asked_count
from bot.answering.candidates.lists import list_candidates
from bot.answering.candidates.sentences import _states_count, enumerated
from bot.answering.pipeline import answer, context_for
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS

PLAN = """Prevention and Population Health

High Impact Initiatives

- 1. Population health approach to risk stratification and to achieve:
 - Proactive, anticipatory support for the top 5% of complex individuals
 - Supporting self care and health coaching for the next tier of the population
- 2. Falls prevention and crisis response
- 3. Alcohol liaison and diversion schemes
- 4. Improve access and uptake of reablement and rehabilitation services

We estimate the return on these to be in the region of £25m in 2-3 years.
"""


@pytest.fixture
def prevention(papers):
    return papers({"prevention.txt": PLAN, **OTHER_PAPERS})


def test_a_numbered_lists_items_are_its_numbered_lines(prevention) -> None:
    reply = answer("What are the high impact initiatives in the prevention plan?", prevention, Tokenizer())
    assert reply.answered, reply.answer
    for item in ("Falls prevention", "Alcohol liaison", "reablement"):
        assert item in reply.answer, reply.answer
    assert "health coaching" not in reply.answer  # a line under item 1, not an item of its own


def test_the_item_set_aside_is_not_listed(prevention) -> None:
    ctx = context_for("Apart from the population health approach to risk stratification, what are the high impact "
                      "initiatives in the prevention plan?", prevention, Tokenizer(), None, 1000, None)
    listed = next(list_candidates(ctx))
    assert "Falls prevention" in listed.answer and "risk stratification" not in listed.answer, listed.answer


GOVERNANCE = """Stakeholder briefing

Governance
The footprint covers four CCGs, two health and wellbeing boards and one acute provider.
Governance proposed at place level will mirror the STP level governance and be proposed to each board.
At the STP level there will need to be two levels to the governance – a Sponsoring Group to provide leadership and direction, and a Programme Board to oversee delivery.
The governance arrangements will be reviewed by the two boards in the spring.
"""


def test_a_sentence_giving_the_asked_count_then_the_things_answers(papers) -> None:
    index = papers({"briefing.txt": GOVERNANCE, **OTHER_PAPERS})
    reply = answer("What two levels of governance are proposed at STP level?", index, Tokenizer())
    assert reply.answered and "Sponsoring Group" in reply.answer and "Programme Board" in reply.answer, reply.answer


@pytest.mark.parametrize(("text", "fits"), [
    ("there will need to be two levels to the governance – a Sponsoring Group and a Programme Board", 1.0),
    ("The document sets out two broad levels which drive the national requirements. The levels are:", 0.0),
    ("Two boards will review the governance in the spring.", 0.0),
])
def test_stating_the_asked_count_then_naming_the_things(text: str, fits: float) -> None:
    assert _states_count(text, "What two levels of governance are proposed?") == fits


@pytest.mark.parametrize(("question", "count"), [
    ("what are the 4 priorities?", 4),
    ("What are the four priorities in the forward plan?", 4),
    ("which 5 trusts are the main providers?", 5),
    ("what are the three main care settings?", 3),
    ("how is the four hour target going?", None),  # a measure, not a count of things
    ("the four-hour waits", None),
    ("are the 18 weeks RTT standards met?", None),
    ("what are kfo's 4 prioritys?", 4),  # a possessive is a determiner too
    ("is bay's 4-hour target met?", None),
])
def test_the_asked_count_is_a_number_of_things_not_a_measure(question: str, count: int | None) -> None:
    assert asked_count(question.lower()) == count


BRIEFING = """Joint Forward Plan 2025-2030: staff briefing pack

[Slide 1] WHO WE ARE
Key numbers
  >> 612,400 people registered with a GP
  >> 78 GP practices

[Slide 2] OUR 4 PRIORITIES
  1 | Healthier starts ......... every child ready for school
  2 | Neighbourhood care ....... one joined-up team in each neighbourhood
  3 | Faster urgent care ....... the right care, first time
  4 | A workforce that stays ... recruit, train and keep our people
"""

TERMS = """Terms of reference

The Transformation Board oversees the workstreams of the Joint Forward Plan 2025-2030. It holds the
workstream leads to account, agrees priorities for transformation funding and resolves risks.
"""


def test_a_list_is_found_by_its_papers_title_and_its_count_in_figures(papers) -> None:
    """The heading says "OUR 4 PRIORITIES" and only the paper's title names the plan: the list is still
    found, and beats a sentence that names the plan and "priorities" but lists nothing."""
    index = papers({"briefing.txt": BRIEFING, "terms.txt": TERMS, **OTHER_PAPERS})
    ctx = context_for("What are the four priorities in the Joint Forward Plan 2025-2030?", index, Tokenizer(), None, 1000, None)
    listed = next(c for c in list_candidates(ctx) if "Healthier starts" in c.answer)
    assert listed is not None
    reply = answer("What are the four priorities in the Joint Forward Plan 2025-2030?", index, Tokenizer())
    assert reply.answered and "Healthier starts" in reply.answer and "Faster urgent care" in reply.answer, reply.answer


KFO_TERMS = """KFO Transformation Programme Board: terms of reference

1. Purpose
The Transformation Programme Board oversees delivery of the transformation workstreams in the KFO
Joint Forward Plan 2025-2030. It holds Senior Responsible Officers to account for delivery, agrees priorities for transformation funding, and resolves risks escalated by the workstreams.
"""


@pytest.mark.parametrize("question", ["What are the four priorities in the KFO Joint Forward Plan 2025-2030?",
                                      "what are kfo's 4 prioritys?"])
def test_a_list_of_the_asked_count_under_a_heading_saying_it_comes_before_any_sentence(papers, question: str) -> None:
    """"What are the four priorities?" and one paper lists four under "OUR 4 PRIORITIES": a sentence
    that names the plan and its priorities but lists none of them is no answer, however well it
    covers the question's words."""
    index = papers({"kfo_briefing.txt": BRIEFING.replace("Joint Forward Plan", "KFO Joint Forward Plan"), "kfo_terms.md": KFO_TERMS,
                    **OTHER_PAPERS})
    reply = answer(question, index, Tokenizer())
    assert reply.answered and "Healthier starts" in reply.answer and "Faster urgent care" in reply.answer, reply.answer


@pytest.mark.parametrize(("text", "items"), [
    # the subject is the things themselves; the list ends with its sentence
    ("The Trusts are East Marsh Hospitals NHS Trust, Vale Teaching Hospitals and Coast Hospitals NHS Trust. "
     "Core services are provided by all of them.", ["East Marsh Hospitals NHS Trust", "Vale Teaching Hospitals", "Coast Hospitals NHS Trust"]),
    ("The plan comprises three parts: a delivery plan, a metrics plan and a narrative. It went in on time.",
     ["a delivery plan", "a metrics plan", "a narrative"]),
    ("The board met twice and agreed the plan.", []),
    # the subject runs on past its noun before "are"
    ("The six neighbourhoods going live by December 2026 are Saltharbour North, Saltharbour South, Pellow Bay, Lindmere East, "
     "Hallamby and Wykeford. The other eight follow in 2027/28.",
     ["Saltharbour North", "Saltharbour South", "Pellow Bay", "Lindmere East", "Hallamby", "Wykeford"]),
])
def test_the_things_a_sentence_lists(text: str, items: list[str]) -> None:
    assert enumerated(text) == items


ACUTE = """Acute and Specialist Services

The Marsh health system has 3 main providers of acute and specialist services over 6 sites. The Trusts are East Marsh Hospitals NHS Trust, Vale Teaching Hospitals NHS Foundation Trust and Coast Hospitals NHS Trust. Core secondary care services are provided by all 3 of the organisations; two Trusts provide specialist services.

Priorities
- Priority 1: Integrate acute activity with community based services, providing specialist advice and support to providers.
"""


def test_a_count_stated_then_the_things_named_in_the_next_sentence(papers) -> None:
    """"Which three trusts are the main providers?": the sentence giving the count is answered with the
    one after it, which names them."""
    index = papers({"acute.txt": ACUTE, **OTHER_PAPERS})
    reply = answer("Which three trusts are the main providers of acute and specialist services?", index, Tokenizer())
    assert reply.answered and "East Marsh" in reply.answer and "Coast Hospitals" in reply.answer, reply.answer


def test_who_is_consulted_is_answered_from_a_responsibility_matrix(papers) -> None:
    from tests.test_layouts import RACI

    index = papers({"raci.txt": RACI, **OTHER_PAPERS})
    reply = answer("Who is consulted on the virtual wards expansion?", index, Tokenizer())
    assert reply.answered and "Devinder Oakcroft" in reply.answer and "Priya Vanstone" in reply.answer, reply.answer


FAQ = """Fennick Bay Minor Injuries Unit is becoming an Urgent Treatment Centre

Q: What is changing?

A: The MIU at Fennick Bay Community Hospital will become an Urgent Treatment Centre (UTC) on Monday 1 June 2026.

Q: What will the UTC offer that the MIU does not?

A: The UTC will offer three services the MIU does not:

- X-ray every day until midnight
- point-of-care blood tests, with results in about 20 minutes
- GP-led appointments that NHS 111 can book directly
"""


@pytest.mark.parametrize("question", ["What will the UTC offer that the MIU does not?",
                                      "what extra stuff will the utc do that the miu doesn't?"])
def test_a_line_ending_in_a_colon_is_answered_by_the_list_it_introduces(papers, question: str) -> None:
    """The line the question's words find says what follows ("three services the MIU does not:"), and
    the paper's own question repeats the asker's: neither answers; the three services do."""
    index = papers({"faq.md": FAQ, **OTHER_PAPERS})
    reply = answer(question, index, Tokenizer())
    assert reply.answered and "X-ray every day" in reply.answer and "blood tests" in reply.answer, reply.answer


NEIGHBOURHOODS = """Programmes on a page: primary care and neighbourhoods

Speaker notes
The three neighbourhoods going live by December 2026 are Saltharbour North, Pellow Bay and Wykeford. The other five follow in 2027/28.
"""
TRACKER = """Delivery tracker

Ref\tMilestone\tOwner\tDue date\tStatus
N1\tNeighbourhood team launch in Hallamby\tLucy Fenwick\t07/12/2026\tOn track
N2\tTeledermatology live for skin cancer referrals\tOwen Hart\t14/12/2026\tOn track
N3\tNeighbourhood estates plan agreed\tLucy Fenwick\t18/12/2026\tAt risk
N4\tVirtual ward beds reach 120\tKofi Mensah\t21/12/2026\tOn track
"""


def test_a_sentence_naming_as_many_as_asked_beats_all_that_falls_due(papers) -> None:
    """"List the three neighbourhoods going live by December 2026": the sentence naming three is the
    answer, not everything the tracker has due in December."""
    index = papers({"slides.txt": NEIGHBOURHOODS, "tracker.txt": TRACKER, **OTHER_PAPERS})
    reply = answer("Please list the three neighbourhoods that will have neighbourhood teams live by December 2026.", index, Tokenizer())
    assert reply.answered and "Saltharbour North" in reply.answer and "Wykeford" in reply.answer, reply.answer


def test_all_that_falls_due_is_no_answer_when_a_text_names_as_many_as_asked(papers) -> None:
    from bot.answering.pipeline import context_for, ranked_candidates
    from bot.answering.scorer import load_scorer

    index = papers({"slides.txt": NEIGHBOURHOODS, "tracker.txt": TRACKER, **OTHER_PAPERS})
    ctx = context_for("Please list the three neighbourhoods that will have neighbourhood teams live by December 2026.", index, Tokenizer(),
                      None, 1000, None)
    ranked = ranked_candidates(ctx, load_scorer())
    assert any(c.source == "sentence" and c.counted and c.eligible for c in ranked)
    assert not any(c.source == "window" and c.eligible for c in ranked)


PAGED = """Wyvern ICS - Annual Operational Plan 2026/27
Page 3
5 The efficiency requirement is expressed as a percentage of total system expenditure.
6 Target set in the national planning guidance; the 2025/26 outturn was 68.2%.
3. Finance
3.1.1 The system plans a deficit of £14.6m in 2026/27 and a break-even position in 2027/28.
"""


def test_a_pages_running_header_and_number_head_no_list(papers) -> None:
    """A PDF page opens with its running header and "Page 3", then the last page's footnotes: page
    furniture, not a heading and the items it introduces ("How many people are waiting?" was answered
    "Page 3; 5 The efficiency requirement ...")."""
    index = papers({"operational_plan.txt": PAGED})
    for row in index.table("lists"):
        assert "Page 3" not in row["intro"] and "Page 3" not in row["items_text"], row


@pytest.mark.parametrize(("line", "furniture"), [("Page 3", True), ("Page 2 of 2", True), ("- 12 -", True), ("3 of 10", True),
                                                 ("Page 3 sets out the finance plan", False), ("3. Finance", False)])
def test_a_page_number_line(line: str, furniture: bool) -> None:
    from bot.records.lists import PAGE_NUMBER

    assert bool(PAGE_NUMBER.match(line)) is furniture


ENABLERS = """Northfold plan on a page

An underpinning programme of transformational enablers includes:

A. Becoming a system with a collective focus on the whole population. B. Developing communities and social networks. C. Developing the workforce across our system. D. Using technology to improve care. E. Building a Common Platform of system enablers F. Creating an Accountable Care Delivery Vehicle
"""


def test_items_asked_by_their_letters_are_those_items(papers) -> None:
    """"Enablers E and F": the two items those letters head, though the question also counts "the four
    shared ones"."""
    index = papers({"plan_on_a_page.txt": ENABLERS, **OTHER_PAPERS})
    reply = answer("Which transformational enablers E and F does the plan on a page list beyond the four shared ones?", index, Tokenizer())
    assert reply.answered and "Common Platform" in reply.answer and "Accountable Care" in reply.answer, reply.answer
    assert "Becoming a system" not in reply.answer, reply.answer


@pytest.mark.parametrize("question, labels", [
    ("Which enablers E and F are listed?", ["E", "F"]), ("what are priorities 2 and 3?", ["2", "3"]),
    ("which enablers G and H?", []),  # no such items: none, not all
    ("what are the 2 and 3 year plans?", []),  # numbers the list does not give as labels
])
def test_the_labels_asked(question: str, labels: list[str]) -> None:
    from bot.answering.candidates.lists import labelled

    items = [{"text": t, "label": l} for t, l in [("a", "A"), ("e", "E"), ("f", "F"), ("two", "2"), ("three", "3")]]
    if "year" in question:
        items = [i for i in items if not i["label"].isdigit()]
    assert [i["label"] for i in labelled(question, items)] == labels

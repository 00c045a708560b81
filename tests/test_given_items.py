"""A date or figure the question itself gives is what it asks about, not its answer: "when was the
2015-2020 plan published?" is answered by the publication date, not by 2015."""

import pytest

from bot.answering import types
from bot.answering.pipeline import answer
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS


@pytest.mark.parametrize(("want", "text", "question", "item"), [
    ("date", "The Transformation Plan for Wexbury (2015-2020) was published in January 2016.",
     "When was the 2015-2020 Wexbury plan published?", "January 2016"),
    ("number", "Of the 19 specialties, 12 now offer advice and guidance.", "How many of the 19 specialties offer advice?", "12"),
    ("number", "There were 212 handovers over 60 minutes in December.", "How many handovers over 60 minutes were there?", "212"),
    # a number the question writes in words is given as much as one in figures
    ("number", "A&E 4-hour performance (all types): 86.4%", "What was A&E four-hour performance in October?", "86.4%"),
    # ... and one the paper writes in words is the question's figure too
    ("number", "All three treatment targets are met for only 34% of them.", "What % meet all 3 treatment targets?", "34%"),
])
def test_an_item_the_question_gives_is_not_its_answer(want: str, text: str, question: str, item: str) -> None:
    assert types.nearest(want, text, ["publish", "specialties", "handovers", "a&e"], given=question) == item


def test_an_item_only_the_question_gives_leaves_nothing() -> None:
    assert types.nearest("date", "The plan covers 2015-2020.", ["plan"], given="When was the 2015-2020 plan published?") is None


def test_when_was_a_plan_named_by_its_years_published(papers, tokenizer: Tokenizer) -> None:
    index = papers({"cyp.txt": "Children and young people's mental health\n\nThe Transformation Plan for Wexbury "
                               "(2015-2020) was published in January 2016 and is refreshed every year.\n", **OTHER_PAPERS})
    reply = answer("When was the Wexbury 2015-2020 transformation plan published?", index, tokenizer)
    assert reply.answered and reply.answer.startswith("January 2016"), reply.answer


@pytest.mark.parametrize("question", ["What was Tarnford Royal Infirmary's four-hour performance in October?",
                                      "what was the cancer 62-day backlog at the end of september?"])
def test_a_measure_named_last_asks_a_figure(question: str) -> None:
    from bot.answering.asked_type import asked_types
    assert asked_types(question.lower().replace("'", "")) == ("number",)


@pytest.mark.parametrize("question", ["What is the total planned STP savings figure for 2018/19 in Tarnford?",
                                      "what is the capital budget total for 2026/27?"])
def test_a_sum_named_by_what_it_is_asks_money(question: str) -> None:
    """"The savings figure", "the budget total": a sum, which only an amount of money answers."""
    from bot.answering.asked_type import asked_types
    assert asked_types(question.lower()) == ("money",)


@pytest.mark.parametrize(("text", "figures"), [
    ("Programme 8 savings are reductions in agency spend across 12 practices.", ["12 practices"]),
    ("Category 2 ambulance response averaged 41 minutes.", ["41 minutes"]),
    ("Phase 2 adds 30 beds; Band 5 vacancies stand at 120.", ["30 beds", "120"]),
    ("Programme 8 saves 4.2m this year.", ["4.2m"]),  # a sum after the label is still a sum
    ("2.2.1 The waiting list stands at 118,400 people.", ["118,400 people"]),  # a paragraph's number
    ("Item 4.3.2.1 costs £2.5m, up 1.5% on 3.2 last year.", ["£2.5m", "1.5%", "3.2"]),  # a decimal is an amount
])
def test_a_number_naming_which_one_is_no_figure(text: str, figures: list[str]) -> None:
    """"Programme 8", "Phase 2", "Category 2": which one is meant, not how many."""
    assert [phrase for _, _, phrase in types.numbers(text)] == figures


@pytest.mark.parametrize(("question", "text", "item"), [
    # "how long" is answered by the date a spell runs to as often as by its length
    ("How long will the chief executive be away at NHS England?", "Fiona Achebe - on secondment to NHS England until 31 January 2027",
     "31 January 2027"),
    ("how long is the alignment of procurement down as?", "Alignment of future procurement: 120 days", "120 days"),
])
def test_how_long_asks_a_length_or_the_date_it_runs_to(question: str, text: str, item: str) -> None:
    from bot.answering.asked_type import asked_types
    assert asked_types(question.lower()) == ("duration",)
    assert types.nearest("duration", text, ["secondment", "procurement"], given=question) == item


def test_a_length_of_time_asked_is_answered_from_its_paper(papers, tokenizer: Tokenizer) -> None:
    index = papers({"hub.txt": "Saltwick Ferry hub\n\nThe Saltwick Ferry integrated care hub opened on 12 November 2018 and "
                               "now serves 14,000 patients.\n", **OTHER_PAPERS})
    reply = answer("How long has the Saltwick Ferry hub been open?", index, tokenizer)
    assert reply.answered and "12 November 2018" in reply.answer[:60], reply.answer


FOOTPRINT = """Wexbury stakeholder briefing

Establishing a footprint
The Wexbury footprint brings together two counties. There are also four existing GP federations covering the
91 GP practices and 765,000 population. Primary care will be an integral part of the plan.

Finance
The system's deficit is forecast at 12 million pounds by 2020/21 if nothing changes.
"""


def test_two_figures_asked_are_answered_by_the_sentence_giving_both(papers, tokenizer: Tokenizer) -> None:
    """"Population and number of GP practices?": the sentence with a number beside the words of each."""
    index = papers({"briefing.txt": FOOTPRINT, **OTHER_PAPERS})
    reply = answer("how big is the wexbury footprint - population and no. of GP practices?", index, tokenizer)
    assert reply.answered and "91" in reply.answer and "765,000" in reply.answer, reply.answer


def test_a_sentence_giving_each_figure_asked_fits_the_question(papers, tokenizer: Tokenizer) -> None:
    from bot.answering.pipeline import context_for, ranked_candidates
    from bot.answering.scorer import load_scorer

    index = papers({"briefing.txt": FOOTPRINT, **OTHER_PAPERS})
    ctx = context_for("how big is the wexbury footprint - population and no. of GP practices?", index, tokenizer, None, 1000, None)
    both = [c for c in ranked_candidates(ctx, load_scorer()) if "765,000" in c.answer and c.source == "sentence"]
    assert both and both[0].fits_form == 1.0
    ctx = context_for("how many GP practices are there in the wexbury footprint?", index, tokenizer, None, 1000, None)
    one = [c for c in ranked_candidates(ctx, load_scorer()) if "765,000" in c.answer and c.source == "sentence"]
    assert all(c.fits_form < 1.0 for c in one)  # one figure asked: no more fitting for giving two


@pytest.mark.parametrize("question, wants", [
    ("Our out-of-hours GPs are joining the clinicians who handle NHS 111 calls. From what date does that service start?", ("date",)),
    ("The board member who chairs audit is leaving. When does she go?", ("date",)),
    ("I need the clinician who leads cancer. Who is it?", ("person",)),
    ("Who leads the cancer work? Need it today.", ("person",)),
])
def test_a_who_in_a_sentence_told_before_the_question_asks_for_no_one(question: str, wants: tuple[str, ...]) -> None:
    """"... the clinicians who handle NHS 111 calls." then "From what date ...?": the told sentence's "who"
    says which clinicians; the sentence that asks asks a date."""
    from bot.answering.asked_type import asked_types
    assert asked_types(question.lower()) == wants


def test_a_figure_written_with_the_noun_it_counts_is_the_count() -> None:
    """"1,046,200 people" is read as one figure with its noun: asked how many people, it beats "four"
    (places), though "four" stands nearer the question's other words."""
    text = "a registered population of 1,046,200 people across four places: Calverdine City and Orrisford."
    assert types.nearest("number", text, ["across"], ["people"]) == "1,046,200 people"


@pytest.mark.parametrize(("text", "counted", "item"), [
    ("people registered with 74 GP practices: 612,400", ["people"], "612,400"),  # a label's value counts the label's noun
    ("Registered population (74 practices): 612,400", ["population"], "612,400"),
    ("We serve 612,400 people through 74 GP practices.", ["practices"], "74"),
    ("The hospital will move from 48 inpatient beds to 32 once Discharge to Assess is in place.", ["beds"], "48"),
])
def test_a_number_with_a_noun_of_its_own_counts_that_noun(text: str, counted: list[str], item: str) -> None:
    """"74 GP practices" counts practices, though "people" is written just before it; the value after
    the label counts the label's noun. A number with no plural noun after it ("32 once ...") still
    counts the noun written before it."""
    assert types.nearest("number", text, [], counted) == item

"""A question next to one the papers answer (another year's target, the second cohort when the papers
give the first) is not answered with the neighbour's answer."""

import pytest

from bot.answering.analysis import analyse
from bot.answering.lexicon import lexicon
from bot.answering.near_miss import (asked_year_of_figure, before_given, month_asked, other_month, other_name, other_ordinal, other_year,
                                     part_of_span, spans_asked, unstated_year)
from bot.answering.pipeline import answer, context_for, ranked_candidates
from bot.answering.scorer import load_scorer
from bot.textnorm import Tokenizer

PLAN = """Wexbury ICS workforce and finance plan

1. Workforce
The Wexbury Academy will train apprentices for clinical support roles across the system. The first
apprentice cohort of 60 starts on 7 September 2026 at the Wexbury Academy.

2. Finance
The system must make savings to return to financial balance. The savings target for 2026/27 is £21m,
to be delivered by the Value Programme.

3. Urgent care
The Saltharbour Urgent Treatment Centre opens on 2 February 2027, run by the community trust.
"""
NOTE = "Wexbury ICS board note\nThe board met in March and agreed the winter plan.\n"


@pytest.fixture
def index(papers):
    return papers({"plan.txt": PLAN, "note.txt": NOTE})


@pytest.mark.parametrize(("question", "answer_text", "other"), [
    ("What is the savings target for 2028/29?", "The savings target for 2026/27 is £21m", True),
    ("What is the savings target for 2026/27?", "The savings target for 2026/27 is £21m", False),
    ("How much will be saved in 2027?", "The savings target for 2026/27 is £21m", False),  # 2026/27 runs into 2027
    ("What is the savings target?", "The savings target for 2026/27 is £21m", False),  # no year asked
    ("When is the 2028/29 target due?", "due 2026/27", False),  # a date asked: the window is when, not which
    # a noun naming a figure asks for one as "how much" does
    ("What is the Wexbury and Holt Vale transformation budget for 2028/29?", "Transformation budget 2026/27 £000s", True),
    ("budget for 2026/27?", "Transformation budget 2026/27 £000s", False),
    ("what does the plan give as the savings for 2028/29?", "The savings target for 2026/27 is £21m", True),
    ("What is the plan for 2028/29?", "The plan for 2026/27 is agreed", False),  # no figure asked
    # a year named by its neighbour is that year
    ("What is the savings target for the year after 2026/27?", "The savings target for 2026/27 is £21m", True),
    ("What is the savings target for the year before 2027/28?", "The savings target for 2026/27 is £21m", False),
])
def test_another_year(index, tokenizer: Tokenizer, question: str, answer_text: str, other: bool) -> None:
    assert other_year(answer_text, analyse(question, lexicon(index, tokenizer))) is other


@pytest.mark.parametrize(("question", "text", "unstated"), [
    ("What is the savings target for 2028/29?", "Budget £0.7m; go-live 31 March 2028", True),  # March 2028 is 2027/28
    ("What is the savings target for 2028/29?", "Savings plan 2028/29 | £4.1m", False),
    ("What is the savings target for 2028/29?", "Savings of £4.1m due by June 2028", False),  # June 2028 is in 2028/29
    ("How much will be saved in 2028?", "Savings plan 2028/29 | £4.1m", False),  # 2028/29 runs through 2028
    ("What is the savings target?", "Budget £0.7m", False),  # no year asked
    ("When is the 2028/29 target due?", "Budget £0.7m", False),  # a date asked, not a figure
])
def test_a_figure_of_no_stated_year(index, tokenizer: Tokenizer, question: str, text: str, unstated: bool) -> None:
    """A figure asked for a year is not answered by one the text gives for no time in that year."""
    assert unstated_year(text, analyse(question, lexicon(index, tokenizer))) is unstated


def test_a_date_is_its_month_not_its_whole_year(index, tokenizer: Tokenizer) -> None:
    """"31 March 2028" falls in 2027/28: it ties no figure to 2028/29."""
    analysis = analyse("What is the savings target for 2028/29?", lexicon(index, tokenizer))
    assert other_year("£0.7m, go-live 31 March 2028", analysis)
    assert not other_year("£0.7m, go-live 30 June 2028", analysis)


@pytest.mark.parametrize(("question", "answer_text", "other"), [
    ("How many patients waited over four hours in September 2018?", "212 (KEY METRICS - October 2018)", True),
    ("How many patients waited over four hours in Sep-18?", "212 (KEY METRICS - October 2018)", True),
    ("How many patients waited over four hours in October 2018?", "212 (KEY METRICS - October 2018)", False),
    ("How many patients waited over four hours in September 2018?", "212 waited over four hours", False),  # no month given
    ("How many patients waited over four hours?", "212 (KEY METRICS - October 2018)", False),  # no month asked
    ("When did the hub open in September 2018?", "Opened 3 October 2018", False),  # a date asked, not a figure
    ("How did the Royal do on ambulance handovers in September 2018?", "47 (KEY METRICS - October 2018)", True),
    ("Between January and March 2019, what was delivered?", "Cohort 2 started (January 2019)", False),  # a span asked
    # the answer names the month asked, its year left to the page, under a heading of another month's date
    ("What was the backlog on 27 September 2026?", "The backlog was 236 at 27 September (Update: retires 31 March 2027)", False),
    ("What was the backlog in May 2026?", "The backlog may rise (Update: March 2027)", True),  # "may" is the verb
])
def test_another_month(index, tokenizer: Tokenizer, question: str, answer_text: str, other: bool) -> None:
    """A month's figure asked, and the text gives another month's (its heading says which)."""
    answer = answer_text.split(" (")[0]
    assert other_month(answer_text, analyse(question, lexicon(index, tokenizer)), answer) is other


@pytest.mark.parametrize(("question", "answer_text", "other"), [
    ("When does the second apprentice cohort start?", "First apprentice cohort (60) starts 7 September 2026", True),
    ("When does the 2nd cohort start?", "The second cohort starts in March 2027", False),
    ("When does the second cohort start?", "The cohort starts in March 2027", False),  # names no one of the series
    ("When does the first cohort start?", "The second cohort starts in March 2027", False),  # "first" asks nothing later
    # names no cohort at all, nor any one of a series: says nothing of the second
    ("When does the 2nd OWA apprentice cohort start?", "March 2028 (Start: September 2026; Benefit: 60 apprentices a year)", True),
    ("What is the second priority of the plan?", "Improve access to services", False),  # a priority is no series asked by its noun
])
def test_another_of_a_series(index, tokenizer: Tokenizer, question: str, answer_text: str, other: bool) -> None:
    assert other_ordinal(answer_text, analyse(question, lexicon(index, tokenizer))) is other


@pytest.mark.parametrize(("question", "answer_text", "other"), [
    ("When will the Hallamby Urgent Treatment Centre open?", "Saltharbour Urgent Treatment Centre opens: 2 February 2027", True),
    ("When will the Saltharbour Urgent Treatment Centre open?", "Saltharbour Urgent Treatment Centre opens: 2 February 2027", False),
    ("When will the Hallamby Urgent Treatment Centre open?", "The Urgent Treatment Centre at Hallamby opens in May", False),
    ("When will the Hallamby Urgent Treatment Centre open?", "Urgent treatment centres open in 2027", False),  # names no other
    # whose it is, not which: the footprint's "Partnership's delivery plan" is the Hallamby one asked
    ("How many programmes are in the Hallamby delivery plan?", "It summarises the eight programmes in the Partnership's delivery plan", False),
    ("How many programmes are in the Hallamby delivery plan?", "Saltharbour delivery plan: six programmes", True),
    ("When was the Outline Business Case approved?", "The Board is asked to approve the Full Business Case", True),  # a word of English, not possessive
])
def test_another_of_the_same_name(index, tokenizer: Tokenizer, question: str, answer_text: str, other: bool) -> None:
    lex = lexicon(index, tokenizer)
    assert bool(other_name(answer_text, analyse(question, lex), tokenizer.stem, lex.english)) is other


@pytest.mark.parametrize(("question", "neighbour"), [
    ("When does the second apprentice cohort start at the Wexbury Academy?", "7 September 2026"),
    ("When will the Hallamby Urgent Treatment Centre open?", "2 February 2027"),
    ("What is the savings target for 2028/29 for the Value Programme?", "£21m"),
])
def test_the_neighbours_answer_is_not_given(index, tokenizer: Tokenizer, question: str, neighbour: str) -> None:
    reply = answer(question, index, tokenizer)
    assert not reply.answered or neighbour not in reply.answer, reply.answer


@pytest.mark.parametrize(("question", "expected"), [
    ("When does the first apprentice cohort start at the Wexbury Academy?", "7 September 2026"),
    ("What is the savings target for 2026/27 for the Value Programme?", "£21m"),
    ("When will the Saltharbour Urgent Treatment Centre open?", "2 February 2027"),
])
def test_the_asked_one_is_still_answered(index, tokenizer: Tokenizer, question: str, expected: str) -> None:
    reply = answer(question, index, tokenizer)
    assert reply.answered and expected in reply.answer, reply.answer



ENGAGEMENT = """Saltharbour Minor Injuries Unit is becoming an Urgent Treatment Centre

Staff drop-in sessions on the opening are open to all staff affected:
- Tuesday 13 April 2027, 07:30, Seminar Room 2
- Thursday 15 April 2027, 19:30, Seminar Room 2
"""
GLOSSARY = "Wexbury ICS glossary\n\nHPCN: Hallamby primary care network.\n"


def test_once_another_of_the_kind_is_found_only_a_text_naming_the_asked_one_answers(papers, tokenizer: Tokenizer) -> None:
    """The papers hold the Saltharbour UTC's opening and no Hallamby UTC: drop-in dates under a line
    about "the opening", naming neither, are no answer about Hallamby's (though the question's other
    words fit them); asked about Saltharbour, its own line answers."""
    index = papers({"plan.txt": PLAN, "note.txt": NOTE, "engagement.txt": ENGAGEMENT, "glossary.txt": GLOSSARY})
    ctx = context_for("When will the Hallamby Urgent Treatment Centre open?", index, tokenizer, None, 1000, None)
    listed = [c for c in ranked_candidates(ctx, load_scorer()) if c.source == "list"]
    assert listed and not any(c.eligible for c in listed), [(c.answer, c.eligible) for c in listed]
    reply = answer("When will the Saltharbour Urgent Treatment Centre open?", index, tokenizer)
    assert reply.answered and "2 February 2027" in reply.answer, reply.answer


@pytest.mark.parametrize(("name", "distinguishing"), [("Hallamby", True), ("Outline", False), ("Wexbury", False)])
def test_only_a_proper_name_not_the_footprints_tells_one_of_a_kind_from_another(papers, tokenizer: Tokenizer, name: str,
                                                                                 distinguishing: bool) -> None:
    """"Outline Business Case" beside a Full one: a word of English, not a name; "Wexbury" opens every
    paper: the footprint's name, which every one of its UTCs shares."""
    from bot.answering.pipeline import _distinguishing
    index = papers({"plan.txt": PLAN, "note.txt": NOTE, "engagement.txt": ENGAGEMENT, "glossary.txt": GLOSSARY,
                    "terms.txt": "Wexbury ICS terms\n\nThe Wexbury board meets monthly.\n"})
    ctx = context_for(f"When will the {name} Urgent Treatment Centre open?", index, tokenizer, None, 1000, None)
    assert _distinguishing(name, ctx) is distinguishing


METRICS = """Wexbury ICS performance report

KEY METRICS - October 2018

Measure\tPerformance\tTrajectory
A&E 4-hour (all types), North General\t86.4%\t90.0%
A&E 4-hour (all types), South General\t90.1%\t90.0%
Ambulance handovers over 60 minutes, North General\t212\t150
"""


def test_a_months_figure_is_not_answered_by_another_months_table(papers, tokenizer: Tokenizer) -> None:
    """The table's heading says whose month its figures are: asked for September, October's is no answer."""
    from bot.answering.pipeline import context_for, ranked_candidates
    from bot.answering.scorer import load_scorer
    index = papers({"metrics.txt": METRICS, "plan.txt": PLAN, "note.txt": NOTE})

    def row_eligible(question: str) -> bool:
        ranked = ranked_candidates(context_for(question, index, tokenizer, None, 1000, None), load_scorer())
        return any(c.eligible for c in ranked if c.source == "row" and c.answer.startswith("90.1%"))

    assert row_eligible("What was South General's A&E 4-hour performance in October 2018?")
    assert not row_eligible("What was South General's A&E 4-hour performance in September 2018?")


def test_a_figure_of_no_stated_year_is_not_the_asked_years(papers, tokenizer: Tokenizer) -> None:
    from bot.answering.pipeline import context_for, ranked_candidates
    from bot.answering.scorer import load_scorer
    index = papers({"value.txt": "Value Programme\nThe Value Programme budget is £0.7m, held by the finance director.\n",
                    "plan.txt": PLAN, "note.txt": NOTE})

    def eligible(question: str) -> bool:
        ranked = ranked_candidates(context_for(question, index, tokenizer, None, 1000, None), load_scorer())
        return any(c.eligible for c in ranked if "£0.7m" in c.answer)

    assert eligible("What is the Value Programme budget?")
    assert not eligible("What is the Value Programme budget for 2028/29?")


@pytest.mark.parametrize(("question", "answer_text", "before"), [
    ("When is the next meeting of the Board after 17 October 2018?", "1 October 2018: Gareth Pell from 1 October 2018", True),
    ("When is the next meeting of the Board after 17 October 2018?", "Wednesday 21 November 2018: the next meeting", False),
    ("After the January 2027 meeting, when will the board look at its risks again?", "quarter 3 2026/27: review", True),
    ("After the January 2027 meeting, when will the board look at its risks again?", "25 March 2027: the next review", False),
    ("When is the next meeting of the Board?", "1 October 2018: a meeting", False),  # no date given
    ("Who chairs the first meeting after 17 October 2018?", "1 October 2018: Gareth Pell", False),  # a person asked
    # the given month (or day) itself is not after it: "after the September 2026 intake" is not that intake
    ("After the September 2026 apprentice intake, when is the next intake?", "First cohort starts 7 September 2026", True),
    ("When is the next meeting of the Board after 17 October 2018?", "17 October 2018: Partnership Board", True),
    ("When does the Board meet after the one held on 17 October 2018?", "Wednesday 17 October 2018: minutes", True),
    ("When does the Board meet after the one held on 17 October 2018?", "Wednesday 21 November 2018: next meeting", False),
])
def test_a_date_before_the_one_given(index, tokenizer: Tokenizer, question: str, answer_text: str, before: bool) -> None:
    """"The next meeting after 17 October": a date before the one the question gives is the one before."""
    assert before_given(answer_text, analyse(question, lexicon(index, tokenizer))) is before


FOOTPRINT = """Wexbury ICS programme board paper

1. Background
1.1 The Partnership covers four places: Brackenford, Thornleigh, Marrowdale and Eastholme Coast. Primary care
is delivered by 118 GP practices working in 21 Primary Care Networks.
1.2 The Board agreed its terms of reference in June and meets every two months in public, with papers
published a week before each meeting and minutes approved at the next one.
1.3 Each programme reports its milestones, risks and spend to the Board through a highlight report, and
exceptions are escalated by the programme's senior responsible officer between meetings.

2. Elective recovery
2.1 The Thornleigh Elective Hub will treat its first patients in November 2026.
"""


def test_a_place_named_around_an_answer_only_in_a_list_of_places_is_not_what_it_is_about(papers, tokenizer: Tokenizer) -> None:
    """"How many GP practices are there in Thornleigh?": the footprint's 118 is not Thornleigh's, though the
    sentence before it lists Thornleigh among the footprint's places."""
    index = papers({"board.txt": FOOTPRINT, "plan.txt": PLAN})
    reply = answer("How many GP practices are there in Thornleigh?", index, tokenizer)
    assert "118" not in reply.answer.split("nearest")[0], reply.answer
    reply = answer("When will the Thornleigh Elective Hub treat its first patients?", index, tokenizer)
    assert reply.answered and "November 2026" in reply.answer, reply.answer


def test_the_nearest_sentence_is_quoted_not_only_located(papers, tokenizer: Tokenizer) -> None:
    """Refusing, the bot says what the papers do say nearest the question, in their words and where, so
    staff can judge without opening the file: not a bare file name and line number."""
    index = papers({"board.txt": FOOTPRINT, "plan.txt": PLAN})
    reply = answer("How many GP practices are there in Thornleigh?", index, tokenizer)
    assert not reply.answered
    assert reply.answer.endswith('nearest the papers come: "Primary care is delivered by 118 GP practices working in 21 Primary Care '
                                 'Networks." (line 4).'), reply.answer


WEEK_GRID = """Engagement events: week commencing 28 November

Activity\tMon 28\tTue 29\tWed 30
Public events\tPUB: 6 Fylde events to be delivered\tPUB: Blackpool Teaching Hospitals governing body\tDIG: Our Say online
"""


def test_a_columns_number_is_which_column_not_a_count(papers, tokenizer: Tokenizer) -> None:
    """A grid with a column per day: "Mon 28" says which day a cell is for (it may answer "which day?"),
    and is no count ("how many staff work at Blackpool Teaching Hospitals?" is not answered "Mon 28")."""
    index = papers({"week.txt": WEEK_GRID, "plan.txt": PLAN})
    reply = answer("how many staff work at blackpool teaching hospitals", index, tokenizer)
    assert not reply.answer.startswith("Tue 29") and not reply.answer.startswith("Mon 28"), reply.answer


_TEXTS = ["The savings target for 2026/27 is £21m", "Budget £0.7m; go-live 31 March 2028", "212 (KEY METRICS - October 2018)",
          "Savings plan 2028/29 | £4.1m", "2026/27 £5m; 2027/28 £6m", "Opened 3 October 2018", "The plan is agreed"]


@pytest.mark.parametrize(("question", "year", "month", "span"), [
    ("What is the savings target for 2028/29?", True, False, False),
    ("What is the savings target?", False, False, False),
    ("When is the 2028/29 target due?", False, False, False),  # a date asked, not a figure
    ("How many patients waited over four hours in September 2018?", True, True, False),
    ("How many patients waited over four hours?", False, False, False),
    ("What is the total over 2026/27 to 2028/29?", True, False, True),
    ("budget for 2026/27?", True, False, False),
    ("Between January and March 2019, what was delivered?", False, False, False),
])
def test_a_rule_the_question_cannot_need_is_never_true(index, tokenizer: Tokenizer, question: str, year: bool, month: bool,
                                                       span: bool) -> None:
    """The pipeline reads a candidate's joined texts for the month, year and span rules only when the
    question asks such a figure (`month_asked`, `asked_year_of_figure`, `spans_asked`): where it does
    not, no text makes the rule true, so skipping it rules out no fewer candidates."""
    analysis = analyse(question, lexicon(index, tokenizer))
    assert (bool(asked_year_of_figure(analysis)), month_asked(analysis), spans_asked(analysis)) == (year, month, span)
    for text in _TEXTS:
        assert month_asked(analysis) or not other_month(text, analysis, text)
        assert asked_year_of_figure(analysis) or not (unstated_year(text, analysis) or other_year(text, analysis))
        assert spans_asked(analysis) or not part_of_span(text, analysis)

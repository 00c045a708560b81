import pytest

from bot.answering.pipeline import answer
from bot.errors import QuestionError
from bot.models import Citation, Reply
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS


def _check_quotes(reply: Reply, plan_index) -> None:
    for c in reply.citations:
        assert plan_index.quote_is_on_source(c.document, c.page, c.line, c.quote), c


@pytest.mark.parametrize(
    ("question", "expected", "document"),
    [
        ("when was the third draft published?", "11 November 2016", "board.txt"),
        ("how many GP practices does the footprint cover?", "45 GP practices", "board.txt"),
        ("when will the workforce strategy be agreed?", "March 2017", "annex.pdf"),
        ("how much funding does the digital programme have?", "30m", "notes.docx"),
    ],
)
def test_answers_cite_the_source(plan_index, tokenizer, question: str, expected: str, document: str) -> None:
    reply = answer(question, plan_index, tokenizer)
    assert reply.answered, reply
    assert expected in reply.answer[:600]
    assert reply.citations[0].document == document
    _check_quotes(reply, plan_index)


def test_pdf_citation_names_page(plan_index, tokenizer) -> None:
    reply = answer("which hospital sites will be reviewed for the estates strategy?", plan_index, tokenizer)
    first = reply.citations[0]
    assert first.document == "annex.pdf" and first.page == 2 and first.line is None


def test_unanswerable_says_so(plan_index, tokenizer) -> None:
    reply = answer("how many dentists are there in the region?", plan_index, tokenizer)
    assert not reply.answered
    assert reply.answer.startswith("The plans don't say")


@pytest.mark.parametrize(("question", "message"), [("", "empty"), ("   ?  ", "empty"), ("x" * 2000, "characters long")])
def test_bad_questions(plan_index, tokenizer, question: str, message: str) -> None:
    with pytest.raises(QuestionError, match=message):
        answer(question, plan_index, tokenizer, max_chars=1000)


def test_unverifiable_quotes_are_dropped(plan_index) -> None:
    from bot.answering.composer import verified

    fake = Citation(document="board.txt", title="t", page=None, line=5, section=None, quote="words that are not there")
    reply = verified(Reply(question="q", kind="fact", answered=True, answer="made up", citations=[fake]), plan_index)
    assert not reply.answered and reply.citations == []


@pytest.fixture
def one_paper(tmp_path, tokenizer):
    """An index of a single text paper written by the test."""
    from bot.index.indexer import build_index
    from bot.index.store import PlanIndex

    opened = []

    def index_of(text: str):
        corpus = tmp_path / "corpus"
        corpus.mkdir()
        (corpus / "paper.txt").write_text(text, encoding="utf-8")
        build_index([corpus], tmp_path / "index", tokenizer, 10**6)
        opened.append(PlanIndex.open(tmp_path / "index"))
        return opened[-1]

    yield index_of
    for index in opened:
        index.close()


def test_a_schedule_cell_is_answered_with_its_column_and_both_lines_cited(one_paper, tokenizer) -> None:
    index = one_paper(
        "Communications schedule\n\nOctober\tMon 24\tTues 25\tWeds 26\n"
        "North\tBoard meeting papers issued\t\tNewsletter goes out\n"
        "South\t\tRadio interview with the chair\tPublic event in Leyland\n")
    for question, reading, line in [("which day is the radio interview with the chair?", "Tues 25 (October): Radio interview", 5),
                                    ("what day does the newsletter go out?", "Weds 26 (October): Newsletter goes out", 4)]:
        reply = answer(question, index, tokenizer)
        assert reply.answered and reply.answer.startswith(reading), reply.answer
        assert [c.line for c in reply.citations[:2]] == [line, 3]
        _check_quotes(reply, index)
    assert not answer("which day is the dental contract launch?", index, tokenizer).answered


@pytest.mark.parametrize(("question", "type_words", "topic_words"), [
    ("which day this week is the press release?", {"day", "week"}, {"press", "release"}),
    ("what date is the board meeting?", {"date"}, {"board", "meeting"}),
    ("when is the RTT 18 week standard met?", set(), {"18", "standard"}),  # "18 week" is the topic here
    # (the kind of money asked stays a light topic word: tests/test_analysis.py, a kind of money weighs lightly)
    ("how much STP funding is digital getting?", {"much"}, {"stp", "digital"}),
])
def test_answer_type_words_are_not_topic_words(plan_index, tokenizer, question, type_words, topic_words) -> None:
    from bot.answering.analysis import analyse
    from bot.answering.lexicon import lexicon

    terms = analyse(question, lexicon(plan_index, tokenizer)).terms
    assert not {tokenizer.stem(w) for w in type_words} & set(terms)
    assert {tokenizer.stem(w) for w in topic_words} <= set(terms)


def test_how_much_funding_is_answered_by_an_amount_that_never_says_funding(one_paper, tokenizer) -> None:
    index = one_paper(
        "Digital enablers for the STP\n\nSummary:\n- £30m STP over three years\n- £10m NHS England Technology\n\n"
        "Better Care Fund\n\nThe Better Care Fund plans were developed with the four councils and their partners.\n\n"
        "Digital strategy\n\nThe STP digital strategy was agreed in June.\n\nThe STP digital board meets monthly.\n\n"
        "Digital records\n\nEvery STP partner will share digital care records.\n")
    reply = answer("how much STP funding is digital getting?", index, tokenizer)
    assert reply.answered and "£30m" in reply.answer and reply.citations[0].line == 4, reply
    _check_quotes(reply, index)
    assert not answer("how much funding is there for dentistry?", index, tokenizer).answered


# Each rule of precision: a paper, a question it must refuse, and one it must still answer.
PRECISION_CASES = {
    # a number matches only beside a word of the question: "{{7*7}}" is about nothing here
    "numbers alone are no topic": (
        "Dunmere priorities against the 9 National Must Do's 7/14\n\nDunmere will open 7 hubs.\n",
        "{{7*7}}", "how many hubs will Dunmere open?", "7 hubs"),
    # contact details are a phone number or an email address, not a sentence about contacting people
    "contact details": (
        "Health and Wellbeing Board\nUpdate on the Plan\n\n"
        "Jo Bloggs will be starting with the partnership from January and will be contacting people.\n\n"
        "Contact for further information:\n\nSam Nolan, Programme Office, 01234 567890, sam.nolan@nhs.net\n",
        "jo bloggs contact details?", "what is Sam Nolan's phone number?", "01234 567890"),
    # a name the question capitalises must be in the answer's text, heading or paper
    "names the question names": (
        "Wyvern Partnership Board\nUpdate on the Plan\n\nLeadership\n"
        "Dr Ann Example, STP Lead and Chief Executive, chairs the partnership board.\n\n"
        "Estates\nThe estates strategy will be agreed in March.\n\nNeighbours\n"
        "Staff from NHS Wales attended the estates workshop in the spring.\n",
        "Who is the STP lead for NHS Wales?", "Who is the STP lead for the Wyvern partnership?", "Ann Example"),
}


@pytest.mark.parametrize("case", PRECISION_CASES)
def test_precision_rules_refuse_one_question_and_answer_another(papers, tokenizer, case: str) -> None:
    from tests.conftest import OTHER_PAPERS

    paper, refused, answered, expected = PRECISION_CASES[case]
    index = papers({"paper.txt": paper, **OTHER_PAPERS})
    assert not answer(refused, index, tokenizer).answered
    reply = answer(answered, index, tokenizer)
    assert reply.answered and expected in reply.answer, reply.answer


def test_the_sentences_built_into_answers_hold_the_asked_item(papers, tokenizer) -> None:
    """Many sentences name the board more fully than the one saying how often it meets; only a few
    sentences are built into answers, and those must hold a frequency when "how often" is asked."""
    about = "\n".join(f"The Wyvern Transformation Programme Board meets the leads of workstream {n} to review the forward plan."
                      for n in range(1, 13))
    paper = f"Wyvern Transformation Programme Board: terms of reference\n\nPurpose\n{about}\n\nMeetings\nThe Wyvern Transformation Programme Board meets monthly, on the second Thursday.\n"
    index = papers({"terms.txt": paper, **OTHER_PAPERS})
    reply = answer("How often does the Wyvern Transformation Programme Board meet?", index, tokenizer)
    assert reply.answered and "monthly" in reply.answer, reply.answer


def test_they_is_read_as_who_it_points_back_to(papers, tokenizer) -> None:
    """"They will meet again on 9th September": "they" are the SROs and programme directors of the
    sentence before, so the sentence answers a question naming them (a role named in a "when" question)."""
    paper = ("Programme update\n\n3.4\tMobilising the design phase\n"
             "3.4.8\tThe SRO and Programme Directors have now been asked to consider where their local programmes stand. "
             "They will meet again on 9th September and this will be the start of the design phase.\n")
    index = papers({"update.txt": paper, **OTHER_PAPERS})
    reply = answer("On what date will the SRO and Programme Directors meet again?", index, tokenizer)
    assert reply.answered and "9th September" in reply.answer, reply.answer


TIMETABLE = """Stakeholder briefing

The five-year plan will be developed over the next six months.
Each partner board will see it before it is submitted.
The programme team meets fortnightly.
Partners have agreed the governance for the plan.
Clinical leads have been named for each workstream.
A public engagement exercise will follow in the spring.

Approval timetable

An overview of the process and approval points in Wyvernshire is outlined below.

\tJan\tFeb\tMay\tJune
Health and Wellbeing Board\t\tBriefing\tReview of draft plan\t
CCG Governing Body\t\tUpdate on process\tReview of plan\tApproval of plan
"""


@pytest.mark.parametrize("question", [
    "In the Wyvernshire timeline, in which month is the CCG Governing Body due to approve the plan?",
    "when's the ccg governing body approval of the plan in the wyvernshire timetable?",
])
def test_a_timetable_row_is_answered_by_its_month_column_and_carries_its_caption(papers, tokenizer, question: str) -> None:
    """The month is the column over the cell ("June", a month's name alone); "Wyvernshire" is only in
    the sentence introducing the table, which every row is read with."""
    index = papers({"timetable.txt": TIMETABLE, **OTHER_PAPERS})
    reply = answer(question, index, tokenizer)
    assert reply.answered and reply.answer.startswith("June"), reply.answer
    captions = {r["caption"] for r in index.table("rows") if r["document"] == "timetable.txt"}
    assert captions == {"An overview of the process and approval points in Wyvernshire is outlined below."}


@pytest.mark.parametrize(("label", "month"), [("June", True), ("may", True), ("Sept.", True), ("Review", False), ("June plan", False)])
def test_a_month_alone_is_a_date_label(label: str, month: bool) -> None:
    from bot.answering.types import month_label

    assert month_label(label) is month


LETTER = """Letter to partners, 9 February 2026

The ICB Board will consider the operating plan on 3rd March 2026, and we will hold a system leadership summit in spring 2026 to agree how we work together.

Our finance position remains difficult and the deficit is forecast at £6.2m this year. Our system's
leadership team and clinical leadership forum will meet monthly.

P.S. The date of the summit is now fixed: Thursday 23rd April 2026, at the racecourse conference centre.
"""


def test_a_day_inside_the_season_a_paper_first_gives_is_the_answer(papers) -> None:
    """"a summit in spring 2026", then "the date of the summit is now fixed: 23rd April 2026": the day,
    said of the question's weightiest word in the same paper, sharpens the season."""
    index = papers({"letter.txt": LETTER, **OTHER_PAPERS})
    reply = answer("When is the system leadership summit?", index, Tokenizer())
    assert reply.answered and reply.answer.startswith("Thursday 23rd April 2026"), reply.answer


TRACKER = """Milestone tracker, position at 30 June 2017
ID\tMilestone\tLead\tDue
MHC-01\tSaltby Haven crisis cafe opens\tDr Cosmo Penn\tMar 2017
MHC-02\tCrisis home treatment live\tDr Cosmo Penn\tNov 2017
"""
CALENDAR = """Key dates, March 2017
Date\tItem
1 March 2017\tCrisis cafe opens, Saltby Haven
20 March 2017\tDelivery Board
"""


def test_a_day_another_paper_gives_inside_a_trackers_month_is_the_answer(papers) -> None:
    """The tracker's "Mar 2017" and the calendar's "1 March 2017" for the same opening: the day answers,
    from the paper that says it, holding every key word of the question."""
    index = papers({"tracker.txt": TRACKER, "calendar.txt": CALENDAR, **OTHER_PAPERS})
    reply = answer("When does the Saltby Haven crisis cafe open?", index, Tokenizer())
    assert reply.answered and reply.answer.startswith("1 March 2017"), reply.answer
    other = answer("When is crisis home treatment live?", index, Tokenizer())
    assert other.answered and other.answer.startswith("Nov 2017"), other.answer  # nothing sharper is said of it


SPLIT = """Decision log

Agree the split of the efficiency requirement for 2026/27 as follows:

| Organisation | 2026/27 efficiency |
| --- | --- |
| Harlwick Teaching Hospitals NHS Foundation Trust | £19.2m |
| Cloverdene Community Partnership NHS Foundation Trust | £6.3m |
"""


def test_how_much_is_answered_by_the_cell_holding_a_sum(papers) -> None:
    """"How much ...": a row answers with its cell that holds a sum of money."""
    index = papers({"split.md": SPLIT, **OTHER_PAPERS})
    question = "How much money does the Cloverdene Community Partnership trust have to save in efficiency?"
    reply = answer(question, index, Tokenizer())
    assert reply.answered and reply.answer.startswith("£6.3m"), reply.answer
    from bot.answering.candidates.rows import row_candidates
    from bot.answering.pipeline import context_for

    rows = [c for c in row_candidates(context_for(question, index, Tokenizer(), None, 1000, None)) if "Cloverdene" in c.answer]
    assert rows and rows[0].has_type and rows[0].answer.startswith("£6.3m"), [c.answer for c in rows]


def test_a_sum_of_the_other_kind_of_money_is_no_answer(papers) -> None:
    """Capital and revenue are the two kinds of NHS money: "how much capital" is not answered by a sum
    the paper calls revenue, and is answered by one it calls capital."""
    index = papers({"plan.txt": "Investments 2026/27\n\nThe Marrowdale diagnostic centre extension needs £0.9m revenue a year.\n"
                                "The Brackenford theatre refurbishment has capital of £4.2m approved.\n", **OTHER_PAPERS})
    assert not answer("How much capital does the Marrowdale diagnostic centre extension need?", index, Tokenizer()).answered
    theatres = answer("How much capital is the Brackenford theatre refurbishment getting?", index, Tokenizer())
    assert theatres.answered and "£4.2m" in theatres.answer[:300], theatres.answer



@pytest.mark.parametrize(("question", "kind"), [
    ("What savings does Home First plan to deliver in 2018/19?", "savings"),
    ("How much is being invested in Home First?", "investment"),
    ("How much capital does the hub need?", "capital"),
    ("How much does Home First cost?", None),  # a cost may be either: no kind asked
])
def test_the_kind_of_money_asked(question: str, kind: str | None) -> None:
    from bot.answering.types import money_kind_asked

    assert money_kind_asked(question) == kind


def test_savings_asked_are_not_answered_by_a_sum_put_in(papers) -> None:
    """What a scheme saves and what is put into it are two sums: "what savings does Home First deliver?"
    is not answered by the line approving its investment, though it names Home First and its savings."""
    index = papers({"minutes.txt": "Board minutes\n\nThe Board approved the Home First business case: recurrent investment "
                                   "of £2.1m a year, funded from its savings.\n",
                    "savings.txt": "Savings report\n\nHome First is planned to deliver savings of £3.4m in 2018/19.\n", **OTHER_PAPERS})
    reply = answer("What savings does Home First plan to deliver?", index, Tokenizer())
    assert reply.answered and reply.answer.startswith("£3.4m"), reply.answer
    spent = answer("How much is being invested in Home First?", index, Tokenizer())
    assert spent.answered and spent.answer.startswith("£2.1m"), spent.answer

BUDGET = """Transformation budget 2026/27 by programme (£m)

Programme\tRecurrent (£m)\tNon-recurrent (£m)\tTotal (£m)\tFunding source
Urgent and Emergency Care\t3.2\t5.9\t9.1\tICB baseline
Mental Health\t2.3\t0.6\t2.9\tMental Health Investment Standard
"""


def test_a_money_table_gives_its_unit_in_the_header(papers) -> None:
    """Bare numbers under "Total (£m)" are sums of money: "how much" is answered with one, the total
    when no column is asked for, and told with its unit."""
    index = papers({"budget.txt": BUDGET, **OTHER_PAPERS})
    reply = answer("How much is the mental health transformation budget for 2026/27?", index, Tokenizer())
    assert reply.answered and reply.answer.startswith("£2.9m"), reply.answer
    recurrent = answer("How much recurrent money does urgent and emergency care get?", index, Tokenizer())
    assert recurrent.answered and recurrent.answer.startswith("£3.2m"), recurrent.answer


UNIT_IN_TITLE = """Wexbury Partnership - Transformation budget 2026/27 £000s. Approved by the Partnership Board on 27 March 2026.

Programme	Budget holder	Recurrent	Non-recurrent	Total 2026/27
Urgent and Emergency Care	Kezia Lind	1100	350	1450
Mental Health	Tamsin Gray	800	0	800

Net transformation budget 2026/27	17355
"""


def test_a_money_table_gives_its_unit_once_for_the_whole_table(papers) -> None:
    """"£000s" said once, in the paper's title line: the bare numbers of its tables are sums of money,
    even a line of a label and a figure with no header of its own."""
    index = papers({"budget.txt": UNIT_IN_TITLE, **OTHER_PAPERS})
    reply = answer("What is the net transformation budget for 2026/27?", index, Tokenizer())
    assert reply.answered and reply.answer.startswith("£17355k"), reply.answer


@pytest.mark.parametrize("mark", ["◆", "X"])
def test_a_mark_in_a_month_column_dates_its_row_over_a_date_in_a_note(one_paper, tokenizer, mark: str) -> None:
    """A plan with months as columns marks the month a milestone falls in; a note beside it that names
    another date ("approval expected Q4") is not the milestone's date."""
    index = one_paper("Digital milestone tracker\n\nRef\tMilestone\tOwner\tOct 2026\tNov 2026\tDec 2026\tNote\n"
                      f"D1\tEPR full business case submitted\tGareth Penn\t\t{mark}\t\tNational approval expected Q4 2026/27\n"
                      f"D2\tShared record phase two live\tHana Ridd\t{mark}\t\t\t\n")
    reply = answer("when is the EPR full business case submitted?", index, tokenizer)
    assert reply.answered and reply.answer.startswith("Nov 2026"), reply.answer

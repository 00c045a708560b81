"""A date the papers say has moved is no longer the date: the line stating the move answers with the date
moved to, and a line still giving the date moved from is superseded, unless the date first planned is asked."""

import pytest

from bot.answering import superseded, types
from bot.answering.pipeline import answer
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS


@pytest.mark.parametrize(("text", "move"), [
    ("The MSK triage go-live moves from 1 April 2018 to 2 July 2018.", ("1 April 2018", "2 July 2018")),
    ("Hub opening deferred from March 2018 until June 2018 after the lease fell through.", ("March 2018", "June 2018")),
    ("Saltharbour UTC opens: was 30 November 2026, now 2 February 2027", ("30 November 2026", "2 February 2027")),
    ("the UTC will now open on Monday 5 February 2018 (was 1 December 2017).", ("1 December 2017", "Monday 5 February 2018")),
    ("Orlescote UTC opens | Mar 2017 → Oct 2017 | 30 wks", ("Mar 2017", "Oct 2017")),  # a cell headed "was → now"
    ("Crisis home treatment: Qtr 2 17/18 -> Qtr 3 17/18", ("Qtr 2 17/18", "Qtr 3 17/18")),
    # a verb's plain form, as a decision words it ("AGREED to move ... from A to B")
    ("The Board AGREED to move the UTC opening date from 30/09/17 to end of March 2018.", ("30/09/17", "end of March 2018")),
    ("The Board agreed to delay the launch from June 2017 to September 2017.", ("June 2017", "September 2017")),
    # a date moved from without its year is in the year that puts it nearest the date moved to
    ("the Penfold roadshow moves from 28 March to 29 March 2017 (same time)", ("28 March 2017", "29 March 2017")),
    ("Go-live slips from December to January 2018.", ("December 2017", "January 2018")),
    # the date moved to, then the one it replaces: "now B, not A as in <the paper that had it>"
    ("The first team will now go live in Sep-17, not Apr-17 as in the LMS draft plan v0.6.", ("Apr-17", "Sep-17")),
    ("validation will now be complete by 31 March 2017, not 31/01/2017 as in the recovery plan", ("31/01/2017", "31 March 2017")),
    # a changes row read with its "was → now" after its other cells: the date moved from is the one against the arrow
    ("Concordat 1.3: first aid training, due | by 30 November 2017 | Q1 2018/19 | Agreed 16 March 2017 by 30 November 2017 → Q1 2018/19",
     ("30 November 2017", "Q1 2018/19")),
    # "rather than" and "instead of" say the same of the date replaced
    ("The cafe will now open by end of March 2018, rather than in Winter 2017/18.", ("Winter 2017", "by end of March 2018")),
    ("Go-live is now w/c 4 September 2017 instead of 1 August 2017.", ("1 August 2017", "4 September 2017")),
    # the new date, then in brackets the paper that had the old one
    ("UEC1 urgent treatment centre: the opening date is now 31.03.18 (Annex B had Autumn 2017).", ("Autumn 2017", "31.03.18")),
    # the new date, then after a comma the date it moved from
    ("Update: the MSK physiotherapy pilot now starts on 1 June 2017, brought forward from Sep-17.", ("Sep-17", "1 June 2017")),
    ("The hub now opens in January 2018, having been put back from October 2017.", ("October 2017", "January 2018")),
])
def test_the_moves_a_line_states(text: str, move: tuple[str, str]) -> None:
    assert superseded.moves(text, types.dates) == [move]


@pytest.mark.parametrize("text", ["Ngozi is on secondment from 1 March 2018 to 31 August 2018.",  # a span, not a move
                                  "The clinic moves out in July 2017."])
def test_a_span_or_a_move_of_something_else_is_no_date_moved(text: str) -> None:
    assert superseded.moves(text, types.dates) == []


PLAN = ("MSK delivery board\n\nQV2 MSK Triage and Physiotherapy First\tMSK triage service goes live\tdue 01/04/18\tLead: Esme Tranter\n"
        "QV3 Rapid Diagnostic Centre\tVague symptoms pathway live\tdue 14/05/18\tLead: Florian Ngata\n")
DECISIONS = ("Decision records\n\nDR-6: Defer MSK triage go-live\n\nDecision. The MSK triage service go-live moves from 1 April 2018 to "
             "2 July 2018. The provider cannot recruit enough physiotherapists for an April start.\n")


@pytest.fixture
def moved(papers):
    return papers({"board.txt": PLAN, "decisions.txt": DECISIONS, **OTHER_PAPERS})


def test_when_is_answered_with_the_date_moved_to(moved, tokenizer: Tokenizer) -> None:
    reply = answer("When will the MSK triage service go live?", moved, tokenizer)
    assert reply.answered and reply.answer.startswith("2 July 2018"), reply.answer


@pytest.mark.parametrize("question", ["When was the MSK triage service originally due to go live?",
                                      "When the plan went in, when was the MSK triage service meant to go live?"])
def test_the_date_first_planned_is_still_answered_when_asked(moved, tokenizer: Tokenizer, question: str) -> None:
    reply = answer(question, moved, tokenizer)
    assert reply.answered and "1 April 2018" in reply.answer[:60] or "01/04/18" in reply.answer[:60], reply.answer


CARDS = ("Initiative cards\n\nW4\tPlanned care (MSK and ophthalmology)\tKey milestones\t30/04/2018 - MSK triage provider contract signed; "
         "Q2 2018/19 - MSK triage service (single point of access) live\tLead: Jarvis Elmhirst\n"
         "W5\tStroke\tKey milestones\tAutumn 2018 - hyper-acute stroke unit opens\tLead: Oona Fitz\n")
CHANGES = ("Board pack: changes since the last meeting\n\nCR-07: the go-live of the W4.1 MSK triage service moves from Q2 2018/19 to "
           "January 2019. The triage provider contract was not signed by 30/04/2018.\n")


@pytest.mark.parametrize(("given", "text", "listed"), [
    ("30/04/2018 - contract signed; Q2 2018/19 - MSK triage service live", "cell of dated steps", ["30/04/2018", "Q2 2018/19"]),
    ("30/04/2018: contract signed by the provider, and the service goes live in Q2 2018/19", "a sentence", ["30/04/2018"]),
])
def test_a_cell_of_dated_steps_gives_each_of_its_dates(given: str, text: str, listed: list[str]) -> None:
    assert superseded._given_dates(given, types.dates) == listed, text


def test_a_step_in_a_cell_of_dated_steps_is_superseded_by_its_move(papers, tokenizer: Tokenizer) -> None:
    index = papers({"cards.txt": CARDS, "changes.txt": CHANGES, **OTHER_PAPERS})
    reply = answer("When will the MSK triage service go live?", index, tokenizer)
    assert reply.answered and reply.answer.startswith("January 2019"), reply.answer


@pytest.mark.parametrize(("text", "replaced"), [
    ("AGREED the revised opening date in correction C2 below, which replaces the 30/04/2017 forecast", ["30/04/2017"]),
    ("The new plan supersedes the March 2018 date given in the tracker.", ["March 2018"]),
    ("The board replaced the chair's report with a verbal update.", []),
])
def test_the_dates_a_line_says_are_replaced(text: str, replaced: list[str]) -> None:
    assert superseded.replaced_dates(text, types.dates) == replaced


TRACKER = ("Delivery tracker, March 2017\n\nRef\tInitiative\tKey milestone\tForecast\tStatus\n"
           "P5.2\tBrennerton crisis cafe\tCrisis cafe open evenings and weekends\t30 April 2017\tSlipped\n"
           "P5.3\tCrisis line\tCrisis line open 24/7\t31 May 2017\tOn track\n")
MINUTES = ("Partnership Board minutes, 15 March 2017\n\nD17/03/05 Brennerton crisis cafe (P5.2). The Board NOTED that the lease has "
           "been agreed and AGREED the revised opening date in correction C2 below, which replaces the 30/04/2017 forecast.\n\n"
           "Corrections to the plan\n\nC2 Page 4, Section D, P5.2 Brennerton crisis cafe, Date: for \"Q4 16/17\" read \"31 July 2017\"\n")


def test_a_forecast_a_later_paper_says_is_replaced_is_no_answer(papers, tokenizer: Tokenizer) -> None:
    """The correction moves the plan's "Q4 16/17", not the tracker's forecast; the minutes say that forecast is replaced."""
    index = papers({"tracker.txt": TRACKER, "minutes.txt": MINUTES, **OTHER_PAPERS})
    reply = answer("When is the Brennerton crisis cafe due to open?", index, tokenizer)
    assert reply.answered and "31 July 2017" in reply.answer[:40], reply.answer


@pytest.mark.parametrize(("text", "move"), [
    ("30/06/2017 (moved from 31/03/2017)", ("31/03/2017", "30/06/2017")),
    ("Q2 2018/19 (revised from Q4 2017/18)", ("Q4 2017/18", "Q2 2018/19")),
])
def test_a_move_in_brackets_after_the_date_moved_to(text: str, move: tuple[str, str]) -> None:
    assert superseded.moves(text, types.dates) == [move]


PLAN_ROWS = ("Plan on a page\n\nRef\tInitiative\tKey milestone\tDue\tLead\n"
             "PLC2\tSingle MSK triage service\tMSK triage service go-live\t31/03/2017\tOdhran Pettifer\n"
             "PLC3\tOphthalmology in the community\tGlaucoma clinics in optometry practices\t30/09/2017\tIona Mercer\n")
REGISTER = ("Milestone register, December 2016\n\nRef\tDescription\tOwner\tBaseline\tForecast\tRAG\n"
            "M-02\tPLC2 MSK triage service go-live\tO Pettifer\t31/03/2017\t30/06/2017\tA\n"
            "M-03\tPLC3 glaucoma clinics live\tI Mercer\t30/09/2017\t30/09/2017\tG\n")


def test_a_row_showing_its_move_by_its_baseline_supersedes_the_plans_date(papers, tokenizer: Tokenizer) -> None:
    index = papers({"plan.txt": PLAN_ROWS, "register.txt": REGISTER, **OTHER_PAPERS})
    reply = answer("When does the single MSK triage service go live?", index, tokenizer)
    assert reply.answered and reply.answer.startswith("30/06/2017"), reply.answer


LMS_PLAN = ("Better Births plan, draft v0.6\n\nRef\tWorkstream\tLead\tKey milestone\tWhen\n"
            "BB5\tPerinatal mental health\tIB-P\tSpecialist perinatal team live\tApr-17\n"
            "BB6\tPostnatal and neonatal care\tCF-M\tTransitional care cots open at Thornwick Royal Infirmary\tWinter 2017/18\n")
LMS_CHANGES = ("Changes since draft v0.5\n\nLMS programme manager\nNiamh O'Driscoll has been appointed and starts on 6 February 2017.\n"
               "BB6 transitional care cots\nDate confirmed as 01/11/2017 (was Winter 2017/18), following the neonatal network review.\n")


def test_a_move_told_under_its_title_answers_for_the_row_it_moves(papers, tokenizer: Tokenizer) -> None:
    """A change log's entry names its subject in a title line and the move on the next: the move is the
    title's, it rules out the row giving Winter 2017/18, and it answers as well as that row matched."""
    index = papers({"plan.txt": LMS_PLAN, "changes.txt": LMS_CHANGES, **OTHER_PAPERS})
    reply = answer("When will the transitional care cots open?", index, tokenizer)
    assert reply.answered and reply.answer.startswith("01/11/2017"), reply.answer
    other = answer("When does the specialist perinatal team go live?", index, tokenizer)
    assert other.answered and other.answer.startswith("Apr-17"), other.answer


@pytest.mark.parametrize(("text", "move"), [
    ("The revised policy will not be ready for 30/06/2017 as the tracker shows. The policy go-live moves to 29 September 2017.",
     [("30/06/2017", "29 September 2017")]),
    ("The hub was due in March 2018. Its opening is deferred until June 2018 while the lease is agreed.", [("March 2018", "June 2018")]),
    # the sentence before gives two dates: which one moved is not said
    ("Phase 1 is due in March 2018 and phase 2 in June 2018. Phase 2 moves to September 2018.", []),
    ("The clinic opened in May 2017. Staff move to the new site next year.", []),  # no date moved to
])
def test_a_move_told_over_two_sentences(text: str, move: list[tuple[str, str]]) -> None:
    """"... will not be ready for 30/06/2017." then "The go-live moves to 29 September 2017.": the move's date
    moved from is the one date of the sentence before it."""
    assert superseded.moves(text, types.dates) == move


QIPP_TRACKER = ("QIPP scheme tracker 2017/18\n\nRef\tScheme\tLead\tNext milestone\tDue\n"
                "Q07\tProcedures of limited clinical value: revised policy\tAK\tRevised policy live\t30 June 2017\n"
                "Q08\tPrescribing: generic switches\tBL\tSwitches complete\t31 July 2017\n")
NOTICE = ("Joint Committee notice of decisions\n\nJC/17/09  Procedures of limited clinical value (QIPP scheme Q07)\n"
          "The revised policy will not be ready for 30/06/2017 as the tracker shows, because the clinical consultation has been "
          "extended. The policy go-live moves to 29 September 2017. The savings forecast is unchanged.\n")


def test_a_move_told_over_two_sentences_supersedes_the_trackers_date(papers, tokenizer: Tokenizer) -> None:
    index = papers({"tracker.txt": QIPP_TRACKER, "notice.txt": NOTICE, **OTHER_PAPERS})
    reply = answer("When does the revised procedures of limited clinical value policy go live?", index, tokenizer)
    assert reply.answered and reply.answer.startswith("29 September 2017"), reply.answer
    other = answer("When are the generic prescribing switches due to be complete?", index, tokenizer)
    assert other.answered and other.answer.startswith("31 July 2017"), other.answer


TBC_TRACKER = ("Outpatient transformation tracker, February 2017\n\nRef\tScheme\tOwner\tMilestone\tDue date\tRAG\n"
               "OP7\tClinical triage of ENT referrals\tDanielle Kettering\tENT referral triage live\tTBC\tR\n"
               "OP8\tDermatology advice and guidance\tDanielle Kettering\tAdvice and guidance live\t30 June 2017\tG\n")
TBC_BRIEFING = ("Briefing for MPs, April 2017\n\nWhat has changed\n\n2.3 Outpatients. Clinical triage of ENT referrals (OP7), shown "
                "as TBC in the February tracker, now has a go-live date: w/c 11 September 2017.\n")


@pytest.mark.parametrize("question", ["When will clinical triage of ENT referrals go live?", "When is clinical triage of ENT referrals due to go live?"])
def test_a_date_to_be_confirmed_is_superseded_by_the_line_setting_it(papers, tokenizer: Tokenizer, question: str) -> None:
    index = papers({"tracker.txt": TBC_TRACKER, "briefing.txt": TBC_BRIEFING, **OTHER_PAPERS})
    reply = answer(question, index, tokenizer)
    assert reply.answered and "11 September 2017" in reply.answer[:40], reply.answer


def test_a_date_still_to_be_confirmed_stays_so_where_nothing_sets_it(papers, tokenizer: Tokenizer) -> None:
    index = papers({"tracker.txt": TBC_TRACKER, **OTHER_PAPERS})
    reply = answer("When will clinical triage of ENT referrals go live?", index, tokenizer)
    assert "TBC" in reply.answer[:80] and "11 September" not in reply.answer, reply.answer

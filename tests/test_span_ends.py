"""The other end of a span: "when does the consultation close?" is not answered by when it launches."""

import pytest

from bot.answering.pipeline import answer
from bot.answering.span_ends import asked_end, end_first, gives_other_end
from bot.textnorm import Tokenizer


@pytest.mark.parametrize("question, end", [
    ("When does the public consultation close?", "end"),
    ("when does the stroke consultation end? need to get our response in", "end"),
    ("When will the pilot start?", "start"),
    ("When does the hub open?", "start"),
    ("What is due by the end of June?", None),  # "the end of June" is a day
    ("When does the consultation run from and to?", None),
    ("Until when will Jane Example act as interim SRO?", "end"),  # the last day of a holding
])
def test_the_end_asked(question: str, end: str | None) -> None:
    assert asked_end(question) == end


@pytest.mark.parametrize("answer_text, end, other", [
    ("Public consultation launch (Sept 2018)", "end", True),
    ("Consultation launches 11 September and closes 4 December 2018", "end", False),  # both ends: it answers
    ("Consultation report to the Board, 31 January 2019", "end", False),  # neither end: a plain date
    ("Pilot ends at the end of March 2019", "start", True),
    ("Pilot starts by the end of June 2018", "start", False),
])
def test_a_line_giving_only_the_other_end(answer_text: str, end: str, other: bool) -> None:
    assert gives_other_end(answer_text, end) is other  # type: ignore[arg-type]


SCHEDULE = ("ID,Outline Level,Task Name,Finish,% Complete,Resource Names\n"
            "1,1,STP-03 Stroke Reconfiguration,Thu 28/02/19,5%,\n"
            "2,2,Options appraisal scored,Wed 21/03/18,100%,Marisa Quigg\n"
            "3,2,Public consultation launch,Tue 11/09/18,0%,Lysander Cobb\n"
            "4,2,Partnership Board decision,Thu 28/02/19,0%,Fintan Aldiss\n")


def test_when_it_closes_is_not_when_it_launches(papers) -> None:
    reply = answer("When does the public consultation on stroke reconfiguration close?", papers({"schedule.csv": SCHEDULE}), Tokenizer())
    # the schedule dates the launch only: the close is not given (the launch may be shown as the nearest line)
    assert not reply.answered, reply.answer


@pytest.mark.parametrize(("answer_text", "led"), [
    ("1 October 2018: approve B as interim SRO from 1 October 2018 to 31 March 2019;", "31 March 2019: approve B as interim SRO"),
    ("Q1 2018/19: the pilot runs Q1 2018/19 - Q3 2018/19", "Q3 2018/19: the pilot runs"),
    ("1 October 2018: the unit opens on 1 October 2018.", "1 October 2018: the unit opens"),  # no span: as it was
    ("9 May 2018: agreed on 9 May 2018; review on 1 June 2018", "9 May 2018: agreed"),  # two days, not a span
])
def test_asked_for_a_span_s_end_its_last_day_leads(answer_text: str, led: str) -> None:
    assert end_first(answer_text).startswith(led)


@pytest.mark.parametrize(("answer_text", "question", "coarse"), [
    ("Summer 2017: Stroke services (HASU) options - public consultation", "When does the stroke consultation close?", True),
    ("Q2 17/18: public consultation on the options", "closing date for the stroke consultation?", True),
    ("16/12/2016: our online survey is open until 16/12/2016", "when does the survey close?", False),  # a day
    ("Autumn 2017: the consultation closes in Autumn 2017", "When does the consultation close?", False),  # it says it closes
    ("Q4 2018/19: building handed over by Q4 2018/19", "When does the consultation close?", False),  # "by": an end
    ("Q4 2018/19: RDC building work", "When will the RDC building be finished?", False),  # finished work: its due quarter
    ("2020/21: the gap is closed in 2020/21", "When will we close the gap?", False),  # what the work closes
    # a day or a month given to what runs a while, with nothing saying it ends then: when it runs, not its last day
    ("Apr-17: Stroke services review, HASU options (public consultation)", "When does the stroke consultation close?", True),
    ("2017-12-31: Decision on preferred HASU option, subject to consultation", "closing date for the HASU consultation?", True),
    ("4 September 2017: public consultation 12 June - 4 September 2017", "When does the consultation close?", False),  # a span's end
    ("12 June 2017: responses to the consultation by 12 June 2017", "When does the consultation close?", False),  # a deadline
])
def test_what_closes_is_not_answered_by_the_season_it_runs_in(answer_text: str, question: str, coarse: bool) -> None:
    from bot.answering.span_ends import period_for_close

    assert period_for_close(answer_text, question) is coarse


@pytest.mark.parametrize(("answer_text", "own", "coarse"), [
    # a start told after the sentence that dates the thing says nothing of its close
    ("2016/17: The consultation was planned for the last quarter of 2016/17. It will now start in June 2017.",
     "The consultation was planned for the last quarter of 2016/17.", True),
    ("Autumn 2017: The consultation closes in Autumn 2017. It starts in June.", "The consultation closes in Autumn 2017.", False),
])
def test_the_ends_are_read_in_the_candidates_own_text(answer_text: str, own: str, coarse: bool) -> None:
    from bot.answering.span_ends import period_for_close

    assert period_for_close(answer_text, "When does the consultation close?", own) is coarse


def test_a_consultation_dated_only_by_its_season_leaves_its_close_unsaid(papers) -> None:
    plan = ("Stroke programme plan\n\nMilestone\tOwner\tDate\n"
            "Stroke services (HASU) options - public consultation\tJonathan Ruskwood\tSummer 2017\n"
            "Decision-making business case to the Board\tJonathan Ruskwood\tQ4 2017/18\n")
    index = papers({"stroke.txt": plan})
    assert answer("When is the stroke HASU public consultation?", index, Tokenizer()).answer.startswith("Summer 2017")
    reply = answer("When does the stroke HASU public consultation close?", index, Tokenizer())
    assert not reply.answered, reply.answer
    last = answer("What is the last day of the stroke HASU public consultation?", index, Tokenizer())
    assert not last.answered, last.answer  # (the last day asked names no end word: still the close)


def test_a_span_open_until_a_day_states_its_close() -> None:
    """"Our online survey is open until 16/12/2016": open, but until a day, so it says when the survey
    closes (in other_ics_ad's newsletter, asked "when does the STP online survy close?")."""
    assert not gives_other_end("Our online survey is open until 16/12/2016.", asked_end("when does the survey close?"))
    assert not gives_other_end("The pilot runs until 31 March 2018.", asked_end("when does the pilot end?"))
    assert gives_other_end("The online survey opens on 1 November 2016.", asked_end("when does the survey close?"))
    assert gives_other_end("It will not open until the lease is signed.", asked_end("when does the cafe close?"))

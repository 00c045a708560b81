import calendar
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.records.dates import fy_quarter, normalise, plan_fy_start
from bot.answering.windows import lands_in, window


@given(fy=st.integers(2010, 2030), q=st.integers(1, 4), form=st.sampled_from(["Qtr {q}", "Q{q}", "Otr {q}", "Quarter {q}", "Qtr. {q}"]))
def test_quarters_follow_the_nhs_financial_year(fy: int, q: int, form: str) -> None:
    period = normalise(form.format(q=q), fy)
    assert period.precision == "quarter"
    assert date(fy, 4, 1) <= period.start <= period.end <= date(fy + 1, 3, 31)
    assert (period.start.year == fy + 1) == (q == 4)
    assert period.start.day == 1 and period.end.day == calendar.monthrange(period.end.year, period.end.month)[1]


@given(month=st.integers(1, 12), year=st.integers(2015, 2030),
       form=st.sampled_from(["{long} {y}", "{short} {y}", "{short}-{yy}", "by {long} {y}", "({long} {y})", "started {long} {y}"]))
def test_month_wordings_agree(month: int, year: int, form: str) -> None:
    text = form.format(long=calendar.month_name[month], short=calendar.month_abbr[month], y=year, yy=str(year)[2:])
    period = normalise(text)
    assert (period.start, period.precision) == (date(year, month, 1), "month")
    assert period.end == date(year, month, calendar.monthrange(year, month)[1])


@given(st.text(max_size=80))
def test_any_text_gives_an_ordered_period_or_unknown(text: str) -> None:
    period = normalise(text)
    if period.precision == "unknown":
        assert period.start is None and period.end is None
    else:
        assert period.start <= period.end


@given(a=st.integers(10, 40))
def test_financial_year_wording(a: int) -> None:
    for text in (f"{a}/{a + 1}", f"20{a}/{a + 1}"):
        period = normalise(text)
        assert (period.start, period.end, period.precision) == (date(2000 + a, 4, 1), date(2001 + a, 3, 31), "year")


@pytest.mark.parametrize(
    ("raw", "start", "end", "precision"),
    [
        ("time frame as yet unknown", None, None, "unknown"),
        ("Mar 2017 → Oct 2017", date(2017, 10, 1), date(2017, 10, 31), "month"),  # moved: the date is where it moved to
        ("Q2-Q3 2018/19", date(2018, 7, 1), date(2018, 12, 31), "quarter"),  # a bare quarter is of the year written beside it
        ("not known → Sep 2017", date(2017, 9, 1), date(2017, 9, 30), "month"),
        ("plan in development", None, None, "unknown"),
        ("TBC", None, None, "unknown"),
        ("autumn 2016", date(2016, 9, 1), date(2016, 11, 30), "season"),
        ("October and November 2016", date(2016, 10, 1), date(2016, 11, 30), "month"),
        ("Jan -March 2017", date(2017, 1, 1), date(2017, 3, 31), "month"),
        ("October 2016 - March 2018", date(2016, 10, 1), date(2018, 3, 31), "month"),
        ("18th January 2017", date(2017, 1, 18), date(2017, 1, 18), "day"),
        ("2017-2018", date(2017, 1, 1), date(2018, 12, 31), "year"),
        # the forms trackers and PMO tools export
        ("20170401", date(2017, 4, 1), date(2017, 4, 1), "day"),  # a day as one number
        ("20171301", None, None, "unknown"),  # no month 13: a reference, not a date
        ("£20170401", None, None, "unknown"),  # a sum
        ("2017-W49", date(2017, 12, 4), date(2017, 12, 10), "day"),  # an ISO week, Monday to Sunday
        ("P06 17/18", date(2017, 9, 1), date(2017, 9, 30), "month"),  # financial period 6: September
        ("P12 16/17", date(2017, 3, 1), date(2017, 3, 31), "month"),
        ("Month 9 of 2016/17", date(2016, 12, 1), date(2016, 12, 31), "month"),
        ("FY17/18 Q3", date(2017, 10, 1), date(2017, 12, 31), "quarter"),  # "FY" glued to the year
        ("FY18/19", date(2018, 4, 1), date(2019, 3, 31), "year"),
        ("FY17/18 H1", date(2017, 4, 1), date(2017, 9, 30), "quarter"),  # a half year
        ("H2 of 2017/18", date(2017, 10, 1), date(2018, 3, 31), "quarter"),
        ("Winter 17/18", date(2017, 12, 1), date(2018, 2, 28), "season"),  # the winter across the turn of the years
    ],
)
def test_known_wordings(raw: str, start, end, precision: str) -> None:
    period = normalise(raw, 2016)
    assert (period.start, period.end, period.precision) == (start, end, precision)


def test_fy_helpers() -> None:
    assert fy_quarter(2016, 4) == (date(2017, 1, 1), date(2017, 3, 31))
    assert plan_fy_start("Initiatives which we will focus in 2017/18 - 18/19") == 2017


@pytest.mark.parametrize(
    ("question", "as_of", "start", "end"),
    [
        ("what's due this month?", date(2017, 3, 10), date(2017, 3, 1), date(2017, 3, 31)),
        ("what's due next month?", date(2016, 12, 20), date(2017, 1, 1), date(2017, 1, 31)),
        ("what's due in the tracker before month end?", date(2017, 3, 10), date(2017, 3, 1), date(2017, 3, 31)),
        ("which deliverables fall in the current calendar month?", date(2017, 3, 10), date(2017, 3, 1), date(2017, 3, 31)),
        ("what has to be done by quarter-end?", date(2016, 10, 15), date(2016, 10, 1), date(2016, 12, 31)),
        ("which should be done by now?", date(2017, 2, 15), None, date(2017, 2, 15)),
        ("where should the frailty work have got to by today?", date(2017, 2, 15), None, date(2017, 2, 15)),
        ("which risks on the Q3 2016/17 register are past their review date?", date(2017, 2, 15), None, date(2017, 2, 15)),
        ("what's on the calendar for the month after this one?", date(2016, 12, 20), date(2017, 1, 1), date(2017, 1, 31)),
        ("which deliverables fall in the quarter after this one?", date(2016, 10, 15), date(2017, 1, 1), date(2017, 3, 31)),
        ("what was due in the quarter before this?", date(2016, 10, 15), date(2016, 7, 1), date(2016, 9, 30)),
        ("what's due for Pennine in Jan 2017", None, date(2017, 1, 1), date(2017, 1, 31)),
        ("what's due in 2017/18?", None, date(2017, 4, 1), date(2018, 3, 31)),
        ("how many replied to the survey in summer 2019?", None, date(2019, 6, 1), date(2019, 8, 31)),
        ("whose nomination was supported in Autumn 2016?", None, date(2016, 9, 1), date(2016, 11, 30)),
        ("what was agreed over winter 2016?", None, date(2016, 12, 1), date(2017, 2, 28)),
        # a span of months with one year: every month of it, from the year before when it runs over New Year
        ("Between January and March 2019, what should the workforce programme deliver?", None, date(2019, 1, 1), date(2019, 3, 31)),
        ("what's due oct-dec 19?", None, date(2019, 10, 1), date(2019, 12, 31)),
        ("what lands from November to February 2027?", None, date(2026, 11, 1), date(2027, 2, 28)),
        # the financial year a month begins or ends, not that month
        ("what is the savings target for the financial year starting April 2026?", None, date(2026, 4, 1), date(2027, 3, 31)),
        ("what is the deficit for the financial year ending March 2027?", None, date(2026, 4, 1), date(2027, 3, 31)),
        # a year from April or to March is the financial year, "financial" said or not; April alone is a month
        ("what saving is pencilled in for the year from April 2018?", None, date(2018, 4, 1), date(2019, 3, 31)),
        ("how much in the twelve months to March 2019?", None, date(2018, 4, 1), date(2019, 3, 31)),
        ("what went live in April 2018?", None, date(2018, 4, 1), date(2018, 4, 30)),
        # from today: months ahead (to the same day, or the month's last), the year's end, the coming week
        ("which milestones fall due in the next two months?", date(2026, 11, 10), date(2026, 11, 10), date(2027, 1, 10)),
        ("anything due in the next couple of months?", date(2019, 12, 31), date(2019, 12, 31), date(2020, 2, 29)),
        ("what still has to land before the financial year closes?", date(2026, 11, 10), date(2026, 11, 10), date(2027, 3, 31)),
        ("what's due by year end?", date(2027, 2, 1), date(2027, 2, 1), date(2027, 3, 31)),
        ("what's due in the coming week?", date(2026, 11, 11), date(2026, 11, 16), date(2026, 11, 22)),
        # the coming month or quarter is the next one, as a calendar says it
        ("what is meant to be completed in the coming calendar month?", date(2018, 8, 6), date(2018, 9, 1), date(2018, 9, 30)),
        ("anything landing in the month ahead?", date(2018, 8, 6), date(2018, 9, 1), date(2018, 9, 30)),
        ("what's due in the coming quarter?", date(2018, 8, 6), date(2018, 10, 1), date(2018, 12, 31)),
        # the period we are in, said as such
        ("what's due in the three months we're in now?", date(2024, 10, 10), date(2024, 10, 1), date(2024, 12, 31)),
        ("will it be ready in the current three months?", date(2017, 10, 5), date(2017, 10, 1), date(2017, 12, 31)),
        ("anything due in the month we're in now?", date(2026, 10, 12), date(2026, 10, 1), date(2026, 10, 31)),
        # from today to a point named by its place in the year: Christmas, the calendar year's end, part of a month
        ("what's to be finished between now and Christmas?", date(2017, 10, 5), date(2017, 10, 5), date(2017, 12, 31)),
        ("what has to be delivered before the end of this calendar year?", date(2017, 3, 1), date(2017, 3, 1), date(2017, 12, 31)),
        ("is anything due to go live between now and early June?", date(2017, 4, 24), date(2017, 4, 24), date(2017, 6, 10)),
        ("which deliverables fall between now and the start of July?", date(2017, 4, 3), date(2017, 4, 3), date(2017, 6, 30)),
        ("what lands between now and March?", date(2017, 4, 3), date(2017, 4, 3), date(2018, 3, 31)),
        ("what's due before mid-May?", date(2017, 4, 3), date(2017, 4, 3), date(2017, 5, 15)),
    ],
)
def test_question_windows(question: str, as_of, start, end) -> None:
    win = window(question, as_of)
    assert win is not None and (win.start, win.end) == (start, end)


@pytest.mark.parametrize(("question", "by_now"), [
    ("One of our healthcare assistants missed the first intake. When does the next intake begin?", False),
    ("My paper missed the September board. When is the next chance to take it?", False),
    ("Which milestones have we missed?", True),
    ("The digital work is behind. Which of its milestones have slipped?", True),
])
def test_what_a_told_sentence_says_happened_is_no_window(question: str, by_now: bool) -> None:
    win = window(question, date(2018, 10, 1))
    assert (win is not None and win.end == date(2018, 10, 1) and win.start is None) == by_now, win


def test_a_quarter_without_its_year_is_each_plans_own_quarter() -> None:
    win = window("what's due in Q4?", None)
    assert win is not None and win.quarter == 4 and (win.start, win.end) == (None, None)
    assert (win.for_plan(2016).start, win.for_plan(2016).end) == (date(2017, 1, 1), date(2017, 3, 31))
    assert (win.for_plan(2025).start, win.for_plan(2025).end) == (date(2026, 1, 1), date(2026, 3, 31))


def test_no_window_without_time_words() -> None:
    assert window("who owns the stroke work?", date(2017, 1, 1)) is None


def test_lands_in_uses_the_end_of_a_period() -> None:
    win = window("due this month", date(2017, 3, 1))
    assert lands_in(date(2017, 1, 1), date(2017, 3, 31), win)
    assert not lands_in(date(2016, 10, 1), date(2018, 3, 31), win)
    assert not lands_in(None, None, win)


@given(fy=st.integers(2010, 2030), q=st.integers(1, 4), plan_fy=st.integers(2010, 2030),
       form=st.sampled_from(["Qtr {q} {a}/{b}", "Q{q} 20{a}/{b}", "Quarter {q} of {a}/{b}", "20{a}/{b} Q{q}"]))
def test_a_quarter_of_a_named_year_uses_that_year(fy: int, q: int, plan_fy: int, form: str) -> None:
    text = form.format(q=q, a=f"{fy % 100:02d}", b=f"{(fy + 1) % 100:02d}")
    period = normalise(text, plan_fy)
    assert (period.start, period.end, period.precision) == (*fy_quarter(fy, q), "quarter")


@pytest.mark.parametrize(("texts", "revised"), [
    (["OVERDUE - revised due date 16/01/2026 agreed"], "16/01/2026"),
    (["Missed: supplier delay. New date to be agreed"], None),
    (["Go-live moved to 26 April 2026 (was 1 March 2026)"], "26 April 2026"),
    (["On track"], None),
])
def test_a_revised_date_in_a_row(texts: list[str], revised: str | None) -> None:
    from bot.records.dates import revised_date

    assert revised_date(texts) == revised


@pytest.mark.parametrize("text, day", [("2027-02-02", date(2027, 2, 2)), ("planned end 2026-11-30", date(2026, 11, 30))])
def test_iso_dates_as_exports_write_them_are_days(text: str, day: date) -> None:
    period = normalise(text)
    assert (period.start, period.end, period.precision) == (day, day, "day")


def test_an_iso_shaped_string_that_is_no_date_is_not_a_day() -> None:
    from bot.answering.types import dates

    assert normalise("2026-13-40").precision != "day"
    found = [d for *_, d in dates("due 2027-02-02, ref 2026-13-40")]
    assert "2027-02-02" in found and "2026-13-40" not in found


@pytest.mark.parametrize("question, label", [
    ("whats due on the log next wek?", "in the week of 2026-10-19"),
    ("what milestones are due this qtr?", "in Qtr 3 2026/27"),
    ("anything due next mnoth?", "in November 2026"),
    ("what's due this mth", "in October 2026"),
    # a count of periods typed short, or a fortnight
    ("whats due for UEC in the next 6 wks?", "in the next 6 weeks"),
    ("anything due over the next 2 mths?", "in the next 2 months"),
    ("what lands in the next fortnight?", "in the next 2 weeks"),
    ("what's due in the next five months?", "in the next 5 months"),
])
def test_a_period_typed_short_or_with_one_slip_is_still_a_window(question: str, label: str) -> None:
    found = window(question, date(2026, 10, 18))
    assert found is not None and found.label == label


@pytest.mark.parametrize("question", ["what are the next steps for the hub?", "who leads this work?"])
def test_words_after_this_or_next_that_are_no_period_make_no_window(question: str) -> None:
    assert window(question, date(2026, 10, 18)) is None


@pytest.mark.parametrize("question, ahead", [
    ("HALO = ? what's it stand for, keeps coming up in the UEC papers", False),
    ("what does CAS mean? it came up at the board", False),
    ("what keeps coming up in the board papers?", False),
    ("which deadlines are coming up?", True),
    ("what is coming up for urgent care?", True),
])
def test_coming_up_is_ahead_unless_it_means_mentioned(question: str, ahead: bool) -> None:
    """"Keeps coming up in the papers" says a word is mentioned, not that anything is due soon."""
    assert (window(question, date(2018, 11, 1)) is not None) is ahead

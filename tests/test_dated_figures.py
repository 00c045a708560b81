"""A figure asked at a date: the clause's subject says what its figures count ("the number of people ... fell
from 41 to 33"), the date beside a figure says when it held, and a year ending a date is no range's low end."""

from datetime import date

import pytest

from bot.answering import types
from bot.answering.counting import counted_nouns
from bot.answering.per_unit import said_per_unit

FELL = "The number of people with a learning disability in inpatient settings fell from 41 in April 2018 to 33 at 30 September 2018."


@pytest.mark.parametrize(("text", "nouns", "found"), [
    (FELL, ["people"], ["41", "33"]),
    ("The total of beds open on the three sites rose to 1,047.", ["bed"], ["1,047"]),
    ("The number of beds fell. 41 people were waiting.", ["bed"], []),  # another clause's figure
    ("Theatres: 12 sessions a week; the number of nurses is unchanged.", ["session"], ["12"]),
])
def test_the_clause_subject_says_what_its_figures_count(text: str, nouns: list[str], found: list[str]) -> None:
    assert [phrase for _, _, phrase in types.counted_numbers(text, nouns)] == found


@pytest.mark.parametrize(("when", "expected"), [
    ((date(2018, 9, 1), date(2018, 9, 30)), "33"),
    ((date(2018, 4, 1), date(2018, 4, 30)), "41"),
])
def test_a_figure_dated_in_the_asked_window_is_the_answer(when: tuple[date, date], expected: str) -> None:
    assert types.nearest("number", FELL, ["people", "inpatient"], ["people"], when=when) == expected


def test_without_a_window_the_nearest_figure_still_wins() -> None:
    assert types.nearest("number", FELL, ["inpatient"], ["people"]) == "41"


@pytest.mark.parametrize(("question", "nouns"), [
    ("How many people with a learning disability were in inpatient settings?", ["people"]),
    ("how many GP practices that offer extended hours?", ["gp", "practices"]),
    ("How many beds under the new model?", ["beds"]),
])
def test_the_counted_phrase_ends_at_its_qualifier(question: str, nouns: list[str]) -> None:
    assert counted_nouns(question) == nouns


@pytest.mark.parametrize(("text", "per"), [
    (FELL, False),  # "April 2018 to 33": a date, then the figure
    ("Hubs of 30,000 to 50,000 people.", True),  # "30,000 to": a range's low end
])
def test_a_year_ending_a_date_is_no_range_low_end(text: str, per: bool) -> None:
    item = "33" if "33" in text else "50,000"
    assert said_per_unit(item, text, "How many people?") is per


def test_a_count_asked_at_a_date_is_answered_from_the_sentence(tmp_path, ask_folder) -> None:
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "report.txt").write_text("Learning disability update\n\n" + FELL + " The trajectory is 27 by March 2019.\n", encoding="utf-8")
    (folder / "minutes.txt").write_text("Partnership Board minutes\n\nThe Board noted the estates update.\n", encoding="utf-8")
    reply = ask_folder(folder, "How many people with a learning disability were in inpatient settings at 30 September 2018?")
    assert reply.answered and reply.answer.startswith("33"), reply.answer


def test_a_date_dates_a_figure_only_across_linking_words() -> None:
    bridge = "The 2020/21 bridge: do-nothing gap £263.4m, less savings from the six priorities £110.5m."
    assert types.nearest("money", bridge, ["prioriti"], when=(date(2020, 4, 1), date(2021, 3, 31))) == "£110.5m"


def test_an_anchor_stem_is_found_as_the_text_writes_it() -> None:
    # "save" is the stem of "savings": found by its written start, the figure after it is the one asked
    assert types.nearest("money", "Do-nothing gap of £263.4m in all; schemes and their savings: £110.5m.", ["save"]) == "£110.5m"


def test_a_date_all_the_figures_share_tells_none_apart() -> None:
    gap = 'The "do nothing" gap is £571m by 2020/21 (NHS £468m; adult social care £103m).'
    assert types.nearest("money", gap, ["social", "care"], when=(date(2020, 4, 1), date(2021, 3, 31))) == "£103m"

"""Must-dos a question sets aside ("apart from MD1", "besides 1") are not the ones it asks about."""

import pytest

from bot.answering.mustdo_asked import mustdo_asked, set_aside_mustdos


@pytest.mark.parametrize(("question", "aside", "asked"), [
    ("which MDs does home first map to? (apart from MD1 obvs)", {1}, []),
    ("Which must-dos does the Home First workstream cover, besides 1?", {1}, []),
    ("which must dos does it cover apart from must do 4?", {4}, []),
    ("Which must-dos does P4 cover, other than the cancer one?", {6}, []),
    ("What does must do 5 say, apart from the 18 weeks?", {5}, []),
    ("Which programmes cover must do 6?", set(), [6]),
])
def test_the_must_dos_set_aside_are_not_asked(question: str, aside: set[int], asked: list[int]) -> None:
    assert set_aside_mustdos(question) == aside
    assert mustdo_asked(question, question.lower()).mustdos == asked


def test_a_figure_set_aside_is_no_must_do() -> None:
    assert set_aside_mustdos("Which must-dos are covered, apart from 3 weeks of slippage?") == set()

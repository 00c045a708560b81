"""A cell merged over several columns comes out cut at the column edges; cut words are rebuilt from
the document's own vocabulary, separate cells are left alone."""

from collections import Counter

import pytest

from bot.records.cut_words import merged_runs, word_counts

PROSE = ("We will work with the partners on the mental health programme. The mental health work is "
         "led by the programme board. We work with the board on the programme and mental health.")


@pytest.fixture
def vocabulary() -> Counter[str]:
    return word_counts([PROSE])


@pytest.mark.parametrize("cells, runs", [
    # the edge glyph shows in both halves ("w" / "vork", "Mer" / "ntal") or in neither ("programm" / "e")
    (["We will w", "vork with th", "ne partners on the Mer", "ntal Health", "programm", "e"],
     [(0, 5, "We will work with the partners on the Mental Health programme")]),
    (["", "Mental hea", "lth work"], [(1, 2, "Mental health work")]),
    # separate cells meet at word boundaries: nothing merged
    (["Mental health work", "Programme board"], []),
    (["We work with partners", "board"], []),
    # a lower-case cell after a full stop is a cell of its own, and an empty cell ends a run
    (["The board.", "work with"], []),
    (["We will w", "", "vork"], []),
])
def test_merged_runs(vocabulary: Counter[str], cells: list[str], runs: list[tuple[int, int, str]]) -> None:
    assert merged_runs(cells, vocabulary) == runs


def test_a_word_written_once_is_not_rebuilt() -> None:
    """"programme" written only inside the cut cell itself is no evidence of a cut."""
    assert merged_runs(["the program", "me"], word_counts(["the program", "me"])) == []

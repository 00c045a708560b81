"""Stat call-outs on a slide: a row of lone figures over a row of captions in the same columns is read a
figure with its caption, not all the figures and then all the captions."""

from pathlib import Path

import pytest

from bot.reading.files import read_document
from tests.office_files import deck

MB = 1024 * 1024


def _texts(path: Path) -> list[str]:
    return [ln.text for ln in read_document(path, MB).lines if ln.text]


def test_each_figure_reads_with_the_caption_under_it(tmp_path: Path) -> None:
    path = deck(tmp_path / "numbers.pptx", [{"title": "The numbers", "boxes": [
        (420, 200, 260, ["people registered with our 74 GP practices"], 16), (40, 130, 260, ["612,400"], 44),
        (420, 130, 260, ["£96m"], 44), (40, 200, 260, ["invested in our programmes in 2018/19"], 16)]}])
    assert _texts(path)[1:] == ["612,400 invested in our programmes in 2018/19", "£96m people registered with our 74 GP practices"]


def test_captions_over_their_figures_label_them(tmp_path: Path) -> None:
    path = deck(tmp_path / "tiles.pptx", [{"title": "Performance", "boxes": [
        (40, 130, 260, ["A&E four-hour performance"]), (420, 130, 260, ["Cancer 62-day"]),
        (40, 200, 260, ["87.1%"]), (420, 200, 260, ["79%"])]}])
    assert _texts(path)[1:] == ["A&E four-hour performance: 87.1%", "Cancer 62-day: 79%"]


@pytest.mark.parametrize(("upper", "lower"), [(["3", "Urgent care"], ["Prevention", "12"]), (["3", "4"], ["12", "15"])])
def test_rows_that_are_not_all_figures_over_words_stay_apart(tmp_path: Path, upper: list[str], lower: list[str]) -> None:
    path = deck(tmp_path / "cols.pptx", [{"title": "Our priorities", "boxes": [
        (40, 130, 260, [upper[0]]), (420, 130, 260, [upper[1]]), (40, 200, 260, [lower[0]]), (420, 200, 260, [lower[1]])]}])
    assert _texts(path)[1:] == [*upper, *lower]


def test_a_gap_asked_is_answered_from_its_call_out(tmp_path: Path, ask_folder) -> None:
    folder = tmp_path / "papers"
    folder.mkdir()
    deck(folder / "roadshow.pptx", [
        {"title": "Your health, your say", "boxes": [(40, 130, 600, ["A public roadshow across the partnership."])]},
        {"title": "The numbers", "boxes": [(40, 130, 260, ["602,000"], 44), (420, 130, 260, ["£118m"], 44),
                                          (40, 200, 260, ["people registered with our 92 GP practices"], 16),
                                          (420, 200, 260, ["gap we must close by the end of 2020/21"], 16)]}])
    reply = ask_folder(folder, "How big is the gap we have to close by the end of 2020/21?")
    assert reply.answered and "£118m" in reply.answer[:40], reply.answer

"""A figure said of each one of many, or as a rate, is no total: only a question asking per one is answered by it."""

import pytest

from bot.answering.per_unit import said_per_unit


@pytest.mark.parametrize(("item", "text", "question", "per"), [
    ("50,000 patients", "Practices working together in primary care hubs of 30,000 to 50,000 patients.",
     "Roughly how many patients are we planning for across all four places put together?", True),
    ("50,000 people", "12 Neighbourhood Health Teams, each caring for 30,000 to 50,000 people.", "How many people does our STP cover?", True),
    ("410 people", "The emergency department sees 410 people a day.", "How many people are on GP lists across the footprint?", True),
    ("50,000 people", "12 Neighbourhood Health Teams, each caring for 30,000 to 50,000 people.", "How many people does each team care for?", False),
    ("410 people", "The emergency department sees 410 people a day.", "How many people a day does the ED see?", False),
    ("1,046,200", "Our four places serve 1,046,200 registered patients.", "How many patients do we serve?", False),
])
def test_a_figure_of_one_of_many_is_no_total(item: str, text: str, question: str, per: bool) -> None:
    assert said_per_unit(item, text, question) is per


def test_a_total_asked_is_not_answered_by_one_hub_s_size(tmp_path, ask_folder) -> None:
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "plan.txt").write_text("Primary care at scale\n\nPractices will work together in primary care hubs of 30,000 to 50,000 "
                                     "patients.\n\nEach hub will have a clinical pharmacist.\n", encoding="utf-8")
    (folder / "minutes.txt").write_text("Partnership Board minutes\n\nThe Board noted the primary care update.\n", encoding="utf-8")
    reply = ask_folder(folder, "Roughly how many patients are we planning for across all four places put together?")
    assert not reply.answered or "50,000" not in reply.answer[:60], reply.answer

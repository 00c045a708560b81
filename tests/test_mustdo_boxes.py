"""Must-do coverage as a check list of boxes under each scheme (bot/records/mustdo_boxes.py)."""

from pathlib import Path

import pytest

from bot.answering.pipeline import answer
from bot.reading.files import read_document
from bot.records.extract import extract_records
from bot.textnorm import Tokenizer
from tests.conftest import assert_says

_NINE = ["STPs", "Finance", "Primary care", "Urgent & emergency care", "Referral to treatment", "Cancer",
         "Mental health", "Learning disabilities", "Improving quality"]


def _boxes(ticked: dict[int, str], box: str = "☒", empty: str = "☐") -> str:
    """A scheme's nine boxes, three to a line, as a Word check list reads: ticked ones with their note."""
    items = [f"{box if n in ticked else empty} {n} {name}{' ' + ticked[n] if ticked.get(n) else ''}" for n, name in enumerate(_NINE, 1)]
    return "\n".join("\t".join(items[k:k + 3]) for k in range(0, 9, 3))


SELF_CHECK = f"""Marsh Coast governance handbook

4. Must-do self-check by scheme
Each SRO ticked the must-dos the scheme supports; (part) means it supports it in part.
MC1 Urgent Care Hub
{_boxes({1: "", 4: "", 9: "(part)"})}
MC2 Lung Health Check
{_boxes({1: "", 6: ""})}
MC3 Perinatal Mental Health
{_boxes({1: "", 7: "(part)"})}
"""


def _cells(tmp_path: Path, text: str) -> dict[tuple[int, str], str]:
    path = tmp_path / "handbook.txt"
    path.write_text(text, encoding="utf-8")
    return {(r["mustdo"], r["priority"]): r["text"] for r in extract_records(read_document(path, 10**7))["mustdos"]}


def test_each_ticked_box_is_a_cell_of_the_scheme_above_it(tmp_path: Path) -> None:
    cells = _cells(tmp_path, SELF_CHECK)
    assert cells == {(1, "MC1 Urgent Care Hub"): "Yes", (4, "MC1 Urgent Care Hub"): "Yes", (9, "MC1 Urgent Care Hub"): "Partial",
                     (1, "MC2 Lung Health Check"): "Yes", (6, "MC2 Lung Health Check"): "Yes",
                     (1, "MC3 Perinatal Mental Health"): "Yes", (7, "MC3 Perinatal Mental Health"): "Partial"}, cells


def test_bracketed_boxes_are_read_too(tmp_path: Path) -> None:
    text = f"Check list\n\nMC4 Diabetes Prevention\n{_boxes({2: ''}, box='[x]', empty='[ ]')}\n"
    assert _cells(tmp_path, text) == {(2, "MC4 Diabetes Prevention"): "Yes"}


@pytest.mark.parametrize("text", [
    "Actions\n\nMC1 Urgent Care Hub\n☒ 1 Business case approved\n☐ 2 Estates survey booked\n",  # a to-do list, not nine must-dos
    "Scheme list\n\nMC1 Urgent Care Hub\n☒ 4 Urgent & emergency care, agreed in March 2018 with the trust board\n",
])
def test_a_few_ticked_boxes_are_no_must_do_check_list(tmp_path: Path, text: str) -> None:
    assert _cells(tmp_path, text) == {}


@pytest.mark.parametrize(("question", "present", "absent"), [
    ("Which schemes support the cancer must-do?", ["MC2 Lung Health Check"], ["MC1", "MC3"]),
    ("Which must-dos does MC1 Urgent Care Hub support?", ["must do 4"], ["must do 6"]),
    ("what MDs does MC1 cover?", ["must do 4"], ["must do 6"]),  # "MDs": must-dos, no topic word
])
def test_questions_over_a_check_list(papers, tokenizer: Tokenizer, question: str, present: list[str], absent: list[str]) -> None:
    reply = answer(question, papers({"handbook.txt": SELF_CHECK}), tokenizer)
    assert reply.answered, reply.answer
    assert_says(reply.answer, present, absent)


def test_the_askers_errand_is_not_the_topic_of_a_grid_question(papers, tokenizer: Tokenizer) -> None:
    """"which scheme covers the cancer must do? the alliance want to know": once the grid's form words are read,
    the errand ("the alliance want to know") is all that is left; it says why they ask, not what about, though
    the papers name an alliance elsewhere."""
    index = papers({"handbook.txt": SELF_CHECK, "news.txt": "Marsh Coast news\n\nThe Cancer Alliance board meets quarterly.\n"})
    reply = answer("which scheme covers the cancer must do? the alliance want to know", index, tokenizer)
    assert reply.answered, reply.answer
    assert_says(reply.answer, ["MC2 Lung Health Check"], ["MC1", "MC3"])

"""A slide turned into text drops pieces of its other text boxes between a list's items ("17/18",
"will focus", "Initiatives which"): the list carries on past them (bot/records/lists.py), but not past
a heading or a sentence."""

import pytest

from bot.answering.pipeline import answer
from bot.models import SourceLine
from bot.records.lists import _stray_fragment, list_records

SLIDE = """Acute & Specialist Plan on a Page

The workstream will review the five providers' acute services in 2017.
1 Baseline the current service provision.
- 2 Agree care standards and service specifications.
- 3 Assess options for future delivery of the following services:
- vascular

17/18

o

will focus

Initiatives which

- stroke
- neurology
- maternity

4 Make recommendations for the overall shape of services.
"""

TWO_LISTS = """Our enablers:
- digital
- estates

Finance

- the savings plan
- the capital bid
"""


def _lines(text: str) -> list[SourceLine]:
    return [SourceLine(text=t, page=None, line=n) for n, t in enumerate(text.splitlines(), 1)]


def _lists(text: str) -> list[tuple[str, list[str]]]:
    import json
    return [(r["intro"], [i["text"] for i in json.loads(r["items"])]) for r in
            list_records(_lines(text), {}, set(), "doc", lambda *a: {})]


@pytest.mark.parametrize(("line", "stray"), [
    ("17/18", True), ("o", True), ("will focus", True), ("Initiatives which", True), ("We", True),
    ("Finance", False), ("Care & Quality", False), ("Priority 1", False), ("Key milestones:", False),
    ("The board agreed the plan.", False),
])
def test_a_stray_fragment_is_a_word_or_two_that_is_no_heading(line: str, stray: bool) -> None:
    assert _stray_fragment(line) is stray


def test_a_list_carries_on_past_stray_fragments() -> None:
    found = dict(_lists(SLIDE))
    intro = next(k for k in found if "following services" in k)
    assert found[intro] == ["vascular", "stroke", "neurology", "maternity"]


def test_a_heading_ends_a_list() -> None:
    found = dict(_lists(TWO_LISTS))
    assert found["Our enablers:"] == ["digital", "estates"]


def test_the_items_answer_which_services(papers, tokenizer) -> None:
    reply = answer("For which services will the workstream assess options for future delivery?", papers({"slide.txt": SLIDE}), tokenizer)
    assert reply.answered and all(s in reply.answer for s in ("vascular", "stroke", "maternity")), reply.answer

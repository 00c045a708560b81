"""A list item is read with the line its list hangs from, even where a slide's stray fragments (or a
passage break) stand between them; a line of prose between them ends the list."""

import pytest

from bot.answering.candidates.list_intro import _STOP, _intro
from bot.answering.pipeline import answer
from bot.models import SourceLine
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS

SLIDE = """Acute and Specialist Services Plan on a Page

Priority 1: Specify operational standards for acute and specialist services.

- 2 Agree care standards and service specifications for key acute services.
- 3 Assess options for future delivery of the following services:
- vascular

17/18

will focus

- stroke
- neurology
- neonatology including NICU
- paediatrics
- critical care
"""


@pytest.fixture
def slide(papers):
    return papers({"acute_plan_on_a_page.txt": SLIDE, **OTHER_PAPERS})


def test_an_item_past_stray_fragments_answers_what_its_list_is_of(slide) -> None:
    reply = answer("Is neonatal care among the services with options for future delivery to be assessed?", slide, Tokenizer())
    assert reply.answered and "neonatology" in reply.answer[:120] and "Assess options for future delivery" in reply.answer, reply.answer


def _lines(*texts: str) -> list[SourceLine]:
    return [SourceLine(line=n, text=t) for n, t in enumerate(texts, 1)]


@pytest.mark.parametrize("units, intro", [
    (_lines("Assess options for the following services:", "- vascular", "17/18", "- stroke"), "Assess options for the following services:"),
    (_lines("Assess options for the following services:", "The board agreed the scope of this work in May.", "- stroke"), None),
    (_lines("- vascular", "will focus"), "further back"),  # only items and fragments: the introduction may be in the passage before
])
def test_the_introduction_is_the_last_colon_line_past_items_and_fragments(units: list[SourceLine], intro: str | None) -> None:
    found = _intro(units)
    if intro == "further back":
        assert found is None
    elif intro is None:
        assert found is _STOP
    else:
        assert found is not None and found.text == intro

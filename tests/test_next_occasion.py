"""Asked when something next happens: the line naming the next occasion fits the question."""

import pytest

from bot.answering.next_occasion import NEXT
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS


@pytest.mark.parametrize(("text", "states"), [
    ("7.2 The next meeting of the Board will be held on Wednesday 21 November 2018.", True),
    ("They will meet again on 9th September and this will start the design phase.", True),
    ("The committee will next meet on 3 March.", True),
    ("The Board met on 17 October 2018 in the Council Chamber.", False),
    ("Next steps: the business case goes to the Board in March.", False),
])
def test_a_line_naming_the_next_occasion(text: str, states: bool) -> None:
    assert NEXT.states(text) is states


MINUTES = """Wexbury Partnership Board minutes, 17 October 2018

1. Welcome
The Chair welcomed members. Meetings this year were held on 18 July 2018 and 17 October 2018.

7. Any other business
7.1 An extra Wexbury Partnership Board meeting on urgent care may be called for 12 December 2018 if members need it.

7.2 The next meeting will be held on Wednesday 21 November 2018 at the Civic Centre.
"""


def test_the_line_naming_the_next_meeting_fits_when_they_next_meet(papers) -> None:
    """Both dates fall after October; only one line says it is the next meeting: it fits the form."""
    from bot.answering.pipeline import context_for, ranked_candidates
    from bot.answering.scorer import load_scorer

    index = papers({"minutes.txt": MINUTES, **OTHER_PAPERS})
    question = "When does the Wexbury Partnership Board next meet after its October 2018 meeting?"
    assert NEXT.asks(question)
    ctx = context_for(question, index, Tokenizer(), None, 1000, None)
    forms = {c.answer.split(":")[0]: c.fits_form for c in ranked_candidates(ctx, load_scorer()) if c.source == "sentence"}
    assert forms.get("Wednesday 21 November 2018") == 1.0, forms
    assert forms.get("12 December 2018", 0.0) < 1.0, forms

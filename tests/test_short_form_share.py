"""A short form names one thing: its spelled-out form found only in part ("Lyndmoor Care Partnership"
for "TCP", the Transforming Care Partnership) covers only that part of the word, so a body of another
name is not taken for the one asked, while the short form itself, or its whole spelled-out form, still
covers it fully (in a text, in its context, and for every row of a table at once)."""

import numpy as np
import pytest

from bot.answering.analysis import Analysis
from bot.answering.features import COVERED
from bot.answering.matching import Topic
from bot.index.record_terms import FieldTerms
from bot.textnorm import Tokenizer


@pytest.fixture
def topic() -> Topic:
    tok = Tokenizer()
    spelled = frozenset(tok.stem(w) for w in ("transforming", "care", "partnership"))
    analysis = Analysis(text="who leads the tcp?", wants=("person",), terms={"tcp": 3.0, "lead": 1.0}, synonyms={"tcp": spelled})
    return Topic(analysis, tok)


@pytest.mark.parametrize("text, share", [
    ("The TCP board meets monthly", 1.0),
    ("Transforming Care Partnership board", 1.0),
    ("Chief Executive of Lyndmoor Care Partnership", 2 / 3),
    ("Care homes", 0.0),
])
def test_a_short_form_is_covered_by_as_much_of_it_as_a_text_holds(topic: Topic, text: str, share: float) -> None:
    assert topic.share("tcp", topic.stems(text)) == pytest.approx(share)
    assert topic.coverage(text)[1] == pytest.approx(3.0 * share / 4.0)


def test_a_body_of_another_name_covers_less_than_the_one_asked(topic: Topic) -> None:
    other, asked = topic.coverage("Desmond Farrier-Lowe, Chief Executive of Lyndmoor Care Partnership"), \
        topic.coverage("Ruth Amadi will lead the Transforming Care Partnership")
    assert asked == (1.0, 1.0)
    assert other[1] == pytest.approx(0.5) and other[1] < COVERED  # (the whole of "tcp" would be 0.75: covered)


def test_the_rest_of_a_short_form_found_in_the_context_counts_as_context(topic: Topic) -> None:
    with_context = topic.coverage("Lyndmoor Care Partnership lead", ("Transforming Care Partnership (TCP)",))
    assert with_context[1] == pytest.approx((3.0 * 2 / 3 + 1.0) / 4.0)
    assert with_context[0] == pytest.approx((3.0 * 2 / 3 + 1.0 + 0.6 * 3.0 / 3) / 4.0)
    assert with_context[0] <= topic.coverage_bound(topic.stems("Lyndmoor Care Partnership lead"))[0]


def test_rows_at_once_score_a_short_form_as_one_by_one(topic: Topic) -> None:
    rows = ["Lyndmoor Care Partnership lead", "TCP lead", "Transforming Care Partnership", "Care homes", "Lead"]
    field = FieldTerms.from_stem_sets([topic.stems(r) for r in rows])
    assert np.allclose(topic.scores([field]), [topic.coverage(r)[0] for r in rows])

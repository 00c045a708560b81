"""A row the question names by its key ("Health Education England", in "the group that reports to Health
Education England") is the row asked about, unless another row of that table states the very role asked:
"who heads the group?" is answered by the Chair's row, and the key the question mentions on the way does
not take that row's fit away."""

from bot.answering.pipeline import context_for, ranked_candidates
from bot.answering.scorer import load_scorer
from bot.textnorm import Tokenizer

BOARD = """Local Workforce Action Board: membership

Role | Name | Post
Chair | Victoria Haldane | Director of Workforce and OD, Wraxton Hospitals NHS Foundation Trust
Health Education England | Patrick Oyelowo-Grant | Head of Workforce Transformation, HEE
Social care | Lisette Okafor | Workforce Development Manager, Hebbleton County Council
"""


def _rows(papers, tokenizer: Tokenizer, question: str) -> dict[str, float]:
    index = papers({"lwab.txt": BOARD})
    ctx = context_for(question, index, tokenizer, None, 1000, None)
    return {c.main.split(" | ")[0]: c.fits_form for c in ranked_candidates(ctx, load_scorer()) if c.source == "row"}


def test_the_row_stating_the_role_asked_keeps_its_fit(papers, tokenizer: Tokenizer) -> None:
    fits = _rows(papers, tokenizer, "Who heads the workforce board that reports to Health Education England?")
    assert fits.get("Chair", 0) > 0, fits


def test_a_row_named_by_its_key_is_still_the_one_asked_of_a_weak_role(papers, tokenizer: Tokenizer) -> None:
    fits = _rows(papers, tokenizer, "Who is the Health Education England member of the workforce board?")
    assert fits.get("Chair", 0) == 0, fits  # (no role asked: the keyed row is the one asked)

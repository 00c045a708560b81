"""A risk register that scores each risk's likelihood and impact (1 to 5) but prints no score: the score
is their product, as the NHS 5x5 risk matrix reckons it, so "which risk scores highest?" and "which
score 15 or more?" are answered from the register as if it printed the column. A register may rate the
two in the matrix's own words ("Likely", "Catastrophic"): each word is the matrix's score for it."""

import re

from bot.answering.candidates import Context
from bot.answering.thresholds import Amount

SCORE_LABEL = "Score (likelihood x impact)"
_LIKELIHOOD = re.compile(r"^\s*(?:l|likelihood|probability)\s*(?:\(\s*l\s*\))?\s*$", re.IGNORECASE)
_IMPACT = re.compile(r"^\s*(?:i|c|impact|consequence|severity)\s*(?:\((?:\s*[ic]\s*)\))?\s*$", re.IGNORECASE)


# The NHS 5x5 risk matrix's descriptors of each level (the NPSA matrix every trust's register uses).
MATRIX_WORDS = {"likelihood": {"rare": 1, "unlikely": 2, "possible": 3, "likely": 4, "almost certain": 5},
                "impact": {"negligible": 1, "minor": 2, "moderate": 3, "major": 4, "catastrophic": 5}}


def _rated(cells: list[list[dict]], k: int, words: dict[int, int] | dict[str, int]) -> list[Amount | None] | None:
    """A column rated in the matrix's words, as the levels they stand for (None unless most cells are such words)."""
    texts = [row[k]["text"].strip().lower() if k < len(row) else "" for row in cells]
    levels = [Amount(float(words[t])) if t in words else None for t in texts]
    return levels if sum(a is not None for a in levels) >= max(2, len([t for t in texts if t]) * 0.8) else None


def product_scores(ctx: Context, labels: list[str], numeric: dict[int, list[Amount | None]],
                   cells: list[list[dict]] | None = None) -> list[str] | None:
    """Each row's risk score worked out as the NHS 5x5 matrix scores a risk, likelihood times impact,
    when the question asks about scores and the register gives the two but no score column."""
    asks = ctx.tokenizer.stem("score") in ctx.analysis.words or ctx.analysis.bound is not None  # "scores highest", "15+"
    if not asks or any("score" in label.lower() for label in labels):
        return None
    columns = {"likelihood": _LIKELIHOOD, "impact": _IMPACT}
    levels: dict[str, list[Amount | None]] = {}
    for name, label in columns.items():
        k = next((k for k in range(len(labels)) if label.match(labels[k])), None)
        found = numeric.get(k) if k is not None else None
        if found is None and k is not None and cells is not None:  # "Likely", "Major": the matrix's words
            found = _rated(cells, k, MATRIX_WORDS[name])
        if found is None:
            return None
        levels[name] = found
    return [f"{a.whole * b.whole:g} ({a.whole:g} x {b.whole:g})" if a is not None and b is not None else ""
            for a, b in zip(levels["likelihood"], levels["impact"])]

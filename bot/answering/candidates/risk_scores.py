"""A risk register that scores each risk's likelihood and impact (1 to 5) but prints no score: the score
is their product, as the NHS 5x5 risk matrix reckons it, so "which risk scores highest?" and "which
score 15 or more?" are answered from the register as if it printed the column."""

import re

from bot.answering.candidates import Context
from bot.answering.thresholds import Amount

SCORE_LABEL = "Score (likelihood x impact)"
_LIKELIHOOD = re.compile(r"^\s*(?:l|likelihood|probability)\s*(?:\(\s*l\s*\))?\s*$", re.IGNORECASE)
_IMPACT = re.compile(r"^\s*(?:i|c|impact|consequence|severity)\s*(?:\((?:\s*[ic]\s*)\))?\s*$", re.IGNORECASE)


def product_scores(ctx: Context, labels: list[str], numeric: dict[int, list[Amount | None]]) -> list[str] | None:
    """Each row's risk score worked out as the NHS 5x5 matrix scores a risk, likelihood times impact,
    when the question asks about scores and the register gives the two but no score column."""
    if ctx.tokenizer.stem("score") not in ctx.analysis.words or any("score" in label.lower() for label in labels):
        return None
    likely = next((k for k in numeric if _LIKELIHOOD.match(labels[k])), None)
    impact = next((k for k in numeric if _IMPACT.match(labels[k])), None)
    if likely is None or impact is None:
        return None
    return [f"{a.whole * b.whole:g} ({a.whole:g} x {b.whole:g})" if a is not None and b is not None else ""
            for a, b in zip(numeric[likely], numeric[impact])]

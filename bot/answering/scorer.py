"""One scorer for every candidate, and one abstention rule.

A candidate's probability of being the right answer is a logistic function of its named features
(bot/answering/features.py) with weights read from weights.json, which scripts/fit_scorer.py fits on
the tune half of the question bank. The best candidate is the answer when that probability reaches
the threshold; otherwise the plans don't say."""

import json
import math
from dataclasses import dataclass
from importlib import resources

from bot.answering.features import NAMES


@dataclass(frozen=True)
class Scorer:
    bias: float
    weights: dict[str, float]
    threshold: float

    def probability(self, features: dict[str, float]) -> float:
        z = self.bias + sum(self.weights.get(name, 0.0) * features.get(name, 0.0) for name in NAMES)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def answers(self, probability: float) -> bool:
        return probability >= self.threshold


def load_scorer(text: str | None = None) -> Scorer:
    data = json.loads(text if text is not None else resources.files("bot.answering").joinpath("weights.json").read_text())
    return Scorer(bias=float(data["bias"]), weights={k: float(v) for k, v in data["weights"].items()},
                  threshold=float(data["threshold"]))

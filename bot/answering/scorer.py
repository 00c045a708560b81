"""One scorer for every candidate, and one abstention rule.

The scorer ranks: a candidate's score is a weighted sum of its named features
(bot/answering/features.py). The abstention rule then looks at the best candidate alone: the
probability that answering with it is right is a logistic function of the same features and its
score; below the threshold, the plans don't say. A candidate that gathers records by the question's
constraints (a must-do grid's row, what falls in a window: eligibility.GROUPS) need not repeat the
question's words, so its topic features run low whatever its worth: its probability is held to a
threshold of its own. Both sets of weights and both thresholds live in weights.json, fitted by
scripts/fit_scorer.py on the tune half of the question bank (never the holdout)."""

import json
import math
from dataclasses import dataclass
from importlib import resources

from bot.answering.features import NAMES


@dataclass(frozen=True)
class Scorer:
    rank: dict[str, float]
    bias: float
    weights: dict[str, float]  # the abstention rule's, over the features and "score"
    threshold: float
    group_threshold: float  # for a candidate gathered by the question's constraints

    def score(self, features: dict[str, float]) -> float:
        return sum(self.rank.get(name, 0.0) * features.get(name, 0.0) for name in NAMES)

    def probability(self, features: dict[str, float], score: float) -> float:
        z = self.bias + self.weights.get("score", 0.0) * score
        z += sum(self.weights.get(name, 0.0) * features.get(name, 0.0) for name in NAMES)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def answers(self, probability: float, group: bool = False) -> bool:
        return probability >= (self.group_threshold if group else self.threshold)


def load_scorer(text: str | None = None) -> Scorer:
    data = json.loads(text if text is not None else resources.files("bot.answering").joinpath("weights.json").read_text())
    return Scorer(rank={k: float(v) for k, v in data["rank"].items()}, bias=float(data["bias"]),
                  weights={k: float(v) for k, v in data["weights"].items()}, threshold=float(data["threshold"]),
                  group_threshold=float(data.get("group_threshold", data["threshold"])))

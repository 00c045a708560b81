"""Asked why, answered by a line that gives a reason.

"Why did the go-live slip?", "what held up the UTC?": the answer is the line saying what caused it
("Reason for slippage: the data sharing agreement was not signed", "... moved to December because CQC
registration ..."), not the line that only restates what happened."""

import re

_ASKS = re.compile(r"^\W*(?:why|how come)\b|\b(?:what|which) (?:held|is holding|has held|caused|causes|delayed|is delaying|"
                   r"has delayed|stopped|drove|drives|is behind|lies behind|was behind)\b|\b(?:what|whats|what's) (?:is |was )?the "
                   r"(?:reason|cause|explanation)\b|\bfor what reason\b", re.IGNORECASE)
_GIVES = re.compile(r"\b(?:because|reasons? for|reason:|due to|owing to|as a result of|caused by|on account of|following|"
                    r"delayed by|held up by|driven by|the (?:main )?(?:reason|cause) (?:is|was)|since the|as the)\b", re.IGNORECASE)


def asks_reason(question: str) -> bool:
    return bool(_ASKS.search(question))


def gives_reason(text: str) -> bool:
    return bool(_GIVES.search(text))

"""A register's scoring key, and the band a question asks for.

Risk registers grade a score (likelihood x impact, 1-25) into named bands and say so in a key:
"1-6 = low; 8-12 = moderate; 15-25 = high", or a key table ("15-25  High  reported to the Board").
"How many risks are rated high?" is then the rows whose score falls in that band, which no line
states; "the most serious band" is the key's top band."""

import re
from dataclasses import dataclass

from bot.answering.thresholds import Amount

# The words NHS risk scoring names its bands with (5x5 matrix conventions), the longest first.
BAND_NAMES = ("very high", "extreme", "high", "significant", "moderate", "medium", "low", "very low")
_NAME = "|".join(BAND_NAMES)
_RANGE = r"(\d{1,2})\s*(?:-|–|to)\s*(\d{1,2})"
_KEYS = (
    re.compile(rf"{_RANGE}\s*(?:=|:)?\s*({_NAME})\b", re.I),  # "15-25 = high", "15-25  High"
    re.compile(rf"\b({_NAME})\s*(?:\(|:|=)\s*{_RANGE}", re.I),  # "High (15-25)", "High: 15-25"
)
_TOP_ASKED = re.compile(r"\b(?:most serious|highest|top|worst|most severe)\s+(?:risk\s+)?(?:band|category|rating|level)\b", re.I)


@dataclass(frozen=True)
class Band:
    """A bound as filtered rows read one: the scores from `low` to `high`, named as the key names them."""

    name: str
    low: float
    high: float
    op: str = ">="  # listed highest first, as a lower bound's rows are
    start: int = 0
    end: int = 0

    @property
    def extreme(self) -> bool:
        return False

    @property
    def amount(self) -> Amount:
        return Amount(self.low)

    def passes(self, cell: Amount) -> bool:
        return self.low <= cell.value <= self.high

    def said(self) -> str:
        return f"in the {self.name} band ({self.low:g}-{self.high:g})"


def key_bands(text: str) -> dict[str, tuple[float, float]]:
    """The bands a key names, each with its range of scores; nothing unless two or more are named."""
    found: dict[str, tuple[float, float]] = {}
    for m in _KEYS[0].finditer(text):
        low, high = float(m.group(1)), float(m.group(2))
        if low < high:
            found.setdefault(m.group(3).lower(), (low, high))
    for m in _KEYS[1].finditer(text):
        low, high = float(m.group(2)), float(m.group(3))
        if low < high:
            found.setdefault(m.group(1).lower(), (low, high))
    return found if len(found) >= 2 else {}


def key_meanings(text: str) -> dict[str, str]:
    """What a key table says each band means, written after it on its line ("15-25  High  reported
    to the ICB Board at every meeting")."""
    return {m.group(3).lower(): m.group(4).strip() for m in _MEANT.finditer(text) if m.group(4).strip()}


_MEANT = re.compile(rf"{_RANGE}[ \t]*(?:=|:)?[ \t]*({_NAME})\b[ \t]+([^\n;]{{6,}})", re.I)
MEANING_SHARE = 0.6  # of a band's meaning's words the question must hold to ask for it by its meaning


def asked_band(question: str, bands: dict[str, tuple[float, float]], meanings: dict[str, set[str]] | None = None,
               asked: set[str] | frozenset[str] = frozenset()) -> Band | None:
    """The band the question names ("rated high", "the high risks"), or the key's top band for "the
    most serious band", or the band whose meaning it gives in the key's words ("serious enough to be
    reported to every Board meeting": `meanings` and `asked` as stems); None when it asks for none."""
    if not bands:
        return None
    low = question.lower()
    if _TOP_ASKED.search(low):
        name = max(bands, key=lambda n: bands[n][1])
        return Band(name, *bands[name])
    for name in sorted(bands, key=len, reverse=True):
        if re.search(rf"\b{re.escape(name)}\b", low):
            return Band(name, *bands[name])
    for name, words in (meanings or {}).items():
        if name in bands and len(words) >= 2 and len(words & asked) >= MEANING_SHARE * len(words):
            return Band(name, *bands[name])
    return None


def asks_top_band(question: str) -> bool:
    """"The most serious band": a band, though "most" also reads as asking for the highest row."""
    return bool(_TOP_ASKED.search(question))

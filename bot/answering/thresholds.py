"""A number a question sets as a bound ("risks scoring 15 or more", "schemes costing over £2m"),
and the numbers a table cell holds, in comparable form.

Staff ask for the rows of a register or budget that pass a bound as often as for one row: the answer
is every row whose number in the asked column passes it, which no single passage or row states. The
bound is read from the comparison phrase alone; which column it applies to is the table's business
(bot.answering.candidates.filtered)."""

import operator
import re
from collections.abc import Callable
from dataclasses import dataclass

_SCALE = {"k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9}
# (a number starts where no digit, comma or point runs on into it: tried from inside a long run of digits, each
# pattern would read the rest of the run again, from every digit)
_NUM = r"(?P<pound>£\s?)?(?<![\d,.])(?P<num>\d[\d,]*(?:\.\d+)?)\s?(?P<unit>%|k|m|bn|thousand|million|billion)?(?![\w£])"
# What never bounds a table's numbers: a time ("over 18 weeks", "in under 2 hours"), an age ("over 65s",
# "aged over 75"), a year ("since before 2020").
_NOT_A_BOUND = re.compile(r"^\s*(?:s\b|['’]s\b|-?(?:minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|months?|years?|yrs?)\b|"
                          r"(?:year|yr)s?[ -]olds?\b)")
_AGED = re.compile(r"\b(?:children|child|kids|babies|infants|people|adults|patients|residents|men|women|girls|boys|"
                   r"aged|age|ages|those)\s+$")
_BOUNDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(rf"{_NUM}\s*(?:or|and)\s+(?:more|above|over|higher|greater|upwards)\b"), ">="),
    # ("15+", not a sum: "16/17 + 17/18" adds two years, its "17" a part of one)
    (re.compile(rf"(?<!/){_NUM}\s*\+(?!\w)(?!\s*[£\d])"), ">="),
    (re.compile(rf"\b(?:at least|no less than|not less than|(?:a )?minimum of)\s+{_NUM}"), ">="),
    (re.compile(rf"\b(?:more than|greater than|higher than|bigger than|over|above|exceeding|in excess of)\s+{_NUM}"), ">"),
    (re.compile(rf"{_NUM}\s*(?:or|and)\s+(?:less|below|under|lower|fewer)\b"), "<="),
    (re.compile(rf"\b(?:at most|no more than|not more than|(?:a )?maximum of|up to)\s+{_NUM}"), "<="),
    (re.compile(rf"\b(?:less than|fewer than|lower than|smaller than|below|under)\s+{_NUM}"), "<"),
    # "which risks score 20?", "rated 12": a verb of measuring with a number and no comparison after it
    (re.compile(rf"\b(?:scor(?:e|es|ed|ing)|rated|rating)\s+(?:of\s+|at\s+|exactly\s+)?{_NUM}(?!\s*(?:\+|or\b|and\s+(?:above|over|more|below|under|less)\b))"), "=="),
)
# "the highest scoring risk", "which scheme has the most beds": the row at one end of a number column.
_EXTREMES = re.compile(r"\b(?:(?P<max>highest|largest|biggest|greatest|most|top|furthest|widest)|(?P<min>lowest|smallest|least|fewest))\b")
_OPS: dict[str, Callable[[float, float], bool]] = {">=": operator.ge, ">": operator.gt, "<=": operator.le, "<": operator.lt, "==": operator.eq}
SAID = {">=": "or more", ">": "over", "<=": "or less", "<": "under", "==": "of"}


@dataclass(frozen=True)
class Amount:
    """A number as written, with the scale its unit gives it (£2.4m: 2.4, 1e6) and whether it is a sum or a share."""

    value: float
    scale: float = 1.0
    money: bool = False
    percent: bool = False

    @property
    def whole(self) -> float:
        return self.value * self.scale


@dataclass(frozen=True)
class Bound:
    op: str  # ">=", ">", "<=", "<", "=="; "max", "min" for a superlative (no amount: the amount is 0)
    amount: Amount
    start: int  # where the phrase stands in the question (its words are the bound, not the topic)
    end: int

    @property
    def extreme(self) -> bool:
        """The question asks for the row at one end of the column ("highest"), not those past a number."""
        return self.op in ("max", "min")

    def passes(self, cell: Amount) -> bool:
        """Compared in full (£2m against £2,400,000) when both say their scale, else as written: a
        "Score" of 16 against "15 or more", a cost column in £m against "over 2"."""
        scaled = self.amount.scale != 1.0 and cell.scale != 1.0 or self.amount.money and cell.money
        mine, theirs = (self.amount.whole, cell.whole) if scaled else (self.amount.value, cell.value)
        return _OPS[self.op](theirs, mine)

    def said(self) -> str:
        """"15 or more", "over £2m": the bound as the answer repeats it."""
        number = f"{self.amount.value:g}"
        unit = next((u for u, s in _SCALE.items() if s == self.amount.scale and len(u) <= 2), "") if self.amount.scale != 1.0 else ""
        text = f"{'£' if self.amount.money else ''}{number}{unit}{'%' if self.amount.percent else ''}"
        return f"{text} {SAID[self.op]}" if self.op in (">=", "<=") else f"{SAID[self.op]} {text}"


def asked_bound(low: str) -> Bound | None:
    """The first comparison with a number in a lower-cased question, unless the number is a time, an
    age or a year (those bound when things happen or whom a service is for, not a table's figures);
    else a superlative ("highest"), which only a number column its question names can answer."""
    found: list[tuple[int, Bound]] = []
    for pattern, op in _BOUNDS:
        for m in pattern.finditer(low):
            amount = _amount(m)
            if amount is None or _NOT_A_BOUND.match(low[m.end("num") if not m.group("unit") else m.end("unit"):]) \
                    or _AGED.search(low[:m.start()]):
                continue
            start = m.start("pound") if m.group("pound") else m.start("num") if op == "==" else m.start()
            found.append((start, Bound(op, amount, start, m.end())))  # "score 20": "score" names the column, the bound is "20"
    if found:
        return min(found, key=lambda f: f[0])[1]
    m = _EXTREMES.search(low)
    return Bound("max" if m.group("max") else "min", Amount(0.0), m.start(), m.end()) if m else None


def _amount(m: re.Match[str]) -> Amount | None:
    digits = m.group("num").replace(",", "")
    try:
        value = float(digits)
    except ValueError:
        return None
    unit = m.group("unit") or ""
    if not m.group("pound") and not unit and "." not in digits and 1900 <= value <= 2100:
        return None  # a year
    return Amount(value, _SCALE.get(unit, 1.0), bool(m.group("pound")), unit == "%")


# A product shown with its working, as risk registers write a score (likelihood × impact): "4 × 5 = 20", "3x4=12".
# "4 × 5 = 20", "C4 × L3 = 12" (each factor after its letter: consequence, likelihood)
_WORKED = re.compile(r"^\s*[a-z]?\s*\d+(?:\.\d+)?\s*[x×*]\s*[a-z]?\s*\d+(?:\.\d+)?\s*=\s*(\d+(?:\.\d+)?)\s*(?:\(.{0,24}\))?\s*$", re.I)
_CELL = re.compile(rf"^\s*(?:{_NUM})\s*(?:[(\-–:].{{0,24}})?$")
_LABEL_SCALE = re.compile(r"£\s?(k|m|bn|000s?|000's)\b|\((k|m|bn|000s?)\)", re.I)


def cell_amount(text: str, label: str = "") -> Amount | None:
    """The number a cell holds when a number is all it holds (with at most a short note after it:
    "16 (red)"); its scale from the cell ("£2.4m") or else the column's label ("Cost (£m)", "£000s")."""
    worked = _WORKED.match(text)
    if worked:  # "4 × 5 = 20": a score shown with its working holds its result
        return Amount(float(worked.group(1)))
    m = _CELL.match(text.strip().lower())
    if not m:
        return None
    amount = _amount(m)
    if amount is None:
        digits = m.group("num").replace(",", "")
        amount = Amount(float(digits), 1.0, bool(m.group("pound")))  # a year in a column of years is still a number
    if amount.scale == 1.0 and label:
        said = _LABEL_SCALE.search(label)
        if said:
            unit = (said.group(1) or said.group(2)).lower()
            scale = 1e3 if unit.startswith("000") else _SCALE[unit]
            amount = Amount(amount.value, scale, True, amount.percent)
    return amount

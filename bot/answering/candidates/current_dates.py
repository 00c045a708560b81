"""The date a row now gives, where it gives both the first and the revised one: "Baseline 31/03/2017 |
Forecast 30/06/2017" is led by the forecast, said to have moved from the baseline, unless the question
asks for the date first set."""

import re

from bot.answering import types

_CURRENT_LABEL = re.compile(r"\b(?:forecast|revised|current|latest|new|now|re-?planned|expected)\b", re.I)
_ORIGINAL_LABEL = re.compile(r"\b(?:baseline|original|originally|initial|first|planned|plan|target|was)\b", re.I)
# a question after the date first set, not the date now
_ORIGINAL_ASKED = re.compile(r"\b(?:originally|original|baseline|initially|first (?:planned|meant|due|set|scheduled)|"
                             r"before (?:the|it|that) (?:slip|slipped|delay|change|moved|was moved)|(?:was|were) (?:it |they )?"
                             r"(?:first |originally )?(?:due|planned|meant|scheduled))\b", re.I)


def unbroken(label: str) -> str:
    """A heading whose word a narrow column broke at a hyphen ("Fore-cast") read whole ("Forecast")."""
    return _BROKEN_WORD.sub("", label)


_BROKEN_WORD = re.compile(r"(?<=[a-z])-(?=[a-z])")


def moved_from(labels: list[str], cells: list[dict], at: int) -> str | None:
    """The first date of a row whose column `at` holds the date now expected ("Forecast") beside a
    different first one ("Baseline"), else None."""
    if at >= min(len(labels), len(cells)) or not _CURRENT_LABEL.search(unbroken(labels[at])):
        return None
    now = types.dates(cells[at]["text"])
    for k in range(min(len(labels), len(cells))):
        if k != at and _ORIGINAL_LABEL.search(unbroken(labels[k])) and not _CURRENT_LABEL.search(unbroken(labels[k])):
            first = types.dates(cells[k]["text"])
            if first and now and first[0][2] != now[0][2]:
                return first[0][2]
    return None


def current_date(labels: list[str], cells: list[dict], question: str) -> int | None:
    """The column of the date now expected, where a row gives both the first and the revised one
    ("Baseline: Feb 17 | Forecast: Mar 17"), unless the question asks for the first."""
    dated = [k for k in range(min(len(labels), len(cells))) if cells[k]["text"] and types.dates(cells[k]["text"])]
    current = [k for k in dated if _CURRENT_LABEL.search(unbroken(labels[k]))]
    original = [k for k in dated if _ORIGINAL_LABEL.search(unbroken(labels[k])) and k not in current]
    if not current or not original or _ORIGINAL_ASKED.search(question):
        return None
    return current[0]

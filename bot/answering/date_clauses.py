"""A date answers what its own clause is about.

"Phase 2 was moved from Q4 to Q1 by the Programme Board on 25 May 2017, so that the localities start after
the urgent care hub has gone live" dates Phase 2's move, not the hub's go-live: the hub is named only in the
clause joined on by ", so that". Asked "when will the hub go live?", a sentence whose dates all stand in
clauses sharing no word of the question's topic, while another of its clauses holds that topic, gives a
date of something else. Clauses are split only where a comma or semicolon opens a new one (", so that",
", because", ", which", "; "), never at "after" or "before", which often carry the date they are about."""

import re

from bot.answering import types
from bot.answering.matching import Topic

_CLAUSE_BREAK = re.compile(r";\s+|,\s+(?=(?:so that|so as to|because|as a result|which|while|whereas|although|though|"
                           r"but|in order to|meaning|leaving)\b)", re.IGNORECASE)
# a clause that opens by pointing back ("It will now ...") is about what the clause before it names
_POINTS_BACK = re.compile(r"^\W*(?:it|this|these|they|that)\b", re.IGNORECASE)


def clauses(text: str) -> list[str]:
    parts = [p for p in _CLAUSE_BREAK.split(text) if p.strip()]
    out: list[str] = []
    for part in parts:
        if out and _POINTS_BACK.match(part):
            out[-1] = f"{out[-1]} {part}"
        else:
            out.append(part)
    return out


def dated_elsewhere(text: str, topic: Topic) -> bool:
    """Every clause of the text that gives a date shares no word of the topic, and some other clause does."""
    parts = clauses(text)
    if len(parts) < 2:
        return False
    dated = [p for p in parts if types.dates(p)]
    if not dated:
        return False
    if any(topic.coverage(p)[1] > 0 for p in dated):
        return False
    return any(topic.coverage(p)[1] > 0 for p in parts if p not in dated)

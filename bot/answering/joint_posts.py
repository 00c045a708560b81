"""Two posts asked as one ("who is the STP Lead and Senior Responsible Officer?"): papers often give one
person both ("STP Lead and SRO"), and another only one of them ("STP Digital SRO"). Where someone is
stated in every post asked, whoever holds only some of them is not the answer."""

import re

from bot.answering.analysis import Analysis
from bot.answering.candidates import Candidate, role_score
from bot.answering.vocabulary import ROLES


def asked_together(analysis: Analysis) -> list[str]:
    """The roles the question joins by "and" as one post ("STP Lead and Senior Responsible Officer"); none
    where it names them apart ("the SRO or the clinical lead": either will do)."""
    low = " ".join(analysis.text.lower().split())
    for first in analysis.roles:
        for second in analysis.roles:
            if first != second and any(re.search(rf"\b{re.escape(a)}\s+(?:and|&)\s+(?:the\s+)?{re.escape(b)}\b", low)
                                       for a in ROLES[first] for b in ROLES[second]):
                return [first, second]
    return []


def held_together(found: list[Candidate], analysis: Analysis) -> None:
    """Rule out, in place, whoever states only some of the posts asked together, where someone states all."""
    roles = asked_together(analysis)
    if not roles or not any(c.eligible and _holds_all(c, roles) for c in found):
        return
    for candidate in found:
        if candidate.eligible and candidate.role_text and not _holds_all(candidate, roles):
            candidate.eligible = False


def _holds_all(candidate: Candidate, roles: list[str]) -> bool:
    return bool(candidate.role_text) and all(role_score(r, candidate.role_text) > 0 for r in roles)

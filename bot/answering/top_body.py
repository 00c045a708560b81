"""The footprint's top board, described by its rank rather than its name.

Staff who do not know a body's title describe it by where it stands: "who runs the top-level
meetings?", "who chairs the plan's main board?", "the top decision-making group for the whole plan".
Across STPs and ICSs the body at the top of the governance (a Partnership Board, a Leadership Board,
an ICB board) is the one with an independent chair: the other groups are chaired by a member's
executive or clinician. So a chair asked of the top body is answered by a line saying someone is
the independent chair, whatever that body is called and whether or not the line repeats the
question's words; the words giving the rank ("top", "main", "decision-making") say which body, not
what it is about."""

import re

# The rank, then at most two words saying what kind of top body, then the body ("the top board",
# "the main programme board", "the top decision-making group", "top-level meetings")
RANKED_BODY = re.compile(r"\b(?:top|top[- ]level|main|overarching|overall|highest|principal|most senior|senior[- ]most)\s+"
                         r"((?:(?:decision[- ]making|level|partnership|partners'?|programme|leadership|governing|oversight|"
                         r"strategic|stp|ics|system)\s+){0,2})(?:board|body|group|meetings?|committee|forum|partnership)s?\b",
                         re.IGNORECASE)
_INDEPENDENT_CHAIR = re.compile(r"\bindependent\s+(?:chair|chairman|chairwoman|chairperson)\b", re.IGNORECASE)


def asks_top_body(question: str) -> bool:
    """Whether the question describes the body it asks about by its rank."""
    return RANKED_BODY.search(question) is not None


# the words of a rank description that say which body, not what it is about ("partnership" and
# "programme" may be in the body's own name, and stay)
# (nor the kind of body: "the top group" and "the top board" are one body by either word)
_RANK_WORDS = frozenset("top level main overarching overall highest principal most senior decision making board boards body "
                        "group groups meeting meetings committee forum".split())


def rank_words(question: str) -> list[str]:
    """The words giving each rank description's rank and kind of body ("top", "decision-making",
    "group" of "the top decision-making group")."""
    return [w for m in RANKED_BODY.finditer(question) for w in re.findall(r"[a-z]+", m.group(0).lower()) if w in _RANK_WORDS]


def independent_chair(*texts: str) -> bool:
    """A line saying someone is the independent chair ("Independent Chair (the STP Partnership Board)")."""
    return any(text and _INDEPENDENT_CHAIR.search(text) for text in texts)


def named_independent_chair(surname: str, text: str) -> bool:
    """A sentence naming the person, then saying they are the independent chair ("... is chaired by
    Professor Ingrid Calloway-Stroud, our independent chair"), or the other way round."""
    if not surname or surname not in text:
        return False
    name = re.escape(surname)
    return re.search(rf"\b{name}\b[^.;:]{{0,40}}?\bindependent\s+chair|\bindependent\s+chair\b[^.;]{{0,40}}?\b{name}\b",
                     text, re.IGNORECASE) is not None

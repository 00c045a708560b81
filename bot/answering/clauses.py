"""A question's clauses: the one that asks, and those said beside it ("... ? need it for the board",
"now that Stephen has retired"), which say why it is asked or whom it is about, and weigh less."""

import re

SIDE_CLAUSE_WEIGHT = 0.1  # a side clause's words weigh this share of the asking clause's

_CLAUSE = re.compile(r"(?<=[?!])\s+|(?<=\.)\s+(?=[A-Za-z])|\s+[-–]\s+(?=(?:need|so|as|for|because|cos|it's|its|im|i'm|we|thanks)\b)|"
                     # "closing date for the consultation pls, need it for the newsletter": the errand, after a comma
                     r",\s+(?=(?:(?:i|we)\s+)?(?:need|needs|want|wants)\s+(?:it|this|these|them|that|those)\b)")
# "... now that Stephen Marwood has retired?", "while Fiona is on secondment": the circumstance of a change
# of holder, said around the question; whom it is about, not what the role is for
CIRCUMSTANCE = re.compile(r"(?:,\s*|\b)(?:now(?: that)?|while|whilst|since|until|till|with)\s+[^,?;]*?\b(?:left|leaving|leaves|retired|retiring|"
                           r"retires|away|secondment|seconded|gone|stepped down|stepping down|moved on|moving on|vacant|unfilled|"
                           r"appointed|off sick|on leave|departed|stood down|standing down)\b[^,?;]*", re.IGNORECASE)


# "For the staff briefing I want to say how much ...", "Finance want to know the total sum ...": who asks and
# what for, said before the wanting to know; the asking starts after it. Split only where the framing holds no
# question word itself ("what do we need to know about X" asks in its framing).
_WANTING = (r"\b(?:(?:want|wants|wanted|need|needs|would like|'d like|like)\s+to\s+(?:know|say|quote|tell\s+\w+|check|find\s+out|"
            r"confirm|mention|put\s+in)|(?:asked(?:\s+me)?|asking|wondering|wonders|wondered)(?=\s+(?:how|what|which|who|when|where|whether|if)\b))")
_FRAMING = re.compile(rf"^(?P<framing>[^?]*?{_WANTING})\s+(?=\S)", re.IGNORECASE)
_FRAMING_ONLY = re.compile(rf"{_WANTING}\W*$", re.IGNORECASE)
_QUESTION_WORD = re.compile(r"\b(?:who|when|what|which|how|where|whose)\b|\?", re.IGNORECASE)


# A side clause that only says why the question is asked or whose place is to be filled: "need sign off for
# the crisis cafe business case", "retail park manager wants a contact", "Owen Thackeray used to sign off our
# papers but he has retired". The names in it are the asker's errand or the one who has gone, not what the
# answer must name.
_INCIDENTAL = re.compile(r"^\W*(?:(?:i|we)\s+)?(?:need|needs|want|wants|so\s+(?:i|we)\b)|^\W*(?:[\w&'’-]+\s+){1,3}(?:wants?|needs?)\b|"
                         r"\b(?:used to|(?:has|have|had)\s+(?:now\s+)?(?:retired|left|gone|moved on|stepped down|stood down)|"
                         r"stepped down|stood down)\b", re.IGNORECASE)


def incidental(clause: str) -> bool:
    """Whether a side clause only gives the asker's errand or who has gone (`_INCIDENTAL`)."""
    return _INCIDENTAL.search(clause) is not None


# Who wants the answer, said beside the question ("retail park manager wants a contact", "practice nurses
# want to ask about referrals"): the asker's post, not a role the answer must hold.
_ASKER = re.compile(r"^(\W*(?:[\w&'’-]+\s+){1,3}?)(?=(?:wants?|needs?|would like)\b)", re.IGNORECASE)


def without_askers(text: str) -> str:
    """The question with whoever wants the answer blanked from its side clauses (`_ASKER`), for reading
    the roles it asks for."""
    clauses = [c for c in clauses_of(text) if c.strip()] or [text]
    main = main_clause(clauses)
    return " ".join(clause if n == main else _ASKER.sub(lambda m: " " * len(m.group(1)), clause) for n, clause in enumerate(clauses))


def asked_low(text: str) -> str:
    """The clause that asks, in lower case: a role said beside a question that asks for no person ("how
    much of the gap is social care's? the directors keep quoting different numbers") says who is
    talking, not whose figure is asked."""
    clauses = [c for c in clauses_of(text) if c.strip()] or [text]
    return clauses[main_clause(clauses)].lower().replace("'", "").replace("’", "")


def main_clause(clauses: list[str]) -> int:
    """The clause that asks: the first with a question mark or a question word, else the first that is not
    only the framing of who wants to know."""
    return max(range(len(clauses)), key=lambda i: (bool(re.search(r"\?|\b(?:who|when|what|which|how|where)\b", clauses[i].lower())),
                                                   not _FRAMING_ONLY.search(clauses[i]), -i))


def clauses_of(text: str) -> list[str]:
    """The question's clauses, the circumstance of a change of holder split out as a side clause."""
    clauses = []
    for clause in _CLAUSE.split(text):
        framing = _FRAMING.match(clause)
        if framing and not _QUESTION_WORD.search(framing.group("framing")):
            clauses.append(framing.group("framing"))
            clause = clause[framing.end():]
        clauses.extend(part for part in re.split(f"({CIRCUMSTANCE.pattern})", clause, flags=re.IGNORECASE) if part and part.strip(" ,?"))
    return clauses

"""The nine national must-dos of the 2016/17 NHS planning guidance, and how to recognise them."""

import re

MUSTDOS: dict[int, str] = {
    1: "STP: develop a high quality and agreed STP",
    2: "financial balance",
    3: "general practice sustainability and quality",
    4: "A&E and ambulance access standards",
    5: "referral to treatment (RTT) waiting times",
    6: "cancer waiting standards",
    7: "mental health access standards (IAPT, psychosis, dementia)",
    8: "learning disabilities transforming care",
    9: "quality and special measures",
}

# Words that identify a must-do in a matrix row or a question (garbled numbers are common in PDFs).
KEYWORDS: dict[int, tuple[str, ...]] = {
    1: ("agreed stp", "high quality and agreed", "triple aim", "stp must do", "the stp"),
    2: ("financial balance", "aggregate financial", "finance", "financial", "lord carter", "agency spend", "rightcare programme"),
    3: ("general practice", "gp ", "primary care", "workload"),
    4: ("a&e", "ambulance", "four hours", "four-hour", "four hour", "4 hour", "4-hour", "urgent and emergency", "category a"),
    5: ("18 weeks", "18 week", "referral to treatment", "rtt", "non-emergency pathways", "elective"),
    6: ("cancer", "62 day", "62-day", "tumour", "oncolog", "malignan"),  # the disease in other words
    7: ("mental health", "iapt", "psychosis", "dementia", "psychological therapies", "psychiatr", "emotional wellbeing"),
    8: ("learning disabilit", "learning disability", "transforming care", " ld "),
    9: ("special measures", "avoidable mortality", "improvements in quality", "quality"),
}


def names_mustdo(text: str) -> bool:
    """The text names a national must-do as one ("supports delivery of national must-do 4", "must do #7",
    "Must-dos served: MD7 Mental health")."""
    return bool(_NAMES_MUSTDO.search(text))


_NAMES_MUSTDO = re.compile(r"\bmust[\s-]*dos?\s*(?:no\.?|number|#)?\s*\(?[1-9]\b|\bnational must[\s-]*dos?\b|"
                           # "Must-dos served: MD7 Mental health; MD8 ...": the must-dos by their short codes
                           r"\bmust[\s-]*dos?\b[^.]{0,40}?\b(?-i:MD)[1-9]\b", re.I)


def says_no(cell: str) -> bool:
    """A matrix cell saying the programme does not cover the must-do ("N", "No" under a key "Y = addresses;
    N = not addressed"): no entry, as a cross or an empty box reads."""
    return cell.strip().lower().rstrip(".") in _NO_CELLS or _SAYS_NONE.match(cell) is not None


# ... or opens by saying so, then says why ("No direct contribution; the contract is one part of the UEC
# programme", "None (mental health needs go to the crisis line)")
_SAYS_NONE = re.compile(r"^\s*(?:(?:no|nil)(?:\s+(?:direct|material|specific|significant|explicit|particular|major))?\s+"
                        r"(?:contribution|impact|role|link|coverage|entry|relevance|involvement)|none|nil|"
                        r"not\s+(?:covered|addressed|applicable|relevant))\s*(?:$|[;,.(–—:-])", re.I)
_NO_CELLS = frozenset({"n", "no", "false", "none", "not covered", "not addressed", "no contribution", "○", "◯"})  # (an open circle no key read)


def strong_mustdo(text: str) -> int | None:
    """The must-do a description's opening words clearly name, else None."""
    low = f" {text[:160].lower()} "
    scores = {n: sum(2 if len(w) > 6 else 1 for w in words if w in low) for n, words in KEYWORDS.items()}
    best = max(scores, key=scores.__getitem__)
    return best if scores[best] >= 2 else None


def identify_mustdo(description: str, lead: str = "") -> int | None:
    """Which must-do a matrix row is, from its wording first and its (often garbled) number second."""
    low = f" {description.lower()} "
    best, score = None, 0
    for number, words in KEYWORDS.items():
        hits = sum(2 if len(w) > 6 else 1 for w in words if w in low)
        if hits > score:
            best, score = number, hits
    if best is not None and score >= 2:
        return best
    m = re.match(r"\s*(\d)\b", lead) or re.match(r"\s*(\d)[.)]?(?:\s|$)", description)  # "8" alone under "Must-do" too
    if m and 1 <= int(m.group(1)) <= 9:
        return int(m.group(1))
    return best


def numbered_in_question(text: str) -> list[int]:
    """The must-dos a question asks after by number: "must do 4", "must-do #7", "MD8", "(3)", "national
    priority 2"."""
    low = f" {text.lower()} "
    numbers = [int(n) for n in re.findall(r"must[\s-]*dos?'?s?\s*(?:no\.?|number|#)?\s*\(?([1-9])\b", low)]
    numbers += [int(n) for n in re.findall(r"\bmd\s?([1-9])\b", low)]  # "MD8": a tracker's short form of "must do 8"
    numbers += [int(n) for n in re.findall(r"\(([1-9])\)", low)]
    numbers += [int(n) for n in re.findall(r"\bnational priorit(?:y|ies)\s*(?:no\.?|number|#)?\s*([1-9])\b", low)]
    return list(dict.fromkeys(numbers))


def mustdos_in_question(text: str, everyday: bool = False) -> list[int]:
    """"must do 4", "must-do #7", "the A&E must-do", "RTT" -> must-do numbers asked about. With
    `everyday`, the everyday words of general practice and quality count too (a local priority asked
    "for GP practices" is asked about the GP must-do)."""
    low = f" {text.lower()} "
    numbers = numbered_in_question(text)
    if numbers:
        return numbers
    named = _named_before(low)
    if named:
        return named
    found: list[int] = []
    for number, words in KEYWORDS.items():
        if number in ((1,) if everyday else (1, 9, 3)):
            continue  # words too common in questions ("the stp", "quality", "gp") unless asked by number
        if any(w in low for w in words):
            found.append(number)
    if not found:
        for number in (3, 9, 1):
            if any(w in low for w in DISTINCT.get(number, KEYWORDS[number][:2])):
                found.append(number)
    return found


# "the GP must-do", "the quality must do": the words just before "must-do" name it, however common they
# are elsewhere in questions.
_BEFORE_MUSTDO = re.compile(r"\b((?:[\w&/'-]+\s+){0,2}[\w&/'-]+)\s+must[\s-]*dos?\b")


def _named_before(low: str) -> list[int]:
    """The one must-do whose words stand right before "must-do" in the question, else none."""
    found = {number for m in _BEFORE_MUSTDO.finditer(low) for number, words in KEYWORDS.items()
             if any(w in f" {m.group(1)} " for w in words)}
    return list(found) if len(found) == 1 else []


# For the must-dos whose everyday words ("quality", "GP", "the STP") run through any question, the
# phrases that name them and nothing else.
DISTINCT: dict[int, tuple[str, ...]] = {
    1: ("agreed stp", "high quality and agreed", "triple aim"),
    3: ("general practice", "gp sustainability", "sustainability of general", "primary care sustainab"),
    9: ("special measures", "avoidable mortality", "quality improvement", "improvements in quality", "quality plan"),
}


# A grid that numbers the national priorities itself ("1 Urgent & emergency care: 4-hour A&E ...",
# "7 Workforce: reduce agency spend ..."), as a later year's planning guidance does: its number and words.
_OWN_LABEL = re.compile(r"^\s*([1-9])[.):]?\s+(\S.*)$", re.S)
OWN_LABEL_CHARS = 70


def own_label(number: int, description: str) -> str | None:
    """The paper's own name for must-do `number`, when its grid numbers the priorities itself and the
    words under that number are another 2016/17 must-do's (else None: the national name stands, "must
    do 4 (A&E and ambulance access standards)", and for words naming none, "1 Deliver the system plan")."""
    m = _OWN_LABEL.match(description or "")
    if not m or int(m.group(1)) != number or not renumbered(number, m.group(2)):
        return None
    label = " ".join(m.group(2).split())
    return label if len(label) <= OWN_LABEL_CHARS else label[:OWN_LABEL_CHARS].rsplit(" ", 1)[0] + "…"


def renumbered(number: int, words: str) -> bool:
    """The words under a paper's own number `number` are those of another 2016/17 must-do ("1 Urgent &
    emergency care: 4-hour A&E" is must do 4's): the paper numbers its priorities its own way."""
    named = identify_mustdo(words)
    return named is not None and named != number and strong_mustdo(words) is not None


def mustdo_name(number: int, description: str = "") -> str:
    """"must do 4 (A&E and ambulance access standards)", or in the paper's own words where its grid
    numbers the priorities itself ("must do 1 (Urgent & emergency care: 4-hour A&E ...)")."""
    return f"must do {number} ({own_label(number, description) or MUSTDOS[number]})"

"""What a must-do grid's cell says of its programme: an entry or not, and at which level (leading the
must-do or contributing to it), by the cell's own words or its paper's key."""

import re


# A cell saying a programme covers a must-do in part: a half-filled mark read as "Partial", or words.
PARTIAL = re.compile(r"^\s*(?:partial(?:ly)?|part|contribut(?:es|ing|ion|e)|supports?|supporting|secondary|some)\b", re.I)
# ... and in full: a filled mark read as "Yes", or words saying the programme leads it ("Primary": a main means)
FULL = re.compile(r"^\s*(?:full(?:y)?|yes|y|lead(?:s|ing)?|primary|principal|main|✓|✔|●)\b", re.I)


def not_applicable(text: str) -> bool:
    """A cell of only a dash or "n/a": the matrix's key says the must-do does not apply to that
    programme; it neither covers the must-do nor leaves a gap in it."""
    return text.strip().lower().rstrip(".") in NOT_APPLICABLE


NOT_APPLICABLE = {"-", "–", "—", "n/a", "na", "not applicable"}


def only_mark(text: str) -> bool:
    """A cell that says only that its priority covers the must-do ("Yes", a tick read as "Yes") tells
    what is covered, not how: the coverage answer says that better."""
    return text.strip().lower().rstrip(".") in {"yes", "y", "x", "no", "n"}


def spelled_mark(text: str, codes: dict[str, str]) -> str:
    """A cell's mark with the meaning its paper's key gives it: "L" -> "L (lead programme)"; "C 1" (a mark
    and its footnote) -> "C (contributes) 1"."""
    mark, _, rest = text.strip().partition(" ")
    meaning = codes.get(mark)
    if meaning is None and mark.lower() in ("yes", "y"):  # a tick, as the readers write it: the key's tick
        meaning = next((codes[t] for t in TICKS if t in codes), None)
    if meaning is None and mark.lower() == "partial":  # a part-filled or open circle the key calls a contribution
        meaning = next((codes[t] for t in PART_GLYPHS if t in codes and _SAYS_PART.search(codes[t])), None)
    return f"{mark} ({meaning}){' ' + rest if rest else ''}" if meaning else text


def mark_level(text: str) -> str | None:
    """Whether an entry leads a must-do or contributes to it, by its words or its key's: "Lead", "L (lead
    programme)", "Yes" (a full mark, "●") lead; "Partial", "C (contributes)" contribute; else None."""
    meaning = re.search(r"\(([^)]*)\)", text)
    if meaning:  # the key's words first: a tick the key says "contributes" is no lead, though read "Yes"
        if _SAYS_PART.search(meaning.group(1)):
            return "contribute"
        if _SAYS_LEAD.search(meaning.group(1)):
            return "lead"
    for said in (text, meaning.group(1) if meaning else ""):
        if FULL.match(said):
            return "lead"
        if PARTIAL.match(said):
            return "contribute"
    return None


# A key's meaning anywhere in its words ("programme contributes to the priority", "lead programme")
_SAYS_PART = re.compile(r"\b(?:partial(?:ly)?|in part|contribut\w*|support\w*)\b", re.I)
_SAYS_LEAD = re.compile(r"\b(?:lead(?:s|ing)?|full(?:y)?|in full|primary|principal|main)\b", re.I)
# The marks a reader writes as "Yes" (bot.reading.marks), as a key may define them
TICKS = ("✓", "✔", "√")
PART_GLYPHS = ("◐", "◑", "◒", "◓", "◔", "◕", "○", "◯")  # ... and as "Partial", where the key says they contribute

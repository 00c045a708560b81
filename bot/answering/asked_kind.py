"""Asked "which plan?", answered by a text naming a plan.

"Through which plan is the cancer 62-day standard delivered?": the line that repeats the question's own
words ("Deliver the NHS Constitution 62 day cancer waiting standard") names no plan; the line that answers
names one, by its name before the kind ("... delivered through the Cancer Alliance plan"). A text naming
a thing of the kind asked fits the question's form."""

import re

# "which plan", "which of the plans": the kind of thing asked for ("what ..." asks a value as often as a kind)
_WHICH = re.compile(r"\bwhich\s+(?:one\s+)?(?:of\s+(?:the|our|its)\s+)?([a-z]{3,})\b", re.IGNORECASE)
# words after "which"/"what" that ask no kind of thing
_NO_KIND = frozenset("is are was were does do did will would can could has have had should must the this that these those "
                     "date day days time month months year years week weeks kind sort type part parts one two three four five six seven "
                     "eight nine ten".split())


def asked_kind(question: str) -> str | None:
    """The kind of thing a "which/what X" question asks for, lower case, else None."""
    m = _WHICH.search(question)
    if m is None or m.group(1).lower() in _NO_KIND:
        return None
    word = m.group(1).lower()
    return word[:-1] if len(word) > 4 and word.endswith("s") and not word.endswith("ss") else word  # "committees": a committee


# The kinds of a plan's items, which plans name by their codes ("HS3 has been withdrawn", "UEC-01")
ITEM_KINDS = frozenset("initiative scheme priority project programme workstream".split())
_ITEM_CODE = re.compile(r"\b[A-Z]{2,5}-?\d{1,2}[a-z]?\b")  # ("Q3", "B1", "P2": a quarter, a question, a period as often)


def names_kind(text: str, kind: str) -> bool:
    """The text names a thing of the kind by its name: capitalised words before the kind ("the Cancer
    Alliance plan", "Transforming Care Partnership plan"); or, of a plan's items, by its code ("HS3")."""
    if kind in ITEM_KINDS and _ITEM_CODE.search(text):
        return True
    return re.search(rf"\b[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){{0,4}}\s+{re.escape(kind)}s?\b", text) is not None

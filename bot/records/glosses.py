"""References a paper glosses once and then uses bare: "scheme 3 (Elective Care and MSK)" in its first
paragraph, "interim SRO for scheme 3" in its second. A role recorded with the bare reference is read
with the paper's own gloss, so "who is the SRO for Elective Care and MSK?" finds it."""

import re

# "scheme 3 (Elective Care and MSK)", "Programme 7 (Stroke)", "workstream B (Digital)": a kind, its number or
# letter, then its name in brackets, capitalised
_GLOSS = re.compile(r"\b(?P<ref>(?:scheme|programme|workstream|priority|project|initiative|work programme|strand)\s+"
                    r"(?:\d{1,2}[a-z]?|[A-Z]))\s+\((?P<name>[A-Z][^()]{2,60})\)", re.IGNORECASE)


def glosses(texts: list[str]) -> dict[str, str]:
    """Each reference (lower case) and the name the paper first glosses it with."""
    found: dict[str, str] = {}
    for text in texts:
        if "(" in text:
            for m in _GLOSS.finditer(text):
                found.setdefault(" ".join(m.group("ref").lower().split()), m.group("name").strip())
    return found


def glossed(text: str, known: dict[str, str]) -> str:
    """`text` with each bare reference the paper glosses followed by its gloss ("scheme 3 (Elective Care and MSK)")."""
    if not known:
        return text
    for ref, name in known.items():
        text = re.sub(rf"\b{re.escape(ref)}\b(?!\s*\()", lambda m: f"{m.group(0)} ({name})", text, flags=re.IGNORECASE)
    return text

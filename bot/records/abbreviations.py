"""Abbreviations the papers define themselves: "Local Delivery Plans (LDPs)", "SRO (Senior Responsible
Officer)". A question may use either form, so each is read as the other when matching."""

import re
from collections.abc import Iterable, Iterator

_SMALL = frozenset({"and", "&", "of", "the", "for", "to", "in", "on", "with", "a", "an", "at", "or"})
_PAREN = re.compile(r"\(([^()]{2,80})\)")
_NOT_LETTER = re.compile(r"[^A-Za-z&-]")
_ACRONYM = re.compile(r"^[A-Z][A-Za-z&]{1,9}(?:\s[A-Z][A-Za-z&]{1,9})?s?$")


def definitions(texts: Iterable[str]) -> Iterator[tuple[str, str]]:
    """(abbreviation, expansion) pairs whose letters match, as written anywhere in the texts."""
    for text in texts:
        for m in _PAREN.finditer(text):
            inside = m.group(1).strip()
            before = text[: m.start()].rstrip()
            if _ACRONYM.match(inside) and sum(ch.isupper() for ch in inside) >= 2:
                expansion = _expansion_before(before, inside)
                if expansion:
                    yield _singular(inside), expansion
            else:
                word = re.search(r"([A-Z][A-Za-z&]{1,9})$", before)
                if word and sum(ch.isupper() for ch in word.group(1)) >= 2 and _matches(word.group(1), inside.split()):
                    yield _singular(word.group(1)), inside


# An abbreviations list: "UTC  Urgent Treatment Centre    PCN  Primary Care Network", "CYP: children and
# young people", "SDEC - same day emergency care", one per line or several side by side. The short form
# starts a line or follows a column gap; the words right after it must spell it.
_LISTED = re.compile(r"(?:^|\s{2,}|\t|\|\s*|[•▪-]\s+|[;:]\s+)([A-Z][A-Z&]{1,7}s?)(?:\s*[:|–—=-]\s*|\s+)(?=[A-Za-z])")
_WORD_RUN = re.compile(r"[A-Za-z][A-Za-z&'-]*")


def listed(texts: Iterable[str]) -> Iterator[tuple[str, str]]:
    """(abbreviation, expansion) pairs from lists of abbreviations and what they stand for."""
    for text in texts:
        for m in _LISTED.finditer(text):
            short = m.group(1)
            if sum(ch.isupper() for ch in short) < 2:
                continue
            expansion = _expansion_after(text[m.end():], short)
            if expansion:
                yield _singular(short), expansion


def _expansion_after(after: str, abbreviation: str) -> str | None:
    """The shortest run of words right after the short form (no gap between) whose initials spell it."""
    run = re.match(r"[^\t|]*?(?=\s{2,}|\t|\||$)", after.lstrip(" |"))
    words = _WORD_RUN.findall(run.group(0) if run else "")
    letters = [ch for ch in _singular(abbreviation) if ch.isalpha()]
    for n in range(1, min(len(letters) * 2 + 2, len(words)) + 1):  # (a double-barrelled word gives two letters)
        if _matches("".join(letters), words[:n]) and words[0][:1].isupper():
            return " ".join(words[:n])
    return None


def _singular(abbreviation: str) -> str:
    return abbreviation[:-1] if abbreviation.endswith("s") and abbreviation[:-1].isupper() else abbreviation


def _expansion_before(before: str, abbreviation: str) -> str | None:
    """The shortest run of words just before "(ABBR)" whose initials spell it; else such a run before a
    last word saying what kind of work it is, which the short form leaves out ("Out of Hospital Care
    (OOH)"), the whole name with that word."""
    words = before.split()
    letters = [ch for ch in _singular(abbreviation) if ch.isalpha()]
    for n in range(1, min(len(letters) * 2 + 2, len(words)) + 1):  # (a double-barrelled word gives two letters)
        candidate = words[-n:]
        if _matches("".join(letters), candidate):
            return " ".join(candidate).strip(" ,;:")
    if len(words) >= 2 and words[-1].lower().strip(" ,;:") in _KIND_WORDS:
        for n in range(2, min(len(letters) * 2 + 2, len(words) - 1) + 1):
            if _matches("".join(letters), words[-n - 1:-1]):
                return " ".join(words[-n - 1:]).strip(" ,;:")
    return None


# The last word of a programme's name that says what kind of work it is ("Out of Hospital Care (OOH)",
# "Estates Strategy Programme (ES)"): short forms often leave it out.
_KIND_WORDS = frozenset({"care", "services", "service", "programme", "programmes", "workstream", "transformation", "collaboration"})


def _matches(abbreviation: str, words: list[str]) -> bool:
    """Initials of the content words (or of every word) spell the abbreviation, case-insensitively."""
    wanted = "".join(ch for ch in abbreviation.lower() if ch.isalpha())
    cleaned = [_NOT_LETTER.sub("", w) for w in words]
    content = [w for w in cleaned if w and w.lower() not in _SMALL]
    if not content or not content[0][:1].isupper():
        return False
    for chosen in (content, [w for w in cleaned if w]):
        for hyphens in (False, True):  # "Morwenna Tallis-Oduro (MTO)": each part of a double-barrelled name, or not
            initials = "".join(_initials(w, hyphens) for w in chosen).lower()
            if initials == wanted:
                return True
    return False


def _initials(word: str, hyphens: bool = False) -> str:
    """A word gives its first letter; "A&E" gives its capitals ("AE"); with `hyphens`, each capitalised
    part of a hyphenated word gives its own ("Tallis-Oduro": "TO")."""
    if "&" in word:
        return "".join(ch for ch in word if ch.isupper())
    if hyphens and "-" in word:
        return "".join(part[:1] for part in word.split("-") if part[:1].isupper())
    return word[:1]


# A code: letters ("L", "RAG", "ODH"), a score's digit or a mark a grid is drawn with (a tick, a ball). Its meaning runs to a
# semicolon, the line's end, a full stop before the next sentence, or the next code's "=", with or without a comma before it ("L = lead
# programme ✓ = contributes blank = no planned contribution", as a key set out in one row reads).
_CODE_MARK = r"(?:[A-Z][A-Za-z&]{0,5}|[✓✔√●◐◑○✗✘]|\d|blank)"  # a digit: a score ("3 = major contribution")
_CODE = re.compile(rf"(?:^|[\s;:,(])({_CODE_MARK})\s*=\s*([^;=]{{2,80}}?)(?=\s*(?:;|$|\.\s+[A-Z]|,?\s+{_CODE_MARK}\s*=))")


# A grid's marks may be keyed without "=": "Key: ✓ lead programme;  ○ contributing programme; blank: ...".
_GLYPHS = "✓✔√●◐◑○◯✗✘"
_GLYPH_CODE = re.compile(rf"(?:^|[\s;:,(])([{_GLYPHS}])\s*(?:[:-]\s*)?([^;={_GLYPHS}]{{2,80}}?)(?=\s*(?:;|$))")


def code_keys(texts: Iterable[str]) -> Iterator[tuple[str, str]]:
    """(code, meaning) from a key that defines two or more codes on one line:
    "RAG key: G = green, on track; A = amber, at risk ..." or "ODH = Orrinmouth ...; KFCH = ...".
    Used to spell out a cell that holds only the code."""
    for text in texts:
        if "=" not in text:  # most lines: nothing to scan for, unless a grid's marks are keyed
            found = [(m.group(1), m.group(2).strip(" .,")) for m in _GLYPH_CODE.finditer(text.strip())] \
                if any(g in text for g in _GLYPHS) else []
        else:
            found = [(m.group(1), m.group(2).strip(" .,")) for m in _CODE.finditer(text.strip())]
        if len(found) >= 2:
            yield from found


def numbered_programmes(texts: Iterable[str]) -> Iterator[tuple[str, str]]:
    """(code, name) of each programme a paper numbers in a band row or heading ("P5 Mental Health &
    Learning Disabilities") whose items carry its code with a number after a point ("P5.1", "P5.2"):
    a tracker elsewhere may give only the items' codes, and the code says whose they are."""
    names: dict[str, str] = {}
    items: set[str] = set()
    for text in texts:
        m = _NUMBERED.match(text)
        if m and len(m.group(2).split()) >= 2:
            names.setdefault(m.group(1), m.group(2).strip(" .:-"))
        item = _NUMBERED_ITEM.match(text)
        if item:
            items.add(item.group(1))
    yield from ((code, name) for code, name in names.items() if code in items)


# "P5 Mental Health & Learning Disabilities" (its first cell), and an item of it, "P5.1"
_NUMBERED = re.compile(r"^\s*([A-Z]{1,4}\d{1,2}):?\s+([A-Z][^\t\d]{3,80}?)\s*(?:\t|$)")
_NUMBERED_ITEM = re.compile(r"^\s*([A-Z]{1,4}\d{1,2})\.\d{1,2}\b")


# A key set out as a table: a header "RAG code | Meaning" (or "Key | Description", "Symbol | Definition"),
# then one code and its meaning a row; a row with a label and nothing beside it ("Trend") heads the next
# group of the same key ("▲ | improving since last month").
_KEY_LABEL = re.compile(r"^(?:rag\s+|status\s+)?(?:codes?|keys?|symbols?|marks?|ratings?|abbreviations?)$", re.I)
_MEANING_LABEL = re.compile(r"^(?:meanings?|means|descriptions?|definitions?|stands? for|what it means)$", re.I)
KEY_CODE_CHARS = 6
KEY_MEANING_CHARS = 120


def key_tables(texts: Iterable[str]) -> Iterator[tuple[str, str]]:
    """(code, meaning) from keys set out as two-column tables, one code a row."""
    in_key = False
    for text in texts:
        cells = [c.strip() for c in text.split("\t")] if "\t" in text else []
        if keys_header(cells):
            in_key = True
        elif in_key and len(cells) == 2 and 0 < len(cells[0]) <= KEY_CODE_CHARS and cells[1]:
            yield cells[0], cells[1][:KEY_MEANING_CHARS]
        elif not (in_key and len(cells) == 2 and cells[0] and not cells[1]):  # a group's label keeps the key going
            in_key = False


def keys_header(labels: list[str]) -> bool:
    """A key table's header ("RAG code | Meaning"): its rows say what codes mean, they are not rated themselves."""
    return len(labels) == 2 and bool(_KEY_LABEL.match(labels[0].strip())) and bool(_MEANING_LABEL.match(labels[1].strip()))

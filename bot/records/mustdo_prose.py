"""Must-do coverage written as a statement per programme instead of a grid: "5.3 Programme 2 Primary
Care at Scale - contributes to must-dos 1, 3 and 4: the GP Forward View ...", or a "Contributes to:
must-dos 2 and 7" line under a programme's heading.

Each must-do a statement names becomes a cell of that programme's column, as a matrix would give it, the
statement's reason as the cell's text; so the same questions (which programmes cover must-do 4, which
must-dos does P5 cover, where is the gap) are answered whichever way the paper set it out. A statement
whose subject denies ("No programme currently contributes to must-do 9") is a gap: no cell. A card's
"Must-dos addressed: 4 (...)" field is the statement of the programme it sits under."""

import re
from collections.abc import Iterator

from bot.models import ParsedDocument, SourceLine
from bot.records.mustdos import MUSTDOS
from bot.records.provenance import provenance, record_id
from bot.records.sections import FIELD_LINE
from bot.textnorm import squash

_NUMBERS = r"[1-9](?:\s*(?:,|and|&|\+)\s*[1-9])*"
_STATEMENT = re.compile(
    r"(?:\bcontribut(?:es|ing|e)\s+to|\bsupports?|\baligns?\s+(?:with|to)|\bmaps?\s+(?:on)?to|\bdelivers?\s+(?:against|on)"
    r"|\baddress(?:es)?|\bcovers?|\bcounts?\s+towards)\s*:?\s*(?:the\s+)?(?:national\s+)?must[\s-]*dos?\s*(?:no\.?\s*|nos\.?\s*|#)?"
    rf"(?P<numbers>{_NUMBERS})(?![\d.])", re.IGNORECASE)
# a programme card's field: "Must-dos addressed: 4 (A&E and ambulance)", "National must-dos: 5 and 6"
_NOTED = r"[1-9](?:\s*\([^)]*\))?"  # "5 (RTT 18 weeks)": a number and what it is
_LABEL = re.compile(r"^(?:national\s+)?must[\s-]*dos?\s*(?:addressed|covered|supported|contributed\s+to|met)?\s*:\s*"
                    rf"(?:nos?\.?\s*|#)?(?P<numbers>{_NOTED}(?:\s*(?:,|and|&|\+)\s*{_NOTED})*)(?![\d.])", re.IGNORECASE)
_LEAD = re.compile(r"^\s*(?:\(?\d{1,2}(?:\.\d{1,2})*[.)]?|[a-z][.)]|[•▪◦·\-–*])\s+", re.IGNORECASE)  # "5.3", "(a)", "•"
_DENIED = re.compile(r"^(?:no|none|nothing|neither|not)\b", re.IGNORECASE)
_TRAIL = re.compile(r"(?:\s*(?:[-–—:,]|\bwhich|\bthat|\band|\balso|\bdirectly|\bmainly|\bonly)\s*)+$", re.IGNORECASE)
_PER_MUSTDO = re.compile(r"([^;:]*?)\s*\(\s*must[\s-]*dos?\s*(" + _NUMBERS + r")\s*\)", re.IGNORECASE)
_ONLY = re.compile(r"^(?:only|alone)\b[\s:;,-]*", re.IGNORECASE)  # "must-do 7 only: ..."
SUBJECT_WORDS = 14  # longer than this, the words before the verb are a sentence, not a programme's name
TEXT_LIMIT = 300


def prose_mustdo_records(doc: ParsedDocument, lines: list[SourceLine], contexts: dict[int, tuple[str | None, str | None]]
                         ) -> Iterator[dict]:
    for start, end in _paragraphs(lines):
        text = " ".join(squash(lines[k].text) for k in range(start, end))
        named = list(_named_by_mustdo(_LEAD.sub("", text)))
        if named:
            section, area = contexts.get(start, (None, None))
            for number, subject, cell in named:
                yield {
                    "id": record_id(doc.info.sha256, area, number, subject, cell), "area": area, "mustdo": number,
                    "priority": subject, "text": cell, "quote": squash(lines[start].text)[:TEXT_LIMIT], "description": MUSTDOS[number],
                    "caption": section or "", **provenance(doc, lines[start], section),
                }
            continue
        label = _LABEL.match(text)
        for m in [label] if label else _STATEMENT.finditer(text):
            section, area = contexts.get(start, (None, None))
            subject = _subject(text[:m.start()], section)
            if subject is None:
                continue
            # each number with what the card says it is; the digits inside "(RTT 18 weeks)" are no must-dos
            said = dict((int(n), note) for n, note in re.findall(r"([1-9])(?:\s*\(([^)]*)\))?", m.group("numbers"))) if m is label else {}
            numbers = list(said) if m is label else [int(n) for n in re.findall(r"[1-9]", m.group("numbers"))]
            reason = _ONLY.sub("", text[m.end():].lstrip(" :;-–—")).strip()
            source = lines[start]
            quote = squash(source.text)[:TEXT_LIMIT]
            for number in dict.fromkeys(numbers):
                cell = said.get(number) or _reason_for(reason, number) or reason or "contributes"
                cell = cell[:TEXT_LIMIT].rsplit(" ", 1)[0] if len(cell) > TEXT_LIMIT else cell
                yield {
                    "id": record_id(doc.info.sha256, area, number, subject, cell), "area": area, "mustdo": number,
                    "priority": subject, "text": cell, "quote": quote, "description": MUSTDOS[number],
                    "caption": section or "", **provenance(doc, source, section),
                }
            break  # one statement per paragraph: a second names the must-dos of the same subject's reason


def _paragraphs(lines: list[SourceLine]) -> Iterator[tuple[int, int]]:
    """Runs of lines a reader takes as one paragraph: up to a blank line, a new page, a line that opens
    a numbered paragraph or a bullet; a "Label: value" line stands alone."""
    start = None
    for k, line in enumerate(lines):
        opens = not line.text.strip() or (start is not None and (line.page != lines[start].page or _LEAD.match(line.text)
                                                                 or _field(line.text) or _field(lines[k - 1].text)))
        if opens and start is not None:
            yield start, k
            start = None
        if line.text.strip() and start is None:
            start = k
    if start is not None:
        yield start, len(lines)


def _subject(before: str, section: str | None) -> str | None:
    """The programme the statement is about: the words before its verb, without the paragraph's number;
    none there ("Contributes to: must-dos 2, 4"), the heading it sits under. None when it denies."""
    before = _LEAD.sub("", before.rsplit(". ", 1)[-1]).strip()
    before = _TRAIL.sub("", before).strip()
    if not before:  # the heading it sits under, not a "Lead: ..." line read as one
        return next((part.strip() for part in reversed((section or "").split(" › ")) if part.strip() and not _field(part)), None)
    if _DENIED.match(before) or len(before.split()) > SUBJECT_WORDS or _PRONOUN.match(before) or _MUSTDO_WORDS.search(before):
        return None
    return before


# "It delivers must-do 3 in full and contributes to must-do 4": a pronoun names no programme (what it stands
# for is a sentence back, not a name to file a cell under), nor do words that name a must-do themselves.
_PRONOUN = re.compile(r"^(?:it|this|they|these|those|we|which)\b", re.IGNORECASE)
_MUSTDO_WORDS = re.compile(r"\bmust[\s-]*dos?\b", re.IGNORECASE)


def _field(text: str) -> bool:
    """"Lead: Dr Amara Quist": a line of its own, a field of the item above."""
    return bool(FIELD_LINE.match(text.strip()))


def _reason_for(reason: str, number: int) -> str:
    """The clause of the reason marked for one must-do ("... dementia diagnosis (must-do 7)")."""
    for m in _PER_MUSTDO.finditer(reason):
        if str(number) in re.findall(r"[1-9]", m.group(2)):
            return m.group(1).strip(" ;,")
    return ""


# The must-do as the subject, the programmes after the verb: "Must-do 5 (Referral to treatment) is supported by
# scheme OW2, and partly by CC4." / "National must-do 3 is addressed by P2 and P4."
_BY_MUSTDO = re.compile(r"^(?:national\s+)?must[\s-]*do\s*(?:no\.?\s*|#)?(?P<number>[1-9])(?![\d.])(?:\s*\([^)]{0,80}\))?\s+"
                        r"(?:is|are)\s+(?:(?:currently|also|mainly|only)\s+)?(?:supported|covered|addressed|delivered|met|contributed\s+to)"
                        r"\s+(?:by|through)\s+(?P<rest>[^.]+)", re.IGNORECASE)
_PARTLY = re.compile(r",?\s*(?:and|but)?\s*(?:partly|partially|in part)\s+(?:by|through)\s+", re.IGNORECASE)
_ITEM_SPLIT = re.compile(r"\s*(?:,|;|\band\b|&)\s*", re.IGNORECASE)
_ITEM_WORDS = re.compile(r"^(?:the\s+)?(?:schemes?|programmes?|priorit(?:y|ies)|projects?|workstreams?|initiatives?)\s+", re.IGNORECASE)
_ITEM_TAIL = re.compile(r"\s+(?:only|alone)$", re.IGNORECASE)
ITEM_WORDS = 8  # longer than this, an item is a clause, not a programme's name


def _named_by_mustdo(text: str) -> Iterator[tuple[int, str, str]]:
    """(must-do, programme, "Yes" or "Partial") for each programme a must-do's own sentence names ("every
    scheme in the plan" as written: the must-do is no gap); nothing for a sentence denying it."""
    m = _BY_MUSTDO.match(text)
    if m is None:
        return
    full, _, partly = _PARTLY.sub("\0", m.group("rest"), count=1).partition("\0")
    for said, cell in ((full, "Yes"), (partly, "Partial")):
        for item in _ITEM_SPLIT.split(said.strip()):
            item = _ITEM_TAIL.sub("", _ITEM_WORDS.sub("", item.strip())).strip()
            if item and not _DENIED.match(item) and len(item.split()) <= ITEM_WORDS:  # ("every scheme in the plan": no gap)
                yield int(m.group("number")), item, cell

"""Must-dos set out one section each: a self-assessment or return that heads each must-do ("Must-do 7 -
Mental health", "Must-dos 5 and 6 - Referral to treatment times and cancer") and gives its rating and
narrative below ("AMBER", "IAPT access was 19.6% ...").

Each section becomes the must-do's cell for the paper's own subject (the partnership assessing itself),
its text the rating and narrative, so "what rating did we give must-do 7?", "why is the A&E must-do red?"
and "which must-do has no programme leading it?" are answered as from a grid. A section whose narrative
says no programme leads or covers the must-do is a gap: no cell."""

import re
from collections.abc import Iterator

from bot.models import ParsedDocument, SourceLine
from bot.records.mustdos import MUSTDOS
from bot.records.provenance import provenance, record_id
from bot.textnorm import squash

# "Must-do 4 - A&E", "Must-dos 5 and 6: RTT and cancer", "Must-do 3 of 9: Primary care" (its place among the nine)
MUSTDO_HEADING = re.compile(r"^\s*(?:national\s+)?must[\s-]*dos?\s*(?:no\.?\s*|#)?(?P<numbers>[1-9](?:\s*(?:,|and|&|\+)\s*[1-9])*)"
                      r"(?:\s+of\s+(?:9|nine))?(?![\d.])\s*(?:[-–—:.)]|$)", re.IGNORECASE)
_DENIED = re.compile(r"(?:^|[.;]\s+)(?:no|none of (?:the|our))\b[^.;]{0,60}?\b(?:programmes?|priorit(?:y|ies)|workstreams?|schemes?)\b"
                     r"[^.;]{0,40}?\b(?:leads?|covers?|contributes?|address(?:es)?|owns?)\b", re.IGNORECASE)
SECTIONS = 3  # a paper heads at least this many must-dos so: one heading naming a must-do is not this layout
TEXT_LIMIT = 300


def section_mustdo_records(doc: ParsedDocument, lines: list[SourceLine], headings: set[int]) -> Iterator[dict]:
    blocks = list(_blocks(lines, headings))
    if len(blocks) < SECTIONS:
        return
    subject = squash(doc.info.title or "") or doc.info.file_name
    for start, end, numbers in blocks:
        body = [squash(lines[k].text) for k in range(start + 1, end) if lines[k].text.strip()]
        text = " ".join(body)
        if not body or any(_DENIED.search(line) for line in body):
            continue
        cell = text[:TEXT_LIMIT].rsplit(" ", 1)[0] if len(text) > TEXT_LIMIT else text
        source = next(lines[k] for k in range(start + 1, end) if lines[k].text.strip())
        heading = squash(lines[start].text)
        for number in numbers:
            yield {
                "id": record_id(doc.info.sha256, None, number, subject, cell), "area": None, "mustdo": number,
                "priority": subject, "text": cell, "quote": squash(source.text)[:TEXT_LIMIT], "description": MUSTDOS[number],
                "caption": heading, **provenance(doc, source, heading),
            }


def _blocks(lines: list[SourceLine], headings: set[int]) -> Iterator[tuple[int, int, list[int]]]:
    """(heading line, end, must-dos) for each heading that names must-dos, its section running to the next
    heading of its rank: a rating set on its own ("NOT RATED") may read as a heading, but is its body."""
    marks = sorted(headings)
    for k, start in enumerate(marks):
        m = MUSTDO_HEADING.match(lines[start].text)
        if not m:
            continue
        level = lines[start].heading
        end = next((j for j in marks[k + 1:] if MUSTDO_HEADING.match(lines[j].text) or level <= 0
                    or 0 < lines[j].heading <= level), len(lines))
        yield start, end, list(dict.fromkeys(int(n) for n in re.findall(r"[1-9]", m.group("numbers"))))

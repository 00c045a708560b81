"""Must-dos given as a back-of-book index: an appendix that lists the must-dos' topics alphabetically,
each with its number in brackets ("Referral to treatment, 18 weeks (must-do v)"), and under each the
schemes that address it with the page they are on ("Elective Care and MSK, 1"); cross-references
("elective care, see Referral to treatment") point between entries.

Each scheme under an entry is the cell a grid would have at that scheme and must-do, so coverage, gap
and "which must-dos does X address" questions are answered as from a grid. An entry with no scheme
under it (only a "see" to another document) has nothing entered against it: a gap."""

import re
from collections.abc import Iterator

from bot.models import ParsedDocument, SourceLine
from bot.records.mustdos import MUSTDOS
from bot.records.provenance import provenance, record_id
from bot.textnorm import squash

ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9}
# "Cancer: 62-day standard (must-do vi)", "Mental health (must-do 7), see also ...": an entry naming a must-do
_ENTRY = re.compile(r"^(?P<topic>[^()]{2,80}?)\s*\((?:national\s+)?must[\s-]*do\s+(?:no\.?\s*)?(?P<n>[1-9]|ix|iv|v?i{1,3}|v)\)"
                    r"(?P<rest>.*)$", re.IGNORECASE)
# "Elective Care and MSK, 1", "Maternity and Children (perinatal), 2-3": a scheme and the pages it is on
_ITEM = re.compile(r"^(?P<name>[A-Z][^,]{1,80}?),\s*(?P<pages>\d{1,3}(?:\s*[-–,]\s*\d{1,3})*)$")
_SEE = re.compile(r",\s*see\b", re.IGNORECASE)
ENTRIES = 3  # an index names at least this many must-dos: one bracketed must-do in prose is not this layout


def index_mustdo_records(doc: ParsedDocument, lines: list[SourceLine]) -> Iterator[dict]:
    entries = [(k, m) for k, line in enumerate(lines) if (m := _ENTRY.match(squash(line.text)))]
    if len({m.group("n").lower() for _, m in entries}) < ENTRIES:
        return
    subject = squash(doc.info.title or "") or doc.info.file_name
    for at, m in entries:
        number = _number(m.group("n"))
        heading = squash(lines[at].text)
        if re.match(r"^,\s*\d", m.group("rest")):  # "STP, local delivery of (must-do i), 1-2": the entry's own pages
            topic = m.group("topic").strip()
            yield {
                "id": record_id(doc.info.sha256, None, number, topic, heading), "area": None, "mustdo": number,
                "priority": topic, "text": heading, "quote": heading, "description": MUSTDOS[number],
                "caption": heading, **provenance(doc, lines[at], heading),
            }
        for k in range(at + 1, min(len(lines), at + 40)):
            text = squash(lines[k].text)
            if not text:
                continue
            item = _ITEM.match(text)
            if not item or _ENTRY.match(text) or _SEE.search(text):
                break  # the next entry, a cross-reference, or the end of the index
            name = item.group("name").strip()
            yield {
                "id": record_id(doc.info.sha256, None, number, name, heading), "area": None, "mustdo": number,
                "priority": name, "text": text, "quote": text, "description": MUSTDOS[number],
                "caption": heading, **provenance(doc, lines[k], heading),
            }


def _number(said: str) -> int:
    return int(said) if said.isdigit() else ROMAN[said.lower()]

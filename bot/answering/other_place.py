"""A row about another place than the one asked. Trackers run one row per place ("P2.2 | Draymere |
Extended access ... | Dr Farah Quennell" and "P2.2 | Ostleigh & Fellbrook | ... | Dr Gethin Mowbray"),
each row naming its place only in its Place (Area, Locality, Site ...) column. Asked "who leads extended
GP access in Draymere?", a row whose place cell names another place is about that place, however well
the rest of it matches; a row for every place ("Both", "Footprint-wide") is about the asked one too.

The question names a place when a word it writes in capitals is in some found row's place cell: the
papers' own places, not a list of them."""

import re
from collections.abc import Callable

from bot.answering.analysis import Analysis
from bot.answering.candidates import Candidate

# a row's labelled cell as an answer writes it: "(Ref: P2.2; Place: Ostleigh & Fellbrook; ...)"
_PLACE_CELL = re.compile(r"(?:\(|;\s)(?:place|area|locality|site|borough|location|patch|district|neighbourhood|town)s?:\s*([^;()]+)",
                         re.IGNORECASE)
# a place cell saying the row is every place's
_EVERYWHERE = re.compile(r"^\s*(?:both|all\b|footprint[\s-]*wide|system[\s-]*wide|stp[\s-]*wide|whole|across|every|n/?a\b|-\s*$)",
                         re.IGNORECASE)


def rule_out_other_places(found: list[Candidate], analysis: Analysis, stem_set: Callable[[str], frozenset[str]]) -> None:
    """Make ineligible each candidate whose place cells all name another place than the one asked."""
    if not analysis.proper:
        return
    cells = [(c, [v.strip() for v in _PLACE_CELL.findall(c.answer)]) for c in found if c.eligible]
    named = [(c, [stem_set(v) for v in values if not _EVERYWHERE.match(v)], values) for c, values in cells if values]
    places = frozenset().union(*(s for _, stems, _ in named for s in stems))
    asked = analysis.proper & places
    if not asked:
        return  # the question names no place a row's place column holds
    for candidate, stems, values in named:
        if len(stems) == len(values) and not any(asked & s for s in stems):
            candidate.eligible = False

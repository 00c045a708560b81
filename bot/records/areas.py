"""Plan areas (the five LDPs and the STP workstreams) and the names staff call them by."""

import re
from functools import lru_cache

from bot.textnorm import clean

LDP_ALIASES: dict[str, tuple[str, ...]] = {
    "Bay Health & Care Partners": (
        "bay health & care partners", "bay health and care partners", "bay health partners", "bhcp",
        "morecambe bay", "north lancashire & south cumbria", "north lancashire and south cumbria", "bay",
    ),
    "Central Lancashire": ("central lancashire", "central lancs", "central lancs.", "our health our care", "ohoc"),
    "Fylde Coast": ("fylde coast", "fylde"),
    "Pennine Lancashire": ("pennine lancashire", "pennine lancs", "pennine", "east lancashire", "east lancs"),
    "West Lancashire": ("west lancashire", "west lancs", "west lancashire's"),
}

WORKSTREAM_ALIASES: dict[str, tuple[str, ...]] = {
    "Prevention & Population Health": ("prevention and population health", "prevention & population health"),
    "Primary Care": ("primary care",),
    "Mental Health": ("mental health transformation", "mental health"),
    "Acute & Specialised Care": ("acute & specialised", "acute and specialised", "acute & specialist", "acute and specialist"),
    "CYP Mental Health": ("cypmhew", "cyp mental health", "children's & young people mental health",
                          "children and young people's mental health", "children & young people mental health"),
    "Learning Disabilities": ("learning disabilities", "learning disability"),
    "Regulated Care": ("regulated care sector", "regulated care"),
    "Urgent & Emergency Care": ("urgent & emergency care", "urgent and emergency care"),
    "Digital": ("digital health", "digital"),
    "Workforce": ("workforce",),
    "L&OD": ("l&od", "leadership & od", "leadership and organisational development"),
    "Communications & Engagement": ("communications & engagement", "communications and engagement",
                                    "comms & engagement", "comms and engagement"),
}

LDPS = tuple(LDP_ALIASES)
WORKSTREAMS = tuple(WORKSTREAM_ALIASES)
_HEADING_WORDS = re.compile(r"\b(plan|programme|workstream|work stream|strategy|ldp|priorities|milestones|enablers|transformation)\b")


@lru_cache(maxsize=4)
def _alias_pattern(ldps_only: bool) -> list[tuple[re.Pattern[str], str]]:
    table = dict(LDP_ALIASES) if ldps_only else {**LDP_ALIASES, **WORKSTREAM_ALIASES}
    pairs = [(alias, area) for area, aliases in table.items() for alias in aliases]
    pairs.sort(key=lambda p: -len(p[0]))
    return [(re.compile(r"(?<![a-z])" + re.escape(alias) + r"(?![a-z])"), area) for alias, area in pairs]


def areas_in(text: str, ldps_only: bool = True) -> list[str]:
    """Plan areas named in free text, longest alias first, each once, in order of mention."""
    low = clean(text).lower().replace("’", "'")
    hits: list[tuple[int, str]] = []
    taken: list[tuple[int, int]] = []
    for pattern, area in _alias_pattern(ldps_only):
        for m in pattern.finditer(low):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            taken.append((m.start(), m.end()))
            hits.append((m.start(), area))
    seen: list[str] = []
    for _, area in sorted(hits):
        if area not in seen:
            seen.append(area)
    return seen


def heading_area(heading: str) -> str | None:
    """The plan area a section heading opens, if it opens one ("Fylde Coast priorities against...")."""
    low = clean(heading).lower().strip()
    for pattern, area in _alias_pattern(True):
        m = pattern.search(low)
        if m and m.start() <= 2:
            return area
    if _HEADING_WORDS.search(low):
        for pattern, area in _alias_pattern(False):
            m = pattern.search(low)
            if m and m.start() <= 2 and area in WORKSTREAMS:
                return area
    return None


def area_terms(area: str) -> list[str]:
    """Words to add to a search for an area so passages that use any of its names are found."""
    aliases = LDP_ALIASES.get(area) or WORKSTREAM_ALIASES.get(area) or ()
    return [area, *aliases]

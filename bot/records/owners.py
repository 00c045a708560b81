"""Owners as people read them: a scheme-owner cell ("Hilary Fordham/ Anthony Gardner/ Foluke Ajayi/
Joanna Forster-Adams (ACS Exec Lead Integrated Provision) John Howarth (ACS Clinical Director ...)")
becomes its names, said short ("Hilary Fordham, Anthony Gardner and 3 more"); a work programme code
standing as owner ("WP5") is given the name the same plan gives it ("WP5 Planned Care")."""

import re

from bot.textnorm import squash

_OWNER_SPLIT = re.compile(r"\s*/\s*|\s+and\s+|\s*;\s*")
_CODE = re.compile(r"W?P\s?(\d{1,2})")
SHOWN_NAMES = 2


# "Owner: Owen Treharne (Head of ...)" under a column headed "Owner": the cell repeats its column's label
_OWN_LABEL = re.compile(r"^\s*(?:owners?|leads?|sro|scheme owner|responsible)\s*:\s*(?=\S)", re.IGNORECASE)


def unlabelled(owner_raw: str) -> str:
    """An owner cell without the label it repeats from its column ("Owner: Owen Treharne" -> "Owen
    Treharne"): the label is the column's, not part of who owns the work."""
    return _OWN_LABEL.sub("", owner_raw, count=1)


def split_owners(owner_raw: str) -> list[str]:
    """"A/ B/ C (SRO role for ACS) D (Clinical SRO)" -> each named owner, with the role given after them."""
    raw = squash(owner_raw)
    if not raw:
        return []
    pair = re.fullmatch(r"([A-Z][a-z]+ [A-Z][a-z'-]+)\s+([A-Z][a-z]+ [A-Z][a-z'-]+)", raw)
    if pair:  # two names with no separator: "Marc Schmid Michelle Cloney"
        return [pair.group(1), pair.group(2)]
    parts = re.split(r"\(([^()]*)\)", raw)
    owners: list[str] = []
    for k in range(0, len(parts), 2):
        role = parts[k + 1].strip() if k + 1 < len(parts) else ""
        for name in _OWNER_SPLIT.split(parts[k].strip(" ,")):
            name = name.strip(" ,")
            if name and role.lower() == "vacant" and not _names(name):
                owners.append(f"vacant ({name})")  # "CYP Clinical Lead (vacant)": the post, which no one holds
            elif name and owners and _job_of_last(name, owners[-1]):
                owners[-1] = f"{owners[-1]} ({name})"  # "Heledd Morgan; Programme Manager": her job, not a second owner
            elif name:
                owners += _run_together(name, role) or [f"{name} ({role})" if role else name]
    return owners or [raw]


def _job_of_last(part: str, last: str) -> bool:
    """A part that is a job alone ("Programme Manager", "Head of Delivery, LTH") after a named person with
    no job of their own is that person's job: a cell written "Name; Job" or "Name / Job"."""
    return (not last.endswith(")") and bool(_names(last)) and not _names(part)
            and bool(_JOB_ALONE.fullmatch(part)))


def _names(text: str) -> list[tuple[int, int, str]]:
    from bot.records.names import names_in

    return list(names_in(text))


def _run_together(text: str, role: str) -> list[str] | None:
    """"Ben Oduya Programme Manager, MHLDA Gideon Threlfall Director of Operations, WCP" (then "(acting
    SRO)"): people written one after another, each followed by their job (or one person, then a job
    as a title: "Miss Leonie Farquharson Clinical Lead, Elective"): each person with their job,
    the last with the role in brackets after them. "Imogen Deverill Director of Midwifery, LTH CYP
    Clinical Lead (vacant)": the post ending the run is marked vacant, a post of its own, not hers.
    None when the text is not such a run."""
    found = _names(text)
    vacant = role.lower() == "vacant"
    if not found or found[0][0] != 0 or len(found) < 2 and not vacant and not _JOB.match(text[found[0][1]:]):
        return None
    ends = [start for start, _, _ in found[1:]] + [len(text)]
    jobs = [text[end:stop].strip(" ,;") for (_, end, _), stop in zip(found, ends)]
    post = _POST_AT_END.search(jobs[-1]) if vacant else None
    if vacant and not post:
        return None
    if post:
        jobs[-1] = jobs[-1][:post.start()].strip(" ,;")
    elif role:
        jobs[-1] = f"{jobs[-1]} ({role})".strip()
    out = [f"{name} ({job})" if job else name for (_, _, name), job in zip(found, jobs)]
    return out + [f"vacant ({post.group(0)})"] if post else out


# The word that makes a run of capitalised words a post ("Clinical Lead", "Programme Director"): one list for both patterns.
_POST_WORD = "Lead|Director|Manager|Officer|Chair|SRO"
_JOB_WORD = rf"(?:{_POST_WORD}|Head|Executive|Nurse|Secretary)"  # the word a job ends or turns on
# A job written after a name ("Clinical Lead, Elective", "Chief Finance Officer & Deputy Chief Executive")
_JOB = re.compile(rf",?\s+(?:[A-Z][\w&'’-]*,?\s+){{0,4}}{_JOB_WORD}\b")
# A job standing alone: "Programme Manager", "Head of Delivery, LTH", "Clinical Director"
_JOB_ALONE = re.compile(rf"(?:[A-Z][\w&'’-]*\s+){{0,4}}{_JOB_WORD}(?:\s+(?:of|for)\s+[^,;]{{2,40}})?(?:,\s*[^,;]{{2,40}})?")
_POST_AT_END = re.compile(rf"(?:[A-Z][\w&-]*\s+){{0,4}}(?:{_POST_WORD})$")


def owner_names(owner_raw: str) -> list[str]:
    """The people an owner cell names, without the roles written after them."""
    names = [re.sub(r"\s*\([^()]*\)\s*$", "", owner).strip() for owner in split_owners(owner_raw)]
    return [n for n in dict.fromkeys(names) if n]


def said_short(names: list[str], shown: int = SHOWN_NAMES) -> str:
    """"A", "A and B", "A, B and C", "A, B and 3 more"."""
    if len(names) <= 1:
        return names[0] if names else ""
    if len(names) <= shown + 1:
        return f"{', '.join(names[:-1])} and {names[-1]}"
    return f"{', '.join(names[:shown])} and {len(names) - shown} more"


def programme_code(owner_raw: str) -> str | None:
    """"WP5" (or "WP 5") when the owner cell holds only a work programme code."""
    m = _CODE.fullmatch(squash(owner_raw).strip(" ."))
    return f"WP{m.group(1)}" if m and owner_raw.strip().upper().startswith("W") else None


def owner_label(owner_raw: str, programmes: dict[str, str] | None = None) -> str:
    """The owner as a digest says it: a programme by its code and name, else the people named, short.
    `programmes` maps the plan area's codes to their names ("WP5" -> "Planned Care")."""
    code = programme_code(owner_raw)
    if code:
        name = (programmes or {}).get(code)
        return f"{code} {name}" if name else code
    return said_short(owner_names(owner_raw)) or squash(owner_raw)

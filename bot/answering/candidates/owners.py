"""Who: scheme owners of initiatives, people with the roles the papers give them, and what a named
person owns. When a role is asked ("the clinical director on X"), the person holding that role
answers; a person holding another role is still a candidate, marked as not matching it."""

import json
import re
from collections.abc import Iterator

import numpy as np

from bot.answering import types
from bot.answering.candidates import Candidate, Context, cite_row, role_score, trim
from bot.answering.unfilled import is_placeholder
from bot.answering.vocabulary import WEAK_ROLES
from bot.answering.candidates.rows import role_bonus
from bot.answering.candidates.initials import spelled_initials
from bot.answering.candidates.post_names import post_holder
from bot.answering.candidates.posts_in_rows import posts_in_rows
from bot.answering.candidates.question_rows import best_first, question_records

TOP = 6
FLOOR = 0.2
TITLE_CHARS = 80


def initiative_owners(ctx: Context) -> Iterator[Candidate]:
    a = ctx.analysis
    if "person" not in a.wants and not ({"owner", "lead", "sro"} & set(a.roles)):
        return
    table = question_records(ctx, "initiatives")
    if not len(table) or not ctx.topic:
        return
    scores = ctx.topic.scores([table.field("title")], [table.field("row_text")])
    for i in _top(scores):
        yield _owner_candidate(ctx, table.rows[i])


def _top(scores: np.ndarray, k: int = TOP, floor: float = FLOOR) -> list[int]:
    order = best_first(scores, k)
    return [int(i) for i in order if scores[i] >= floor]


def _owner_candidate(ctx: Context, row: dict) -> Candidate:
    owners = json.loads(row["owners"] or "[]")
    strong = [r for r in ctx.analysis.roles if r not in WEAK_ROLES]
    holding = _holding(owners, strong, 1.0) or _holding(owners, strong, 0.5)
    chosen = holding or owners
    named = [_with_programme(ctx, row, o) for o in chosen]
    # "BN" or "Estates lead" as owner: the person the same paper's key or roster of posts names
    keyed = [(spelled_initials(ctx, n, row["document"]) or post_holder(ctx, n, row["document"])) if p is None else None for n, p in named]
    names = [k[0] if k else n for (n, _), k in zip(named, keyed)]
    title = trim(row["title"], TITLE_CHARS)
    where = f" ({row['area']})" if row.get("area") else ""
    plural = "s" if len(chosen) > 1 else ""
    # (a post the paper's key or roster of posts names the holder of is named: "GPFV clinical lead" is Dr X)
    unnamed = bool(strong and holding) and not any(types.people(o, ctx.lex.common) for o in holding) and not any(keyed)
    vacant = unnamed and all(o.lower().startswith("vacant") for o in holding)
    pending = bool(chosen) and all(is_placeholder(o) for o in chosen)
    if pending:  # an owner cell of "TBC": no one is named yet, so the plans do not say who
        answer = f"The plans name no one yet: the owner of \"{title}\"{where} is given as {'; '.join(chosen)}."
    elif vacant:  # "Clinical Lead (vacant)": the paper's answer is that no one holds the post
        posts = "; ".join(dict.fromkeys(_role_of(o) or "the post" for o in holding))
        answer = f"Vacant: the plans give the {posts} post for \"{title}\"{where} as vacant, with no one named in it."
    elif unnamed:  # "who is the SRO for X?" and the owner cell says "OHOC SRO": the role, not who holds it
        answer = f"The plans give the owner of \"{title}\"{where} as {'; '.join(names)}, a role, and name no person."
    elif names:
        role = "; ".join(dict.fromkeys(_role_of(o) for o in chosen if _role_of(o))) if holding else ""
        role = role or f"scheme owner{plural}"
        answer = f"{'; '.join(names)}: {role} of \"{title}\"{where}."
    else:
        answer = f"The plans name no scheme owner for \"{title}\"{where}."
    cites = [cite_row(row, use_owner=True), cite_row(row), *(cite_row(p) for _, p in named if p), *(k[1] for k in keyed if k)]
    return Candidate(
        source="initiative", main=f"{row['title']} {row['owner_raw'] if holding else ''}",
        context=f"{row['row_text']} {row.get('section') or ''}", area=row.get("area"),
        answer=answer, citations=cites, has_type=bool(owners) and (not ctx.analysis.named_person or _any_person(ctx, owners)), role_text=row["owner_raw"] if holding or not strong else "",
        answered=bool(owners) and (not unnamed or vacant) and not pending, fits_form=1.0 if "person" in ctx.analysis.wants else 0.0,
        nearest=f"{row['owner_raw'][:120]}, scheme owner of \"{title}\"{where}",
        remit_text=f"{row['title']} {row.get('section') or ''}",  # not its risks or milestones: the owner owns the title
    )


def _any_person(ctx: Context, owners: list[str]) -> bool:
    """"Which named person leads it?" is not answered by a work programme or a team as owner."""
    return any(types.people(o, ctx.lex.common) for o in owners)


def _holding(owners: list[str], roles: list[str], level: float) -> list[str]:
    return [o for o in owners if any(role_score(r, _role_of(o) or o) >= level for r in roles)] if roles else []


def _role_of(owner: str) -> str:
    m = re.search(r"\(([^()]+)\)\s*$", owner)
    return m.group(1) if m else ""


def _with_programme(ctx: Context, row: dict, owner: str) -> tuple[str, dict | None]:
    """A work programme code as owner ("WP9") is given with the name the same plan gives it, and
    where that name is written, to cite."""
    code = re.fullmatch(r"W?P\s?(\d{1,2})", owner.strip())
    if not code:
        return owner, None
    programme = _programme(ctx, row.get("area"), f"WP{code.group(1)}")
    return (f"{owner} ({programme['name']} work programme)", programme) if programme else (owner, None)


def _programme(ctx: Context, area: str | None, code: str) -> dict | None:
    """The first programme in table order with this code (of this area, when one is given). Looked up by
    its code and kept, not found by reading every programme of the version (10,891 at 1000x, 90 ms)."""
    kept: dict[tuple[str | None, str], dict | None] = ctx.index.memo("programmes by code", dict)
    if (area, code) not in kept:
        if "programmes" not in ctx.index.db.table_names():
            return None
        where, values = ("code = ?", [code]) if area is None else ("code = ? AND area = ?", [code, area])
        found = ctx.index.db.execute_returning_dicts(f"SELECT * FROM programmes WHERE {where} ORDER BY rowid LIMIT 1", values)
        kept[area, code] = found[0] if found else None
    return kept[area, code]


def programme_holders(ctx: Context) -> Iterator[Candidate]:
    """"Who is the SRO for WP4?": a person named for the work programme, or say that the plan names
    the programme, not a person."""
    a = ctx.analysis
    code = a.priority if a.priority and a.priority.startswith("WP") else None
    if not code or "person" not in a.wants:
        return
    programme = _programme(ctx, a.areas[0] if a.areas else None, code)
    if programme is None:
        return
    name = programme["name"].lower()
    for person in ctx.index.table("people"):
        if code.lower() in person["role"].lower() or name in person["role"].lower():
            return  # a person is named for it: the people generator answers
    where = f" in {programme['area']}" if programme.get("area") else ""
    yield Candidate(source="programme", main=f"{code} {programme['name']}", context=programme.get("section") or "",
                    area=programme.get("area"), answered=False, fits_form=1.0, role_text="",
                    answer=f"The plans don't name a person for {code} {programme['name']}{where}; they give the work "
                           f"programme itself as the scheme owner.", citations=[cite_row(programme)])


def people(ctx: Context) -> Iterator[Candidate]:
    a = ctx.analysis
    if "person" not in a.wants:
        return
    table = question_records(ctx, "people", role_field="role")
    if not len(table) or not ctx.topic and not a.roles:
        return
    scores = ctx.topic.scores([table.field("role"), table.field("name")], [table.field("context"), table.field("section")])
    scores = scores + role_bonus(ctx, table, "role")
    for i in _top(scores, k=8, floor=0.15):
        row = table.rows[i]
        where = f" ({row['area']})" if row.get("area") else ""
        field = _FIELD_LINE.match(row.get("quote") or "")  # "Responsible: <name>" under an item's heading: the item is theirs
        yield Candidate(
            source="person", main=f"{row['role']} {row['name']}" + (f" {row['context']} {row.get('section') or ''}" if field else ""),
            context=f"{row['context']} {row.get('section') or ''}",
            area=row.get("area"), answer=_person_answer(row, where), citations=[cite_row(row)],
            role_text=row["role"], fits_form=1.0, nearest=f"{row['name']}, {trim(row['role'], 120)}",
        )


# A line giving a field of the item above it: "Responsible: Yasmin Delacourt, Interim CDO (SRO)" under
# "2.8 Digital Shared Care Record", as a plan of numbered headings sets out its items.
_FIELD_LINE = re.compile(r"^\s*(?:(?:acting|interim|deputy|joint)\s+)?(?:responsible|accountable|owner|lead|sro|"
                         r"senior responsible owner|executive lead|clinical lead)\s*:", re.I)


def _person_answer(row: dict, where: str) -> str:
    """The name and role, then the line that states them when it says more (a phone number, a date)."""
    said = f"{row['name']}: {trim(row['role'], 200)}{where}."
    quote = row["quote"] or ""
    adds = re.findall(r"[\w.+-]+@[\w.-]+|\d[\d ]{3,}\d|\d{1,2}(?:st|nd|rd|th)? \w+ \d{4}", quote)
    extra = [a for a in adds if a not in said]
    return trim(f"{said} \"{quote}\"" if extra else said, 590)


def owned_by(ctx: Context) -> Iterator[Candidate]:
    """"What does Jayne Mellor own?": every initiative and role recorded against the person."""
    name = ctx.analysis.person
    if not name:
        return
    low = name.lower()
    rows = [r for r in ctx.index.table("initiatives") if low in r["owner_raw"].lower()
            and (not ctx.analysis.areas or r.get("area") in ctx.analysis.areas)]
    roles = [p for p in ctx.index.table("people") if low in p["name"].lower() and p not in rows]
    posts = posts_in_rows(ctx, name)  # a post held for a row's thing, in a table of posts by column
    if not rows and not roles and not posts:
        return
    items = [f"\"{trim(r['title'], 80)}\"" + (f" ({r['area']})" if r.get("area") else "") for r in rows] + [post for post, _ in posts]
    items += [trim(p["role"], 100) for p in roles if not any(trim(r["title"], 60)[:40] in p["role"] for r in rows)]
    answer = trim(f"{name} is recorded as owner or lead of: " + "; ".join(dict.fromkeys(items)) + ".", 590)
    cites = [cite_row(r, use_owner=True) for r in rows] + [cite for _, cite in posts] + [cite_row(p) for p in roles]
    areas = {r.get("area") for r in rows}  # one plan area's work ("which West Lancashire initiatives ...?"): that area's
    yield Candidate(source="owned", main=name, context="", area=areas.pop() if len(areas) == 1 else None, answer=answer,
                    citations=cites, fits_form=1.0, role_text=" ".join(["owner lead", *(post for post, _ in posts)]))  # (the posts it lists)


_ALL_OWNERS = re.compile(r"\b(?:owners|leads|all|every|each|list|named|names|who are)\b")


def area_owners(ctx: Context) -> Iterator[Candidate]:
    """"Who are the scheme owners for the West Lancs initiatives?": every owner in the area's tables."""
    a = ctx.analysis
    if "person" not in a.wants or not a.areas or not (_ALL_OWNERS.search(a.text.lower()) or a.count is not None):
        return  # ("which WPs own the five initiatives?": as many owners as the count asked, so all of them)
    for area in a.areas:
        rows = [r for r in ctx.index.table("initiatives") if r.get("area") == area and r["owner_raw"]]
        if not rows:
            continue
        owners = list(dict.fromkeys(_with_programme(ctx, r, o)[0] for r in rows for o in json.loads(r["owners"] or "[]")))
        detail = "; ".join(f"{trim(r['title'], 60)}: {trim(r['owner_raw'], 80)}" for r in rows)
        answer = trim(f"Scheme owners in {area}: {'; '.join(owners)}. By initiative: {detail}.", 590)
        yield Candidate(source="area-owners", main=" ".join(r["title"] for r in rows), context=f"scheme owners initiatives {area}",
                        area=area, answer=answer, citations=[cite_row(r, use_owner=True) for r in rows][:5],
                        fits_form=1.0, role_text="scheme owner owners lead leads")

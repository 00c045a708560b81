"""A post named where a person is asked for: "The Finance and Investment Group is chaired by the Director of
Finance of QCH", "SRO: Chief Operating Officer, HUH". Papers that name posts rather than people (a memorandum
of understanding, a plan on a page "SROs are shown by post") list who holds each post elsewhere: a schedule of
parties and post-holders, a who's who. "Who chairs FIG?" is answered with the person that list names in that
post, of that organisation, citing both the line naming the post and the list's row naming the person.

A post the list holds in more than one organisation is resolved only when the line says which ("of QCH",
", NHS Hexmarden CCG"); otherwise it is left as the post, unanswered, as before."""

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from bot.answering import types
from bot.answering.candidates import Candidate, Context, cite_cell, role_in
from bot.answering.candidates.post_names import other_roles
from bot.answering.vocabulary import BODY_WORDS, WEAK_ROLES
from bot.index.record_terms import rows_sharing
from bot.models import Citation
from bot.records.names import person_name

# The word a post's title ends in or is built on ("Chief Operating Officer", "Director of Finance").
_POST_WORDS = (r"(?:Officer|Director|Executive|Manager|Head|Chair|Secretary|Nurse|Lead|Controller|Adviser|Advisor|Clinician|Registrar|"
               r"Pharmacist|Midwife|Commissioner)")
_CAP = r"[A-Z][\w&'’-]*"
# a post as written: up to four capitalised words, the post word, then "of/for" and what it is of (capitalised)
_POST = re.compile(rf"\b((?:{_CAP}\s+){{0,4}}{_POST_WORDS}\b(?:\s+(?:of|for)\s+(?:the\s+)?{_CAP}(?:\s+(?:(?:and|&)\s+)?{_CAP}){{0,5}})*)"
                   rf"(?:,\s*({_CAP}(?:\s+(?:(?:and|&|of)\s+)?{_CAP}){{0,6}}))?")
_SPLIT = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?")


def with_post_holders(ctx: Context, candidates: Iterable[Candidate]) -> Iterator[Candidate]:
    """Each candidate, and after one that names a post but no person, the same led by the post's holder."""
    for candidate in candidates:
        held = _held(ctx, candidate) if ctx.analysis.want == "person" else None
        if held is not None and types.people(candidate.answer, ctx.lex.common):
            yield held  # the line's post holds the role asked; the person the answer named holds another: the post's holder first
            yield candidate
            continue
        yield candidate
        if held is not None:
            yield held


def _held(ctx: Context, candidate: Candidate) -> Candidate | None:
    """(Most candidates name no post: that is looked for first, and whether the answer names a person,
    a slower read, only for one that does.)"""
    if not candidate.citations:
        return None
    for start, end, post, body in named_posts(candidate.main):
        lead_in = _LEAD_IN.search(candidate.main[max(0, start - 60):start])
        if lead_in is None:
            continue  # a post named by the way ("reports to the Chief Executive"), not as the holder of a role
        if types.people(candidate.answer, ctx.lex.common) and not _asked_role_held(ctx, lead_in.group(0)):
            return None  # (the line names its person; unless the post holds the very role asked: "is chaired by the
            # Chief Pharmacist of SGH. It reports to the P4 Board, whose SRO is Martin Gethin" names no chair)
        holder = post_holder(ctx, post, body)
        if holder is not None:
            name, role, citation = holder
            # the post's own words are those before it in its sentence: "the Digital Enabling Group, chaired by the
            # CIO of HUH, and the Workforce Enabling Group, whose chair is to be confirmed" is no answer for workforce
            begin = _sentence_start(candidate.main, start)
            said = candidate.main[begin:end].lstrip()  # (" | " is cut a space early)
            heading = candidate.citations[0].section or ""
            if _FIELD.match(said):  # "SRO: Chief Operating Officer, HUH": a field of the item its heading (or the line
                # it follows, "P2 Diagnosing well ... | Lead: Clinical Lead for Dementia") names, as a person's record reads
                said = f"{candidate.main[:begin]} {said} {heading}".strip()
            if not _covers_question(ctx, f"{said} {heading} {candidate.citations[0].title or ''}"):  # (and the paper it is in)
                return None
            told = said if types.people(candidate.answer, ctx.lex.common) else candidate.answer  # (not another's name)
            return replace(candidate, main=said, main_parts=(), main_held=None, answer=f"{name} ({role}): {told}",
                           citations=[*candidate.citations, citation], has_type=True, item=name, features={}, answer_parts=(),
                           role_text=f"{lead_in.group(0).strip()} {post}")
    return None


def _asked_role_held(ctx: Context, lead_in: str) -> bool:
    """Whether the words making a post a role's holder name a role the question asks for, not a weak one
    ("chaired by the" for "who chairs ...?")."""
    return any(role_in(r, lead_in) for r in ctx.analysis.roles if r not in WEAK_ROLES)


def names_held_post(ctx: Context, text: str) -> bool:
    """Whether a line names, as a role's holder, a post whose holder a list names ("... is chaired by the Chief
    Pharmacist of SGH"): it says who, as a line naming the person does."""
    for start, _, post, body in named_posts(text):
        if _LEAD_IN.search(text[max(0, start - 60):start]) and post_holder(ctx, post, body) is not None:
            return True
    return False


def _covers_question(ctx: Context, said: str) -> bool:
    """An answer drawn from two papers is given only when the post's own words and the heading they stand
    under hold every word the question asks with: "who chairs the workforce enabling group?" is not answered
    by the post chairing the Digital Enabling Group."""
    own, kinds = ctx.tokenizer.stem_set(said), ctx.tokenizer.stem_set(" ".join(_KIND_WORDS))
    return all(ctx.topic.has(t, own) for t in ctx.analysis.terms if t not in ctx.analysis.aside and t not in kinds)


# Words saying what sort of thing is asked about ("the ... scheme", "the ... group"), never which one.
_KIND_WORDS = BODY_WORDS


_FIELD = re.compile(r"^[A-Z][A-Za-z ]{1,30}:\s")


# What makes a post the holder of a role in its line: "chaired by the", "led by", "SRO:", "Lead -"
_LEAD_IN = re.compile(r"(?:\b(?:chaired|led|owned|sponsored|run|managed|held|presented|championed)\s+by\s+(?:the\s+)?|"
                      r"\b(?:[A-Z][\w/&'’-]*)(?:\s+[\w/&'’-]+){0,3}\s*[:–-]\s*(?:the\s+)?)$")


def _sentence_start(text: str, at: int) -> int:
    cut = max(text.rfind(". ", 0, at), text.rfind("; ", 0, at), text.rfind(" | ", 0, at))
    return cut + 2 if cut >= 0 else 0


def named_posts(text: str) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, post, organisation) for each post the text names, the organisation "" where it names none:
    "the Director of Finance of QCH" gives "Director of Finance of QCH" with "", then "Director of Finance" with "QCH"."""
    for m in _POST.finditer(text):
        words, body = m.group(1).strip(), (m.group(2) or "").strip()
        parts = _SPLIT.split(words)
        for k in range(len(parts), 0, -1):  # the longest title first, what follows it the organisation
            title = " of ".join(parts[:k]) if k > 1 else parts[0]
            if not re.search(rf"\b{_POST_WORDS}\b", title):
                break
            rest = " ".join(parts[k:])
            yield m.start(), m.end(), title, " ".join(x for x in (rest, body) if x)


def post_holder(ctx: Context, post: str, body: str) -> tuple[str, str, Citation] | None:
    """(name, post with its organisation, the citation of the row naming them) from a table row pairing a
    cell that is the post with a cell that is a person; the organisation, if given, written in that row."""
    key = (post.lower(), body.lower())
    found: dict = ctx.index.memo("post holders", dict)
    if key not in found:
        found[key] = _look_up(ctx, post, body)
    return found[key]


def _look_up(ctx: Context, post: str, body: str) -> tuple[str, str, Citation] | None:
    wanted = _plain(post)
    holders: dict[str, tuple[str, str, Citation]] = {}
    for row in rows_sharing(ctx.index, ctx.tokenizer, "rows", set(ctx.tokenizer(post))).rows:
        cells = json.loads(row["cells"])
        titled = [c for c in cells if _plain(_before_comma(c["text"])) == wanted]
        named = [(c, person_name(c["text"], ctx.lex.common)) for c in cells]
        people = [(c, n) for c, n in named if n]
        if len(titled) != 1 or len(people) != 1:
            continue
        if other_roles(json.loads(row["labels"] or "[]"), cells.index(titled[0]), cells.index(people[0][0])):
            continue  # "Lead | Clinical champion": the post and the person are two people
        others = " ".join(c["text"] for c in cells if c is not people[0][0])
        if body and not _of_body(body, others):
            continue
        cell, name = people[0]
        holders.setdefault(name, (name, _role(titled[0]["text"], body), cite_cell(row, cell)))
    return next(iter(holders.values())) if len(holders) == 1 else None


def _of_body(body: str, text: str) -> bool:
    """Whether the row names the organisation: its initials in brackets or alone ("QCH"), or its words."""
    if re.fullmatch(r"[A-Z]{2,6}", body):
        return re.search(rf"\b{body}\b", text) is not None or body in _initials_of(text)
    words = [w for w in re.findall(r"[a-z0-9]+", body.lower()) if w not in ("nhs", "the", "and", "of")]
    return bool(words) and all(re.search(rf"\b{w}\b", text.lower()) for w in words)


def _initials_of(text: str) -> set[str]:
    """The initials of the words of each run of capitalised words, from any one of them on ("JT Chief Pharmacist
    Selcombe General Hospitals NHS Trust" holds "SGH", "SGHT", "CPSGH", ...): a paper writes "the Chief Pharmacist
    of SGH" where the list writes the trust's name out ("NHS" itself is left out of a trust's initials)."""
    found = set()
    for run in re.findall(r"(?:\b[A-Z][\w'’-]*(?:\s+|$))+", text):
        letters = "".join(w[0] for w in run.split() if w != "NHS")
        found |= {letters[i:j] for i in range(len(letters)) for j in range(i + 2, min(len(letters), i + 6) + 1)}
    return found


def _role(post_cell: str, body: str) -> str:
    return f"{post_cell}, {body}" if body and body.lower() not in post_cell.lower() else post_cell


def _before_comma(text: str) -> str:
    return text.split(",")[0]


def _plain(text: str) -> str:
    """A post as compared: "Clinical Lead for Dementia" is the "Clinical Lead of Dementia" named_posts joins its parts into."""
    return re.sub(r"\bfor\b", "of", re.sub(r"\s+", " ", re.sub(r"[^\w&]+", " ", text.lower())).strip())

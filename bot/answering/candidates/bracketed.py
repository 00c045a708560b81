"""People a paper names once in full with their initials in brackets ("Ruairi Colquhoun (RC), Programme
Manager") and then by the initials alone ("ACTION: RC by 27/11 - circulate the figures"), as minutes do;
or spells out in a key of its own ("SRO: TGA" on a slide, "TGA | Tamsin Greaves-Adeyemi" on its Contacts slide).

"Who has the action to circulate the figures?" is answered by the name the initials stand for in that
paper, citing the line where the paper spells them out."""

import re

from bot.answering.candidates import Context, role_in
from bot.answering.candidates.initials import initials_match, spelled_initials
from bot.answering.candidates.read_with import cite_line
from bot.models import Citation, SourceLine

_INITIALS = re.compile(r"(?<![\w&-])([A-Z]{2,4})(?![\w&-])")
_NAME = r"((?:(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Cllr)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})"


def bracketed_person(ctx: Context, document: str, text: str, anchors: list[str]) -> tuple[str, Citation] | None:
    """The person whose bracketed initials stand alone in `text`, the initials nearest the question's
    words first, as ("Ruairi Colquhoun (RC)", where the paper spells RC out); None when none do."""
    found = [(m.start(), m.group(1)) for m in _INITIALS.finditer(text)]
    if not found:
        return None
    low = text.lower()
    places = [p for a in anchors for p in [low.find(a.lower())] if p >= 0]
    found.sort(key=lambda f: min((abs(f[0] - p) for p in places), default=f[0]))
    for _, initials in found:
        spelled = _spelled(ctx, document, initials) or spelled_initials(ctx, initials, document)
        if spelled:  # (in brackets after the name, or in the paper's key to initials: "TGA | Tamsin Greaves-Adeyemi")
            return spelled
    return None


def _spelled(ctx: Context, document: str, initials: str) -> tuple[str, Citation] | None:
    memo: dict[str, dict[str, tuple[str, Citation]]] = ctx.index.memo("bracketed initials", dict)
    if document not in memo:
        memo[document] = _spelled_in(ctx, document)
    return memo[document].get(initials)


_SPELLED = re.compile(rf"{_NAME}\s*\(([A-Z]{{2,3}})\)")


def _spelled_in(ctx: Context, document: str) -> dict[str, tuple[str, Citation]]:
    """Every name a paper gives its initials in brackets, read in one pass over the paper's bracketed
    passages (the first time a question asks of that paper): initials -> (the name, where it is spelled)."""
    found: dict[str, tuple[str, Citation]] = {}
    for passage in ctx.index.passages_where("document = ? and text like ?", (document, "%(%)%")):
        for unit in passage.units:
            for m in _SPELLED.finditer(unit.text):
                name, initials = m.group(1), m.group(2)
                if initials not in found and initials_match(name, initials):
                    quote = SourceLine(page=unit.page, line=unit.line, text=m.group(0))
                    found[initials] = (f"{name} ({initials})", cite_line(passage, quote))
    return found


def labelled_holder(text: str, spelled: str | None, roles: list[str]) -> float:
    """1 when the spelled initials stand as the value of a label stating an asked role ("SRO: TGA", as a
    slide or a form writes its people): the line is a look-up of who holds the role, as a people record is."""
    initials = spelled.rpartition("(")[2].rstrip(")") if spelled else ""
    if not initials or not roles:
        return 0.0
    m = re.search(rf"(?:^|[;|]|\s{{2,}}|\t)\s*([A-Za-z][\w &/'-]{{1,40}}?)\s*:\s*{re.escape(initials)}(?![\w&-])", text)
    return 1.0 if m and any(role_in(r, m.group(1)) for r in roles) else 0.0

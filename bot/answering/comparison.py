"""Comparisons of two named things: "which gets more of the winter funding, the discharge hub or the
ambulance schemes?", "is the efficiency ask bigger in 26/27 or 27/28?".

No one passage says which is bigger: the papers give each figure where they describe each thing. So
each option is asked on its own ("how much winter funding for the discharge hub?"), each answer's
figure is taken from the words nearest the option, and the two figures are compared. When either is
not found, or they are not figures of one kind, the question is answered as any other."""

import re
from dataclasses import dataclass

from bot.answering import types
from bot.answering.candidates import unique
from bot.answering.thresholds import Amount, cell_amount
from bot.models import Reply

_MORE = r"more|bigger|larger|higher|greater|most|biggest|largest|highest|better|best"
_LESS = r"less|smaller|lower|fewer|least|smallest|lowest|worse|worst"
_COMPARED = re.compile(rf"\b(?:(?P<more>{_MORE})|(?P<less>{_LESS}))\b", re.I)
_OPTIONS = re.compile(r"(?P<a>[^,;:?()]{2,80}?)\s+or\s+(?P<b>[^,;:?()]{2,60}?)(?=\s*(?:[,;:?]|\s-\s|\band\b|$))", re.I)
_LEAD = re.compile(r"^\s*(?:(?:is|are|was|were|does|do|which|what|who|it|going|spent|allocated|given|receives?|gets?|"
                   r"the\s+bigger|the\s+larger)\s+)*(?:to|for|on|in|at|of|by|between)?\s*", re.I)
_ASKING = re.compile(r"^\s*(?:which|what|who|is|are|does|do|did|was|were)\b\s*(?:\w+\s+)??", re.I)


@dataclass(frozen=True)
class Compared:
    first: str
    second: str
    subject: str  # what is compared ("winter plan funding", "the efficiency ask"); empty when the options say it
    more: bool  # asks which is bigger (False: smaller)


def asked_comparison(question: str) -> Compared | None:
    """The two options a question compares and what it compares them on, else None."""
    said = _COMPARED.search(question)
    options = _OPTIONS.search(question)
    if said is None or options is None:
        return None
    a_text, b_text = options.group("a"), options.group("b")
    inside = list(_COMPARED.finditer(a_text))
    said_at = options.start("a") + inside[-1].start() if inside else said.start()
    if inside:  # "is the efficiency ask bigger in 26/27 or 27/28": what is compared comes before the comparison
        a_text = a_text[inside[-1].end():]
    subject = next((s for s in (
        _words(question[said.end(): options.start("a")]) if not inside else "",  # "more of the winter funding, the hub or ..."
        _words(_ASKING.sub("", question[:said_at].split(",")[-1])),  # "is the efficiency ask bigger", "which costs more"
        _words(question[: options.start("a")].split(",")[0]),  # "Out of the £14.6m winter allocation, is more going to ..."
    ) if s), "")
    first, second = _LEAD.sub("", a_text).strip(), _LEAD.sub("", b_text).strip()
    if not first or not second or len(first.split()) > 8 or len(second.split()) > 8:
        return None
    if re.match(r"(?:more|less|above|over|below|under|higher|lower|greater|fewer|upwards)\b", second, re.I):
        return None  # "score 15 or more": a bound, not two options
    return Compared(first, second, subject, said.group("more") is not None)


def _words(text: str) -> str:
    """A phrase without the small words that join it to the question ("of the winter funding" -> "the winter funding")."""
    said = re.sub(r"^\s*(?:out\s+of|of|in|for|on|from|is|are|going|to)\s+", "", text.strip(" ,;:-?"), flags=re.I).strip(" ,;:-?")
    plain = re.search(r"[A-Za-z0-9]{3,}", said) and said.lower() not in ("is", "are", "which", "what", "the", "there")
    return said if plain and not _COMPARED.search(said) else ""


def part_question(compared: Compared, option: str) -> str:
    """One option asked on its own: "how much is winter plan funding for the discharge hub?"."""
    return f"how much is {compared.subject} for {option}?" if compared.subject else f"how much is {option}?"


def _or_the_other(reply: Reply, option: str, other: Reply) -> Reply:
    """An option not found on its own may be in the other option's answer ("£3.1m for the TOC Hub and
    £2.3m for ambulance schemes"): that answer, when it writes one of the option's own words."""
    if reply.answered or not other.answered:
        return reply
    return other if any(re.search(rf"\b{re.escape(w)}\b", other.answer, re.I) for w in _own_words(option)) else reply


def figure_for(reply: Reply, option: str) -> tuple[str, Amount] | None:
    """The figure an answer gives for the option: the one in the clause that names the option ("£3.1m
    for the TOC Hub" of "£9.2m for beds, £3.1m for the TOC Hub and £2.3m for ambulance schemes"), else
    the one written nearest its words."""
    if not reply.answered:
        return None
    text = _UNIT_MARK.sub(" ", reply.answer)  # "Capital (£000)" names the unit of the figures, it is none of them
    words = _own_words(option)
    clauses = [c for c in _CLAUSES.split(text) if any(re.search(rf"\b{re.escape(w)}", c, re.I) for w in words)]
    for place in (*clauses, text):
        for want in ("money", "number"):
            found = types.nearest(want, place, words)
            amount = cell_amount(found) if found else None
            if found and amount is not None:
                return found, amount
    return None


_CLAUSES = re.compile(r"[;,•|]|\s+and\s+")
_UNIT_MARK = re.compile(r"\(?£\s?(?:000s?|k|m|bn)\)?(?![\w.,])", re.I)


def _own_words(option: str) -> list[str]:
    return [w.lower() for w in re.findall(r"[A-Za-z0-9/]{3,}", option) if w.lower() not in ("the", "and", "for", "with")]


def compared_reply(question: str, compared: Compared, replies: tuple[Reply, Reply]) -> Reply | None:
    """The two figures and which is bigger (or smaller), citing where each is written; None when a
    figure is missing or the two are not of one kind (a sum and a count)."""
    options = (compared.first, compared.second)
    replies = tuple(_or_the_other(r, o, other) for r, o, other in zip(replies, options, reversed(replies)))  # type: ignore[assignment]
    figures = [figure_for(r, o) for r, o in zip(replies, options)]
    if any(f is None for f in figures):
        return None
    (said_a, a), (said_b, b) = figures  # type: ignore[misc]
    if a.money != b.money or a.percent != b.percent:
        return None
    if a.whole == b.whole and _first_cited(replies[0]) == _first_cited(replies[1]):
        return None  # one line's one figure answered both: it tells nothing of the two apart
    if a.whole == b.whole:
        verdict = f"They are the same: {said_a}."
    else:
        first_wins = (a.whole > b.whole) == compared.more
        winner, loser = (compared.first, compared.second) if first_wins else (compared.second, compared.first)
        size = ("higher", "lower") if a.percent else ("bigger", "smaller")  # a share is higher, a sum bigger
        verdict = f"{_capital(winner)} has the {size[0] if compared.more else size[1]} figure ({said_a if first_wins else said_b}, against {said_b if first_wins else said_a} for {loser})."
    citations = unique([c for r in replies for c in r.citations[:2]])
    return Reply(question=question, kind=replies[0].kind, answered=True, answer=verdict, citations=citations)


def _first_cited(reply: Reply) -> tuple[str, int | None, int | None]:
    first = reply.citations[0]
    return first.document, first.page, first.line


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]

"""Programme posts stated in running prose, a clause at a time.

A programme document often names its people in sentences, each written its own way: "X is SRO",
"Clinical leadership is provided by Dr Y", "Dr Y leads clinically", "Z manages the programme",
"... with Dr Y alongside her as clinical lead and Z running the programme", "Programme management is by Z".
No one sentence pattern reads them all; what they share is a clause naming one person and one of the
posts a programme is run by (its senior responsible owner, clinical lead, programme manager), by the
post's name or by the verb of doing it. The remit is what the paragraph is about: a paragraph that opens
with its own title ("(a) Home First (LP1). ...") gives that title to the posts its sentences state."""

import re
from collections.abc import Iterator

from bot.records.names import NAME, person_name, trim_name

# A post and the ways a clause says someone holds it: by its name, or by the verb of doing it.
POSTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("SRO", re.compile(r"\b(?:senior responsible owner|SRO)\b", re.I)),
    ("Clinical lead", re.compile(r"\b(?:clinical(?:ly)? lead(?:s|er|ership)?|leads? clinically|clinical leadership)\b", re.I)),
    ("Programme manager", re.compile(r"\b(?:programme manage(?:r|ment)|manag(?:es|ing) the programme|run(?:s|ning)? the programme|"
                                     r"day-to-day delivery)\b", re.I)),
)
# Where one clause of a sentence ends and the next begins ("...; Z manages the programme", ", with Dr Y ...",
# "... and Z running the programme"): a name's own "and" never stands before a capital in a person's name.
_CLAUSE = re.compile(r";\s*|,\s+(?:with|while|whilst)\s+|,?\s+and\s+(?=(?:[a-z-]+\s+){0,3}(?:is|are|by|[A-Z]))")
_BRACKETS = re.compile(r"\([^()]*\)")
_SENTENCE = re.compile(r"(?<!\b[A-Z])(?<!\bDr)(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bSt)(?<!\bProf)\.\s+(?=[A-Z(])")
# A paragraph opening with its own title: an item mark, a few capitalised words (a code in brackets), a stop.
_TITLE = re.compile(r"^\s*(?P<mark>\(?[a-z0-9]{1,3}[.)]\s+)?(?P<title>[A-Z][^.;:!?=]{2,80}?)\.\s+(?=[A-Z])")
TITLE_WORDS = 8


def paragraph_title(text: str) -> str | None:
    """"(a) Home First (LP1). Fenwick ... is SRO." -> "Home First (LP1)"; None for a paragraph that opens
    with a sentence, not a title."""
    m = _TITLE.match(text)
    if not m:
        return None
    title = m.group("title").strip()
    words = title.split()
    if m.group("mark") and len(words) <= MARKED_TITLE_WORDS:
        return title  # "(h) Enabling programmes.": an item's few words before its first sentence
    if _CODED.search(title):  # "Transforming Care for people with a learning disability (LP7)": its code says it is a title
        return title if len(words) <= CODED_TITLE_WORDS else None
    if len(words) > TITLE_WORDS or not all(w[0].isupper() or not w[0].isalpha() or len(w) <= 3 for w in words):
        return None
    return title


# A line or item led by a programme's code and a colon ("MH: ...", "- PCC: ...", "CCH-02: ..."): what its
# sentences are about, as a paragraph's own title is
_CODE_LABEL = re.compile(r"^\s*(?:[-•*]\s*)?(?P<code>[A-Z][A-Z&/]{1,5}(?:[-\s]?\d{1,3})?)\s*:\s+")
_CODED = re.compile(r"\([A-Z]{1,6}[-\s]?\d{0,3}[a-z]?\)$")
CODED_TITLE_WORDS = 14
MARKED_TITLE_WORDS = 4


def clauses(sentence: str) -> list[str]:
    """The sentence parted where one clause ends and the next begins, never inside brackets: a person's
    post in brackets ("(Chief Officer, NHS Northrey and Garth Moor CCG)") is one clause's words."""
    depth, cuts = 0, []
    ends = {m.start(): m.end() for m in _CLAUSE.finditer(sentence)}
    for k, ch in enumerate(sentence):
        depth += (ch == "(") - (ch == ")")
        if k in ends and depth <= 0:
            cuts.append((k, ends[k]))
    spans, start = [], 0
    for a, b in cuts:
        if a >= start:
            spans.append((start, a))
            start = b
    spans.append((start, len(sentence)))
    merged: list[tuple[int, int]] = []
    for a, b in spans:  # "Ann Example and Bob Sample share the SRO role": a subject of names alone is one clause's
        if merged and _NAMES_ONLY.fullmatch(sentence[merged[-1][0]:merged[-1][1]].strip()):
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    return [sentence[a:b] for a, b in merged]  # as written: a clause is quoted


_NAMES_ONLY = re.compile(r"(?:(?:Dr|Mr|Mrs|Ms|Prof|Professor)\.?\s+)?[A-Z][\w'’-]+(?:\s+(?:[a-z]{2,3}\s+)?[A-Z][\w'’-]+){0,3}")


def posts_in(text: str, common: frozenset[str]) -> Iterator[tuple[str, str, str]]:
    """(name, post, clause) for each clause of `text` naming exactly one person and exactly one post."""
    title = paragraph_title(text)
    body = text[len(_TITLE.match(text).group(0)):] if title else text  # type: ignore[union-attr]
    coded = None if title else _CODE_LABEL.match(text)
    if coded and not any(pattern.search(coded.group("code")) for _, pattern in POSTS):  # ("SRO: ..." labels a post, not whose)  # "- MH: the programme manager vacancy is filled - Suki Brandreth joins": whose post, by its code
        title, body = coded.group("code"), text[coded.end():]
    for sentence in _SENTENCE.split(body):
        for clause in clauses(sentence):
            bare = _BRACKETS.sub(" ", clause)  # "(Chief Officer, NHS Northrey and Garth Moor CCG)" says who, not which post
            posts = [(post, m) for post, pattern in POSTS for m in [pattern.search(bare)] if m]
            if len(posts) != 1:
                continue
            names = _people(bare, common)
            if len(names) != 1:
                continue
            remit = title or post_remit(bare[posts[0][1].end():])
            post = f"{posts[0][0]} ({remit})" if remit else posts[0][0]
            yield names[0], post, clause.strip(" .,")


# What a post is held for, said straight after it: "is clinical lead for the urgent and emergency care
# workstream", "SRO for Planned Care": the remit the person holds it for, up to the clause's end
_REMIT = re.compile(r"^\s+(?:for|of)\s+(?:the\s+)?(?P<remit>[^,;()]{3,80}?)\s*"
                    r"(?:[,;()]|\.?\s*$|\s(?:with effect|from|until|till|since|with|who|which|while|whilst)\b)")


def post_remit(after: str) -> str | None:
    m = _REMIT.match(after)
    return m.group("remit").strip() if m else None


# A capitalised phrase after a preposition is a place or a body ("a GP in Garth Moor"), not a person.
_PLACED = re.compile(r"\b(?:in|at|of|for|from|across|within)\s+$")


def _people(clause: str, common: frozenset[str]) -> list[str]:
    """The persons a clause names, each once. A capitalised phrase set off by a comma straight after a
    person ("Dr Y, Consultant Geriatrician, ...") is that person's job, and one after a preposition a place."""
    found: list[str] = []
    last_end = -1
    for m in re.finditer(NAME, clause):
        if _PLACED.search(clause[:m.start()]) or (found and re.fullmatch(r",\s*", clause[last_end:m.start()])):
            continue
        name = person_name(trim_name(m.group(0).strip()), common)
        if name and name not in found:
            found.append(name)
            last_end = m.end()
    return found

""""How many X?": the nouns a question counts, and whether a list is a list of them.

"How many workstreams does the programme have?" is answered by counting the items under a line
that names workstreams ("The programme is organised in the workstreams below"), when no sentence
gives the number: the count is of quoted lines, each cited, so nothing is made up."""

import re

from bot.answering import types
from bot.records.lists import points_ahead

# Words that end the counted noun phrase once it has begun ("how many GP practices are there").
_PHRASE_ENDS = frozenset("are is there does do did in across of the for at on by from within have has will were was can could "
                         "should would".split())


def counted_nouns(question: str) -> list[str]:
    """The words "how many" counts, as written ("how many drop-in sessions are listed" -> drop-in,
    sessions; "no. of GP practices" too)."""
    m = re.search(r"\bhow many\s+(.*)|\b(?:number|no\.?) of\s+(.*)", question.lower())
    if not m:
        return []
    out: list[str] = []
    words = re.findall(r"[a-z]+(?:-[a-z]+)*", m.group(1) or m.group(2))
    for k, word in enumerate(words):
        if word in _PHRASE_ENDS:
            if out:
                # "how many patients were waiting": what they are doing names them too (a backlog is of the waiting)
                if word in _BEING and k + 1 < len(words) and words[k + 1].endswith("ing"):
                    out.append(words[k + 1])
                break
            continue
        out.append(word)
    return out


_BEING = frozenset("are is were was".split())


def counted_as_asked(question: str) -> str | None:
    """The counted things as the question writes them ("BAF risks" of "how many BAF risks are rated
    high?"), when they end in a plural noun; else None ("how many currently sit ...")."""
    nouns = counted_nouns(question)
    if not nouns or not nouns[-1].endswith("s"):
        return None
    said = re.search(r"\w*\W+".join(map(re.escape, nouns)), question, re.I)  # "LC1 projects": the words as written
    # whose they are is not what they are: "the ICB's corporate risks" are counted as corporate risks
    return re.sub(r"^(?:\S+['’]s\s+)+", "", said.group(0)) if said else None


def introduces_counted(nouns: list[str], intro: str, stem_set, stem) -> bool:
    """A list's introducing line is one of the counted things: it names every counted word ("how many
    staff drop-in sessions" over "Drop-in sessions ... open to staff:"; "how many whole-time equivalent
    staff" is not asked of a list whose line only mentions staff), says its items follow it,
    and gives no number of its own (a heading "Wave 1 teams live (6 teams)" is answered by its 6,
    and the lines under it are not teams)."""
    stems = stem_set(intro)
    return (bool(nouns) and all(stem(w) in stems for w in nouns) and points_ahead(intro)
            and not types.counted_numbers(intro, [nouns[-1].rstrip("s")]))

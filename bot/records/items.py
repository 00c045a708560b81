"""One milestone per item: a plan's table cell often runs several milestones together under one date
("Qtr 4: ICC Development Plans implemented & evaluated (SC) ICC risk strategy ... embedded (SC)
Integrated Care Coordination implemented (SC) Fall Pilot evaluated Take Home & Settle service
implemented"). People read them as separate items; so do digests and lists.

The cell's wording gives the boundaries, never a list of milestones: a site tag such as "(SC)" ending
an item, a status word ("implemented", "agreed", "complete") or a deliverable ("Plan", "Evaluation",
"Review") followed by a capitalised word that starts the next, a year ("17/18") followed by one, a
capitalised instruction ("Implement ...", "Develop ...") after other words, semicolons, and commas
between three or more capitalised items. A piece of one word is never an item: it stays with the one
before."""

import re

_CONNECTORS = {"&", "and", "or", "of", "the", "to", "for", "in", "on", "with", "a", "an", "by", "at", "from", "-", "–"}
_STATUS = {"implemented", "complete", "completed", "agreed", "evaluated", "embedded", "approved", "launched",
           "operational", "established", "held", "developed", "finalised", "finalized", "published", "live",
           "recruited", "appointed", "procured", "mobilised", "mobilized", "submitted", "underway", "started",
           "signed", "commissioned", "delivered", "in place", "rolled out", "go live", "consultation"}
_DELIVERABLES = {"plan", "plans", "evaluation", "review", "strategy", "report", "pilot", "proposal", "model"}
# Capitalised words that carry on a deliverable's name rather than start a new item ("Plan Development").
_CONTINUES = {"plan", "plans", "evaluation", "review", "development", "delivery", "implementation", "programme",
              "group", "board", "approval", "sign", "framework", "agreed", "and", "&", "model", "strategy", "for"}
_INSTRUCTIONS = {"implement", "develop", "deliver", "establish", "agree", "complete", "launch", "introduce", "publish",
                 "recruit", "commission", "undertake", "integrate", "mobilise", "mobilize", "procure", "appoint",
                 "confirm", "finalise", "finalize", "submit", "embed", "extend", "expand", "create", "build", "start"}
_TAG = re.compile(r"^\([A-Z]{1,4}\)$")  # a site or team tag: "(SC)", "(LN)"
_YEAR = re.compile(r"^\d\d/\d\d$")
MIN_WORDS = 2


def split_items(text: str) -> list[str]:
    """The milestones one cell's text holds, in order; a single milestone comes back as it is."""
    text = " ".join(text.split())
    if not text:
        return []
    parts = [p for chunk in re.split(r"\s*;\s+", text) for p in _comma_items(chunk)]
    items: list[str] = []
    for part in parts:
        items += _word_items(part)
    return _merge_short(items) or [text]


def _comma_items(text: str) -> list[str]:
    """"A thing done, B thing done, C thing done": commas part items only where three or more pieces each
    start with a capital and have three words; a comma inside one item ("Neurology, Renal") stays."""
    pieces = [p.strip() for p in re.split(r"\s*,\s+", text)]
    if len(pieces) >= 3 and all(len(p.split()) >= 3 and p[:1].isupper() for p in pieces):
        return pieces
    return [text]


def _word_items(text: str) -> list[str]:
    words = text.split()
    items: list[list[str]] = [[]]
    for n, word in enumerate(words):
        items[-1].append(word)
        following = words[n + 1] if n + 1 < len(words) else ""
        if following and _ends_item(words, n, following):
            items.append([])
    return [" ".join(w).strip(" ,") for w in items if w]


def _ends_item(words: list[str], n: int, following: str) -> bool:
    """Whether an item ends after words[n], with `following` starting the next one."""
    word = words[n]
    bare = word.strip(",.:").lower()
    nxt = following.strip(",.:")
    if nxt.lower() in _CONNECTORS or bare in _CONNECTORS or not nxt[:1].isupper():
        return False
    if nxt.lower() in _INSTRUCTIONS:  # "... care review Implement bed modelling"
        return True
    if _TAG.match(word) or word.endswith(")"):  # "... implemented (SC) ICC risk strategy"
        return True
    pair = f"{words[n - 1].lower()} {bare}" if n else bare
    if bare in _STATUS or pair in _STATUS or _YEAR.match(bare):
        return True
    return bare in _DELIVERABLES and nxt.lower() not in _CONTINUES and nxt.lower() not in _STATUS


def _merge_short(items: list[str]) -> list[str]:
    out: list[str] = []
    for item in items:
        if out and (len(item.split()) < MIN_WORDS or len(out[-1].split()) < MIN_WORDS):
            out[-1] = f"{out[-1]} {item}"
        else:
            out.append(item)
    return out

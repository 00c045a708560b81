"""Sentences and table cells of the passages search ranks highest, each with the item it gives.

The answer leads with the asked item written nearest the question's words ("27 September 2019:
The first draft ... was submitted on 27 September 2019"), then the sentence itself. A cell under a
header row of short labels is read with its column ("Fri 28 (October): press release")."""

import re
from collections.abc import Iterator
from datetime import date


from bot.answering import types
from bot.answering.candidates import Candidate, Context, trim
from bot.answering.candidates.bracketed import bracketed_person, labelled_holder
from bot.answering.vocabulary import ROLES, WEAK_ROLES
from bot.answering.candidates.post_holders import names_held_post
from bot.answering.candidates.read_with import (AskedBefore, answered_question, cite_line, introduced, item_head, lead_in, pointed_back,
                                                      run_in_head)
from bot.answering.reasons import asks_reason
from bot.answering.revisions import REVISED
from bot.answering.superseded import moves, told_after
from bot.answering.analysis import Analysis, grid_asked
from bot.answering.counting import counted_nouns
from bot.answering.definitions import asked_term, defined_in_row, defines
from bot.answering.near_miss import asked_parts_in, other_part
from bot.answering.handovers import ASKS_PAST, handover
from bot.index.passages import Snippet, column_of, lead_in_line, snippets
from bot.reading.layout import FIELD_LINE_JOINED, FIGURE, cells
from bot.models import Passage, SourceLine
from bot.records.mustdos import names_mustdo
from bot.records.running_lines import running_key
from bot.textnorm import squash

PASSAGES = 25  # passages read for sentences: the line answering may share few of the question's words (fitted on the tune banks: 15 -> 25, tune +5)
TOP = 8
SENTENCE_CHARS = 420


def sentence_candidates(ctx: Context) -> Iterator[Candidate]:
    a = ctx.analysis
    hits = ctx.index.engine.search(search_terms(ctx), k=PASSAGES, areas=ctx.analysis.areas)  # the asked areas boosted
    if not hits:
        return
    top = hits[0].score
    term = asked_term(a.asked) if a.want == "text" else []
    grid = grid_asked(a)
    found: list[tuple[float, int, Passage, list[Snippet], int, str | None, float, tuple | None]] = []
    for hit, passage in zip(hits, ctx.index.passages([h.seq for h in hits])):
        context = " ".join(filter(None, (passage.section, passage.area)))
        pieces = passage_snippets(ctx, passage)
        for k, piece in enumerate(pieces):
            if a.want in ("number", "money", "duration") and _page_furniture(ctx, passage, piece):
                continue  # a running footer's page number is no figure ("... | 2 December 2016 5")
            column = column_of(passage.header, piece)
            back = (pointed_back(ctx, passage, pieces, k) or item_head(passage, piece) or introduced(ctx, passage, piece)
                    or run_in_head(pieces, k) or answered_question(ctx, passage, piece))
            text = f"{back[0]} {piece.text}" if back else piece.text
            coverage, _ = ctx.topic.coverage(text, f"{context} {column}" if column else context)
            if term and (defines(piece.text, term) or defined_in_row(piece.unit.text, piece.cell, term)):
                # "what does S3 mean?": the key's line saying so, however few words it shares
                coverage = max(coverage, DEFINING_COVERAGE)
            if coverage >= 0.25:
                # a must-do question's line must name a must-do ("supports delivery of national must-do 4")
                nxt = pieces[k + 1] if k + 1 < len(pieces) and pieces[k + 1].cell == 0 and piece.cell == 0 else _under_title(ctx, passage, pieces)
                typed = ((_holds_asked(ctx, text, column) or (nxt is not None and (carries_item(ctx, nxt.text) or dateline(ctx, text, nxt.text)
                                                                                   or a.want == "person" and _ROLE_FIELD.match(nxt.text) is not None))
                          or a.want == "person" and bracketed_person(ctx, passage.document, text, []) is not None  # "SRO: TGA", spelled in a key
                          or a.want == "person" and names_held_post(ctx, text))  # "chaired by the Chief Pharmacist of SGH", held by whom a list says
                         and (not grid or names_mustdo(text)))
                found.append((typed, coverage + 0.2 * hit.score / top, len(found), passage, pieces, k, column, hit.score / top, back))
    found.sort(key=lambda f: (not f[0], -f[1], f[2]))  # a sentence without the asked item cannot answer: the few built hold it
    seen: set[tuple] = set()
    for _, _, _, passage, pieces, k, column, retrieval, back in found:  # only the best few are built into answers
        piece = pieces[k]
        key = (passage.document, piece.source.page, piece.source.line, piece.text)
        if key in seen:
            continue
        seen.add(key)
        after = pieces[k + 1] if k + 1 < len(pieces) and pieces[k + 1].cell == 0 and piece.cell == 0 else _under_title(ctx, passage, pieces)
        if after is not None and lead_in_line(after.text):
            after = None  # "By 20/21:" heads the lines after it, not this one
        candidate = _candidate(ctx, passage, piece, column, retrieval, after)
        cause = _told_before(ctx, pieces, k) if back is not None and asks_reason(a.text) else None
        if cause is not None:  # "why did it move?": what the item says before the move
            candidate.answer = trim(f"{cause.text} {candidate.answer}", 590)
            candidate.citations = [cite_line(passage, part) for part in cause.parts[:2]] + candidate.citations
        if back is not None:  # "this" stands for what it points back to: read as part of the sentence, and cited
            candidate.main = f"{back[0]} {candidate.main}"
            if not isinstance(back, AskedBefore):  # (a question answered is what the answer is about, not what it states)
                candidate.role_text = f"{back[0]} {candidate.role_text}"  # "They will meet again": who "they" are
            candidate.citations += back[1:]
            if back[0].endswith(":") and back[0] not in candidate.answer:  # an item: what its list is of
                candidate.answer = f"{candidate.answer} (under \"{trim(back[0], 160)}\")"
        elif k > 0 and pieces[k - 1].cell == 0 and piece.cell == 0:
            candidate.context = (candidate.context, pieces[k - 1].text)
        led = lead_in(passage, piece) if back is None else None
        if led:  # "By 17/18:" over the line: its year is the line's
            candidate.context = (*((candidate.context,) if isinstance(candidate.context, str) else candidate.context), led)
        yield candidate
        if len(seen) >= TOP:
            break


DEFINING_COVERAGE = 0.5


def _page_furniture(ctx: Context, passage: Passage, piece: Snippet) -> bool:
    """The line is one its paper runs on most of its pages (a deck's title, date and slide number)."""
    return piece.unit.page is not None and running_key(piece.unit.text) in ctx.index.running_lines(passage.document)


def _told_before(ctx: Context, pieces: list[Snippet], k: int) -> Snippet | None:
    """The sentence before a move in a minute's item ("3. Community Care Hubs (P2.1). Estates works at the
    Lynd Valley site will not finish in time. The first four hubs will now go live in Jan-18"): an item
    tells why a date moved just before it says it moved, with no "because" between."""
    piece = pieces[k]
    if k < 2 or not moves(piece.text, types.dates) and not REVISED.states(piece.text):
        return None
    before = pieces[k - 1]
    if before.cell != 0 or before.unit != piece.unit or run_in_head(pieces, k - 1) is None:
        return None  # (the item's title itself, or a sentence of another paragraph, tells no cause)
    return before


def search_terms(ctx: Context) -> list[str]:
    """The words passages are searched by: the topic's known words and their families, without the
    footprint's name (in every paper's opening, so every short line under it would rank first)."""
    a = ctx.analysis
    query = [t for t in a.terms if t not in a.unknown] or list(a.words)
    setting = ctx.lex.setting()
    query = [t for t in query if t not in setting] or query
    # "who chairs the X board?": the line saying it is "chaired by ...", whoever holds the chair; a named role's
    # one-word forms are searched with the topic (a weak role's words, "lead", "owner", run through every plan)
    held = [] if a.want != "person" else \
        sorted({t for r in a.roles if r not in WEAK_ROLES for p in ROLES.get(r, ()) if " " not in p for t in ctx.tokenizer(p)} - set(query))
    return query + [k for t in query for k in a.kindred.get(t, ()) if k not in a.short_forms] + held  # a short form matches, but is not searched


def carries_item(ctx: Context, text: str) -> bool:
    """Whether the sentence after one about the topic gives the item asked for, going on about the same
    thing: it shares a word of the topic, and a figure asked "how many people" counts people there."""
    a = ctx.analysis
    if a.want not in types.FINDERS or a.want in ("text", "yesno") or not types.holds(a.want, text, ctx.lex.common):
        return False
    if ctx.topic.coverage(text, "")[0] <= 0:
        return False
    counted = [w.rstrip("s") for w in counted_nouns(a.asked or a.text)]
    return a.want != "number" or not counted or _counts_in(text, counted)


TITLE_WORDS = 8  # a title names its subject and little else
# a line that is a role's field: "Lead: ...", "SRO - ...", "Clinical lead: ..."
_ROLE_FIELD = re.compile(r"^\s*(?:(?:clinical|programme|executive|exec|senior|responsible|project)\s+)?(?:lead|leads|sro|owner|chair|sponsor)\s*[:–-]\s*\S",
                         re.IGNORECASE)
DATELINE_WORDS = 25  # the line under a title: who, when, where, not a paragraph


def dateline(ctx: Context, title: str, line: str) -> bool:
    """Whether the line under a title is its dateline ("System Leadership Summit" over "Carrowby
    Partnership · Tuesday 12 March 2019 · Fen Conference Centre"): a short title that is all the asked
    topic and holds no date, then a short line that does. The dateline names the event's organisers and
    venue, not the event, so it shares no topic word (carries_item asks that of a sentence)."""
    if ctx.analysis.want != "date" or len(title.split()) > TITLE_WORDS or len(line.split()) > DATELINE_WORDS:
        return False
    if types.holds("date", title) or not types.holds("date", line):
        return False
    return ctx.topic.coverage(title, "")[0] >= 0.99


def _moved_under_title(a: Analysis, title: str, after: Snippet | None) -> list[tuple[str, str]]:
    """The moves the line under a short title states, when a date is asked and the title gives none: a
    change log's or a slide's entry names its subject in a title line and says what moved on the next
    ("BB6 transitional care cots" / "Date confirmed as 01/11/2017 (was Winter 2017/18)"); the move is
    the title's, as a sentence naming it would be."""
    if a.want != "date" or after is None or len(title.split()) > TITLE_WORDS or types.holds("date", title):
        return []
    return moves(after.text, types.dates)


def _under_title(ctx: Context, passage: Passage, pieces: list[Snippet]) -> Snippet | None:
    """The first line of the passage after a passage that is one short title, on the same page: the
    title's dateline (a paper's title stands alone as its own passage). None for any other passage."""
    person = ctx.analysis.want == "person"
    if ctx.analysis.want not in ("date", "person") or len(pieces) != 1 or pieces[0].cell != 0 \
            or not person and len(pieces[0].text.split()) > TITLE_WORDS:
        return None
    following = ctx.index.passages([passage.seq + 1])
    if not following or following[0].document != passage.document or following[0].page != passage.page:
        return None
    first = passage_snippets(ctx, following[0])[:1]
    if person and (not first or _ROLE_FIELD.match(first[0].text) is None):
        return None  # a box's title, then its lead's field ("Lead: Clinical Lead for Dementia, Harlowen")
    return first[0] if first and first[0].cell == 0 else None


def _holds_asked(ctx: Context, text: str, column: str | None) -> bool:
    """The sentence (or its column) holds the first item asked for, when one is: "how often" a
    frequency, "who" a person."""
    want = ctx.analysis.want
    if want not in types.FINDERS:
        return True
    return types.holds(want, text, ctx.lex.common) or bool(column and types.holds(want, column, ctx.lex.common))


def passage_snippets(ctx: Context, passage: Passage) -> list[Snippet]:
    """A passage's sentences and cells, cut once per version."""
    cache = ctx.index.memo("passage snippets", dict)
    pieces = cache.get(passage.seq)
    if pieces is None:
        if len(cache) > 50_000:
            cache.clear()
        pieces = cache[passage.seq] = list(snippets(passage.units))
    return pieces


def _with_counted(text: str, number: str, counted: list[str]) -> str:
    """A count led with the things it counts, as the line writes them ("four leaders meetings", not
    "four"): "how many leaders meetings?" is answered in the line's words, the number alone says less."""
    found = re.search(rf"(?<![\w.,]){re.escape(number)}(?!\w)", text) if counted else None  # (not the "12" of "2012")
    if found is None:
        return number
    at = found.start()
    words = list(re.finditer(r"[A-Za-z][\w'’-]*", text[at + len(number):at + len(number) + 80]))[:COUNTED_WORDS]
    last = max((k for k, w in enumerate(words) if any(w.group(0).lower().startswith(c) for c in counted)), default=None)
    if last is None or text[at + len(number):at + len(number) + words[last].end()].strip(" ")[:1] in ",;:.":
        return number
    return text[at:at + len(number) + words[last].end()]


def _dated(a: Analysis) -> tuple[date, date] | None:
    """The days a question fixes its figure at ("how many ... at 30 September 2018?"); a window counted from
    today ("this month") dates what is due, not a figure."""
    w = a.window
    return (w.start, w.end) if w is not None and not w.relative and w.start and w.end else None


COUNTED_WORDS = 3  # a number, then at most this many words to the noun it counts ("four leaders meetings")


def _candidate(ctx: Context, passage: Passage, snippet: Snippet, column: str | None, retrieval: float,
               after: Snippet | None = None) -> Candidate:
    a = ctx.analysis
    text = snippet.text
    reading = f"{column}: {text}" if column else text
    anchors = asked_parts_in(a.text, text) or sorted(ctx.topic.matched(reading), key=len, reverse=True)  # "Phase 2 (Q2-Q3 2018/19)"
    item = None
    counted = [w.rstrip("s") for w in counted_nouns(a.asked or a.text)]
    counted += [e for w in counted for e in ctx.lex.equivalents(ctx.tokenizer.stem(w))]  # "how many replied": "397 responses"
    items = []
    for want in a.wants:  # "when ..., and how many ...?": each asked item, the first asked first
        near = role_words(a.roles, text) if want == "person" and a.roles else []
        found = types.nearest(want, text, near or anchors, counted, ctx.lex.common, a.named, a.text, _dated(a))  # the SRO is the name by "SRO"
        if not found and column and want in _COLUMN_ANSWERS and types.holds(want, column, ctx.lex.common):
            found = column  # "which day is the briefing?": the column over the cell says
        if not found and column and want == "number" and counted and _counts_in(column, counted):
            # "how many nurse vacancies at the teaching hospital?": a figure alone in its cell, the noun it
            # counts in its row's name ("Registered nurse vacancies (WTE)") or its column's
            found = types.nearest(want, text, anchors, [], ctx.lex.common, a.named, a.text)
        items.append(found)
    handed = handover(text, a.as_of or date.today()) if a.want == "person" and items and not ASKS_PAST.search(a.text) else None
    if handed:  # "SRO changes from A to B with effect from 1 February": from that day the post is B's
        items[0] = handed[1]
    spelled = bracketed_person(ctx, passage.document, text, anchors) if a.want == "person" and items and items[0] is None else None
    if spelled:  # "ACTION: RC by 27/11": the person the minutes spell RC out as
        items[0] = spelled[0]
    carried = (bool(items) and items[0] is None and after is not None and (carries_item(ctx, after.text) or dateline(ctx, text, after.text))
               and not other_part(after.text, a))
    if carried:  # "... the six boroughs of Blackburn, Burnley, Pendle ..." / "Our population of 531,000 people ...": the next says
        items[0] = types.nearest(a.wants[0], after.text, anchors, counted, ctx.lex.common, a.named, a.text)
    moved = _moved_under_title(a, text, after) if items and items[0] is None else []
    told = a.want == "date" and after is not None and told_after(text, after.text, types.dates) is not None
    # a box's title line, then its lead as a field ("P2 Diagnosing well ..." over "Lead: Clinical Lead for Dementia,
    # Harlowen"): the field is the title's, as a sentence naming both would be (a post there is resolved by its holder)
    fielded = a.want == "person" and after is not None and bool(items) and items[0] is None and _ROLE_FIELD.match(after.text) is not None
    if moved:  # a change log's entry: "BB6 transitional care cots" over "Date confirmed as 01/11/2017 (was Winter 2017/18)"
        items[0], carried = moved[-1][1], True
    item = "; ".join(dict.fromkeys(i for i in items if i)) or None
    body = _around(reading, anchors)
    follows = after is not None and (carried or fielded or a.asks_list or body.rstrip().endswith(":") or len(body) < 160)
    if follows:
        body = f"{body} {trim(after.text, SENTENCE_CHARS - len(body) // 2)}"  # what the sentence introduces
    lead = "; ".join(dict.fromkeys(_with_counted(f"{text} {after.text}" if carried and after else text, i, counted) if w == "number" else i for w, i in zip(a.wants, items) if i)) or None
    answer = body if not lead or body.lower().startswith(lead.lower()) else f"{lead}: {body}"
    siblings = _row_figures(ctx, passage, snippet) if item and column and a.want in ("number", "money") else None
    if siblings:
        answer = siblings
    term = asked_term(a.asked) if a.want == "text" else []
    defined = defined_in_row(snippet.unit.text, snippet.cell, term) if term else None
    if defined:
        answer = f"{defined}: {answer}"  # the glossary's term beside what it stands for: the answer defines it
    if passage.area and a.areas:
        answer = f"{answer} ({passage.area})"
    cites = [cite_line(passage, part) for part in snippet.parts[:3]] + ([spelled[1]] if spelled else [])
    if follows:
        cites += [cite_line(passage, part) for part in after.parts[:2]]
    if column and passage.header is not None:
        cites.append(cite_line(passage, passage.header))
    listing = _enumerates(f"{text} {after.text}" if follows and after else text, a.asks_list, a.count)
    return Candidate(
        # (the move is the title's; or told by the next sentence, "... moves to 29 September 2017.")
        source="sentence", main=f"{reading} {after.text}" if (moved or told) and after else f"{reading} | {after.text}" if (fielded or _field_gives(after, text, item)) and after else reading,
        context=" ".join(filter(None, (passage.section, passage.area))), area=passage.area,
        answer=trim(answer, 590), citations=cites, has_type=items[0] is not None or a.want in ("text", "yesno"),
        role_text=text, retrieval=retrieval, nearest=f"\"{trim(text, 160)}\" ({_where(snippet.source)})",
        # a sentence built with the one after it ("... has 5 main providers. The Trusts are A, B, ...") lists what that one does
        fits_form=_states_count(text, a.text) or listing or _gives_each_figure(ctx, text) or _figure_beside_name(ctx, text)
        or labelled_holder(text, spelled[0] if spelled else None, a.roles),
        item=items[0] if items else None, counted=a.count is not None and listing == 1.0,  # it names as many as asked
    )


def _field_gives(after: Snippet | None, text: str, item: str | None) -> bool:
    """The item is the value of the field under the title ("Wave 2" over "Go-live: Q3 2017/18"): the field's
    label is what the title's item is, so it is read with the title."""
    return (after is not None and item is not None and item not in text and item in after.text
            and FIELD_LINE_JOINED.match(after.text.strip()) is not None)



def _row_figures(ctx: Context, passage: Passage, snippet: Snippet) -> str | None:
    """A figure in a row of figures under columns of periods or versions ("Registered population | 905100 |
    912400 | 918900" under "2025/26 outturn | 2026/27 plan | 2027/28 plan"), asked with no column named:
    every figure of the row with its column, since the question does not say which one it means."""
    labels = [squash(label) for label in cells(passage.header.text)] if passage.header is not None else []
    row = cells(snippet.unit.text)
    if len(labels) != len(row) or len(row) < 3:
        return None
    figures = [(squash(labels[k]), squash(row[k])) for k in range(1, len(row)) if FIGURE.fullmatch(row[k].strip()) and labels[k].strip()]
    if len(figures) < 2 or any(ctx.topic.coverage(label, "")[0] > 0 for label, _ in figures):
        return None  # a column the question names ("the 2026/27 plan") is the one it asks for
    return f"{squash(row[0])}: " + "; ".join(f"{value} ({label})" for label, value in figures)


def _counts_in(label: str, counted: list[str]) -> bool:
    words = re.findall(r"[a-z]+", label.lower())
    return any(w.startswith(n[:6]) for n in counted if len(n) > 2 for w in words)


# What a cell's column label may answer for it: its day ("which day is the briefing?" over a column per
# day), its person. A label's number ("Mon 28") is which column, never a count of the cell's things.
_COLUMN_ANSWERS = frozenset({"date", "person", "status"})


def _enumerates(text: str, asks_list: bool, count: int | None) -> float:
    """A sentence that lists the asked things itself ("The plan comprises three key components; a
    delivery plan, a metrics plan and a narrative.") answers a list question as a list does: fully when
    it names as many as were asked for, half when the question gave no number."""
    if not asks_list and count is None:
        return 0.0
    n = len(enumerated(text))
    if count is not None:  # "what are the four priorities?" is not answered by a sentence naming none
        return 1.0 if n == count else (0.0 if n else UNLISTED)
    return 0.5 if n >= 3 else 0.0


UNLISTED = -0.5
_JOINS = re.compile(r"\s+(?:and|\+)\s+|,\s*|\s+-\s+")


def _figure_beside_name(ctx: Context, text: str) -> float:
    """"What is the population of Garth Moor?" and "By place: Vellacombe 241,800; Northrey 173,500; Garth
    Moor 96,300": a figure written straight after the name the question asks about is that thing's figure."""
    if ctx.analysis.want not in ("number", "money"):
        return 0.0
    for name in _NAMES_ASKED.findall(ctx.analysis.text[1:]):  # (the question's first word is capitalised anyway)
        if re.search(rf"(?<![\w-]){re.escape(name)}\s*[:–-]?\s*£?\d", text):
            return FIGURE_BESIDE_FIT
    return 0.0


FIGURE_BESIDE_FIT = 0.5
# A name as a question writes it: capitalised words, one or more ("Garth Moor", "Hexmarden").
_NAMES_ASKED = re.compile(r"(?<![\w-])[A-Z][a-z][\w'’-]*(?:\s+(?:&\s+|and\s+)?[A-Z][a-z][\w'’-]*)*")


def _gives_each_figure(ctx: Context, text: str) -> float:
    """"Population and no. of GP practices?": two figures asked, joined by "and"; a sentence giving a
    number beside the words of each ("the 91 GP practices and 765,000 population") gives them both."""
    if ctx.analysis.want != "number":
        return 0.0
    groups = [g for part in _JOINS.split(ctx.analysis.text) if (g := {t for t in ctx.tokenizer(part) if t in ctx.analysis.terms})]
    if len(groups) < 2:
        return 0.0
    words = re.findall(r"[\w,.£%]+", text)
    beside = set()
    for k, word in enumerate(words):
        if re.fullmatch(r"£?\d[\d,]*(?:\.\d+)?%?", word.rstrip(".,")):
            near = words[max(0, k - 3): k + 4]
            beside |= set(ctx.tokenizer(" ".join(near)))
    held = [g & beside for g in groups]
    # two asked figures each found by words of its own ("GP practices", "population"), not one word twice
    return 1.0 if any(a - groups[j] and b - groups[i] for i, a in enumerate(held) for j, b in enumerate(held) if i < j) else 0.0
_NUMBER_WORDS = {"2": "two", "3": "three", "4": "four", "5": "five", "6": "six", "7": "seven", "8": "eight", "9": "nine", "10": "ten"}


def _states_count(text: str, question: str) -> float:
    """"What two levels of governance are proposed?" is answered by the sentence that says "two levels
    to the governance - a Sponsoring Group ... and a Programme Board": it names the asked count of the
    asked thing, then, after a dash or colon, the things (one whose list follows on later lines does not)."""
    m = re.search(r"\b(?:the|our|their|its|these|those|what|which)\s+(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+([a-z]{3,})",
                  question.lower())
    if not m:
        return 0.0
    word = _NUMBER_WORDS.get(m.group(1), m.group(1))
    digit = next((d for d, w in _NUMBER_WORDS.items() if w == word), word)
    noun = m.group(2).rstrip("s")[:5]
    said = re.search(rf"\b(?:{word}|{digit})\s+(?:[a-z-]+\s+){{0,2}}?{re.escape(noun)}", text.lower())
    named_next = said and re.search(r"\s[–—:-]\s*\S", text[said.end(): said.end() + 60])
    return 1.0 if named_next else 0.0  # "two levels - a ... and a ...": the count, then the things named


def enumerated(text: str) -> list[str]:
    """The items a sentence runs through after a colon, a semicolon or a verb that introduces them
    ("include", "comprises", "such as", "namely"): "a, b and c" -> [a, b, c]. Brackets are set aside
    first, so "(finance, activity & workforce)" is part of its item. Empty when nothing is listed."""
    plain = re.sub(r"\([^)]*\)", "", text)
    starts = sorted(_INTRODUCES.finditer(plain), key=lambda m: (m.group(0)[0] not in ":;", m.start()))
    for m in starts:  # a colon or semicolon first, then the verbs, left to right
        pieces = _items(_SENTENCE_END.split(plain[m.end():], 1)[0])  # a list ends with its sentence
        if pieces:
            return pieces
    return []


def _items(tail: str) -> list[str]:
    pieces = [p.strip() for p in re.split(r"\s*[,;]\s*", tail.strip().rstrip(".")) if p.strip()]
    if len(pieces) >= 2 and re.search(r"\s(?:and|or)\s", pieces[-1]):
        *head, last = re.split(r"\s+(?:and|or)\s+", pieces[-1])
        pieces[-1:] = [" ".join(head), last]
    pieces = [re.sub(r"^(?:and|or)\s+", "", p) for p in pieces]
    if len(pieces) < 2 or any(len(p.split()) > 14 or not p for p in pieces):
        return []
    return pieces


_SENTENCE_END = re.compile(r"(?<=[a-z0-9)])\.\s+(?=[A-Z])")
_INTRODUCES = re.compile(r"[:;]\s+(?=\S)|\b(?:includ(?:e|es|ing)|compris(?:e|es|ing)|consist(?:s|ing)? of|such as|namely|"
                         r"made up of)\s+(?=\S)|"
                         # a sentence whose subject is the things themselves: "The Trusts are A, B and C.", "The six
                         # neighbourhoods going live by December 2026 are A, B, ..."
                         r"(?:^|(?<=[.!?]\s))(?:the|these|our|its|their)\s+(?:[\w&-]+\s+){0,3}?[a-z]+s\s+(?:[\w&/-]+\s+){0,5}?(?:are|were)\s+(?=\S)",
                         re.IGNORECASE)


def role_words(roles: list[str], text: str) -> list[str]:
    """The words naming an asked role as the text writes them ("programme director"), to find the
    name written next to them."""
    from bot.answering.vocabulary import ROLES

    low = text.lower()
    return [p for r in roles for p in ROLES[r] if re.search(rf"(?<![a-z]){re.escape(p)}(?![a-z])", low)]


def _around(text: str, anchors: list[str], width: int = SENTENCE_CHARS) -> str:
    """A long sentence cut to the part where the question's words are, at word boundaries."""
    if len(text) <= width:
        return text
    low = text.lower()
    spots = sorted(m.start() for a in anchors if len(a) > 2 for m in re.finditer(re.escape(a), low))
    centre = spots[len(spots) // 2] if spots else 0
    start = max(0, centre - width // 3)
    if start:
        start = text.rfind(" ", 0, start) + 1
    piece = text[start: start + width]
    return ("…" if start else "") + trim(piece, width)


def _where(snippet: SourceLine) -> str:
    return f"p. {snippet.page}" if snippet.page is not None else f"line {snippet.line}"

"""People and the roles the papers give them, wherever the papers state them.

Board papers name people in prose ("the appointment of Dr X as the SRO for ..."), in label lines
("Presented by: X, Director of ..."), and in registers where a name stands on its own line with the
role below it. Tables that pair a name with a role are read as table rows (bot/records/table_rows.py)
and owner cells with their initiatives; both answer "who" questions too."""

import re
from collections.abc import Iterator

from bot.models import ParsedDocument, SourceLine
from bot.reading.wrapped_lines import left_open
from bot.records.names import NAME, inverted_name, person_name, trim_name
from bot.records.prose_posts import paragraph_title, posts_in
from bot.textnorm import squash

_NAME_ONLY = re.compile(rf"^\s*(?P<name>{NAME})\s*$")
_APPOINTED = re.compile(r"appointment of (?P<name>" + NAME + r")(?:,[^,]{1,60},)?\s+as\s+(?:the\s+)?(?P<role>[^.;]{3,160}?)(?=,|\.|;| and he| and she|$)")
_AS_ROLE = re.compile(r"(?P<name>" + NAME + r")(?:,\s*from [^,]{2,40})?,\s+as\s+(?:the\s+)?(?P<role>[A-Z][^.;,]{2,80})")
_NAME_ROLE = re.compile(
    r"(?P<name>" + NAME + r")(?:,|\s+[-–—])\s+(?:the\s+|our\s+)?(?P<role>(?:[A-Z][\w&'’]*\s+){0,5}"
    r"(?:SRO|Lead|Director|Officer|Chair|Chairman|Chairwoman|Manager|Chief Executive|Clerk|Head|Member|Secretary)\b(?:(?! and [A-Z])[^.;,]){0,80})"
)
_NAME_ASKED = re.compile(r"(?P<name>" + NAME + r")(?:,\s*from [^,]{2,40},)?\s+(?:has been|was|is being) asked to (?P<role>[^.;]{5,160})")
_CONTACT = re.compile(r"contact (?P<name>" + NAME + r"),\s+(?P<role>[A-Z][^,.;]{2,60})")
_BY = re.compile(r"(?P<role>(?:^|[^.;:]{0,120}?)\b(?:presented|prepared|written|chaired|led|sponsored|authored|introduced) by)\s*:?\s+"
                 r"(?:(?:the|its|our|their)\s+(?P<post>[A-Za-z][^,.;()]{2,60}),\s+)?(?P<name>" + NAME + r")")  # "chaired by the Programme Director, Jo Bloggs"
# "The clinical director of the new UTC will be Dr Ann Example": the post first, then who holds it.
_ROLE_IS = re.compile(r"\b(?:[Tt]he|[Oo]ur|[Ii]ts|[Tt]heir)\s+(?P<role>(?:[A-Za-z&'’-]+\s+){0,3}?(?:SRO|[Ll]ead|[Dd]irector|[Cc]hair|[Mm]anager|"
                      r"[Oo]fficer|[Oo]wner|[Hh]ead)(?:\s+(?:of|for)\s+(?:the\s+)?[^.;,]{2,60}?)?)\s+(?:is|will be|was|has been|remains)\s+"
                      r"(?:now\s+)?(?P<name>" + NAME + r")")
_POST = r"(?:SRO|[Ll]ead|[Dd]irector|[Oo]fficer|[Cc]hair|[Mm]anager|[Oo]wner|[Hh]ead)\b"
# "Ann Example, Chief Officer of NHS X CCG, is the STP Lead and the SRO": the title in commas says what
# the person is; the role the sentence gives them comes after the verb.
_NAME_IS_ROLE = re.compile(r"(?P<name>" + NAME + r"),\s+[^,;.]{2,80},\s+(?:is|will be|remains|has been)\s+(?:now\s+)?(?:the|our|its|their)\s+"
                           r"(?P<role>[^.;,]{0,60}?\b" + _POST + r"(?:\s+and\s+(?:the\s+)?[^.;,]{0,40}?\b" + _POST + r")?"
                           r"(?:\s+(?:for|of)\s+(?:the\s+)?[^.;,]{2,60})?)")
# "Jago Trevelyan-Akande (Interim Chief Information Officer, BRH) is SRO from 1 May 2018": a post in
# brackets, then the role the sentence gives, with no article ("is interim SRO", "becomes Chair").
_NAME_BECOMES = re.compile(r"(?P<name>" + NAME + r")\s+\([^()]{2,80}\),?\s+(?:is|becomes|became|will be|has become)\s+(?:now\s+)?"
                           r"(?P<role>(?:(?:interim|acting|joint|new)\s+)?(?:[A-Z][\w&'’-]*\s+){0,3}?" + _POST + r"[^.;,]{0,60})")
# "Wilhelmina Dray, Deputy Chief Operating Officer, Orlescote Hospitals NHS FT, is appointed interim SRO for scheme 3
# with effect from 1 April 2017": who the person is in commas, then the post they are appointed to and what for; so
# too "..., will be Estates lead from 1 May 2017" and "..., is SRO from 1 April 2017" (a post named without an article)
_NAME_IS_APPOINTED = re.compile(r"(?P<name>" + NAME + r")(?:,\s*[^,;.]{2,80}){1,3},\s+(?:(?:is|was|has been|will be|is being)\s+(?:now\s+)?"
                                r"appointed\s+(?:as\s+)?|will\s+(?:now\s+)?be(?:come)?\s+|becomes\s+|is\s+(?:now\s+)?(?=(?:interim\s+|acting\s+|joint\s+)?[A-Z]))(?:the\s+)?(?P<role>(?:(?:interim|acting|joint|substantive)\s+)?[^.;,]{0,40}?\b"
                                + _POST + r"(?:\s+(?:for|of)\s+[^.;,]{2,80}?)?)(?=\s+(?:with effect|from|until|on)\b|[.;,]|$)")
_LABEL_BEFORE = re.compile(r"(?:^|[.;]\s+)([^.;:]{2,60}):\s*$")  # the label a sentence opens with, before the name
PROSE_PATTERNS = (_APPOINTED, _NAME_IS_APPOINTED, _AS_ROLE, _NAME_IS_ROLE, _NAME_BECOMES, _NAME_ROLE, _NAME_ASKED, _CONTACT, _BY, _ROLE_IS)
_CELL_BREAK = re.compile(r"\t| {3,}")
# Each pattern runs only on text holding the words it cannot match without (a cheap scan first: _BY
# looks back up to 120 characters from every position).
_NEEDS = {
    _APPOINTED: re.compile(r"appointment of"), _NAME_IS_APPOINTED: re.compile(r"\sappointed\s|,\s+will\s+(?:now\s+)?be(?:come)?\s|,\s+becomes\s|,\s+is\s+(?:now\s+)?[A-Za-z]"), _AS_ROLE: re.compile(r",\s+as\s"), _NAME_ASKED: re.compile(r"asked to"),
    _CONTACT: re.compile(r"contact "), _NAME_BECOMES: re.compile(r"\)\,?\s+(?:is|becomes|became|will be|has become)\s"), _NAME_IS_ROLE: re.compile(r",\s+(?:is|will be|remains|has been)\s+(?:now\s+)?(?:the|our|its|their)\s"), _ROLE_IS: re.compile(r"\s(?:is|will be|was|has been|remains)\s+(?:now\s+)?[A-Z]"),
    _BY: re.compile(r"\b(?:presented|prepared|written|chaired|led|sponsored|authored|introduced) by\b"),
    _NAME_ROLE: re.compile(r"(?:,|\s[-–—])\s+(?:the\s+|our\s+)?(?:[A-Z][\w&'’]*\s+){0,5}(?:SRO|Lead|Director|Officer|Chair|Chairman|Chairwoman|"
                           r"Manager|Chief Executive|Clerk|Head|Member|Secretary)\b"),
}
# The _BY scan has no fixed start either: a cell is scanned only if it holds " by" at all.
_LITERALS = {_BY: " by"}
_SCANS = tuple((pattern, _LITERALS.get(pattern, ""), _NEEDS[pattern]) for pattern in PROSE_PATTERNS)  # in order
# "Helena Marchbank      Chair; Chief Executive": a name, a wide gap, then who they are.
_NAME_GAP_ROLE = re.compile(r"^\s*(?P<name>" + NAME + r")(?:\s{3,}|\t)(?P<role>[A-Za-z(][^\t]{2,150})$")
_LOWER = re.compile(r"(?<![\w'’-])[a-z]{3,}(?![\w'’-])")
# An e-mail or web address spells a person's name in lower case ("lucinda.farthing@council.gov.uk"): that
# says nothing of whether the paper writes the word as an ordinary word, so its words are not counted.
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b(?:https?://|www\.)\S+", re.IGNORECASE)
_NAME_FIRST = re.compile(r"^(?P<name>" + NAME + r")(?:,|\s*$|\s+[-–(])")
# A letter's close, above the name of whoever signed it.
_SIGN_OFF = re.compile(r"^(?:yours\s+(?:sincerely|faithfully|truly)|kind(?:est)?\s+regards|best\s+wishes|with\s+best\s+wishes|regards)[,.]?$", re.IGNORECASE)
# Where a sentence ends and the next begins, not the stop after an honorific ("Dr. Smith").
_SENTENCE_BREAK = re.compile(r"(?<!\b[A-Z])(?<!\bDr)(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bSt)(?<!\bProf)\.\s+(?=[A-Z])")
# "Chair: Helena Marchbank", "Lead officer - Dr A B (Deputy Director)": a role label, then the person.
# A wide gap (or a tab), then a label with its colon.
_GAP_BEFORE_LABEL = re.compile(r"(?: {3,}|\t)(?=[A-Z][A-Za-z&/'’ ()-]{0,40}:\s)")


def _side_by_side(text: str) -> str:
    """The line with labelled fields set side by side ("Prepared by: A, Programme Manager      SRO: B")
    parted by "; ", so each label keeps its own person. A label after a gap that follows no label of its
    own ("P2  Primary Care at Scale    SRO: B") stays joined: the text before it says what the role is for."""
    out, start = [], 0
    for gap in _GAP_BEFORE_LABEL.finditer(text):
        if ":" in text[start:gap.start()]:
            out.append(text[start:gap.start()])
            start = gap.end()
    return "; ".join(out + [text[start:]]) if out else text
# "SRO, Planned Care", "Clinical lead for Mental Health", "Chair - Finance Group": a post and what it is for
_ROLE_WITH_REMIT = re.compile(r"^\s*(?:[A-Za-z]+\s+){0,3}?(?:SRO|lead|chair|manager|director|officer|owner)\s*(?:,|\bfor\b|-|–)\s*[A-Z]", re.I)
# (a post may name its programme by code, a digit after a letter: "SRO, P1 Healthier Lives"; never a date's "2017/18")
_LABEL_LINE = re.compile(r"^\s*(?:[-•·*]\s*)?(?P<role>[A-Z](?:[A-Za-z&/'’ ,()-]|(?<=[A-Za-z])\d){1,60}?)\s*[:–-]\s+(?P<name>" + NAME + r")(?P<rest>.*)$")

def people_in(doc: ParsedDocument, contexts: dict[int, tuple[str | None, str | None]], provenance) -> Iterator[dict]:
    """Every (person, role) the document states, each once, with the line it is stated on."""
    seen: set[tuple[str, str]] = set()
    lines = doc.lines
    common = frozenset(_LOWER.findall(_ADDRESS.sub(" ", "\n".join(line.text for line in lines))))  # a line break ends a word
    heading = None  # the last heading set as one (a styled heading), which a list under it may not repeat in its section
    for i in range(len(lines)):
        section, area = contexts.get(i, (None, None))
        heading = lines[i].text if lines[i].heading else heading
        held = _heading_post(heading) or _heading_post((section or "").split(" › ")[-1])
        for name, role, quote, context, at in _stated(lines, i, common):
            if held and not _HAS_POST.search(role.split("(")[0]):
                role = f"{held} for {role}"  # under "3.3 Programme managers": "Crisis and Liaison Mental Health - Jasper Wetherell"
            key = (name, role.lower())
            if key in seen or not role or _asked_not_stated(role, quote):
                continue
            seen.add(key)
            line = lines[at]  # the line the quote stands on
            yield {"name": name, "role": role, "quote": quote, "context": context, "area": area,
                   "id_parts": (line.page, line.line, name, role), **provenance(doc, line, section)}


# A heading that names a post held by each person listed under it ("3.1 Senior Responsible Owners",
# "Clinical leads", "Programme managers"): each line gives what the post is for, then who holds it.
_HEADING_POST = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?\s+)?(?P<post>(?:[A-Za-z]+\s+){0,2}?(?:SRO|Senior Responsible (?:Owner|Officer)|[Ll]ead|[Dd]irector|"
                           r"[Mm]anager|[Cc]hair|[Oo]wner|[Oo]fficer)s?)\s*$")
_HAS_POST = re.compile(r"\b(?:SRO|lead|director|officer|chair|manager|owner|head|secretary|sponsor)s?\b", re.IGNORECASE)


def _heading_post(section: str | None) -> str | None:
    """The post a heading says each person under it holds, singular, else None."""
    m = _HEADING_POST.match(section or "")
    if m is None:
        return None
    post = m.group("post")
    return post[:-1] if post.endswith("s") and not post.endswith("ss") else post


# A question a line writes down: "from a GP in Ebbdale: who's the clinical lead for the stroke work?"
_QUESTION = re.compile(r"\b(?:who|who['’]s|whos|which|what|whether)\b[^.!?]*\?", re.IGNORECASE)


def _asked_not_stated(role: str, quote: str) -> bool:
    """The role stands only in a question the line writes down (read out at a webinar, raised in the
    chat): whoever asks or reads it out does not hold it."""
    if _QUESTION.search(role):  # the role read is the question itself
        return True
    post = role.split("(")[0].strip().lower()
    return bool(post) and any(post in m.group().lower() for m in _QUESTION.finditer(quote)) and post not in _QUESTION.sub(" ", quote).lower()


def _stated(lines: list[SourceLine], i: int, common: frozenset[str]) -> Iterator[tuple[str, str, str, str, int]]:
    """(name, role, quote, context, line of the quote) for what line i says about people. `common` are
    the words the document writes in lower case: a capitalised pair of them is no name. The line above
    (for the context) is looked up only for what is found: most lines state nobody."""
    text = lines[i].text
    flat_text = squash(text)
    if _ATTENDANCE.match(text):
        yield from _attendance(lines, i, common)
        return
    for raw in _CELL_BREAK.split(text):
        cell = squash(raw) if len(raw) >= 12 else ""  # squashing only shortens: a short cell stays short
        if len(cell) >= 12:
            for pattern, literal, needs in _SCANS:
                if literal not in cell or not needs.search(cell):
                    continue
                for m in pattern.finditer(cell):
                    name = person_name(trim_name(m.group("name").strip()), common)
                    if name:
                        role = _by_role(m.group("role"), m.group("post"), cell[:m.start()]) if pattern is _BY else m.group("role").strip(" ,:")
                        if pattern is _CONTACT:  # "For drawdown please contact Ann Example, Head of Finance": whom to contact, for what
                            role = _contact_role(f"{_above(lines, i)} {cell}", name, role)
                        label = _LABEL_BEFORE.search(cell[:m.start()]) if pattern is _NAME_BECOMES else None
                        if label:  # "W8 Digital: Jago T-A (...) is SRO from 1 May": what the role is held for
                            role = f"{role} ({label.group(1)})"
                        if m.end() == len(cell) and cell == squash(text.rstrip()):
                            role = _carried_on(role, lines, i)  # the role runs on to the next line
                        yield name, role, cell[m.start(): m.end()], _around(lines, i, cell), i
    if "\t" not in text and len(flat_text) >= 12:
        # "Dr Y leads clinically; Z manages the programme": a post stated a clause at a time, of the
        # paragraph's own title ("(a) Home First (LP1). ...")
        for name, post, clause in posts_in(flat_text, common):
            yield name, post, clause, _around(lines, i, flat_text), i
    yield from _wrapped(lines, i, common)
    fields = _side_by_side(text)
    # a table row's cells each say their own: "W5 | Cancer | SRO: A (Medical Director); Clinical lead: B"
    cells = fields.count("\t") > 1
    flat = squash(fields.replace("\t", ": ", 1) if not cells else "; ".join(c.strip(" ;") for c in fields.split("\t")))
    # a row's remit is its own cells, not the row above; so is a Role | Member row's whose role names its remit
    around = flat_text if text.count("\t") > 1 or _ROLE_WITH_REMIT.match(text.split("\t")[0]) and "\t" in text else _around(lines, i, flat_text)
    # "Lead: A (SRO); Deputy SRO: B; clinical lead: C", and a label that opens a later sentence of the line
    # ("Position as at 2 October 2026. Chair of the Delivery Group (SDG): Tobias Renwick, Director of ...")
    sentences = _SENTENCE_BREAK.split(flat) if flat else []
    parts = [p for sentence in sentences for p in sentence.split("; ")]
    titles = {k for k, sentence in enumerate(sentences[:-1]) if ":" not in sentence and _titled(sentence)}
    # a title sentence before a sentence opening with a bare post names the body of that post
    bodies = {sum(len(s.split("; ")) for s in sentences[:k + 1]): sentences[k].strip(" .") for k in titles}
    for k, part in enumerate(parts):
        label = _LABEL_LINE.match(part if k == 0 else part[:1].upper() + part[1:])
        if label and _LISTED.match(label.group("rest")):
            # "Panel: Saffron Wilmott (STP Finance Lead), Idris Cattermole (SRO, Mental Health) and ...": each
            # person of the list with their own role in brackets, all of them the label's
            post = label.group("role").strip()
            for m in _ATTENDEE.finditer(f"{label.group('name')}{label.group('rest')}"):
                name = person_name(trim_name(m.group("name").strip()), common)
                if name:
                    yield name, f"{post} ({squash(m.group('role'))})" if m.group("role") else post, part, around, i
            continue
        if label and person_name(label.group("name"), common):
            rest = label.group("rest").strip(" ,;-–().")
            if part == parts[-1]:
                rest = _carried_on(rest, lines, i)
            post = label.group("role").strip()
            body = bodies.get(k, "") if len(post.split()) <= POST_WORDS else ""
            # "Planned Care and Cancer Group. Chair: Mr Stellan Rooke": the chair of the body the sentence before names
            role = (f"{post} ({body})" if body else post) + (f" ({rest})" if rest else "")
            yield label.group("name"), role, part if k and part in flat_text else flat_text, around, i
    if flat_text.endswith(":"):
        nxt = next((k for k in range(i + 1, min(i + 4, len(lines))) if lines[k].text.strip()), None)
        below = _NAME_FIRST.match(squash(lines[nxt].text)) if nxt is not None else None  # "Contact for further information:" / "Samantha Nicol, ..."
        if below and person_name(below.group("name"), common):
            yield below.group("name"), flat_text.rstrip(":"), squash(lines[nxt].text), f"{_card_title(lines, i)}{_above(lines, i)} {flat_text}", nxt
    pair = _NAME_GAP_ROLE.match(text)
    if pair and person_name(pair.group("name"), common):
        yield pair.group("name"), squash(pair.group("role")), flat_text, f"{_above(lines, i)} {flat_text}", i
    if _YOUR_POST_NEEDS.search(text):
        yield from _addressee_posts(lines, i, common)
    alone = _NAME_ONLY.match(text)
    # a register's or list's entry headed by its person's name, written surname first ("Farrimond, Duncan")
    named = alone.group("name") if alone and person_name(alone.group("name"), common) else inverted_name(text, common)
    if named:
        below = _role_lines(lines, i + 1)
        if _SIGN_OFF.match(_above(lines, i)):  # "Yours sincerely," then the name: who signed the letter
            below = f"Signatory ({below})" if below else "Signatory"
        if below:
            yield named, below, flat_text, f"{_above(lines, i)} {below}", i


# A letter telling its reader of their post: "your appointment as Senior Responsible Owner (SRO) for the
# Urgent Care programme, with effect from ...", "you have been appointed as clinical lead for ...", "I am
# pleased to appoint you as ..."
_YOUR_POST = re.compile(r"\b(?:your appointment as|you (?:have been|are|were|will be) appointed(?: as)?|(?:appoint|confirm) you as)\s+"
                        r"(?:the\s+)?(?P<role>[^.;,]{3,160}?)(?=,|\.|;|$)")
_YOUR_POST_NEEDS = re.compile(r"\byour appointment as\b|\byou (?:have been|are|were|will be) appointed\b|\b(?:appoint|confirm) you as\b")
_SALUTATION = re.compile(r"^\s*Dear\s+(?P<who>[A-Z][\w'’ .-]{1,60}?)\s*[,:]?\s*$")
LETTER_HEAD_LINES = 8  # lines above a letter's body its salutation is looked for in, and as many again for its address


def _addressee_posts(lines: list[SourceLine], i: int, common: frozenset[str]) -> Iterator[tuple[str, str, str, str, int]]:
    """The post a letter gives "you": its addressee's, the person the address block above the salutation
    names first ("Dr Nkechi Ameobi / Director of Public Health / ..." over "Dear Nkechi"), when the
    salutation calls them by a name of theirs. The sentence is the quote."""
    flat = squash(lines[i].text)
    m = _YOUR_POST.search(flat)
    if m is None:
        return
    name = _addressee(lines, i, common)
    if name is None:
        return
    sentence = next((s for s in _SENTENCE_BREAK.split(flat) if m.group(0) in s), flat)
    yield name, m.group("role").strip(), sentence, f"{_above(lines, i)} {flat}", i


def _addressee(lines: list[SourceLine], i: int, common: frozenset[str]) -> str | None:
    for k in range(i - 1, max(-1, i - 1 - LETTER_HEAD_LINES), -1):
        if _SIGN_OFF.match(lines[k].text.strip()):
            return None  # another letter's end: this one has no salutation
        greeting = _SALUTATION.match(lines[k].text)
        if greeting is None:
            continue
        called = {w.lower() for w in greeting.group("who").replace(".", " ").split()}
        for j in range(k - 1, max(-1, k - 1 - LETTER_HEAD_LINES), -1):
            first = lines[j].text.strip().split("\n")[0].strip()
            name = person_name(trim_name(first), common) if first and _NAME_ONLY.match(first) else None
            if name and called & {w.lower().strip(".") for w in name.split()}:
                return name
        return None
    return None


POST_WORDS = 3  # "Chair", "Independent Chair", "Clinical lead": a post without the body it is of
TITLE_WORDS = 8


def _titled(text: str) -> bool:
    """A body's name set as a title ("UEC Delivery Group", "Workforce (LWAB)"): a few words, each long one
    capitalised, no sentence."""
    words = text.strip(" .").split()
    return 0 < len(words) <= TITLE_WORDS and all(w[0].isupper() or not w[0].isalpha() or len(w) <= 3 for w in words)


WRAP_LINES = 3  # a sentence a narrow column wraps is read over this many of its lines
# What ends a statement run over lines: its own stop or comma, not the next box's words ("... Medicine" / "Milestones")
_CLAUSE_END = re.compile(r"\s*[.,;:]")


# "... is the STP Finance Lead and chairs the Finance & Investment Group.": the role ends where the sentence goes on
# to what else the person does
_AND_DOES = re.compile(r"\s+and\s+(?:also\s+)?[a-z]+s\s")
HAND_WRAPPED_WORDS = 6  # a text line at least this long, its sentence unended, is a paragraph wrapped by hand


def _runs_on(lines: list[SourceLine], i: int) -> bool:
    """A plain-text paragraph wrapped by hand: a long line ending in no stop, the next lines indented as it is, the
    sentence ending with a stop within WRAP_LINES lines ("  Gideon Marwood, Director of Finance at Thrandale & Wexley
    Hospitals" / "  NHS FT, is the STP Finance Lead and chairs the ..." / "  Group."). A list, a tree or a card of
    unstopped lines, one item a line, ends no sentence and runs on into nothing."""
    text = lines[i].text
    if len(text.split()) < HAND_WRAPPED_WORDS or re.search(r"[.!?:;]\s*$", text):
        return False
    indent = len(text) - len(text.lstrip())
    for k in range(i + 1, min(i + WRAP_LINES, len(lines))):
        after = lines[k].text
        if not after.strip() or len(after) - len(after.lstrip()) != indent or re.match(r"\s*[-*•·│├└]", after):
            return False
        if re.search(r"[.!?]\s*$", after):
            return True
    return False


def _wrapped(lines: list[SourceLine], i: int, common: frozenset[str]) -> Iterator[tuple[str, str, str, str, int]]:
    """What a sentence starting on line i says of a person when a page's narrow column wraps it over the
    next lines ("Ann Example, Chief Executive of" / "Harbour Hospitals, is the STP Lead"): only what runs
    over the line's end (a statement on the line alone is read with the line). A page's text
    holds the quote whole; a numbered line (a text paper wrapped by hand) is read on only when it leaves a
    sentence begun ("... Independent Chair. The STP lead is"), and quoted for the statement's part on the line
    that names the person."""
    line = lines[i]
    if "\t" in line.text or not line.text.strip() or line.page is None and not (left_open(line.text) or _runs_on(lines, i)):
        return  # (a numbered line that ends its sentence is a line of its own: a list's item, a label line)
    parts = [squash(line.text)]
    for k in range(i + 1, min(i + WRAP_LINES, len(lines))):
        if lines[k].page != line.page or "\t" in lines[k].text or not lines[k].text.strip():
            break
        parts.append(squash(lines[k].text))
    if len(parts) == 1:
        return
    joined, ends = " ".join(parts), len(parts[0])
    starts = [sum(len(p) + 1 for p in parts[:k]) for k in range(len(parts))]  # where each line begins in `joined`
    for pattern, literal, needs in _SCANS:
        if pattern is _CONTACT or literal not in joined or not needs.search(joined):
            continue
        for m in pattern.finditer(joined):
            if m.start() >= ends or m.end() <= ends or not (_CLAUSE_END.match(joined, m.end()) or _AND_DOES.match(joined, m.end())):
                continue  # on line i alone, or only after it (read there); or not ended by the sentence's own stop
            name = person_name(trim_name(m.group("name").strip()), common)
            if name:
                role = _by_role(m.group("role"), m.group("post")) if pattern is _BY else m.group("role").strip(" ,:")
                if line.page is not None:  # a page's text holds the quote whole
                    yield name, role, joined[m.start(): m.end()], f"{_above(lines, i)} {joined}", i
                    continue
                # a numbered line holds only its own words: the quote is the statement's part on the name's line
                k = max(j for j, start in enumerate(starts) if start <= m.start("name"))
                quote = joined[max(m.start(), starts[k]): min(m.end(), starts[k] + len(parts[k]))]
                if name in quote:
                    yield name, role, quote, f"{_above(lines, i)} {joined}", i + k


# A meeting's attendance written as a paragraph: "Present: Imran Chaudhry (Place Director, Redwater), Angela
# Fairweather (Director of Adult Social Services), ..." running on over lines until a blank one.
_ATTENDANCE = re.compile(r"^\s*(?P<label>Present|Attendees|Attending|In attendance|Also (?:present|attending)|Members present|"
                         r"Apologies(?: received)?(?: for absence)?)\s*:\s*(?P<body>\S.*)$", re.IGNORECASE)
# the rest of a label line after its first name: that person's role in brackets, then another person
_LISTED = re.compile(r"^\s*\([^()]{2,120}\)\s*(?:,|;|\band\b)\s*(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Cllr)\.?\s+)?[A-Z][a-z]")
_ATTENDEE = re.compile(r"(?:^|[,;]\s*|\band\s+)(?P<name>[A-Z][^,;()]{2,60}?)\s*(?:\((?P<role>[^()]{2,200})\)|(?=[,;.]|\s+and\s|$))")
ATTENDANCE_LINES = 12


def _attendance(lines: list[SourceLine], i: int, common: frozenset[str]) -> Iterator[tuple[str, str, str, str, int]]:
    """Each person of an attendance paragraph, with the role in brackets after their name, stated on the
    line their name stands on."""
    label = _ATTENDANCE.match(lines[i].text)
    assert label is not None
    end = next((k for k in range(i + 1, min(i + ATTENDANCE_LINES, len(lines))) if not lines[k].text.strip()
                or _ATTENDANCE.match(lines[k].text)), min(i + ATTENDANCE_LINES, len(lines)))
    body = squash(" ".join([label.group("body"), *(lines[k].text for k in range(i + 1, end))]))
    heading = label.group("label").strip().capitalize()
    for m in _ATTENDEE.finditer(body):
        name = person_name(trim_name(m.group("name").strip()), common)
        if not name:
            continue
        at = next((k for k in range(i, end) if name in squash(lines[k].text)), i)
        role = f"{heading} ({squash(m.group('role'))})" if m.group("role") else heading
        yield name, role, name, f"{_above(lines, i)} {squash(lines[i].text)}", at


# What "<it>, chaired by <name>" makes the person: the role a passive verb names.
_BY_ROLES = {"chaired": "Chair", "led": "Lead", "presented": "Presenter", "introduced": "Presenter", "sponsored": "Sponsor",
             "prepared": "Author", "written": "Author", "authored": "Author"}
_BY_TAIL = re.compile(r"[\s,;:-]*\b(?:(?:is|was|are|were|will be|has been|have been|being|to be|co-?)\s*)*(?P<verb>\w+) by$", re.IGNORECASE)


def _by_role(said: str, post: str | None = None, before: str = "") -> str:
    """"- Urgent and Emergency Care Delivery Board, chaired by": the person chairs that board, so their
    role reads "Chair (Urgent and Emergency Care Delivery Board)", not the sentence cut before their name.
    "It is chaired by the Programme Director, Jo Bloggs" after "The System Delivery Group meets monthly.":
    "it" is what the sentence before is about, and the post is the person's too."""
    tail = _BY_TAIL.search(said)
    if tail is None or tail.group("verb").lower() not in _BY_ROLES:
        return said.strip(" ,:") + (f" ({post})" if post else "")
    what = said[:tail.start()].strip(" ,;:-–•·*\t")
    if what.lower() in _PRONOUNS:  # what it stands for is the sentence before's subject; a pronoun alone names nothing
        what = _subject_before(before) or ("" if what.lower() in ("it", "this") else what)
    role = _BY_ROLES[tail.group("verb").lower()]
    return (f"{role} ({what})" if what else role) + (f" ({post})" if post else "")


_PARAGRAPH_NUMBER = re.compile(r"^\(?\d{1,2}(?:\.\d{1,2})*[.)]?\s+")
_PRONOUNS = frozenset({"it", "this", "the group", "the board", "the committee", "the forum", "the meeting"})
_SUBJECT = re.compile(r"^(?:The\s+)?(?P<name>(?:[A-Z][\w&'’()-]*\s+){0,6}[A-Z][\w&'’()-]*)\s+(?:meets|is|are|was|will|has|oversees|reports|leads)\b")


def _subject_before(text: str) -> str:
    """The body the last full sentence of `text` opens with ("The System Delivery Group meets monthly ...")."""
    sentences = [s for s in _SENTENCE_BREAK.split(text.strip()) if s.strip()]
    m = _SUBJECT.match(_PARAGRAPH_NUMBER.sub("", sentences[-1].strip())) if sentences else None  # ("6.3 The BCCR Board ...")
    return m.group("name") if m else ""


# Words a phrase cannot end on: "Clinical Director for" runs on to the next line.
_DANGLING = re.compile(r"(?:^|\s)(?:for|of|and|&|the|in|to|at|on|with|by)$", re.IGNORECASE)


def _carried_on(rest: str, lines: list[SourceLine], i: int) -> str:
    """"Lead: Dr Owen Maddox, Clinical Director for" / "  Emergency Medicine, CHFT": a role cut by a
    wrapped line (a slide's text box, a PDF column) is read with the line it runs on to."""
    if not _DANGLING.search(rest) or i + 1 >= len(lines) or not lines[i + 1].text.strip():
        return rest
    return f"{rest} {squash(lines[i + 1].text)}".strip(" ,;-–()")


def _contact_role(text: str, name: str, job: str) -> str:
    """"Contact for drawdown arrangements (Head of System Finance)": what the person is the contact for,
    said before "please contact" in the sentence (which may start on the line above)."""
    m = re.search(r"\b(?:[Ff]or|[Aa]bout|[Rr]egarding|[Oo]n)\s+([^.;:]{3,80}?),?\s+(?:please\s+)?contact\s+" + re.escape(name), squash(text))
    return f"Contact for {m.group(1)} ({job})" if m else f"Contact ({job})"


def _around(lines: list[SourceLine], i: int, text: str) -> str:
    """What a statement on line i is read with: the line above, unless the line opens with its own title
    ("(b) Urgent Care Redesign (LP2). ..."), when the line above is another item's and says nothing of it."""
    return text if paragraph_title(squash(lines[i].text)) else f"{_above(lines, i)} {text}"


CARD_LINES = 8  # a card's lines, at most, from its title to a label


def _card_title(lines: list[SourceLine], i: int) -> str:
    """The first line of the short block of lines a label line stands in (a slide card's title over "SRO:" and
    "CLINICAL LEAD:", each over a name), with a space after it; "" when the label opens its block, the block
    runs longer than a card, or its first line is the line just above (already read with it)."""
    k = i
    while k > 0 and i - k < CARD_LINES and lines[k - 1].text.strip() and lines[k - 1].page == lines[i].page:
        k -= 1
    if k == i or k == i - 1 or (k > 0 and lines[k - 1].text.strip() and lines[k - 1].page == lines[i].page):
        return ""
    return f"{squash(lines[k].text)} "


def _above(lines: list[SourceLine], i: int) -> str:
    """The nearest line with words within three above line i, squashed ("" at the top)."""
    return next((squash(lines[k].text) for k in range(i - 1, max(-1, i - 4), -1) if lines[k].text.strip()), "")


_DEFINITION = re.compile(r"^\s*:\s")


def _role_lines(lines: list[SourceLine], start: int) -> str:
    """The lines under a name standing alone that say who the person is (indented, or until a blank, or until
    a Markdown definition, ": ...", which says something else of them); emphasis marks are no part of a role."""
    found: list[str] = []
    for k in range(start, min(start + 3, len(lines))):
        text = lines[k].text
        if not text.strip() or (_NAME_ONLY.match(text) and person_name(text)) or _DEFINITION.match(text):
            break
        found.append(squash(text).strip("*_ "))
    return "; ".join(found)[:200]

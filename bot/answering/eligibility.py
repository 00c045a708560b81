"""Whether a candidate can be the answer at all, whatever its score: it is about the place, the
remit and the person the question asks after, and the person it gives still holds the post.

Each check reads one candidate against the question's constraints (bot.answering.analysis); the
pipeline (bot.answering.pipeline) rules out every candidate that fails one before the best is chosen."""

import re
from collections.abc import Collection
from datetime import date
from functools import lru_cache

from bot.answering import types, unfilled
from bot.answering.analysis import Analysis, dated_form
from bot.answering.asked_roles import body_chaired_by, chaired_body
from bot.answering.asked_titles import misses_name
from bot.answering.candidates import Candidate, Context, role_in, role_score
from bot.answering.matching import Topic
from bot.answering.handovers import ASKS_PAST, handed_on
from bot.answering.tenure import held_until, started_after
from bot.answering.top_body import independent_chair, named_independent_chair
from bot.records.dates import normalise
from bot.answering.job_titles import misses_title
from bot.answering.question_names import setting_names
from bot.answering.vocabulary import BODY_WORDS, ORGANISATION_WORDS, WEAK_ROLES


def as_parts(context: str | tuple[str, ...]) -> tuple[str, ...]:
    return (context,) if isinstance(context, str) else context


def misses_names(candidate: Candidate, ctx: Context, asked: Collection[str] = ()) -> bool:
    """"Who is the STP lead for Greater Manchester?" names a place: an answer that names none of the
    question's names, in its own text, its heading or its paper's opening, is about somewhere else. A
    paper whose opening names none of the footprint's own names (a register titled only "STP risk
    register") is of the footprint, so those names are not asked of it. `asked` names the names to
    look for instead (as written), when only they tell the thing asked from others of its kind."""
    names = frozenset(ctx.tokenizer.stem(n) for n in asked) if asked else ctx.analysis.proper
    if not names or candidate.source in GROUPS:
        return False
    about = ctx.lex.about(candidate.citations[0].document) if candidate.citations else ""
    setting = ctx.lex.setting()
    if setting and not asked and not setting & ctx.tokenizer.stem_set(about):
        names = names - setting
    # a place named around the answer only as one of a list of places ("covers Brackenford, Thornleigh,
    # Marrowdale and Eastholme Coast") says where the footprint is, not that the answer is about that place
    around = [_LISTED_NAMES.sub(" ", part) for part in (*as_parts(candidate.context), about)]
    own = ctx.tokenizer.stem_set(" ".join([candidate.main, *around]))
    return bool(names) and not any(ctx.topic.has(t, own) for t in names)


def misses_asked_title(candidate: Candidate, ctx: Context, titles: list[tuple[str, ...]]) -> bool:
    """A thing the question calls by its capitalised name (asked_titles.py) is not where the answer stands."""
    if not titles or candidate.source in GROUPS:
        return False
    about = ctx.lex.about(candidate.citations[0].document) if candidate.citations else ""
    own = " ".join([candidate.main, candidate.answer])
    text = " ".join([own, *as_parts(candidate.context), about])
    return any(misses_name(title, text, own, ctx.tokenizer, ctx.lex.expansions) for title in titles)


_NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*"


_LISTED_NAMES = re.compile(rf"{_NAME}(?:,\s*{_NAME}){{1,}},?\s+(?:and|&)\s+{_NAME}")


def asked_about(candidate: Candidate, ctx: Context) -> bool:
    """The person a "who" question names is who it asks about ("which clinician is aiding Dr
    Ridgeway?"), not its answer: a candidate leading with that person is ruled out."""
    if not ctx.analysis.named or ctx.analysis.want != "person":
        return False
    lead = types.people(candidate.answer, ctx.lex.common)
    return bool(lead) and lead[0][2].split()[-1].lower() in ctx.analysis.named


# A holder the text says has gone ("Stephen Marwood ... SRO for Programme 7, retired on 30 September
# 2018"): said in the past, within the sentence that names them.
_LEFT = re.compile(r"^(?:(?![.;](?:\s|$)).){0,220}?\b(?:has |had |have )?(?:retired|resigned|stepped down|departed|left (?:the|in|on|at|his|her|their|post)\b)",
                   re.IGNORECASE)




def departed(candidate: Candidate, ctx: Context) -> bool:
    """"Who is the SRO for digital?": a person the answer's own sentence says has retired, resigned or
    left holds the role no more, and one it says holds it from a day still to come ("SRO (from 1 April
    2018)", asked on 20 March) holds it not yet. Asked of the past ("who was the SRO before ..."), they may answer."""
    if ctx.analysis.want != "person" or ASKS_PAST.search(ctx.analysis.text) or "date" in ctx.analysis.wants:
        return False  # ("who is the interim director, and when does her secondment end?" asks the tenure's end too)
    lead = types.people(candidate.answer, ctx.lex.common)
    if not lead:
        return False
    name = lead[0][2]
    at = candidate.answer.find(name, lead[0][0])
    if at < 0:
        return False
    after = candidate.answer[at + len(name):]
    other = next((start for start, _, found in lead[1:] if found.split()[-1] != name.split()[-1]), None)
    if other is not None:  # what is said of them ends where someone else is named
        after = after[:max(0, other - at - len(name))]
    today = ctx.analysis.as_of or date.today()
    return (bool(_LEFT.match(after)) or held_until(after, today) or started_after(after, today) or gone_by(name, ctx, today)
            or handed_on(name, ctx.analysis.roles, ctx.index, ctx.tokenizer, today, _initials_after(after)))


def _initials_after(after: str) -> str | None:
    """The initials written after an answer's name ("Desmond Bellamy-Rhodes (DB) (Ref: TC4 ...)"): how the
    paper names them, so a handover naming them so is theirs."""
    m = re.match(r"\s*\(([A-Z][A-Z-]{1,4}[a-z]?)\)", after)
    return m.group(1) if m else None


# "Beatrice Nuttall leaves Sennastow & Dale Hospitals on 30 November 2017": a person's going, dated, in a
# sentence of its own; a tracker still naming them as owner is out of date once the day has passed.
_GOES = re.compile(r"\b(?:leaves|leaving|will leave|left|retires|retiring|will retire|retired|steps down|stepping down|"
                   r"will step down|stepped down|resigns|resigned)\b[^.;]{0,80}?$", re.IGNORECASE)
GONE_PASSAGES = 5  # the passages best matching a person's surname, read for their going


def gone_by(name: str, ctx: Context, today: date) -> bool:
    """Whether the papers say, anywhere, that the person named leaves (retires, steps down) on a day
    before `today`: then they hold none of their posts. Looked up once per person and day in a version
    (every candidate naming them asks the same)."""
    known = ctx.index.memo("gone by", dict)
    if (name, today) not in known:
        known[(name, today)] = _gone_by(name, ctx, today)
    return known[(name, today)]


def _gone_by(name: str, ctx: Context, today: date) -> bool:
    surname = name.split()[-1]
    # (a double-barrelled surname is two words to the index: "Ballantyne-Osei" is searched as both)
    for passage in ctx.index.passages([h.seq for h in ctx.index.engine.search(ctx.tokenizer(surname), k=GONE_PASSAGES)]):
        # each cell of a row and each line says its own ("Desmond Achterberg (from 01/03/2017)" | "HQ leaves FRH")
        for sentence in (s for cell in re.split(r"[\t\n]", passage.text) for s in _with_pronouns(re.split(r"(?<=[.;])\s+", " ".join(cell.split())))):
            if surname not in sentence or name.split()[0] not in sentence:
                continue
            after = sentence.find(surname) + len(surname)
            for start, _, phrase in types.dates(sentence):
                said = sentence[after:start]  # what is said of them up to the day, before anyone else is named
                end = normalise(phrase).end
                if end is not None and end < today and _GOES.search(said) and not types.people(said, ctx.lex.common):
                    return True
    return False


_PRONOUN_START = re.compile(r"^(?:he|she|they)\b", re.IGNORECASE)


def _with_pronouns(sentences: list[str]) -> list[str]:
    """Each sentence, one opening with "he", "she" or "they" read on from the one before (whose person it
    is about): "X has stepped down as GPFV clinical lead. He remains clinical lead until 31 December 2016"."""
    out: list[str] = []
    for sentence in sentences:
        if out and _PRONOUN_START.match(sentence):
            out[-1] = f"{out[-1].rstrip('.;')}, {sentence[0].lower()}{sentence[1:]}"
        else:
            out.append(sentence)
    return out


# "See the staff FAQ.", "Refer to Appendix B", "As above": a pointer to where the answer is, alone before
# the detail a candidate adds in brackets ("See and Treat" is a service, not a pointer)
_POINTER = re.compile(r"^\s*(?:please\s+)?(?:see|refer to|cf\.|as (?:above|below|per)|details (?:are )?in)\b(?!\s+and\b)[^.;()]{0,60}[.;]?\s*(?:\(|$)",
                      re.IGNORECASE)
_WHERE = re.compile(r"\bwhere\b", re.IGNORECASE)


def points_elsewhere(candidate: Candidate, ctx: Context) -> bool:
    """A glossary's "See the staff FAQ." against a term says where its meaning is, not what it is: no
    answer to "what is TAP?", whatever it shares with the question. Asked where something is written,
    the pointer is the answer."""
    return bool(_POINTER.match(candidate.answer)) and not _WHERE.search(ctx.analysis.text)


def unmet_how_to(found: list[Candidate], analysis: Analysis) -> None:
    """"How do I book a meeting room at Coldharbour House?": a member of staff's own how-to, which a plan
    answers only where a line says how to do that very thing. A scored candidate missing any word of the
    asked clause (here "book", though it names the house) is ruled out."""
    if _PERSONAL_HOW_TO.search(analysis.text):
        for candidate in found:
            if len(candidate.features) > 2 and candidate.features.get("missing", 0) > 0:
                candidate.eligible = False


_PERSONAL_HOW_TO = re.compile(r"\bhow (?:do|can|should|would|could|must) i\b", re.IGNORECASE)


def post_unfilled(candidate: Candidate, ctx: Context) -> bool:
    """"Who is the clinical lead for X?" is not answered by a line giving X's clinical lead as "tbc":
    whoever else it names holds another post (bot/answering/unfilled.py)."""
    if ctx.analysis.want != "person" or not ctx.analysis.roles:
        return False
    return unfilled.asked_post_unfilled(ctx.analysis.roles, " ".join([candidate.answer, candidate.main, candidate.role_text or ""]))


def chairs_another_body(candidate: Candidate, ctx: Context) -> bool:
    """"Who chairs the Transformation Programme Board?": a line naming the chair of another body ("Chair
    (Urgent and Emergency Care Delivery Board)") answers for that body. Its own words (not "board",
    "group", nor a place) must be among the question's words or their kin; a question naming no body
    asks for the chair of the body the papers are about, which such a line is not."""
    a = ctx.analysis
    if "chair" not in a.roles and "vice chair" not in a.roles:
        return False
    body = chaired_body(candidate.role_text or candidate.answer) or _titled_body(candidate)
    # or a line of bodies and who chairs each ("- Estates Strategy Group, chaired by Tom Wren - ..."), weighed only
    # against a body the question names by its title (a body described may be any of them)
    said = body_chaired_by(candidate.answer) if body is None and _asked_body(a, ctx) else None
    body = body or said
    if body is None or top_chair(candidate, a):  # the top body's independent chair, whatever it is called
        return False
    generic = {t for w in BODY_WORDS | ORGANISATION_WORDS for t in ctx.tokenizer(w)}  # each word alone: a set joined runs in hash order ("work stream")
    setting = ctx.lex.setting()  # the footprint's own names ("the Ravelsham & Quarlby Partnership Board") are where, not which body
    own = {t for t in ctx.tokenizer(body) if t not in generic and not ctx.lex.areas.in_text(t) and t not in setting}
    asked = set(a.terms) | set(a.words) | {k for kin in (*a.kindred.values(), *a.synonyms.values()) for k in kin}  # "LWAB" spelled out
    if not own:
        return False
    named = {t for t in _asked_body(a, ctx) if t not in generic and t in a.terms}
    if named:  # "the Population Health Management group" is not the "Mental Health and LD Group": most of its name is missing
        return sum(a.terms[t] for t in named if ctx.topic.has(t, own)) < BODY_SHARE * sum(a.terms[t] for t in named)
    return not own & asked


# A box or section titled by the body, then its chair ("STP Delivery Group" over "Chair: Wendell
# Marchbank"): the person's record keeps the title before the role it states.
_TITLED_CHAIR = re.compile(r"^\s*((?:[A-Z][\w&'’-]*\s+(?:(?:and|&|of|for)\s+)?){0,5}(?:Group|Board|Committee|Forum|Panel|Network|Council|"
                           r"Collaborative|Partnership|Cell))\s+(?:(?:Independent|Interim|Acting|Joint)\s+)?Chair\b")


def _titled_body(candidate: Candidate) -> str | None:
    """The body a person chairs by the title above the role ("STP Delivery Group" / "Chair: ..."), when
    the role itself names none."""
    context = candidate.context if isinstance(candidate.context, str) else " ".join(candidate.context)
    m = _TITLED_CHAIR.match(context) if candidate.source == "person" else None
    return m.group(1) if m else None


BODY_SHARE = 0.5
# The body a question names by its title: capitalised words before the kind of body ("the Population
# Health Management group"). A body described ("the monthly board that oversees ...") is named by no title.
_NAMED_BODY = re.compile(r"\b(?:the|our|a|an|its|their)\s+((?:[A-Z][\w&'’-]*\s+(?:(?:and|&|of|for)\s+)?){1,5})(?:[Gg]roup|[Bb]oard|"
                         r"[Cc]ommittee|[Ff]orum|[Pp]anel|[Nn]etwork|[Mm]eeting|[Cc]ouncil|[Cc]ell|[Cc]ollaborative|[Pp]artnership)s?\b")


def _asked_body(a: Analysis, ctx: Context) -> set[str]:
    m = _NAMED_BODY.search(a.text)
    return {t for t in ctx.tokenizer(m.group(1)) if not ctx.lex.areas.in_text(t)} if m else set()


def misses_remit(candidate: Candidate, ctx: Context) -> bool:
    """"Who is the SRO for cancer?" asks for the SRO whose remit is cancer: someone who holds the role
    for another remit (an SRO for workforce) is no answer, however close the rest. The candidate, with
    its heading or row but not the paper's opening, must hold at least half the remit's weight (its
    words, their family or spelled-out forms). A plain lead's remit counts as a named role's does:
    "who leads on estates?" is not answered by the lead for digital."""
    a = ctx.analysis
    if candidate.source == "roster":
        return False  # every holder of the post: whether the question names a remit is its own rule (role_roster.py)
    # a deputy whose title names the role deputised ("Deputy SRO") holds it for that role's remit; one
    # "deputising for <person>" is the person's deputy, whose remit the line need not repeat
    deputy = candidate.features.get("role", 0) > 0 and any(role_score(r, candidate.role_text or "") > 0 for r in a.deputised)
    remit = a.remit - setting_names(a.text, ctx.lex)  # (the footprint's own name says whose post, not what for)
    if not remit:
        return False
    if not deputy and not _holds_asked_role(candidate, a):
        return _other_post(candidate, ctx)
    if candidate.remit_text is not None:
        own = ctx.tokenizer.stem_set(f"{candidate.remit_text} {candidate.role_text}")
    else:
        about = ctx.lex.about(candidate.citations[0].document) if candidate.citations else None
        parts = [p for p in as_parts(candidate.context) if p and p != about]
        own = ctx.tokenizer.stem_set(" ".join([candidate.main, candidate.role_text, *parts]))
    # (a paper whose title names one service, "Business Continuity Plan: Integrated Urgent Care", gives every
    # role in it that service's remit: its title's words are the row's own)
    own |= ctx.tokenizer.stem_set(candidate.citations[0].title) if candidate.citations and candidate.citations[0].title else frozenset()
    held = sum(a.terms[t] for t in remit if ctx.topic.has(t, own))
    return held < REMIT_SHARE * sum(a.terms[t] for t in remit)


REMIT_SHARE = 0.5
# A post written as a title: capitalised words ending in a capitalised role ("the STP Estates Lead").
_TITLED_POST = re.compile(r"\b(?:the|our|its|their)\s+(?:[A-Z][\w&'’-]*\s+){1,4}(?:Lead|SRO|Director|Manager|Officer|Chair)\b")


def _other_post(candidate: Candidate, ctx: Context) -> bool:
    """"Who is the STP Estates Lead?" is not answered by "Tobias Greenhalgh: STP Programme Director": a
    post asked by its title (capitalised, as papers write posts) is held by one whose line does not state
    that role only if the line itself (not its heading) names the asked remit."""
    a = ctx.analysis
    if a.want != "person" or candidate.features.get("role", 0) > 0 or not _TITLED_POST.search(a.text):
        return False
    own = ctx.tokenizer.stem_set(f"{candidate.remit_text or ''} {candidate.role_text or ''} {candidate.main}")
    held = sum(a.terms[t] for t in a.remit if ctx.topic.has(t, own))
    return held < REMIT_SHARE * sum(a.terms[t] for t in a.remit)


def lacks_title(candidate: Candidate, ctx: Context) -> bool:
    """"Who is the Chief Clinical Information Officer?" is answered only by a line holding that title
    (job_titles.misses_title): in the role it states, else its own words; not its heading or paper."""
    title = ctx.analysis.title
    if title is None:
        return False
    # a person's own role, where the line states one (their line may run on into the next's: "Clinical lead
    # ... Clinical leadership is provided through the ICB's Chief Clinical Information Officer")
    return misses_title(candidate.role_text or candidate.main, title, ctx.tokenizer.stem_set, ctx.topic.has)


def top_chair(candidate: Candidate, analysis: Analysis) -> bool:
    """"Who chairs the top board?": a line saying someone is the independent chair answers, whatever its
    words (bot/answering/top_body.py)."""
    if not analysis.top_body:
        return False
    if independent_chair(candidate.role_text, candidate.answer, candidate.main):
        return True
    lead = candidate.answer.partition(":")[0].split()  # a person's line leads with the name ("Dr Ann Lee: Chair")
    surname = lead[-1] if candidate.source == "person" and lead else ""
    return any(named_independent_chair(surname, part) for part in as_parts(candidate.context))  # its sentence says so


def _holds_asked_role(candidate: Candidate, a: Analysis) -> bool:
    """The candidate's line states the role asked: fully for a named role (SRO, clinical lead); for a
    plain "lead" ("who leads on estates?") any lead stated counts, as papers write leads so many ways."""
    role = candidate.features.get("role", 0)
    if a.roles == ["lead"]:
        return role > 0
    return role >= 1 and any(r not in WEAK_ROLES for r in a.roles)


# Candidates that gather records by the question's constraints (a grid row, a window, an area's owners):
# their own text need not repeat the question's words.
GROUPS = frozenset({"window", "mustdo", "mustdo-gap", "mustdo-cell", "area-owners", "programme", "owned", "roster"})


def topic_may_block(candidate: Candidate, analysis: Analysis, topic: Topic | None = None) -> bool:
    """Whether `blocked`'s topic rule can rule this candidate out: not a group's, which need not repeat the
    question's words, nor where the question has no topic, nor (given its `topic`) one whose main text
    the postings say holds a word of it: its topic_main is then above 0 (the ~800 near-copy milestones
    of a "when" question at national scale, each scored to learn that, where a reply reads a few)."""
    return bool(analysis.terms) and candidate.source not in GROUPS and not (topic is not None and holds_topic_word(candidate, topic))


def holds_topic_word(candidate: Candidate, topic: Topic) -> bool:
    """Whether the postings say the candidate's main text holds a word of the topic that is not a bare
    number, every weight being at least 0: `Topic.coverage` then gives its main text more than 0."""
    held = candidate.main_held
    if held is None or not topic.any_stem <= held[1] or any(w < 0 for w in topic.weights.values()):
        return False
    return any(w > 0 and not term.isdigit() and topic.has(term, held[0]) for term, w in topic.weights.items())


_ARITHMETIC = re.compile(r"^\W*(?:what(?:'s|s| is)|calculate|compute|work out|how much is)\s+[£$]?\d[\d.,]*\s*(?:\+|-|\*|x|×|÷|/|plus|minus|"
                         r"times|multiplied by|divided by|added to|take away)\s*[£$]?\d[\d.,]*\s*\??\s*$", re.IGNORECASE)


def blocked(candidate: Candidate, analysis: Analysis) -> bool:
    """Never the answer, whatever its score: it lacks the asked type ("when" without a date); it comes
    from another plan area than the one asked about; it shares no word of the question's topic in its
    own text (an SRO for estates is no answer to "who is the SRO for cancer"); or the question asks
    what falls in a window of time and it is not a list of what does; or the question asks for a role
    and it names someone in another role. (Whether it holds the type is asked last: it may be worked out
    only when asked, candidates.HoldsType.)"""
    if candidate.features.get("area", 0) < 0 or _arithmetic(analysis.text):
        return True  # ("what is 17 multiplied by 23?" is a sum to work out, which no paper states)
    if (topic_may_block(candidate, analysis) and candidate.features.get("topic_main", 1) == 0
            and candidate.features.get("missing", 0) > 0 and not top_chair(candidate, analysis)):
        return True  # its own text shares none of the topic, and some of the topic is nowhere near it
    if candidate.features.get("role", 0) < 0 and "person" in analysis.wants:
        return True  # "who is the SRO for X?" is not answered by the chair of X
    if candidate.role_text and any(role_in(r, candidate.role_text) for r in analysis.excluded_roles) \
            and not any(role_in(r, candidate.role_text) for r in analysis.roles):
        return True  # "the programme director (not the SRO)": the SRO is the one answer it is not
    if analysis.want == "text" and points_ahead(candidate):
        return True  # "The UTC will offer three services the MIU does not:" says what follows, not what they are
    if candidate.source == "sentence" and candidate.answer.rstrip().endswith("?"):
        return True  # a paper's own question ("Q: What will the UTC offer?") asks, it does not answer
    if analysis.want == "text" and candidate.source == "sentence" and _own_heading(candidate):
        return True  # "owner?" is not answered by the title "Key milestones, Owners, Risks ..." it shares a word with
    if analysis.want == "text" and candidate.features.get("novelty", 1) == 0:
        return True  # "what is Gareth Follingsby's role?" is not answered by "Gareth Follingsby": it says nothing new
    if dated_form(analysis) and analysis.window is not None and analysis.window.relative and candidate.source not in WINDOWED \
            and candidate.fits_form <= 0:  # (a line giving a date inside the window says what falls in it)
        return True
    if analysis.clinician_asked and "person" in analysis.wants and not clinician(candidate):
        return True  # "which doctor steers the record work?" is not answered by a manager's initials
    if analysis.holder_unknown and "person" in analysis.wants:
        return True  # "who are the external auditors?": no paper names the post, so no one holds it there
    if analysis.want == "number" and _percent_asked(analysis.text) and not _PERCENT_GIVEN.search(candidate.answer):
        return True  # "what % and by when?" is answered by a percentage, not by how many priorities cover it
    return analysis.want in TYPED and not candidate.has_type


def _own_heading(candidate: Candidate) -> bool:
    """The sentence is the title its passage stands under: it names what follows, it says nothing of it."""
    parts = as_parts(candidate.context)
    heading = parts[0].rsplit(" › ", 1)[-1].strip() if parts and parts[0] else ""  # (its area may follow it)
    main = candidate.main.strip()
    return bool(main) and (heading == main or heading.startswith(f"{main} ") and heading[len(main) + 1:] == (candidate.area or ""))


# A percentage asked by its sign or its word ("what %?", "what percentage of ...", "as a %"); a proportion or
# a share may be given as "one in five", so those words do not ask for one
_PERCENT_ASKED = re.compile(r"(?:\bwhat|\bwhich)\s+(?:%|percent(?:age)?\b)|\bas an? (?:%|percent(?:age)?\b)|"
                            r"\bin (?:%|percent(?:age)?)\s*(?:terms\b|\?|$)")
_PERCENT_GIVEN = re.compile(r"\d\s*(?:%|per\s?cent\b)", re.I)


@lru_cache(maxsize=256)
def _percent_asked(question: str) -> bool:
    return _PERCENT_ASKED.search(question.lower()) is not None


@lru_cache(maxsize=256)
def _arithmetic(question: str) -> bool:
    """A sum to work out: read once per question, not once per candidate (`blocked`)."""
    return _ARITHMETIC.match(question) is not None


# A doctor or other clinician, by title or by the role written with the name
_CLINICIAN = re.compile(r"^\W*(?:Dr|Prof|Professor|Mr|Miss)\b\.?|\b(?:clinical|clinician|medical|GP|consultant|nurse|nursing|surgeon|"
                        r"physician|psychiatrist|paediatrician|midwife|pharmacist|dentist|therapist)\b", re.IGNORECASE)


def clinician(candidate: Candidate) -> bool:
    """The person a candidate leads with is a clinician: titled so ("Dr", "Prof", a surgeon's "Mr"), or so
    described where it gives the role."""
    return bool(_CLINICIAN.search(candidate.answer[:120]) or _CLINICIAN.search(candidate.role_text or ""))


def points_ahead(candidate: Candidate) -> bool:
    return candidate.source == "sentence" and candidate.answer.rstrip().endswith(":")


# What answers a question about a window of time: what falls in it, or (for "which have slipped?") the
# rows whose date has moved past their baseline.
WINDOWED = frozenset({"window", "slipped"})


# Answers that must hold an item of their type: a "when" answer without a date answers nothing.
TYPED = frozenset({"person", "date", "number", "money", "status", "frequency", "contact", "duration"})


# A question written in a paper: "who's the clinical lead for the stroke work?" read out at a webinar.
_ASKED_IN_PAPER = re.compile(r"\b(?:who|whos|who['’]s|what|whats|what['’]s|when|where|which|how|is there|are there)\b[^.!?]*\?", re.IGNORECASE)


def asks_itself(candidate: Candidate) -> bool:
    """A role a paper only asks about ("Caspian Moorcroft: ... from a GP: who's the clinical lead for the
    stroke work?") is held by no one the line names: the question read out is not its own answer."""
    stated = candidate.role_text or ""
    return bool(stated) and bool(_ASKED_IN_PAPER.search(stated))


def misses_deputised(candidate: Candidate, ctx: Context) -> bool:
    """"Who is Margery's deputy?": whoever stands in for the person named is said to on a line naming them
    ("... is the nominated deputy for Margery Olufemi-Hart", "Owain Treloar-Sykes (for Margery Olufemi-Hart)");
    a line naming neither is about someone else's post. (A chair's deputy is the vice chair, whose line
    need not name the chair: not asked here.)"""
    a = ctx.analysis
    if "deputy" not in a.roles or "vice chair" in a.roles or not a.named or candidate.source in GROUPS:
        return False
    said = " ".join([candidate.main, candidate.answer, *(c.quote for c in candidate.citations)]).lower()
    return not any(name in said for name in a.named)


def stood_in_first(candidate: Candidate, ctx: Context) -> None:
    """An attendance line naming many ("..., Owain Treloar-Sykes (for Margery Olufemi-Hart), ...") asked
    "who is Margery's deputy?" leads with the one written as attending for her: a name standing as an item of
    the list, not a title's words ("Head of Estates Strategy (deputising for ...)")."""
    a = ctx.analysis
    if "deputy" not in a.roles or not a.named:
        return
    for name in a.named:
        m = re.search(rf"(?:(?<=, )|(?<=; )|(?<=: ))((?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{1,2}})\s*\((?:for|deputising for|on behalf of|"
                      rf"representing)\s+[^()]*?(?i:{re.escape(name)})[^()]*\)", candidate.answer)
        if m and m.start() > 0:
            candidate.answer = f"{m.group(0)}: {candidate.answer}"
            return

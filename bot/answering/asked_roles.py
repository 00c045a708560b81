"""The people a question asks for and about: the roles asked ("the SRO", "the clinical lead", "who
deputised for the chair"), what a role is for (its remit: "the SRO for urgent care"), roles named only to
be set aside ("not the SRO"), the people the question names ("Dr Ridgeway's deputy"), and a person
asked about in reverse ("what does Jane Example own?")."""

import re

from bot.answering.lexicon import Lexicon
from bot.answering.vocabulary import BODY_WORDS, ORGANISATION_WORDS, ROLES, WEAK_ROLES
from bot.records.names import TITLES, names_in

# "what does Jane Example own?", "which schemes does she lead?": a person asked about, not for
_REVERSE = re.compile(r"\b(?:what|which)\b.*\b(?:own|owns|lead|leads|responsible for|in charge of|look after|looks after)\b"
                      # "X is the senior owner of which programmes?": the post first, then what it is of
                      r"|\b(?:owner|lead|sro|head|chair)\s+(?:of|for)\s+(?:what|which)\b"
                      # "which initiatives is Mike Maguire the scheme owner for?": the post, its preposition left at the end
                      r"|\b(?:what|which)\b.*\b(?:owner|lead|sro|head|chair)\s+(?:of|for)\W*$")


def asked_roles(low: str, person_asked: bool) -> list[str]:
    """The roles the question names; the weak ones ("lead", "owner") only when a person is asked for,
    as their words run through ordinary questions ("the work the plan leads to")."""
    found = []
    for role, phrases in ROLES.items():
        if role in WEAK_ROLES and not person_asked:
            continue
        said = [m for p in phrases for m in re.finditer(r"(?<![a-z])" + re.escape(p) + r"(?![a-z])", low)]
        if not person_asked:  # "the next SRO group meeting": a body named after its members, not a role asked
            said = [m for m in said if not _NAMES_BODY.match(low, m.end())]
        # "the head of the Programme Management Office": the office is the remit; its head is the role asked
        said = [m for m in said if not _NAMES_OFFICE.match(low, m.end())]
        if said:
            found.append(role)
    # "clinical lead" asked: plain "lead" is part of it, not a second role
    found = [r for r in found if not any(r != other and r in other for other in found)]
    if found and "deputy" not in found and _HOLDER_AWAY.search(low):
        found.append("deputy")  # "who chairs the board when the Chair is absent?": whoever stands in for the chair
    if "acting" in found and "deputy" in found and not _DEPUTY_WORD.search(low):
        found.remove("deputy")  # "who is standing in as SRO?" asks who is acting SRO, not for a deputy's title
    if found == ["lead"] and person_asked and _run_body_meets(low):
        found = ["chair"]  # "who runs the weekly handover group?": a body that meets is run by its chair
    if "presenter" in found and "contact" in found:
        found.remove("contact")  # "who will speak to item 9?" asks who presents it, not whom to contact
    return found


# A role's word before a body's ("SRO group", "chairs' meeting", "clinical leads network"): the body's name.
_NAMES_BODY = re.compile(r"(?:'s|s'|'|s)?\s+(?:group|meeting|board|forum|network|panel|committee|session|huddle)s?\b")
# A role's words before an office's ("programme management office", "project management team"): a unit of staff.
_NAMES_OFFICE = re.compile(r"\s+(?:office|team|function|unit|directorate|department|service|hub)s?\b")
# A body that meets, asked as what is run ("who runs the weekly handover group?", "the weekly group ... -
# who runs it?"): whoever chairs it runs it. A workstream or a programme is led, not chaired.
_BODY_THAT_MEETS = r"(?:group|board|committee|meeting|cell|forum|panel)s?"
_RUNS_BODY = re.compile(rf"\b(?:runs?|running|heads?|heading|leads?|leading|in charge of)\s+(?:the\s+|a\s+|this\s+|that\s+|our\s+)?"
                        rf"(?:[a-z0-9&-]+\s+){{0,3}}?{_BODY_THAT_MEETS}\b")
_RUNS_IT = re.compile(r"\b(?:runs?|heads?|leads?|in charge of)\s+it\b")
_BODY = re.compile(rf"\b(?:(?P<meets>{_BODY_THAT_MEETS})|workstreams?|programmes?|projects?|plans?|teams?|networks?)\b")


# "runs the meetings of the X", "heads up the X group": the verb (and the meetings it runs) ask for the
# chair, as "chairs the X" does; X is what the body is
_CHAIRING_WORDS = re.compile(r"\b(?:runs?|running|heads?(?: up)?|heading(?: up)?|leads?|leading|in charge of)\b(?:\s+the\s+meetings?\s+of\b)?")


def chairing_words(low: str) -> list[str]:
    """The words of a question asking for a chair by what a chair does ("who runs the meetings of the
    board?"): how the role is asked, not what about. Only where a body that meets is run (_run_body_meets)."""
    return [w for m in _CHAIRING_WORDS.finditer(low) for w in m.group(0).split() if w not in ("the", "of")] if _run_body_meets(low) else []


def _run_body_meets(low: str) -> bool:
    """Whether the body a lead is asked for is one that meets: named after the verb ("runs the weekly
    group"), or, asked as "who runs it?", the first body the question names."""
    if _RUNS_BODY.search(low):
        return True
    first = _BODY.search(low)
    return bool(_RUNS_IT.search(low) and first and first.group("meets"))


_DEPUTY_WORD = re.compile(r"\bdeputi[sz]|\bdeputy\b")
# The holder of a post said to be away: the question asks who stands in ("when the Chair is absent", "if the
# independent chair is away", "in the chair's absence", "when she can't attend")
_HOLDER_AWAY = re.compile(r"\b(?:when|if|while|whenever)\s+(?:the\s+|our\s+|their\s+)?(?:[\w&'-]+\s+){0,3}?(?:is|are|'s)\s+"
                          r"(?:absent|away|unavailable|not\s+(?:there|here|available|around)|off\s+sick|on\s+(?:leave|holiday))\b|"
                          r"\b(?:when|if)\s+(?:\w+\s+){0,3}?(?:can't|cannot|can\s+not|is\s+unable\s+to|isn't\s+able\s+to)\s+(?:attend|make\s+it|be\s+there|come)\b|"
                          r"\bin\s+(?:the|their|his|her)\s+(?:[\w'-]+\s+){0,2}?absence\b|\bin\s+the\s+absence\s+of\b")

_ABSENCE_WORDS = frozenset("absent absence away unavailable available there here around off sick leave holiday attend make come unable able".split())


def absence_words(low: str) -> list[str]:
    """The words saying a post's holder is away ("when the Chair is absent"): who stands in is asked, and
    these say so; they are not what the question is about."""
    return [w for m in _HOLDER_AWAY.finditer(low) for w in re.findall(r"[a-z]+", m.group(0)) if w in _ABSENCE_WORDS]


def deputy_asked(roles: list[str]) -> tuple[list[str], list[str]]:
    """(roles asked, roles deputised): "who deputised for the SRO?" asks for the deputy, not the SRO;
    the SRO is whose deputy, so its remit still holds ("the deputy SRO for cancer" is for cancer)."""
    if "deputy" in roles and "vice chair" not in roles:
        deputised = [r for r in roles if r != "deputy"]
        # a chair's standing deputy is the vice chair: "who deputises for the chair of the board?" is
        # answered by a line naming someone deputising, or by the board's vice chair
        return ["deputy", "vice chair"] if deputised == ["chair"] else ["deputy"], deputised
    return roles, []


def role_remit(roles: list[str], low: str, lex: Lexicon) -> frozenset[str]:
    """What an asked role is for: the words after "<role> for", up to where the sentence moves on to
    place or time ("the SRO for urgent and emergency care in the KFO ICS" -> urgent, emergency, care; "the
    SRO for UEC right now" -> uec),
    or the words in front of it ("the cancer SRO", "Bay's digital lead"), without a place's name or a
    word that says how the role is held ("acting", "interim")."""
    stems: set[str] = set()
    for role in roles:
        for phrase in (p for p in ROLES[role] if p in low):  # (each pattern holds the phrase as written)
            for m in re.finditer(rf"(?:^|\b(?:the|a|an|our|their|its|whos|who is|is|which|what)\s+)((?:[a-z&]+\s+){{1,2}}?){re.escape(phrase)}(?![a-z])", low):
                words = [w for w in m.group(1).split() if w not in _HOLDING and not lex.areas.in_text(w)]
                stems |= set(lex.tokenizer(" ".join(words)))
            for m in re.finditer(rf"(?<![a-z]){re.escape(phrase)}\s+{_PHRASE_AFTER.get(phrase) or _REMIT_AFTER.get(role, 'for')}\s+(?:the\s+)?(.+?)(?=\s+(?:in|at|on|across|within|"
                                 rf"under|during|from|since|for|and who|who|which|that|right now|now|currently|presently|atm|these days|today|still)\b|[?,.;()]|$)", low):
                said = _ACTIVITY.sub("", m.group(1)).split()
                if said and said[0] not in _BACK_REFERENCES and said[-1] not in ORGANISATION_WORDS and said[-1] not in _WORK:
                    stems |= set(lex.tokenizer(" ".join(said)))
            # "in overall charge of the Lancashire-wide work on A&E and urgent care": the work is on the remit
            for m in re.finditer(rf"(?<![a-z]){re.escape(phrase)}\s+{_PHRASE_AFTER.get(phrase) or _REMIT_AFTER.get(role, 'for')}\s+(?:the\s+|our\s+)?(?:[\w&'-]+\s+){{0,2}}?"
                                 rf"(?:work|works|programme|workstream|plans?|project|changes)\s+(?:on|for|around|to do with)\s+(?:the\s+)?(.+?)"
                                 rf"(?=\s+(?:in|at|across|within|under|during|from|since|for|and who|who|which|that|now|currently)\b|[?,.;()]|$)", low):
                stems |= set(lex.tokenizer(" ".join(w for w in m.group(1).split() if not lex.areas.in_text(w))))
    if roles and not stems and _POINTS_BACK.search(low):
        # "The mental health workstream is bringing its PID to the board - who leads it?": "it" is the thing named first
        named = _OPENING_THING.match(low)
        if named:
            stems |= set(lex.tokenizer(" ".join(w for w in named.group(1).split() if not lex.areas.in_text(w))))
    return frozenset(stems) - _stems(BODY_WORDS, lex)


# A role asked of "it" ("who leads it?", "which named person runs it?"), and the thing a question names first,
# which "it" points back to: "The mental health workstream ...", "our digital programme ..."
_POINTS_BACK = re.compile(r"\b(?:leads?|leading|runs?|running|chairs?|chairing|heads?|heading|owns?|in charge of|responsible for|"
                          r"(?:sro|lead|owner|chair|head)\s+(?:for|of))\s+(?:it|them)\b")
_OPENING_THING = re.compile(r"^\s*(?:the\s+|our\s+|their\s+|its\s+)?((?:[a-z&'-]+\s+){1,4}?)(?:workstream|work-stream|programme|program|"
                            r"project|board|group|plan|team|service|network|initiative|scheme|committee|pathway)s?\b")


def _stems(words: frozenset[str], lex: Lexicon) -> set[str]:
    """The stems of a set of words, each read alone: joined, they would run in hash order and the
    tokeniser could join two ("work" then "stream" read as "workstream") in one process and not another."""
    return {t for w in words for t in lex.tokenizer(w)}


# "in charge of setting up the local team", "the lead for rolling out teledermatology": the verb says what
# is done, the words after it what the remit is.
_ACTIVITY = re.compile(r"^[a-z]+ing\s+(?:(?:up|out|off|forward|together|in)\s+(?:(?:the|a|an|our|new)\s+)*|(?:(?:the|a|an|our|new)\s+)+)(?=\S)")


# "leads on digital", "in charge of estates", "head of workforce", "director of estates": a lead's or a director's remit follows more ways than
# "for"; a board's "chair of" or "SRO of" names the body chaired, not a remit.
_REMIT_AFTER = {"lead": "(?:for|on|of)", "director": "(?:for|of)"}
_WORK = frozenset({"work", "works"})  # "in charge of the Lancashire-wide work on A&E": what the work is on is the remit
_PHRASE_AFTER = {"in overall charge": "of"}  # "in overall charge of estates": a phrase whose remit follows its own word


# "the clinical voice for that trust's services": a remit that points back at what the question has
# already named is no remit of its own.
_BACK_REFERENCES = frozenset("that this those these its their his her it them which".split())


# Words before a role that say how it is held, not what it is for.
_HOLDING = frozenset("acting interim deputy vice joint senior professional named current new overall substantive temporary "
                     "designated nominated executive responsible person people one someone individual name member "
                     "now currently presently still also the a an".split())  # ("who is now the SRO": when, not what for)


_SET_ASIDE = (r"(?:not|apart from|other than|besides|except(?: for)?|excluding|aside from|rather than|leaving aside|alongside|"
              r"as well as|in addition to|working with)\s+(?:the\s+|a\s+|an\s+|any\s+|\w+(?:['’]s)?\s+){0,4}?")


def set_aside(role: str, low: str) -> bool:
    """The question names the role only to set it aside: "the programme director (not the SRO)", "which
    directors, apart from the clinical director", or as a post no one holds ("until a CYP clinical lead
    is appointed, to whom ...?", "no cyp clinical lead yet - who ...?"): who covers it is asked, not it."""
    # each pattern holds the phrase as written: one the question does not write is not compiled (at first asking)
    return any(re.search(_SET_ASIDE + re.escape(p) + r"(?![a-z])", low) or _vacant(p, low) for p in ROLES[role] if p in low)


def _vacant(phrase: str, low: str) -> bool:
    role = re.escape(phrase) + r"(?![a-z])"
    return any(re.search(pattern.format(role=role), low) for pattern in _VACANT)


# A post said to be empty: "until a <role> is appointed", "no <role> yet", "nobody in the <role> post",
# "with the <role> post vacant"
_VACANT = (r"\b(?:until|till|pending|before)\s+(?:[\w'’]+\s+){{0,4}}?{role}\s+(?:is\s+|are\s+|has\s+been\s+|gets\s+)?(?:appointed|recruited|found|in post|filled)\b",
           r"\bno\s+(?:\w+\s+){{0,3}}?{role}\s+(?:yet|in post|appointed|at the moment|right now|currently)\b",
           r"\b(?:nobody|no one|no-one|noone)\s+(?:yet\s+|currently\s+)?(?:in|holds?|holding|filling|as)\s+(?:[\w'’]+\s+){{0,4}}?{role}",
           r"{role}\s+(?:post\s+|role\s+|job\s+|position\s+)?(?:is\s+|being\s+|still\s+|remains\s+|currently\s+|now\s+|left\s+|sitting\s+)*(?:vacant|unfilled|empty)\b",
           r"{role}\s+vacancy\b")


def strong_role(low: str) -> bool:
    """The question names a role as what it asks for: a strong one anywhere ("clinical lead for bay
    maternity?"), or any one opening it ("owner of the crisis line milestone?", "lead for estates?")."""
    if re.search(r"\b(?:how|why|when|where)s?\b", low):  # ("wheres": apostrophes are gone)
        return False
    head = _ATTRIBUTE_OF.match(low)
    if head and not any(re.search(rf"(?<![a-z]){re.escape(p)}(?![a-z])", head.group("head")) for r in ROLES for p in ROLES[r]):
        return False  # "what is the salary range for the programme director post?": a thing of the post, not its holder
    return bool(_OPENS_WITH_ROLE.match(low)) or any(
        r not in WEAK_ROLES and any(re.search(rf"(?<![a-z]){re.escape(p)}(?![a-z])", low) for p in ROLES[r]) for r in ROLES)


# "what is the salary range for ...", "whats the remit of ...": what is asked, named before "of" or "for"
_ATTRIBUTE_OF = re.compile(r"^\W*whats?(?:\s+(?:is|are|was|were))?\s+(?:the\s+|our\s+|their\s+|its\s+)?(?P<head>(?:[a-z-]+\s+){0,2}[a-z-]+)\s+(?:of|for)\s+")
# "owner of ...", "the lead for ...", "contact for ...?": a question opening with a holder's noun asks who holds it
_OPENS_WITH_ROLE = re.compile(r"^\W*(?:the\s+|our\s+)?(?:owner|lead|contact|manager|chair|sponsor)s?\s+(?:of|for|on)\b")


NAMED_PERSON = re.compile(r"\b(?:named (?:person|individual)|which (?:person|individual)|who is (?:that|the) person|"
                           r"names? of the (?:person|individual)|persons? name|an? (?:actual|real) (?:person|name))\b")


_TITLED = re.compile(TITLES + r"\.?\s+(?:[A-Z][a-z]+\s+)?([A-Z][a-z'’-]+)\b")


_WHO_IS = re.compile(r"^\W*(?:who|whos|who is|who was)\s+(?:is\s+)?(?:" + TITLES.lower() + r"\.?\s+)?[a-z'’-]+(?:\s+[a-z'’-]+)?\W*$")


def people_named(text: str, low: str, lex: Lexicon) -> frozenset[str]:
    """"Dr Ridgeway isn't doing it alone - which clinician is aiding him?" names the person it asks
    about; "who is Dr Amanda Doyle?" asks who she is, so there she is the answer. A plan area's name
    ("Fylde Coast") is no person."""
    if _WHO_IS.match(low):
        return frozenset()
    surnames = {re.sub(r"['’]s$", "", name.split()[-1].lower()) for _, _, name in names_in(text, lex.common)
                if not lex.areas.in_text(name)}  # "Helena Marchbank's deputy" names Marchbank
    return frozenset(surnames | {m.group(1).lower() for m in _TITLED.finditer(text)} | _first_named(text, lex))


def _first_named(text: str, lex: Lexicon) -> set[str]:
    """"while fiona is on secondment": a first name alone names the one person the papers give it to,
    when the papers never write it as a word in lower case, nor as a place ("Fylde Coast")."""
    firsts = lex.first_names()
    out: set[str] = set()
    for m in re.finditer(r"\b([A-Za-z][a-z]{2,})\b", text):
        word = m.group(1).lower()
        surnames = firsts.get(word)
        if surnames and len(surnames) == 1 and word not in lex.common and not lex.areas.in_text(m.group(1).capitalize()):
            out |= surnames
    return out


def deputy_of_named(roles: list[str], named: frozenset[str], lex: Lexicon, words: frozenset[str] = frozenset()) -> list[str]:
    """"Who is Helena Marchbank's deputy?": the deputy of someone the papers name as chair is the
    vice chair, whoever is said to deputise elsewhere. A chair of some other body ("Chair (Estates
    Strategy Group)" when the question names a board, or none of the group's own words: `words`, the
    question's stems) holds no chair at the meeting asked about: someone deputising for them is no vice chair."""
    if "deputy" not in roles or "vice chair" in roles or not named:
        return []
    held = [str(r.get("role") or "").lower() for r in lex.index.table("people")
            if str(r.get("name") or "").split()[-1:] and str(r["name"]).split()[-1].lower() in named]
    chairs = any(re.search(r"(?<![\w-])chair(?:man|woman|person)?\b", r) and not re.search(r"\b(?:vice|deputy|co)[- ]chair", r)
                 and _chairs_asked(r, words, lex) for r in held)
    return ["vice chair"] if chairs else []


def _chairs_asked(role: str, words: frozenset[str], lex: Lexicon) -> bool:
    body = chaired_body(role)
    if body is None:
        return True
    said, bodies = set(lex.tokenizer(body)), _stems(BODY_WORDS, lex)
    kinds, asked_kinds = said & bodies, words & bodies  # a group is not the board asked about
    if kinds and asked_kinds and not kinds & asked_kinds:
        return False
    own = said - bodies
    return not own or bool(own & words)


# "Chair (Estates Strategy Group)": the role a record gives the chair of a named body (records/people.py)
_CHAIRED = re.compile(r"\b(?:vice[- ])?chair\s*\((?P<body>(?:[^()]|\([^()]*\))+)\)", re.IGNORECASE)  # "Chair (Finance Group (FIG))"


def chaired_body(role: str) -> str | None:
    """The body a role says its holder chairs ("Chair (Estates Strategy Group)", "the deputy chair of the
    Clinical Reference Group"), else None. Brackets giving the holder's own post ("Chair (Medical
    Director, Quarrendon Teaching Hospitals)", "Chair (Independent Member)"), as membership tables write
    them, name no body chaired."""
    m = _CHAIRED.search(role)
    if m and not _POST.match(m.group("body").split(",")[0]):
        return m.group("body")
    of = _CHAIR_OF.search(role)
    return of.group("body") if of else None


def body_chaired_by(text: str) -> str | None:
    """The body a line says is chaired by someone ("Estates Strategy Group, chaired by Tom Wren"), else None."""
    m = _BODY_CHAIRED.search(text)
    return m.group("body") if m else None


# "the deputy chair of the Clinical Reference Group", "Medical Director; chair, Clinical Board": a chair and the
# body it is of, by the body's title
_CHAIR_OF = re.compile(r"(?:\b(?:(?:vice|deputy|co)[- ])?chair(?:man|person|woman)?\s+of|\b(?:(?:[Vv]ice|[Dd]eputy|[Cc]o)[- ])?[Cc]hair(?:man|person|woman)?,)"
                       r"\s+(?:the\s+)?(?P<body>(?:[A-Z][\w&'’-]*\s+"
                       r"(?:(?:and|&|of|for)\s+)?){0,5}(?:Group|Board|Committee|Forum|Panel|Network|Council|Partnership|Cell|Collaborative))\b")


# "Estates Strategy Group, chaired by Tom Wren", "the Digital Board (chaired by ...)", "the Clinical Board is chaired
# by": the body by its title, right before the chairing
_BODY_CHAIRED = re.compile(r"\b(?P<body>(?:[A-Z][\w&'’-]*\s+(?:(?:and|&|of|for)\s+)?){0,5}(?:Group|Board|Committee|Forum|Panel|Network|"
                           r"Council|Partnership|Cell|Collaborative|Authority))\b(?:,|\s*\()?\s+(?:is\s+|was\s+|will\s+be\s+)?chaired\s+by\b")


# A post: a few words ending in a word only a person's post ends with ("Medical Director", "Independent Member").
_POST = re.compile(r"\s*(?:[A-Za-z&'-]+\s+){0,4}?(?:director|officer|manager|member|consultant|nurse|gp|clinician|surgeon|"
                   r"physician|professor|secretary)\s*$", re.IGNORECASE)


def person_asked(text: str, low: str, lex: Lexicon | None = None) -> str | None:
    """The person whose work is asked about ("what does Jane Example own?"), else None. Typed in lower
    case ("what does kieren mallowby own?"), the person is the one the papers name by a surname the
    question writes, when they name one person so."""
    if not _REVERSE.search(low):
        return None
    named = next((name for _, _, name in names_in(text)), None)
    if named is not None or lex is None:
        return named
    surnames = lex.surnames()
    found = {name for word in re.findall(r"[a-z][a-z'-]{3,}", low) if word not in lex.english and word not in lex.common
             for name in surnames.get(word, ())}
    return next(iter(found)) if len(found) == 1 else None


# A common role with a word naming its kind before it ("the initiative lead", "the benefits lead"): the
# word is not one of the words of asking or of another role ("the clinical lead" is a role of its own).
_QUALIFIED = re.compile(r"\b([a-z][a-z&-]{2,})\s+(lead|owner|manager)s?\b")
_NOT_KINDS = frozenset("who whos what which whom named main overall actual current new same other its their our the".split())
# "who now leads ...", "who currently owns ...": an adverb before it makes the word a verb, naming no kind of lead
_ADVERBS = frozenset("now still also then already once later jointly".split())


def qualified_role(low: str, roles: list[str], stopwords: frozenset[str]) -> str | None:
    """"initiative lead" of "who is the initiative lead for W6.1?", when the only role asked is a common one
    ("lead", "owner", "manager"): a candidate whose role says those very words holds the role asked, where
    an SRO or a clinical lead only holds a lead of some kind."""
    if not roles or any(r not in ("lead", "owner", "manager") for r in roles):
        return None
    m = _QUALIFIED.search(low)
    if m is None or m.group(1) in stopwords or m.group(1) in _NOT_KINDS or m.group(1) in _ADVERBS or m.group(1).endswith("ly"):
        owned = _OWNS_THE.search(low) if "owner" in roles else None  # "who owns the A3 on handovers?": its "A3 owner"
        return f"{owned.group(1)} owner" if owned and owned.group(1) not in stopwords else None
    return f"{m.group(1)} {m.group(2)}"


# "who owns the A3 on ...", "who owns the risk for ...": the kind of thing owned, named alone before what it is about
_OWNS_THE = re.compile(r"\bowns?\s+the\s+([a-z0-9][a-z0-9&-]{1,20})\s+(?:on|for|of|about|at|re)\b")

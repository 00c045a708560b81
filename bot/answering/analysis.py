"""Question analysis: what kind of answer is wanted, what the question is about, and its constraints.

The expected answer (a person, a date, a number, a status, a list, yes or no, any text), the topic
words with their weights (rare words weigh more, words in no paper weigh most, typos read as the
papers' word), and the constraints: plan areas, a time window, must-dos and gaps, the role asked
for, a person asked about. The asked clause counts in full; a second sentence of chat ("need to
book a briefing") counts for little. The question is read first (bot/answering/question_text.py);
the kind of answer (asked_type.py) and the roles and people asked (asked_roles.py) are read from it
beside the topic built here."""

import calendar
import math
import re
from dataclasses import dataclass, field
from datetime import date

from bot.answering.asked_roles import (NAMED_PERSON, absence_words, asked_roles, chairing_words, qualified_role, deputy_asked, deputy_of_named, people_named, person_asked,
                                       role_remit, set_aside, strong_role)
from bot.answering.clipped import clipped
from bot.answering.asked_type import (CONTACT_ASKED, DATE_ASKED, DEGREE_ASKED, DURATION_ASKED, DATE_QUALIFIER, FREQUENCY_ASKED, PERIOD_END, SHORT_FORM_ASKED,
                                      STATUS_ASKED,
                                      asked_types)
from bot.answering.decisions import DECIDED, DECISION_FORM_WORDS
from bot.answering.clauses import CIRCUMSTANCE, SIDE_CLAUSE_WEIGHT, asked_low, clauses_of, incidental, main_clause, without_askers
from bot.answering.counting import asked_count
from bot.answering.definitions import asks_definition
from bot.answering.function_words import INTENT, grammar_only
from bot.answering.lexicon import Lexicon
from bot.answering.mustdo_asked import mustdo_asked
from bot.answering.job_titles import Title, asked_title
from bot.answering.question_names import area_qualifiers, named_words, proper_names
from bot.answering.shortfall import do_nothing_said, shortfall_kin
from bot.answering.next_occasion import asked_after, asks_occasion
from bot.answering.plan_years import named_plan_year
from bot.answering.question_text import apostrophe_clippings, corrected, expand_compass, glued_units, pm_spelled, surname_initials, unshortened, shifted_years, spelled_letters, validate
from bot.answering.renamed import renamed
from bot.answering.service_names import in_papers_words
from bot.answering.scope import ACROSS_EACH, EACH_PART, SUMMED, whole_scope
from bot.answering.short_forms import abbreviated, given_names, initialled, initials_of_names, spelled_beside
from bot.answering.succession import PREDECESSOR_ASKED, PREDECESSOR_WORDS, SUCCESSOR_ASKED
from bot.answering.thresholds import Bound, asked_bound
from bot.answering.top_body import asks_top_body, rank_words
from bot.answering.types import NUMBER_WORDS
from bot.answering.vocabulary import (ASKING_WORDS, DEFINITION_FORM_WORDS, DISCOURSE_WORDS, FILE_KINDS, MUSTDO_FORM_WORDS, ROLES,
                                      TYPE_WORDS, WINDOW_FORM_WORDS)
from bot.answering.windows import FY_SAID, Window, asked_window, count_words
from bot.records.mustdos import KEYWORDS, MUSTDOS

_LIST = re.compile(r"\b(?:list|what are (?:the|their|its|they)|which are|name (?:the|all)|all the|what (?:\d+|two|three|four|five|six|seven|eight|"
                   r"nine|ten) |the (?:\d+|two|three|four|five|six|seven|eight|nine|ten) \w+s\b|"
                   r"^\W*(?:(?:in|through|from|for|on|at|by|with|under|to|of|across|into|against)\s+)?(?:what|which) (?:\w+ )?\w{3,}(?:ies|[^su]s) "
                   r"(?:are|do|does|did|have|has|were|will|would|should|could|can|in|for|of|from|on|at|"
                   r"under|by|with|did)\b|^\W*(?:what|which) (?:\w+ )?\w{3,}(?:ies|[^su]s)\W*$|what(?:s| is) (?:under|in|included in|covered by|part of)\b)")
@dataclass
class Analysis:
    text: str
    wants: tuple[str, ...]  # expected answer types, the first asked first: person, date, number, status, yesno, text
    terms: dict[str, float]  # topic stem -> weight
    unknown: frozenset[str] = frozenset()
    synonyms: dict[str, frozenset[str]] = field(default_factory=dict)
    kindred: dict[str, frozenset[str]] = field(default_factory=dict)  # stem -> the papers' stems of its word family
    short_forms: frozenset[str] = frozenset()  # abbreviations of a phrase the question spells out ("hwbb"), among the kindred
    areas: list[str] = field(default_factory=list)
    channel_area: bool = False  # the area came from the channel's setting, not the question
    window: Window | None = None
    asks_list: bool = False
    count: int | None = None  # "what are the 4 priorities?": how many items the list should have
    mustdo: bool = False
    mustdos: list[int] = field(default_factory=list)
    gap: bool = False
    mustdo_level: str | None = None  # "lead" or "contribute": the kind of must-do entry asked
    holder_unknown: bool = False  # "who are the CCG's external auditors?": the post asked is a word no paper uses
    clinician_asked: bool = False  # "which doctor ...?", "which clinician ...?": the person answering is one
    roles: list[str] = field(default_factory=list)
    excluded_roles: list[str] = field(default_factory=list)  # "who's the programme director (not the SRO)?"
    deputised: list[str] = field(default_factory=list)  # "the deputy SRO for X": the role a deputy is asked for
    role_words: str | None = None  # "initiative lead": a common role with the word that names its kind, as written
    set_aside: frozenset[str] = frozenset()  # stems of what "apart from ..." sets aside: never one of the items
    whole_count: frozenset[str] = frozenset()  # "all 4 lots": the count of the whole, no key of one of them ("Lot 4")
    proper: frozenset[str] = frozenset()  # stems of names the question writes with a capital ("NHS Wales")
    remit: frozenset[str] = frozenset()  # "the SRO for cancer in KFO": the stems of what the role is for
    person: str | None = None  # "what does Jayne Mellor own?"
    named: frozenset[str] = frozenset()  # surnames of people a "who" question names: who it asks about, not its answer
    named_person: bool = False  # "which named person leads it?": a person's name answers, not a team or programme
    priority: str | None = None  # "P2", "WP5"
    as_of: date | None = None
    words: frozenset[str] = frozenset()  # every stem of the question, topic or not
    asked: str = ""  # the question as read: typos corrected, compass shorthand spelled out
    bound: Bound | None = None  # "risks scoring 15 or more": the rows asked are those passing it
    file_kinds: tuple[str, ...] = ()  # "in the spreadsheet": the file extensions asked within
    title: Title | None = None  # "who is the Chief Clinical Information Officer?": the post asked
    aside: frozenset[str] = frozenset()  # stems said only beside the asked clause ("... ? want it on the agenda")
    incidental: frozenset[str] = frozenset()  # of those, stems of a clause giving only the asker's errand or who has gone
    top_body: bool = False  # "who chairs the top board?": the body asked by its rank (bot/answering/top_body.py)

    @property
    def want(self) -> str:
        return self.wants[0]

    @property
    def total(self) -> float:
        return sum(self.terms.values())

    def unknown_share(self) -> float:
        return sum(w for t, w in self.terms.items() if t in self.unknown) / (self.total or 1.0)


def analyse(text: str, lex: Lexicon, as_of: date | None = None, max_chars: int = 1000,
            default_area: str | None = None) -> Analysis:
    text = named_plan_year(shifted_years(spelled_letters(validate(text, max_chars))), lex.plan_years())
    text = surname_initials(in_papers_words(text, lex), lex)
    fixed = do_nothing_said(corrected(unshortened(pm_spelled(expand_compass(glued_units(apostrophe_clippings(text, lex))), lex), lex), lex))
    low = _plain(fixed)
    wants = asked_types(low)
    defined = wants == ("text",) and asks_definition(fixed)  # "what does SRO stand for?": the role's name is asked about
    if wants == ("text",) and strong_role(low) and not defined and not person_asked(text, low, lex):
        wants = ("person",)  # "clinical lead for bay maternity?": naming a role asks who holds it (not "what does SRO stand for?")
    asked = mustdo_asked(fixed, low)
    if asked.mustdo and "person" in wants and _WORK_ASKED.search(low):
        # "who's the lead programme on MD2?", "which programme leads on must-do 3?": the grid's programme, not a person
        wants = tuple(dict.fromkeys("text" if w == "person" else w for w in wants))
    areas = lex.areas.in_text(fixed)
    channel = not areas and default_area is not None
    questioned = _questioned(fixed)
    roles, deputised = deputy_asked(asked_roles(_plain(without_askers(questioned)) if "person" in wants else asked_low(questioned), "person" in wants))
    if defined:
        roles, deputised = [], []
    excluded = [r for r in roles if set_aside(r, low)]
    roles = [r for r in roles if r not in excluded]
    analysis = Analysis(
        text=text, wants=wants, terms={}, areas=areas or ([default_area] if default_area else []), channel_area=channel,
        window=asked_window(fixed, as_of, "date" in wants), asks_list=bool(_LIST.search(low)), count=asked_count(fixed.lower()), mustdo=asked.mustdo,
        mustdos=asked.mustdos, gap=asked.gap, mustdo_level=asked.level, roles=roles, excluded_roles=excluded,
        deputised=deputised,
        person=person_asked(text, low, lex), named=people_named(*_without_guesses(text, low), lex) if "person" in wants else frozenset(),
        priority=asked.priority, asked=fixed, named_person=bool(NAMED_PERSON.search(low)),
        as_of=as_of, words=frozenset(lex.tokenizer(fixed)), bound=asked_bound(fixed.lower()), file_kinds=_file_kinds(low, lex),
    )
    analysis.top_body = bool({"chair", "vice chair"} & set(roles)) and asks_top_body(fixed)
    _topic(analysis, fixed, lex)
    analysis.roles = roles = roles + deputy_of_named(roles, analysis.named, lex, analysis.words)
    analysis.role_words = qualified_role(low, roles, lex.tokenizer.stopwords)
    whose = named_words(text, analysis.named, lex)  # "Helen Marsh's deputy": whose deputy, not what for or where
    analysis.remit = role_remit(roles + deputised, _plain(questioned), lex) & frozenset(analysis.terms) - whose
    analysis.set_aside = _set_aside_topic(low, lex)
    analysis.proper = proper_names(text, lex) & frozenset(analysis.terms) - whose - analysis.incidental
    analysis.title = asked_title(fixed, lex) if "person" in wants else None
    return analysis


# The asker's guess at the answer ("who's our STP lead? is it still Matthias?", "was it Elspeth?"): a person named there
# may be the answer, not whom the question is about
_GUESS = re.compile(r"(?:^|(?<=[?.!,;]))\s*(?:or\s+)?(?:is|was|isn't|wasn't|isnt|wasnt)\s+(?:it|that|this|he|she)\b(?:\s+still)?[^?.!,;]*\?",
                    re.IGNORECASE)


def _without_guesses(text: str, low: str) -> tuple[str, str]:
    """The question, and its lower case, with the asker's guesses blanked (same length)."""
    blank = _GUESS.sub(lambda m: " " * len(m.group(0)), text)
    return blank, _GUESS.sub(lambda m: " " * len(m.group(0)), low)


_TAKES_PLACE = re.compile(r"\b(?:take|takes|taking|took|taken)\s+place\b")
# "which doctor advises the IT work?": the kind of person asked for, as "who" asks it; every "Dr" is one, so the
# word is no topic ("which doctor" would otherwise find a third of its topic in any doctor's name)
_KIND_ASKED = re.compile(r"\b(?:which|what)\s+(?:senior\s+)?(doctor|doctors|clinician|clinicians|person|people|individual|individuals)\b")


def _set_in_footprint(analysis: Analysis, lex: Lexicon) -> None:
    """The footprint's name says where, however it is written: its initials ("T&Q"), rare in the papers'
    text, weigh no more than its name written out ("Tenterby & Quarnford"), which every paper opens with."""
    setting = lex.setting()
    named = [t for t in analysis.terms if t in setting]
    if not named:
        return
    lightest = min(lex.idf(t) for t in setting)
    for t in named:
        analysis.terms[t] = min(analysis.terms[t], lightest)


def _plain(text: str) -> str:
    """A question as its patterns read it: lower case, apostrophes dropped ("who's" as "whos")."""
    return text.lower().replace("'", "").replace("’", "")


def _file_kinds(low: str, lex: Lexicon) -> tuple[str, ...]:
    """The extensions of the kinds of file the question names ("the PMO spreadsheet": .xlsx), of those
    the papers hold: "how many slides" of papers with no slide deck is about the slides they mention."""
    asked = dict.fromkeys(e for m in re.finditer(r"[a-z]+", low) for e in FILE_KINDS.get(m.group(), ())
                          if _LOOKED_IN.search(low[:m.start()]))
    return tuple(e for e in asked if any(name.lower().endswith(e) for name in lex.file_names()))


# A kind of file is where to look when the question says to look there ("in the PMO spreadsheet", "on the
# board slides", "according to the deck"), not when it only talks of one ("the old slide deck still uses
# that name", "how long was the slide deck?").
_LOOKED_IN = re.compile(r"\b(?:in|on|from|per|across|within|into|through|according to|looking at|at)\s+(?:[\w&'’/-]+\s+){0,6}$")


_SET_ASIDE_TOPIC = re.compile(r"\b(?:apart from|other than|besides|except(?: for)?|excluding|aside from|leaving aside|beyond|"
                              r"not counting|not including|leaving out|ignoring)\s+"
                              r"(?:the\s+)?(.+?)(?=[,?;]|$|\s+(?:what|which|who|list|name|are|is)\b)")


def _set_aside_topic(low: str, lex: Lexicon) -> frozenset[str]:
    """What a list question sets aside ("apart from the population health approach, what are ...")."""
    m = _SET_ASIDE_TOPIC.search(low)
    return frozenset(lex.tokenizer(m.group(1))) if m else frozenset()


def _topic(analysis: Analysis, text: str, lex: Lexicon) -> None:
    """Topic stems and weights: the asked clause in full, side clauses lightly; types, asking words,
    area names and must-do wording are constraints, not topic."""
    tok = lex.tokenizer
    skip = {tok.stem(w) for w in (*ASKING_WORDS, *TYPE_WORDS, *DISCOURSE_WORDS)}
    skip |= {t for a in analysis.areas for alias in lex.areas.aliases(a) for t in tok(alias)}
    skip |= area_qualifiers(text, analysis.areas, lex)  # "Morecambe Bay" for the area called "Bay"
    skip |= _form_stems(analysis, lex)
    if analysis.top_body:  # "the top decision-making group": which body, not what about
        skip |= {t for w in rank_words(text) for t in tok(w)}
    if "chair" in analysis.roles:  # "who runs the meetings of the board?" asks for its chair
        skip |= {t for w in chairing_words(text.lower()) for t in tok(w)}
    if "deputy" in analysis.roles:  # "who chairs the board when the Chair is absent?": who stands in, not what about
        skip |= {t for w in absence_words(text.lower()) for t in tok(w)}
    # the words of the phrase that asks for the type ("new date", "how often"): how it is asked, not what about
    low = text.lower()
    skip |= {t for pattern in (DATE_ASKED, STATUS_ASKED, DEGREE_ASKED, FREQUENCY_ASKED, CONTACT_ASKED, DURATION_ASKED, PERIOD_END, FY_SAID, SUCCESSOR_ASKED,
                                                SHORT_FORM_ASKED) for m in pattern.finditer(low)
             for t in tok(DATE_QUALIFIER.sub("", m.group(0)))}
    if analysis.file_kinds:  # "the spreadsheet": which files to look in, not what about
        named = {w for w, kinds in FILE_KINDS.items() if set(kinds) & set(analysis.file_kinds)}
        skip |= {tok.stem(w) for w in named}
        # and the team whose file it is, in its capitals ("the PMO spreadsheet", "the SDG log"): which file,
        # not what about ("the cancer slides" stays about cancer)
        skip |= {t for m in re.finditer(rf"\b([A-Z]{{2,6}})\s+(?:{'|'.join(map(re.escape, named))})\b", text, re.I)
                 if m.group(1).isupper() for t in tok(m.group(1))}
    # "when will it take place?", "when does it happen?": how an event is asked after, not what it is
    skip |= {t for m in _TAKES_PLACE.finditer(low) for t in tok(m.group(0))}
    if "person" in analysis.wants:  # "who was the original lead, before the handover?": which holder, not what about
        skip |= {t for m in PREDECESSOR_ASKED.finditer(low) for w in PREDECESSOR_WORDS.findall(m.group(0)) for t in tok(w)}
    skip |= {t for m in _KIND_ASKED.finditer(low) for t in tok(m.group(1))}
    skip |= {t for m in INTENT.finditer(low) for t in tok(m.group(0)[:-1])}  # "trying to close": about closing
    # "across the whole partnership area": the figure is the footprint's own, not about areas
    skip |= {t for start, end in whole_scope(low) for t in tok(low[start:end])}
    skip |= {t for m in ACROSS_EACH.finditer(low) for t in tok(m.group(0))}
    if {"money", "number"} & set(analysis.wants):  # "how much do the programmes save together?": their total
        skip |= {t for m in SUMMED.finditer(low) for t in tok(m.group(0))}  # ("who brings nurses and GPs together?": no sum)
    skip |= {t for m in EACH_PART.finditer(low) for t in tok(m.group(0))}  # "every programme": how far it reaches
    if {"money", "number"} & set(analysis.wants):  # "the bid in total (all 4 lots)": how many, not lot 4 (asked
        # when, "all 12 teams live" is the milestone asked, not "first two teams live": the count stays one)
        analysis.whole_count = frozenset(t for m in _ALL_COUNTED.finditer(low) for t in tok(m.group(1)))
        skip |= analysis.whole_count
    skip |= {t for m in _OWN_WORK.finditer(low) for t in tok(m.group(1))}  # "no STP programme": whose work, not what about
    if analysis.bound is not None and not analysis.bound.extreme:  # "15 or more": what the rows must pass, not what they are about
        skip |= set(tok(low[analysis.bound.start:analysis.bound.end]))
    role_stems = {t for r in (*analysis.roles, *analysis.excluded_roles, *analysis.deputised) for p in ROLES[r] for t in tok(p)}
    clauses = [c for c in clauses_of(text) if c.strip()] or [text]
    main = main_clause(clauses)
    asked_stems = set(tok(clauses[main]))
    # the asker's guess at the answer ("LWP SRO pls, is it the DPH?"): a side remark, however it is punctuated
    guessed = set(tok.words(" ".join(m.group(0) for m in _GUESS.finditer(text)))) - set(tok.words(_without_guesses(text, text.lower())[0]))
    analysis.aside |= frozenset(tok.stem(w) for w in guessed)  # (no answer is missing it)
    for n, clause in enumerate(clauses):
        if n != main and CIRCUMSTANCE.fullmatch(clause.strip()):
            continue  # who is leaving and when: whom the question is about, not what the role is for
        if n != main:
            analysis.aside |= frozenset(tok(clause)) - asked_stems
            if incidental(clause):
                analysis.incidental |= frozenset(tok(clause)) - asked_stems
        words = tok.words(clause)
        gap_words = shortfall_kin(words, analysis.wants)  # "how much would we be short?": the financial gap
        for at, word in enumerate(words):
            if word in tok.stopwords or (len(word) < 2 and not word.isdigit()):
                continue
            share = 1.0 if n == main and word not in guessed else SIDE_CLAUSE_WEIGHT
            stem = tok.stem(word)
            if stem in skip:
                continue
            if not lex.df(stem) and grammar_only(word, lex.english.__contains__, words[at + 1] if at + 1 < len(words) else ""):
                continue  # "who ultimately signs it off?": no paper says "ultimately", and none needs to
            weight, synonyms = _weight(word, stem, lex)
            if synonyms:
                analysis.synonyms[stem] = synonyms
            kin = (lex.kindred(stem) | lex.equivalents(stem) | _joined(words, at, lex) | _written_out(word, lex)
                   | clipped(word, lex, tok.stem(words[at + 1]) if at + 1 < len(words) else None)
                   | _said_same(gap_words.get(at, ()), stem, lex)) if not synonyms else frozenset()
            if kin:
                analysis.kindred[stem] = kin
                if not lex.df(stem):  # "neonatal" asked, only "neonatology" written: weighed as that word
                    weight = max(lex.idf(k) for k in kin)
            if stem in role_stems:
                continue  # the role asked is matched as a role, not as topic
            if "money" in analysis.wants and word in MONEY_NOUNS:
                # "how much funding": the amount answers it, the word need not be there; but of two amounts
                # for the same thing (its savings, its investment) the one so called is the one asked
                weight *= MONEY_NOUN_SHARE
            weight *= share
            analysis.terms[stem] = max(analysis.terms.get(stem, 0.0), weight)
    abbreviated(analysis, lex)
    _set_in_footprint(analysis, lex)
    initialled(analysis, text, lex)
    spelled_beside(analysis, text, lex)
    initials_of_names(analysis, text, lex)
    given_names(analysis, text, lex)
    renamed(analysis, lex)
    _priority_code(analysis, lex)
    if asked_after(text) and asks_occasion(text) and lex.df("next"):
        # "the meeting after the one held on 16 March": the line saying when the next one is, under "Date of next meeting"
        analysis.terms.setdefault("next", lex.idf("next"))
    if (analysis.mustdo or analysis.window is not None) and analysis.terms and set(analysis.terms) <= analysis.incidental:
        # "which workstream covers the cancer must do? the alliance want to know": in a question the grid or a window
        # answers, the asker's errand is all that is left of the topic once the form words are gone: why they ask,
        # not what about
        analysis.terms.clear()
    analysis.unknown = frozenset(t for t in analysis.terms if lex.df(t) == 0 and t not in analysis.synonyms
                                 and t not in analysis.kindred and not lex.in_file_names(t))
    held = _HOLDER_ASKED.match(analysis.text) if "person" in analysis.wants else None
    analysis.holder_unknown = held is not None and lex.tokenizer.stem(held.group(1).lower()) in analysis.unknown
    analysis.clinician_asked = any(m.group(1).startswith(("doctor", "clinician")) for m in _KIND_ASKED.finditer(analysis.text.lower()))


# "who are NHS Corriford CCG's external auditors?", "who is the trust's caldicott guardian?": a question
# ending on the post it asks the holder of, with nothing said of where or when ("... at the moment", "... named
# in the table": the last word is then no post)
_HOLDER_ASKED = re.compile(r"^(?!.*\b(?:for|of|in|at|on|to|by|from|with|before|after|until|till|during|since|now)\b)"
                           r"\W*who(?:'s|s|\s+is|\s+are|\s+was|\s+were)\s+(?:[\w&'’.-]+\s+)*?([a-z]{4,})\W*$", re.IGNORECASE)


def _said_same(words: frozenset[str], stem: str, lex: Lexicon) -> frozenset[str]:
    """The papers' stems of words a question word stands for (bot/answering/shortfall.py)."""
    return frozenset(s for s in map(lex.tokenizer.stem, words) if s != stem and lex.df(s))


_DIGIT_WORDS = {str(n): w for w, n in NUMBER_WORDS.items() if n}
_MONTH_WORDS = {calendar.month_abbr[n].lower(): calendar.month_name[n].lower() for n in range(1, 13)} | {"sept": "september"}


def _written_out(word: str, lex: Lexicon) -> frozenset[str]:
    """A small number or a month as the papers may write it instead: "6" as "six", "dec" and
    "December" either way round. (A number word is not turned into digits: "four-hour" names a standard.)"""
    others = {_DIGIT_WORDS.get(word), _MONTH_WORDS.get(word), *(a for a, m in _MONTH_WORDS.items() if m == word)} - {None}
    stems = {lex.tokenizer.stem(o) for o in others if o}
    return frozenset(st for st in stems if lex.df(st))


def _joined(words: list[str], at: int, lex: Lexicon) -> frozenset[str]:
    """A compound written as two words in the question and as one in the papers ("hand over" and
    "handover", "sign off" and "signoff", "work force" and "workforce", "drawing down" and "drawdown"): the
    word is of that one's family."""
    out = set()
    for a, b in ((at - 1, at), (at, at + 1)):
        if 0 <= a and b < len(words) and words[a].isalpha() and words[b].isalpha():
            # "handing over" is "handover" too: the verb's stem joined to the word after it
            for first in dict.fromkeys((words[a], lex.tokenizer.stem(words[a]))):
                joined = lex.tokenizer.stem(first + words[b])
                if len(first + words[b]) >= 6 and lex.df(joined):
                    out.add(joined)
    return frozenset(out)


def grid_asked(analysis: Analysis) -> bool:
    """A must-do question the coverage grid answers: which programmes cover a must-do, and how. Who
    leads a must-do, or when its gap will close, the grid does not say: those are asked of every text,
    with the must-do's words as what it is about."""
    return analysis.mustdo and not (analysis.want == "person" and analysis.roles or analysis.want in ("date", "money", "contact"))


def _questioned(text: str) -> str:
    """The question without what a chat adds after its question mark ("who's the PM on SW1? lab managers
    want a contact for the transition plan"): the roles and remit asked are the question's, not those of
    why it is asked. A question whose last sentence asks is kept whole."""
    end = text.rfind("?")
    return text[:end + 1] if 0 < end < len(text.rstrip()) - 1 else text


def _priority_code(analysis: Analysis, lex: Lexicon) -> None:
    """"Priority 4" asked, "P4" written (a slide's box, a matrix's column, a tracker's Ref): the code stands
    for both words of the name, as the papers use it ("P4 Urgent & Emergency Care")."""
    code = analysis.priority
    if not code or not code.startswith("P"):
        return
    stem, number = code.lower(), code[1:]
    named = [t for t in (lex.tokenizer.stem("priority"), number) if t in analysis.terms]
    if len(named) == 2 and lex.df(stem):
        for term in named:
            analysis.kindred[term] = analysis.kindred.get(term, frozenset()) | {stem}


def _form_stems(analysis: Analysis, lex: Lexicon) -> set[str]:
    """Words that say the question's form, not its topic: the wording of a must-do grid question and
    of the must-do it names (that is a constraint now), or of a "what's due" question."""
    tok = lex.tokenizer
    words: set[str] = set()
    worded: set[str] = set()
    if grid_asked(analysis):
        words |= MUSTDO_FORM_WORDS | {*map(str, analysis.mustdos)}
        for n in analysis.mustdos:
            words |= {*KEYWORDS.get(n, ()), MUSTDOS[n]}
            worded |= _wording_stems(lex, n)
    if analysis.want == "text" and asks_definition(analysis.asked):
        words |= DEFINITION_FORM_WORDS  # "what does TESCR stand for?" is about TESCR
    if analysis.want == "yesno" and DECIDED.asks(analysis.asked):
        words |= DECISION_FORM_WORDS  # "was the overnight closure approved?" is about the closure
    stems = {t for w in words for t in tok(w)} | worded
    if analysis.window is not None:
        stems |= {t for w in WINDOW_FORM_WORDS for t in tok(w)}
        # the window's own words ("q4", "jan", "2017"); a season only where it is the window ("in summer 2016"),
        # not where another period is ("the winter funding for 27/28": winter is what the funding is for)
        label = analysis.window.label.lower()
        named = _named_numbers(analysis.asked or analysis.text, tok.stopwords)
        stems |= {t for t in analysis.words if _DATE_WORD.match(t) and (t not in _SEASONS or t in label) and t not in named}
        stems |= {t for w in count_words(label) for t in tok(w)}  # "the next two months": "two" is the window's
    return stems


_DATE_WORD = re.compile(r"^(?:q[1-4]|qtr|quarter|\d{1,4}|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|januari|februari|march|"
                        r"april|june|juli|august|septemb|octob|novemb|decemb|spring|summer|autumn|winter|week|month|year)$")


_SEASONS = frozenset({"spring", "summer", "autumn", "winter"})
# A kind of work named as what is asked ("which workstream", "who's the lead programme"), not a post in it
# ("the programme lead", "which programme leads are named")
_WORK_ASKED = re.compile(r"\b(?:which|what|whos|who\s+is|who\s+are)\s+(?:the\s+)?(?:lead\s+|leading\s+|main\s+|primary\s+|stp\s+|local\s+)*"
                         r"(?:programmes?|progs?|workstreams?|work\s+streams?|priorit(?:y|ies)|projects?|schemes?|initiatives?)\b"
                         r"(?!\s+(?:lead|manager|director|owner|sro|clinical|senior|exec|executive)\b)(?!\s+leads\s+(?:are|were|is|named|listed)\b)")
# "Priority 6", "Lot 4", "NHS 111": a number written after a word it belongs to, not counting a period after it
# ("62 day", "4hr", "3 yrs") nor standing in a date ("March 2021", "month 6", "18/19")
_NAMED_NUMBER = re.compile(r"\b([a-z][a-z&]*)\s+(\d{1,3})(?![\d/.:-]\d)(?!\s*(?:hours?|hrs?|h|days?|weeks?|wks?|months?|mths?|"
                           r"years?|yrs?|minutes?|mins?|am|pm|st|nd|rd|th)\b)")


def _named_numbers(text: str, stopwords: frozenset[str]) -> frozenset[str]:
    """The numbers a question writes as part of a name ("how much is Priority 6 expected to save by 2020/21?"):
    what it asks about, though a window is asked too."""
    return frozenset(m.group(2) for m in _NAMED_NUMBER.finditer(text.lower())
                     if m.group(1) not in stopwords and not _DATE_WORD.match(m.group(1)) and not _MONTH_WORD.match(m.group(1)))


_MONTH_WORD = re.compile(r"^(?:january|february|march|april|may|june|july|august|september|october|november|december|"
                         r"sept|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec|w/?c|wc|commencing|end|mid|early|late|by|fy|q)$")
# "in total (all 4 lots)", "across all six programmes": the count of the whole, which names no one of its parts
_ALL_COUNTED = re.compile(r"\ball\s+(?:the\s+|our\s+|of\s+the\s+)?(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
                          r"\s+(?:[a-z&-]+\s+)?[a-z-]+s\b")
MONEY_NOUN_SHARE = 0.25
MONEY_NOUNS = frozenset("funding fund funds money budget cost costs investment saving savings worth spend spent pounds "
                        "income allocation".split())


def dated_form(analysis: Analysis) -> bool:
    """A question about what falls in a window of time ("what's due next month?"), not about a named
    thing's date, owner or amount."""
    if analysis.window is not None and analysis.window.soonest:
        return True  # "which milestone falls due next, and when?": the soonest items, each with its date
    if analysis.window is None or set(analysis.wants) & {"person", "date", "number", "money"}:
        return False
    return analysis.window.relative or bool(analysis.words & DUE_STEMS)


DUE_STEMS = frozenset({"due", "mileston", "deliv", "deliver", "deadlin", "land", "complet", "happen", "done"})


def _wording_stems(lex: Lexicon, number: int) -> frozenset[str]:
    """The stems of every wording the matrices give must-do `number`, worked out once per version: a
    national corpus's matrices write each must-do a thousand ways (near-copies), and every must-do
    question read them all into stems again (a quarter of "which priorities in Central Lancs cover must
    do 4?" at 1000x)."""
    known: dict[int, frozenset[str]] = lex.index.memo("must-do wording stems", dict)
    if number not in known:
        known[number] = frozenset(t for r in _mustdo_rows(lex) if r["mustdo"] == number for t in lex.tokenizer(r["description"]))
    return known[number]


def read_mustdo_wordings(lex: Lexicon) -> None:
    """Every must-do's wording stems worked out when a version opens for askers (warmup.prepare), not at
    the first question naming it: at 1000x each took 60-90 ms of that question (372 ms over the 44 dev)."""
    for number in MUSTDOS:
        _wording_stems(lex, number)


def _mustdo_rows(lex: Lexicon) -> list[dict]:
    """One row per must-do wording as the matrices write it."""
    def read() -> list[dict]:
        seen: dict[tuple, dict] = {}
        if "mustdos" not in lex.index.db.table_names():
            return []
        # two columns of every matrix cell, not whole rows: a national corpus has a hundred thousand cells
        for number, description in lex.index.db.execute("select mustdo, description from mustdos order by rowid"):
            seen.setdefault((number, description), {"mustdo": number, "description": description or ""})
        return list(seen.values())

    return lex.index.memo("must-do wordings", read)


def _weight(word: str, stem: str, lex: Lexicon) -> tuple[float, frozenset[str]]:
    """A word's weight, and the stems of its spelled-out form when it is an abbreviation."""
    expansion = lex.expansions.get(word) or (lex.expansions.get(word[:-1]) if word.endswith("s") and len(word) > 2 else None)
    if not expansion:  # ("ceos": more than one "ceo")
        if not lex.df(stem) and lex.in_file_names(stem):
            return math.log((lex.n_docs + 0.5) / 1.5), frozenset()  # as rare as one paper's word, no rarer
        return lex.idf(stem), frozenset()
    spelled = frozenset(lex.tokenizer(expansion)) - {stem}
    weights = [lex.idf(s) for s in spelled if lex.df(s)]
    if lex.df(stem):
        weights.append(lex.idf(stem))
    return (max(weights) if weights else lex.unknown_weight), spelled


# The footprint's kind before the kind of work it does ("no STP programme against it", "the ICS workstreams"):
# says whose the work is, as "our" does, not what it is about
_OWN_WORK = re.compile(r"\b(stps?|ics|icp|icb|partnership)\s+(?=(?:programmes?|workstreams?|work ?streams?|priorit(?:y|ies)|schemes?|"
                       r"initiatives?|projects?)\b)")

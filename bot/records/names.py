"""Who a capitalised phrase is: a person's name ("Dr Jane Example", "Foluke Ajayi"), or the words of a
body, a heading or a job that only look like one ("Corporate Functions", "NHS Saltmarsh Vale CCG",
"Programme Manager"). Read wherever the papers are searched for people (bot/records/people.py) and
where answers name them."""

import re
from collections.abc import Container, Iterable, Iterator

from bot.textnorm import squash

TITLES = r"(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Cllr|Councillor|Sir|Dame|Rev|Lord|Lady)"
# A name's word; each part of a hyphenated one is capitalised ("Bramwell-Hayes", not "Walk-in").
_WORD = r"[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+|['’][A-Z]?[a-zà-ÿ]+)*(?![A-Za-zà-ÿ]|-[a-z])|Mc[A-Z][a-z]+|Mac[A-Z][a-z]+|O'[A-Z][a-z]+"
# A surname written in capitals after the given name ("Ottilie BRAMHALL", "Lavinia STRUDWICK-AMOAH"), as some
# papers write every person; long enough, and with vowels enough, to be no acronym ("Marlhaven CCG", "Shadow ICS").
_CAPITALS = r"[A-Z]{2,}(?:-[A-Z]{2,})*(?![\w-])"
_CAPITAL_SURNAME = re.compile(r"^[A-Z]{2,}(?:-[A-Z]{2,})*$")
MIN_CAPITAL_SURNAME = 5
# spaces only: a name never runs over a tab into the next cell; after a title, an initial may stand for the
# given name ("Dr T Mwangi-Rourke")
# The lower-case particles of a surname ("Anouk de Villiers-Hobbs", "Pieter van der Berg", "Ana da Silva").
_PARTICLE = r"(?:de|van|von|da|di|du|del|della|der|den|le|la|ter|ten)(?: (?:der|den|la|le))?"
NAME = rf"(?:{TITLES}\.? +[A-Z]\.? +(?:{_WORD})(?![ ][A-Z][a-z])|(?:{TITLES}\.? +)?(?:{_WORD})(?:(?: +{_PARTICLE})? +(?:{_WORD})){{1,3}}|" \
       rf"(?:{TITLES}\.? +)?(?:{_WORD})(?: +(?:{_WORD})){{0,2}} +{_CAPITALS})"


# Words of organisations, documents, roles and calendars: a capitalised phrase holding one is not a name.
NOT_NAME_WORDS = frozenset(
    "nhs trust trusts hospital hospitals board boards council councils group groups committee programme programmes "
    "plan plans care health healthier service services team teams partnership partnerships partners system systems "
    "foundation university clinical commissioning ccg ccgs icb icp ics stp ldp network networks centre center office "
    "house road street lane unit ward practice practices surgery limited ltd plc forum panel alliance england "
    "scotland wales county city borough district north south east west central executive director directors officer "
    "lead leads chair chairman vice member members sro manager head deputy chief annex appendix section report paper dear "
    "interim acting associate assistant senior principal "  # a job's first words ("Interim Director of ...")
    "meeting minutes agenda action actions item january february march april may june july august september october "
    "november december monday tuesday wednesday thursday friday saturday sunday key milestones milestone initiatives "
    "initiative scheme owner owners risks governance national local regional quality primary mental acute urgent "
    "emergency digital community workforce finance financial estates strategy transformation sustainability "
    "integrated development delivery review update summary the our this these it we mental medical public "
    # the head nouns of bodies and places ("Greywater Royal Infirmary", "Ellisvale General", "Healthwatch Together")
    "infirmary royal general college school institute clinic hospice pharmacy healthwatch agency authority "
    "department directorate commission society association federation hub academy campus "
    # the head nouns of places that are no one's surname ("Ormsby Vale", "Skelbrook Coast", "the Wolds")
    "vale valley coast coastal fen fens wolds dales moors "
    # the words of a venue's name ("Pellmoor Town Hall", "Thornleigh Civic Centre", "Ashby Village Hall")
    "town village civic "
    "why what who whom whose how when where which".split())  # a heading asking a question ("Why Cattermouth Bay")


class PaperWords(frozenset):
    """The words the papers write in lower case, with everyday English and the people the papers'
    records name beside them: a capitalised phrase of everyday words, one of them written in lower case
    somewhere ("Evaluation Midwife Case Loading", "Corporate Functions"), is a heading, not a person,
    unless the records name that person ("Mark Spencer", with his role). A person's name has a word of
    its own ("Foluke Ajayi") or an honorific ("Dr Mark Spencer")."""

    everyday: Container[str]
    known: frozenset[str]
    places: frozenset[str]

    def __new__(cls, words: Iterable[str], everyday: Container[str], known: Iterable[str] = (),
                places: Iterable[str] = ()) -> "PaperWords":
        made = super().__new__(cls, words)
        made.everyday = everyday
        made.known = frozenset(known)
        made.places = frozenset(places)
        return made

    def heading_words(self, words: list[str]) -> bool:
        """Everyday words, one written in lower case; or a word of a plan area's name ("Pan Lancashire"),
        or a plan area's whole name ("Fylde Coast")."""
        if " ".join(words) in self.places:
            return True  # a plan area's name, even where a record took it for someone's
        if " ".join(words) in self.known:
            return False
        return any(w in self.places for w in words) or (all(w in self.everyday for w in words) and any(w in self for w in words))


def person_name(text: str, common: frozenset[str] | set[str] = frozenset()) -> str | None:
    """The person a short text names ("Dr Jane Example", "Foluke Ajayi"), else None. `common` are words
    the papers also write in lower case: a phrase made only of those ("Corporate Functions") is no name."""
    m = re.match(rf"\s*({NAME})\s*$", squash(text))
    if not m:
        return _initialled(squash(text), common)
    name = m.group(1)
    last = name.split()[-1]
    if re.fullmatch(TITLES + r"\.?", last):
        return None  # "Visiting Professor", "Associate Professor": a post ending in an honorific, no one's surname
    if _CAPITAL_SURNAME.match(last) and (len(last.replace("-", "")) < MIN_CAPITAL_SURNAME or sum(c in "AEIOUY" for c in last) < 2):
        return None  # "Digital SRO", "Partnership NHSE": an acronym after a word, not a surname
    words = [w.lower().strip(".") for w in name.split()]
    titled = re.match(TITLES + r"\b", name) is not None
    rest = words[1 if titled else 0:]
    if any(w in NOT_NAME_WORDS or w[:-1] in NOT_NAME_WORDS and w.endswith("s") for w in rest):  # "Officers" too
        return None
    if not titled and common and rest[-1] in common and any(w in common for w in rest[:-1]):
        return None  # "Corporate Functions", "Midwife Case Loading Project": everyday words, capitalised
    if not titled and isinstance(common, PaperWords) and common.heading_words(rest):
        return None
    return name


# A whole cell naming someone by an initial and surname ("P Wainscott-Obi", "Dr A Kittredge"), as a
# register short of width writes its people.
_INITIALLED = re.compile(rf"\s*((?:{TITLES}\.? +)?[A-Z]\.? +(?:{_WORD}))\s*$")


def _initialled(text: str, common: Container[str]) -> str | None:
    """A cell of an initial and a surname, the surname no word the papers write in lower case ("A
    Review" is no one) nor a word of a body or a job."""
    m = _INITIALLED.match(text)
    if not m:
        return None
    surname = m.group(1).split()[-1].lower()
    if surname in NOT_NAME_WORDS or surname in common or any(part in NOT_NAME_WORDS for part in surname.split("-")):
        return None
    return m.group(1)


def names_in(text: str, common: frozenset[str] | set[str] = frozenset()) -> Iterator[tuple[int, int, str]]:
    """(start, end, name) of every person named in a text; a name written surname first ("Farrimond, Duncan")
    is given as "Duncan Farrimond", its span the written form."""
    inverted = list(_inverted_names(text, common))
    yield from inverted
    for m in re.finditer(NAME, text):
        if any(a <= m.start() < b for a, b, _ in inverted):
            continue  # the given name of "Tregarthen, Dr Ewan" is no one of its own
        name = trim_name(m.group(0), _job_follows(text[m.end():]))
        if name and name == m.group(0).strip() and _BODY_BEFORE.search(text[:m.start()]) and _BODY_AFTER.match(text[m.end():]):
            continue  # "NHS Saltmarsh Vale CCG": a body's name between its kind's words, not a person's
        if name and person_name(name, common):
            start = m.start() + m.group(0).index(name)
            yield start, start + len(name), name


# A name written surname first ("Farrimond, Duncan", "Tregarthen, Dr Ewan"), as registers of interests,
# interviewee lists and alphabetical member lists write them: only where it fills its line or cell, so that
# "Blackburn, Burnley, Pendle" (a second comma) and "Lancaster, Morecambe" in prose are not read as people.
_INVERTED = re.compile(rf"(?:^|(?<=[|\n;•\t]))[ \t*_]*(?P<surname>{_WORD}),[ \t]+(?P<given>(?:{TITLES}\.?[ \t]+)?(?:{_WORD})"
                       rf"(?:[ \t]+[A-Z]\.?)?)[ \t*_]*(?=$|[|\n;\t(])", re.M)


def inverted_name(text: str, common: Container[str] = frozenset()) -> str | None:
    """The person a whole line or cell names surname first ("Farrimond, Duncan" -> "Duncan Farrimond"), else None."""
    found = next(_inverted_names(text, common), None)
    return found[2] if found and not text[:found[0]].strip(" \t*_") and not text[found[1]:].strip(" \t*_") else None


def _inverted_names(text: str, common: Container[str]) -> Iterator[tuple[int, int, str]]:
    """Neither word a word of a body or role, one the papers write in lower case, or a plan area's."""
    places = common.places if isinstance(common, PaperWords) else frozenset()
    for m in _INVERTED.finditer(text):
        surname, given = m.group("surname"), m.group("given")
        own = re.sub(TITLES + r"\.?\s+", "", given).split()[0]
        words = [w.lower() for w in (*surname.split("-"), own)]
        if any(w in NOT_NAME_WORDS or w in common or w in places for w in words):
            continue
        yield m.start("surname"), m.end("given"), f"{given} {surname}"


# Words around a body's name: "NHS ... CCG", "NHS ... Foundation Trust"
_BODY_BEFORE = re.compile(r"\bNHS\s+$")
_BODY_AFTER = re.compile(r"\s+(?:CCG|CSU|ICB|ICS|STP|Trust|Foundation|Council|Hospitals?|Infirmary|Partnership)\b")


# The last word of a job title ("Programme Manager", "Director"), never of a body's name ("Vale Community Trust").
_JOBS = frozenset("manager director directors officer lead chair chairman sro head".split())
_JOB_NEXT = 2  # words after a capitalised run in which a job's last word ends the title it starts


def _job_follows(after: str) -> bool:
    """Whether the words right after a run of capitalised words end a job title ("... Chief Finance"
    then "Officer & Deputy ..."): the run is a name and the start of the title written after it."""
    words = re.findall(r"[A-Za-z]+", after[:40])[:_JOB_NEXT]
    return bool(after[:1].isspace()) and any(w.lower() in _JOBS for w in words) and words[0][:1].isupper()


# Words a job title opens with, never a surname's: "Consultant Orthopaedic Surgeon", "Chief Operating Officer"
_JOB_OPENERS = frozenset("chief director officer consultant manager lead deputy interim acting associate assistant senior "
                         "principal clinical medical programme chair gp accountable executive matron nurse geriatrician "
                         "surgeon psychiatrist physician paediatrician midwife pharmacist therapist commissioner".split())


def trim_name(text: str, job_follows: bool = False) -> str:
    """Drop leading words that cannot start a name ("Chair Helena Marchbank" -> "Helena Marchbank");
    after an honorific, or where the run ends in a job ("Ben Oduya Programme Manager") or runs on into
    one ("Marcus Ilesanmi Chief Finance" then "Officer"), drop the job title that runs on from the name
    ("Mrs Claire Richardson Director of ..." -> "Mrs Claire Richardson"): the honorific or the job says
    a person is named."""
    words = text.split()
    while words and words[0].lower().strip(".") in NOT_NAME_WORDS and not re.fullmatch(TITLES + r"\.?", words[0]):
        words = words[1:]
    titled = bool(words) and bool(re.fullmatch(TITLES + r"\.?", words[0]))
    # "Dr Morwenna Castell Consultant Geriatrician", "Graham Tolliver Deputy Chief Executive": a job's opening
    # word after a first name and a surname starts the job written on after the name
    first = 1 if titled else 0
    cut = next((k for k in range(first + 2, len(words)) if words[k].lower().strip(".,") in _JOB_OPENERS), None)
    if cut is not None:
        words = words[:cut]
    if titled or job_follows or words and words[-1].lower().strip(".") in _JOBS:  # "Ben Oduya Programme Manager": a job runs on from the name
        while len(words) > (3 if titled else 2) and words[-1].lower().strip(".") in NOT_NAME_WORDS:
            words = words[:-1]
    return " ".join(words) if len(words) >= 2 else ""

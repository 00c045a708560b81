"""What staff call a service and what the papers call it. Staff say "the new walk-in centre" or "the
minor injuries unit" for what NHS England's 2017 standard named the urgent treatment centre (UTC),
the one name walk-in centres, minor injury units and urgent care centres were brought under; they ask
when a service will "start seeing patients" or "open its doors" where a paper says it will open.
Read in the papers' words, such a question finds the lines that answer it instead of weighing words
no paper uses. Each rewrite holds only where the papers do not use the asker's word themselves (a
paper that writes "replacing the walk-in centre" means by it what it says)."""

import re

from bot.answering.lexicon import Lexicon

# The everyday names of the urgent treatment centre, and the word in each that a paper using the
# everyday name would write (when the papers write it, the name is theirs and is left as it is).
_UTC_EVERYDAY = re.compile(
    r"\b(?:(?:24[- ]?hour|24/7|round[- ]the[- ]clock|new|urgent)\s+)*"
    r"(?:walk[- ]in(?:\s+(?:urgent(?:\s+care)?|minor\s+injur(?:y|ies)(?:\s+(?:and|&)\s+illness(?:es)?)?))?"
    r"|minor\s+injur(?:y|ies)(?:\s+(?:and|&)\s+illness(?:es)?)?)"
    r"\s+(?:centre|center|unit|service|clinic)s?\b"
    r"(?:\s+for\s+minor\s+injur(?:y|ies)(?:\s+(?:and|&)\s+illness(?:es)?)?)?", re.IGNORECASE)
_UTC = "urgent treatment centre"
_UTC_STEMS = ("urgent", "treatment")

# NHS 111 as staff describe it: "the non-emergency number", "the non-emergency phone line" (not
# "non-emergency transport", which is another service).
_NHS111_EVERYDAY = re.compile(r"\b(?:the\s+)?non[- ]?emergency\s+(?:(?:tele)?phone\s+(?:number|line|helpline|service)s?|(?:tele)?phone"
                              r"|number|line|helpline|call\s+line)\b", re.IGNORECASE)
_NHS111 = "NHS 111"

# GP appointments "in the evenings and at weekends" are what the GP Forward View named extended (or
# improved) access; the names the papers may use for it, in the order they are looked for.
_OUT_OF_HOURS_GP = re.compile(r"\bevenings?\s*(?:and|or|&|\+|/|-)\s*(?:at\s+|on\s+)?(?:the\s+)?week-?ends?\b", re.IGNORECASE)
_GP_WORDS = re.compile(r"\b(?:gps?|appointments?|appts?|practices?|surgeries|surgery|access)\b", re.IGNORECASE)
_ACCESS_NAMES = ("extended access", "improved access", "extended hours")

# Staff's ways of saying a service opens: "start seeing patients", "open its doors", "start taking patients"
_OPENING = re.compile(r"\b(start|starts|begin|begins)\s+(?:seeing|taking|treating|accepting)\s+(?:patients|referrals|people)\b"
                      r"|\bopen\s+(?:its|their)\s+doors\b", re.IGNORECASE)


# "kick off" as staff say a start ("when does the consultation kick off?"): the papers write start, begin, launch
_KICK_OFF = re.compile(r"\bkick(s|ed|ing)?\s+off\b", re.IGNORECASE)


def in_papers_words(text: str, lex: Lexicon) -> str:
    """The question with the everyday names of services and of opening and starting in the papers' words."""
    return _started(_opened(_extended_access(_numbered(_official_names(text, lex), lex), lex), lex))


def _started(text: str) -> str:
    return _KICK_OFF.sub(lambda m: "start" + (m.group(1) or ""), text)


def _extended_access(text: str, lex: Lexicon) -> str:
    """GP appointments asked for "in the evenings and at weekends" are named as the papers name that
    service ("extended access"), beside the asker's words: a paper may write those too, of the GP
    service or of another ("a crisis café open evenings and weekends")."""
    if not _GP_WORDS.search(text):
        return text
    name = next((n for n in _ACCESS_NAMES if all(lex.df(lex.tokenizer.stem(w)) for w in n.split())), None)
    if name is None or name in text.lower():
        return text
    return _OUT_OF_HOURS_GP.sub(lambda m: f"{m.group(0)} ({name})", text, count=1)



def _numbered(text: str, lex: Lexicon) -> str:
    """The non-emergency number asked is NHS 111, where the papers name 111 (a paper calling 111 "the
    non-emergency number" names it by 111 too, so its line is still found)."""
    if not lex.df(lex.tokenizer.stem("111")):
        return text
    return _NHS111_EVERYDAY.sub(_NHS111, text)


def _official_names(text: str, lex: Lexicon) -> str:
    if not all(lex.df(lex.tokenizer.stem(w)) for w in _UTC_STEMS):
        return text  # the papers name no urgent treatment centre: the asker's words stand

    def official(m: re.Match[str]) -> str:
        said = m.group(0)
        distinctive = [w for w in re.findall(r"[a-z]+", said.lower()) if w in ("walk", "minor", "injury", "injuries", "illness", "illnesses")]
        if any(lex.df(lex.tokenizer.stem(w)) for w in distinctive if w != "minor"):
            return said  # the papers write "walk-in" or "minor injuries" themselves: their name, not staff's
        return _UTC

    return _UTC_EVERYDAY.sub(official, text)


def _opened(text: str, lex: Lexicon) -> str:
    if not lex.df(lex.tokenizer.stem("open")):
        return text
    return _OPENING.sub("open", text)

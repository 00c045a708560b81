"""A post the papers give as not yet filled: "Clinical lead: tbc", "SRO - not yet appointed", an owner
cell reading "TBC".

Asked who holds such a post, the plans do not say who: no one is named yet. So the line that says so
is never answered with the other person it names ("Bartholomew Quayle: SRO (... | Clinical lead: tbc)"
is not the clinical lead), and an owner cell of "TBC" is no owner. A post said to be *vacant* is a fact
the papers state (bot/answering/candidates/owners.py answers it); "to be confirmed" only says the
papers do not know yet."""

import re

from bot.answering.vocabulary import ROLES, WEAK_ROLES

# What stands in a post's place while no one is named in it.
PLACEHOLDER = (r"(?:tbc|t\.b\.c\.?|tba|t\.b\.a\.?|tbd|to be (?:confirmed|appointed|agreed|named|decided|determined|recruited)|"
               r"not yet (?:appointed|named|confirmed|agreed|identified|in post|recruited)|awaiting (?:appointment|confirmation)|"
               r"none (?:yet )?(?:appointed|named)|not (?:appointed|named) yet)")
_PLACEHOLDER_ONLY = re.compile(rf"^\W*{PLACEHOLDER}\W*$", re.IGNORECASE)
# between a post's label and what fills it: "Clinical lead: tbc", "clinical lead - TBC", "clinical lead (tbc)". Said in a
# sentence ("the Workforce Group, whose chair is to be confirmed") it may be another body's post the sentence names
_BETWEEN = r"\s*[:=\-–(]\s*"
# "Recruitment to clinical lead post unsuccessful", "recruiting to the SRO role": the post is still being filled
_RECRUITING = r"(?:recruitment|recruiting|re-?advertis(?:ed|ing)|advert(?:ised|ising)?)"


def is_placeholder(text: str) -> bool:
    """A cell or owner that only stands in for a name ("TBC", "to be confirmed")."""
    return bool(_PLACEHOLDER_ONLY.match(text))


def unfilled(role: str, text: str) -> bool:
    """The text gives the post as not yet filled, and nowhere names someone in it by its label."""
    if role in WEAK_ROLES:
        return False  # "lead: tbc" may be any lead
    low = text.lower()
    phrases = [p for p in ROLES.get(role, ()) if p in low]
    said = [p for p in phrases if re.search(rf"(?<![a-z]){re.escape(p)}(?![a-z]){_BETWEEN}{PLACEHOLDER}(?![a-z])", low)
            or re.search(rf"\b{_RECRUITING}\s+(?:to|for)\s+(?:the\s+|a\s+|our\s+)?{re.escape(p)}\s+(?:post|role|vacancy)\b", low)]
    if not said:
        return False
    # "Clinical lead: tbc ... Clinical lead: Dr Amara Sole" in one text: some line names someone in it
    return not any(re.search(rf"(?<![A-Za-z]){_spelled(p)}\s*[:\-–]\s*(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof)\b|[A-Z][a-z]+\s+[A-Z])", text)
                   for p in phrases)


def _spelled(phrase: str) -> str:
    """The phrase as a paper may capitalise it: "Clinical lead", "Clinical Lead", "SRO"."""
    return "".join(f"[{c.upper()}{c}]" if c.isalpha() else re.escape(c) for c in phrase)


def asked_post_unfilled(roles: list[str], text: str) -> bool:
    """Every strong role asked is given as not yet filled in the text."""
    strong = [r for r in roles if r not in WEAK_ROLES]
    return bool(strong) and all(unfilled(r, text) for r in strong)

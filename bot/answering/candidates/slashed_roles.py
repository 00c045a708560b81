"""A cell naming several people in the order its column's label names their roles.

Registers save width by writing a scheme's leadership in one column: "SRO / Clinical lead / Programme
manager" over "P Wainscott-Obi / Dr A Kittredge / S Lowther". The row states all three, but only the
person in the asked role's place holds it: "who is the clinical lead?" is answered by the second."""

from bot.answering.candidates import role_in
from bot.answering.vocabulary import WEAK_ROLES
from bot.records.header_rows import slashed_parts


def role_part(label: str, text: str, roles: list[str]) -> tuple[str, str] | None:
    """(the person, their role's label) where the label and the cell are joined by slashes into as many
    parts, and one part of the label names an asked role; else None. A role as broad as "lead" picks
    no part: the clinical lead and the programme lead may both be asked that way."""
    labels, names = slashed_parts(label), slashed_parts(text)
    if not labels or not names or len(labels) != len(names):
        return None
    for role in (r for r in roles if r not in WEAK_ROLES):
        held = [k for k, part in enumerate(labels) if role_in(role, part)]
        if len(held) == 1:
            return names[held[0]], labels[held[0]]
    return None

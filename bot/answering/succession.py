"""Asked who follows someone in a post, answered by the line saying who was put in it.

"Martin Quillfeather is leaving - who takes over as the senior lead?" and "now the CIO has retired, who
has taken over?" ask for a successor; board papers record one as an appointment ("The Board appointed
Bernadette Okonjo-Hale ... as SRO", "has nominated Gareth Pell", "X will take over from 1 December"),
where a plan's older lines still name whoever held the post before."""

import re
from collections.abc import Callable

from bot.answering.form_cues import Cue

SUCCESSOR_ASKED = re.compile(r"\b(?:take|takes|taking|took|taken) over\b|\breplac(?:e|es|ed|ing)\b|\bsucceed(?:s|ed|ing)?\b|\bsuccessor\b|"
                   r"\bin (?:his|her|their) place\b|\bstep(?:s|ped|ping)? (?:in|into|up)\b|\bfill(?:s|ed|ing)? (?:the|his|her|their) (?:post|role|shoes)\b",
                   re.IGNORECASE)
_STATES = re.compile(r"\b(?:appointed|nominated|appointment of|nomination of)\b|\b(?:take|takes|taking|took|taken) over\b|"
                     r"\breplac(?:e|es|ed|ing)\b|\bsucceed(?:s|ed|ing)?\b|\bsuccessor\b|\b(?:has|have) been (?:named|confirmed) as\b",
                     re.IGNORECASE)

SUCCESSOR = Cue("person", SUCCESSOR_ASKED, _STATES)


# "who owned it before the change of owner?", "who had OOH3 before van Loon took it over?", "the previous
# SRO": the holder the succession replaced is asked, not the one it put in the post
PREDECESSOR_ASKED = re.compile(r"\b(?:previous(?:ly)?|former(?:ly)?|predecessor|used to|outgoing|original(?:ly)?)\b|"
                               r"\bbefore\b[^?]{0,50}?\b(?:change|handover|hand-over|took (?:it )?over|takes? (?:it )?over|taking over|"
                               r"replaced|replacement|appointment|appointed|arrived|joined|new (?:owner|lead|sro|chair))\b", re.IGNORECASE)


def set_aside_newcomers(candidates: list, lead_person: Callable[[str], str | None]) -> None:
    """Asked who held a post before a succession: whoever a line stating the succession leads with is
    the newcomer, and no candidate led by them answers (a people record of the newcomer's post neither).
    `lead_person` gives the person an answer leads with."""
    def surname(candidate: object) -> str | None:
        name = candidate.item or lead_person(candidate.answer)
        return name.split()[-1].lower() if name else None

    newcomers = {surname(c) for c in candidates if _STATES.search(c.main) and c.item and c.item in c.main}
    for candidate in candidates if newcomers else ():
        if surname(candidate) in newcomers:
            candidate.eligible = False
# The words of that asking ("the original lead, before the handover"): which holder is asked, never what the
# post is for (the papers write "takes over from", not "handover")
PREDECESSOR_WORDS = re.compile(r"\b(?:previous(?:ly)?|former(?:ly)?|predecessor|outgoing|original(?:ly)?|before|change|handover|hand-over|"
                               r"replaced|replacement|appointment|appointed|arrived|joined)\b", re.IGNORECASE)

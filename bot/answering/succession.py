"""Asked who follows someone in a post, answered by the line saying who was put in it.

"Martin Quillfeather is leaving - who takes over as the senior lead?" and "now the CIO has retired, who
has taken over?" ask for a successor; board papers record one as an appointment ("The Board appointed
Bernadette Okonjo-Hale ... as SRO", "has nominated Gareth Pell", "X will take over from 1 December"),
where a plan's older lines still name whoever held the post before."""

import re

from bot.answering.form_cues import Cue

SUCCESSOR_ASKED = re.compile(r"\b(?:take|takes|taking|took|taken) over\b|\breplac(?:e|es|ed|ing)\b|\bsucceed(?:s|ed|ing)?\b|\bsuccessor\b|"
                   r"\bin (?:his|her|their) place\b|\bstep(?:s|ped|ping)? (?:in|into|up)\b|\bfill(?:s|ed|ing)? (?:the|his|her|their) (?:post|role|shoes)\b",
                   re.IGNORECASE)
_STATES = re.compile(r"\b(?:appointed|nominated|appointment of|nomination of)\b|\b(?:take|takes|taking|took|taken) over\b|"
                     r"\breplac(?:e|es|ed|ing)\b|\bsucceed(?:s|ed|ing)?\b|\bsuccessor\b|\b(?:has|have) been (?:named|confirmed) as\b",
                     re.IGNORECASE)

SUCCESSOR = Cue("person", SUCCESSOR_ASKED, _STATES)

"""Asked whether a proposal was agreed, answered by the line recording the decision.

"Was the proposal to close Corvell MIU overnight approved?" is a yes or no a decision log, a board's
minutes or a decision record gives as the decision's status ("Status: Rejected", "Decision: approved",
"The Board agreed ..."), where the paper's title line or the proposal's own wording only says what was
proposed."""

import re

from bot.answering.form_cues import Cue

_ASKS = re.compile(r"\b(?:approv(?:e|ed|al)|agree[ds]?|sign(?:ed)? off|accept(?:ed)?|reject(?:ed)?|turn(?:ed)? down|go(?:ne)? ahead|"
                   r"given the go-ahead|green[- ]lit|ratif(?:y|ied)|endorse[ds]?|supported|decided|decision)\b", re.IGNORECASE)
_STATES = re.compile(r"\b(?:status|decision|outcome|resolved|resolution)\s*[:-]\s*(?:not\s+)?(?:approved|agreed|accepted|rejected|declined|"
                     r"deferred|refused|endorsed|supported|superseded|withdrawn|ratified)\b|"
                     r"\b(?:was|were|has been|have been|is)\s+(?:not\s+)?(?:approved|agreed|accepted|rejected|declined|refused|deferred|"
                     r"endorsed|ratified|turned down)\b|\b(?:the\s+)?(?:board|committee|group|executive|sle|panel)\s+(?:approved|agreed|"
                     r"accepted|rejected|declined|refused|deferred|endorsed|ratified)\b|^\s*(?:approved|agreed|rejected|declined|deferred)\b",
                     re.IGNORECASE)

DECIDED = Cue("yesno", _ASKS, _STATES)

# The words asking for a decision say the question's form, not what it is about: "approved" in the
# question is not matched against a record approving something else.
DECISION_FORM_WORDS = frozenset("approve approves approved approval agree agrees agreed sign signed off accept accepted reject "
                                "rejected turn turned down go ahead ratify ratified endorse endorsed decided decision".split())

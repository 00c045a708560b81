"""A plan's financial gap asked in plain words. Every STP states a "do nothing" gap (what the system
would be short of if nothing changed) and a residual gap (what is left of it after the plan's
schemes); staff ask for both without those words: "how much would we be short if nothing changed?",
"how big a hole is left after everything?". In a question asking an amount, being short names the
gap, and what is left of it names the residual; "if nothing changed" is the do-nothing case."""

import re

# Words for the gap itself in a question asking an amount, each read as the papers' words for it (a
# paper's "short" is mostly "short-term", so the papers' words are the nouns alone). A deficit is
# another thing: a year's actual overspend, not what the plan projects and closes.
SHORTFALL_WORDS = frozenset("gap gaps shortfall shortfalls short hole holes outrun outruns".split())
PAPER_GAP_WORDS = frozenset("gap gaps shortfall shortfalls".split())
# Words for what remains of it, standing for each other only beside a shortfall word ("left of the gap")
RESIDUAL_WORDS = frozenset("residual remaining remains left uncovered unaccounted unclosed unfunded".split())
# "short" is the gap only said of what is short ("be short", "still short of money"), not before a
# noun ("a short list", "short, medium and long timelines")
_SHORT_AFTER = frozenset({"", "of", "by", "at", "in", "after", "over", "across", "for", "still", "overall", "then", "now"})
# "if nothing changed", "if nobody changed anything", "if we did nothing", "if things stayed as they are":
# the do-nothing case, as papers write it
DO_NOTHING = re.compile(r"\bif\s+(?:nothing|nobody|no\s?one)\s+(?:\w+\s+){0,2}?(?:changed?|changes|was\s+done|is\s+done|were\s+done|"
                        r"happens|happened|did\s+anything|does\s+anything)\b(?:\s+anything)?|\bif\s+no\s+changes?\s+(?:were|was|is|are)\s+made\b|"
                        r"\bif\s+(?:we|they|partners|the\s+system|the\s+footprint|it)\s+(?:did|do|does|had\s+done)\s+nothing\b|"
                        # "without any of the plan", "without the STP's schemes": the plan's work undone
                        r"\bwithout\s+(?:any\s+(?:of\s+)?)?(?:the\s+|our\s+|its\s+)?(?:plan|stp|changes?|action|intervention|schemes?)\b(?:'s\s+\w+)?|"
                        r"\bif\s+(?:things|everything|services|we)\s+(?:stay(?:s|ed)?|carr(?:y|ies|ied)\s+on|continue[sd]?|went\s+on|go\s+on)\s+"
                        r"(?:the\s+same|as\s+(?:they\s+are|it\s+is|we\s+are|now|before|today|things\s+are))\b", re.I)

AMOUNT_WANTS = frozenset({"number", "money"})


def do_nothing_said(text: str) -> str:
    """The question with its do-nothing case in the papers' words ("if nothing changed" -> "doing nothing")."""
    return DO_NOTHING.sub("doing nothing", text)


# A problem, hole or pressure said of money is the gap ("the money problem", "the financial pressure")
_MONEY_BEFORE = frozenset("money financial finance funding cash budget".split())
_MONEY_TROUBLE = frozenset("problem problems pressure pressures".split())


def shortfall_kin(words: list[str], wants: tuple[str, ...]) -> dict[int, frozenset[str]]:
    """For each word (by position) that names the gap or its residual in a question asking an amount,
    the other words that name the same."""
    if not AMOUNT_WANTS & set(wants):
        return {}
    short = [at for at, w in enumerate(words) if w in SHORTFALL_WORDS and (w != "short" or _said_short(words, at))
             or w in _MONEY_TROUBLE and at and words[at - 1] in _MONEY_BEFORE]
    if not short:
        return {}
    out = {at: PAPER_GAP_WORDS - {words[at]} for at in short}
    out |= {at: RESIDUAL_WORDS - {w} for at, w in enumerate(words) if w in RESIDUAL_WORDS}
    return out


def _said_short(words: list[str], at: int) -> bool:
    following = words[at + 1] if at + 1 < len(words) else ""
    return following in _SHORT_AFTER

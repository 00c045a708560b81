"""The whole footprint as a question's scope: "across the whole partnership area", "across the ICS",
"for all four places put together". Such a phrase says the figure asked is the footprint's own, not
what it is about: its words ("across", "area", "partnership") are no topic a line must repeat. Only a
phrase that says whole, entire, all or across is read so ("in the Fylde area" names where), or one naming the
footprint by its kind ("of the STP footprint", "for the system as a whole")."""

import re

_BODY = r"(?:partnership|system|stp|ics|icb|icp|footprint|patch|area|region|county|places|localities|boroughs|districts|ccgs|trusts|organisations)"
WHOLE_SCOPE = re.compile(
    r"\b(?:(?:across|throughout)\s+(?:(?:the|our|its|their)\s+)?(?:(?:whole|entire)\s+|all\s+(?:of\s+)?(?:(?:the|our)\s+)?(?:\w+\s+)?)?"
    rf"|(?:for|in|over|of)\s+(?:(?:the|our|its|their)\s+)?(?:whole|entire)\s+|(?:for|in|over|of)\s+all\s+(?:of\s+)?(?:(?:the|our)\s+)?(?:\w+\s+)?(?=\w+\s+put\s+together))"
    rf"(?:{_BODY}\s*){{1,2}}(?:\s*put\s+together)?")


# "the population of the STP footprint", "the gap for the system as a whole": the footprint itself, named
# by its kind ("footprint" is the whole by definition; "the STP" alone may name the plan, not the area).
WHOLE_FOOTPRINT = re.compile(
    r"\b(?:of|in|for|across|within|over)\s+(?:the|our)\s+(?:(?:stp|ics|icp|partnership|system)\s+)?footprint\b"
    r"|\b(?:of|in|for|across|within|over)\s+(?:the|our)\s+(?:stp|ics|icp|partnership|system)\s+as\s+a\s+whole\b")


# "across all programmes", "across both hospitals": each one of them summed or searched, the preposition
# says only how far the question reaches; what they are is the topic
ACROSS_EACH = re.compile(r"\b(?:across|throughout)(?=\s+(?:all|every|each|both)\b)")


def whole_scope(low: str) -> list[tuple[int, int]]:
    """Where a lower-case question says its scope is the whole footprint."""
    return [m.span() for pattern in (WHOLE_SCOPE, WHOLE_FOOTPRINT) for m in pattern.finditer(low)]


# A sum said in words rather than by "total": "how much do the six programmes save between them?", "all the
# schemes together", "added up", "altogether", "the programmes combined". How the figure is asked (the total
# of what follows or went before), never what it is about: a line need not say "together".
SUMMED = re.compile(r"\bbetween them\b|\b(?:added|adding|add|summed|put)\s+(?:(?:them|it\s+all|these)\s+)?(?:up|together)\b|\baltogether\b"
                    r"|\ball told\b|\bin all\b(?=\s*(?:[?,.;]|$))|(?<=[a-z]s)\s+(?:together|combined)\b")

# "every programme", "each of the schemes": how far a sum or a search reaches over the plan's parts, never a
# word a line must hold ("every" is no topic; a count stays one: "all nine hubs" are not hubs 1-3)
EACH_PART = re.compile(r"\b(?:every|each)(?=\s+(?:of\s+)?(?:(?:the|our|its|their|these)\s+)?(?:[a-z]+\s+)?(?:programmes?|workstreams?|schemes?|"
                       r"priorities|priority|initiatives?|projects?|strands?|places?|localities|locality)\b)")

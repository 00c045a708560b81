"""The whole footprint as a question's scope: "across the whole partnership area", "across the ICS",
"for all four places put together". Such a phrase says the figure asked is the footprint's own, not
what it is about: its words ("across", "area", "partnership") are no topic a line must repeat. Only a
phrase that says whole, entire, all or across is read so: "in the Fylde area" names where."""

import re

_BODY = r"(?:partnership|system|stp|ics|icb|icp|footprint|patch|area|region|county|places|localities|boroughs|districts|ccgs|trusts|organisations)"
WHOLE_SCOPE = re.compile(
    r"\b(?:(?:across|throughout)\s+(?:(?:the|our|its|their)\s+)?(?:(?:whole|entire)\s+|all\s+(?:of\s+)?(?:(?:the|our)\s+)?(?:\w+\s+)?)?"
    rf"|(?:for|in|over|of)\s+(?:(?:the|our|its|their)\s+)?(?:whole|entire)\s+|(?:for|in|over|of)\s+all\s+(?:of\s+)?(?:(?:the|our)\s+)?(?:\w+\s+)?(?=\w+\s+put\s+together))"
    rf"(?:{_BODY}\s*){{1,2}}(?:\s*put\s+together)?")


def whole_scope(low: str) -> list[tuple[int, int]]:
    """Where a lower-case question says its scope is the whole footprint."""
    return [m.span() for m in WHOLE_SCOPE.finditer(low)]

"""A document's title when its metadata gives none: its first line of a sensible length."""

from collections.abc import Iterable


def first_title(texts: Iterable[str]) -> str:
    for text in texts:
        text = " ".join(text.split())
        if 3 <= len(text) <= 150:
            return text
    return ""

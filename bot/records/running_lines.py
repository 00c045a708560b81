"""Running headers and footers: the lines a paper repeats on most of its pages.

A deck or report prints its title and date on every page, and a PDF's text often puts that footer
just after the slide's own title. Read as a heading there, it would take over from the title and leave
what the slide says under the paper's name instead of its subject ("Closing the gap by 2020/21" lost
to "Briefing for the Joint HOSC, 26 January 2017"). Where a running line is the first heading on its
page it still heads it (it may be all a page has to say what it is), and so it does as the last line of
its page (nothing on the page is left for it to take over): only the heading a page opened over a body
below the running line is kept."""

import re
from collections import defaultdict
from collections.abc import Iterable

from bot.models import SourceLine

# A running line's changing part: its page or slide number ("Slide 3", "Page 4 of 12", a bare "7"; never a year).
_PAGE_NUMBER = re.compile(r"\b(?:slide|page|p\.)\s*\d{1,4}(?:\s*of\s*\d{1,4})?\b|\b\d{1,3}\s*$", re.IGNORECASE)
MIN_PAGES = 3  # fewer pages than this and a repeated line is as likely a repeated heading


def running_key(text: str) -> str:
    """The line with its page number taken out, in one case and spacing, so page 2's and page 3's
    footers read as the same line."""
    return " ".join(_PAGE_NUMBER.sub(" ", text.lower()).split())


def running_lines(lines: Iterable[SourceLine]) -> frozenset[str]:
    """The keys of lines on at least half a paper's pages (and at least MIN_PAGES of them)."""
    return running_keys((line.page, line.text) for line in lines)


def running_keys(lines: Iterable[tuple[int | None, str]]) -> frozenset[str]:
    """`running_lines` of a paper's (page, text) pairs."""
    pages_of: defaultdict[str, set[int]] = defaultdict(set)
    pages: set[int] = set()
    for page, text in lines:
        if page is None:
            continue
        pages.add(page)
        key = running_key(text)
        if len(key) >= 12:  # ("Slide 3", "Contents": too short to say it is the paper's own running line)
            pages_of[key].add(page)
    need = max(MIN_PAGES, (len(pages) + 1) // 2)
    return frozenset(key for key, seen in pages_of.items() if len(seen) >= need)


def last_on_page(lines: list[SourceLine]) -> dict[int, int]:
    """Each page's last line with words on it, by its place in `lines`."""
    return {line.page: at for at, line in enumerate(lines) if line.page is not None and line.text.strip()}

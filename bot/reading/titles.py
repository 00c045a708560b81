"""What staff call a paper: its title and, when the paper states one, its date.

Citations name the paper this way ("Lancashire Health and Wellbeing Board: Update on the STP (13 December
2016), line 12"), never by file name. The title comes from the file's metadata when that is a real
title (not "untitled", not the file name, not "Microsoft Word - x.docx"), else from the paper's own
opening lines, else from the file name."""

import re
from collections.abc import Iterable, Sequence
from pathlib import PurePath

MAX_TITLE = 160
HEAD_LINES = 10  # non-empty lines at the top of a paper that may hold its title and date
_GENERIC_META = {"untitled", "anonymous", "(anonymous)", "document", "presentation", "powerpoint presentation",
                 "title", "slide 1", "draft", "word document", "document1", "sheet1", "book1", "workbook"}
_FILE_LIKE = re.compile(r"\.(?:docx?|pdf|pptx?|xlsx?|txt|md)$|^[\w-]*_[0-9a-f]{8,}$", re.I)
_LABEL = re.compile(r"^(?:(?:report|paper|document)\s+)?(?:title|subject)\s*:?(?:\t+|:\s+)\s*(.+?)(?:\t|$)", re.I)
# A first line that only says where the paper sits, not what it is: it is kept as a prefix.
_PLACE_ONLY = re.compile(r"^(?:appendix|annex|annexe|enclosure|attachment|agenda item|item|paper|schedule)\s+[\w.]{1,5}$", re.I)
_NOT_TITLE = re.compile(r"^(?:draft|confidential|official(?:[- ]sensitive)?|not for publication|page \d+|\d+|[-•·*]\s.*)$", re.I)
# A meeting body or organisation ("... Board", "... ICS", "... Programme") above the paper's subject line.
_BODY = re.compile(r"\b(?:board|committee|governing body|council|partnership|forum|meeting in common|system|ics|icb|"
                   r"ccg|trust|programme)(?:\s*\([^()]{2,20}\))?$", re.I)
_SMALL = {"and", "of", "the", "for", "to", "in", "on", "a", "an", "with", "by", "at"}
_MEETING_LINE = re.compile(r"^(?:meeting|date|held|to be held)\b", re.I)
_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|december"
           "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")
_DATE = re.compile(rf"\b(?:(\d{{1,2}})(?:st|nd|rd|th)?\s+)?({_MONTHS})\.?\s+(20\d\d|19\d\d)\b", re.I)
_DATE_LABEL = re.compile(r"^(?:(?:meeting|paper|report)\s+)?date\b|^(?:approved|issued|published|position|as at)\b", re.I)
DATE_LINES = 3  # the date may stand on any of the first lines; further down only on a labelled line
_FULL_MONTH = {m[:3]: m.capitalize() for m in _MONTHS.split("|")[:12]}


def meaningful(meta_title: str, file_name: str) -> str:
    """The metadata title when it names the paper; "" when it is a placeholder or the file name."""
    title = " ".join((meta_title or "").split())
    title = re.sub(r"^microsoft (?:word|powerpoint|excel)\s*-\s*", "", title, flags=re.I)
    stem = PurePath(file_name).stem.lower()
    if (len(re.findall(r"[A-Za-z]", title)) < 3 or title.lower() in _GENERIC_META or title.lower() == stem
            or _FILE_LIKE.search(title) or len(title) > MAX_TITLE):
        return ""
    return title


def _head(texts: Iterable[str]) -> list[str]:
    out: list[str] = []
    for text in texts:
        text = " ".join(text.split())
        if text:
            out.append(text)
        if len(out) >= HEAD_LINES:
            break
    return out


def heading_title(texts: Sequence[str]) -> str:
    """The title a paper gives itself in its opening lines: a "Report Title:" cell, else its first
    heading-length line, completed by the line under it where the first only places the paper
    ("Appendix A"), names the meeting ("... Board"), or is repeated in a fuller title below it."""
    raw_head = [t for t in texts[:60] if t.strip()][:30]
    for text in raw_head:
        m = _LABEL.match(text.strip())
        if m and 3 <= len(m.group(1).strip()) <= MAX_TITLE:
            return " ".join(m.group(1).split())
    untabbed = (t for t in texts if "\t" not in t.strip())  # a table row is no title
    head = [_calm(t) for t in _head(untabbed) if 3 <= len(t) <= MAX_TITLE and not _NOT_TITLE.match(t)
            and not re.fullmatch(r"[=_*#~-]{3,}", t)]
    if not head:
        return ""
    first, rest = head[0], head[1:4]
    following = [t for t in rest if not _MEETING_LINE.match(t) and not _DATE.fullmatch(t)]
    fuller = next((t for t in rest if first.lower() in t.lower() and len(t) > len(first)), None)
    if fuller:
        return fuller
    if following and (_PLACE_ONLY.match(first) or _BODY.search(first)) and len(first) + len(following[0]) < MAX_TITLE:
        return f"{first}: {following[0]}"
    return first


def _calm(text: str) -> str:
    """A heading set in capitals reads as a title: "ESTATES AND INFRASTRUCTURE" -> "Estates and Infrastructure";
    short words in capitals (ICS, NHS, SRO) stay as they are."""
    if sum(ch.isupper() for ch in text) < 0.8 * sum(ch.isalpha() for ch in text) or len(text.split()) < 3:
        return text
    words = []
    for n, word in enumerate(text.split()):
        low = word.lower()
        words.append(low if n and low in _SMALL else word if len(word.strip("(),:")) <= 3 else word.capitalize())
    return " ".join(words)


def stated_date(texts: Sequence[str]) -> str:
    """The date the paper gives itself at its head ("Meeting to be held on 13th December 2016",
    "Stakeholder Briefing - February 2016", "Meeting Date: 13 November 2019") as "13 December 2016";
    a date inside the prose below is about something else and is not taken."""
    lines = [t for t in texts[:60] if t.strip()][:HEAD_LINES]
    for n, text in enumerate(lines):
        squashed = " ".join(text.split())
        prose = len(squashed) > 120 or squashed.endswith(".")  # a sentence's date is about something else
        if (n >= DATE_LINES or prose) and not _DATE_LABEL.match(squashed):
            continue
        m = _DATE.search(squashed)
        if m:
            day, month, year = m.groups()
            name = _FULL_MONTH[month.lower()[:3]]
            return f"{int(day)} {name} {year}" if day else f"{name} {year}"
    return ""


def document_title(meta_title: str, texts: Sequence[str], file_name: str) -> str:
    """The title citations show: metadata, else opening lines, else the file name; with the paper's
    date in brackets when it states one and the title names no date of its own."""
    title = meaningful(meta_title, file_name) or heading_title(texts) or PurePath(file_name).stem
    when = stated_date(texts)
    if when and not _DATE.search(title):
        title = f"{title} ({when})"
    return title


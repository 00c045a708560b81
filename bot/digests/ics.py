"""Milestones as an iCalendar file (RFC 5545) that calendars can import or subscribe to.

Each dated milestone is an all-day event on its due date (the end of its period: 'Qtr 4' is
31 March), with the raw wording, owner and source in the description. UIDs are stable across
re-indexing so a subscribed calendar updates events instead of duplicating them.
"""

import hashlib
from datetime import date, datetime, timedelta, timezone

from bot.listing import resolve_area
from bot.index.store import PlanIndex
from bot.places import row_where

PRODID = "-//planbot//STP milestones//EN"


def escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n"))


def fold(line: str) -> str:
    """Lines longer than 75 octets continue on the next line after a space, never splitting a UTF-8 character."""
    out: list[str] = []
    current = ""
    size = 0
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > (75 if not out else 74):
            out.append(current)
            current, size = "", 0
        current += ch
        size += n
    out.append(current)
    return "\r\n ".join(out)


def _uid(row: dict) -> str:
    key = "|".join(str(row.get(k) or "") for k in ("area", "initiative", "text", "due_raw"))
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:24] + "@planbot"


def milestones_ics(index: PlanIndex, area: str | None = None, now: datetime | None = None) -> str:
    place = resolve_area(index, area)
    stamp = (now or datetime.now(timezone.utc)).strftime("%Y%m%dT%H%M%SZ")
    name = f"STP milestones: {place or 'all plan areas'}"
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
             f"X-WR-CALNAME:{escape(name)}"]
    rows = [r for r in index.table("milestones") if r.get("end") and (not place or r.get("area") == place)]
    seen: dict[str, int] = {}
    for row in sorted(rows, key=lambda r: (r["end"], r.get("area") or "", r["text"])):
        due = date.fromisoformat(row["end"])
        where = row_where(row)
        description = "\n".join(p for p in (
            f"Initiative: {row.get('initiative') or '-'}",
            f"Due (as written): {row.get('due_raw') or '-'}" + (f" ({row['start']} to {row['end']})" if row.get("start") else ""),
            f"Owner: {row['owner']}" if row.get("owner") else "",
            f"Source: {where}: \"{row['quote']}\"",
        ) if p)
        uid = _uid(row)
        seen[uid] = seen.get(uid, 0) + 1
        if seen[uid] > 1:  # the same milestone twice in one table keeps two events
            uid = uid.replace("@", f"-{seen[uid]}@")
        lines += ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{stamp}", f"DTSTART;VALUE=DATE:{due:%Y%m%d}",
                  f"DTEND;VALUE=DATE:{due + timedelta(days=1):%Y%m%d}",
                  f"SUMMARY:{escape((row.get('area') or 'STP') + ': ' + row['text'])}",
                  f"DESCRIPTION:{escape(description)}", "TRANSP:TRANSPARENT", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)

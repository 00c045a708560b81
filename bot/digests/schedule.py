"""When a subscribed channel's weekly digest is due, in the configured time zone (clock changes included).

Pure functions of an injected 'now', so the scheduler is tested without waiting. A digest is due
from its weekday and time until the end of that local day: a restart later on the posting day
still posts, a bot that was down all day does not post a stale digest the day after.
"""

from dataclasses import dataclass
from datetime import datetime, time
from zoneinfo import ZoneInfo

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def parse_weekday(value: str) -> int:
    """'mon', 'Monday' -> 0 ... 'sun' -> 6."""
    low = value.strip().lower()
    for n, name in enumerate(WEEKDAYS):
        if len(low) >= 3 and name.startswith(low):
            return n
    raise ValueError(f"'{value}' is not a weekday; use mon, tue, wed, thu, fri, sat or sun")


def parse_time(value: str) -> time:
    """'09:00', '9:30', '0930' -> time; anything else is a ValueError with the accepted form."""
    text = value.strip().replace(".", ":")
    if text.isdigit() and len(text) in (3, 4):
        text = f"{text[:-2]}:{text[-2:]}"
    try:
        hours, minutes = (int(p) for p in text.split(":"))
        return time(hours, minutes)
    except ValueError:
        raise ValueError(f"'{value}' is not a time of day; use HH:MM on the 24-hour clock, e.g. 09:00") from None


@dataclass(frozen=True)
class Slot:
    weekday: int
    at: time


def due_week(slot: Slot, now: datetime, zone: ZoneInfo) -> str | None:
    """The ISO week key ('2026-W48') whose digest is due at `now` (aware), or None if none is due now."""
    local = now.astimezone(zone)
    if local.weekday() != slot.weekday:
        return None
    start = datetime.combine(local.date(), slot.at, tzinfo=zone)
    if local < start:
        return None
    year, week, _ = local.date().isocalendar()
    return f"{year}-W{week:02d}"

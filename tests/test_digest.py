"""Weekly digests: the plain function, the CLI, iCalendar export, and when a channel's post is due."""

import json
from datetime import date, datetime, time, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.cli import main
from bot.digests.digest import build_digest, digest_text
from bot.digests.ics import fold, milestones_ics
from bot.digests.schedule import Slot, due_week, parse_time, parse_weekday

LONDON = ZoneInfo("Europe/London")


def test_digest_sections_due_upcoming_and_passed(plan_index) -> None:
    digest = build_digest(plan_index, date(2017, 1, 2), days=7, weeks=4, passed_days=14)
    by_section = {i.section: i.milestone for i in digest.items}
    assert by_section == {"upcoming": "Care home team in place", "passed": "New pathway agreed"}
    passed = next(i for i in digest.items if i.section == "passed")
    assert passed.due == "Qtr 3" and passed.owner.startswith("Alex Sample") and passed.area == "Fylde Coast"
    assert plan_index.quote_is_on_source(passed.citation.document, passed.citation.page, passed.citation.line,
                                         passed.citation.quote)
    text = digest_text(digest)
    assert "status unknown" in text and "overdue" not in text.lower() and " done" not in text.lower()


def test_due_this_week(plan_index) -> None:
    digest = build_digest(plan_index, date(2017, 3, 27), days=7, weeks=0, passed_days=0)
    assert [(i.section, i.milestone) for i in digest.items] == [("due", "Pathway implemented")]


def test_a_week_with_nothing_due_says_so(plan_index) -> None:
    digest = build_digest(plan_index, date(2019, 6, 3))
    assert digest.empty and "Nothing in the plans is due between 3 June 2019" in digest_text(digest)


def test_digest_for_an_area_the_papers_do_not_have_names_the_areas_they_do(plan_index) -> None:
    from bot.errors import PlanbotError

    with pytest.raises(PlanbotError, match="Unknown plan area 'Pennine'. The plan areas are: Fylde Coast"):
        build_digest(plan_index, date(2017, 1, 2), area="Pennine")


def test_cli_digest_json_items_carry_due_and_citation(index_dir: Path, capsys) -> None:
    assert main(["digest", "--as-of", "2017-01-02", "--json", "--index", str(index_dir)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["as_of"] == "2017-01-02" and not data["empty"]
    for item in data["items"]:
        assert item["due"] and set(item["citation"]) == {"document", "title", "page", "line", "section", "quote"}
    assert [i["status"] for i in data["items"] if i["section"] == "passed"] == ["unknown"]


@pytest.mark.parametrize("args", [["--days", "0"], ["--weeks", "99"], ["--area", "Atlantis"]])
def test_cli_digest_bad_arguments(index_dir: Path, capsys, args: list[str]) -> None:
    assert main(["digest", "--index", str(index_dir), *args]) == 2
    assert "Traceback" not in capsys.readouterr().err


def _unfold(text: str) -> list[str]:
    return text.replace("\r\n ", "").split("\r\n")


def test_ics_has_one_all_day_event_per_dated_milestone(plan_index) -> None:
    text = milestones_ics(plan_index, now=datetime(2026, 11, 23, tzinfo=timezone.utc))
    assert text.startswith("BEGIN:VCALENDAR\r\n") and text.endswith("END:VCALENDAR\r\n")
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    lines = _unfold(text)
    assert lines.count("BEGIN:VEVENT") == 3
    assert "DTSTART;VALUE=DATE:20170331" in lines and "DTEND;VALUE=DATE:20170401" in lines
    assert any(line.startswith("SUMMARY:Fylde Coast: Pathway implemented") for line in lines)
    uids = [line for line in lines if line.startswith("UID:")]
    assert len(set(uids)) == 3
    assert uids == [line for line in _unfold(milestones_ics(plan_index)) if line.startswith("UID:")]  # stable


def test_ics_escapes_and_folds_multibyte_text() -> None:
    line = "DESCRIPTION:" + "café; owner, £30m " * 10
    folded = fold(line)
    assert all(len(part.encode()) <= 75 for part in folded.split("\r\n"))
    assert folded.replace("\r\n ", "") == line


def test_cli_ics_writes_a_file(index_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "milestones.ics"
    assert main(["ics", "--area", "fylde", "--output", str(out), "--index", str(index_dir)]) == 0
    assert out.read_bytes().count(b"BEGIN:VEVENT") == 3


MONDAY_9 = Slot(0, time(9, 0))


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (datetime(2026, 3, 23, 8, 59, tzinfo=timezone.utc), None),        # GMT: 08:59 local
        (datetime(2026, 3, 23, 9, 0, tzinfo=timezone.utc), "2026-W13"),   # GMT: 09:00 local
        (datetime(2026, 3, 30, 7, 59, tzinfo=timezone.utc), None),        # clocks went forward: 08:59 BST
        (datetime(2026, 3, 30, 8, 0, tzinfo=timezone.utc), "2026-W14"),   # 09:00 BST
        (datetime(2026, 10, 26, 8, 30, tzinfo=timezone.utc), None),       # clocks went back: 08:30 GMT
        (datetime(2026, 10, 26, 9, 0, tzinfo=timezone.utc), "2026-W44"),
        (datetime(2026, 11, 23, 22, 59, tzinfo=timezone.utc), "2026-W48"),  # later on the posting day still posts
        (datetime(2026, 11, 24, 0, 30, tzinfo=timezone.utc), None),       # the day after: no stale digest
        (datetime(2026, 11, 22, 23, 30, tzinfo=timezone.utc), None),      # Sunday night
    ],
)
def test_due_week_in_london_time(now: datetime, expected: str | None) -> None:
    assert due_week(MONDAY_9, now, LONDON) == expected


def test_a_time_skipped_by_the_clock_change_still_posts_that_day() -> None:
    early = Slot(6, time(1, 30))  # Sunday 29 March 2026, 01:30 does not exist in London
    assert due_week(early, datetime(2026, 3, 29, 1, 0, tzinfo=timezone.utc), LONDON) == "2026-W13"


@pytest.mark.parametrize(("text", "expected"), [("mon", 0), ("Monday", 0), ("FRI", 4), ("sun", 6)])
def test_weekdays(text: str, expected: int) -> None:
    assert parse_weekday(text) == expected


@pytest.mark.parametrize(("text", "expected"), [("09:00", time(9)), ("9:30", time(9, 30)), ("1745", time(17, 45))])
def test_times(text: str, expected: time) -> None:
    assert parse_time(text) == expected


@pytest.mark.parametrize("text", ["25:00", "noon", "9", "mo"])
def test_bad_times_and_days(text: str) -> None:
    with pytest.raises(ValueError):
        parse_time(text) if text != "mo" else parse_weekday(text)

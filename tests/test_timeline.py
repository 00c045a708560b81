"""The timeline picture: milestones by NHS quarter, one row per initiative grouped by plan area, today
marked; the CLI file, /timeline, and the weekly digest's picture; an empty window is a clear sentence."""

import io
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from bot.cli import main
from bot.digests.timeline import build_timeline, coming_quarter, quarter_label, state_of
from bot.digests.timeline_png import ROW_INCHES, render_png, row_labels
from bot.errors import PlanbotError
from bot.index.store import PlanIndex
from tests.discord_harness import ADMIN_ROLE_ID, CHANNEL, INTEGER, OTHER_CHANNEL_ID, option
from tests.test_discord_digest import Clock, group, resolved_channels, start

BAY_ROWS = [
    "Bay Health & Care Partners", "  Integrated Services: developing the 12 ICCs…", "  Integrated children's services",
    "  Older people living with frailty", "  Planned care specialties: pathway redesign to…",
    "  Integrated maternity pathways", "  Long Term Conditions integrated pathways and…",
    "  Accountable Care Delivery Vehicle implementation",  # its first step is due December 2016/January 2017
    "  Furness Acute & Community Urgent Care model…", "  Baywide Cost Improvement Programme",
    "  Common Platform initiatives",
]


def _png_size(data: bytes) -> tuple[int, int]:
    from PIL import Image

    with Image.open(io.BytesIO(data)) as image:
        return image.size


@pytest.fixture(scope="module")
def bundled(bundled_dir: Path):
    index = PlanIndex.open(bundled_dir)
    yield index
    index.close()


def test_bay_timeline_has_a_row_per_initiative_under_its_area(bundled: PlanIndex) -> None:
    timeline = build_timeline(bundled, "Bay", None, None, date(2017, 1, 10))
    assert row_labels(timeline) == BAY_ROWS
    assert timeline.start == date(2016, 4, 1) and quarter_label(timeline.end) == "Q1 2018/19"
    png = render_png(timeline, dpi=100)
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = _png_size(png)
    assert width == 1300 and height == round(100 * (1.9 + ROW_INCHES * len(BAY_ROWS)))


def test_areas_group_the_rows_and_states_follow_today(bundled: PlanIndex) -> None:
    timeline = build_timeline(bundled, None, date(2016, 10, 1), date(2017, 9, 30), date(2017, 1, 10))
    headings = [label for label in row_labels(timeline) if not label.startswith("  ")]
    assert headings == ["Bay Health & Care Partners", "Central Lancashire", "Fylde Coast", "Pennine Lancashire",
                        "West Lancashire"]
    states = {state_of(i, timeline.today) for r in timeline.rows for i in r.items}
    assert states == {"passed", "due", "coming"}
    assert all(date(2016, 10, 1) <= i.end <= date(2017, 9, 30) for r in timeline.rows for i in r.items)


@pytest.mark.parametrize(("area", "start", "end", "said"), [
    (None, date(2030, 1, 1), date(2030, 12, 31), "No milestones in the plans fall due between 1 January 2030 and "
                                                  "31 December 2030. Their milestones fall due between"),
    ("Fylde", date(2016, 4, 1), date(2016, 4, 30), "No milestones in the plans for Fylde Coast fall due between"),
])
def test_an_empty_window_is_a_clear_sentence_not_an_empty_chart(bundled: PlanIndex, area, start, end, said) -> None:
    with pytest.raises(PlanbotError, match=said):
        build_timeline(bundled, area, start, end, date(2017, 1, 10))


def test_the_coming_quarter_is_this_one_and_the_next() -> None:
    assert coming_quarter(date(2017, 3, 27)) == (date(2017, 1, 1), date(2017, 6, 30))


def test_cli_writes_the_png_and_refuses_an_empty_window(index_dir: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "plan.png"
    assert main(["timeline", "--out", str(out), "--index", str(index_dir), "--as-of", "2017-01-10",
                 "--from", "Qtr 3 2016/17", "--to", "2017/18"]) == 0
    assert out.read_bytes().startswith(b"\x89PNG") and "2 initiatives, 3 milestones" in capsys.readouterr().err
    empty = tmp_path / "empty.png"
    assert main(["timeline", "--out", str(empty), "--index", str(index_dir), "--from", "2030-01-01"]) == 2
    assert "No milestones in the plans fall due between 1 January 2030" in capsys.readouterr().err
    assert not empty.exists()


async def test_timeline_command_attaches_the_picture(index_dir: Path, tmp_path: Path) -> None:
    h = await start(index_dir, tmp_path / "state.db", Clock(datetime(2017, 1, 10, 9, tzinfo=timezone.utc)))
    try:
        calls = await h.command("timeline", [option("area", "fylde")])
        sent = calls[-1]
        assert calls[0].payload["type"] == 5 and sent.data["embeds"][0]["image"]["url"] == "attachment://timeline.png"
        assert sent.data["attachments"][0]["filename"] == "timeline.png" and "2 initiatives, 3 milestones" in sent.text
        empty = await h.command("timeline", [option("from", "2030-01-01")])
        assert empty[-1].ephemeral and "No milestones in the plans fall due between 1 January 2030" in empty[-1].text
    finally:
        await h.close()
        h.client.state.close()


async def test_a_digest_subscription_can_attach_the_coming_quarters_picture(index_dir: Path, tmp_path: Path) -> None:
    clock = Clock(datetime(2017, 1, 2, 9, 5, tzinfo=timezone.utc))
    h = await start(index_dir, tmp_path / "state.db", clock)
    try:
        options = [option("channel", str(OTHER_CHANNEL_ID), CHANNEL), option("weekday", 0, INTEGER),
                   option("time", "09:00"), option("timeline", True, 5)]
        done = await h.command("digest", group("subscribe", options), resolved=resolved_channels(), roles=(ADMIN_ROLE_ID,))
        assert "with a timeline picture" in done[-1].text
        assert await h.client.get_cog("Digests").tick() == [(OTHER_CHANNEL_ID, "2017-W01")]
        posts = [c for c in h.recorder.calls if c.path == "/channels/{channel_id}/messages"]
        assert "Care home team in place" in posts[0].text
        picture = posts[-1]
        assert picture.payload["embeds"][0]["image"]["url"] == "attachment://timeline.png"
        assert "Q4 2016/17 to Q1 2017/18" in picture.text
    finally:
        await h.close()
        h.client.state.close()


def test_a_state_file_from_before_the_new_options_is_brought_up_to_date(tmp_path: Path) -> None:
    import sqlite3

    from bot.models import Reply
    from bot.state import StateStore

    old = sqlite3.connect(tmp_path / "state.db")
    old.execute("create table subscriptions (channel_id integer primary key, guild_id integer, area text, weekday integer "
                "not null, time text not null, created_by integer, created text, last_error text, last_posted text)")
    old.execute("insert into subscriptions (channel_id, weekday, time) values (5, 0, '09:00')")
    old.execute("create table answers (id integer primary key, created text, question text, reply text)")
    old.commit()
    old.close()
    state = StateStore(tmp_path / "state.db")
    try:
        assert state.subscriptions()[0]["timeline"] == 0
        answer_id = state.save_answer(Reply(question="q", kind="fact", answered=True, answer="a"), "v1", 7)
        assert state.record_feedback(answer_id, 42, "wrong") and state.feedback()[0]["index_version"] == "v1"
    finally:
        state.close()

"""/digest through the real command tree, and the weekly poster with an injected clock and a shared SQLite state."""

import asyncio
from datetime import datetime, timezone
from pathlib import Path

import pytest

from bot.discord_app.client import PlanbotClient
from bot.service import Planbot
from bot.state import StateStore
from tests.discord_harness import (
    ADMIN_ROLE_ID, CHANNEL, INTEGER, MANAGE_GUILD, MEMBER_PERMISSIONS, OTHER_CHANNEL_ID, Harness, option,
)
from tests.test_discord import make_settings

MONDAY_0905_GMT = datetime(2017, 1, 2, 9, 5, tzinfo=timezone.utc)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


async def start(index_dir: Path, state_path: Path | str, clock: Clock) -> Harness:
    settings = make_settings(index_dir, PLANBOT_ADMIN_ROLE_IDS=str(ADMIN_ROLE_ID))
    client = PlanbotClient(settings, Planbot(index_dir), StateStore(state_path), sync_commands=False, clock=clock,
                           post_digests=False)
    return await Harness(client).start()


@pytest.fixture
def clock() -> Clock:
    return Clock(MONDAY_0905_GMT)


@pytest.fixture
async def harness(index_dir: Path, tmp_path: Path, clock: Clock):
    h = await start(index_dir, tmp_path / "state.db", clock)
    yield h
    await h.close()
    h.client.state.close()


def subscribe_options(channel_id: int = OTHER_CHANNEL_ID, weekday: int = 0, at: str = "09:00") -> list[dict]:
    return [option("channel", str(channel_id), CHANNEL), option("weekday", weekday, INTEGER), option("time", at)]


def group(sub: str, options: list[dict] | None = None) -> list[dict]:
    return [{"name": sub, "type": 1, "options": options or []}]


def resolved_channels() -> dict:
    from tests.discord_harness import channel_payload

    return {"channels": {str(OTHER_CHANNEL_ID): channel_payload(OTHER_CHANNEL_ID, "digest") | {"permissions": "0"}}}


async def subscribe(h: Harness, **kwargs) -> list:
    return await h.command("digest", group("subscribe", subscribe_options()), resolved=resolved_channels(), **kwargs)


async def test_subscribing_is_for_admins_only(harness: Harness) -> None:
    refused = await subscribe(harness)
    assert refused[-1].ephemeral and "Only planbot admins" in refused[-1].text
    assert harness.client.state.subscriptions() == []


@pytest.mark.parametrize("who", [{"roles": (ADMIN_ROLE_ID,)}, {"permissions": MEMBER_PERMISSIONS | MANAGE_GUILD}])
async def test_admins_subscribe_by_role_or_manage_server(harness: Harness, who: dict) -> None:
    calls = await subscribe(harness, **who)
    assert calls[-1].ephemeral and "every Monday at 09:00 (Europe/London)" in calls[-1].text
    [sub] = harness.client.state.subscriptions()
    assert sub["channel_id"] == OTHER_CHANNEL_ID and sub["weekday"] == 0 and sub["time"] == "09:00"


async def test_a_bad_time_is_one_sentence(harness: Harness) -> None:
    calls = await harness.command("digest", group("subscribe", [option("time", "9am")]), roles=(ADMIN_ROLE_ID,))
    assert calls[-1].ephemeral and "not a time of day" in calls[-1].text


async def test_unsubscribe_and_list(harness: Harness) -> None:
    await subscribe(harness, roles=(ADMIN_ROLE_ID,))
    listed = await harness.command("digest", group("list"))
    assert f"<#{OTHER_CHANNEL_ID}>" in listed[-1].text and "not posted yet" in listed[-1].text
    gone = await harness.command("digest", group("unsubscribe", [option("channel", str(OTHER_CHANNEL_ID), CHANNEL)]),
                                 resolved=resolved_channels(), roles=(ADMIN_ROLE_ID,))
    assert "will no longer get" in gone[-1].text
    assert "No channel here gets" in (await harness.command("digest", group("list")))[-1].text


async def test_preview_is_ephemeral_and_shows_the_digest(harness: Harness) -> None:
    calls = await harness.command("digest", group("preview", [option("as_of", "2017-01-02")]))
    assert calls[0].payload["type"] == 5 and calls[0].ephemeral
    assert "Care home team in place" in calls[-1].text and "status unknown" in calls[-1].text and calls[-1].ephemeral
    assert "Owner: WP3" in calls[-1].text and "Source: Lancashire Health Board: Update on the Plan, line" in calls[-1].text
    button = calls[-1].data["components"][0]["components"][0]
    assert button["label"] == "Sources"
    shown = (await harness.press(button["custom_id"], calls[-1].response))[-1]
    assert shown.ephemeral and "Care home team in place" in shown.text and "File: board.txt" in shown.text


def posts(h: Harness, channel_id: int = OTHER_CHANNEL_ID) -> list:
    return [c for c in h.recorder.calls if c.path == "/channels/{channel_id}/messages" and str(channel_id) in c.url]


async def test_the_poster_posts_once_per_week_even_across_a_restart(index_dir: Path, tmp_path: Path, clock: Clock) -> None:
    first = await start(index_dir, tmp_path / "state.db", clock)
    await subscribe(first, roles=(ADMIN_ROLE_ID,))
    clock.now = MONDAY_0905_GMT.replace(hour=8)
    assert await first.client.get_cog("Digests").tick() == []  # before 09:00
    clock.now = MONDAY_0905_GMT
    assert await first.client.get_cog("Digests").tick() == [(OTHER_CHANNEL_ID, "2017-W01")]
    assert await first.client.get_cog("Digests").tick() == []  # the next minute: already posted
    [post] = posts(first)
    assert "Care home team in place" in post.text and post.payload["allowed_mentions"] == {"parse": []}
    await first.close()
    first.client.state.close()

    clock.now = MONDAY_0905_GMT.replace(hour=11)  # restart mid-morning
    second = await start(index_dir, tmp_path / "state.db", clock)
    assert await second.client.get_cog("Digests").tick() == [] and posts(second) == []
    clock.now = datetime(2017, 1, 9, 9, 0, tzinfo=timezone.utc)  # the next Monday
    assert await second.client.get_cog("Digests").tick() == [(OTHER_CHANNEL_ID, "2017-W02")]
    await second.close()
    second.client.state.close()


async def test_a_restart_later_on_the_posting_day_still_posts(index_dir: Path, tmp_path: Path, clock: Clock) -> None:
    StateStore(tmp_path / "state.db").subscribe(OTHER_CHANNEL_ID, None, None, 0, "09:00", 1)
    clock.now = MONDAY_0905_GMT.replace(hour=15)  # the bot was down at 09:00
    h = await start(index_dir, tmp_path / "state.db", clock)
    try:
        assert await h.client.get_cog("Digests").tick() == [(OTHER_CHANNEL_ID, "2017-W01")]
    finally:
        await h.close()
        h.client.state.close()


async def test_two_instances_at_once_post_exactly_once(index_dir: Path, tmp_path: Path, clock: Clock) -> None:
    StateStore(tmp_path / "state.db").subscribe(OTHER_CHANNEL_ID, None, None, 0, "09:00", 1)
    a = await start(index_dir, tmp_path / "state.db", clock)
    b = await start(index_dir, tmp_path / "state.db", clock)
    try:
        results = await asyncio.gather(a.client.get_cog("Digests").tick(), b.client.get_cog("Digests").tick(),
                                       a.client.get_cog("Digests").tick(), b.client.get_cog("Digests").tick())
        assert sum(len(r) for r in results) == 1
        assert len(posts(a)) + len(posts(b)) == 1
    finally:
        for h in (a, b):
            await h.close()
            h.client.state.close()


async def test_a_week_with_nothing_due_posts_that_it_is_empty(harness: Harness, clock: Clock) -> None:
    harness.client.state.subscribe(OTHER_CHANNEL_ID, None, None, 0, "09:00", 1)
    clock.now = datetime(2019, 6, 3, 9, 0, tzinfo=timezone.utc)
    await harness.client.get_cog("Digests").tick()
    [post] = posts(harness)
    assert "Nothing in the plans is due" in post.text


@pytest.mark.parametrize(("channel_id", "expected"), [(123456789, "no longer exists"), (OTHER_CHANNEL_ID, "no permission")])
async def test_a_failed_post_is_logged_and_listed_not_retried(harness: Harness, caplog, channel_id: int, expected: str) -> None:
    harness.recorder.forbidden_channels.add(OTHER_CHANNEL_ID)
    harness.client.state.subscribe(channel_id, harness.client.guilds[0].id, None, 0, "09:00", 1)
    assert await harness.client.get_cog("Digests").tick() == []
    assert expected in caplog.text
    listed = await harness.command("digest", group("list"))
    assert "last failure" in listed[-1].text and expected in listed[-1].text
    before = len(harness.recorder.calls)
    await harness.client.get_cog("Digests").tick()
    assert len(harness.recorder.calls) == before  # claimed for the week: no retry storm


async def test_the_poster_loop_runs_when_enabled(index_dir: Path, clock: Clock) -> None:
    settings = make_settings(index_dir)
    client = PlanbotClient(settings, Planbot(index_dir), StateStore(":memory:"), sync_commands=False, clock=clock)
    h = await Harness(client).start()
    try:
        assert client.get_cog("Digests").poster.is_running()
    finally:
        await h.close()
    assert not client.get_cog("Digests") or not client.get_cog("Digests").poster.is_running()

"""The bot keeps answering around a damaged index version and tells an admin once, through the real tree."""

from pathlib import Path

import pytest

from bot.discord_app.client import PlanbotClient
from bot.index.indexer import build_index
from bot.index.versions import live_version, versions_dir
from bot.service import Planbot
from bot.state import StateStore
from tests.discord_harness import ADMIN_ROLE_ID, OTHER_CHANNEL_ID, Harness, option
from tests.test_damaged_index import garble
from tests.test_discord import make_settings
from tests.test_discord_admin import admin, upload  # noqa: F401 - the admin fixture

QUESTION = [option("question", "who owns the stroke pathway redesign in fylde?")]


@pytest.fixture
async def damaged_bot(index_dir: Path, corpus: Path, tokenizer, tmp_path: Path):
    older = live_version(index_dir)
    newer = build_index([corpus], index_dir, tokenizer, 10**7).version
    garble(versions_dir(index_dir) / newer / "planbot.db", start=0, length=100)
    settings = make_settings(index_dir, PLANBOT_ADMIN_ROLE_IDS=str(ADMIN_ROLE_ID))
    state = StateStore(tmp_path / "state.db")
    client = PlanbotClient(settings, Planbot(index_dir), state, sync_commands=False, post_digests=False)
    h = await Harness(client).start()
    yield h, older, newer
    await h.close()
    state.close()


def notices_in(calls) -> list:
    return [c for c in calls if "For planbot admins" in c.text]


async def test_questions_are_answered_and_the_next_admin_is_told_once(damaged_bot) -> None:
    h, older, newer = damaged_bot
    for _ in range(2):
        calls = await h.command("ask", QUESTION)  # a member: answered, told nothing
        assert "Alex Sample" in calls[-1].text and not notices_in(calls) and "Traceback" not in calls[-1].text
    calls = await h.command("ask", QUESTION, roles=(ADMIN_ROLE_ID,))
    [notice] = notices_in(calls)
    assert notice.ephemeral and f"Index version {newer} is damaged" in notice.text
    assert f"answering from {older}" in notice.text and notice.data["allowed_mentions"] == {"parse": []}
    assert "Alex Sample" in calls[-2].text
    again = await h.command("reindex", [{"name": "versions", "type": 1, "options": []}], roles=(ADMIN_ROLE_ID,))
    assert not notices_in(again)


async def test_an_admin_error_still_brings_the_notice(damaged_bot) -> None:
    h, _, newer = damaged_bot
    await h.command("ask", QUESTION)  # finds the damage
    calls = await h.command("ask", [option("question", "  ")], roles=(ADMIN_ROLE_ID,))
    assert "The question is empty" in calls[0].text
    assert [c.ephemeral for c in notices_in(calls)] == [True] and newer in notices_in(calls)[0].text


async def test_unseen_notices_go_to_the_digest_channel(damaged_bot) -> None:
    h, _, newer = damaged_bot
    h.client.state.subscribe(OTHER_CHANNEL_ID, h.client.guilds[0].id, None, 6, "23:59", 1)
    digests = h.client.get_cog("Digests")
    await h.command("ask", QUESTION)
    start = len(h.recorder.calls)
    await digests.tick()
    assert not notices_in(h.recorder.calls[start:])  # an admin's own command gets the first chance
    digests.notice_grace = 0
    await digests.tick()
    [posted] = notices_in(h.recorder.calls[start:])
    assert str(OTHER_CHANNEL_ID) in posted.url and newer in posted.text
    await digests.tick()
    assert len(notices_in(h.recorder.calls[start:])) == 1


async def test_a_zip_bomb_upload_is_refused_before_it_is_unpacked(admin: Harness, corpus: Path, index_dir: Path,
                                                                 tmp_path: Path) -> None:
    from tests.hostile import zip_bomb_docx

    bomb = zip_bomb_docx(tmp_path, unpacked_mb=12).read_bytes()
    files_before, live = sorted(p.name for p in corpus.iterdir()), live_version(index_dir)
    calls = await upload(admin, "draft.docx", bomb)
    assert calls[-1].ephemeral and "looks like a zip bomb and was not read" in calls[-1].text
    assert "Nothing was changed" in calls[-1].text
    assert sorted(p.name for p in corpus.iterdir()) == files_before and live_version(index_dir) == live

"""The bot's state database: WAL mode, backups with SQLite's backup API, and a damaged file that stops
nothing but digests (questions keep being answered, the admins are told)."""

import sqlite3
from pathlib import Path

import pytest

from bot.cli import main
from bot.discord_app.client import PlanbotClient
from bot.errors import StateDamagedError
from bot.notices import Notices
from bot.service import Planbot
from bot.state import StateStore
from tests.discord_harness import ADMIN_ROLE_ID, Harness, option
from tests.test_damaged_index import garble
from tests.test_discord import make_settings


@pytest.fixture(autouse=True)
def _no_env_file(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    for name in ("PLANBOT_INDEX", "PLANBOT_STATE_DB", "DISCORD_TOKEN"):
        monkeypatch.delenv(name, raising=False)


def filled_state(path: Path, subscriptions: int = 3) -> StateStore:
    store = StateStore(path)
    for channel in range(subscriptions):
        store.subscribe(1000 + channel, 1, None, 0, "09:00", 7)
    store.claim_digest(1000, "2017-W01", "test")
    store.finish_digest(1000, "2017-W01")
    return store


def damage(path: Path) -> None:
    """Garble everything after the header page, once SQLite has written its pages into the file."""
    conn = sqlite3.connect(path)
    conn.execute("pragma wal_checkpoint(TRUNCATE)")
    conn.close()
    garble(path, start=4096)


def test_the_state_database_is_in_wal_mode(tmp_path: Path) -> None:
    store = filled_state(tmp_path / "state.db")
    assert store.db.execute("pragma journal_mode").fetchone()[0] == "wal"
    store.close()


def test_a_damaged_file_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "state.db"
    filled_state(path).close()
    damage(path)
    with pytest.raises(StateDamagedError) as info:
        StateStore(path)
    assert f"The bot's state database {path} is damaged" in info.value.message
    assert "Questions are still answered; digests are paused" in info.value.message
    assert "planbot state backup FILE" in info.value.message


def test_degraded_it_raises_on_every_call_and_tells_the_admins_once(tmp_path: Path) -> None:
    path = tmp_path / "state.db"
    filled_state(path).close()
    damage(path)
    notices = Notices()
    store = StateStore(path, degrade=True, notices=notices)
    for call in (store.subscriptions, lambda: store.answer(1), lambda: store.claim_digest(1, "w", "me")):
        with pytest.raises(StateDamagedError):
            call()
    assert len(notices.take()) == 1 and notices.take() == []


def test_damage_met_while_running_is_reported_the_same_way(tmp_path: Path) -> None:
    path = tmp_path / "state.db"
    notices = Notices()
    store = filled_state(path)
    store.notices = notices
    store.db.execute("pragma cache_size=1")  # a page cache too small to hide the damage
    damage(path)
    with pytest.raises(StateDamagedError, match="database disk image is malformed"):
        store.subscriptions()
    assert "is damaged" in notices.take()[0]


def test_backup_copies_a_live_database(tmp_path: Path, capsys) -> None:
    index = tmp_path / "index"
    store = filled_state(index / "state.db", subscriptions=4)  # still open, as in a running bot
    assert main(["state", "backup", str(tmp_path / "copy.db"), "--index", str(index)]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"Backed up {index / 'state.db'} to {tmp_path / 'copy.db'} (4 digest subscriptions, 1 posted")
    copy = StateStore(tmp_path / "copy.db")
    assert [s["channel_id"] for s in copy.subscriptions()] == [1000, 1001, 1002, 1003]
    assert copy.digest_posts(1000)[0]["status"] == "sent"
    copy.close()
    store.close()
    assert not list(tmp_path.glob(".copy.db.tmp"))


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["state", "backup", "copy.db"], "No state database at index/state.db: the bot creates it"),
        (["state", "backup", "no-such-folder/copy.db"], "No state database"),
    ],
)
def test_backup_errors_are_one_line(args: list[str], message: str, capsys) -> None:
    assert main(args) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1


def test_backup_of_a_damaged_database_says_so(tmp_path: Path, capsys) -> None:
    filled_state(tmp_path / "index" / "state.db").close()
    damage(tmp_path / "index" / "state.db")
    assert main(["state", "backup", "copy.db"]) == 2
    err = capsys.readouterr().err
    assert "is damaged" in err and "Traceback" not in err and not Path("copy.db").exists()
    assert main(["check", "--index", "index"]) == 2  # no index versions here: one line, not a traceback


def test_check_names_a_damaged_state_database(index_dir: Path, capsys) -> None:
    filled_state(index_dir / "state.db").close()
    damage(index_dir / "state.db")
    assert main(["check", "--index", str(index_dir)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[1].startswith(f"  state {index_dir / 'state.db'}  DAMAGED: integrity_check:")
    assert out[-1].startswith(f"The bot's state database {index_dir / 'state.db'} is damaged")


# ------------------------------------------------------------ the bot with a damaged state database

@pytest.fixture
async def bot_with_damaged_state(index_dir: Path, tmp_path: Path):
    path = tmp_path / "state.db"
    filled_state(path).close()
    damage(path)
    service = Planbot(index_dir)
    state = StateStore(path, degrade=True, notices=service.notices)
    settings = make_settings(index_dir, PLANBOT_ADMIN_ROLE_IDS=str(ADMIN_ROLE_ID))
    h = await Harness(PlanbotClient(settings, service, state, sync_commands=False, post_digests=False)).start()
    yield h
    await h.close()


async def test_questions_are_answered_without_sources_and_the_admin_is_told(bot_with_damaged_state: Harness) -> None:
    h = bot_with_damaged_state
    calls = await h.command("ask", [option("question", "Who is the SRO for the digital workstream?")])
    assert "Jane Example" in calls[-1].text and "components" not in calls[-1].data
    assert not [c for c in calls if "For planbot admins" in c.text]
    calls = await h.command("ask", [option("question", "Who is the SRO for the digital workstream?")], roles=(ADMIN_ROLE_ID,))
    [told] = [c for c in calls if "For planbot admins" in c.text]
    assert told.ephemeral and "state database" in told.text and "digests are paused" in told.text


async def test_digests_pause_and_digest_commands_say_why(bot_with_damaged_state: Harness) -> None:
    h = bot_with_damaged_state
    digests = h.client.get_cog("Digests")
    assert await digests.tick() == [] and digests.paused
    calls = await h.command("digest", [{"name": "list", "type": 1, "options": []}])
    assert calls[-1].ephemeral and "state database" in calls[-1].text and "Traceback" not in calls[-1].text
    subscribe = [{"name": "subscribe", "type": 1, "options": []}]
    calls = await h.command("digest", subscribe, roles=(ADMIN_ROLE_ID,))
    assert any("is damaged" in c.text for c in calls)


async def test_a_mention_is_answered_too(bot_with_damaged_state: Harness) -> None:
    from tests.discord_harness import BOT_ID, message_payload, user_payload

    h = bot_with_damaged_state
    me = user_payload(BOT_ID, "planbot", bot=True)
    calls = await h.message(message_payload(f"<@{BOT_ID}> who is the SRO for the digital workstream?", mentions=[me]))
    reply = [c for c in calls if c.method == "POST" and "/messages" in c.path][-1]
    assert "Jane Example" in reply.text and "components" not in (reply.payload or {})


def test_the_bot_starts_on_a_damaged_state_database(index_dir: Path, capsys, monkeypatch, caplog) -> None:
    """It gets as far as logging in (refused here, as a rejected token would be), logging the damage once."""
    import discord

    async def refuse(self, token):  # noqa: ANN001 - stands in for the login HTTP call
        raise discord.LoginFailure("Improper token has been passed.")

    filled_state(index_dir / "state.db").close()
    damage(index_dir / "state.db")
    monkeypatch.setattr(discord.http.HTTPClient, "static_login", refuse)
    monkeypatch.setenv("DISCORD_TOKEN", "secret-token-value")
    assert main(["run", "--index", str(index_dir)]) == 2
    assert "Discord rejected DISCORD_TOKEN" in capsys.readouterr().err
    assert [r.levelname for r in caplog.records if "state database" in r.getMessage()] == ["ERROR"]


@pytest.mark.parametrize("custom_id, what", [
    ("planbot:feedback:helpful:1", "take feedback"),
    ("planbot:sources:1", "show its sources"),
    ("planbot:post:1", "post"),
])
async def test_buttons_on_an_earlier_answer_say_they_cannot_work_now(bot_with_damaged_state: Harness, custom_id: str,
                                                                     what: str) -> None:
    from tests.discord_harness import BOT_ID, message_payload, user_payload

    h = bot_with_damaged_state
    button = {"type": 2, "style": 2, "label": "x", "custom_id": custom_id}
    message = message_payload("an answer from before", author=user_payload(BOT_ID, "planbot", True),
                              components=[{"type": 1, "components": [button]}])
    said = (await h.press(custom_id, message))[-1]
    assert said.ephemeral and f"I can't {what} right now" in said.text and "Traceback" not in said.text


def test_an_older_state_files_answers_gain_their_columns_up_front(tmp_path: Path) -> None:
    """A state file from before "index_version" and "channel_id" is given them when opened, so no insert
    ever alters the table (two bots sharing the file once failed with "no column named channel_id")."""
    from bot.models import Reply

    path = tmp_path / "state.db"
    conn = sqlite3.connect(path)
    conn.execute("create table answers (id integer primary key, created text, question text, reply text)")
    conn.commit()
    conn.close()
    state = StateStore(path)
    try:
        columns = {row[1] for row in sqlite3.connect(path).execute("pragma table_info(answers)")}
        assert {"index_version", "channel_id"} <= columns
        answer_id = state.save_answer(Reply(question="q", kind="other", answered=False, answer="a", citations=[]), "v1", 42)
        assert state.answer_context(answer_id)["channel_id"] == 42
    finally:
        state.close()

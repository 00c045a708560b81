"""The Discord edge through discord.py's real command tree, views and gateway parsing; HTTP calls recorded."""

import json
from pathlib import Path

import discord
import pytest

from bot.config import Settings
from bot.discord_app.client import PlanbotClient
from bot.ratelimit import RateLimiter
from bot.service import Planbot
from bot.state import StateStore
from tests.discord_harness import (
    BOT_ID, CHANNEL_ID, INTEGER, Harness, message_payload, option, user_payload,
)


def make_settings(index_dir: Path, **extra: str) -> Settings:
    return Settings(_env_file=None, PLANBOT_INDEX=str(index_dir), **extra)  # type: ignore[call-arg]


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
async def harness(index_dir: Path, clock: FakeClock):
    settings = make_settings(index_dir)
    state = StateStore(":memory:")
    client = PlanbotClient(settings, Planbot(index_dir), state, sync_commands=False, limiter=RateLimiter(3, 30, clock),
                           post_digests=False)
    h = await Harness(client).start()
    yield h
    await h.close()
    state.close()


async def test_ask_defers_then_answers_with_cited_embed_and_sources_button(harness: Harness) -> None:
    calls = await harness.command("ask", [option("question", "Who is the SRO for the digital workstream?")])
    assert calls[0].path.endswith("/callback") and calls[0].payload["type"] == 5  # deferred, "thinking"
    followup = calls[-1]
    assert followup.method == "POST" and followup.path == "/webhooks/{webhook_id}/{webhook_token}"
    embed = followup.data["embeds"][0]
    assert "Jane Example" in embed["description"]
    assert embed["fields"][0]["name"].startswith("[1] Lancashire Health Board: Update on the Plan, line ")
    assert followup.data["allowed_mentions"] == {"parse": []}
    button = followup.data["components"][0]["components"][0]
    assert button["label"] == "Sources" and button["custom_id"].startswith("planbot:sources:")


def sent_message(call) -> dict:
    """The message object Discord would hold after a call, for pressing its buttons."""
    body = call.response if isinstance(call.response, dict) and "id" in call.response else {}
    return body


async def test_sources_button_shows_every_citation_ephemerally(harness: Harness) -> None:
    followup = (await harness.command("ask", [option("question", "Who is the SRO for the digital workstream?")]))[-1]
    custom_id = followup.data["components"][0]["components"][0]["custom_id"]
    calls = await harness.press(custom_id, sent_message(followup))
    shown = calls[-1]
    assert shown.path.endswith("/callback") and shown.payload["type"] == 4 and shown.ephemeral
    assert "Jane Example" in shown.text and "Lancashire Health Board: Update on the Plan, line" in shown.text
    assert "File: board.txt, line" in shown.text  # the file name is behind the button


async def test_sources_button_for_a_forgotten_answer_says_so(harness: Harness) -> None:
    button = {"type": 2, "style": 2, "label": "Sources", "custom_id": "planbot:sources:999999"}
    message = message_payload("old answer", author=user_payload(BOT_ID, "planbot", True),
                              components=[{"type": 1, "components": [button]}])
    calls = await harness.press("planbot:sources:999999", message)
    assert calls[-1].ephemeral and "too old" in calls[-1].text


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ([option("question", "   ")], "question is empty"),
        ([option("question", "why " * 400)], "keep it under 1000"),
        ([option("question", "what is due this month?"), option("as_of", "next tuesday")], "is not a date"),
    ],
)
async def test_bad_questions_get_one_ephemeral_sentence_without_deferring(harness: Harness, options, expected) -> None:
    calls = await harness.command("ask", options)
    assert len(calls) == 1
    assert calls[0].payload["type"] == 4 and calls[0].ephemeral
    assert expected in calls[0].text


async def test_missing_index_replaces_the_placeholder_with_an_ephemeral_sentence(tmp_path: Path) -> None:
    state = StateStore(":memory:")
    client = PlanbotClient(make_settings(tmp_path / "nothing"), Planbot(tmp_path / "nothing"), state, sync_commands=False)
    h = await Harness(client).start()
    try:
        calls = await h.command("ask", [option("question", "who owns digital?")])
    finally:
        await h.close()
    assert calls[0].payload["type"] == 5
    assert calls[1].method == "DELETE" and calls[1].path.endswith("/messages/@original")
    assert calls[2].ephemeral and "planbot ingest" in calls[2].text
    assert "Traceback" not in calls[2].text


async def test_unexpected_failure_is_one_sentence_and_a_logged_traceback(harness: Harness, monkeypatch, caplog) -> None:
    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(harness.client.service, "ask", broken)
    calls = await harness.command("ask", [option("question", "who owns digital?")])
    assert "went wrong on my side" in calls[-1].text and "disk on fire" not in calls[-1].text
    assert "disk on fire" in caplog.text


async def test_per_user_cooldown_is_friendly_and_expires(harness: Harness, clock: FakeClock) -> None:
    for _ in range(3):
        assert "Jane Example" in (await harness.command("ask", [option("question", "who is the digital SRO?")]))[-1].text
    refused = await harness.command("ask", [option("question", "who is the digital SRO?")])
    assert len(refused) == 1 and refused[0].ephemeral and "try again in 30 s" in refused[0].text
    other_user = await harness.command("ask", [option("question", "who is the digital SRO?")], user_id=42)
    assert "Jane Example" in other_user[-1].text
    clock.now += 31
    assert "Jane Example" in (await harness.command("ask", [option("question", "who is the digital SRO?")]))[-1].text


async def test_owner_autocomplete_offers_initiatives_and_people(harness: Harness) -> None:
    calls = await harness.command("owner", [option("name", "stro", focused=True)], type_=4)
    assert calls[-1].payload["type"] == 8
    names = [c["name"] for c in calls[-1].payload["data"]["choices"]]
    assert any("Stroke pathway redesign" in n for n in names)
    people = await harness.command("owner", [option("name", "jane", focused=True)], type_=4)
    assert "Dr Jane Example" in [c["name"] for c in people[-1].payload["data"]["choices"]]


@pytest.mark.parametrize(
    ("name", "expected"),
    [("Stroke pathway redesign", "Alex Sample"), ("Alex Sample", "Stroke pathway redesign"),
     ("Dr Jane Example", "Digital")],
)
async def test_owner_answers_either_way_round(harness: Harness, name: str, expected: str) -> None:
    calls = await harness.command("owner", [option("name", name)])
    assert calls[0].payload["type"] == 5 and expected in calls[-1].text


async def test_milestones_for_an_area_and_period(harness: Harness) -> None:
    calls = await harness.command("milestones", [option("area", "Fylde Coast"), option("period", "Qtr 4 2016/17")])
    text = calls[-1].text
    assert "Pathway implemented" in text and "Owner: Alex Sample" in text
    assert "Source: Lancashire Health Board: Update on the Plan, line" in text
    assert calls[-1].data["components"][0]["components"][0]["label"] == "Sources"
    assert "New pathway agreed" not in text  # that one is Qtr 3


async def test_milestones_with_an_unreadable_period(harness: Harness) -> None:
    calls = await harness.command("milestones", [option("period", "when pigs fly")])
    assert calls[-1].ephemeral and "can't read the period" in calls[-1].text


async def test_milestones_with_an_unknown_area_choice_is_refused_by_the_tree(harness: Harness) -> None:
    calls = await harness.command("milestones", [option("area", "Atlantis")])
    assert calls[-1].ephemeral and "Atlantis" in calls[-1].text


async def test_mustdo_takes_a_numbered_choice(harness: Harness) -> None:
    calls = await harness.command("mustdo", [option("must_do", 4, INTEGER)])
    assert calls[0].payload["type"] == 5
    assert calls[-1].data["embeds"][0]["description"]


async def test_help_is_ephemeral_and_lists_every_command(harness: Harness) -> None:
    calls = await harness.command("help")
    assert calls[-1].ephemeral
    for command in harness.client.tree.get_commands(type=discord.AppCommandType.chat_input):
        assert f"/{command.name}" in calls[-1].text
    assert "**Ask planbot** on any message" in calls[-1].text


@pytest.mark.parametrize("channel_id", [CHANNEL_ID, 900000000000000777], ids=["channel", "thread"])
async def test_a_mention_asks_a_question_and_the_reply_pings_nobody(harness: Harness, channel_id: int) -> None:
    bot = user_payload(BOT_ID, "planbot", bot=True)
    calls = await harness.message(message_payload(f"<@{BOT_ID}> who is the SRO for the digital workstream? @everyone",
                                                  mentions=[bot], channel_id=channel_id))
    reply = [c for c in calls if c.path == "/channels/{channel_id}/messages"][-1]
    assert str(channel_id) in reply.url
    assert "Jane Example" in reply.text
    assert reply.payload["allowed_mentions"] == {"parse": [], "replied_user": False}
    assert reply.payload["message_reference"]["message_id"]
    assert reply.payload["components"][0]["components"][0]["label"] == "Sources"


async def test_replying_to_an_answer_asks_again_without_a_mention(harness: Harness) -> None:
    bot = user_payload(BOT_ID, "planbot", bot=True)
    answer = message_payload("", author=bot)
    calls = await harness.message(message_payload("and who owns the stroke pathway redesign?", referenced=answer))
    assert "Alex Sample" in [c for c in calls if c.path == "/channels/{channel_id}/messages"][-1].text


@pytest.mark.parametrize(
    "payload",
    [
        message_payload("who owns digital?"),  # not addressed to the bot
        message_payload(f"<@{BOT_ID}> who owns digital?", author=user_payload(77, "otherbot", bot=True),
                        mentions=[user_payload(BOT_ID, "planbot", True)]),  # bots are ignored
    ],
)
async def test_messages_not_for_the_bot_are_ignored(harness: Harness, payload: dict) -> None:
    assert await harness.message(payload) == []


async def test_an_empty_mention_gets_a_hint(harness: Harness) -> None:
    calls = await harness.message(message_payload(f"<@{BOT_ID}>", mentions=[user_payload(BOT_ID, "planbot", True)]))
    assert "Ask me something after the mention" in calls[-1].text


def test_every_command_and_option_has_a_description(harness_client: PlanbotClient) -> None:
    for command in harness_client.tree.walk_commands():
        assert command.description and command.description != "…", command.name
        for parameter in getattr(command, "parameters", []):
            assert parameter.description and parameter.description != "…", f"{command.qualified_name} {parameter.name}"


SNAPSHOT = Path(__file__).parent / "snapshots" / "commands.json"


def test_command_schema_matches_the_snapshot(harness_client: PlanbotClient) -> None:
    """A change to what users see in Discord's command picker must be deliberate: update the snapshot with
    PLANBOT_UPDATE_SNAPSHOTS=1 and review the diff."""
    import os

    schema = sorted((c.to_dict(harness_client.tree) for c in harness_client.tree.get_commands()), key=lambda c: c["name"])
    if os.environ.get("PLANBOT_UPDATE_SNAPSHOTS"):
        SNAPSHOT.parent.mkdir(exist_ok=True)
        SNAPSHOT.write_text(json.dumps(schema, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    assert schema == json.loads(SNAPSHOT.read_text(encoding="utf-8"))


@pytest.fixture
async def harness_client(harness: Harness) -> PlanbotClient:
    return harness.client  # type: ignore[return-value]

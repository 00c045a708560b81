"""Helpful / Wrong under each answer (persistent buttons and a modal, through parse_interaction_create),
/feedback report for admins, `planbot feedback export --format qa`, and "Ask planbot" on a message."""

import json
from pathlib import Path

import pytest

from bot.cli import main
from bot.discord_app.client import PlanbotClient
from bot.service import Planbot
from bot.state import StateStore
from tests.discord_harness import (
    ADMIN_ROLE_ID, BOT_ID, CHANNEL_ID, USER_ID, Harness, message_payload, option, snowflake, user_payload,
)
from tests.test_discord import make_settings, sent_message

QUESTION = "Who is the SRO for the digital workstream?"


async def start(index_dir: Path, state_path: Path) -> Harness:
    settings = make_settings(index_dir, PLANBOT_ADMIN_ROLE_IDS=str(ADMIN_ROLE_ID))
    client = PlanbotClient(settings, Planbot(index_dir), StateStore(state_path), sync_commands=False, post_digests=False)
    return await Harness(client).start()


@pytest.fixture
async def harness(index_dir: Path, tmp_path: Path):
    h = await start(index_dir, tmp_path / "state.db")
    yield h
    await h.close()
    h.client.state.close()


def buttons(call) -> dict[str, str]:
    return {b["label"]: b["custom_id"] for row in call.data["components"] for b in row["components"]}


async def test_answers_carry_helpful_and_wrong_buttons_that_store_feedback(harness: Harness, index_dir: Path) -> None:
    answer = (await harness.command("ask", [option("question", QUESTION)]))[-1]
    ids = buttons(answer)
    assert list(ids) == ["Sources", "Helpful", "Wrong"]
    thanks = (await harness.press(ids["Helpful"], sent_message(answer)))[-1]
    assert thanks.ephemeral and "helpful" in thanks.text
    [row] = harness.client.state.feedback()
    assert row["verdict"] == "helpful" and row["question"] == QUESTION and "Jane Example" in row["answer"]
    assert row["index_version"] == Planbot(index_dir).version() and row["channel_id"] == CHANNEL_ID
    assert json.loads(row["citations"])[0]["document"] == "board.txt"
    assert str(USER_ID) not in json.dumps(row) and "alex" not in json.dumps(row)  # a keyed hash, never the name


async def test_wrong_opens_a_modal_and_keeps_the_correction(harness: Harness) -> None:
    answer = (await harness.command("ask", [option("question", QUESTION)]))[-1]
    opened = (await harness.press(buttons(answer)["Wrong"], sent_message(answer)))[-1]
    assert opened.payload["type"] == 9  # a modal
    modal = opened.payload["data"]
    field = modal["components"][0]["components"][0]
    assert field["required"] is False and "right answer" in field["label"]
    data = {"custom_id": modal["custom_id"], "components": [{"type": 1, "components": [
        {"type": 4, "custom_id": field["custom_id"], "value": "Dr Jane Example is the SRO, per the board paper"}]}]}
    payload = harness._interaction(5, data, (), 0, USER_ID, CHANNEL_ID)  # noqa: SLF001
    payload["message"] = sent_message(answer)
    thanks = (await harness.interact(payload))[-1]
    assert thanks.ephemeral and "noted as wrong with your correction" in thanks.text
    [row] = harness.client.state.feedback("wrong")
    assert row["correction"] == "Dr Jane Example is the SRO, per the board paper"
    # pressing again after a restart (a fresh client, the same state file) changes the one verdict
    again = (await harness.press(buttons(answer)["Helpful"], sent_message(answer)))[-1]
    assert "helpful" in again.text and [r["verdict"] for r in harness.client.state.feedback()] == ["helpful"]


async def test_feedback_buttons_work_after_a_restart(index_dir: Path, tmp_path: Path) -> None:
    first = await start(index_dir, tmp_path / "state.db")
    answer = (await first.command("ask", [option("question", QUESTION)]))[-1]
    await first.close()
    first.client.state.close()
    second = await start(index_dir, tmp_path / "state.db")
    try:
        thanks = (await second.press(buttons(answer)["Helpful"], sent_message(answer)))[-1]
        assert "helpful" in thanks.text and len(second.client.state.feedback("helpful")) == 1
        old = {"type": 2, "style": 2, "label": "Helpful", "custom_id": "planbot:feedback:helpful:99999"}
        message = message_payload("old answer", author=user_payload(BOT_ID, "planbot", True),
                                  components=[{"type": 1, "components": [old]}])
        gone = (await second.press("planbot:feedback:helpful:99999", message))[-1]
        assert gone.ephemeral and "too old" in gone.text
    finally:
        await second.close()
        second.client.state.close()


async def test_feedback_report_is_for_admins_and_counts_per_week(harness: Harness) -> None:
    for verdict in ("Helpful", "Wrong"):
        answer = (await harness.command("ask", [option("question", QUESTION)]))[-1]
        await harness.press(buttons(answer)[verdict], sent_message(answer), user_id=USER_ID)
    harness.client.state.record_feedback(1, 77, "wrong", "It is Dr Jane Example", CHANNEL_ID,
                                         harness.client.guilds[0].id)
    refused = (await harness.command("feedback", [{"name": "report", "type": 1, "options": []}]))[-1]
    assert refused.ephemeral and "Only planbot admins" in refused.text
    report = (await harness.command("feedback", [{"name": "report", "type": 1, "options": []}], roles=(ADMIN_ROLE_ID,)))[-1]
    assert report.ephemeral and "1 helpful, 1 wrong" in report.text and "It is Dr Jane Example" in report.text


def test_export_writes_wrong_answers_as_qa_items(index_dir: Path, tmp_path: Path, capsys) -> None:
    state = StateStore(tmp_path / "state.db")
    planbot = Planbot(index_dir)
    for question, verdict in ((QUESTION, "wrong"), ("how many GP practices?", "helpful")):
        answer_id = state.save_answer(planbot.ask(question), planbot.version(), CHANNEL_ID)
        state.record_feedback(answer_id, USER_ID, verdict, "Dr Jane Example" if verdict == "wrong" else None)
    state.close()
    out = tmp_path / "wrong.jsonl"
    assert main(["feedback", "export", "--format", "qa", "--output", str(out), "--index", str(tmp_path)]) == 0
    [line] = out.read_text(encoding="utf-8").splitlines()
    item = json.loads(line)
    assert item["question"] == QUESTION and item["answer_any"] == [] and item["expect_no_answer"] is False
    assert item["kind"] in {"owner", "milestone", "mustdo", "fact", "unanswerable"}
    assert item["source"]["file"] == "board.txt" and len(item["source"]["lines"]) == 2
    assert item["feedback"]["correction"] == "Dr Jane Example"
    from bot.evaluate import load_items

    assert load_items(out)[0]["question"] == QUESTION  # the question bank's own loader reads it
    assert "1 wrong answers exported" in capsys.readouterr().err


def test_export_without_a_state_database_says_so(tmp_path: Path, capsys) -> None:
    assert main(["feedback", "export", "--index", str(tmp_path / "nowhere")]) == 2
    assert "No bot state at" in capsys.readouterr().err and not (tmp_path / "nowhere").exists()


async def test_ask_planbot_on_a_message_answers_privately_with_a_post_button(harness: Harness) -> None:
    message = message_payload("does anyone know who the SRO for the digital workstream is?",
                              author=user_payload(42, "sam"))
    data = {"id": str(snowflake()), "name": "Ask planbot", "type": 3, "target_id": message["id"],
            "resolved": {"messages": {message["id"]: message}}}
    calls = await harness.interact(harness._interaction(2, data, (), 1 << 31 | 1 << 10 | 1 << 11, USER_ID, CHANNEL_ID))  # noqa: SLF001
    assert calls[0].payload["type"] == 5 and calls[0].ephemeral
    answer = calls[-1]
    assert answer.ephemeral and "Jane Example" in answer.text
    ids = buttons(answer)
    assert list(ids) == ["Sources", "Helpful", "Wrong", "Post to channel"]
    posted = (await harness.press(ids["Post to channel"], sent_message(answer)))[-1]
    assert posted.payload["type"] == 4 and not posted.ephemeral and "Jane Example" in posted.text
    assert posted.data["allowed_mentions"] == {"parse": []}
    assert list(buttons(posted)) == ["Sources", "Helpful", "Wrong"]


async def test_ask_planbot_on_a_message_with_no_text(harness: Harness) -> None:
    message = message_payload("", author=user_payload(42, "sam"))
    data = {"id": str(snowflake()), "name": "Ask planbot", "type": 3, "target_id": message["id"],
            "resolved": {"messages": {message["id"]: message}}}
    calls = await harness.interact(harness._interaction(2, data, (), 1 << 31, USER_ID, CHANNEL_ID))  # noqa: SLF001
    assert calls[-1].ephemeral and "no text to ask about" in calls[-1].text


def test_the_context_menu_is_registered(harness_client_commands: list[dict]) -> None:
    menu = next(c for c in harness_client_commands if c["name"] == "Ask planbot")
    assert menu["type"] == 3


@pytest.fixture
async def harness_client_commands(harness: Harness) -> list[dict]:
    return [c.to_dict(harness.client.tree) for c in harness.client.tree.get_commands()]

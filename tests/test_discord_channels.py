"""/channel area: a channel's questions prefer its plan area unless they name one; kept across restarts
and re-indexing; the footer says when the channel's area was used."""

from pathlib import Path

import pytest

from bot.discord_app.client import PlanbotClient
from bot.index.indexer import build_index
from bot.service import Planbot
from bot.state import StateStore
from bot.textnorm import Tokenizer
from tests.conftest import BOARD_PAPER
from tests.discord_harness import ADMIN_ROLE_ID, OTHER_CHANNEL_ID, Harness, option
from tests.test_discord import make_settings

PENNINE = """
Pennine Lancashire Key milestones, Owners, Risks, Governance & Interdependencies 1/1

\tInitiatives which we will focus in 2016/17 - 17/18\tScheme Owner\tRisks\tDo you have governance in place for this?\tMain Interdependencies
1\tStroke pathway redesign Key milestones: Qtr 4: Hyper-acute unit open\tPat Pennine (Exec Lead)\tEstates\tYes\tAcute
"""
QUESTION = "who owns the stroke pathway redesign?"


@pytest.fixture
def two_areas(tmp_path: Path) -> tuple[Path, Path]:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "board.txt").write_text(BOARD_PAPER + PENNINE, encoding="utf-8")
    build_index([corpus], tmp_path / "index", Tokenizer(), 10**7)
    return corpus, tmp_path / "index"


async def start(index_dir: Path, state_path: Path) -> Harness:
    settings = make_settings(index_dir, PLANBOT_ADMIN_ROLE_IDS=str(ADMIN_ROLE_ID))
    client = PlanbotClient(settings, Planbot(index_dir), StateStore(state_path), sync_commands=False, post_digests=False)
    return await Harness(client).start()


def area(sub: str, options: list[dict] | None = None) -> list[dict]:
    return [{"name": "area", "type": 2, "options": [{"name": sub, "type": 1, "options": options or []}]}]


def footer(call) -> str:
    return (call.data["embeds"][0].get("footer") or {}).get("text", "")


async def test_a_channel_area_is_preferred_named_areas_override_and_it_survives_restart_and_reindex(
        two_areas: tuple[Path, Path], tmp_path: Path) -> None:
    corpus, index_dir = two_areas
    h = await start(index_dir, tmp_path / "state.db")
    refused = (await h.command("channel", area("set", [option("area", "pennine")])))[-1]
    assert refused.ephemeral and "Only planbot admins" in refused.text
    choices = await h.command("channel", area("set", [option("area", "penn", focused=True)]), type_=4)
    assert [c["name"] for c in choices[-1].payload["data"]["choices"]] == ["Pennine Lancashire"]
    done = (await h.command("channel", area("set", [option("area", "pennine")]), roles=(ADMIN_ROLE_ID,)))[-1]
    assert done.ephemeral and "**Pennine Lancashire**" in done.text

    answer = (await h.command("ask", [option("question", QUESTION)]))[-1]
    assert "Pat Pennine" in answer.text and "Alex Sample" not in answer.data["embeds"][0]["description"]
    assert footer(answer).startswith("Pennine Lancashire, this channel's area")
    named = (await h.command("ask", [option("question", "who owns the stroke pathway redesign in fylde?")]))[-1]
    assert "Alex Sample" in named.data["embeds"][0]["description"] and "this channel's area" not in footer(named)
    elsewhere = (await h.command("ask", [option("question", QUESTION)], channel_id=OTHER_CHANNEL_ID))[-1]
    assert "this channel's area" not in footer(elsewhere) and "Alex Sample" in elsewhere.text  # no area: not Pennine
    await h.close()
    h.client.state.close()

    build_index([corpus], index_dir, Tokenizer(), 10**7)  # a re-index, then a restart
    h = await start(index_dir, tmp_path / "state.db")
    try:
        again = (await h.command("ask", [option("question", QUESTION)]))[-1]
        assert "Pat Pennine" in again.text and footer(again).startswith("Pennine Lancashire, this channel's area")
        shown = (await h.command("channel", area("show")))[-1]
        assert "**Pennine Lancashire**" in shown.text
        cleared = (await h.command("channel", area("clear"), roles=(ADMIN_ROLE_ID,)))[-1]
        assert "no longer prefers" in cleared.text
        after = (await h.command("ask", [option("question", QUESTION)]))[-1]
        assert "this channel's area" not in footer(after)
    finally:
        await h.close()
        h.client.state.close()


async def test_an_unknown_area_is_refused_in_one_sentence(two_areas: tuple[Path, Path], tmp_path: Path) -> None:
    h = await start(two_areas[1], tmp_path / "state.db")
    try:
        calls = await h.command("channel", area("set", [option("area", "Atlantis")]), roles=(ADMIN_ROLE_ID,))
        assert calls[-1].ephemeral and "Unknown plan area 'Atlantis'" in calls[-1].text
        assert h.client.state.channel_area(900000000000000003) is None
    finally:
        await h.close()
        h.client.state.close()

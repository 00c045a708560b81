"""Discord's size limits and escaping, for any answer the plans could produce."""

from pathlib import Path

import discord
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.discord_app.client import PlanbotClient
from bot.discord_app.messages import (
    EMBED_DESCRIPTION, EMBED_FIELDS, EMBED_TOTAL, FIELD_NAME, FIELD_VALUE, MESSAGE_CHARS, list_pages, reply_embed,
    sources_embeds, split_text,
)
from bot.models import Citation, Reply
from bot.service import Planbot
from bot.state import StateStore
from tests.discord_harness import Harness, option
from tests.test_discord import make_settings

text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=6000)


def within_limits(embed: discord.Embed) -> None:
    assert len(embed) <= EMBED_TOTAL
    assert len(embed.description or "") <= EMBED_DESCRIPTION
    assert len(embed.fields) <= EMBED_FIELDS
    for field in embed.fields:
        assert 0 < len(field.name or "") <= FIELD_NAME and 0 < len(field.value or "") <= FIELD_VALUE


@settings(max_examples=60, deadline=None)
@given(answer=text, quotes=st.lists(text, max_size=40), question=text.filter(str.strip))
def test_any_reply_fits_discord(answer: str, quotes: list[str], question: str) -> None:
    citations = [Citation(document="x" * 300, title="t" * 500, page=n, line=None, section="s" * 400, quote=q or "q")
                 for n, q in enumerate(quotes)]
    reply = Reply(question=question, kind="fact", answered=bool(quotes), answer=answer or "-", citations=citations)
    within_limits(reply_embed(reply))
    embeds = sources_embeds(reply)
    assert 1 <= len(embeds) <= 10
    for embed in embeds:
        within_limits(embed)


@settings(max_examples=60, deadline=None)
@given(body=text, limit=st.integers(min_value=20, max_value=MESSAGE_CHARS))
def test_split_text_keeps_every_word_within_the_limit(body: str, limit: int) -> None:
    parts = split_text(body, limit)
    assert all(0 < len(p) <= limit for p in parts)
    assert "".join("".join(parts).split()) == "".join(body.split())


def test_quotes_cannot_format_or_ping() -> None:
    reply = Reply(question="q", kind="fact", answered=True, answer="see @everyone",
                  citations=[Citation(document="d.txt", title="t", page=None, line=3, section=None,
                                      quote="**bold** @everyone <@123> ||spoiler||")])
    embed = reply_embed(reply)
    value = embed.fields[0].value
    assert "\\*\\*bold\\*\\*" in value and "@\u200beveryone" in value and "\\|\\|spoiler" in value
    assert "@\u200beveryone" in embed.description


def test_long_lists_are_paged_within_limits() -> None:
    items = [(f"item {n}", "v" * 2000) for n in range(40)]
    pages = list_pages("Milestones", items)
    assert len(pages) == 7 and "Page 7 of 7" in pages[-1].footer.text
    for page in pages:
        within_limits(page)
    assert list_pages("Milestones", [])[0].description == "Nothing in the plans matches."


async def test_milestone_pages_turn_with_the_buttons(bundled_dir: Path) -> None:
    state = StateStore(":memory:")
    client = PlanbotClient(make_settings(bundled_dir), Planbot(bundled_dir), state, sync_commands=False)
    h = await Harness(client).start()
    try:
        sent = (await h.command("milestones", [option("area", "Bay")]))[-1]
        assert "Page 1 of" in sent.text
        buttons = sent.data["components"][0]["components"]
        assert [b["label"] for b in buttons] == ["Previous", "Next", "Sources"] and buttons[0]["disabled"]
        turned = (await h.press(buttons[1]["custom_id"], sent.response))[-1]
        assert turned.payload["type"] == 7 and "Page 2 of" in turned.text
        assert turned.payload["data"]["components"][0]["components"][0]["disabled"] is False
    finally:
        await h.close()
        state.close()

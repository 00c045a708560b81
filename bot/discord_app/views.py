"""Buttons: "Sources", "Helpful" and "Wrong" on every answer, and "Post to channel" on a private one
(all survive restarts: the answer is kept in the state store, the button's id names it); list paging."""

import asyncio
import re

import discord

from bot.discord_app.messages import NO_MENTIONS, batches, reply_embed, sources_embeds
from bot.errors import PlanbotError
from bot.models import Reply

SOURCES_ID = "planbot:sources:{answer_id}"
FEEDBACK_ID = "planbot:feedback:{verdict}:{answer_id}"
POST_ID = "planbot:post:{answer_id}"
GONE = "That answer is too old to {what}; ask again."
UNAVAILABLE = "I can't {what} right now (the admins have been told); try again later."


async def stored_answer(interaction: discord.Interaction, answer_id: int, what: str) -> Reply | None:
    """The answer behind a button; None after telling the presser why not (gone, or the state database
    cannot be read right now)."""
    try:
        reply = await asyncio.to_thread(interaction.client.state.answer, answer_id)  # type: ignore[attr-defined]
    except PlanbotError:
        await interaction.response.send_message(UNAVAILABLE.format(what=what), ephemeral=True, allowed_mentions=NO_MENTIONS)
        return None
    if reply is None:
        await interaction.response.send_message(GONE.format(what=what), ephemeral=True, allowed_mentions=NO_MENTIONS)
    return reply


class SourcesButton(discord.ui.DynamicItem[discord.ui.Button], template=r"planbot:sources:(?P<answer_id>[0-9]+)"):
    """Shows every citation of one stored answer, only to the person who pressed it."""

    def __init__(self, answer_id: int) -> None:
        super().__init__(discord.ui.Button(label="Sources", style=discord.ButtonStyle.secondary, emoji="📄",
                                           custom_id=SOURCES_ID.format(answer_id=answer_id)))
        self.answer_id = answer_id

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction, item: discord.ui.Button, match: re.Match[str]) -> "SourcesButton":
        return cls(int(match["answer_id"]))

    async def callback(self, interaction: discord.Interaction) -> None:
        reply = await stored_answer(interaction, self.answer_id, "show its sources")
        if reply is None:
            return
        messages = batches(sources_embeds(reply))  # a digest's many sources may need several messages
        await interaction.response.send_message(embeds=messages[0], ephemeral=True, allowed_mentions=NO_MENTIONS)
        for embeds in messages[1:]:
            await interaction.followup.send(embeds=embeds, ephemeral=True, allowed_mentions=NO_MENTIONS)


class FeedbackButton(discord.ui.DynamicItem[discord.ui.Button],
                     template=r"planbot:feedback:(?P<verdict>helpful|wrong):(?P<answer_id>[0-9]+)"):
    """"Helpful" records the verdict at once; "Wrong" first asks what the right answer was (optional)."""

    def __init__(self, verdict: str, answer_id: int) -> None:
        helpful = verdict == "helpful"
        super().__init__(discord.ui.Button(label="Helpful" if helpful else "Wrong", emoji="👍" if helpful else "👎",
                                           style=discord.ButtonStyle.secondary,
                                           custom_id=FEEDBACK_ID.format(verdict=verdict, answer_id=answer_id)))
        self.verdict = verdict
        self.answer_id = answer_id

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction, item: discord.ui.Button, match: re.Match[str]) -> "FeedbackButton":
        return cls(match["verdict"], int(match["answer_id"]))

    async def callback(self, interaction: discord.Interaction) -> None:
        if self.verdict == "wrong":
            await interaction.response.send_modal(WrongAnswer(self.answer_id))
            return
        await record(interaction, self.answer_id, "helpful", None)


class WrongAnswer(discord.ui.Modal, title="What was wrong with this answer?"):
    """The correction is optional: pressing Send with it empty still records "wrong"."""

    right = discord.ui.TextInput(label="What is the right answer? (optional)", style=discord.TextStyle.paragraph,
                                 required=False, max_length=1000,
                                 placeholder="e.g. the owner is Jane Example, per the annex p. 12")

    def __init__(self, answer_id: int) -> None:
        super().__init__(custom_id=f"planbot:wrong:{answer_id}")
        self.answer_id = answer_id

    async def on_submit(self, interaction: discord.Interaction) -> None:
        await record(interaction, self.answer_id, "wrong", self.right.value)


async def record(interaction: discord.Interaction, answer_id: int, verdict: str, correction: str | None) -> None:
    """Store the verdict against the answer (a hash of the user id, never the name) and thank the person."""
    state = interaction.client.state  # type: ignore[attr-defined]
    try:
        kept = await asyncio.to_thread(state.record_feedback, answer_id, interaction.user.id, verdict, correction,
                                       interaction.channel_id, interaction.guild_id)
    except PlanbotError:
        await interaction.response.send_message(UNAVAILABLE.format(what="take feedback"), ephemeral=True,
                                                allowed_mentions=NO_MENTIONS)
        return
    if not kept:
        text = GONE.format(what="take feedback")
    elif verdict == "helpful":
        text = "Thanks: noted as helpful."
    else:
        text = "Thanks: noted as wrong" + (" with your correction" if (correction or "").strip() else "") + \
               ". The admins review wrong answers and add them to the bot's test questions."
    await interaction.response.send_message(text, ephemeral=True, allowed_mentions=NO_MENTIONS)


class PostButton(discord.ui.DynamicItem[discord.ui.Button], template=r"planbot:post:(?P<answer_id>[0-9]+)"):
    """Under an answer only its asker sees: post it to the channel for everyone, with its own buttons."""

    def __init__(self, answer_id: int) -> None:
        super().__init__(discord.ui.Button(label="Post to channel", style=discord.ButtonStyle.primary, emoji="📣",
                                           custom_id=POST_ID.format(answer_id=answer_id)))
        self.answer_id = answer_id

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction, item: discord.ui.Button, match: re.Match[str]) -> "PostButton":
        return cls(int(match["answer_id"]))

    async def callback(self, interaction: discord.Interaction) -> None:
        reply = await stored_answer(interaction, self.answer_id, "post")
        if reply is None:
            return
        await interaction.response.send_message(embed=reply_embed(reply), view=answer_view(self.answer_id),
                                                allowed_mentions=NO_MENTIONS)


def sources_view(answer_id: int | None) -> discord.ui.View:
    """The Sources button alone; none when the state database could not keep the answer."""
    if answer_id is None:
        return discord.utils.MISSING
    view = discord.ui.View(timeout=None)
    view.add_item(SourcesButton(answer_id))
    return view


def answer_view(answer_id: int | None, private: bool = False) -> discord.ui.View:
    """Sources, Helpful and Wrong under an answer; and Post to channel when only the asker sees it.
    No answer id (the state database could not keep it): no buttons."""
    if answer_id is None:
        return discord.utils.MISSING
    view = sources_view(answer_id)
    view.add_item(FeedbackButton("helpful", answer_id))
    view.add_item(FeedbackButton("wrong", answer_id))
    if private:
        view.add_item(PostButton(answer_id))
    return view


class Pages(discord.ui.View):
    """Previous / next over pre-built embeds; after the timeout the buttons go away."""

    def __init__(self, pages: list[discord.Embed], timeout: float = 600) -> None:
        super().__init__(timeout=timeout)
        self.pages = pages
        self.current = 0
        self.message: discord.Message | discord.WebhookMessage | None = None
        self._sync()

    def _sync(self) -> None:
        self.previous.disabled = self.current == 0
        self.next.disabled = self.current >= len(self.pages) - 1

    async def _show(self, interaction: discord.Interaction, page: int) -> None:
        self.current = max(0, min(page, len(self.pages) - 1))
        self._sync()
        await interaction.response.edit_message(embed=self.pages[self.current], view=self, allowed_mentions=NO_MENTIONS)

    @discord.ui.button(label="Previous", style=discord.ButtonStyle.secondary)
    async def previous(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        await self._show(interaction, self.current - 1)

    @discord.ui.button(label="Next", style=discord.ButtonStyle.secondary)
    async def next(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        await self._show(interaction, self.current + 1)

    async def on_timeout(self) -> None:
        if self.message is not None:
            try:
                await self.message.edit(view=None)
            except discord.HTTPException:
                pass

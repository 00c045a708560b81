"""Buttons: "Sources" on every answer (survives restarts: the answer is kept in the state store) and list paging."""

import asyncio
import re

import discord

from bot.discord_app.messages import NO_MENTIONS, sources_embeds
from bot.errors import PlanbotError

SOURCES_ID = "planbot:sources:{answer_id}"


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
        try:
            reply = await asyncio.to_thread(interaction.client.state.answer, self.answer_id)  # type: ignore[attr-defined]
        except PlanbotError:
            await interaction.response.send_message("I can't show those sources right now (the admins have been told); "
                                                    "ask again.", ephemeral=True, allowed_mentions=NO_MENTIONS)
            return
        if reply is None:
            await interaction.response.send_message("That answer is too old to show its sources; ask again.", ephemeral=True,
                                                    allowed_mentions=NO_MENTIONS)
            return
        await interaction.response.send_message(embeds=sources_embeds(reply), ephemeral=True, allowed_mentions=NO_MENTIONS)


def sources_view(answer_id: int) -> discord.ui.View:
    view = discord.ui.View(timeout=None)
    view.add_item(SourcesButton(answer_id))
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

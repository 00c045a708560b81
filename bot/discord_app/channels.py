"""/channel area: the plan area a channel's questions prefer when they name none. Kept in the state
database by channel id, so it survives restarts and re-indexing; a question naming an area overrides it."""

import asyncio

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord_app.checks import admin_only
from bot.discord_app.choices import suggestions
from bot.discord_app.messages import NO_MENTIONS
from bot.errors import PlanbotError
from bot.service import Planbot
from bot.state import StateStore


class Channels(commands.Cog):
    channel = app_commands.Group(name="channel", description="Settings for this channel", guild_only=True)
    area = app_commands.Group(name="area", description="The plan area this channel's questions prefer", parent=channel)

    def __init__(self, service: Planbot, state: StateStore) -> None:
        self.service = service
        self.state = state

    @area.command(name="set", description="Admins: questions here that name no plan area are about this one")
    @app_commands.describe(area="A plan area from the papers (start typing for suggestions)")
    @admin_only()
    async def set_(self, interaction: discord.Interaction, area: app_commands.Range[str, 1, 100]) -> None:
        place = await asyncio.to_thread(self.service.resolve_area, area)
        if place is None:
            raise PlanbotError("Name a plan area, e.g. one of those offered as you type.")
        await asyncio.to_thread(self.state.set_channel_area, interaction.channel_id, interaction.guild_id, place,
                                interaction.user.id)
        await interaction.response.send_message(
            f"Questions in this channel that name no plan area are now answered for **{place}**. A question that names "
            "an area still gets that area. `/channel area clear` undoes this.", ephemeral=True, allowed_mentions=NO_MENTIONS)

    @set_.autocomplete("area")
    async def _areas(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        return await suggestions(self.service.area_choices, current)

    @area.command(name="clear", description="Admins: this channel's questions no longer prefer a plan area")
    @admin_only()
    async def clear(self, interaction: discord.Interaction) -> None:
        removed = await asyncio.to_thread(self.state.clear_channel_area, interaction.channel_id)
        text = "This channel no longer prefers a plan area." if removed else "This channel had no plan area set."
        await interaction.response.send_message(text, ephemeral=True, allowed_mentions=NO_MENTIONS)

    @area.command(name="show", description="The plan area this channel's questions prefer, if any")
    async def show(self, interaction: discord.Interaction) -> None:
        area = await asyncio.to_thread(self.state.channel_area, interaction.channel_id)
        text = (f"This channel prefers **{area}** for questions that name no plan area." if area else
                "This channel prefers no plan area; admins can set one with `/channel area set`.")
        await interaction.response.send_message(text, ephemeral=True, allowed_mentions=NO_MENTIONS)

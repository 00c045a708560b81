"""/timeline: the plans' milestones by NHS quarter as a picture attached to an embed. Also what a weekly
digest attaches when its subscription asks for the coming quarter's picture."""

import asyncio
import io
from collections.abc import Callable
from datetime import date

import discord
from discord import app_commands
from discord.ext import commands

from bot.digests.timeline import Timeline
from bot.discord_app.choices import suggestions
from bot.discord_app.messages import ANSWERED, EMBED_DESCRIPTION, NO_MENTIONS, trim
from bot.discord_app.questions import parse_as_of
from bot.service import Planbot

FILE_NAME = "timeline.png"


def _picture(timeline: Timeline) -> tuple[Timeline, bytes]:
    from bot.digests.timeline_png import render_png  # matplotlib loads only when a picture is wanted

    return timeline, render_png(timeline)


async def timeline_message(service: Planbot, area: str | None, date_from: str | date | None, date_to: str | date | None,
                           today: date) -> tuple[discord.Embed, discord.File]:
    """The picture and an embed showing it; built and drawn off the event loop. Raises PlanbotError
    (one sentence) when no milestone falls in the window."""
    timeline = await asyncio.to_thread(service.timeline, area, date_from, date_to, today)
    timeline, png = await asyncio.to_thread(_picture, timeline)
    areas = list(dict.fromkeys(r.area for r in timeline.rows))
    embed = discord.Embed(title=trim(timeline.title(), 256), colour=ANSWERED, description=trim(
        f"{len(timeline.rows)} initiatives, {timeline.milestones} milestones, one row per initiative grouped by plan "
        f"area ({', '.join(areas)}). Grey: passed · orange: due now (today is in its period) · blue: coming. "
        f"The red line is today ({today:%-d %B %Y}).", EMBED_DESCRIPTION))
    embed.set_image(url=f"attachment://{FILE_NAME}")
    return embed, discord.File(io.BytesIO(png), filename=FILE_NAME)


class Timelines(commands.Cog):
    def __init__(self, service: Planbot, today: Callable[[], date]) -> None:
        self.service = service
        self.today = today

    @app_commands.command(name="timeline", description="The plans' milestones by NHS quarter as a picture")
    @app_commands.describe(area="Plan area (default: all)", date_from="From a date or period: 2016-10-01, 'Qtr 3 2016/17' "
                           "(default: the first milestone)", date_to="To a date or period: 2017-09-30, '2017/18' "
                           "(default: the last milestone)", as_of="Today's date, marked on the picture (YYYY-MM-DD)")
    @app_commands.rename(date_from="from", date_to="to")
    async def timeline(self, interaction: discord.Interaction, area: app_commands.Range[str, 1, 100] | None = None,
                       date_from: app_commands.Range[str, 1, 40] | None = None,
                       date_to: app_commands.Range[str, 1, 40] | None = None, as_of: str | None = None) -> None:
        today = parse_as_of(as_of) or self.today()
        await interaction.response.defer(thinking=True)
        embed, file = await timeline_message(self.service, area, date_from, date_to, today)
        await interaction.followup.send(embed=embed, file=file, allowed_mentions=NO_MENTIONS)

    @timeline.autocomplete("area")
    async def _areas(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        return await suggestions(self.service.area_choices, current)

"""/digest commands and the weekly poster. Translation only: digests come from bot.service, timing from bot.digests.schedule."""

import asyncio
import logging
import os
import socket
from collections.abc import Callable
from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

import discord
from discord import app_commands
from discord.ext import commands, tasks

from bot.config import Settings
from bot.discord_app.checks import admin_only
from bot.discord_app.choices import suggestions
from bot.discord_app.failures import user_sentence
from bot.digests.digest import Digest, digest_sources
from bot.digests.timeline import coming_quarter
from bot.discord_app.messages import NO_MENTIONS, batches, trim
from bot.discord_app.plan_embeds import digest_embeds
from bot.discord_app.timeline import timeline_message
from bot.discord_app.views import sources_view
from bot.discord_app.notices import NOTICE_GRACE_SECONDS, post_to_digest_channels
from bot.discord_app.questions import parse_as_of
from bot.errors import PlanbotError, StateDamagedError
from bot.digests.schedule import WEEKDAYS, Slot, due_week, parse_time, parse_weekday
from bot.service import Planbot
from bot.state import StateStore

log = logging.getLogger("planbot.digest")

WEEKDAY_CHOICES = [app_commands.Choice(name=day.capitalize(), value=n) for n, day in enumerate(WEEKDAYS)]
Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


class Digests(commands.Cog):
    """Weekly milestone digests: subscriptions in SQLite, one post per channel per week, ever."""

    digest = app_commands.Group(name="digest", description="Weekly milestone digests for channels", guild_only=True)

    def __init__(self, bot: commands.Bot, service: Planbot, state: StateStore, settings: Settings,
                 clock: Clock = utc_now, run_loop: bool = True) -> None:
        self.bot = bot
        self.service = service
        self.state = state
        self.settings = settings
        self.zone = ZoneInfo(settings.timezone)
        self.clock = clock
        self.run_loop = run_loop
        self.claimant = f"{socket.gethostname()}:{os.getpid()}:{id(self):x}"
        self.paused = False  # the state database cannot be read: no digest is claimed or posted
        self.notice_grace = NOTICE_GRACE_SECONDS  # how long an admin's own next command has to hear a notice first

    async def cog_load(self) -> None:
        if self.run_loop:
            self.poster.start()

    async def cog_unload(self) -> None:
        self.poster.cancel()

    # ------------------------------------------------------------ the weekly poster

    @tasks.loop(minutes=1)
    async def poster(self) -> None:
        try:
            await self.tick()
        except Exception:  # noqa: BLE001 - one bad tick must not stop the loop
            log.exception("digest tick failed")

    @poster.before_loop
    async def _wait_until_ready(self) -> None:
        await self.bot.wait_until_ready()

    async def tick(self) -> list[tuple[int, str]]:
        """Post every digest due now; returns (channel id, week) for each one this instance posted."""
        now = self.clock()
        posted = []
        try:
            subscriptions = await asyncio.to_thread(self.state.subscriptions)
        except StateDamagedError as exc:  # paused until the state database is mended; the admins are told
            if not self.paused:
                log.error("digests paused: %s", exc.message)
            self.paused = True
            return []
        self.paused = False
        await post_to_digest_channels(self.bot, self.service.notices, subscriptions, self.notice_grace)
        for sub in subscriptions:
            week = due_week(Slot(sub["weekday"], parse_time(sub["time"])), now, self.zone)
            if week is None or not await asyncio.to_thread(self.state.claim_digest, sub["channel_id"], week, self.claimant):
                continue
            error = await self._post(sub, now)
            await asyncio.to_thread(self.state.finish_digest, sub["channel_id"], week, error)
            if error is None:
                posted.append((sub["channel_id"], week))
        return posted

    async def _post(self, sub: dict, now: datetime) -> str | None:
        """Send one digest; a failure is logged and returned as a sentence for /digest list."""
        try:
            digest = await asyncio.to_thread(self._build, sub.get("area"), now.astimezone(self.zone).date())
            channel = self.bot.get_channel(sub["channel_id"]) or await self.bot.fetch_channel(sub["channel_id"])
            if not isinstance(channel, discord.abc.Messageable):
                return "that channel can't receive messages"
            view = await self._sources(digest)
            messages = batches(digest_embeds(digest))
            for n, embeds in enumerate(messages, start=1):
                await channel.send(embeds=embeds, allowed_mentions=NO_MENTIONS,
                                   view=view if n == len(messages) else discord.utils.MISSING)
            if sub.get("timeline"):
                await self._post_timeline(channel, sub.get("area"), now.astimezone(self.zone).date())
            return None
        except discord.NotFound:
            error = "the channel no longer exists"
        except discord.Forbidden:
            error = "planbot has no permission to post there (needs View Channel, Send Messages, Embed Links, and Attach Files for a timeline)"
        except (discord.HTTPException, PlanbotError) as exc:
            error = user_sentence(exc) if isinstance(exc, PlanbotError) else f"Discord refused the post ({exc.status})"
        log.warning("digest for channel %s not posted: %s", sub["channel_id"], error)
        return error

    async def _post_timeline(self, channel: discord.abc.Messageable, area: str | None, today: date) -> None:
        """The coming quarter's picture after the digest; a quarter with nothing due gets no picture (the digest says so)."""
        start, end = coming_quarter(today)
        try:
            embed, file = await timeline_message(self.service, area, start, end, today)
        except PlanbotError as exc:
            log.info("no timeline for channel %s: %s", getattr(channel, "id", "?"), exc.message)
            return
        await channel.send(embed=embed, file=file, allowed_mentions=NO_MENTIONS)

    async def _sources(self, digest: Digest) -> discord.ui.View:
        """The Sources button under a digest: every milestone's cell and the full owner cells."""
        try:
            return sources_view(await asyncio.to_thread(self.state.save_answer, digest_sources(digest)))
        except StateDamagedError:
            return sources_view(None)

    def _build(self, area: str | None, day):  # noqa: ANN001, ANN202
        s = self.settings
        return self.service.digest(day, area, s.digest_days, s.digest_weeks, s.digest_passed_days)

    # ------------------------------------------------------------ commands

    @digest.command(name="subscribe", description="Post the weekly milestone digest in a channel (admins)")
    @app_commands.describe(channel="Where to post (default: this channel)", area="Only this plan area (default: all)",
                           weekday="Day to post (default from PLANBOT_DIGEST_WEEKDAY)",
                           time="Time to post, HH:MM in the bot's time zone (default from PLANBOT_DIGEST_TIME)",
                           timeline="Also post a picture of this quarter's and next quarter's milestones (default: no)")
    @app_commands.choices(weekday=WEEKDAY_CHOICES)
    @admin_only()
    async def subscribe(self, interaction: discord.Interaction, channel: discord.TextChannel | None = None,
                        area: app_commands.Range[str, 1, 100] | None = None, weekday: app_commands.Choice[int] | None = None,
                        time: app_commands.Range[str, 1, 5] | None = None, timeline: bool = False) -> None:
        target = channel or interaction.channel
        if target is None:
            raise PlanbotError("Pick a channel to post the digest in.")
        try:
            at = parse_time(time or self.settings.digest_time)
        except ValueError as exc:
            raise PlanbotError(f"{str(exc)[0].upper()}{str(exc)[1:]}.") from None
        day = weekday.value if weekday else parse_weekday(self.settings.digest_weekday)
        place = await asyncio.to_thread(self.service.resolve_area, area) if area else None
        await asyncio.to_thread(self.state.subscribe, target.id, interaction.guild_id, place, day,
                                f"{at:%H:%M}", interaction.user.id, timeline)
        what = f"the {place} milestone digest" if place else "the milestone digest for all plan areas"
        what += " with a timeline picture" if timeline else ""
        await interaction.response.send_message(
            f"{target.mention} will get {what} every {WEEKDAYS[day].capitalize()} at {at:%H:%M} ({self.settings.timezone}).",
            ephemeral=True, allowed_mentions=NO_MENTIONS)

    @digest.command(name="unsubscribe", description="Stop the weekly digest in a channel (admins)")
    @app_commands.describe(channel="Which channel (default: this channel)")
    @admin_only()
    async def unsubscribe(self, interaction: discord.Interaction, channel: discord.TextChannel | None = None) -> None:
        target = channel or interaction.channel
        removed = target is not None and await asyncio.to_thread(self.state.unsubscribe, target.id)
        where = target.mention if target else "That channel"
        text = f"{where} will no longer get the weekly digest." if removed else f"{where} had no digest subscription."
        await interaction.response.send_message(text, ephemeral=True, allowed_mentions=NO_MENTIONS)

    @digest.command(name="list", description="This server's digest subscriptions, last post and last failure")
    async def list_(self, interaction: discord.Interaction) -> None:
        subs = await asyncio.to_thread(self.state.subscriptions, interaction.guild_id)
        if not subs:
            text = "No channel here gets the weekly digest. Admins can add one with /digest subscribe."
        else:
            lines = []
            for s in subs:
                line = (f"<#{s['channel_id']}>: {s['area'] or 'all plan areas'}, {WEEKDAYS[s['weekday']].capitalize()} "
                        f"{s['time']} ({self.settings.timezone})")
                line += ", with a timeline picture" if s.get("timeline") else ""
                line += f"; last posted {s['last_posted']}" if s["last_posted"] else "; not posted yet"
                line += f"; **last failure** {s['last_error']}" if s["last_error"] else ""
                lines.append(line)
            text = "\n".join(lines)
        await interaction.response.send_message(trim(text, 2000), ephemeral=True, allowed_mentions=NO_MENTIONS)

    @digest.command(name="preview", description="The digest a channel would get, shown only to you")
    @app_commands.describe(area="Only this plan area (default: all)", as_of="The digest's date (YYYY-MM-DD; default: today)")
    async def preview(self, interaction: discord.Interaction, area: app_commands.Range[str, 1, 100] | None = None,
                      as_of: str | None = None) -> None:
        day = parse_as_of(as_of) or self.clock().astimezone(self.zone).date()
        await interaction.response.defer(ephemeral=True, thinking=True)
        digest = await asyncio.to_thread(self._build, area, day)
        view = await self._sources(digest)
        messages = batches(digest_embeds(digest))
        for n, embeds in enumerate(messages, start=1):
            await interaction.followup.send(embeds=embeds, ephemeral=True, allowed_mentions=NO_MENTIONS,
                                            view=view if n == len(messages) else discord.utils.MISSING)

    @subscribe.autocomplete("area")
    @preview.autocomplete("area")
    async def area_autocomplete(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        return await suggestions(self.service.area_choices, current)

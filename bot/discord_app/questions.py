"""Slash commands and mentions that ask the plans something. Translation only: the answers come from bot.service."""

import asyncio
import logging
import re
from datetime import date

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord_app.choices import suggestions
from bot.discord_app.failures import user_sentence
from bot.digests.items import sources_reply
from bot.discord_app.messages import NO_MENTIONS, list_pages, reply_embed, trim
from bot.discord_app.plan_embeds import group_fields
from bot.discord_app.views import Pages, SourcesButton, answer_view, sources_view
from bot.errors import PlanbotError, QuestionError, StateDamagedError
from bot.models import Reply
from bot.records.mustdos import MUSTDOS
from bot.ratelimit import RateLimiter
from bot.service import Planbot
from bot.state import StateStore

log = logging.getLogger("planbot.discord")

MUSTDO_CHOICES = [app_commands.Choice(name=trim(f"{n}: {label}", 100), value=n) for n, label in MUSTDOS.items()]
HELP = """Ask about the STP papers and annexes; every answer cites the document, page or line, and the quoted text.

**/ask** any question: "who's leading the MSK redesign in west lancs?", "what's due for Pennine in Jan 2017?"
**/owner** who owns an initiative, or what a person owns (start typing for suggestions)
**/milestones** milestones for a plan area and a period ("Jan 2017", "Qtr 3 2016/17", "next month")
**/mustdo** which local priorities cover one of the nine national must-dos
**/digest** weekly milestone digests for a channel (preview, list; admins subscribe)
**/reindex** admins: re-index with a new draft (upload it), roll back, list versions
**/timeline** a picture of the plans' milestones by NHS quarter, one row per initiative
**/channel** admins: the plan area this channel's questions prefer
**/feedback** admins: what staff said about answers
**/help** this message
You can also mention me with a question, reply to one of my answers, or use **Ask planbot** on any message (Apps menu).
Press **Sources** under an answer for all its citations, and **Helpful** or **Wrong** to tell us how it did.
When the plans don't hold an answer I say so plainly, with the closest passages."""


def parse_as_of(value: str | None) -> date | None:
    if not value or not value.strip():
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise QuestionError(f"'{trim(value, 40)}' is not a date: use YYYY-MM-DD, e.g. 2017-01-15.") from None


class Questions(commands.Cog):
    """/ask, /owner, /milestones, /mustdo, /help, and questions by mention or reply."""

    def __init__(self, bot: commands.Bot, service: Planbot, state: StateStore, limiter: RateLimiter,
                 max_question_chars: int) -> None:
        self.bot = bot
        self.service = service
        self.state = state
        self.limiter = limiter
        self.max_question_chars = max_question_chars
        self.ask_menu = app_commands.ContextMenu(name="Ask planbot", callback=self.ask_about_message)

    async def cog_load(self) -> None:
        self.bot.tree.add_command(self.ask_menu)

    async def cog_unload(self) -> None:
        self.bot.tree.remove_command(self.ask_menu.name, type=self.ask_menu.type)

    async def ask_about_message(self, interaction: discord.Interaction, message: discord.Message) -> None:
        """"Ask planbot" on a message: its text answered only to the one who asked, with a button to post it."""
        me = self.bot.user
        text = re.sub(rf"<@!?{me.id}>", " ", message.content).strip() if me else message.content.strip()
        if not text:
            raise QuestionError("That message has no text to ask about (only attachments or embeds).")
        text = trim(text, self.max_question_chars)
        self.limiter.hit(interaction.user.id)
        await interaction.response.defer(ephemeral=True, thinking=True)
        reply, answer_id, area = await self.answered(interaction.channel_id, text, self.service.ask, text, None)
        await interaction.followup.send(embed=reply_embed(reply, channel_area=area), view=answer_view(answer_id, private=True),
                                        ephemeral=True, allowed_mentions=NO_MENTIONS)

    async def channel_area(self, channel_id: int | None, text: str) -> str | None:
        """The channel's plan area, to prefer when the question names none (a named area overrides it);
        None when the channel has none or the live papers no longer have that area."""
        try:
            area = await asyncio.to_thread(self.state.channel_area, channel_id)
            if not area:
                return None
            if await asyncio.to_thread(self.service.names_area, text):
                return None
            return await asyncio.to_thread(self.service.resolve_area, area)
        except PlanbotError:
            return None

    async def answered(self, channel_id: int | None, text: str, work, *args) -> tuple[Reply, int | None, str | None]:  # noqa: ANN001
        """Answer off the event loop with the channel's area, and keep the answer (with the index version and
        channel) for its Sources and feedback buttons. Returns (reply, stored id, the channel area used); the id
        is None when the state database cannot be written: the answer still goes out, without buttons (the
        admins have been told)."""
        area = await self.channel_area(channel_id, text)
        reply = await asyncio.to_thread(work, *args, area)
        version = await asyncio.to_thread(self.service.version)
        return reply, await self.kept(reply, version, channel_id), area

    async def kept(self, reply: Reply, version: str | None = None, channel_id: int | None = None) -> int | None:
        try:
            return await asyncio.to_thread(self.state.save_answer, reply, version, channel_id)
        except StateDamagedError:
            return None

    async def _answer(self, interaction: discord.Interaction, text: str, work, *args) -> None:  # noqa: ANN001
        """Cooldown, then defer (answers may take over a second), then the blocking work off the event loop."""
        self.limiter.hit(interaction.user.id)
        await interaction.response.defer(thinking=True)
        reply, answer_id, area = await self.answered(interaction.channel_id, text, work, *args)
        await interaction.followup.send(embed=reply_embed(reply, channel_area=area), view=answer_view(answer_id),
                                        allowed_mentions=NO_MENTIONS)

    @app_commands.command(name="ask", description="Ask the STP papers a question; the answer cites its sources")
    @app_commands.describe(question="Your question, in your own words",
                           as_of="Today's date for 'this month' or 'overdue' (YYYY-MM-DD); default: today")
    async def ask(self, interaction: discord.Interaction, question: str, as_of: str | None = None) -> None:
        if not question.strip():
            raise QuestionError("The question is empty: type what you want to know.")
        if len(question) > self.max_question_chars:
            raise QuestionError(f"That question is {len(question)} characters; keep it under {self.max_question_chars}.")
        await self._answer(interaction, question, self.service.ask, question, parse_as_of(as_of))

    @app_commands.command(name="owner", description="Who owns an initiative, or what a person owns")
    @app_commands.describe(name="An initiative (e.g. 'stroke pathway') or a person's name")
    async def owner(self, interaction: discord.Interaction, name: app_commands.Range[str, 1, 200]) -> None:
        await self._answer(interaction, name, self.service.owner, name, None)

    @owner.autocomplete("name")
    async def owner_autocomplete(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        return await suggestions(self.service.owner_choices, current)

    @app_commands.command(name="milestones", description="Milestones for a plan area and a period, with owners and sources")
    @app_commands.describe(area="Plan area or workstream (default: all)",
                           period="When: 'Jan 2017', 'Qtr 3 2016/17', '2017/18', 'next month' (default: any time)",
                           as_of="Today's date for 'next month' and the like (YYYY-MM-DD)")
    async def milestones(self, interaction: discord.Interaction, area: app_commands.Range[str, 1, 100] | None = None,
                         period: app_commands.Range[str, 1, 100] | None = None, as_of: str | None = None) -> None:
        self.limiter.hit(interaction.user.id)
        day = parse_as_of(as_of)
        await interaction.response.defer(thinking=True)
        channel_area = None if area else await self.channel_area(interaction.channel_id, "")
        found = await asyncio.to_thread(self.service.milestones, area or channel_area, period, day)
        fields = [f for group in found.groups() for f in group_fields(group, with_area=True)]
        pages = list_pages(found.heading, fields, footer=f"{channel_area}, this channel's area" if channel_area else area)
        answer_id = await self.kept(sources_reply(found.heading, found.items))
        view = Pages(pages) if len(pages) > 1 else sources_view(answer_id)
        if isinstance(view, Pages) and answer_id is not None:
            view.add_item(SourcesButton(answer_id))
        message = await interaction.followup.send(embed=pages[0], view=view, allowed_mentions=NO_MENTIONS, wait=True)
        if isinstance(view, Pages):
            view.message = message

    @app_commands.command(name="mustdo", description="Which local priorities cover a national must-do")
    @app_commands.describe(must_do="One of the nine national must-dos (2016/17 planning guidance)",
                           area="Plan area (default: all)")
    @app_commands.choices(must_do=MUSTDO_CHOICES)
    async def mustdo(self, interaction: discord.Interaction, must_do: app_commands.Choice[int],
                     area: app_commands.Range[str, 1, 100] | None = None) -> None:
        await self._answer(interaction, area or "", self._mustdo, area, must_do.value)

    def _mustdo(self, area: str | None, number: int, channel_area: str | None) -> Reply:
        return self.service.mustdo(area or channel_area, number)

    @milestones.autocomplete("area")
    @mustdo.autocomplete("area")
    async def area_autocomplete(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        """The plan areas of the live index (the papers' own headings), as staff type them."""
        return await suggestions(self.service.area_choices, current)

    @app_commands.command(name="help", description="What planbot can answer and how to ask")
    async def help(self, interaction: discord.Interaction) -> None:
        embed = discord.Embed(title="planbot", description=HELP, colour=discord.Colour.teal())
        await interaction.response.send_message(embed=embed, ephemeral=True, allowed_mentions=NO_MENTIONS)

    # ------------------------------------------------------------ mentions and replies

    def _asks_me(self, message: discord.Message, me: discord.abc.User) -> bool:
        if message.author.bot:
            return False
        if any(u.id == me.id for u in message.mentions):
            return True
        ref = message.reference
        resolved = ref.resolved if ref else None
        return isinstance(resolved, discord.Message) and resolved.author.id == me.id

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        me = self.bot.user
        if me is None or not self._asks_me(message, me):
            return
        text = re.sub(rf"<@!?{me.id}>", " ", message.content).strip()
        try:
            if not text:
                raise QuestionError("Ask me something after the mention, e.g. \"who owns solution design for Pennine?\" (or try /help).")
            self.limiter.hit(message.author.id)
            async with message.channel.typing():
                question = text[: self.max_question_chars + 1]
                reply, answer_id, area = await self.answered(message.channel.id, question, self.service.ask, question, None)
            await message.reply(embed=reply_embed(reply, channel_area=area), view=answer_view(answer_id), mention_author=False,
                                allowed_mentions=NO_MENTIONS)
        except Exception as exc:  # noqa: BLE001 - every failure becomes one sentence; the log has the rest
            try:
                await message.reply(user_sentence(exc), mention_author=False, allowed_mentions=NO_MENTIONS)
            except discord.HTTPException:
                log.warning("could not reply to message %s", message.id)

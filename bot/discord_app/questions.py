"""Slash commands and mentions that ask the plans something. Translation only: the answers come from bot.service."""

import asyncio
import logging
import re
from datetime import date

import discord
from discord import app_commands
from discord.ext import commands

from bot.records.areas import LDPS, WORKSTREAMS
from bot.discord_app.failures import user_sentence
from bot.discord_app.messages import NO_MENTIONS, list_pages, quoted, reply_embed, trim
from bot.discord_app.views import Pages, sources_view
from bot.errors import PlanbotError, QuestionError, StateDamagedError
from bot.models import Reply
from bot.records.mustdos import MUSTDOS
from bot.ratelimit import RateLimiter
from bot.service import Planbot
from bot.state import StateStore

log = logging.getLogger("planbot.discord")

AREA_CHOICES = [app_commands.Choice(name=a, value=a) for a in (*LDPS, *WORKSTREAMS)][:25]
MUSTDO_CHOICES = [app_commands.Choice(name=trim(f"{n}: {label}", 100), value=n) for n, label in MUSTDOS.items()]
HELP = """Ask about the STP papers and annexes; every answer cites the document, page or line, and the quoted text.

**/ask** any question: "who's leading the MSK redesign in west lancs?", "what's due for Pennine in Jan 2017?"
**/owner** who owns an initiative, or what a person owns (start typing for suggestions)
**/milestones** milestones for a plan area and a period ("Jan 2017", "Qtr 3 2016/17", "next month")
**/mustdo** which local priorities cover one of the nine national must-dos
**/digest** weekly milestone digests for a channel (preview, list; admins subscribe)
**/reindex** admins: re-index with a new draft (upload it), roll back, list versions
**/help** this message
You can also mention me with a question, or reply to one of my answers. Press **Sources** under an answer for all its citations.
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

    async def _sources(self, reply: Reply) -> discord.ui.View | None:
        """The Sources button, kept in the state database; without a readable state database the answer
        still goes out, without the button (the admins have been told)."""
        try:
            return sources_view(await asyncio.to_thread(self.state.save_answer, reply))
        except StateDamagedError:
            return None

    async def _send_reply(self, interaction: discord.Interaction, reply: Reply) -> None:
        view = await self._sources(reply)
        await interaction.followup.send(embed=reply_embed(reply), view=view or discord.utils.MISSING,
                                        allowed_mentions=NO_MENTIONS)

    async def _answer(self, interaction: discord.Interaction, work, *args) -> None:  # noqa: ANN001
        """Cooldown, then defer (answers may take over a second), then the blocking work off the event loop."""
        self.limiter.hit(interaction.user.id)
        await interaction.response.defer(thinking=True)
        reply = await asyncio.to_thread(work, *args)
        await self._send_reply(interaction, reply)

    @app_commands.command(name="ask", description="Ask the STP papers a question; the answer cites its sources")
    @app_commands.describe(question="Your question, in your own words",
                           as_of="Today's date for 'this month' or 'overdue' (YYYY-MM-DD); default: today")
    async def ask(self, interaction: discord.Interaction, question: str, as_of: str | None = None) -> None:
        if not question.strip():
            raise QuestionError("The question is empty: type what you want to know.")
        if len(question) > self.max_question_chars:
            raise QuestionError(f"That question is {len(question)} characters; keep it under {self.max_question_chars}.")
        await self._answer(interaction, self.service.ask, question, parse_as_of(as_of))

    @app_commands.command(name="owner", description="Who owns an initiative, or what a person owns")
    @app_commands.describe(name="An initiative (e.g. 'stroke pathway') or a person's name")
    async def owner(self, interaction: discord.Interaction, name: app_commands.Range[str, 1, 200]) -> None:
        await self._answer(interaction, self.service.owner, name)

    @owner.autocomplete("name")
    async def owner_autocomplete(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        try:
            names = await asyncio.to_thread(self.service.owner_choices, current)
        except PlanbotError:
            return []
        return [app_commands.Choice(name=n, value=n) for n in names]

    @app_commands.command(name="milestones", description="Milestones for a plan area and a period, with owners and sources")
    @app_commands.describe(area="Plan area or workstream (default: all)",
                           period="When: 'Jan 2017', 'Qtr 3 2016/17', '2017/18', 'next month' (default: any time)",
                           as_of="Today's date for 'next month' and the like (YYYY-MM-DD)")
    @app_commands.choices(area=AREA_CHOICES)
    async def milestones(self, interaction: discord.Interaction, area: app_commands.Choice[str] | None = None,
                         period: app_commands.Range[str, 1, 100] | None = None, as_of: str | None = None) -> None:
        self.limiter.hit(interaction.user.id)
        day = parse_as_of(as_of)
        await interaction.response.defer(thinking=True)
        found = await asyncio.to_thread(self.service.milestones, area.value if area else None, period, day)
        items = [(trim(f"{r['area'] or ''}: {r['initiative']}", 256),
                  f"**{discord.utils.escape_markdown(trim(r['milestone'], 300))}**\n"
                  f"Due: {discord.utils.escape_markdown(r['due'] or 'no date given')}"
                  + (f" ({r['start']} to {r['end']})" if r["end"] else "")
                  + (f"\nOwner: {discord.utils.escape_markdown(trim(r['owner'], 120))}" if r["owner"] else "")
                  + f"\n{r['document']}, " + (f"p. {r['page']}" if r["page"] is not None else f"line {r['line']}")
                  + f"\n{quoted(r['quote'], 300)}") for r in found.rows]
        pages = list_pages(found.heading, items, footer=area.value if area else None)
        view = Pages(pages) if len(pages) > 1 else discord.utils.MISSING
        message = await interaction.followup.send(embed=pages[0], view=view, allowed_mentions=NO_MENTIONS, wait=True)
        if isinstance(view, Pages):
            view.message = message

    @app_commands.command(name="mustdo", description="Which local priorities cover a national must-do")
    @app_commands.describe(must_do="One of the nine national must-dos (2016/17 planning guidance)",
                           area="Plan area (default: all five)")
    @app_commands.choices(must_do=MUSTDO_CHOICES, area=AREA_CHOICES[: len(LDPS)])
    async def mustdo(self, interaction: discord.Interaction, must_do: app_commands.Choice[int],
                     area: app_commands.Choice[str] | None = None) -> None:
        await self._answer(interaction, self.service.mustdo, area.value if area else None, must_do.value)

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
                reply = await asyncio.to_thread(self.service.ask, text[: self.max_question_chars + 1])
                view = await self._sources(reply)
            await message.reply(embed=reply_embed(reply), view=view or discord.utils.MISSING, mention_author=False,
                                allowed_mentions=NO_MENTIONS)
        except Exception as exc:  # noqa: BLE001 - every failure becomes one sentence; the log has the rest
            try:
                await message.reply(user_sentence(exc), mention_author=False, allowed_mentions=NO_MENTIONS)
            except discord.HTTPException:
                log.warning("could not reply to message %s", message.id)

"""/feedback report for admins: how staff rated answers week by week, and the latest answers they
marked wrong (with the correction they offered). `planbot feedback export --format qa` turns those
into question-bank items."""

import asyncio

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord_app.checks import admin_only
from bot.discord_app.messages import ANSWERED, EMBED_FIELDS, NO_MENTIONS, fit, quoted, trim
from bot.feedback import weekly_counts
from bot.state import StateStore

SHOWN_WRONG = 8


def report_embed(rows: list[dict]) -> discord.Embed:
    embed = discord.Embed(title="Feedback on planbot's answers", colour=ANSWERED)
    if not rows:
        embed.description = "No feedback yet: staff press Helpful or Wrong under an answer."
        return embed
    weeks = weekly_counts(rows)
    embed.description = "\n".join(f"**{w.week}**: {w.helpful} helpful, {w.wrong} wrong" for w in weeks)
    for row in [r for r in rows if r["verdict"] == "wrong"][:min(SHOWN_WRONG, EMBED_FIELDS)]:
        correction = f"\nRight answer, they say: {quoted(row['correction'], 250)}" if row.get("correction") else ""
        embed.add_field(name=trim(f"{row['created'][:10]} · {row['question']}", 256),
                        value=trim(f"Bot said: {quoted(row['answer'], 300)}{correction}", 1024), inline=False)
    embed.set_footer(text="planbot feedback export --format qa writes the wrong ones as test questions.")
    return fit(embed)


class Feedback(commands.Cog):
    feedback = app_commands.Group(name="feedback", description="What staff said about planbot's answers", guild_only=True)

    def __init__(self, state: StateStore) -> None:
        self.state = state

    @feedback.command(name="report", description="Admins: helpful and wrong answers per week, and the latest wrong ones")
    @admin_only()
    async def report(self, interaction: discord.Interaction) -> None:
        rows = await asyncio.to_thread(self.state.feedback, None, interaction.guild_id)
        await interaction.response.send_message(embed=report_embed(rows), ephemeral=True, allowed_mentions=NO_MENTIONS)

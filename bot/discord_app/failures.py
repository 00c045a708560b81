"""The one place the Discord edge turns an error into a sentence for the user; tracebacks go to the log only."""

import logging

import discord
from discord import app_commands

from bot.discord_app.checks import NotAdmin
from bot.errors import PlanbotError
from bot.discord_app.messages import NO_MENTIONS, trim

log = logging.getLogger("planbot.discord")

SOMETHING_WRONG = "Something went wrong on my side; the admins can find the details in the bot's log."


def user_sentence(error: BaseException) -> str:
    if isinstance(error, app_commands.CommandInvokeError):
        error = error.original
    if isinstance(error, app_commands.TransformerError) and isinstance(error.__cause__, PlanbotError):
        error = error.__cause__
    if isinstance(error, PlanbotError):
        return error.message
    if isinstance(error, app_commands.CommandOnCooldown):
        return f"You're asking quickly: try again in {max(1, round(error.retry_after))} s."
    if isinstance(error, NotAdmin | app_commands.MissingPermissions | app_commands.MissingAnyRole | app_commands.MissingRole):
        return "Only planbot admins can do that (an admin role from PLANBOT_ADMIN_ROLE_IDS, or Manage Server)."
    if isinstance(error, app_commands.NoPrivateMessage):
        return "That command works in a server channel, not in direct messages."
    if isinstance(error, app_commands.TransformerError):
        return f"I couldn't read '{trim(str(error.value), 60)}' for that option."
    if isinstance(error, app_commands.CheckFailure):
        return "You can't use that command here."
    log.error("unexpected error in a Discord interaction", exc_info=error)
    return SOMETHING_WRONG


async def tell(interaction: discord.Interaction, error: BaseException) -> None:
    """Send the sentence only to the person who asked; a public "thinking…" placeholder is removed first."""
    sentence = user_sentence(error)
    try:
        if interaction.response.is_done():
            try:
                await interaction.delete_original_response()
            except discord.HTTPException:
                pass
            await interaction.followup.send(sentence, ephemeral=True, allowed_mentions=NO_MENTIONS)
        else:
            await interaction.response.send_message(sentence, ephemeral=True, allowed_mentions=NO_MENTIONS)
    except discord.HTTPException:
        log.warning("could not tell the user about an error: %s", sentence)

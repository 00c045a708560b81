"""Telling admins, once, about problems planbot is working around (a damaged index version, a damaged
state database): ephemerally after their next command, or, if no admin has come by within
NOTICE_GRACE_SECONDS, in each server's first digest channel."""

import logging

import discord

from bot.discord_app.checks import is_admin
from bot.discord_app.messages import NO_MENTIONS, trim
from bot.notices import Notices

log = logging.getLogger("planbot.discord")
NOTICE_GRACE_SECONDS = 600.0


def notice_text(text: str) -> str:
    return trim(f"**For planbot admins:** {discord.utils.escape_markdown(text)}", 2000)


async def tell_admin(interaction: discord.Interaction, notices: Notices, admin_role_ids: list[int]) -> None:
    """After a command has been answered: any pending notice, only to an admin, only to them."""
    if not notices.pending() or interaction.guild is None or not is_admin(interaction, admin_role_ids):
        return
    for text in notices.take():
        try:
            await interaction.followup.send(notice_text(text), ephemeral=True, allowed_mentions=NO_MENTIONS)
        except discord.HTTPException:
            log.warning("could not tell an admin: %s", text)


async def post_to_digest_channels(client: discord.Client, notices: Notices, subscriptions: list[dict],
                                  grace: float = NOTICE_GRACE_SECONDS) -> int:
    """Notices no admin has seen for `grace` seconds, posted in the first digest channel of each server."""
    if not subscriptions or not notices.pending():
        return 0
    texts = notices.take(older_than=grace)
    first: dict[int, int] = {}
    for sub in subscriptions:
        first.setdefault(sub["guild_id"], sub["channel_id"])
    posted = 0
    for channel_id in first.values():
        channel = client.get_channel(channel_id)
        if not isinstance(channel, discord.abc.Messageable):
            continue
        for text in texts:
            try:
                await channel.send(notice_text(text), allowed_mentions=NO_MENTIONS)
                posted += 1
            except discord.HTTPException:
                log.warning("could not post a notice in %s: %s", channel_id, text)
    return posted

"""Who may do admin things: members with one of PLANBOT_ADMIN_ROLE_IDS, or with Manage Server."""

import discord
from discord import app_commands


class NotAdmin(app_commands.CheckFailure):
    """Raised by the admin check; the error edge turns it into an ephemeral refusal."""


def is_admin(interaction: discord.Interaction, admin_role_ids: list[int]) -> bool:
    member = interaction.user
    if not isinstance(member, discord.Member):
        return False
    if interaction.permissions.manage_guild:  # as Discord resolved it for this interaction
        return True
    return any(role.id in admin_role_ids for role in member.roles)


def admin_only():  # noqa: ANN201 - returns discord.py's check decorator
    async def predicate(interaction: discord.Interaction) -> bool:
        if interaction.guild is None:
            raise app_commands.NoPrivateMessage()
        settings = interaction.client.settings  # type: ignore[attr-defined]
        if not is_admin(interaction, settings.admin_role_ids):
            raise NotAdmin()
        return True

    return app_commands.check(predicate)

"""The Discord client: built in the entry point from settings, service and state (nothing global), cogs added in setup_hook."""

import logging
from datetime import date
from zoneinfo import ZoneInfo

import aiohttp

import discord
from discord import app_commands
from discord.ext import commands

from bot.config import Settings
from bot.discord_app.admin import Admin
from bot.discord_app.digests import Clock, Digests, utc_now
from bot.discord_app.failures import tell
from bot.discord_app.notices import tell_admin
from bot.discord_app.questions import Questions
from bot.discord_app.channels import Channels
from bot.discord_app.timeline import Timelines
from bot.discord_app.feedback import Feedback
from bot.discord_app.views import FeedbackButton, PostButton, SourcesButton
from bot.errors import ConfigError, PlanbotError
from bot.ratelimit import RateLimiter
from bot.service import Planbot
from bot.state import StateStore

log = logging.getLogger("planbot.discord")


class PlanbotTree(app_commands.CommandTree):
    async def on_error(self, interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
        await tell(interaction, error)
        await self.client.tell_admin(interaction)  # type: ignore[attr-defined]


class PlanbotClient(commands.Bot):
    """Slash commands plus mentions; message content intent is not needed (mentions carry their text)."""

    def __init__(self, settings: Settings, service: Planbot, state: StateStore, *, sync_commands: bool = True,
                 limiter: RateLimiter | None = None, clock: Clock = utc_now, post_digests: bool = True) -> None:
        intents = discord.Intents.default()
        super().__init__(command_prefix=commands.when_mentioned, intents=intents, help_command=None,
                         tree_cls=PlanbotTree, allowed_mentions=discord.AllowedMentions.none())
        self.settings = settings
        self.service = service
        self.state = state
        self.sync_commands = sync_commands
        self.limiter = limiter or RateLimiter(settings.cooldown_questions, settings.cooldown_seconds)
        self.clock = clock
        self.post_digests = post_digests

    async def setup_hook(self) -> None:
        await self.add_cog(Questions(self, self.service, self.state, self.limiter, self.settings.max_question_chars))
        await self.add_cog(Digests(self, self.service, self.state, self.settings, self.clock, self.post_digests))
        await self.add_cog(Admin(self, self.service, self.state, self.settings))
        await self.add_cog(Channels(self.service, self.state))
        await self.add_cog(Feedback(self.state))
        await self.add_cog(Timelines(self.service, self.today))
        self.add_dynamic_items(SourcesButton, FeedbackButton, PostButton)
        if self.sync_commands:
            await self.sync_tree()

    def today(self) -> date:
        """Today in PLANBOT_TIMEZONE, by the client's clock (injected in tests)."""
        return self.clock().astimezone(ZoneInfo(self.settings.timezone)).date()

    async def sync_tree(self) -> None:
        """Guild sync is instant (PLANBOT_GUILD_IDS); global sync can take up to an hour to show."""
        if self.settings.guild_ids:
            for guild_id in self.settings.guild_ids:
                guild = discord.Object(id=guild_id)
                self.tree.copy_global_to(guild=guild)
                synced = await self.tree.sync(guild=guild)
                log.info("synced %d commands to guild %s", len(synced), guild_id)
        else:
            synced = await self.tree.sync()
            log.info("synced %d global commands (they can take up to an hour to appear)", len(synced))

    async def on_ready(self) -> None:
        log.info("logged in as %s (%s) in %d servers", self.user, getattr(self.user, "id", "?"), len(self.guilds))

    async def on_app_command_completion(self, interaction: discord.Interaction, command: object) -> None:
        await self.tell_admin(interaction)

    async def tell_admin(self, interaction: discord.Interaction) -> None:
        """A problem planbot is working around, told to the next admin who runs a command."""
        await tell_admin(interaction, self.service.notices, self.settings.admin_role_ids)

    async def on_message(self, message: discord.Message) -> None:
        """No prefix commands: questions by mention are handled by the Questions cog."""


async def run_bot(settings: Settings, service: Planbot, state: StateStore) -> None:
    """Log in and serve until stopped; a rejected token or a missing intent becomes one sentence."""
    if settings.discord_token is None:
        raise ConfigError("DISCORD_TOKEN is not set: put it in the environment or .env (see .env.example).")
    discord.VoiceClient.warn_nacl = discord.VoiceClient.warn_dave = False  # planbot never joins voice
    client = PlanbotClient(settings, service, state)
    try:
        async with client:
            await client.start(settings.discord_token.get_secret_value())
    except discord.LoginFailure:
        raise ConfigError("Discord rejected DISCORD_TOKEN: copy the bot token again from the Developer Portal "
                          "(Bot > Reset Token) into .env.") from None
    except discord.PrivilegedIntentsRequired:
        raise ConfigError("Discord refused an intent this bot asked for: enable it under Bot > Privileged Gateway Intents.") from None
    except (aiohttp.ClientError, OSError) as exc:
        raise PlanbotError(f"Could not reach Discord ({type(exc).__name__}): check this machine's network and try again.") from None

"""/reindex for admins: upload a draft or re-read corpus/, build beside the live version, report what changed."""

import asyncio
import logging

import discord
from discord import app_commands
from discord.ext import commands

from bot.index.changes import ChangeReport, change_lines, changes_between
from bot.config import Settings
from bot.discord_app.checks import admin_only
from bot.discord_app.messages import NO_MENTIONS, batches, list_pages, trim
from bot.errors import PlanbotError, StateDamagedError
from bot.index.indexer import BuildReport, build_index, duplicate_sentence, reuse_sentence
from bot.places import short_title, size
from bot.service import Planbot
from bot.state import StateStore
from bot.index.versions import list_versions, live_version, rollback, version_meta
from bot.uploads import accept_draft

log = logging.getLogger("planbot.admin")


def report_items(report: BuildReport) -> list[tuple[str, str]]:
    items = []
    for f in report.files:
        if f.error:
            items.append((f"Skipped {f.file}", f.error))
            continue
        if f.duplicate_of:
            items.append((f"Duplicate {f.file}", duplicate_sentence(f)))
            continue
        where = size(f.file, f.pages, f.lines)
        recs = ", ".join(f"{n} {name}" for name, n in f.records.items() if n) or "no plan records"
        warnings = "".join(f"\nwarning: {w}" for w in f.warnings[:3])
        items.append((short_title(f.title or f.file, 200), f"{f.file}: {where}, {f.passages} passages, {recs}{warnings}"))
    items += [("Skipped", s) for s in report.skipped]
    items += [("Cleaned up", c) for c in report.cleaned]
    items.append(("Files", reuse_sentence(report)))
    return items


def change_items(changes: ChangeReport | None) -> list[tuple[str, str]]:
    if changes is None:
        return [("Changes", "First version: nothing to compare with.")]
    if changes.empty:
        return [("Changes", "None in initiatives, owners, milestones or must-do coverage.")]
    return [(f"Change {n}", discord.utils.escape_markdown(line)) for n, line in enumerate(change_lines(changes), start=1)]


class Admin(commands.Cog):
    """Re-indexing and rollback; one build at a time; questions keep being answered from the live version."""

    reindex = app_commands.Group(name="reindex", description="Admins: rebuild the index from a new draft, or roll back",
                                 guild_only=True)

    def __init__(self, bot: commands.Bot, service: Planbot, state: StateStore, settings: Settings) -> None:
        self.bot = bot
        self.service = service
        self.state = state
        self.settings = settings
        self.building = asyncio.Lock()

    @reindex.command(name="run", description="Rebuild the index from corpus/, optionally adding an uploaded draft first")
    @app_commands.describe(file="A new draft (PDF, DOCX, PPTX, XLSX, CSV, TXT, MD); one with the same name replaces the old draft",
                           full="Read every file again, even those unchanged since the live version")
    @admin_only()
    async def run(self, interaction: discord.Interaction, file: discord.Attachment | None = None, full: bool = False) -> None:
        if self.building.locked():
            raise PlanbotError("A re-index is already running; try again when it has finished.")
        async with self.building:
            await interaction.response.defer(ephemeral=True, thinking=True)
            note = ""
            if file is not None:
                note = await self._accept(file)
            who = f"{interaction.user} ({interaction.user.id})"
            s = self.settings
            report = await asyncio.to_thread(build_index, [s.planbot_corpus], s.planbot_index, self.service.tokenizer,
                                             s.max_file_bytes, s.keep_versions, None, who, full=full)
            changes = await asyncio.to_thread(changes_between, s.planbot_index, report.previous, report.version) \
                if report.previous else None
            await asyncio.to_thread(self.service.prepare)  # the next asker gets the new version at full speed
        title = f"Index version {report.version} is live ({report.documents} documents, {report.passages} passages)"
        pages = list_pages(title, report_items(report) + change_items(changes), per_page=10,
                           footer=trim(note + f"Roll back with /reindex rollback {report.previous}" if report.previous else note, 2000))
        for embeds in batches(pages[:10]):
            await interaction.followup.send(embeds=embeds, ephemeral=True, allowed_mentions=NO_MENTIONS)
        if changes is not None and not changes.empty and s.announce_changes and interaction.guild_id:
            await self._announce(interaction.guild_id, report, changes)

    async def _accept(self, file: discord.Attachment) -> str:
        if file.size > self.settings.max_file_bytes:
            raise PlanbotError(f"{file.filename} is {file.size / 1048576:.1f} MB, over the "
                               f"{self.settings.max_file_mb:g} MB limit (PLANBOT_MAX_FILE_MB). Nothing was changed.")
        data = await file.read()
        s = self.settings
        try:
            saved, archived = await asyncio.to_thread(accept_draft, data, file.filename, s.planbot_corpus, s.drafts_path,
                                                      s.max_file_bytes)
        except PlanbotError as exc:
            raise PlanbotError(f"{exc.message}. Nothing was changed; the live index keeps answering.") from None
        return f"Saved {saved.name}" + (f" (the previous draft is kept as {archived.name}). " if archived else ". ")

    async def _announce(self, guild_id: int, report: BuildReport, changes: ChangeReport) -> None:
        lines = change_lines(changes)
        text = trim(f"**The plans were re-indexed** (version {report.version}). What changed:\n"
                    + "\n".join(f"• {discord.utils.escape_markdown(line)}" for line in lines[:15])
                    + (f"\n…and {len(lines) - 15} more." if len(lines) > 15 else ""), 2000)
        try:
            subscriptions = await asyncio.to_thread(self.state.subscriptions, guild_id)
        except StateDamagedError:
            log.warning("changes not announced: the state database cannot be read")
            return
        for sub in subscriptions:
            channel = self.bot.get_channel(sub["channel_id"])
            if isinstance(channel, discord.abc.Messageable):
                try:
                    await channel.send(text, allowed_mentions=NO_MENTIONS)
                except discord.HTTPException as exc:
                    log.warning("could not announce changes in %s: %s", sub["channel_id"], exc)

    @reindex.command(name="rollback", description="Make an earlier index version live again (default: the previous one)")
    @app_commands.describe(version="A version from /reindex versions (default: the one before the live one)")
    @admin_only()
    async def rollback_(self, interaction: discord.Interaction, version: str | None = None) -> None:
        if self.building.locked():
            raise PlanbotError("A re-index is running; roll back when it has finished.")
        before, after, cleaned = await asyncio.to_thread(rollback, self.settings.planbot_index, version)
        await interaction.response.send_message(
            trim(f"Version {after} is live again (was {before}). `/reindex rollback {before}` switches back."
                 + "".join(f"\nCleaned up: {c}" for c in cleaned), 2000),
            ephemeral=True, allowed_mentions=NO_MENTIONS)
        await asyncio.to_thread(self.service.prepare)  # after replying: Discord wants a reply within 3 s

    @rollback_.autocomplete("version")
    async def _versions_autocomplete(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        versions = await asyncio.to_thread(list_versions, self.settings.planbot_index)
        return [app_commands.Choice(name=v, value=v) for v in reversed(versions) if current in v][:25]

    @reindex.command(name="versions", description="Index versions kept: when, who, and the live one")
    async def versions(self, interaction: discord.Interaction) -> None:
        folder = self.settings.planbot_index
        live = await asyncio.to_thread(live_version, folder)
        items = []
        for version in reversed(await asyncio.to_thread(list_versions, folder)):
            meta = await asyncio.to_thread(version_meta, folder, version)
            files = [f.get("title") or f["file"] for f in meta.get("files", [])  # type: ignore[union-attr]
                     if not f.get("error") and not f.get("duplicate_of")]
            papers = "".join(f"\n• {discord.utils.escape_markdown(short_title(t, 90))}" for t in files[:8])
            items.append((f"{version}{' (live)' if version == live else ''}",
                          f"built {meta.get('built', '?')} by {meta.get('who', '?')}: {len(files)} documents{papers}"))
        await interaction.response.send_message(embed=list_pages("Index versions", items, per_page=10)[0], ephemeral=True,
                                                allowed_mentions=NO_MENTIONS)

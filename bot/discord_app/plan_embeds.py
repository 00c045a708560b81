"""Digests and milestone lists as embeds: a field per initiative, its owner and (shared) due date said
once, one line per milestone, the source as "title, line N". Long groups continue in further fields
and embeds; nothing is dropped to fit Discord's limits."""

import discord

from bot.digests.digest import Digest
from bot.digests.items import ItemGroup, due_words
from bot.discord_app.messages import ANSWERED, EMBED_FIELDS, EMBED_TITLE, EMBED_TOTAL, FIELD_NAME, FIELD_VALUE, NOT_ANSWERED, trim
from bot.places import titled

EMBED_BUDGET = EMBED_TOTAL - 400  # room for the title, author and footer


def _esc(text: str) -> str:
    return discord.utils.escape_mentions(discord.utils.escape_markdown(text))


def group_fields(group: ItemGroup, with_area: bool = False) -> list[tuple[str, str]]:
    """(name, value) fields for one initiative's items, continued in further fields past 1,024 characters."""
    when = group.shared_due()
    head = [f"Owner: {_esc(trim(group.owner, 200))}"] if group.owner else []
    head += [f"Due: {_esc(when)}"] if when else []
    shared = group.shared_citation()
    tail = f"Source: {_esc(titled(shared.title, shared.document, shared.page, shared.line, 90))}" if shared else ""
    lines = []
    for item in group.items:
        words = "" if item.milestone == group.initiative else _esc(trim(item.milestone, 300))
        extra = [] if when else [_esc(due_words(item))]
        extra += [f"status: {_esc(trim(item.status, 60))}"] if item.status else []
        extra += [] if shared else [_esc(titled(item.citation.title, item.citation.document, item.citation.page,
                                                item.citation.line, 50))]
        said = " — ".join(p for p in (words, *extra) if p)
        if said:  # nothing to add when the milestone is the initiative's own words, due as the group is
            lines.append(f"• {said}")
    name = trim((f"{group.area}: " if with_area else "") + (group.initiative or group.items[0].milestone), FIELD_NAME)
    fields: list[tuple[str, str]] = []
    current = list(head)
    for line in lines:
        if current and len("\n".join([*current, line, tail])) > FIELD_VALUE:
            fields.append((name if not fields else trim(f"{name} (continued)", FIELD_NAME), "\n".join(current)))
            current = []
        current.append(trim(line, FIELD_VALUE - len(tail) - 2))
    current += [tail] if tail else []
    fields.append((name if not fields else trim(f"{name} (continued)", FIELD_NAME), "\n".join(current) or "-"))
    return fields


def field_embeds(title: str, fields: list[tuple[str, str]], colour: discord.Colour = ANSWERED) -> list[discord.Embed]:
    """Fields packed into as many embeds as Discord's 25-field and 6,000-character limits need."""
    embeds: list[discord.Embed] = []
    for name, value in fields:
        embed = embeds[-1] if embeds else None
        if embed is None or len(embed.fields) >= EMBED_FIELDS or len(embed) + len(name) + len(value) > EMBED_BUDGET:
            more = " (continued)" if embeds else ""
            embed = discord.Embed(title=trim(f"{title}{more}", EMBED_TITLE), colour=colour)
            embeds.append(embed)
        embed.add_field(name=name, value=value, inline=False)
    return embeds


def digest_embeds(digest: Digest) -> list[discord.Embed]:
    """One run of embeds per section and plan area, a field per initiative."""
    if digest.empty:
        return [discord.Embed(title=trim(digest.title(), EMBED_TITLE), description=digest.empty_sentence(), colour=NOT_ANSWERED)]
    embeds: list[discord.Embed] = []
    for section, areas in digest.grouped():
        for area, groups in areas:
            fields = [f for group in groups for f in group_fields(group)]
            embeds += field_embeds(f"{digest.heading(section)}: {area}", fields)
    embeds[0].set_author(name=trim(digest.title(), EMBED_TITLE))
    embeds[-1].set_footer(text="Press Sources for each milestone's cell and the full owner cells.")
    return embeds

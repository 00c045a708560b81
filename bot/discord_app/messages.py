"""Replies as Discord embeds, always inside Discord's limits, quoted text escaped so it can't format or ping."""

import discord

from bot.models import Citation, Reply
from bot.places import cited, where

MESSAGE_CHARS = 2000
EMBED_DESCRIPTION = 4096
EMBED_TITLE = 256
FIELD_NAME = 256
FIELD_VALUE = 1024
EMBED_FIELDS = 25
EMBED_TOTAL = 6000
SHOWN_CITATIONS = 5
NO_MENTIONS = discord.AllowedMentions.none()
ANSWERED = discord.Colour.teal()
NOT_ANSWERED = discord.Colour.light_grey()


def trim(text: str, limit: int) -> str:
    """Cut at a word boundary and mark the cut, never exceeding `limit` characters."""
    text = text.strip()
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0] if " " in text[: limit - 1] else text[: limit - 1]
    return cut.rstrip() + "…"


def split_text(text: str, limit: int = MESSAGE_CHARS) -> list[str]:
    """Split a long text into messages at line breaks, then spaces, each within `limit`."""
    parts: list[str] = []
    rest = text.strip()
    while len(rest) > limit:
        cut = rest.rfind("\n", 0, limit)
        if cut < limit // 2:
            cut = rest.rfind(" ", 0, limit)
        if cut <= 0:
            cut = limit
        parts.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest:
        parts.append(rest)
    return parts


def quoted(text: str, limit: int) -> str:
    """A quote from the papers, markdown and mentions escaped, as a block quote."""
    safe = discord.utils.escape_mentions(discord.utils.escape_markdown(" ".join(text.split())))
    return "> " + trim(safe, limit - 2)


def citation_name(n: int, citation: Citation) -> str:
    """"[1] Update on the STP (13 December 2016), line 12": the paper by its title, not its file name."""
    return trim(f"[{n}] {cited(citation, 200)}", FIELD_NAME)


def citation_value(citation: Citation, limit: int = FIELD_VALUE) -> str:
    section = f"\n*{trim(discord.utils.escape_markdown(citation.section), 200)}*" if citation.section else ""
    return quoted(citation.quote, limit - len(section)) + section


def footer_area(citations: list[Citation]) -> str | None:
    areas = list(dict.fromkeys(c.area for c in citations if c.area))
    return ", ".join(areas[:3]) if areas else None


def embed_size(embed: discord.Embed) -> int:
    return len(embed)


def reply_embed(reply: Reply, shown: int = SHOWN_CITATIONS, channel_area: str | None = None) -> discord.Embed:
    """The direct answer first, then up to `shown` citations; the plan area in the footer, said as the
    channel's own when the question named none and the channel's area was preferred."""
    embed = discord.Embed(
        description=trim(discord.utils.escape_mentions(reply.answer), EMBED_DESCRIPTION),
        colour=ANSWERED if reply.answered else NOT_ANSWERED,
    )
    embed.set_author(name=trim(f"Q: {reply.question}", EMBED_TITLE))
    for n, citation in enumerate(reply.citations[:shown], start=1):
        embed.add_field(name=citation_name(n, citation), value=citation_value(citation, 400), inline=False)
    extra = len(reply.citations) - shown
    parts = [
        "The plans don't say this directly; closest passages shown" if not reply.answered and reply.citations else None,
        f"{channel_area}, this channel's area" if channel_area else footer_area(reply.citations),
        f"{extra} more source(s): press Sources" if extra > 0 else None,
    ]
    footer = " · ".join(p for p in parts if p)
    if footer:
        embed.set_footer(text=trim(footer, 2048))
    return fit(embed)


def sources_embeds(reply: Reply) -> list[discord.Embed]:
    """Every citation of a reply, as many embeds as needed (ten per message is Discord's cap)."""
    embeds: list[discord.Embed] = []
    for start in range(0, len(reply.citations), 8):
        embed = discord.Embed(title=trim(f"Sources for: {reply.question}", EMBED_TITLE), colour=ANSWERED)
        for n, citation in enumerate(reply.citations[start:start + 8], start=start + 1):
            file = discord.utils.escape_markdown(trim(f"{citation.document}, {where(citation)}", 200))
            embed.add_field(name=citation_name(n, citation), value=citation_value(citation, 600) + f"\nFile: {file}",
                            inline=False)
        embeds.append(fit(embed))
    if not embeds:
        embeds.append(discord.Embed(description="This answer has no sources to show.", colour=NOT_ANSWERED))
    return embeds[:10]


def list_pages(title: str, items: list[tuple[str, str]], per_page: int = 6, footer: str | None = None) -> list[discord.Embed]:
    """(name, value) items as pages of embeds for a paginated view; an empty list is one page saying so."""
    pages: list[discord.Embed] = []
    total = max(1, -(-len(items) // per_page))
    for p in range(total):
        embed = discord.Embed(title=trim(title, EMBED_TITLE), colour=ANSWERED)
        for name, value in items[p * per_page:(p + 1) * per_page]:
            embed.add_field(name=trim(name, FIELD_NAME), value=trim(value, FIELD_VALUE) or "-", inline=False)
        if not items:
            embed.description = "Nothing in the plans matches."
        parts = [footer] if footer else []
        if total > 1:
            parts.append(f"Page {p + 1} of {total} · {len(items)} items")
        if parts:
            embed.set_footer(text=trim(" · ".join(parts), 2048))
        pages.append(fit(embed))
    return pages


def fit(embed: discord.Embed) -> discord.Embed:
    """Enforce the per-embed total (6,000) and field count (25) by dropping trailing fields."""
    while len(embed.fields) > EMBED_FIELDS:
        embed.remove_field(len(embed.fields) - 1)
    while len(embed) > EMBED_TOTAL and embed.fields:
        embed.remove_field(len(embed.fields) - 1)
    if len(embed) > EMBED_TOTAL and embed.description:
        embed.description = trim(embed.description, max(100, len(embed.description) - (len(embed) - EMBED_TOTAL)))
    return embed


def batches(embeds: list[discord.Embed]) -> list[list[discord.Embed]]:
    """Group embeds into messages: at most 10 per message and 6,000 characters across them."""
    out: list[list[discord.Embed]] = []
    size = 0
    for embed in embeds:
        if not out or len(out[-1]) == 10 or size + len(embed) > EMBED_TOTAL:
            out.append([])
            size = 0
        out[-1].append(embed)
        size += len(embed)
    return out

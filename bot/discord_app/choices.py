"""Suggestions as staff type an option: read from the live index off the event loop."""

import asyncio
from collections.abc import Callable

from discord import app_commands

from bot.errors import PlanbotError


async def suggestions(lookup: Callable[[str], list[str]], current: str) -> list[app_commands.Choice[str]]:
    """What `lookup` offers for the text typed so far; nothing (never an error) when the index is missing."""
    try:
        names = await asyncio.to_thread(lookup, current)
    except PlanbotError:
        return []
    return [app_commands.Choice(name=n, value=n) for n in names]

"""Drive the real discord.py client from gateway-shaped payload dicts, recording every HTTP call it makes.

Interactions go through ConnectionState.parse_interaction_create, so bot.tree really parses options,
runs checks, defers and sends followups; webhook calls are captured by swapping the adapter in
discord.webhook.async_.async_context, and REST calls (message replies, typing) by replacing
client.http.request. Nothing reaches Discord.
"""

import asyncio
import itertools
import json
from dataclasses import dataclass, field
from typing import Any

import discord
from discord.http import Route
from discord.webhook.async_ import AsyncWebhookAdapter, async_context

APP_ID = 900000000000000001
BOT_ID = APP_ID
GUILD_ID = 900000000000000002
CHANNEL_ID = 900000000000000003
USER_ID = 900000000000000004
ADMIN_ROLE_ID = 900000000000000005
OTHER_CHANNEL_ID = 900000000000000006
TIMESTAMP = "2017-01-10T09:00:00+00:00"
_ids = itertools.count(910000000000000000)

# Discord option types
SUB_COMMAND, STRING, INTEGER, BOOLEAN, CHANNEL, ATTACHMENT = 1, 3, 4, 5, 7, 11
MANAGE_GUILD = 1 << 5
MEMBER_PERMISSIONS = (1 << 10) | (1 << 11) | (1 << 31)  # view channel, send messages, use application commands


def snowflake() -> int:
    return next(_ids)


def user_payload(user_id: int = USER_ID, name: str = "alex", bot: bool = False) -> dict:
    return {"id": str(user_id), "username": name, "discriminator": "0", "global_name": name, "avatar": None, "bot": bot}


def member_payload(user_id: int = USER_ID, roles: tuple[int, ...] = (), permissions: int = MEMBER_PERMISSIONS) -> dict:
    return {"user": user_payload(user_id), "roles": [str(r) for r in roles], "joined_at": TIMESTAMP, "deaf": False,
            "mute": False, "flags": 0, "permissions": str(permissions)}


def channel_payload(channel_id: int = CHANNEL_ID, name: str = "plans") -> dict:
    return {"id": str(channel_id), "type": 0, "name": name, "position": 0, "guild_id": str(GUILD_ID),
            "permission_overwrites": [], "nsfw": False, "parent_id": None}


def guild_payload() -> dict:
    everyone = {"id": str(GUILD_ID), "name": "@everyone", "permissions": str(MEMBER_PERMISSIONS), "position": 0,
                "color": 0, "hoist": False, "managed": False, "mentionable": False, "flags": 0}
    admin = dict(everyone, id=str(ADMIN_ROLE_ID), name="planbot admin", position=1)
    return {"id": str(GUILD_ID), "name": "ICS team", "owner_id": "1", "roles": [everyone, admin],
            "channels": [channel_payload(), channel_payload(OTHER_CHANNEL_ID, "digest")],
            "members": [], "emojis": [], "stickers": [], "features": [], "member_count": 2, "unavailable": False,
            "verification_level": 0, "default_message_notifications": 0, "explicit_content_filter": 0, "mfa_level": 0,
            "premium_tier": 0, "preferred_locale": "en-GB", "system_channel_flags": 0, "nsfw_level": 0}


def message_payload(content: str, author: dict | None = None, channel_id: int = CHANNEL_ID, mentions: list[dict] | None = None,
                    referenced: dict | None = None, embeds: list[dict] | None = None, components: list[dict] | None = None,
                    message_id: int | None = None) -> dict:
    data = {"id": str(message_id or snowflake()), "channel_id": str(channel_id), "guild_id": str(GUILD_ID), "type": 0,
            "content": content, "author": author or user_payload(), "attachments": [], "embeds": embeds or [],
            "mentions": mentions or [], "mention_roles": [], "pinned": False, "mention_everyone": False, "tts": False,
            "timestamp": TIMESTAMP, "edited_timestamp": None, "flags": 0, "components": components or []}
    if referenced is not None:
        data["type"] = 19
        data["message_reference"] = {"message_id": referenced["id"], "channel_id": str(channel_id), "guild_id": str(GUILD_ID)}
        data["referenced_message"] = referenced
    if author is None:
        data["member"] = {k: v for k, v in member_payload().items() if k != "user"}
    return data


@dataclass
class Call:
    method: str
    path: str
    url: str
    payload: dict[str, Any] | None
    response: Any = None

    @property
    def data(self) -> dict[str, Any]:
        """The message body: interaction callbacks wrap it in {"type", "data"}."""
        body = self.payload or {}
        return body.get("data", body) if "type" in body and "data" in body else body

    @property
    def ephemeral(self) -> bool:
        return bool(self.data.get("flags", 0) & 64)

    @property
    def text(self) -> str:
        """Everything a person would read in the message: content, embed texts and fields."""
        data = self.data
        parts = [data.get("content") or ""]
        for embed in data.get("embeds") or []:
            parts += [embed.get("title") or "", (embed.get("author") or {}).get("name", ""), embed.get("description") or ""]
            for f in embed.get("fields") or []:
                parts += [f["name"], f["value"]]
            parts.append((embed.get("footer") or {}).get("text", ""))
        return "\n".join(p for p in parts if p)


class FakeResponse:
    """Enough of aiohttp's response for discord.HTTPException subclasses."""

    def __init__(self, status: int, reason: str) -> None:
        self.status = status
        self.reason = reason


@dataclass
class Recorder(AsyncWebhookAdapter):
    calls: list[Call] = field(default_factory=list)
    forbidden_channels: set[int] = field(default_factory=set)

    def __post_init__(self) -> None:
        super().__init__()

    def _record(self, route: Route, payload: dict | None) -> Call:
        call = Call(route.method, route.path, route.url, payload)
        self.calls.append(call)
        return call

    async def request(self, route: Route, session: Any = None, *, payload: dict | None = None,
                      multipart: list[dict] | None = None, **kwargs: Any) -> Any:
        if payload is None and multipart:
            payload = next((json.loads(p["value"]) for p in multipart if p.get("name") == "payload_json"), None)
        call = self._record(route, payload)
        call.response = self._respond(route, payload)
        return call.response

    def _respond(self, route: Route, payload: dict | None) -> Any:
        if route.path.endswith("/callback"):
            body = payload or {}
            return {"interaction": {"id": str(route.webhook_id), "type": 2, "response_message_loading": body.get("type") == 5,
                                    "response_message_ephemeral": bool((body.get("data") or {}).get("flags", 0) & 64)},
                    "resource": {"type": body.get("type", 4)}}
        if route.method == "DELETE":
            return None
        return message_payload("", author=user_payload(BOT_ID, "planbot", bot=True), message_id=snowflake()) | _message_fields(payload)

    async def http_request(self, route: Route, *, files: Any = None, form: Any = None, **kwargs: Any) -> Any:
        """Stands in for discord.http.HTTPClient.request (messages sent outside interactions)."""
        payload = kwargs.get("json")
        if payload is None and form:
            payload = next((json.loads(p["value"]) for p in form if p.get("name") == "payload_json"), None)
        call = self._record(route, payload)
        if route.path == "/channels/{channel_id}" and route.method == "GET":
            raise discord.NotFound(FakeResponse(404, "Not Found"), {"code": 10003, "message": "Unknown Channel"})
        if route.channel_id is not None and int(route.channel_id) in self.forbidden_channels:
            raise discord.Forbidden(FakeResponse(403, "Forbidden"), {"code": 50013, "message": "Missing Permissions"})
        if route.path.endswith("/typing") or route.method == "DELETE":
            return None
        call.response = {}
        if route.path.startswith("/channels/{channel_id}/messages"):
            call.response = message_payload("", author=user_payload(BOT_ID, "planbot", bot=True),
                                            channel_id=int(route.channel_id)) | _message_fields(payload)
        return call.response

    def sent(self) -> list[Call]:
        """Calls that put a message in front of someone (not defers, deletes or typing)."""
        return [c for c in self.calls if c.method in {"POST", "PATCH"} and not c.path.endswith("/typing")
                and not (c.path.endswith("/callback") and (c.payload or {}).get("type") in {5, 6})]


def _message_fields(payload: dict | None) -> dict:
    payload = payload or {}
    return {k: payload[k] for k in ("content", "embeds", "components", "flags") if payload.get(k) is not None}


class Harness:
    """A PlanbotClient wired to a Recorder, with one guild, two text channels and a bot user in its cache."""

    def __init__(self, client: discord.Client) -> None:
        self.client = client
        self.recorder = Recorder()
        self._token = async_context.set(self.recorder)
        state = client._connection  # noqa: SLF001 - the same object the gateway feeds
        state.application_id = APP_ID
        state.user = discord.ClientUser(state=state, data=user_payload(BOT_ID, "planbot", bot=True))
        state._add_guild_from_data(guild_payload())  # noqa: SLF001
        client.http.request = self.recorder.http_request  # type: ignore[method-assign]
        self.cdn: dict[str, bytes] = {}
        client.http.get_from_cdn = self._download  # type: ignore[method-assign]

    async def _download(self, url: str) -> bytes:
        """Attachment.read() fetches from Discord's CDN; here the test supplies the bytes."""
        return self.cdn[url]

    def attachment(self, file_name: str, data: bytes) -> tuple[str, dict]:
        """Register an uploaded file; returns (option value, resolved payload) for a command."""
        attachment_id = str(snowflake())
        url = f"https://cdn.discordapp.com/attachments/{CHANNEL_ID}/{attachment_id}/{file_name}"
        self.cdn[url] = data
        return attachment_id, {"attachments": {attachment_id: {
            "id": attachment_id, "filename": file_name, "size": len(data), "url": url, "proxy_url": url}}}

    async def start(self) -> "Harness":
        await self.client._async_setup_hook()  # noqa: SLF001 - what login() does before setup_hook
        await self.client.setup_hook()
        return self

    async def close(self) -> None:
        async_context.reset(self._token)
        await self.client.close()

    async def _settle(self, before: set[asyncio.Task]) -> None:
        for _ in range(20):
            pending = [t for t in asyncio.all_tasks() - before - {asyncio.current_task()}
                       if not t.done() and "timeout" not in repr(t.get_coro())]
            if not pending:
                return
            await asyncio.wait(pending, timeout=10)

    async def interact(self, payload: dict) -> list[Call]:
        start = len(self.recorder.calls)
        before = asyncio.all_tasks()
        self.client._connection.parse_interaction_create(payload)  # noqa: SLF001
        await self._settle(before)
        return self.recorder.calls[start:]

    async def command(self, name: str, options: list[dict] | None = None, *, roles: tuple[int, ...] = (),
                      permissions: int = MEMBER_PERMISSIONS, user_id: int = USER_ID, type_: int = 2,
                      channel_id: int = CHANNEL_ID, resolved: dict | None = None) -> list[Call]:
        data: dict[str, Any] = {"id": str(snowflake()), "name": name, "type": 1, "options": options or []}
        if resolved:
            data["resolved"] = resolved
        return await self.interact(self._interaction(type_, data, roles, permissions, user_id, channel_id))

    async def press(self, custom_id: str, message: dict, user_id: int = USER_ID) -> list[Call]:
        payload = self._interaction(3, {"custom_id": custom_id, "component_type": 2}, (), MEMBER_PERMISSIONS, user_id, CHANNEL_ID)
        payload["message"] = message
        return await self.interact(payload)

    async def message(self, payload: dict) -> list[Call]:
        start = len(self.recorder.calls)
        before = asyncio.all_tasks()
        self.client._connection.parse_message_create(payload)  # noqa: SLF001
        await self._settle(before)
        return self.recorder.calls[start:]

    @staticmethod
    def _interaction(type_: int, data: dict, roles: tuple[int, ...], permissions: int, user_id: int, channel_id: int) -> dict:
        return {"id": str(snowflake()), "application_id": str(APP_ID), "type": type_, "token": f"tok-{snowflake()}",
                "version": 1, "guild_id": str(GUILD_ID), "channel_id": str(channel_id), "channel": channel_payload(channel_id),
                "member": member_payload(user_id, roles, permissions), "data": data, "locale": "en-GB",
                "guild_locale": "en-GB", "app_permissions": str(MEMBER_PERMISSIONS), "attachment_size_limit": 8 * 1024 * 1024,
                "entitlements": [], "authorizing_integration_owners": {"0": str(GUILD_ID)}, "context": 0}


def option(name: str, value: Any, type_: int = STRING, focused: bool = False) -> dict:
    data = {"name": name, "type": type_, "value": value}
    if focused:
        data["focused"] = True
    return data

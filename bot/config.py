"""Settings from the environment or .env; built once in the entry point and passed in."""

from pathlib import Path
from typing import Annotated
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from bot.errors import ConfigError


class Settings(BaseSettings):
    """Every setting planbot reads; .env.example documents each one."""

    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    discord_token: SecretStr | None = Field(default=None, alias="DISCORD_TOKEN")
    planbot_index: Path = Field(default=Path("index"), alias="PLANBOT_INDEX")
    planbot_corpus: Path = Field(default=Path("corpus"), alias="PLANBOT_CORPUS")
    max_question_chars: int = Field(default=1000, alias="PLANBOT_MAX_QUESTION_CHARS", ge=10)
    max_file_mb: float = Field(default=25.0, alias="PLANBOT_MAX_FILE_MB", gt=0)
    keep_versions: int = Field(default=5, alias="PLANBOT_KEEP_VERSIONS", ge=1)
    guild_ids: Annotated[list[int], NoDecode] = Field(default_factory=list, alias="PLANBOT_GUILD_IDS")
    admin_role_ids: Annotated[list[int], NoDecode] = Field(default_factory=list, alias="PLANBOT_ADMIN_ROLE_IDS")
    state_db: Path | None = Field(default=None, alias="PLANBOT_STATE_DB")
    cooldown_questions: int = Field(default=5, alias="PLANBOT_COOLDOWN_QUESTIONS", ge=1)
    cooldown_seconds: float = Field(default=30.0, alias="PLANBOT_COOLDOWN_SECONDS", gt=0)
    announce_changes: bool = Field(default=True, alias="PLANBOT_ANNOUNCE_CHANGES")
    timezone: str = Field(default="Europe/London", alias="PLANBOT_TIMEZONE")
    digest_weekday: str = Field(default="mon", alias="PLANBOT_DIGEST_WEEKDAY")
    digest_time: str = Field(default="09:00", alias="PLANBOT_DIGEST_TIME")
    digest_days: int = Field(default=7, alias="PLANBOT_DIGEST_DAYS", ge=1, le=31)
    digest_weeks: int = Field(default=4, alias="PLANBOT_DIGEST_WEEKS", ge=0, le=26)
    digest_passed_days: int = Field(default=14, alias="PLANBOT_DIGEST_PASSED_DAYS", ge=0, le=365)
    log_level: str = Field(default="INFO", alias="PLANBOT_LOG_LEVEL")

    @field_validator("guild_ids", "admin_role_ids", mode="before")
    @classmethod
    def _split_ids(cls, value: object) -> object:
        """Accept "1,2,3" from an env file as well as a JSON list."""
        if isinstance(value, str):
            parts = value.strip().strip("[]").replace(" ", "").split(",")
            return [int(part) for part in parts if part]
        if isinstance(value, int):
            return [value]
        return value

    @field_validator("discord_token", "state_db", mode="before")
    @classmethod
    def _blank_is_unset(cls, value: object) -> object:
        """`DISCORD_TOKEN=` as copied from .env.example means "not set", not an empty token or path."""
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone '{value}' (use an IANA name such as Europe/London)") from None
        return value

    @field_validator("digest_weekday")
    @classmethod
    def _weekday(cls, value: str) -> str:
        from bot.digests.schedule import parse_weekday

        parse_weekday(value)
        return value

    @field_validator("digest_time")
    @classmethod
    def _clock_time(cls, value: str) -> str:
        from bot.digests.schedule import parse_time

        parse_time(value)
        return value

    @property
    def drafts_path(self) -> Path:
        """Where a draft replaced by an upload is kept (outside corpus/, so it is not indexed again)."""
        return self.planbot_index / "drafts"

    @property
    def state_path(self) -> Path:
        """Bot state (subscriptions, posted digests, answers behind Sources buttons) lives beside the index versions."""
        return self.state_db or self.planbot_index / "state.db"

    @property
    def max_file_bytes(self) -> int:
        return int(self.max_file_mb * 1024 * 1024)


def load_settings(**overrides: object) -> Settings:
    """Build settings, turning validation failures into one readable sentence."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ())) or "settings"
        raise ConfigError(f"Bad setting {where}: {first.get('msg')}. Check your environment or .env.") from None

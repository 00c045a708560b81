"""The one exception hierarchy. Every edge (CLI, Discord) turns these into one user sentence."""


class PlanbotError(Exception):
    """An expected failure with a sentence a user can act on."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class QuestionError(PlanbotError):
    """The question itself cannot be answered as asked (empty, too long)."""


class IndexMissingError(PlanbotError):
    """No built index where one was expected."""


class DocumentError(PlanbotError):
    """A document could not be read: unsupported, corrupt, encrypted, empty or too large."""

    def __init__(self, file_name: str, reason: str) -> None:
        super().__init__(f"{file_name}: {reason}")
        self.file_name = file_name
        self.reason = reason


class BuildError(PlanbotError):
    """A new index version could not be built; the live one is untouched."""


class CarryRefused(BuildError):
    """A re-index cannot start from a copy of the version before it (bot.index.carry): a plan area
    moved, say. The build then writes the version afresh; this never reaches a user."""


class ConfigError(PlanbotError):
    """Settings are missing or invalid."""


class NotAllowedError(PlanbotError):
    """The person asking may not do this (admin-only actions)."""


class RateLimitError(PlanbotError):
    """The person is asking faster than the per-user cooldown allows."""

    def __init__(self, retry_after: float) -> None:
        super().__init__(f"You're asking quickly: try again in {max(1, round(retry_after))} s.")
        self.retry_after = retry_after


class IndexDamagedError(PlanbotError):
    """An index version's files are damaged (garbled bytes, a truncated database): named, with what to run."""

    def __init__(self, message: str, version: str, detail: str) -> None:
        super().__init__(message)
        self.version = version
        self.detail = detail


class StateDamagedError(PlanbotError):
    """The bot's own state database cannot be read; questions are still answered, digests pause."""

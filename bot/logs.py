"""Logging for the entry points: planbot's lines at PLANBOT_LOG_LEVEL on standard error, and the
chatter of the document libraries ("invalid pdf header", "EOF marker not found") demoted to DEBUG.

A damaged file is already reported once, in planbot's own words, as a skipped file with its reason;
the library's view of it is for whoever debugs, not for the admin reading the report."""

import logging
import sys
import threading

from bot.reading.deadline import TimeLimitExceeded

log = logging.getLogger("planbot")

# Loggers of the libraries that read documents, and Python warnings (which they also raise).
LIBRARY_LOGGERS = ("pypdf", "PyPDF2", "docx", "pptx", "openpyxl", "PIL", "py.warnings")
FORMAT = "%(levelname)s %(name)s: %(message)s"


def is_library(name: str) -> bool:
    return any(name == lib or name.startswith(lib + ".") for lib in LIBRARY_LOGGERS)


class DemoteLibraries(logging.Filter):
    """Handler filter (a logger's filter would miss its child loggers such as pypdf._reader)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if is_library(record.name) and record.levelno > logging.DEBUG:
            record.levelno, record.levelname = logging.DEBUG, "DEBUG"
            return logging.getLogger().isEnabledFor(logging.DEBUG)
        return True


def configure_logging(level: str) -> None:
    """Called once by the entry point; tests and library users configure their own."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(DemoteLibraries())
    logging.basicConfig(level=level.upper(), handlers=[handler])
    logging.captureWarnings(True)
    sys.unraisablehook = log_unraisable
    threading.excepthook = log_thread_exception


def log_unraisable(unraisable: "sys.UnraisableHookArgs") -> None:
    """Exceptions Python cannot raise (in a finaliser or garbage-collector callback) go to the log, not
    straight to standard error; a page time limit landing in one is expected and only DEBUG."""
    exc = unraisable.exc_value
    if isinstance(exc, TimeLimitExceeded):
        log.debug("a page time limit was dropped inside %r; it is set again", unraisable.object)
        return
    log.warning("exception ignored in %r", unraisable.object, exc_info=(unraisable.exc_type, exc, unraisable.exc_traceback))


def log_thread_exception(args: threading.ExceptHookArgs) -> None:
    if isinstance(args.exc_value, TimeLimitExceeded):
        log.debug("a page time limit arrived as thread %s ended", args.thread.name if args.thread else "?")
        return
    log.error("uncaught exception in thread %s", args.thread.name if args.thread else "?",
              exc_info=(args.exc_type, args.exc_value, args.exc_traceback))  # type: ignore[arg-type]

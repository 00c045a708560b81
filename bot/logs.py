"""Logging for the entry points: planbot's lines at PLANBOT_LOG_LEVEL on standard error, and the
chatter of the document libraries ("invalid pdf header", "EOF marker not found") demoted to DEBUG.

A damaged file is already reported once, in planbot's own words, as a skipped file with its reason;
the library's view of it is for whoever debugs, not for the admin reading the report."""

import logging
import sys

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

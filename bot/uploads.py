"""Accepting a new draft into corpus/: checked before it lands, the draft it replaces archived, nothing half-written."""

import os
import re
import tempfile
from datetime import datetime, timezone
from pathlib import Path

from bot.errors import DocumentError
from bot.reading.files import SUPPORTED, USE, read_document


def safe_name(file_name: str) -> str:
    """The file's own name, without folders or characters that could escape corpus/."""
    name = Path(file_name.replace("\\", "/")).name.strip()
    name = re.sub(r"[^\w.\- ()&]+", "_", name).lstrip(".")
    if not name:
        raise DocumentError(file_name or "(no name)", "has no usable file name; rename it, e.g. plan-draft-3.pdf")
    return name


def accept_draft(data: bytes, file_name: str, corpus: Path, archive: Path, max_bytes: int) -> tuple[Path, Path | None]:
    """Save an uploaded document into corpus/ after reading it once to prove it is usable.

    Returns (saved path, archived previous draft or None). A file that can't be read raises
    DocumentError and leaves corpus/ exactly as it was.
    """
    name = safe_name(file_name)
    if Path(name).suffix.lower() not in SUPPORTED:
        raise DocumentError(name, f"unsupported file type '{Path(name).suffix or '(none)'}'; {USE}")
    if len(data) > max_bytes:
        raise DocumentError(name, f"is {len(data) / 1048576:.1f} MB, over the {max_bytes / 1048576:.0f} MB limit (PLANBOT_MAX_FILE_MB)")
    corpus.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".upload-", suffix=Path(name).suffix, dir=corpus)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        read_document(tmp, max_bytes)  # raises DocumentError: corrupt, encrypted, scanned, empty
        target = corpus / name
        archived = None
        if target.exists():
            archive.mkdir(parents=True, exist_ok=True)
            stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
            archived = archive / f"{stamp}-{name}"
            os.replace(target, archived)
        os.replace(tmp, target)
        return target, archived
    except DocumentError as exc:
        raise DocumentError(name, exc.reason) from None
    finally:
        tmp.unlink(missing_ok=True)

"""The check every zip-based document (.docx, .pptx, .xlsx) passes before any part of it is unpacked.

A 390 KB .docx can unpack to 400 MB (a zip bomb) and a part may be named '../../etc/cron.d/x'. The
zip's directory says how big each part is unpacked, and Python's zipfile never unpacks more than
that (a part that lies fails its CRC check), so the directory alone is enough to refuse the file.
Readers of these formats get bytes that passed check_zip, from bot.reading.files."""

import io
import re
import zipfile
from pathlib import Path

from bot.errors import DocumentError
from bot.reading.limits import MB, RATIO_FLOOR, UNPACKED_PER_FILE, ReadLimits

KINDS = {".docx": "Word", ".pptx": "PowerPoint", ".xlsx": "Excel"}
# An encrypted Office file is not a zip at all but an OLE compound file holding the encrypted package.
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_DRIVE = re.compile(r"^[A-Za-z]:")


def unsafe_part_name(name: str) -> bool:
    """An absolute path, a drive letter or a '..' step: a name that could point out of any folder."""
    path = name.replace("\\", "/")
    return path.startswith("/") or bool(_DRIVE.match(path)) or ".." in path.split("/") or "\x00" in path


def check_zip(name: str, source: bytes | Path, limits: ReadLimits) -> None:
    """Refuse a zip-based document that is not a zip, is encrypted, has unsafe part names, too many
    parts, or unpacks to more than the limits allow. Raises DocumentError saying which and what to do."""
    kind = KINDS.get(Path(name).suffix.lower(), "Office")
    if isinstance(source, bytes):
        head = source[:8]
    else:
        with source.open("rb") as fh:
            head = fh.read(8)
    if head == OLE_MAGIC:
        suffix = Path(name).suffix.lower() or ".docx"
        raise DocumentError(name, f"is encrypted (password-protected) or an old binary {kind} file; "
                                  f"save an unprotected copy as {suffix} and try again")
    try:
        with zipfile.ZipFile(io.BytesIO(source) if isinstance(source, bytes) else source) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise DocumentError(name, f"is not a readable {kind} file (not a zip archive: damaged, password-protected "
                                  f"or another format); open it in {kind} and save it again") from None
    if len(parts) > limits.zip_parts:
        raise DocumentError(name, f"has {len(parts):,} parts, more than the {limits.zip_parts:,} a document may have")
    for part in parts:
        if unsafe_part_name(part.filename):
            raise DocumentError(name, f"holds a part with an unsafe path ({part.filename[:80]!r}); it was not read. "
                                      f"Open it in {kind} and save it again")
        if part.flag_bits & 0x1:
            raise DocumentError(name, f"is password-protected; save an unprotected copy from {kind}")
        ratio = part.file_size / max(part.compress_size, 1)
        if part.file_size > RATIO_FLOOR and ratio > limits.zip_ratio:
            raise DocumentError(name, f"part {part.filename[:80]} unpacks to {part.file_size / MB:.1f} MB from "
                                      f"{part.compress_size / MB:.2f} MB ({ratio:,.0f}:1, over the {limits.zip_ratio}:1 "
                                      "limit): it looks like a zip bomb and was not read")
    unpacked = sum(part.file_size for part in parts)
    if unpacked > limits.zip_unpacked_bytes:
        raise DocumentError(name, f"unpacks to {unpacked / MB:,.1f} MB, over the {limits.zip_unpacked_bytes / MB:,.0f} MB "
                                  f"limit ({UNPACKED_PER_FILE} x PLANBOT_MAX_FILE_MB); split it, or raise PLANBOT_MAX_FILE_MB if it is genuine")

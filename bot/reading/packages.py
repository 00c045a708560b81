"""Opening an Office file (.docx, .pptx, .xlsx): every reader of a zipped package comes through here,
so checks on the package itself (corrupt, encrypted, and later bounded reading against zip bombs)
live in one place."""

import io
import zipfile

from bot.errors import DocumentError
from bot.reading.zips import OLE_MAGIC

_WHAT = {"docx": "Word", "pptx": "PowerPoint", "xlsx": "Excel"}


def open_package(name: str, data: bytes, kind: str) -> io.BytesIO:
    """A stream of the package for python-docx, python-pptx or openpyxl, once it is known to be a
    readable zip holding the part that kind of file must have; else DocumentError saying what to do."""
    what = _WHAT[kind]
    if data.startswith(OLE_MAGIC):
        raise DocumentError(name, f"is encrypted (password-protected) or an old binary {what} file; "
                                  f"save an unprotected copy as .{kind} and try again")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            names = set(package.namelist())
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise DocumentError(name, f"is not a readable {what} file ({type(exc).__name__}); re-save it as .{kind}") from None
    main = {"docx": "word/document.xml", "pptx": "ppt/presentation.xml", "xlsx": "xl/workbook.xml"}[kind]
    if "[Content_Types].xml" not in names or main not in names:
        raise DocumentError(name, f"is not a {what} file (no {main} inside); re-save it as .{kind}")
    return io.BytesIO(data)

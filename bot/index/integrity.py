"""Is a version intact? Each finished version records the SHA-256 of its files in manifest.json (the
database's own meta table cannot hold the database's hash), and a check compares them, then asks
SQLite (PRAGMA integrity_check) and zipfile (CRCs of the .npz arrays) for what hashes cannot show in
versions built before manifests existed. Works on a folder; nothing here knows versions or CURRENT."""

import hashlib
import json
import sqlite3
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

MANIFEST = "manifest.json"
CHUNK = 1 << 20
LOCK_PREFIX = ".tantivy-"  # lock files tantivy makes and drops as readers come and go: not content


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def write_manifest(folder: Path) -> None:
    """Written last, when every other file of the version is final (the rename that publishes the
    version comes after it). Files in subfolders (a tantivy index) are named by their relative path."""
    files = {p.relative_to(folder).as_posix(): sha256_file(p) for p in sorted(folder.rglob("*"))
             if p.is_file() and p.name != MANIFEST and not p.name.startswith(LOCK_PREFIX)}
    (folder / MANIFEST).write_text(json.dumps({"sha256": files}, indent=1), encoding="utf-8")


@dataclass
class FolderCheck:
    problems: list[str] = field(default_factory=list)
    passed: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        return "; ".join(self.problems or self.passed)


def check_folder(folder: Path, thorough: bool = True) -> FolderCheck:
    """Hashes against the manifest; with `thorough`, also SQLite's integrity_check of every database
    and the CRC of every .npz member. Without a manifest, SQLite's quick_check stands in for hashes."""
    result = FolderCheck()
    if not folder.is_dir():
        result.problems.append("its folder is missing")
        return result
    manifest = _manifest(folder, result)
    if manifest is not None:
        _compare_hashes(folder, manifest, result)
    if thorough or manifest is None:
        for db in sorted(folder.glob("*.db")):
            _sqlite_check(db, "integrity_check" if thorough else "quick_check", result)
    if thorough:
        for arrays in sorted(folder.glob("*.npz")):
            _zip_check(arrays, result)
    return result


def _manifest(folder: Path, result: FolderCheck) -> dict[str, str] | None:
    try:
        return dict(json.loads((folder / MANIFEST).read_text(encoding="utf-8"))["sha256"])
    except FileNotFoundError:
        result.passed.append("no manifest (built before planbot recorded hashes)")
    except (OSError, ValueError, KeyError, TypeError):
        result.problems.append(f"{MANIFEST} is unreadable")
    return None


def _compare_hashes(folder: Path, manifest: dict[str, str], result: FolderCheck) -> None:
    bad = []
    for name, expected in manifest.items():
        path = folder / name
        if not path.is_file():
            bad.append(f"{name} is missing")
        elif sha256_file(path) != expected:
            bad.append(f"{name} does not match its SHA-256 (changed or garbled since the build)")
    result.problems.extend(bad)
    if not bad:
        result.passed.append(f"{len(manifest)} files match their SHA-256")


def _sqlite_check(db: Path, pragma: str, result: FolderCheck) -> None:
    problem = sqlite_problem(db, pragma)
    if problem is None:
        result.passed.append(f"{db.name} {pragma} ok")
    else:
        result.problems.append(f"{db.name} {pragma}: {problem}")


def sqlite_problem(db: Path, pragma: str = "integrity_check") -> str | None:
    """What SQLite's integrity_check (or quick_check) finds wrong with a database file, or None."""
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            rows = [str(r[0]) for r in conn.execute(f"PRAGMA {pragma}")]
        finally:
            conn.close()
    except sqlite3.Error as exc:
        rows = [str(exc)]
    if rows == ["ok"]:
        return None
    return rows[0][:120] + (f" (+{len(rows) - 1} more)" if len(rows) > 1 else "")


def _zip_check(path: Path, result: FolderCheck) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            bad = archive.testzip()
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        bad = f"unreadable ({type(exc).__name__})"
    if bad:
        result.problems.append(f"{path.name}: damaged member {bad}")

"""One build at a time per index, and what killed builds leave behind cleaned up by the next one.

A build holds an exclusive lock (flock) on `index/build.lock` for its whole run, with its pid written
in it; the kernel drops the lock when the process dies, even by kill -9. So when the
lock can be taken, no build is running and every `.building-*` staging folder is a leftover of one
that died. Folders of versions being pruned are renamed `.pruning-*` before they are deleted, and
CURRENT is switched through `.CURRENT.<pid>.<thread>.tmp`; both are leftovers once their process is
gone. Nothing here imports the store: it works on folder names only."""

import fcntl
import os
import shutil
import socket
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from bot.errors import BuildError

LOCK_NAME = "build.lock"
BUILDER_NAME = "builder.pid"
STAGING_PREFIX = ".building-"
PRUNING_PREFIX = ".pruning-"
CURRENT_TMP_PREFIX = ".CURRENT."
POLL_SECONDS = 0.2


class BuildLock:
    """The index's build lock; `with BuildLock(index_dir):` waits up to `wait` seconds for a
    build running elsewhere (another process, or another thread of this one) to finish."""

    def __init__(self, index_dir: Path, wait: float = 600.0, progress: Callable[[str], None] | None = None) -> None:
        self.path = index_dir / LOCK_NAME
        self.wait = wait
        self.progress = progress
        self._fd: int | None = None

    def __enter__(self) -> "BuildLock":
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        deadline = time.monotonic() + self.wait
        told = False
        while not _try_lock(fd):
            if time.monotonic() > deadline:
                os.close(fd)
                raise BuildError(f"Another build ({holder(self.path)}) has held {self.path} for over {self.wait:.0f} s; "
                                 "wait for it to finish, or stop it, and run the build again.")
            if self.progress and not told:
                self.progress(f"waiting for the build already running ({holder(self.path)}) to finish")
                told = True
            time.sleep(POLL_SECONDS)
        os.ftruncate(fd, 0)
        os.write(fd, f"process {os.getpid()} on {socket.gethostname()}\n".encode())
        self._fd = fd
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the descriptor releases the flock
            self._fd = None


def _try_lock(fd: int) -> bool:
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except BlockingIOError:
        return False


def holder(lock_path: Path) -> str:
    try:
        text = lock_path.read_text(encoding="utf-8").strip()
    except OSError:
        text = ""
    return text or "another process"


def mark_staging(folder: Path) -> None:
    """Record which process builds in a staging folder, for the report of whoever removes it later."""
    (folder / BUILDER_NAME).write_text(f"{os.getpid()}\n", encoding="utf-8")


def remove_leftovers(index_dir: Path, versions: Path) -> list[str]:
    """Remove what dead builds, prunes and switches left; the caller holds the build lock (so no
    staging folder has a live builder). Returns one sentence per thing removed."""
    removed: list[str] = []
    if versions.exists():
        for folder in sorted(versions.iterdir()):
            if folder.name.startswith(STAGING_PREFIX) and folder.is_dir():
                pid = _builder_pid(folder)
                shutil.rmtree(folder, ignore_errors=True)
                who = f"build process {pid}, which is no longer running" if pid else "a build that is no longer running"
                removed.append(f"removed {folder.name}, left by {who}")
            elif folder.name.startswith(PRUNING_PREFIX) and folder.is_dir():
                shutil.rmtree(folder, ignore_errors=True)
                removed.append(f"removed {folder.name}, an old version whose removal was interrupted")
    for tmp in sorted(index_dir.glob(CURRENT_TMP_PREFIX + "*.tmp")) if index_dir.exists() else []:
        pid = _pid_in_name(tmp.name)
        if pid is not None and not _alive(pid):
            tmp.unlink(missing_ok=True)
            removed.append(f"removed {tmp.name}, left by process {pid} while switching versions")
    return removed


def clean_up(index_dir: Path, versions: Path) -> list[str]:
    """Remove leftovers if no build is running now (rollback, prune); a running build cleaned at its start."""
    path = index_dir / LOCK_NAME
    if not path.exists():
        return remove_leftovers(index_dir, versions) if versions.exists() else []
    fd = os.open(path, os.O_RDWR)
    try:
        return remove_leftovers(index_dir, versions) if _try_lock(fd) else []
    finally:
        os.close(fd)


def _builder_pid(folder: Path) -> int | None:
    try:
        return int((folder / BUILDER_NAME).read_text(encoding="utf-8").split()[0])
    except (OSError, ValueError, IndexError):
        return None


def _pid_in_name(name: str) -> int | None:
    try:
        return int(name.removeprefix(CURRENT_TMP_PREFIX).split(".")[0])
    except ValueError:
        return None


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True

"""A note beside the database that its file was found sound, so an unchanged file is not re-read.

`PRAGMA quick_check` reads every page: a quarter of a second at every start for ten years of
meetings, and more as the file grows. When it passes on opening, and again when the app
closes the database after a session without driver errors, `<name>.checked` records the
file's size, modification time and identity. The next open compares them: an unchanged file
skips quick_check (the header checks and the first read still run, and SQLCipher checks the
HMAC of every page it reads); a file that changed in any way since (copied, restored, cut
off, overwritten, or written by a session that did not close) is checked in full. Losing
the note only costs one full check.
"""

import contextlib
import json
import os
from pathlib import Path

STAMP_SUFFIX = ".checked"


def stamp_path(db_path: Path) -> Path:
    """Return the note that belongs to a database file."""
    return db_path.with_name(db_path.name + STAMP_SUFFIX)


def file_state(db_path: Path) -> dict[str, int] | None:
    """Return what identifies the present state of the file (None when it cannot be read)."""
    try:
        info = db_path.stat()
    except OSError:
        return None
    state = {
        "size": info.st_size,
        "mtime_ns": info.st_mtime_ns,
        "inode": info.st_ino,
        "device": info.st_dev,
    }
    if os.name != "nt":  # on Windows st_ctime is the creation time, not the last change
        state["ctime_ns"] = info.st_ctime_ns
    return state


def unchanged(db_path: Path) -> bool:
    """Return True when the file is exactly as it was when it was last found sound."""
    state = file_state(db_path)
    if state is None:
        return False
    try:
        recorded = json.loads(stamp_path(db_path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return recorded == state


def record(db_path: Path) -> None:
    """Note the file's present state as sound (when the note cannot be written: a full check)."""
    state = file_state(db_path)
    if state is None:
        return
    with contextlib.suppress(OSError):
        stamp_path(db_path).write_text(json.dumps(state), encoding="utf-8")


def forget(db_path: Path) -> None:
    """Remove the note, so that the next open checks the file in full."""
    with contextlib.suppress(OSError):
        stamp_path(db_path).unlink(missing_ok=True)

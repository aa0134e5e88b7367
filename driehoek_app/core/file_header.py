"""The first bytes of a database file: plain SQLite or not (no SQLite driver needed)."""

from pathlib import Path

SQLITE_HEADER = b"SQLite format 3\x00"
HEADER_SIZE = 100


def read_header(path: Path, size: int = HEADER_SIZE) -> bytes:
    """Return the first bytes of a file (fewer if the file is shorter)."""
    with path.open("rb") as handle:
        return handle.read(size)


def has_plain_header(path: Path) -> bool:
    """Return True when the file starts like an unencrypted SQLite database."""
    return read_header(path, len(SQLITE_HEADER)) == SQLITE_HEADER

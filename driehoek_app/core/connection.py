"""Raw connections to database files, plain or encrypted with a raw SQLCipher key."""

import os
from pathlib import Path

from driehoek_app.core import sqlite_driver
from driehoek_app.core.sqlite_driver import sqlite3
from driehoek_app.core.storage_errors import EncryptionUnavailableError

CIPHER_PAGE_SIZE = 4096  # SQLCipher 4's default page size
JOURNAL_SUFFIXES = ("-journal", "-wal", "-shm")


def key_literal(key: bytes) -> str:
    """Return the SQL literal that hands SQLCipher a raw 256-bit key (no key derivation)."""
    return f"\"x'{key.hex()}'\""


def sql_string(text: str) -> str:
    """Return text as an SQL string literal."""
    return "'" + text.replace("'", "''") + "'"


def require_cipher() -> None:
    """Refuse encryption work when the SQLCipher driver is not installed."""
    if not sqlite_driver.HAS_SQLCIPHER:
        raise EncryptionUnavailableError(
            "Versleuteling is niet beschikbaar: het onderdeel sqlcipher3 is niet geïnstalleerd."
        )


def apply_key(conn: sqlite3.Connection, key: bytes | None) -> None:
    """Give the connection its key before the first read (nothing for a plain database)."""
    if key is None:
        return
    require_cipher()
    conn.execute(f"PRAGMA key = {key_literal(key)}")


def connect_file(path: Path, key: bytes | None = None, *, read_only: bool = False):
    """Open a connection to a database file; read_only never creates or changes the file."""
    if read_only:
        conn = sqlite_driver.connect(Path(path).absolute().as_uri() + "?mode=ro", uri=True)
    else:
        conn = sqlite_driver.connect(str(path))
    try:
        apply_key(conn, key)
    except BaseException:
        conn.close()
        raise
    return conn


def attach_encrypted(conn: sqlite3.Connection, path: Path, alias: str, key: bytes) -> None:
    """Attach a (new or existing) database file under alias with a raw key."""
    require_cipher()
    conn.execute(f"ATTACH DATABASE {sql_string(str(path))} AS {alias} KEY {key_literal(key)}")


def fsync_file(path: Path) -> None:
    """Flush a file's contents to the disk (opened for writing, as Windows requires)."""
    fd = os.open(path, os.O_RDWR)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def side_files(path: Path) -> list[Path]:
    """Return the journal/WAL files that exist beside a database file."""
    return [
        path.with_name(path.name + suffix)
        for suffix in JOURNAL_SUFFIXES
        if path.with_name(path.name + suffix).exists()
    ]

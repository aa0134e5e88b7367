"""Errors of the storage layer (opening, saving, backups, encryption), each one Dutch sentence.

All are DatabaseError subclasses, so existing `except DatabaseError` / `DriehoekError`
handlers keep catching them. The refusals at open carry `newest_backup`, the newest backup
that passed its check (or None), so the GUI can offer it with its date.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from driehoek_app.core.errors import DatabaseError
from driehoek_app.core.sqlite_driver import sqlite3

if TYPE_CHECKING:
    from driehoek_app.core.backups import BackupInfo

SQLITE_FULL = 13
SQLITE_IOERR = 10
SQLITE_READONLY = 8
SQLITE_CANTOPEN = 14


class DatabaseOpenError(DatabaseError):
    """The database file was refused at open, before anything was written to it."""

    def __init__(self, message: str, newest_backup: "BackupInfo | None" = None) -> None:
        super().__init__(message)
        self.newest_backup = newest_backup


class DamagedDatabaseError(DatabaseOpenError):
    """The file is a damaged database; it has been moved aside to `moved_to`."""

    def __init__(
        self, message: str, moved_to: Path | None, newest_backup: "BackupInfo | None" = None
    ) -> None:
        super().__init__(message, newest_backup)
        self.moved_to = moved_to


class ReadOnlyDatabaseError(DatabaseOpenError):
    """The database file or its folder cannot be written to."""


class NewerDatabaseError(DatabaseOpenError):
    """The database was made by a newer version of the app."""


class PassphraseRequiredError(DatabaseOpenError):
    """The database is encrypted and no passphrase was given."""


class WrongPassphraseError(DatabaseOpenError):
    """The passphrase (or recovery key) does not unlock the database."""


class KeyFileError(DatabaseOpenError):
    """The key file of an encrypted database is missing or unreadable."""


class WeakPassphraseError(DatabaseError):
    """A new passphrase is too weak to protect the minutes."""


class EncryptionUnavailableError(DatabaseError):
    """The SQLCipher driver is not installed, so nothing can be encrypted."""


class BackupError(DatabaseError):
    """A backup could not be made, checked or restored."""


class StorageError(DatabaseError):
    """Saving failed on the disk; what was committed before is intact, the change is not."""


class StorageFullError(StorageError):
    """The disk (or the database's size limit) is full."""


class StorageIOError(StorageError):
    """The disk reported a read/write error, or the file became read-only."""


def storage_error(exc: BaseException, where: Path | str | None) -> StorageError | None:
    """Return the StorageError for a driver error caused by the disk, else None."""
    if not isinstance(exc, sqlite3.Error):
        return None
    code = (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF
    text = str(exc).lower()
    place = f" ({where})" if where else ""
    if code == SQLITE_FULL or "database or disk is full" in text:
        return StorageFullError(
            f"Opslaan is mislukt: de schijf of de database is vol{place}; maak ruimte vrij "
            "en probeer het opnieuw (uw tekst staat nog in het venster)."
        )
    if code in (SQLITE_IOERR, SQLITE_READONLY, SQLITE_CANTOPEN) or "disk i/o error" in text:
        return StorageIOError(
            f"Opslaan is mislukt door een schijffout of een alleen-lezen bestand{place}; "
            "eerder opgeslagen gegevens zijn niet aangetast, probeer het opnieuw."
        )
    return None


@contextmanager
def storage_guard(where: Path | str | None) -> Iterator[None]:
    """Turn a disk-full or I/O driver error raised inside the block into a StorageError."""
    try:
        yield
    except sqlite3.Error as exc:
        translated = storage_error(exc, where)
        if translated is None:
            raise
        raise translated from exc

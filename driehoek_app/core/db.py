"""The one place that opens the database: checks, encryption key, pragmas and migrations.

Journal mode: DELETE (rollback journal) with synchronous=FULL. Every commit is fsynced
before it is acknowledged, and between transactions the database is one self-contained
file: no -wal side file that a user copying the file, a sync client or a network share
could separate from it, and the file stays readable in a read-only folder (WAL cannot).
Our write load is one writer saving every few seconds, so WAL's concurrency gains nothing;
and SQLite before 3.51.3 has a WAL bug with concurrent writers (the Linux wheel has 3.51.1).
The app keeps exactly one writer connection: the one returned here.

An existing file is examined before anything is written to it (damaged.py): folders, empty
and foreign files, read-only files and folders are refused untouched; a zeroed or truncated
file, or one that fails the first read or quick_check, is moved aside as `.damaged`.
quick_check reads every page, so it runs only when the file changed since it was last found
sound: after a passed check and after a session closed without damage, `<name>.checked`
notes the file's state (checked_stamp.py). An
encrypted file (SQLCipher, see encryption.py) is unlocked from its key file first, so a
wrong passphrase is refused without touching the database. Pending migrations on an
existing database are preceded by a verified backup. Writes that fail on a full disk or an
I/O error raise StorageError (a Dutch sentence) from `execute` and `atomic`.
"""

import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlite_utils

from driehoek_app.core import checked_stamp, damaged, sqlite_driver
from driehoek_app.core.connection import connect_file
from driehoek_app.core.errors import DatabaseError
from driehoek_app.core.file_header import SQLITE_HEADER
from driehoek_app.core.os_errors import os_reason
from driehoek_app.core.sqlite_driver import sqlite3
from driehoek_app.core.storage_errors import (
    DatabaseOpenError,
    NewerDatabaseError,
    storage_error,
    storage_guard,
)

REQUIRED_PRAGMAS = {
    "foreign_keys": 1,
    "journal_mode": "delete",
    "synchronous": 2,  # FULL
    "secure_delete": 1,
}


class DriehoekDatabase(sqlite_utils.Database):
    """A sqlite-utils Database that knows its file and key and reports a full disk in Dutch."""

    path: Path | None = None
    key: bytes | None = None
    recovery_key: str | None = None  # set once, when a new encrypted database was created
    sound: bool = False  # opened and checked; no sign of damage seen since

    @property
    def encrypted(self) -> bool:
        """Return True when the database is encrypted at rest."""
        return self.key is not None

    @contextmanager
    def atomic(self) -> Iterator["DriehoekDatabase"]:
        """A transaction (savepoint when nested); a full disk becomes StorageFullError."""
        with storage_guard(self.path), super().atomic():
            yield self

    def execute(self, sql: str, parameters: Sequence | dict[str, Any] | None = None) -> Any:
        """Execute one statement; a full disk or I/O error becomes a StorageError."""
        with storage_guard(self.path), self._noting_damage():
            return super().execute(sql, parameters)

    def executescript(self, sql: str) -> Any:
        """Execute a script; a full disk or I/O error becomes a StorageError."""
        with storage_guard(self.path), self._noting_damage():
            return super().executescript(sql)

    @contextmanager
    def _noting_damage(self) -> Iterator[None]:
        """Remember a corrupt page or I/O error: the file then gets a full check at next open."""
        try:
            yield
        except sqlite3.DatabaseError as exc:
            if damaged.is_damage_report(exc):
                self.sound = False
            raise

    def close(self) -> None:
        """Close the connection; note a file left sound, so the next open need not re-read it."""
        super().close()
        if self.sound and self.path is not None:
            self.sound = False
            checked_stamp.record(self.path)


def apply_pragmas(db: sqlite_utils.Database) -> None:
    """Set the durability and safety pragmas and verify that they took effect."""
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA journal_mode = DELETE")
    db.execute("PRAGMA synchronous = FULL")
    db.execute("PRAGMA secure_delete = ON")
    in_memory = path_of(db) == ":memory:"
    for name, expected in REQUIRED_PRAGMAS.items():
        actual = db.execute(f"PRAGMA {name}").fetchone()[0]
        if name == "journal_mode" and in_memory:
            continue  # an in-memory database has no journal file
        if actual != expected:
            raise DatabaseError(
                f"De database kon niet veilig worden ingesteld ({name} is {actual!r})."
            )


def path_of(db: sqlite_utils.Database) -> str:
    """Return the file name of the main database (':memory:' for an in-memory one)."""
    row = db.execute("PRAGMA database_list").fetchone()
    return row[2] or ":memory:"


def _prepare_existing(path: Path, passphrase: str | None, key: bytes | None) -> bytes | None:
    """Examine an existing file before any write; return its key (None when plain)."""
    from driehoek_app.core.encryption import (
        ENCRYPTED,
        database_state,
        discard_plain_leftover,
        key_matches,
        unlock,
    )

    header, size = damaged.refuse_unusable(path)
    plain = header.startswith(SQLITE_HEADER)
    encrypted = not plain and database_state(path) == ENCRYPTED
    if not plain and not encrypted:
        if header[:16] == bytes(16):
            damaged.refuse_damaged(path, "het begin van het bestand is gewist", None)
        damaged.refuse_foreign(path, header)
    damaged.refuse_read_only(path)
    if not encrypted:
        key = None
    else:
        discard_plain_leftover(path)
        if key is None:
            key = unlock(path, passphrase)
        elif not key_matches(path, key):
            raise DatabaseOpenError(f"De opgegeven sleutel hoort niet bij de database {path}.")
    problem = damaged.header_damage(path, header, size, plain)
    if problem:
        damaged.refuse_damaged(path, problem, key)
    return key


def _prepare_new(path: Path, passphrase: str | None, key: bytes | None) -> tuple[Any, Any]:
    """Create the folder (and key file) of a new database; return (key, recovery key)."""
    from driehoek_app.core.encryption import new_key_file

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError(
            f"De map {path.parent} voor de database kan niet worden gemaakt: {os_reason(exc)}."
        ) from exc
    damaged.refuse_read_only(path)
    recovery = None
    if key is not None and passphrase is None:
        raise DatabaseError(
            f"De database {path} bestaat niet; een nieuwe versleutelde database vraagt een "
            "wachtwoord, geen losse sleutel."
        )
    if passphrase is not None:
        key, recovery = new_key_file(path, passphrase)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)  # owner-only from the start
    os.close(fd)
    return key, recovery


def open_database(
    path: Path | str,
    *,
    migrate: bool = True,
    passphrase: str | None = None,
    key: bytes | None = None,
) -> DriehoekDatabase:
    """Open (creating if needed) the database at path, set pragmas and apply migrations.

    passphrase unlocks an encrypted database (the recovery key works too) or creates a new
    one encrypted, whose recovery key is then in `db.recovery_key`; key is an already
    unlocked database key (`db.key`), e.g. to reopen after a restore.
    """
    recovery = None
    if str(path) == ":memory:":
        conn, key = sqlite_driver.connect(":memory:"), None
        location: Path | None = None
    else:
        location = Path(path)
        existed = location.exists()
        if existed:
            key = _prepare_existing(location, passphrase, key)
        else:
            key, recovery = _prepare_new(location, passphrase, key)
        try:
            conn = connect_file(location, key)
        except sqlite3.Error as exc:
            raise DatabaseOpenError(
                f"De database {location} kan niet worden geopend: {exc}."
            ) from exc
        if existed:
            full = not checked_stamp.unchanged(location)
            problem = damaged.content_damage(conn, location, key is not None, full=full)
            if problem:
                conn.close()
                damaged.refuse_damaged(location, problem, key)
            if full:
                checked_stamp.record(location)
    db = DriehoekDatabase(conn, execute_plugins=False)  # no third-party sqlite-utils plugins
    db.path = location.absolute() if location is not None else None
    db.key, db.recovery_key = key, recovery
    try:
        apply_pragmas(db)
        if migrate:
            apply_migrations(db)
    except sqlite3.DatabaseError as exc:
        db.close()
        translated = storage_error(exc, location)
        if translated is not None:
            raise translated from exc
        raise DatabaseError(f"De database {location} kan niet worden geopend: {exc}.") from exc
    except BaseException:
        db.close()
        raise
    db.sound = location is not None
    return db


def apply_migrations(db: DriehoekDatabase) -> list[str]:
    """Apply pending migrations, after a verified backup when the database already had data."""
    from driehoek_app.core.backups import make_backup, newest_verified_backup
    from driehoek_app.core.migrations import MIGRATIONS, migrate_database, migration_names

    applied = [migration.name for migration in MIGRATIONS.applied(db)]
    if set(applied) - set(migration_names()):
        try:
            migrate_database(db)  # refuses, in Dutch, before it changes anything
        except DatabaseError as exc:
            backup = newest_verified_backup(db.path, db.key) if db.path else None
            raise NewerDatabaseError(exc.message, backup) from None
    if applied and db.path is not None and MIGRATIONS.pending(db):
        make_backup(db, "migration")
    return migrate_database(db)

"""The one place that opens the database: pragmas, checks and migrations.

Journal mode: DELETE (rollback journal) with synchronous=FULL. Every commit is fsynced
before it is acknowledged, and between transactions the database is one self-contained
file: no -wal side file that a user copying the file, a sync client or a network share
could separate from it, and the file stays readable in a read-only folder (WAL cannot).
Our write load is one writer saving every few seconds, so WAL's concurrency gains nothing.
Encryption at rest (SQLCipher) slots in at `_connect`.
"""

import sqlite3
from pathlib import Path

import sqlite_utils

from driehoek_app.core.errors import DatabaseError

SQLITE_HEADER = b"SQLite format 3\x00"

REQUIRED_PRAGMAS = {
    "foreign_keys": 1,
    "journal_mode": "delete",
    "synchronous": 2,  # FULL
    "secure_delete": 1,
}


def _connect(path: Path | str) -> sqlite3.Connection:
    """Open the raw SQLite connection (the hook for encryption at rest)."""
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    return conn


def _check_existing_file(path: Path) -> None:
    """Refuse a file that exists but is empty or is not an SQLite database."""
    if not path.exists():
        return
    if path.is_dir():
        raise DatabaseError(f"{path} is een map, geen databasebestand.")
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseError(
            f"Het databasebestand {path} kan niet worden gelezen: {exc.strerror}."
        ) from exc
    if len(header) == 0:
        raise DatabaseError(
            f"Het databasebestand {path} is leeg; het wordt niet als nieuwe database gebruikt."
        )
    if header != SQLITE_HEADER:
        raise DatabaseError(f"Het bestand {path} is geen driehoek_app-database.")


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


def open_database(path: Path | str, *, migrate: bool = True) -> sqlite_utils.Database:
    """Open (creating if needed) the database at path, set pragmas and apply migrations."""
    from driehoek_app.core.migrations import migrate_database

    in_memory = str(path) == ":memory:"
    if not in_memory:
        path = Path(path)
        _check_existing_file(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseError(
                f"De map {path.parent} voor de database kan niet worden gemaakt: {exc.strerror}."
            ) from exc
    try:
        db = sqlite_utils.Database(_connect(path))
        apply_pragmas(db)
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"De database {path} kan niet worden geopend: {exc}.") from exc
    if migrate:
        migrate_database(db)
    return db

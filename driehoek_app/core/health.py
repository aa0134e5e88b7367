"""The full check of a database file (`driehoek check`): report problems, change nothing.

Unlike opening, a check never moves a damaged file aside: it reports, one Dutch line per
problem, what the header, `integrity_check`, the foreign keys, the expected tables and the
full-text indexes show.
"""

from pathlib import Path

from driehoek_app.core import damaged
from driehoek_app.core.connection import connect_file
from driehoek_app.core.encryption import ENCRYPTED, database_state, unlock
from driehoek_app.core.file_header import SQLITE_HEADER
from driehoek_app.core.integrity import CheckReport, applied_migrations, check_file
from driehoek_app.core.sqlite_driver import sqlite3


def _newer_version_problem(path: Path, key: bytes | None) -> list[str]:
    """Return a line when the database was made by a newer version of the app."""
    from driehoek_app.core.migrations import migration_names

    conn = connect_file(path, key, read_only=True)
    try:
        unknown = sorted(set(applied_migrations(conn)) - set(migration_names()))
    except sqlite3.DatabaseError:
        return []
    finally:
        conn.close()
    if not unknown:
        return []
    return [f"De database is gemaakt door een nieuwere versie van driehoek_app ({unknown[0]})."]


def check_database(
    db_path: Path | str, passphrase: str | None = None, key: bytes | None = None
) -> tuple[CheckReport, bytes | None]:
    """Check the database file fully; return the report and the key that opened it."""
    path = Path(db_path)
    header, size = damaged.refuse_unusable(path)
    plain = header.startswith(SQLITE_HEADER)
    if not plain and database_state(path) != ENCRYPTED:
        if header[:16] != bytes(16):
            damaged.refuse_foreign(path, header)
        return CheckReport(["Het databasebestand is beschadigd: het begin is gewist."]), None
    if plain:
        key = None
    elif key is None:
        key = unlock(path, passphrase)
    problem = damaged.header_damage(path, header, size, plain)
    if problem:
        return CheckReport([f"Het databasebestand is beschadigd: {problem}."]), key
    report = check_file(path, key, full=True)
    if report.data_ok:
        report.problems += _newer_version_problem(path, key)
    return report, key

"""Checks of a database: SQLite's own checks, the expected tables and the full-text indexes.

`quick_check` runs at every open (it reads every page, so SQLCipher's per-page HMAC catches
any damage of an encrypted file); the full `integrity_check`, the foreign-key check and the
FTS consistency checks run in `driehoek check` and on every backup before it is trusted.
Plain SQLite cannot see most random changes inside a page's content: encryption can.
"""

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from driehoek_app.core.connection import connect_file
from driehoek_app.core.sqlite_driver import sqlite3

if TYPE_CHECKING:
    import sqlite_utils

MIGRATIONS_TABLE = "_sqlite_migrations"
BASE_TABLES = (MIGRATIONS_TABLE, "themes", "districts", "basisteams")
MEETING_TABLES = ("bodies", "people", "meetings", "agenda_items", "decisions", "actions")
MEETINGS_MIGRATION = "0003_meetings"
MAX_LINES = 10
_FTS_MODULE = re.compile(r"USING\s+(fts[345])\s*\(", re.IGNORECASE)


@dataclass
class CheckReport:
    """The outcome of a check: Dutch problem lines (empty when all is well) and what was done."""

    problems: list[str] = field(default_factory=list)
    checked: list[str] = field(default_factory=list)
    index_problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Return True when no problem was found."""
        return not self.problems and not self.index_problems

    @property
    def data_ok(self) -> bool:
        """Return True when the data is sound (a full-text index can be rebuilt from it)."""
        return not self.problems

    @property
    def all_problems(self) -> list[str]:
        """Return every problem line, data first, then the full-text indexes."""
        return self.problems + self.index_problems


def quick_problems(conn: sqlite3.Connection) -> list[str]:
    """Run PRAGMA quick_check and return its complaints (empty when the file is sound)."""
    rows = [row[0] for row in conn.execute(f"PRAGMA quick_check({MAX_LINES})").fetchall()]
    return [] if rows == ["ok"] else rows


def table_names(conn: sqlite3.Connection) -> set[str]:
    """Return the names of the tables in the main database."""
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    return {row[0] for row in rows}


def applied_migrations(conn: sqlite3.Connection) -> list[str]:
    """Return the names of the migrations recorded in the database."""
    if MIGRATIONS_TABLE not in table_names(conn):
        return []
    return [row[0] for row in conn.execute(f"SELECT name FROM {MIGRATIONS_TABLE} ORDER BY id")]


def missing_tables(conn: sqlite3.Connection) -> list[str]:
    """Return the tables a migrated driehoek_app database must have but this one lacks."""
    present = table_names(conn)
    expected = list(BASE_TABLES)
    if MEETINGS_MIGRATION in applied_migrations(conn):
        expected += MEETING_TABLES
    return [name for name in expected if name not in present]


def fts_tables(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """Return (name, module) for every full-text table (fts3/4/5)."""
    rows = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL%'"
    ).fetchall()
    found = []
    for name, sql in rows:
        match = _FTS_MODULE.search(sql or "")
        if match:
            found.append((name, match[1].lower()))
    return found


def _database(conn: sqlite3.Connection) -> "sqlite_utils.Database":
    """Wrap a raw connection for the search-index functions (no sqlite-utils plugins)."""
    import sqlite_utils

    return sqlite_utils.Database(conn, recursive_triggers=False, execute_plugins=False)


def _quoted(name: str) -> str:
    """Return an identifier in double quotes."""
    return '"' + name.replace('"', '""') + '"'


def _app_index_problems(conn: sqlite3.Connection) -> tuple[list[str], set[str]]:
    """Compare the app's search index with its source tables; return problems and tables done."""
    from driehoek_app.core.search_index import INDEXES, search_index_problems

    present = {name for name, _module in fts_tables(conn)}
    tables = {spec.table for spec in INDEXES}
    if not tables <= present:
        return [], set()
    return search_index_problems(_database(conn)), tables


def fts_problems(conn: sqlite3.Connection) -> list[str]:
    """Check every full-text index against its data (read-only: rolled back afterwards)."""
    problems, covered = _app_index_problems(conn)
    for name, module in fts_tables(conn):
        if name in covered:
            continue
        table = _quoted(name)
        if module == "fts5":
            sql = f"INSERT INTO {table}({table}, rank) VALUES ('integrity-check', 1)"
        else:
            sql = f"INSERT INTO {table}({table}) VALUES ('integrity-check')"
        conn.execute("SAVEPOINT fts_check")
        try:
            conn.execute(sql)
        except sqlite3.DatabaseError as exc:
            problems.append(f"De zoekindex {name} klopt niet met de gegevens ({exc}).")
        finally:
            if conn.in_transaction:
                conn.execute("ROLLBACK TO fts_check")
                conn.execute("RELEASE fts_check")
    return problems


def rebuild_fts(conn: sqlite3.Connection) -> list[str]:
    """Rebuild every full-text index from its data; return the names rebuilt."""
    from driehoek_app.core.search_index import INDEXES, rebuild_search_index

    present = {name for name, _module in fts_tables(conn)}
    covered = {spec.table for spec in INDEXES}
    rebuilt = []
    if covered <= present:
        rebuild_search_index(_database(conn))
        rebuilt += sorted(covered)
    for name in sorted(present - covered):
        table = _quoted(name)
        conn.execute(f"INSERT INTO {table}({table}) VALUES ('rebuild')")
        rebuilt.append(name)
    return rebuilt


def foreign_key_problems(conn: sqlite3.Connection) -> list[str]:
    """Return one line per row that points at a row that does not exist."""
    rows = conn.execute("PRAGMA foreign_key_check").fetchall()
    return [
        f"Rij {rowid} in tabel {table} verwijst naar een ontbrekende rij in {parent}."
        for table, rowid, parent, _fk in rows[:MAX_LINES]
    ]


def check_connection(conn: sqlite3.Connection, *, full: bool = True) -> CheckReport:
    """Run the checks on an open connection and return the report (nothing is changed)."""
    report = CheckReport()
    pragma = "integrity_check" if full else "quick_check"
    rows = [row[0] for row in conn.execute(f"PRAGMA {pragma}({MAX_LINES})").fetchall()]
    report.checked.append(pragma)
    if rows != ["ok"]:
        report.problems += [f"De database is beschadigd: {row}." for row in rows]
        return report  # the other checks would read damaged pages
    report.problems += [f"De tabel {name} ontbreekt." for name in missing_tables(conn)]
    report.checked.append("tabellen")
    if full:
        report.problems += foreign_key_problems(conn)
        report.checked.append("verwijzingen")
    names = [name for name, _module in fts_tables(conn)]
    if names:
        report.index_problems += fts_problems(conn)
        report.checked.append("zoekindex " + ", ".join(names))
    return report


def check_file(path: Path, key: bytes | None, *, full: bool = True) -> CheckReport:
    """Open a database file (not the live one) with its key, check it and close it."""
    try:
        conn = connect_file(path, key)
    except sqlite3.DatabaseError as exc:
        return CheckReport(problems=[f"Het bestand {path} kan niet worden geopend ({exc})."])
    try:
        return check_connection(conn, full=full)
    except sqlite3.DatabaseError as exc:
        return CheckReport(problems=[f"Het bestand {path} is beschadigd of onleesbaar ({exc})."])
    finally:
        conn.close()


def table_counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Return the number of rows of every ordinary table (to compare a copy with its source)."""
    virtual = {name for name, _module in fts_tables(conn)}
    counts = {}
    for name in sorted(table_names(conn) - virtual):
        counts[name] = conn.execute(f"SELECT COUNT(*) FROM {_quoted(name)}").fetchone()[0]
    return counts


def meeting_count(conn: sqlite3.Connection) -> int | None:
    """Return the number of meetings, or None for a database without meetings."""
    if "meetings" not in table_names(conn):
        return None
    return conn.execute("SELECT COUNT(*) FROM meetings").fetchone()[0]

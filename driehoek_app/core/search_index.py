"""The full-text index (SQLite FTS5): one index table per kind of text, kept in step by triggers.

Each index table holds its own copy of the indexed text (a normal FTS5 table, not an
external-content one), keyed by the rowid of its source row. Triggers on the source tables
delete and re-insert the index row on every insert, update of an indexed column and delete,
so edits, imports, cascading deletes, migrations and restored backups stay in step without
any application code. A REPLACE that silently deletes a row is covered too: each insert
trigger first removes an index row with the same rowid.

The copy in the index has the control characters U+0002 and U+0003 replaced by spaces (they
are separators for the tokenizer anyway), so the snippet markers SNIPPET_START/SNIPPET_END
can never be confused with user text. The source tables keep the text exactly as typed.

Every index table also has the column `plaats` with the place words of the text's meeting
(body, basisteam, gemeenten; see search_places), so a place name in a query matches too.
An index made before migration 0007 has no such column; the check and the rebuild below work
on either kind (a restored old backup is checked before it is migrated).

Tokenizer: `unicode61 remove_diacritics 2` (accent-insensitive, case-insensitive; never
porter, which stems English). Prefix indexes of 2 and 3 characters make the first letters
typed into a search box cheap.

Pitfall: sqlite-utils' `table.transform()` recreates a table and drops its triggers. Never use
it on a source table below; if a migration must, call create_search_index(db) afterwards.
"""

from dataclasses import dataclass

import sqlite_utils

from driehoek_app.core import sqlite_driver
from driehoek_app.core.search_places import (
    PLACE_COLUMN,
    PLACE_TRIGGERS,
    place_of_row,
    place_trigger_statements,
    source_with_places,
)

TOKENIZE = "unicode61 remove_diacritics 2"
PREFIX = "2 3"
SNIPPET_START = "\x02"
SNIPPET_END = "\x03"


@dataclass(frozen=True)
class IndexSpec:
    """How one kind of text is indexed: its index table, source table, columns and meeting link.

    link is the source column that leads to the meeting: meeting_id (agenda items) or item_id.
    """

    kind: str
    table: str
    source: str
    columns: tuple[str, ...]
    weights: tuple[float, ...]
    link: str
    only_if: str = ""

    def condition(self, alias: str) -> str:
        """Return the SQL condition under which a source row is indexed (alias: new/src)."""
        return self.only_if.format(row=alias) if self.only_if else "1"


INDEXES: tuple[IndexSpec, ...] = (
    IndexSpec("agendapunt", "search_agendapunt", "agenda_items", ("title", "description"),
              (4.0, 1.0), "meeting_id"),
    IndexSpec("notulen", "search_notulen", "agenda_items", ("minutes",), (1.0,), "meeting_id",
              "{row}.minutes <> ''"),
    IndexSpec("besluit", "search_besluit", "decisions", ("number", "text"), (2.0, 1.0),
              "item_id"),
    IndexSpec("actie", "search_actie", "actions", ("text", "remark"), (2.0, 1.0), "item_id"),
    IndexSpec("bijlage", "search_bijlage", "attachments", ("name",), (1.0,), "item_id"),
)  # fmt: skip
INDEX_BY_KIND = {spec.kind: spec for spec in INDEXES}


def _clean(expression: str) -> str:
    """Return SQL that replaces the snippet marker characters in expression by spaces."""
    return f"replace(replace({expression}, char(2), ' '), char(3), ' ')"


def _text_values(spec: IndexSpec, alias: str) -> str:
    """Return SQL for the cleaned text columns of the source row alias."""
    return ", ".join(_clean(f"{alias}.{column}") for column in spec.columns)


def _insert_sql(spec: IndexSpec, alias: str) -> str:
    """Return the INSERT that copies one source row (named alias) with its place into the index."""
    columns = ", ".join((*spec.columns, PLACE_COLUMN))
    return (
        f"INSERT INTO {spec.table} (rowid, {columns}) "
        f"SELECT {alias}.id, {_text_values(spec, alias)}, {place_of_row(spec, alias)} "
        f"WHERE {spec.condition(alias)}"
    )


def index_statements(spec: IndexSpec) -> list[str]:
    """Return the CREATE statements of one index table and its three triggers."""
    columns = ", ".join((*spec.columns, PLACE_COLUMN))
    watched = ", ".join(("id", *spec.columns, spec.link))
    name = spec.table
    return [
        f"CREATE VIRTUAL TABLE {name} USING fts5({columns}, "
        f"tokenize = '{TOKENIZE}', prefix = '{PREFIX}')",
        f"""CREATE TRIGGER {name}_insert AFTER INSERT ON {spec.source} BEGIN
                DELETE FROM {name} WHERE rowid = new.id;
                {_insert_sql(spec, "new")};
            END""",
        f"""CREATE TRIGGER {name}_update AFTER UPDATE OF {watched} ON {spec.source} BEGIN
                DELETE FROM {name} WHERE rowid = old.id;
                {_insert_sql(spec, "new")};
            END""",
        f"""CREATE TRIGGER {name}_delete AFTER DELETE ON {spec.source} BEGIN
                DELETE FROM {name} WHERE rowid = old.id;
            END""",
    ]


def create_search_index(db: sqlite_utils.Database) -> None:
    """Create (or re-create) every index table with its triggers and fill it from the sources."""
    with db.atomic():
        for name in PLACE_TRIGGERS:
            db.execute(f"DROP TRIGGER IF EXISTS {name}")
        for spec in INDEXES:
            db.execute(f"DROP TABLE IF EXISTS {spec.table}")
            for suffix in ("insert", "update", "delete"):
                db.execute(f"DROP TRIGGER IF EXISTS {spec.table}_{suffix}")
            for statement in index_statements(spec):
                db.execute(statement)
        for statement in place_trigger_statements(INDEXES):
            db.execute(statement)
        _fill(db)


def has_places(db: sqlite_utils.Database, spec: IndexSpec) -> bool:
    """Return whether an index table has the place column (made by migration 0007 or later)."""
    columns = db.execute(f"PRAGMA table_info({spec.table})").fetchall()
    return any(column[1] == PLACE_COLUMN for column in columns)


def _source_sql(spec: IndexSpec, places: bool) -> str:
    """Return a SELECT of what the index should hold: rowid, cleaned texts (and place words)."""
    if not places:
        return (
            f"SELECT src.id, {_text_values(spec, 'src')} FROM {spec.source} AS src "
            f"WHERE {spec.condition('src')}"
        )
    return (
        f"SELECT src.id, {_text_values(spec, 'src')}, p.plaats {source_with_places(spec)} "
        f"WHERE {spec.condition('src')}"
    )


def _index_columns(spec: IndexSpec, places: bool) -> str:
    """Return the index table's columns in the order _source_sql selects them (without rowid)."""
    return ", ".join((*spec.columns, PLACE_COLUMN) if places else spec.columns)


def _fill(db: sqlite_utils.Database) -> None:
    """Copy every source row into the (empty) index tables."""
    for spec in INDEXES:
        places = has_places(db, spec)
        db.execute(
            f"INSERT INTO {spec.table} (rowid, {_index_columns(spec, places)}) "
            f"{_source_sql(spec, places)}"
        )


def rebuild_search_index(db: sqlite_utils.Database) -> None:
    """Empty the index tables and fill them again from the sources, then merge the index."""
    with db.atomic():
        for spec in INDEXES:
            db.execute(f"DELETE FROM {spec.table}")
        _fill(db)
    optimize_search_index(db)


def optimize_search_index(db: sqlite_utils.Database) -> None:
    """Merge each index into one segment (faster queries; purges deleted text from the index)."""
    with db.atomic():
        for spec in INDEXES:
            db.execute(f"INSERT INTO {spec.table} ({spec.table}) VALUES ('optimize')")


def search_index_problems(db: sqlite_utils.Database) -> list[str]:
    """Return a Dutch sentence per index table that is out of step with its source (or [])."""
    problems = []
    for spec in INDEXES:
        places = has_places(db, spec)
        indexed = f"SELECT rowid, {_index_columns(spec, places)} FROM {spec.table}"
        source = _source_sql(spec, places)
        differences = db.execute(
            f"""SELECT (SELECT count(*) FROM ({indexed} EXCEPT {source}))
                     + (SELECT count(*) FROM ({source} EXCEPT {indexed}))"""
        ).fetchone()[0]
        if differences:
            problems.append(
                f"De zoekindex voor {spec.kind} wijkt op {differences} plaatsen af van de gegevens."
            )
        try:
            db.execute(f"INSERT INTO {spec.table} ({spec.table}) VALUES ('integrity-check')")
        except sqlite_driver.DatabaseError as exc:
            problems.append(f"De zoekindex voor {spec.kind} is beschadigd ({exc}).")
    return problems

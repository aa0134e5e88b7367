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

Tokenizer: `unicode61 remove_diacritics 2` (accent-insensitive, case-insensitive; never
porter, which stems English). Prefix indexes of 2 and 3 characters make the first letters
typed into a search box cheap.

Pitfall: sqlite-utils' `table.transform()` recreates a table and drops its triggers. Never use
it on a source table below; if a migration must, call create_search_index(db) afterwards.
"""

from dataclasses import dataclass

import sqlite_utils

from driehoek_app.core import sqlite_driver

TOKENIZE = "unicode61 remove_diacritics 2"
PREFIX = "2 3"
SNIPPET_START = "\x02"
SNIPPET_END = "\x03"


@dataclass(frozen=True)
class IndexSpec:
    """How one kind of text is indexed: its index table, source table and columns."""

    kind: str
    table: str
    source: str
    columns: tuple[str, ...]
    weights: tuple[float, ...]
    only_if: str = ""

    def condition(self, alias: str) -> str:
        """Return the SQL condition under which a source row is indexed (alias: new/src)."""
        return self.only_if.format(row=alias) if self.only_if else "1"


INDEXES: tuple[IndexSpec, ...] = (
    IndexSpec("agendapunt", "search_agendapunt", "agenda_items", ("title", "description"),
              (4.0, 1.0)),
    IndexSpec("notulen", "search_notulen", "agenda_items", ("minutes",), (1.0,),
              "{row}.minutes <> ''"),
    IndexSpec("besluit", "search_besluit", "decisions", ("number", "text"), (2.0, 1.0)),
    IndexSpec("actie", "search_actie", "actions", ("text", "remark"), (2.0, 1.0)),
    IndexSpec("bijlage", "search_bijlage", "attachments", ("name",), (1.0,)),
)  # fmt: skip
INDEX_BY_KIND = {spec.kind: spec for spec in INDEXES}


def _clean(expression: str) -> str:
    """Return SQL that replaces the snippet marker characters in expression by spaces."""
    return f"replace(replace({expression}, char(2), ' '), char(3), ' ')"


def _insert_sql(spec: IndexSpec, alias: str) -> str:
    """Return the INSERT that copies one source row (named alias) into the index."""
    columns = ", ".join(spec.columns)
    values = ", ".join(_clean(f"{alias}.{column}") for column in spec.columns)
    return (
        f"INSERT INTO {spec.table} (rowid, {columns}) SELECT {alias}.id, {values} "
        f"WHERE {spec.condition(alias)}"
    )


def index_statements(spec: IndexSpec) -> list[str]:
    """Return the CREATE statements of one index table and its three triggers."""
    columns = ", ".join(spec.columns)
    watched = ", ".join(("id", *spec.columns))
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
        for spec in INDEXES:
            db.execute(f"DROP TABLE IF EXISTS {spec.table}")
            for suffix in ("insert", "update", "delete"):
                db.execute(f"DROP TRIGGER IF EXISTS {spec.table}_{suffix}")
            for statement in index_statements(spec):
                db.execute(statement)
        _fill(db)


def _fill(db: sqlite_utils.Database) -> None:
    """Copy every source row into the (empty) index tables."""
    for spec in INDEXES:
        columns = ", ".join(spec.columns)
        values = ", ".join(_clean(f"src.{column}") for column in spec.columns)
        db.execute(
            f"INSERT INTO {spec.table} (rowid, {columns}) SELECT src.id, {values} "
            f"FROM {spec.source} AS src WHERE {spec.condition('src')}"
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
        indexed = f"SELECT rowid, {', '.join(spec.columns)} FROM {spec.table}"
        values = ", ".join(_clean(f"src.{column}") for column in spec.columns)
        source = f"SELECT src.id, {values} FROM {spec.source} AS src WHERE {spec.condition('src')}"
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

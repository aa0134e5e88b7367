"""Migrations: each step from an empty database leaves a consistent schema, and they are safe."""

import pytest
import sqlite_utils

from driehoek_app.core.db import apply_pragmas, open_database
from driehoek_app.core.errors import DatabaseError
from driehoek_app.core.migrations import MIGRATIONS, REFERENCE_SCHEMA, migration_names
from driehoek_app.core.seeds import REFERENCE_TABLES
from driehoek_app.core.sqlite_driver import sqlite3

LOAD_MIGRATION = "0002_reference_data"


def empty_database(tmp_path, name: str = "leeg.sqlite3") -> sqlite_utils.Database:
    """A new database file with the app's pragmas and no tables."""
    db = sqlite_utils.Database(tmp_path / name)
    apply_pragmas(db)
    return db


def assert_consistent(db: sqlite_utils.Database) -> None:
    """The database passes SQLite's integrity and foreign-key checks."""
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_the_first_two_migrations_are_the_reference_schema_and_data():
    assert migration_names()[:2] == ["0001_reference_schema", LOAD_MIGRATION]


@pytest.mark.parametrize("stop_before", [*migration_names(), None])
def test_each_migration_in_turn_leaves_a_consistent_schema(tmp_path, stop_before):
    db = empty_database(tmp_path)
    MIGRATIONS.apply(db, stop_before=stop_before)
    names = migration_names()
    expected = names if stop_before is None else names[: names.index(stop_before)]
    assert [m.name for m in MIGRATIONS.applied(db)] == expected
    assert_consistent(db)
    if expected:
        assert set(REFERENCE_TABLES) <= set(db.table_names())
    else:
        assert set(REFERENCE_TABLES).isdisjoint(db.table_names())


def test_the_schema_alone_holds_no_reference_rows(tmp_path):
    db = empty_database(tmp_path)
    MIGRATIONS.apply(db, stop_before=LOAD_MIGRATION)
    assert len(REFERENCE_SCHEMA) == len(REFERENCE_TABLES)
    assert {t: db[t].count for t in REFERENCE_TABLES} == dict.fromkeys(REFERENCE_TABLES, 0)


def test_the_data_migration_fills_every_reference_table(tmp_path):
    db = empty_database(tmp_path)
    MIGRATIONS.apply(db)
    assert all(db[t].count > 0 for t in REFERENCE_TABLES)
    assert_consistent(db)


def test_applying_twice_changes_nothing(tmp_path):
    path = tmp_path / "twee.sqlite3"
    open_database(path).close()
    db = sqlite_utils.Database(path)
    before = list(db.iterdump())
    db.close()
    db = open_database(path)
    MIGRATIONS.apply(db)
    assert list(db.iterdump()) == before
    assert MIGRATIONS.pending(db) == []


def test_a_database_from_a_newer_version_is_refused(tmp_path):
    path = tmp_path / "nieuwer.sqlite3"
    open_database(path).close()
    db = sqlite_utils.Database(path)
    db["_sqlite_migrations"].insert(
        {"migration_set": MIGRATIONS.name, "name": "9999_uit_de_toekomst", "applied_at": "x"}
    )
    db.close()
    with pytest.raises(DatabaseError) as caught:
        open_database(path)
    assert "nieuwere versie" in str(caught.value)
    assert "9999_uit_de_toekomst" in str(caught.value)


def test_foreign_keys_are_enforced(fresh_db):
    assert fresh_db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    with pytest.raises(sqlite3.IntegrityError):
        fresh_db.execute(
            "INSERT INTO basisteams (name, district_code, position) VALUES (?, ?, ?)",
            ["Nergenshuizen", "XYZ", 99],
        )
    with pytest.raises(sqlite3.IntegrityError):
        fresh_db.execute("DELETE FROM districts WHERE code = 'KEN'")


def test_the_schema_refuses_an_unknown_formation_kind(fresh_db):
    with pytest.raises(sqlite3.IntegrityError):
        fresh_db.execute(
            "INSERT INTO formation_units (position, code, name, kind) VALUES (?, ?, ?, ?)",
            [999, "X", "Proefafdeling", "team"],
        )

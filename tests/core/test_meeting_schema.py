"""Migration 0003_meetings: from an empty database and as an upgrade of an existing one."""

import pytest

from driehoek_app.core import meeting_schema
from driehoek_app.core.agenda_templates import default_template
from driehoek_app.core.bodies import list_bodies
from driehoek_app.core.db import open_database
from driehoek_app.core.migrations import MIGRATIONS, migrate_database, migration_names
from driehoek_app.core.sqlite_driver import sqlite3

MEETING_TABLES = {
    "bodies", "body_gemeenten", "people", "body_members", "meetings", "agenda_items",
    "agenda_item_themes", "agenda_item_labels", "attachments", "attendance",
    "decision_counters", "decisions", "actions", "action_history", "meeting_versions",
    "agenda_templates", "agenda_template_items", "agenda_template_item_themes",
}  # fmt: skip


def test_from_an_empty_database(tmp_path):
    db = open_database(tmp_path / "leeg.sqlite3")
    assert set(db.table_names()) >= MEETING_TABLES
    assert len(list_bodies(db)) == 10
    assert default_template(db) is not None
    db.close()


def test_as_an_upgrade_of_a_database_without_meetings(tmp_path):
    path = tmp_path / "oud.sqlite3"
    db = open_database(path, migrate=False)
    MIGRATIONS.apply(db, stop_before="0003_meetings")
    assert "meetings" not in db.table_names()
    db.close()
    db = open_database(path, migrate=False)
    names = migration_names()
    assert migrate_database(db) == names[names.index("0003_meetings") :]
    assert [b.code for b in list_bodies(db)][:3] == ["DHL", "ALK", "HRN"]
    assert migrate_database(db) == []
    db.close()


def test_constraints_guard_the_enumerations(fresh_db):
    db = fresh_db
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO people (name, role) VALUES ('X', ?)", ["wethouder"])
    with pytest.raises(sqlite3.IntegrityError):
        db.execute(
            """INSERT INTO meetings (body_id, date, start_time, end_time, status, created_at,
                   updated_at) VALUES (1, '2026-01-01', '09:00', '10:00', 'klaar', '', '')"""
        )
    assert "'afwezig met kennisgeving'" in " ".join(meeting_schema.MEETING_SCHEMA)

"""Opening skips the full page check only for a file unchanged since it was last found sound."""

import pytest
from meeting_helpers import new_meeting

from driehoek_app.core import checked_stamp, damaged
from driehoek_app.core.agenda import add_item
from driehoek_app.core.db import open_database
from driehoek_app.core.sqlite_driver import sqlite3
from driehoek_app.core.storage_errors import DamagedDatabaseError

PAGE = 4096


@pytest.fixture
def full_checks(monkeypatch) -> list[int]:
    """Count the runs of quick_check at open."""
    runs: list[int] = []
    original = damaged.quick_problems

    def counted(conn):
        runs.append(1)
        return original(conn)

    monkeypatch.setattr(damaged, "quick_problems", counted)
    return runs


@pytest.fixture
def closed(tmp_path):
    """A database with a meeting, closed by the app."""
    path = tmp_path / "driehoek.sqlite3"
    db = open_database(path)
    meeting = new_meeting(db)
    for number in range(6):
        add_item(db, meeting.id, f"Punt {number}", minutes=f"Verslag {number} " * 300)
    db.close()
    return path


def _root_page(path) -> int:
    """Return the page number of the agenda_items table."""
    conn = sqlite3.connect(str(path))
    row = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'agenda_items'")
    page = row.fetchone()[0]
    conn.close()
    return page


def test_a_file_closed_by_the_app_opens_without_the_full_check(closed, full_checks):
    assert checked_stamp.stamp_path(closed).exists()
    db = open_database(closed)
    assert full_checks == []
    assert (
        db.execute("SELECT COUNT(*) FROM agenda_items WHERE title LIKE 'Punt %'").fetchone()[0] == 6
    )
    db.close()


def test_a_new_session_after_writes_needs_no_full_check_either(closed, full_checks):
    db = open_database(closed)
    add_item(db, new_meeting(db).id, "Nog een punt")
    db.close()
    open_database(closed).close()
    assert full_checks == []


def test_a_file_changed_elsewhere_is_checked_in_full(closed, full_checks):
    conn = sqlite3.connect(str(closed))  # another program writes to it
    conn.execute("UPDATE agenda_items SET title = 'Elders gewijzigd' WHERE id = 1")
    conn.commit()
    conn.close()
    open_database(closed).close()
    assert full_checks == [1]
    open_database(closed).close()  # found sound, and noted as such
    assert full_checks == [1]


def test_a_page_overwritten_in_place_is_found_after_a_clean_close(closed):
    page = _root_page(closed)
    with closed.open("r+b") as handle:  # same size, new modification time
        handle.seek((page - 1) * PAGE)
        handle.write(bytes(range(256)) * (PAGE // 256))
    with pytest.raises(DamagedDatabaseError):
        open_database(closed)
    assert not checked_stamp.stamp_path(closed).exists()  # moved aside: the note went too


def test_a_lost_or_unreadable_note_only_costs_a_full_check(closed, full_checks):
    checked_stamp.stamp_path(closed).write_text("{niet", encoding="utf-8")
    open_database(closed).close()
    checked_stamp.forget(closed)
    open_database(closed).close()
    assert full_checks == [1, 1]


def test_damage_met_during_a_session_is_not_noted_as_sound(closed):
    db = open_database(closed)
    page = _root_page(closed)
    with closed.open("r+b") as handle:  # the disk spoils a page; the change counter moves on
        handle.seek((page - 1) * PAGE)
        handle.write(bytes(range(256)) * (PAGE // 256))
        handle.seek(24)
        counter = int.from_bytes(handle.read(4), "big")
        handle.seek(24)
        handle.write((counter + 1).to_bytes(4, "big"))
    with pytest.raises(sqlite3.DatabaseError):
        db.execute("SELECT title FROM agenda_items").fetchall()
    db.close()
    assert not checked_stamp.unchanged(closed)
    with pytest.raises(DamagedDatabaseError):
        open_database(closed)

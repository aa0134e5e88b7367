"""Durability: pragmas at every open, a full disk reported in Dutch, nothing committed lost."""

import pytest
from meeting_helpers import new_meeting

from driehoek_app.core.agenda import add_item, get_item, update_item
from driehoek_app.core.db import REQUIRED_PRAGMAS, DriehoekDatabase, open_database
from driehoek_app.core.integrity import check_file
from driehoek_app.core.storage_errors import StorageError, StorageFullError, storage_error

PASS = "paars-konijn-fietst-hard"
CANARY = "KANARIE-Jansen-zaak-4471"


def _pragmas(db):
    """Return the durability pragmas as the connection reports them."""
    return {name: db.execute(f"PRAGMA {name}").fetchone()[0] for name in REQUIRED_PRAGMAS}


def test_an_encrypted_database_gets_the_same_pragmas_at_every_open(tmp_path):
    path = tmp_path / "geheim.sqlite3"
    open_database(path, passphrase=PASS).close()
    db = open_database(path, passphrase=PASS)
    assert isinstance(db, DriehoekDatabase) and db.encrypted
    assert _pragmas(db) == REQUIRED_PRAGMAS
    db.close()


def _fill_up(db):
    """Let the database grow by at most one page from now on (a full disk)."""
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages + 1}")


def test_full_disk_raises_a_dutch_error_and_keeps_what_was_committed(fresh_db, tmp_path):
    meeting = new_meeting(fresh_db)
    kept = add_item(fresh_db, meeting.id, "Opgeslagen", minutes="Dit staat veilig.")
    _fill_up(fresh_db)
    text = "Een lang verslag dat niet meer past. " * 5000
    with pytest.raises(StorageFullError) as caught:
        add_item(fresh_db, meeting.id, "Te groot", minutes=text)
    assert "vol" in caught.value.message and "probeer het opnieuw" in caught.value.message
    assert not fresh_db.conn.in_transaction
    assert get_item(fresh_db, kept.id).minutes == "Dit staat veilig."
    titles = [row[0] for row in fresh_db.execute("SELECT title FROM agenda_items")]
    assert "Te groot" not in titles
    fresh_db.execute("PRAGMA max_page_count = 1073741823")  # space freed: retry the same text
    again = add_item(fresh_db, meeting.id, "Te groot", minutes=text)
    assert get_item(fresh_db, again.id).minutes == text
    fresh_db.close()
    assert check_file(tmp_path / "test.sqlite3", None).ok


def test_full_disk_outside_a_transaction_is_reported_too(fresh_db):
    meeting = new_meeting(fresh_db)
    item = add_item(fresh_db, meeting.id, "Punt")
    _fill_up(fresh_db)
    with pytest.raises(StorageFullError):
        fresh_db.execute(
            "UPDATE agenda_items SET minutes = ? WHERE id = ?", ["x" * 200_000, item.id]
        )
    assert get_item(fresh_db, item.id).minutes == ""


def test_other_errors_are_not_called_storage_errors(fresh_db):
    from driehoek_app.core.sqlite_driver import sqlite3

    with pytest.raises(sqlite3.OperationalError):
        fresh_db.execute("SELECT * FROM bestaat_niet")
    assert storage_error(sqlite3.OperationalError("no such table: x"), None) is None
    assert isinstance(storage_error(sqlite3.OperationalError("disk I/O error"), None), StorageError)


def test_deleted_text_is_overwritten_in_a_plain_file(fresh_db, tmp_path):
    meeting = new_meeting(fresh_db)
    item = add_item(fresh_db, meeting.id, "Punt", minutes=f"Geheim: {CANARY}")
    assert CANARY.encode() in (tmp_path / "test.sqlite3").read_bytes()
    update_item(fresh_db, item.id, minutes="Niets.")
    fresh_db.close()
    assert CANARY.encode() not in (tmp_path / "test.sqlite3").read_bytes()


def test_in_memory_database_still_opens():
    db = open_database(":memory:")
    assert db.path is None and not db.encrypted
    assert db.execute("SELECT COUNT(*) FROM themes").fetchone()[0] > 0
    db.close()


def test_no_app_module_catches_the_stdlib_sqlite3_errors():
    """SQLCipher raises its own exception classes: `except sqlite3.Error` must use the driver's."""
    import ast
    from pathlib import Path

    package = Path(__file__).resolve().parents[2] / "driehoek_app"
    offenders = []
    for path in package.rglob("*.py"):
        if path.name == "sqlite_driver.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import) and any(a.name == "sqlite3" for a in node.names):
                offenders.append(f"{path.relative_to(package)}:{node.lineno}")
    assert offenders == []

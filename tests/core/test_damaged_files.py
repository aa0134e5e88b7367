"""Damaged and odd database files at open: a corpus made here, each case refused before any write.

Where the file is damaged it is moved aside unchanged as `<name>.damaged`; otherwise it stays
exactly where and as it was. Every refusal is one Dutch sentence and names the newest backup
that passes its check.
"""

import os
import random

import pytest
from meeting_helpers import new_meeting

from driehoek_app.core import backups
from driehoek_app.core.agenda import add_item
from driehoek_app.core.damaged import check_summary, content_damage
from driehoek_app.core.db import open_database
from driehoek_app.core.errors import DatabaseError
from driehoek_app.core.migrations import MIGRATIONS
from driehoek_app.core.sqlite_driver import sqlite3
from driehoek_app.core.storage_errors import (
    DamagedDatabaseError,
    DatabaseOpenError,
    NewerDatabaseError,
    ReadOnlyDatabaseError,
    WrongPassphraseError,
)

PASS = "paars-konijn-fietst-hard"
PAGE = 4096


def _build(path, passphrase=None):
    """Create a database with one meeting, back it up, compact it; return (key, backup)."""
    db = open_database(path, passphrase=passphrase)
    meeting = new_meeting(db)
    for number in range(8):
        add_item(db, meeting.id, f"Punt {number}", minutes=f"Verslag {number} " * 300)
    info = backups.make_backup(db, "start")
    db.execute("VACUUM")  # no free pages: every page is in use and read by quick_check
    key = db.key
    db.close()
    return key, info


@pytest.fixture
def plain(tmp_path):
    """A plain database with a verified backup."""
    path = tmp_path / "driehoek.sqlite3"
    _key, info = _build(path)
    return path, info


@pytest.fixture(scope="module")
def encrypted_original(tmp_path_factory):
    """An encrypted database with a backup, built once; tests work on copies."""
    folder = tmp_path_factory.mktemp("versleuteld")
    path = folder / "driehoek.sqlite3"
    key, info = _build(path, PASS)
    return path, key, info


@pytest.fixture
def encrypted(encrypted_original, tmp_path):
    """A fresh copy of the encrypted database, its key file and its backups folder."""
    import shutil

    source, key, info = encrypted_original
    shutil.copytree(source.parent, tmp_path / "data")
    path = tmp_path / "data" / source.name
    return path, key, path.parent / "backups" / info.path.name


def _expect_moved(path, damaged_bytes, exc, backup_path):
    """Assert the damaged file was moved aside untouched and the backup was offered."""
    assert not path.exists()
    assert exc.moved_to == path.with_name(path.name + ".damaged")
    assert exc.moved_to.read_bytes() == damaged_bytes
    assert "beschadigd" in exc.message and exc.moved_to.name in exc.message
    assert exc.newest_backup is not None and exc.newest_backup.path == backup_path
    assert exc.newest_backup.when in exc.message
    assert exc.message.count(". ") == 0  # one sentence


def _truncate(path, size):
    """Cut a file to size bytes and return its new content."""
    with path.open("r+b") as handle:
        handle.truncate(size)
    return path.read_bytes()


def _overwrite(path, offset, data):
    """Write data into a file at offset and return its new content."""
    with path.open("r+b") as handle:
        handle.seek(offset)
        handle.write(data)
    return path.read_bytes()


@pytest.mark.parametrize("cut", ["half", "odd"])
def test_truncated_plain_file(plain, cut):
    path, info = plain
    size = path.stat().st_size
    data = _truncate(path, size // 2 // PAGE * PAGE if cut == "half" else size - 1000)
    with pytest.raises(DamagedDatabaseError, match="afgekapt") as caught:
        open_database(path)
    _expect_moved(path, data, caught.value, info.path)


@pytest.mark.parametrize("cut", ["half", "odd"])
def test_truncated_encrypted_file(encrypted, cut):
    path, key, backup = encrypted
    size = path.stat().st_size
    data = _truncate(path, size // 2 // PAGE * PAGE if cut == "half" else size - 1000)
    with pytest.raises(DamagedDatabaseError) as caught:
        open_database(path, key=key)
    _expect_moved(path, data, caught.value, backup)


def test_zeroed_header_plain(plain):
    path, info = plain
    data = _overwrite(path, 0, bytes(100))
    with pytest.raises(DamagedDatabaseError, match="gewist") as caught:
        open_database(path)
    _expect_moved(path, data, caught.value, info.path)


def test_zeroed_header_encrypted_needs_the_passphrase_first(encrypted):
    path, _key, backup = encrypted
    data = _overwrite(path, 0, bytes(100))
    with pytest.raises(WrongPassphraseError):
        open_database(path, passphrase="niet-het-goede-wachtwoord")
    assert path.read_bytes() == data
    with pytest.raises(DamagedDatabaseError, match="gewist") as caught:
        open_database(path, passphrase=PASS)
    _expect_moved(path, data, caught.value, backup)


def test_every_random_overwrite_of_an_encrypted_file_is_caught(encrypted):
    path, key, _backup = encrypted
    original = path.read_bytes()
    rng = random.Random(5)
    caught = 0
    trials = 40
    for _ in range(trials):
        path.write_bytes(original)
        offset = rng.randrange(0, len(original) - 16)
        _overwrite(path, offset, rng.randbytes(16))
        try:
            open_database(path, key=key).close()
        except DamagedDatabaseError as exc:
            caught += 1
            exc.moved_to.unlink()
    assert caught == trials


def test_random_page_in_a_plain_file_is_caught(plain):
    path, info = plain
    conn = sqlite3.connect(str(path))
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'agenda_items'").fetchone()
    conn.close()
    data = _overwrite(path, (root[0] - 1) * PAGE, random.Random(3).randbytes(PAGE))
    with pytest.raises(DamagedDatabaseError) as caught:
        open_database(path)
    _expect_moved(path, data, caught.value, info.path)


def test_empty_file_stays_where_it_is(tmp_path):
    path = tmp_path / "driehoek.sqlite3"
    path.write_bytes(b"")
    with pytest.raises(DatabaseOpenError, match="leeg"):
        open_database(path)
    assert path.read_bytes() == b""
    assert not list(tmp_path.glob("*.damaged*"))


def test_foreign_file_stays_where_it_is(tmp_path):
    path = tmp_path / "driehoek.sqlite3"
    path.write_bytes(b"PK\x03\x04 een zip-bestand \x00\x01\x02\x03\x04\x05\x06" * 40)
    before = path.read_bytes()
    with pytest.raises(DatabaseOpenError, match="geen driehoek_app-database"):
        open_database(path)
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("*.damaged*"))


def test_newer_version_is_refused_untouched_with_an_older_backup_offered(plain):
    path, info = plain
    db = open_database(path)
    db.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES (?, '9999_uit_de_toekomst', '2030-01-01')",
        [MIGRATIONS.name],
    )
    db.close()
    before = path.read_bytes()
    with pytest.raises(NewerDatabaseError, match="nieuwere versie") as caught:
        open_database(path)
    assert path.read_bytes() == before
    assert caught.value.newest_backup.path == info.path


def test_read_only_file_is_refused_untouched(plain):
    path, _info = plain
    before = path.read_bytes()
    os.chmod(path, 0o444)
    try:
        with pytest.raises(ReadOnlyDatabaseError, match="alleen-lezen"):
            open_database(path)
        assert path.read_bytes() == before
    finally:
        os.chmod(path, 0o600)


def test_read_only_folder_is_refused_untouched(plain):
    path, _info = plain
    before = path.read_bytes()
    os.chmod(path.parent, 0o555)
    try:
        with pytest.raises(ReadOnlyDatabaseError, match="mag niet worden geschreven"):
            open_database(path)
        assert path.read_bytes() == before
        assert not path.with_name(path.name + "-journal").exists()
    finally:
        os.chmod(path.parent, 0o755)


def test_wrong_passphrase_is_refused_untouched(encrypted):
    path, _key, _backup = encrypted
    before = path.read_bytes()
    with pytest.raises(WrongPassphraseError, match="onjuist"):
        open_database(path, passphrase="verkeerd-wachtwoord-hier")
    assert path.read_bytes() == before
    assert not list(path.parent.glob("*.damaged*"))


def test_a_locked_database_is_not_called_damaged(plain):
    path, _info = plain
    other = sqlite3.connect(str(path), isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseError) as caught:
            open_database(path)
        assert not isinstance(caught.value, DamagedDatabaseError)
        assert path.exists()
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_no_backup_is_said_too(tmp_path):
    path = tmp_path / "driehoek.sqlite3"
    open_database(path).close()
    _overwrite(path, 0, bytes(100))
    with pytest.raises(DamagedDatabaseError, match="geen goede back-up") as caught:
        open_database(path)
    assert caught.value.newest_backup is None


def test_out_of_memory_while_checking_counts_as_damage(tmp_path):
    class Exhausted:
        """A connection whose page check runs out of memory, as on some damaged pages."""

        def execute(self, sql):
            """Read the schema; the check itself fails."""
            if "quick_check" in sql:
                raise MemoryError
            return sqlite3.connect(":memory:").execute("SELECT 1")

    found = content_damage(Exhausted(), tmp_path / "driehoek.sqlite3", encrypted=True)
    assert found == "SQLite meldt: onvoldoende geheugen bij het lezen van een pagina"


def test_the_page_check_is_summed_up_in_dutch_not_dumped():
    report = [
        "*** in database main ***\nTree 108 page 1130: btreeInitPage() returns error code 11\n"
        "Tree 71 page 1132: btreeInitPage() returns error code 11",
        "Page 1104: never used",
    ]
    assert check_summary(report) == "de paginacontrole van SQLite vond 3 fouten in het bestand"
    assert check_summary(["row 7 missing from index"]) == (
        "de paginacontrole van SQLite vond een fout in het bestand"
    )
    many = ["*** in database main ***\n" + "\n".join(f"Page {n}: never used" for n in range(10))]
    assert check_summary(many).endswith("vond ten minste 10 fouten in het bestand")

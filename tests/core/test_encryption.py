"""Encryption at rest: nothing readable in the files, wrong secrets refused, keys managed."""

import json
import sqlite3 as stdlib_sqlite3
import subprocess
import sys
import time

import pytest
from meeting_helpers import new_meeting

from driehoek_app.core import backups, encryption, passphrase
from driehoek_app.core.agenda import add_item, update_item
from driehoek_app.core.db import open_database
from driehoek_app.core.keyfile import keyfile_path
from driehoek_app.core.sqlite_driver import sqlite3
from driehoek_app.core.storage_errors import (
    DatabaseOpenError,
    KeyFileError,
    PassphraseRequiredError,
    WeakPassphraseError,
    WrongPassphraseError,
)

PASS = "paars-konijn-fietst-hard"
CANARY = "KANARIE-Bakker-vertrouwelijk-7731"


def _files(folder):
    """Return every file below folder with its bytes."""
    return {path: path.read_bytes() for path in folder.rglob("*") if path.is_file()}


@pytest.fixture
def encrypted(tmp_path):
    """A new encrypted database with one meeting whose minutes hold the canary."""
    path = tmp_path / "geheim.sqlite3"
    db = open_database(path, passphrase=PASS)
    meeting = new_meeting(db)
    item = add_item(db, meeting.id, "Ondermijning", minutes=f"Verslag met {CANARY}.")
    yield path, db, item
    db.close()


def test_sqlite_utils_uses_the_sqlcipher_driver_whatever_is_imported_first():
    for first in ("import sqlite_utils; import driehoek_app", "import driehoek_app"):
        code = (
            f"{first}\nimport sqlite_utils.db as d, sqlite_utils.utils as u\n"
            "print(d.sqlite3.__name__, d.OperationalError.__module__, u.sqlite3.__name__)"
        )
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
        assert out.stdout.split() == ["sqlcipher3", "sqlcipher3.dbapi2", "sqlcipher3"], out.stderr


def test_driver_errors_are_the_ones_the_app_catches(fresh_db):
    with pytest.raises(sqlite3.IntegrityError):
        fresh_db.execute("INSERT INTO districts (code, name, position) VALUES ('KEN', 'x', 9)")


def test_files_hold_no_plaintext_and_no_sqlite_header(encrypted, tmp_path):
    _path, db, _item = encrypted
    backups.make_backup(db, "manual")
    db.close()
    files = _files(tmp_path)
    databases = [p for p in files if p.suffix == ".sqlite3"]
    assert len(databases) == 2  # the database and its backup
    for file, data in files.items():
        assert CANARY.encode() not in data, file
        assert b"SQLite format 3" not in data[:16], file
        assert b"Ondermijning" not in data, file


def test_journal_is_encrypted_too(encrypted):
    path, db, item = encrypted
    db.execute("PRAGMA cache_size = 1")  # force the changed pages out during the transaction
    journal = path.with_name(path.name + "-journal")
    with db.atomic():
        for number in range(40):
            add_item(db, item.meeting_id, f"Punt {number}", minutes=CANARY * 200)
        update_item(db, item.id, minutes="weg")
        assert journal.exists()
        data = journal.read_bytes()
    assert len(data) > 4096
    assert CANARY.encode() not in data


def test_deleted_canary_is_in_no_file(encrypted, tmp_path):
    _path, db, item = encrypted
    backups.make_backup(db, "manual")
    update_item(db, item.id, minutes="Niets bijzonders.")
    backups.make_backup(db, "manual")
    db.close()
    for file, data in _files(tmp_path).items():
        assert CANARY.encode() not in data, file


def test_stdlib_sqlite3_and_a_wrong_key_cannot_read_it(encrypted):
    path, db, _item = encrypted
    db.close()
    plain = stdlib_sqlite3.connect(path)
    with pytest.raises(stdlib_sqlite3.DatabaseError, match="not a database"):
        plain.execute("SELECT * FROM meetings").fetchall()
    plain.close()
    other = sqlite3.connect(str(path))
    other.execute("PRAGMA key = \"x'" + "00" * 32 + "'\"")
    with pytest.raises(sqlite3.DatabaseError):
        other.execute("SELECT * FROM meetings").fetchall()
    other.close()


def test_wrong_passphrase_is_refused_in_dutch_and_nothing_is_written(encrypted, tmp_path):
    path, db, _item = encrypted
    db.close()
    before = _files(tmp_path)
    with pytest.raises(WrongPassphraseError, match="onjuist") as caught:
        open_database(path, passphrase="verkeerd-wachtwoord-hier")
    assert "er is niets gewijzigd" in caught.value.message
    with pytest.raises(PassphraseRequiredError, match="versleuteld"):
        open_database(path)
    assert _files(tmp_path) == before


def test_recovery_key_opens_it_and_can_reset_the_passphrase(encrypted):
    path, db, item = encrypted
    recovery = db.recovery_key
    db.close()
    typed = recovery.lower().replace("-", " ")  # as copied from paper
    reopened = open_database(path, passphrase=typed)
    assert reopened.execute("SELECT minutes FROM agenda_items WHERE id = ?", [item.id]).fetchone()
    reopened.close()
    encryption.change_passphrase(path, recovery, "nieuwe-groene-olifant-zingt")
    with pytest.raises(WrongPassphraseError):
        open_database(path, passphrase=PASS)
    open_database(path, passphrase="nieuwe-groene-olifant-zingt").close()


def test_changing_the_passphrase_keeps_backups_readable(encrypted):
    path, db, _item = encrypted
    info = backups.make_backup(db, "manual")
    db.close()
    encryption.change_passphrase(path, PASS, "nieuwe-groene-olifant-zingt")
    key = encryption.unlock(path, "nieuwe-groene-olifant-zingt")
    assert backups.list_backups(path, key)[0].meetings == 1
    assert backups.list_backups(path, key)[0].path == info.path
    mirror = backups.backup_folder(path) / keyfile_path(path).name
    assert mirror.read_bytes() == keyfile_path(path).read_bytes()


def test_new_recovery_key_replaces_the_old_one(encrypted):
    path, db, _item = encrypted
    old = db.recovery_key
    db.close()
    new = encryption.new_recovery_key(path, PASS)
    assert new != old
    with pytest.raises(WrongPassphraseError):
        encryption.unlock(path, old)
    assert encryption.unlock(path, new) == encryption.unlock(path, PASS)


def test_key_file_never_holds_the_key_or_the_secrets(encrypted):
    path, db, _item = encrypted
    key, recovery = db.key, db.recovery_key
    db.close()
    text = keyfile_path(path).read_text(encoding="utf-8")
    data = json.loads(text)
    assert {slot["kind"] for slot in data["slots"]} == {"passphrase", "recovery"}
    for secret in (key.hex(), PASS, recovery, recovery.replace("-", "")):
        assert secret not in text
    assert key not in keyfile_path(path).read_bytes()


def test_lost_key_file_is_recovered_from_the_backups_folder(encrypted):
    path, db, _item = encrypted
    db.close()
    original = keyfile_path(path).read_bytes()
    keyfile_path(path).unlink()
    open_database(path, passphrase=PASS).close()
    assert keyfile_path(path).read_bytes() == original


def test_missing_key_files_are_explained(encrypted):
    path, db, _item = encrypted
    db.close()
    keyfile_path(path).unlink()
    (backups.backup_folder(path) / keyfile_path(path).name).unlink()
    with pytest.raises(Exception, match="geen driehoek_app-database, of een versleutelde"):
        open_database(path, passphrase=PASS)
    assert encryption.database_state(path) == "unknown"
    with pytest.raises(KeyFileError, match="ontbreekt"):
        encryption.unlock(path, PASS)


def test_key_derivation_costs_about_a_tenth_of_a_second(encrypted):
    path, db, _item = encrypted
    db.close()
    start = time.perf_counter()
    encryption.unlock(path, PASS)
    elapsed = time.perf_counter() - start
    assert 0.03 < elapsed < 2.0


def test_converting_a_plain_database_encrypts_it_and_its_backups(tmp_path):
    path = tmp_path / "oud.sqlite3"
    db = open_database(path)
    meeting = new_meeting(db)
    add_item(db, meeting.id, "Punt", minutes=CANARY)
    backups.make_backup(db, "start")
    counts = db.execute("SELECT COUNT(*) FROM agenda_items").fetchone()[0]
    db.close()
    recovery = encryption.encrypt_database(path, PASS)
    assert passphrase.normalize_recovery_key(recovery) == recovery
    assert encryption.database_state(path) == "encrypted"
    for file, data in _files(tmp_path).items():
        assert CANARY.encode() not in data, file
        assert not data.startswith(b"SQLite format 3"), file
    reasons = sorted(info.reason for info in backups.list_backups(path, None))
    assert reasons == ["encrypt", "start"]
    db = open_database(path, passphrase=PASS)
    assert db.execute("SELECT COUNT(*) FROM agenda_items").fetchone()[0] == counts
    assert (
        db.execute("SELECT COUNT(*) FROM agenda_items WHERE minutes = ?", [CANARY]).fetchone()[0]
        == 1
    )
    db.close()
    assert not list(tmp_path.glob("*.plain-old")) and not list(tmp_path.glob("*.encrypting"))


def test_converting_refuses_a_weak_passphrase_and_changes_nothing(tmp_path):
    path = tmp_path / "oud.sqlite3"
    open_database(path).close()
    before = path.read_bytes()
    with pytest.raises(WeakPassphraseError, match="zwak"):
        encryption.encrypt_database(path, "welkom2026")
    assert path.read_bytes() == before
    assert not keyfile_path(path).exists()


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("welkom", "zwak"),
        ("Welkom2026!", "zwak"),
        ("qwertyuiop12", "zwak"),
        ("Zomer2024Zomer2024", "zwak"),
        ("blauwe-fiets-oude-brug", "matig"),
        ("paars-konijn-fietst-hard", "sterk"),
        ("hT7#kq!9Lw@2vX", "sterk"),
    ],
)
def test_strength_labels(text, label):
    assert passphrase.estimate_strength(text).label == label


def test_recovery_keys_are_random_and_survive_misreading():
    keys = {passphrase.generate_recovery_key() for _ in range(50)}
    assert len(keys) == 50
    key = next(iter(keys))
    assert len(key) == 39 and key.count("-") == 7
    misread = key.lower().replace("0", "o").replace("1", "l").replace("-", " ")
    assert passphrase.normalize_recovery_key(misread) == key
    assert passphrase.normalize_recovery_key("paars-konijn-fietst-hard") is None


def test_a_wrong_raw_key_is_refused_without_calling_the_file_damaged(encrypted):
    path, db, _item = encrypted
    db.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseOpenError, match="hoort niet bij"):
        open_database(path, key=bytes(32))
    assert path.read_bytes() == before


def test_a_plain_copy_left_by_an_interrupted_conversion_is_shredded(encrypted):
    path, db, _item = encrypted
    db.close()
    leftover = path.with_name(path.name + ".plain-old")
    leftover.write_bytes(b"SQLite format 3\x00" + CANARY.encode() * 100)
    open_database(path, passphrase=PASS).close()
    assert not leftover.exists()

"""Backups and restore: checked before rotation, Anki-style retention, encrypted stays encrypted."""

import datetime as dt
import shutil

import pytest
from meeting_helpers import new_meeting

from driehoek_app.core import backups
from driehoek_app.core.agenda import add_item, list_items
from driehoek_app.core.connection import connect_file
from driehoek_app.core.db import open_database
from driehoek_app.core.integrity import check_file, fts_tables
from driehoek_app.core.keyfile import keyfile_path
from driehoek_app.core.migrations import MIGRATIONS
from driehoek_app.core.restore import restore_backup
from driehoek_app.core.storage_errors import BackupError, DamagedDatabaseError

PASS = "paars-konijn-fietst-hard"
NOW = dt.datetime(2026, 11, 29, 14, 0)


def _meetings(db, count):
    """Add count meetings with one item each."""
    for number in range(count):
        meeting = new_meeting(db, date=f"2026-{1 + number % 12:02d}-{1 + number:02d}")
        add_item(db, meeting.id, f"Punt {number}", minutes=f"Verslag {number}")


def test_backup_is_a_checked_copy_in_the_backups_folder(fresh_db, tmp_path):
    _meetings(fresh_db, 2)
    info = backups.make_backup(fresh_db, "start", now=NOW)
    assert (
        info.path.parent == tmp_path / "backups" == backups.backup_folder(tmp_path / "test.sqlite3")
    )
    assert info.path.name == "test-20261129-140000-start.sqlite3"
    assert (info.meetings, info.reason, info.encrypted) == (2, "start", False)
    assert info.when == "29 november 2026 om 14:00"
    assert info.reason_text == "bij het starten"
    assert info.size == info.path.stat().st_size > 0
    assert check_file(info.path, None).ok
    assert not list(info.path.parent.glob(".*partial"))


def test_two_backups_in_one_second_do_not_collide(fresh_db):
    first = backups.make_backup(fresh_db, "interval", now=NOW)
    second = backups.make_backup(fresh_db, "interval", now=NOW)
    assert first.path != second.path and second.path.exists()


def test_listing_gives_date_size_and_meetings_newest_first(fresh_db, tmp_path):
    backups.make_backup(fresh_db, "start", now=NOW)
    _meetings(fresh_db, 3)
    backups.make_backup(fresh_db, "close", now=NOW + dt.timedelta(hours=2))
    listed = backups.list_backups(tmp_path / "test.sqlite3")
    assert [(b.reason, b.meetings) for b in listed] == [("close", 3), ("start", 0)]
    assert all(b.size > 0 for b in listed)


def test_a_backup_that_fails_its_check_keeps_the_old_ones(fresh_db, monkeypatch, tmp_path):
    old = backups.make_backup(fresh_db, "start", now=NOW - dt.timedelta(days=1))
    monkeypatch.setattr(backups, "table_counts", lambda conn: {"x": id(conn)})
    with pytest.raises(BackupError, match="niet in orde"):
        backups.make_backup(fresh_db, "interval", now=NOW)
    assert [b.path for b in backups.list_backups(tmp_path / "test.sqlite3")] == [old.path]
    assert not list((tmp_path / "backups").glob(".*"))


def test_retention_keeps_at_least_ankis_schedule():
    now = dt.datetime(2026, 11, 29, 18, 0)
    hourly_today = [now - dt.timedelta(minutes=30 * i) for i in range(20)]
    daily_past = [now - dt.timedelta(days=d, hours=3) for d in range(1, 400)]
    stamps = hourly_today + daily_past
    kept = [stamps[i] for i in backups.plan_retention(stamps, now)]
    today = [s for s in kept if s.date() == now.date()]
    past = sorted((s for s in kept if s.date() < now.date()), reverse=True)
    assert len(today) == backups.TODAY_KEEP
    days = [s.date() for s in past[: backups.DAILY_KEEP]]
    assert days == [now.date() - dt.timedelta(days=d) for d in range(1, 13)]
    weeks = {s.isocalendar()[:2] for s in past}
    months = {(s.year, s.month) for s in past}
    assert len(past) == backups.DAILY_KEEP + backups.WEEKLY_KEEP + backups.MONTHLY_KEEP
    assert len(weeks) >= 10 + 2 and len(months) >= 9
    assert min(past) < now - dt.timedelta(days=250)


def test_rotation_deletes_what_the_rule_drops(fresh_db, tmp_path):
    for day in range(20):
        backups.make_backup(fresh_db, "close", now=NOW - dt.timedelta(days=20 - day))
    names = [b.path.name for b in backups.list_backups(tmp_path / "test.sqlite3")]
    assert len(names) <= 1 + backups.DAILY_KEEP + backups.WEEKLY_KEEP
    assert names[0] == "test-20261128-140000-close.sqlite3"


def test_migrations_on_an_existing_database_are_preceded_by_a_backup(tmp_path):
    path = tmp_path / "oud.sqlite3"
    db = open_database(path, migrate=False)
    MIGRATIONS.apply(db, stop_before="0003_meetings")
    db.close()
    db = open_database(path)
    db.close()
    listed = backups.list_backups(path)
    assert [b.reason for b in listed] == ["migration"]
    assert listed[0].meetings is None  # made before the meetings tables existed


def test_a_fresh_database_gets_no_migration_backup(tmp_path):
    open_database(tmp_path / "nieuw.sqlite3").close()
    assert backups.list_backups(tmp_path / "nieuw.sqlite3") == []


def test_backups_of_an_encrypted_database_stay_encrypted(tmp_path):
    path = tmp_path / "geheim.sqlite3"
    db = open_database(path, passphrase=PASS)
    _meetings(db, 2)
    info = backups.make_backup(db, "interval")
    key = db.key
    db.close()
    assert info.encrypted and not info.path.read_bytes().startswith(b"SQLite format 3")
    assert backups.list_backups(path, None)[0].meetings is None  # no key, no count
    assert backups.list_backups(path, key)[0].meetings == 2
    assert (tmp_path / "backups" / keyfile_path(path).name).exists()
    assert check_file(info.path, key).ok


def test_schedule_backs_up_only_after_the_interval_and_a_change(fresh_db):
    schedule = backups.BackupSchedule(dt.timedelta(minutes=30))
    schedule.backup(fresh_db, "start", now=NOW)
    assert schedule.backup_if_due(fresh_db, now=NOW + dt.timedelta(minutes=45)) is None
    _meetings(fresh_db, 1)
    assert schedule.backup_if_due(fresh_db, now=NOW + dt.timedelta(minutes=10)) is None
    info = schedule.backup_if_due(fresh_db, now=NOW + dt.timedelta(minutes=31))
    assert info is not None and info.reason == "interval"
    assert not schedule.due(fresh_db, now=NOW + dt.timedelta(hours=5))


def test_restore_brings_back_the_backup_and_keeps_the_current_one(tmp_path):
    path = tmp_path / "driehoek.sqlite3"
    db = open_database(path)
    _meetings(db, 1)
    info = backups.make_backup(db, "start", now=NOW - dt.timedelta(days=1))
    _meetings(db, 2)
    db.close()
    result = restore_backup(path, info.path)
    assert result.safety_backup is not None and result.safety_backup.meetings == 3
    db = open_database(path)
    assert db.execute("SELECT COUNT(*) FROM meetings").fetchone()[0] == 1
    assert fts_tables(db.conn), "the search index of migration 0004 exists"
    assert check_file(path, None).ok  # search index consistent after the restore
    db.close()
    restore_backup(path, result.safety_backup.path)
    db = open_database(path)
    assert db.execute("SELECT COUNT(*) FROM meetings").fetchone()[0] == 3
    db.close()


def test_restore_refuses_a_bad_backup_and_changes_nothing(tmp_path):
    path = tmp_path / "driehoek.sqlite3"
    db = open_database(path)
    info = backups.make_backup(db, "start")
    db.close()
    data = bytearray(info.path.read_bytes())
    data[len(data) // 2 : len(data) // 2 + 4096] = bytes(4096)
    info.path.write_bytes(bytes(data))
    before = path.read_bytes()
    with pytest.raises(BackupError, match="niet in orde"):
        restore_backup(path, info.path)
    assert path.read_bytes() == before
    assert len(backups.list_backups(path)) == 1


def test_restore_over_a_damaged_database_moves_it_aside(tmp_path):
    path = tmp_path / "driehoek.sqlite3"
    db = open_database(path)
    _meetings(db, 2)
    info = backups.make_backup(db, "start")
    db.close()
    with path.open("r+b") as handle:
        handle.truncate(path.stat().st_size - 100)
    result = restore_backup(path, info.path)
    assert result.moved_aside == path.with_name(path.name + ".damaged")
    db = open_database(path)
    titles = [i.title for m in (1, 2) for i in list_items(db, m)]
    assert "Punt 0" in titles and "Punt 1" in titles
    db.close()


def test_restore_of_an_exported_encrypted_backup_on_a_new_machine(tmp_path):
    path = tmp_path / "oud" / "driehoek.sqlite3"
    db = open_database(path, passphrase=PASS)
    _meetings(db, 2)
    with pytest.raises(BackupError, match="bestaat niet"):
        backups.export_backup(db, tmp_path / "usb" / "kopie.sqlite3")
    (tmp_path / "usb").mkdir()
    written = backups.export_backup(db, tmp_path / "usb" / "kopie.sqlite3")
    db.close()
    assert [p.name for p in written] == ["kopie.sqlite3", "kopie.sqlite3.keys"]
    new = tmp_path / "nieuw" / "driehoek.sqlite3"
    new.parent.mkdir()
    with pytest.raises(Exception, match="wachtwoord"):
        restore_backup(new, written[0])
    restore_backup(new, written[0], passphrase=PASS)
    db = open_database(new, passphrase=PASS)
    assert db.execute("SELECT COUNT(*) FROM meetings").fetchone()[0] == 2
    db.close()


def test_restore_refuses_a_plain_backup_over_an_encrypted_database(tmp_path):
    plain = tmp_path / "plain.sqlite3"
    open_database(plain).close()
    path = tmp_path / "geheim.sqlite3"
    open_database(path, passphrase=PASS).close()
    copy = tmp_path / "kopie.sqlite3"
    shutil.copyfile(plain, copy)
    with pytest.raises(BackupError, match="niet versleuteld"):
        restore_backup(path, copy, passphrase=PASS)


def test_damaged_database_offers_the_newest_good_backup(tmp_path):
    path = tmp_path / "driehoek.sqlite3"
    db = open_database(path)
    older = backups.make_backup(db, "start", now=NOW - dt.timedelta(days=2))
    newer = backups.make_backup(db, "close", now=NOW - dt.timedelta(days=1))
    db.close()
    newer.path.write_bytes(b"SQLite format 3\x00" + bytes(5000))  # a broken backup
    with path.open("r+b") as handle:
        handle.truncate(1000)
    with pytest.raises(DamagedDatabaseError) as caught:
        open_database(path)
    assert caught.value.newest_backup.path == older.path


def test_restore_rebuilds_a_search_index_that_is_out_of_step(tmp_path):
    path = tmp_path / "driehoek.sqlite3"
    db = open_database(path)
    _meetings(db, 2)
    info = backups.make_backup(db, "start")
    db.close()
    conn = connect_file(info.path)
    conn.execute("DELETE FROM search_notulen")
    conn.close()
    assert check_file(info.path, None).data_ok and not check_file(info.path, None).ok
    result = restore_backup(path, info.path)
    assert "search_notulen" in result.rebuilt_indexes
    assert check_file(path, None).ok


def test_leftovers_of_an_interrupted_backup_go_at_the_next_one(fresh_db, tmp_path):
    folder = backups.backup_folder(tmp_path / "test.sqlite3")
    folder.mkdir(parents=True, exist_ok=True)
    left = [
        folder / ".test-20261128-090000-start.sqlite3.partial",  # the app was killed meanwhile
        folder / ".test-20261128-090000-start.sqlite3.partial-journal",
    ]
    for path in left:
        path.write_bytes(b"half")
    backups.make_backup(fresh_db, "start", now=NOW)
    assert not any(path.exists() for path in left)

"""Verified backups: VACUUM INTO a new file, reopen and check it, only then rotate old ones out.

Backups live in `backups/` beside the database (the per-user local data folder), named
`<stem>-YYYYMMDD-HHMMSS-<reason>.sqlite3`. A backup of an encrypted database is written by
the same connection, so it is encrypted with the same key; the key file (wrapped keys only)
is mirrored into the folder. Retention keeps the newest TODAY_KEEP of today, then the newest
of each of 12 earlier days, 10 earlier weeks and 9 earlier months (Anki's rule).
The triggers (start, every 30 minutes when changed, close) belong to the caller;
BackupSchedule holds the timing without Qt.
"""

import datetime as dt
import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from driehoek_app.core import dutch
from driehoek_app.core.connection import connect_file, fsync_file, sql_string
from driehoek_app.core.file_header import has_plain_header
from driehoek_app.core.integrity import check_file, meeting_count, table_counts
from driehoek_app.core.keyfile import fsync_folder, keyfile_path
from driehoek_app.core.os_errors import os_reason
from driehoek_app.core.sqlite_driver import sqlite3
from driehoek_app.core.storage_errors import BackupError, storage_error

BACKUP_FOLDER = "backups"
REASONS = {
    "start": "bij het starten",
    "interval": "tussentijds",
    "close": "bij het afsluiten",
    "migration": "voor een update van de database",
    "restore": "voor het terugzetten van een back-up",
    "encrypt": "voor het versleutelen",
    "manual": "handmatig",
}
TODAY_KEEP = 10
DAILY_KEEP = 12
WEEKLY_KEEP = 10
MONTHLY_KEEP = 9
DEFAULT_INTERVAL = dt.timedelta(minutes=30)
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-(?P<reason>[a-z]+)(?:-(?P<n>\d+))?$")


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: when and why it was made, its size and (if readable) its meetings."""

    path: Path
    created: dt.datetime
    reason: str
    size: int
    meetings: int | None = None
    encrypted: bool = False

    @property
    def when(self) -> str:
        """Return the moment in Dutch, e.g. '29 november 2026 om 18:15'."""
        day = dutch.dutch_date(self.created.date(), weekday=False)
        return f"{day} om {self.created:%H:%M}"

    @property
    def reason_text(self) -> str:
        """Return why the backup was made, in Dutch."""
        return REASONS.get(self.reason, self.reason)


def backup_folder(db_path: Path | str) -> Path:
    """Return the folder that holds the backups of this database (shown in the GUI)."""
    return Path(db_path).absolute().parent / BACKUP_FOLDER


def mirror_keyfile(db_path: Path) -> None:
    """Copy the key file of an encrypted database into its backups folder (atomically)."""
    source = keyfile_path(db_path)
    if not source.exists():
        return
    folder = backup_folder(db_path)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    target = folder / source.name
    if target.exists() and target.read_bytes() == source.read_bytes():
        return
    temp = target.with_name(target.name + ".tmp")
    shutil.copyfile(source, temp)
    os.chmod(temp, 0o600)
    fsync_file(temp)
    os.replace(temp, target)
    fsync_folder(folder)


def parse_backup_name(db_path: Path, path: Path) -> tuple[dt.datetime, str] | None:
    """Return (created, reason) when path is a backup of this database, else None."""
    suffix = db_path.suffix or ".sqlite3"
    if path.suffix != suffix:
        return None
    match = _NAME.match(path.name[: -len(suffix)])
    if not match or match["stem"] != db_path.stem:
        return None
    try:
        created = dt.datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
    except ValueError:
        return None
    return created, match["reason"]


def _new_backup_path(db_path: Path, created: dt.datetime, reason: str) -> Path:
    """Return a free file name for a backup made at created."""
    folder = backup_folder(db_path)
    suffix = db_path.suffix or ".sqlite3"
    base = f"{db_path.stem}-{created:%Y%m%d-%H%M%S}-{reason}"
    candidate = folder / f"{base}{suffix}"
    number = 2
    while candidate.exists():
        candidate = folder / f"{base}-{number}{suffix}"
        number += 1
    return candidate


def _info(path: Path, created: dt.datetime, reason: str, meetings: int | None) -> BackupInfo:
    """Return the BackupInfo of an existing file."""
    encrypted = not has_plain_header(path)
    return BackupInfo(path, created, reason, path.stat().st_size, meetings, encrypted)


def write_snapshot(db: Any, target: Path) -> None:
    """Write a checked copy of the open database to target (VACUUM INTO, verify, rename)."""
    conn = db.conn
    if not target.parent.is_dir():
        raise BackupError(f"De map {target.parent} voor de back-up bestaat niet.")
    if conn.in_transaction:
        raise BackupError("Er kan geen back-up worden gemaakt terwijl er wordt opgeslagen.")
    temp = target.with_name("." + target.name + ".partial")
    temp.unlink(missing_ok=True)
    try:
        conn.execute(f"VACUUM INTO {sql_string(str(temp))}")
        os.chmod(temp, 0o600)
        fsync_file(temp)
    except (sqlite3.Error, OSError) as exc:
        temp.unlink(missing_ok=True)
        full = storage_error(exc, target.parent) if isinstance(exc, sqlite3.Error) else None
        detail = "de schijf is vol" if full is not None and "vol" in full.message else str(exc)
        raise BackupError(f"De back-up {target} kon niet worden gemaakt: {detail}.") from exc
    key = getattr(db, "key", None)
    report = check_file(temp, key, full=True)
    problems = list(report.all_problems)
    if report.ok:
        copy = connect_file(temp, key)
        try:
            if table_counts(copy) != table_counts(conn):
                problems.append("het aantal rijen wijkt af van de database")
        finally:
            copy.close()
    if problems:
        temp.unlink(missing_ok=True)
        raise BackupError(
            f"De back-up {target} is na het schrijven niet in orde ({problems[0]}); "
            "oudere back-ups blijven bewaard."
        )
    os.replace(temp, target)
    fsync_folder(target.parent)


def make_backup(db: Any, reason: str, *, now: dt.datetime | None = None) -> BackupInfo:
    """Back up the open database into its backups folder, check it, then rotate old ones."""
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    db_path = getattr(db, "path", None)
    if db_path is None:
        raise BackupError("Van een database in het geheugen kan geen back-up worden gemaakt.")
    created = (now or dt.datetime.now()).replace(microsecond=0)
    folder = backup_folder(db_path)
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupError(
            f"De map {folder} voor back-ups kan niet worden gemaakt: {os_reason(exc)}."
        ) from exc
    target = _new_backup_path(db_path, created, reason)
    write_snapshot(db, target)
    mirror_keyfile(db_path)
    rotate(db_path, now=created)
    return _info(target, created, reason, meeting_count(db.conn))


def export_backup(db: Any, target: Path) -> list[Path]:
    """Write a checked backup to a chosen file (and its key file); return the files written."""
    target = Path(target)
    write_snapshot(db, target)
    written = [target]
    db_path = getattr(db, "path", None)
    if db_path is not None and keyfile_path(db_path).exists() and not has_plain_header(target):
        shutil.copyfile(keyfile_path(db_path), keyfile_path(target))
        os.chmod(keyfile_path(target), 0o600)
        written.append(keyfile_path(target))
    return written


def backup_entries(db_path: Path) -> list[tuple[Path, dt.datetime, str]]:
    """Return (path, created, reason) of this database's backups, newest first."""
    folder = backup_folder(db_path)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        parsed = parse_backup_name(db_path, path)
        if parsed and path.is_file():
            found.append((path, *parsed))
    return sorted(found, key=lambda entry: (entry[1], entry[0].name), reverse=True)


def _read_meetings(path: Path, key: bytes | None) -> int | None:
    """Return the number of meetings in a backup file, or None when it cannot be read."""
    try:
        conn = connect_file(path, key, read_only=True)
    except sqlite3.Error:
        return None
    try:
        return meeting_count(conn)
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def list_backups(db_path: Path | str, key: bytes | None = None) -> list[BackupInfo]:
    """Return the backups of this database, newest first, with their meeting counts."""
    db_path = Path(db_path).absolute()
    return [
        _info(path, created, reason, _read_meetings(path, key))
        for path, created, reason in backup_entries(db_path)
    ]


def newest_verified_backup(db_path: Path | str, key: bytes | None) -> BackupInfo | None:
    """Return the newest backup that opens with key, passes its checks and is not newer."""
    from driehoek_app.core.integrity import applied_migrations
    from driehoek_app.core.migrations import migration_names

    known = set(migration_names())
    db_path = Path(db_path).absolute()
    for path, created, reason in backup_entries(db_path):
        if not has_plain_header(path) and key is None:
            continue
        if not check_file(path, key, full=False).data_ok:
            continue
        conn = connect_file(path, key, read_only=True)
        try:
            if not set(applied_migrations(conn)) <= known:
                continue
            return _info(path, created, reason, meeting_count(conn))
        finally:
            conn.close()
    return None


def plan_retention(created: list[dt.datetime], now: dt.datetime) -> set[int]:
    """Return the indexes (into created) of the backups to keep."""
    order = sorted(range(len(created)), key=lambda i: created[i], reverse=True)
    today = now.date()
    keep = set([i for i in order if created[i].date() >= today][:TODAY_KEEP])
    days: set[dt.date] = {today}
    weeks: set[tuple[int, int]] = set()
    months: set[tuple[int, int]] = set()
    counts = {"day": 0, "week": 0, "month": 0}
    for i in order:
        day = created[i].date()
        if day >= today:
            continue
        week, month = day.isocalendar()[:2], (day.year, day.month)
        if day not in days and counts["day"] < DAILY_KEEP:
            counts["day"] += 1
        elif day not in days and week not in weeks and counts["week"] < WEEKLY_KEEP:
            counts["week"] += 1
        elif day not in days and month not in months and counts["month"] < MONTHLY_KEEP:
            counts["month"] += 1
        else:
            continue
        keep.add(i)
        days.add(day)
        weeks.add(week)
        months.add(month)
    return keep


def rotate(db_path: Path, *, now: dt.datetime | None = None) -> list[Path]:
    """Delete the backups the retention rule no longer keeps; return what was deleted."""
    entries = backup_entries(Path(db_path).absolute())
    stamps = [created for _path, created, _reason in entries]
    keep = plan_retention(stamps, now or dt.datetime.now())
    removed = []
    for index, (path, _created, _reason) in enumerate(entries):
        if index not in keep:
            path.unlink(missing_ok=True)
            removed.append(path)
    folder = backup_folder(db_path)
    for leftover in folder.glob(f".{Path(db_path).stem}-*.partial*"):  # an interrupted run's
        leftover.unlink(missing_ok=True)
        removed.append(leftover)
    return removed


class BackupSchedule:
    """Decides when the interval backup is due: every `interval`, and only after a change."""

    def __init__(self, interval: dt.timedelta = DEFAULT_INTERVAL) -> None:
        self.interval = interval
        self.last_time: dt.datetime | None = None
        self._last_changes: int | None = None

    def mark(self, db: Any, now: dt.datetime | None = None) -> None:
        """Record that the database was just backed up (or opened unchanged)."""
        self.last_time = now or dt.datetime.now()
        self._last_changes = db.conn.total_changes

    def changed(self, db: Any) -> bool:
        """Return True when something was written since the last mark."""
        return self._last_changes is None or db.conn.total_changes != self._last_changes

    def due(self, db: Any, now: dt.datetime | None = None) -> bool:
        """Return True when the interval has passed and something changed."""
        now = now or dt.datetime.now()
        passed = self.last_time is None or now - self.last_time >= self.interval
        return passed and self.changed(db)

    def backup(self, db: Any, reason: str, now: dt.datetime | None = None) -> BackupInfo:
        """Make a backup now (start, close, ...) and mark it."""
        info = make_backup(db, reason, now=now)
        self.mark(db, now)
        return info

    def backup_if_due(self, db: Any, now: dt.datetime | None = None) -> BackupInfo | None:
        """Make the interval backup when it is due; return it, or None."""
        if not self.due(db, now):
            return None
        return self.backup(db, "interval", now)

"""Restoring a backup: check it, back up (or move aside) the current database, swap atomically.

The caller closes its connection first (the GUI closes its window's database; the CLI has
none open). The backup is copied beside the database, checked again, and renamed over it in
one step, so a crash leaves either the old or the restored database, never a mix. A backup
of an encrypted database needs its key: the current key, or a passphrase that opens the
backup's own key file (`<backup>.keys`, written by `driehoek backup -o`).
"""

import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from driehoek_app.core import backups
from driehoek_app.core.backups import BackupInfo
from driehoek_app.core.connection import connect_file, fsync_file, side_files
from driehoek_app.core.encryption import (
    ENCRYPTED,
    database_state,
    key_matches,
    keyfile_candidates,
    open_keyfile,
)
from driehoek_app.core.file_header import has_plain_header
from driehoek_app.core.integrity import (
    applied_migrations,
    check_file,
    fts_problems,
    rebuild_fts,
)
from driehoek_app.core.keyfile import (
    fsync_folder,
    key_check,
    keyfile_path,
    read_keyfile,
    write_keyfile,
)
from driehoek_app.core.sqlite_driver import sqlite3
from driehoek_app.core.storage_errors import (
    BackupError,
    DamagedDatabaseError,
    KeyFileError,
    PassphraseRequiredError,
    WrongPassphraseError,
)


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did: the backup of the replaced database, or where a damaged one went."""

    restored_from: Path
    safety_backup: BackupInfo | None
    moved_aside: Path | None
    rebuilt_indexes: list[str] = field(default_factory=list)


def _opens(path: Path, key: bytes) -> bool:
    """Return True when the encrypted file can be read with key."""
    try:
        conn = connect_file(path, key, read_only=True)
    except sqlite3.Error:
        return False
    try:
        conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
        return True
    except sqlite3.DatabaseError:
        return False
    finally:
        conn.close()


def backup_key(
    db_path: Path, backup_path: Path, passphrase: str | None, key: bytes | None
) -> tuple[bytes | None, Path | None]:
    """Return (key, key file that holds it) for a backup; (None, None) for a plain one."""
    if has_plain_header(backup_path):
        return None, None
    places = [keyfile_path(backup_path), *keyfile_candidates(db_path)]
    for place in places:
        try:
            keyfile = read_keyfile(place)
        except KeyFileError:
            continue
        if key is not None and keyfile.check == key_check(key) and _opens(backup_path, key):
            return key, place
        found = open_keyfile(keyfile, passphrase) if passphrase else None
        if found is not None and _opens(backup_path, found):
            return found, place
    if key is None and not passphrase:
        raise PassphraseRequiredError(
            f"De back-up {backup_path} is versleuteld; geef het wachtwoord."
        )
    raise WrongPassphraseError(
        f"De back-up {backup_path} opent niet met dit wachtwoord of deze sleutel; "
        "er is niets veranderd."
    )


def _verify_backup(backup_path: Path, key: bytes | None) -> None:
    """Refuse a backup that fails its checks or was made by a newer version of the app."""
    from driehoek_app.core.migrations import migration_names

    report = check_file(backup_path, key, full=True)
    if not report.data_ok:
        raise BackupError(
            f"De back-up {backup_path} is niet in orde ({report.problems[0]}); "
            "er is niets veranderd."
        )
    conn = connect_file(backup_path, key, read_only=True)
    try:
        unknown = set(applied_migrations(conn)) - set(migration_names())
    finally:
        conn.close()
    if unknown:
        raise BackupError(
            f"De back-up {backup_path} is gemaakt door een nieuwere versie van "
            "driehoek_app; werk de applicatie eerst bij."
        )


def _secure_current(
    db_path: Path, passphrase: str | None, key: bytes | None
) -> tuple[BackupInfo | None, Path | None]:
    """Back up the current database (or see it moved aside when damaged) before replacing it."""
    from driehoek_app.core.db import open_database

    if not db_path.exists():
        return None, None
    current_key = key if key is not None and key_matches(db_path, key) else None
    try:
        db = open_database(
            db_path,
            migrate=False,
            key=current_key,
            passphrase=None if current_key is not None else passphrase,
        )
    except DamagedDatabaseError as exc:
        return None, exc.moved_to
    try:
        return backups.make_backup(db, "restore"), None
    finally:
        db.close()


def restore_backup(
    db_path: Path | str,
    backup_path: Path | str,
    *,
    passphrase: str | None = None,
    key: bytes | None = None,
) -> RestoreResult:
    """Replace the database by a checked backup; the current one is backed up first."""
    db_path, backup_path = Path(db_path).absolute(), Path(backup_path).absolute()
    if not backup_path.is_file():
        raise BackupError(f"De back-up {backup_path} bestaat niet.")
    if db_path.exists() and os.path.samefile(db_path, backup_path):
        raise BackupError(f"{backup_path} is de database zelf, geen back-up.")
    found_key, found_keyfile = backup_key(db_path, backup_path, passphrase, key)
    if found_key is None and database_state(db_path) == ENCRYPTED:
        raise BackupError(
            f"De back-up {backup_path} is niet versleuteld en de database wel; "
            "zij wordt niet teruggezet."
        )
    _verify_backup(backup_path, found_key)
    safety, moved = _secure_current(db_path, passphrase, found_key or key)
    temp = db_path.with_name(db_path.name + ".restoring")
    shutil.copyfile(backup_path, temp)
    os.chmod(temp, 0o600)
    fsync_file(temp)
    if not check_file(temp, found_key, full=False).data_ok:
        temp.unlink(missing_ok=True)
        raise BackupError(f"De kopie van {backup_path} is niet in orde; er is niets veranderd.")
    if found_key is not None and not key_matches(db_path, found_key):
        write_keyfile(keyfile_path(db_path), read_keyfile(found_keyfile))
        backups.mirror_keyfile(db_path)
    if side_files(db_path):
        temp.unlink(missing_ok=True)
        raise BackupError(
            f"Naast de database {db_path} staat nog een journaalbestand; sluit driehoek_app "
            "en probeer het opnieuw."
        )
    os.replace(temp, db_path)
    fsync_folder(db_path.parent)
    return RestoreResult(backup_path, safety, moved, _repair_indexes(db_path, found_key))


def _repair_indexes(db_path: Path, key: bytes | None) -> list[str]:
    """Rebuild the full-text indexes of the restored database if they do not match its data."""
    conn = connect_file(db_path, key)
    try:
        if not fts_problems(conn):
            return []
        rebuilt = rebuild_fts(conn)
        if fts_problems(conn):
            raise BackupError(f"De zoekindex van {db_path} kon niet worden hersteld.")
        return rebuilt
    finally:
        conn.close()

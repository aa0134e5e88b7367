"""Encryption at rest: which file is encrypted, unlocking it, and changing how it is locked.

A new encrypted database gets a random key, wrapped in its key file by the passphrase and by
a recovery key that is shown once (see keyfile.py). Changing the passphrase rewraps that
same key: instant, atomic, and every backup keeps opening with the current passphrase.
Converting a plain database: a backup first, then sqlcipher_export into a new file, check
it, write the key file, and atomically put the new file in place; the old plain file and
the plain backups are then encrypted or overwritten with zeros and removed.
"""

import os
import secrets
from pathlib import Path

from driehoek_app.core import backups
from driehoek_app.core.connection import attach_encrypted, connect_file, fsync_file, require_cipher
from driehoek_app.core.file_header import has_plain_header
from driehoek_app.core.integrity import check_file, table_counts
from driehoek_app.core.keyfile import (
    KEY_BYTES,
    PASSPHRASE_SLOT,
    RECOVERY_SLOT,
    KeyFile,
    find_slot,
    fsync_folder,
    key_check,
    keyfile_path,
    read_keyfile,
    unwrap,
    wrap,
    write_keyfile,
)
from driehoek_app.core.passphrase import (
    generate_recovery_key,
    normalize_passphrase,
    normalize_recovery_key,
    require_acceptable,
)
from driehoek_app.core.sqlite_driver import sqlite3
from driehoek_app.core.storage_errors import (
    DatabaseError,
    KeyFileError,
    PassphraseRequiredError,
    WrongPassphraseError,
)

MISSING, PLAIN, ENCRYPTED, UNKNOWN = "missing", "plain", "encrypted", "unknown"
PLAIN_LEFTOVER = ".plain-old"


def keyfile_candidates(db_path: Path) -> list[Path]:
    """Return where the key file may be: beside the database, then its copy among the backups."""
    main = keyfile_path(db_path)
    return [main, backups.backup_folder(db_path) / main.name]


def database_state(db_path: Path | str) -> str:
    """Return 'missing', 'plain', 'encrypted' (no SQLite header, key file present) or 'unknown'."""
    db_path = Path(db_path)
    if not db_path.exists():
        return MISSING
    if not db_path.is_file():  # a folder, say: opening it explains what is wrong
        return UNKNOWN
    try:
        if has_plain_header(db_path):
            return PLAIN
    except OSError:
        return UNKNOWN
    if any(path.is_file() for path in keyfile_candidates(db_path)):
        return ENCRYPTED
    return UNKNOWN


def open_keyfile(keyfile: KeyFile, secret: str) -> bytes | None:
    """Return the key if secret is the passphrase or the recovery key of this key file."""
    recovery = normalize_recovery_key(secret)
    attempts = []
    if recovery is not None:
        attempts.append((RECOVERY_SLOT, recovery))
    attempts.append((PASSPHRASE_SLOT, normalize_passphrase(secret)))
    for kind, text in attempts:
        slot = find_slot(keyfile.slots, kind)
        key = unwrap(slot, text) if slot is not None else None
        if key is not None and key_check(key) == keyfile.check:
            return key
    return None


def _existing_keyfiles(db_path: Path) -> list[Path]:
    """Return the key files of an encrypted database that exist, or raise KeyFileError."""
    candidates = [path for path in keyfile_candidates(db_path) if path.is_file()]
    if not candidates:
        raise KeyFileError(
            f"De database {db_path} is versleuteld, maar het sleutelbestand "
            f"{keyfile_path(db_path).name} ontbreekt, ook in de map met back-ups."
        )
    return candidates


def unlock(db_path: Path | str, secret: str | None) -> bytes:
    """Return the database key for a passphrase or recovery key; nothing is written on failure."""
    db_path = Path(db_path)
    if not secret:
        raise PassphraseRequiredError(
            f"De database {db_path} is versleuteld; geef het wachtwoord of de herstelsleutel."
        )
    candidates = _existing_keyfiles(db_path)
    damaged: KeyFileError | None = None
    for path in candidates:
        try:
            keyfile = read_keyfile(path)
        except KeyFileError as exc:
            damaged = damaged or exc
            continue
        key = open_keyfile(keyfile, secret)
        if key is not None:
            if path != keyfile_path(db_path):
                write_keyfile(keyfile_path(db_path), keyfile)  # put the good copy back
            return key
    if damaged is not None and len(candidates) == 1:
        raise damaged
    raise WrongPassphraseError(
        f"Het wachtwoord of de herstelsleutel is onjuist voor de database {db_path}; "
        "er is niets gewijzigd."
    )


def key_matches(db_path: Path | str, key: bytes) -> bool:
    """Return True when key is the key of this encrypted database (per its key file)."""
    for path in keyfile_candidates(Path(db_path)):
        try:
            return read_keyfile(path).check == key_check(key)
        except KeyFileError:
            continue
    return False


def _write_new_keyfile(db_path: Path, passphrase: str, key: bytes) -> str:
    """Write a key file for key with a passphrase and a new recovery key; return that key."""
    recovery = generate_recovery_key()
    slots = [wrap(PASSPHRASE_SLOT, passphrase, key), wrap(RECOVERY_SLOT, recovery, key)]
    write_keyfile(keyfile_path(db_path), KeyFile(slots, key_check(key)))
    backups.mirror_keyfile(db_path)
    return recovery


def new_key_file(db_path: Path, passphrase: str) -> tuple[bytes, str]:
    """Create the key file of a new encrypted database; return (key, recovery key)."""
    require_cipher()
    passphrase = require_acceptable(passphrase)
    key = secrets.token_bytes(KEY_BYTES)
    return key, _write_new_keyfile(db_path, passphrase, key)


def _replace_slot(db_path: Path, secret: str, kind: str, new_secret: str) -> None:
    """Rewrap the key of db_path under new_secret in the slot of this kind."""
    key = unlock(db_path, secret)
    keyfile = read_keyfile(keyfile_path(db_path))
    kept = [slot for slot in keyfile.slots if slot.kind != kind]
    slots = [wrap(kind, new_secret, key), *kept]
    write_keyfile(keyfile_path(db_path), KeyFile(slots, keyfile.check))
    backups.mirror_keyfile(db_path)


def change_passphrase(db_path: Path | str, secret: str, new_passphrase: str) -> None:
    """Replace the passphrase (secret may be the old passphrase or the recovery key)."""
    new_passphrase = require_acceptable(new_passphrase)
    _replace_slot(Path(db_path), secret, PASSPHRASE_SLOT, new_passphrase)


def new_recovery_key(db_path: Path | str, secret: str) -> str:
    """Replace the recovery key (the old one stops working); return the new one, to show once."""
    recovery = generate_recovery_key()
    _replace_slot(Path(db_path), secret, RECOVERY_SLOT, recovery)
    return recovery


def shred(path: Path) -> None:
    """Overwrite a file with zeros, flush it and remove it (best effort on SSDs)."""
    size = path.stat().st_size
    with path.open("r+b") as handle:
        block = b"\0" * (1 << 20)
        written = 0
        while written < size:
            written += handle.write(block[: min(len(block), size - written)])
        handle.flush()
        os.fsync(handle.fileno())
    path.unlink()


def export_encrypted(conn: sqlite3.Connection, target: Path, key: bytes) -> None:
    """Write an encrypted copy of the connection's database to target (sqlcipher_export)."""
    target.unlink(missing_ok=True)
    attach_encrypted(conn, target, "encrypted", key)
    try:
        conn.execute("SELECT sqlcipher_export('encrypted')")
        version = int(conn.execute("PRAGMA main.user_version").fetchone()[0])
        conn.execute(f"PRAGMA encrypted.user_version = {version}")
    except BaseException:
        conn.execute("DETACH DATABASE encrypted")
        target.unlink(missing_ok=True)
        raise
    conn.execute("DETACH DATABASE encrypted")
    os.chmod(target, 0o600)
    fsync_file(target)


def _verify_copy(source: Path, temp: Path, key: bytes, expected: dict[str, int]) -> None:
    """Check the encrypted copy against the row counts of its source; remove it if wrong."""
    report = check_file(temp, key, full=True)
    counts: dict[str, int] = {}
    if report.ok:
        copy = connect_file(temp, key)
        try:
            counts = table_counts(copy)
        finally:
            copy.close()
    if not report.ok or counts != expected:
        temp.unlink(missing_ok=True)
        problem = report.all_problems[0] if report.all_problems else "het aantal rijen wijkt af"
        raise DatabaseError(
            f"Het versleutelen van {source} is afgebroken: de versleutelde kopie is niet in orde "
            f"({problem}); het bestand is onveranderd."
        )


def discard_plain_leftover(db_path: Path) -> None:
    """Shred the plain copy a conversion interrupted between its last two steps left behind."""
    old = db_path.with_name(db_path.name + PLAIN_LEFTOVER)
    if old.is_file():
        shred(old)


def _swap(source: Path, temp: Path) -> None:
    """Atomically put temp in place of source, then overwrite the old plain file with zeros."""
    old = source.with_name(source.name + PLAIN_LEFTOVER)
    old.unlink(missing_ok=True)
    try:
        os.link(source, old)
    except OSError:
        old = None
    os.replace(temp, source)
    fsync_folder(source.parent)
    if old is not None:
        shred(old)


def _encrypt_file(path: Path, key: bytes) -> None:
    """Replace a plain database file (a backup) by an encrypted copy with the same content."""
    temp = path.with_name(path.name + ".encrypting")
    conn = connect_file(path)
    try:
        expected = table_counts(conn)
        export_encrypted(conn, temp, key)
    finally:
        conn.close()
    _verify_copy(path, temp, key, expected)
    _swap(path, temp)


def encrypt_database(db_path: Path | str, passphrase: str) -> str:
    """Encrypt a plain database and its backups; return the recovery key, to show once."""
    from driehoek_app.core.db import open_database

    require_cipher()
    passphrase = require_acceptable(passphrase)
    db_path = Path(db_path)
    state = database_state(db_path)
    if state == ENCRYPTED:
        raise DatabaseError(f"De database {db_path} is al versleuteld.")
    if state == MISSING:
        raise DatabaseError(f"De database {db_path} bestaat niet.")
    db = open_database(db_path)
    try:
        backups.make_backup(db, "encrypt")
        key = secrets.token_bytes(KEY_BYTES)
        temp = db_path.with_name(db_path.name + ".encrypting")
        expected = table_counts(db.conn)
        export_encrypted(db.conn, temp, key)
        _verify_copy(db_path, temp, key, expected)
    finally:
        db.close()
    recovery = _write_new_keyfile(db_path, passphrase, key)  # first: never a file without key
    _swap(db_path, temp)
    for entry in backups.backup_entries(db_path):
        if has_plain_header(entry[0]):
            _encrypt_file(entry[0], key)
    return recovery

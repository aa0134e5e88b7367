"""Odd and damaged database files at open: found before any write, explained, moved aside.

Refused and left exactly where they are: a folder, an unreadable, empty or foreign file, a
read-only file or folder. Refused and moved aside as `<name>.damaged` (with its journal, and
a copy of its key file): a zeroed header, a truncated file, and anything SQLite or
SQLCipher reports as corrupt on the first read or in quick_check. quick_check (which reads
every page) is left out for a file unchanged since it was last found sound (checked_stamp.py).
Each refusal names the newest backup that passes its check, so the caller can offer it.
"""

import os
import shutil
import tempfile
from pathlib import Path
from typing import NoReturn

from driehoek_app.core import checked_stamp
from driehoek_app.core.backups import newest_verified_backup
from driehoek_app.core.connection import CIPHER_PAGE_SIZE, side_files
from driehoek_app.core.file_header import HEADER_SIZE, read_header
from driehoek_app.core.integrity import MAX_LINES, quick_problems
from driehoek_app.core.keyfile import fsync_folder, keyfile_path
from driehoek_app.core.os_errors import os_reason
from driehoek_app.core.sqlite_driver import sqlite3
from driehoek_app.core.storage_errors import (
    DamagedDatabaseError,
    DatabaseError,
    DatabaseOpenError,
    ReadOnlyDatabaseError,
    storage_error,
)

DAMAGED_SUFFIX = ".damaged"
SQLITE_ERROR, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_CORRUPT, SQLITE_NOTADB = 1, 5, 6, 11, 26
SQLITE_IOERR = 10


def is_damage_report(exc: sqlite3.DatabaseError) -> bool:
    """Return True when a driver error speaks of a corrupt file or a failing disk."""
    code = (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF
    return code in (SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_NOTADB) or "malformed" in str(exc)


def _page_size(header: bytes) -> int | None:
    """Return the page size recorded in a plain SQLite header, or None when it is invalid."""
    raw = int.from_bytes(header[16:18], "big")
    size = 65536 if raw == 1 else raw
    if size < 512 or size > 65536 or size & (size - 1):
        return None
    return size


def header_damage(path: Path, header: bytes, size: int, plain: bool) -> str | None:
    """Return why the file's header or length shows damage, or None."""
    if header[:16] == bytes(16):
        return "het begin van het bestand is gewist"
    if not plain:
        if size < CIPHER_PAGE_SIZE or size % CIPHER_PAGE_SIZE:
            return "het bestand is afgekapt"
        return None
    if len(header) < HEADER_SIZE:
        return "het bestand is afgekapt"
    page_size = _page_size(header)
    if page_size is None:
        return "de kop van het bestand is ongeldig"
    if size % page_size:
        return "het bestand is afgekapt"
    pages = int.from_bytes(header[28:32], "big")
    if header[24:28] == header[92:96] and pages * page_size > size:
        return "het bestand is afgekapt"
    return None


def refuse_unusable(path: Path) -> tuple[bytes, int]:
    """Refuse a folder, an unreadable, empty or foreign file (untouched); return header, size."""
    if path.is_dir():
        raise DatabaseOpenError(f"{path} is een map, geen databasebestand.")
    try:
        header = read_header(path)
        size = path.stat().st_size
    except OSError as exc:
        raise DatabaseOpenError(
            f"Het databasebestand {path} kan niet worden gelezen: {os_reason(exc)}."
        ) from exc
    if size == 0:
        raise DatabaseOpenError(
            f"Het databasebestand {path} is leeg; het wordt niet als nieuwe database gebruikt."
        )
    return header, size


def _is_text(sample: bytes) -> bool:
    """Return True when the bytes read as UTF-8 text (an encrypted file never does)."""
    try:
        text = sample.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(sample) - 3:
            return False
        text = sample[: exc.start].decode("utf-8")  # a character cut off at the end
    return all(char.isprintable() or char in "\t\n\r" for char in text)


def refuse_foreign(path: Path, header: bytes) -> NoReturn:
    """Refuse a file that is neither an SQLite database nor an encrypted one with a key file."""
    if _is_text(header[:64]):  # a note, CSV or JSON file
        raise DatabaseOpenError(f"Het bestand {path} is geen driehoek_app-database.")
    raise DatabaseOpenError(
        f"Het bestand {path} is geen driehoek_app-database, of een versleutelde database "
        f"waarvan het sleutelbestand {keyfile_path(path).name} ontbreekt."
    )


def _writable(path: Path) -> bool:
    """Return True unless the file is marked read-only or the OS refuses writing."""
    return bool(path.stat().st_mode & 0o222) and os.access(path, os.W_OK)


def _folder_writable(folder: Path) -> bool:
    """Return True when a file can be created in folder (needed for the rollback journal)."""
    if os.name != "nt" and not folder.stat().st_mode & 0o222:
        return False
    try:
        with tempfile.TemporaryFile(dir=folder):
            return True
    except OSError:
        return False


def refuse_read_only(path: Path) -> None:
    """Refuse a database file or folder that cannot be written, before anything is written."""
    if path.exists() and not _writable(path):
        raise ReadOnlyDatabaseError(
            f"Het databasebestand {path} is alleen-lezen; maak het schrijfbaar en start opnieuw."
        )
    if not _folder_writable(path.parent):
        raise ReadOnlyDatabaseError(
            f"In de map {path.parent} mag niet worden geschreven, dus kan de database "
            f"{path.name} niet veilig worden opgeslagen; kies een map waarin u mag schrijven."
        )


def _free_name(path: Path) -> Path:
    """Return `<name>.damaged`, or `<name>.damaged-2`, ... whichever does not exist yet."""
    candidate = path.with_name(path.name + DAMAGED_SUFFIX)
    number = 2
    while candidate.exists() or any(side_files(candidate)):
        candidate = path.with_name(f"{path.name}{DAMAGED_SUFFIX}-{number}")
        number += 1
    return candidate


def move_aside(path: Path) -> Path:
    """Rename a damaged database (and its journal) to a free `.damaged` name; keep its key."""
    target = _free_name(path)
    journals = side_files(path)
    os.rename(path, target)
    for journal in journals:
        suffix = journal.name[len(path.name) :]
        os.rename(journal, target.with_name(target.name + suffix))
    if keyfile_path(path).exists():
        shutil.copyfile(keyfile_path(path), keyfile_path(target))
    checked_stamp.forget(path)
    fsync_folder(path.parent)
    return target


def refuse_damaged(path: Path, reason: str, key: bytes | None) -> NoReturn:
    """Move the damaged file aside and raise DamagedDatabaseError offering the newest backup."""
    try:
        moved: Path | None = move_aside(path)
        kept = f"het is opzij gezet als {moved.name}"
    except OSError as exc:
        moved = None
        kept = f"het kon niet opzij worden gezet ({os_reason(exc)}) en is niet gewijzigd"
    backup = newest_verified_backup(path, key)
    offer = (
        f"de nieuwste goede back-up is van {backup.when}"
        if backup
        else "er is geen goede back-up gevonden"
    )
    raise DamagedDatabaseError(
        f"Het databasebestand {path} is beschadigd ({reason}); {kept} en {offer}.",
        moved,
        backup,
    )


def content_damage(
    conn: sqlite3.Connection, path: Path, encrypted: bool, *, full: bool = True
) -> str | None:
    """Read the schema and (when full) run quick_check; return the damage found, or None.

    A locked or unreadable file is refused without calling it damaged. SQLCipher reports a
    page whose HMAC fails as corrupt, or (past page 1) as a plain SQL error: with a key that
    matches the key file, that is damage too. Out of memory while reading counts as damage:
    a damaged page can ask SQLite for more memory than there is (the file is kept aside).
    """
    try:
        conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
        problems = quick_problems(conn) if full else []
    except MemoryError:  # SQLITE_NOMEM: a damaged page asked for an absurd amount of memory
        return "SQLite meldt: onvoldoende geheugen bij het lezen van een pagina"
    except sqlite3.DatabaseError as exc:
        code = (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF
        damage_codes = (SQLITE_CORRUPT, SQLITE_NOTADB, SQLITE_ERROR if encrypted else -1)
        if code in damage_codes or "malformed" in str(exc):
            return f"SQLite meldt: {exc}"
        if code in (SQLITE_BUSY, SQLITE_LOCKED):
            raise DatabaseOpenError(
                f"De database {path} is in gebruik door een ander programma; sluit dat eerst."
            ) from exc
        translated = storage_error(exc, path)
        if translated is not None:
            raise translated from exc
        raise DatabaseError(f"De database {path} kan niet worden geopend: {exc}.") from exc
    if problems:
        return check_summary(problems)
    return None


def check_summary(problems: list[str]) -> str:
    """Say in Dutch how much SQLite's page check found (its own lines are too technical)."""
    lines = [
        line
        for problem in problems
        for line in problem.splitlines()
        if line.strip() and not line.startswith("***")  # "*** in database main ***"
    ]
    count = len(lines) or 1
    found = "een fout" if count == 1 else f"{count} fouten"
    if count >= MAX_LINES:  # quick_check stops after MAX_LINES complaints
        found = f"ten minste {found}"
    return f"de paginacontrole van SQLite vond {found} in het bestand"

"""Small helpers shared by the command modules: printing and opening the database."""

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from driehoek_app.core.errors import DriehoekError
from driehoek_app.core.os_errors import os_reason

if TYPE_CHECKING:  # the database modules load when a command opens the database
    from driehoek_app.core.db import DriehoekDatabase

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


def _emit(stream: TextIO | None, text: str) -> None:
    """Write one line; skip it without a console, replace what the console cannot show."""
    if stream is None:
        return
    try:
        stream.write(text + "\n")
    except UnicodeEncodeError:
        encoding = getattr(stream, "encoding", None) or "ascii"
        stream.write((text + "\n").encode(encoding, "replace").decode(encoding))
    stream.flush()


def say(text: str) -> None:
    """Print a line for the user on stdout."""
    _emit(sys.stdout, text)


def complain(text: str) -> None:
    """Print a line for the user on stderr."""
    _emit(sys.stderr, text)


_PASSPHRASE: ContextVar[str | None] = ContextVar("driehoek_passphrase", default=None)


class PassphraseFileError(DriehoekError):
    """The file given with --passphrase-file cannot be used."""


def read_passphrase_file(path: Path) -> str:
    """Return the passphrase in a file: UTF-8, one line (a final line ending is dropped)."""
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        raise PassphraseFileError(f"Het wachtwoordbestand {path} bestaat niet.") from None
    except OSError as exc:
        raise PassphraseFileError(
            f"Het wachtwoordbestand {path} kan niet worden gelezen: {os_reason(exc)}."
        ) from exc
    except UnicodeDecodeError:
        raise PassphraseFileError(f"Het wachtwoordbestand {path} is geen UTF-8-tekst.") from None
    passphrase = text.removesuffix("\n").removesuffix("\r")
    if not passphrase:
        raise PassphraseFileError(f"Het wachtwoordbestand {path} is leeg.")
    if "\n" in passphrase:
        raise PassphraseFileError(f"Het wachtwoordbestand {path} moet één regel bevatten.")
    if os.name == "posix" and path.stat().st_mode & 0o077:
        complain(f"Let op: het wachtwoordbestand {path} is leesbaar voor anderen (chmod 600).")
    return passphrase


@contextmanager
def passphrase_from(path: Path | None) -> Iterator[str | None]:
    """Use the passphrase in path (or none) for every database opened inside the block."""
    token = _PASSPHRASE.set(read_passphrase_file(path) if path is not None else None)
    try:
        yield _PASSPHRASE.get()
    finally:
        _PASSPHRASE.reset(token)


def current_passphrase() -> str | None:
    """Return the passphrase given with --passphrase-file, or None."""
    return _PASSPHRASE.get()


def open_for_command(
    db_path: Path, *, migrate: bool = True, announce_plain: bool = False
) -> "DriehoekDatabase":
    """Open the database with the passphrase, if any, and say what the user must know.

    announce_plain: say on stderr that a database created without passphrase is not encrypted.
    """
    from driehoek_app.core.db import open_database

    passphrase = current_passphrase()
    existed = db_path.exists()
    db = open_database(db_path, migrate=migrate, passphrase=passphrase)
    if db.recovery_key:
        complain(
            f"Nieuwe versleutelde database: {db_path.absolute()}. Herstelsleutel (wordt maar "
            f"één keer getoond; bewaar hem op papier, los van de computer): {db.recovery_key}"
        )
    elif not existed and announce_plain:
        complain(
            f"Let op: de nieuwe database {db_path.absolute()} is niet versleuteld; gebruik "
            "--passphrase-file om een versleutelde database te maken."
        )
    elif passphrase is not None and not db.encrypted:
        complain(
            f"Let op: de database {db_path.absolute()} is niet versleuteld; het wachtwoord is "
            "niet gebruikt (versleutel haar met 'driehoek --passphrase-file BESTAND encrypt')."
        )
    return db


@contextmanager
def opened_database(db_path: Path) -> Iterator["DriehoekDatabase"]:
    """Open (create or upgrade) the database for the length of a command, then close it."""
    db = open_for_command(db_path)
    try:
        yield db
    finally:
        db.close()


def describe_os_error(exc: OSError) -> str:
    """Return one Dutch sentence for a file-system error, naming the file involved."""
    name = exc.filename if exc.filename is not None else "een bestand"
    if isinstance(exc, FileNotFoundError):
        return f"Het bestand of de map {name} bestaat niet."
    if isinstance(exc, PermissionError):
        return f"Geen toestemming voor {name}."
    if isinstance(exc, IsADirectoryError):
        return f"{name} is een map, geen bestand."
    return f"Het bestand {name} kan niet worden gebruikt ({os_reason(exc)})."

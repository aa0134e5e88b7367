"""Small helpers shared by the command modules: printing and opening the database."""

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

import sqlite_utils

from driehoek_app.core.db import open_database

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


@contextmanager
def opened_database(db_path: Path) -> Iterator[sqlite_utils.Database]:
    """Open (create or upgrade) the database for the length of a command, then close it."""
    db = open_database(db_path)
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
    detail = exc.strerror or exc.__class__.__name__
    return f"Het bestand {name} kan niet worden gebruikt (systeemfout: {detail})."

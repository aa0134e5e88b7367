"""Demo databases for the register, search and demo GUI tests: made once, copied per test."""

import datetime as dt
import shutil
from pathlib import Path

from driehoek_app.core.db import open_database
from driehoek_app.core.demo import create_demo

TODAY = dt.date(2026, 6, 10)  # the day the demo data and the registers agree on


def make_demo_file(folder: Path, years: int = 1, seed: int = 1) -> Path:
    """Create a demo database file (fictional meetings of all ten basisteams) in folder."""
    path = folder / "demo.sqlite3"
    db = open_database(path)
    try:
        create_demo(db, years=years, seed=seed, today=TODAY)
    finally:
        db.close()
    return path


def copy_of(template: Path, folder: Path):
    """Open a private copy of a demo database file (tests may change it)."""
    target = folder / "copy.sqlite3"
    shutil.copyfile(template, target)
    return open_database(target)

"""The marks that tell generated demo data from real data: tables, queries and the DemoError.

demo_data holds one row (seed, years, when) while a database holds demo data;
demo_meetings, demo_people, demo_beelden and demo_realisations list what was generated, so
that the GUI can show a banner and remove_demo() can take exactly that out again.
"""

from dataclasses import dataclass

import sqlite_utils

from driehoek_app.core.errors import DriehoekError

DEMO_SCHEMA = (
    """CREATE TABLE demo_data (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        seed INTEGER NOT NULL,
        years INTEGER NOT NULL,
        first_year INTEGER NOT NULL,
        last_year INTEGER NOT NULL,
        created_at TEXT NOT NULL
    )""",
    """CREATE TABLE demo_meetings (
        meeting_id INTEGER PRIMARY KEY REFERENCES meetings(id) ON DELETE CASCADE
    )""",
    """CREATE TABLE demo_people (
        person_id INTEGER PRIMARY KEY REFERENCES people(id) ON DELETE CASCADE
    )""",
)
DEMO_ONDERMIJNING_SCHEMA = (
    """CREATE TABLE demo_beelden (
        beeld_id INTEGER PRIMARY KEY REFERENCES beelden(id) ON DELETE CASCADE
    )""",
    """CREATE TABLE demo_realisations (
        realisation_id INTEGER PRIMARY KEY REFERENCES realisations(id) ON DELETE CASCADE
    )""",
)


class DemoError(DriehoekError):
    """Demo data cannot be added or removed; the message says why in Dutch."""


@dataclass(frozen=True)
class DemoInfo:
    """What the demo mark in a database says, and how many meetings are demo or real."""

    seed: int
    years: int
    first_year: int
    last_year: int
    created_at: str
    demo_meetings: int
    real_meetings: int
    demo_beelden: int = 0


def create_demo_tables(db: sqlite_utils.Database) -> None:
    """Create the tables that mark demo meetings and people (migration 0004)."""
    for statement in DEMO_SCHEMA:
        db.execute(statement)


def create_demo_ondermijning_tables(db: sqlite_utils.Database) -> None:
    """Create the tables that mark demo beelden and realisations (migration 0006)."""
    for statement in DEMO_ONDERMIJNING_SCHEMA:
        db.execute(statement)


def is_demo_database(db: sqlite_utils.Database) -> bool:
    """Return True when the database holds generated demo data (show it on screen)."""
    return db.execute("SELECT 1 FROM demo_data").fetchone() is not None


def demo_info(db: sqlite_utils.Database) -> DemoInfo | None:
    """Return the demo mark with the meeting counts, or None for a database without demo."""
    row = db.execute(
        "SELECT seed, years, first_year, last_year, created_at FROM demo_data"
    ).fetchone()
    if row is None:
        return None
    demo = db.execute("SELECT count(*) FROM demo_meetings").fetchone()[0]
    beelden = db.execute("SELECT count(*) FROM demo_beelden").fetchone()[0]
    return DemoInfo(
        *row, demo_meetings=demo, real_meetings=real_meeting_count(db), demo_beelden=beelden
    )


def demo_meeting_ids(db: sqlite_utils.Database) -> set[int]:
    """Return the ids of the generated meetings (to mark them in lists)."""
    return {row[0] for row in db.execute("SELECT meeting_id FROM demo_meetings")}


def is_demo_meeting(db: sqlite_utils.Database, meeting_id: int) -> bool:
    """Return True when this meeting was generated as demo data."""
    sql = "SELECT 1 FROM demo_meetings WHERE meeting_id = ?"
    return db.execute(sql, [meeting_id]).fetchone() is not None


def demo_beeld_ids(db: sqlite_utils.Database) -> set[int]:
    """Return the ids of the generated ondermijningsbeelden."""
    return {row[0] for row in db.execute("SELECT beeld_id FROM demo_beelden")}


def demo_realisation_keys(db: sqlite_utils.Database) -> list[tuple[str, str, str, int]]:
    """Return (indicator, eenheid, category, year) of each generated realisation."""
    return db.execute(
        """SELECT r.indicator, r.eenheid, r.category, r.year FROM realisations r
           JOIN demo_realisations d ON d.realisation_id = r.id ORDER BY r.id"""
    ).fetchall()


def real_meeting_count(db: sqlite_utils.Database) -> int:
    """Return the number of meetings that are not demo data."""
    return db.execute(
        "SELECT count(*) FROM meetings WHERE id NOT IN (SELECT meeting_id FROM demo_meetings)"
    ).fetchone()[0]

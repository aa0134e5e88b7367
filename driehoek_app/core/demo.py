"""A realistic, clearly fictional demo dataset: create it in one transaction, or remove it.

create_demo() writes the meetings of all basisteamdriehoeken over the years
(demo_meetings.py), per basisteam and year an ondermijningsbeeld linked to those meetings
(demo_ondermijning.py), and realisations of the Veiligheidsagenda targets
(demo_monitoring.py). Everything comes from random.Random streams seeded per
body, so a seed gives the same data on the same day (dates of "past" and "future" follow
today). The database is marked as demo (demo_marks.py); adding demo data to a database with
real meetings is refused unless forced, and remove_demo() takes it all out again.
"""

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from driehoek_app.core.bodies import list_bodies
from driehoek_app.core.demo_dates import amsterdam_offset, meeting_dates, stamp
from driehoek_app.core.demo_marks import (
    DemoError,
    DemoInfo,
    create_demo_tables,
    demo_beeld_ids,
    demo_info,
    demo_meeting_ids,
    demo_realisation_keys,
    is_demo_database,
    is_demo_meeting,
    real_meeting_count,
)
from driehoek_app.core.demo_meetings import MeetingGenerator
from driehoek_app.core.demo_monitoring import add_demo_realisations
from driehoek_app.core.demo_ondermijning import BeeldGenerator
from driehoek_app.core.meeting_base import now_iso
from driehoek_app.core.monitoring import delete_realisation
from driehoek_app.core.ondermijningsbeeld import delete_beeld
from driehoek_app.core.search_index import optimize_search_index

__all__ = [
    "MAX_YEARS",
    "DemoError",
    "DemoInfo",
    "DemoSummary",
    "amsterdam_offset",
    "create_demo",
    "create_demo_tables",
    "demo_beeld_ids",
    "demo_info",
    "demo_meeting_ids",
    "demo_realisation_keys",
    "is_demo_database",
    "is_demo_meeting",
    "meeting_dates",
    "real_meeting_count",
    "remove_demo",
    "stamp",
]

MAX_YEARS = 50
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class DemoSummary:
    """What create_demo() generated."""

    meetings: int
    items: int
    decisions: int
    actions: int
    attachments: int
    people: int
    beelden: int = 0
    signals: int = 0
    interventions: int = 0
    links: int = 0
    realisations: int = 0


def _check_request(db: sqlite_utils.Database, years: Any, seed: Any, force: bool) -> None:
    """Refuse bad arguments, a database that already has demo data, or one with real data."""
    if isinstance(years, bool) or not isinstance(years, int) or not 1 <= years <= MAX_YEARS:
        raise DemoError(f"Aantal jaren: kies een geheel getal van 1 tot en met {MAX_YEARS}.")
    if isinstance(seed, bool) or not isinstance(seed, int) or seed < 0:
        raise DemoError("Startgetal (seed): kies een geheel getal van 0 of meer.")
    if is_demo_database(db):
        raise DemoError(
            "Deze database bevat al demogegevens; verwijder die eerst of kies een andere database."
        )
    real = real_meeting_count(db)
    if real and not force:
        raise DemoError(
            f"Deze database bevat {real} echte vergadering(en); demogegevens worden alleen in "
            "een lege database gezet (of forceer het bewust)."
        )


def create_demo(
    db: sqlite_utils.Database,
    years: int = 2,
    seed: int = 1,
    *,
    force: bool = False,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> DemoSummary:
    """Fill the database with demo meetings, beelden and realisations for the last years.

    All or nothing (one transaction). progress(done, total) is called after each meeting
    (and with done == total after the beelden of each basisteam); an exception raised from
    it cancels the whole demo. Beelden start in 2000; real beelden and realisations are kept.
    """
    _check_request(db, years, seed, force)
    today = today or dt.date.today()
    first_year = today.year - years + 1
    with db.atomic():
        meetings = MeetingGenerator(db, seed, today)
        bodies = [body for body in list_bodies(db) if body.kind == "basisteamdriehoek"]
        schedule = meetings.schedule(bodies, first_year, today.year)
        for done, (day, plan) in enumerate(schedule, start=1):
            meetings.meeting(plan, day)
            if progress is not None:
                progress(done, len(schedule))
        meetings.finish()
        beelden = BeeldGenerator(db, seed, today, meetings.outcomes)
        for body in bodies:
            beelden.body(body, first_year, today.year)
            if progress is not None:
                progress(len(schedule), len(schedule))
        realisations = add_demo_realisations(db, seed, today, first_year)
        db.execute(
            """INSERT INTO demo_data (id, seed, years, first_year, last_year, created_at)
               VALUES (1, ?, ?, ?, ?, ?)""",
            [seed, years, first_year, today.year, now_iso()],
        )
    optimize_search_index(db)
    return DemoSummary(**meetings.counts, **beelden.counts, realisations=realisations)


def remove_demo(db: sqlite_utils.Database) -> int:
    """Remove every generated meeting, beeld, realisation and fictional person and the mark.

    Returns the number of meetings removed; real meetings, beelden and realisations stay.
    """
    with db.atomic():
        for beeld_id in sorted(demo_beeld_ids(db)):
            delete_beeld(db, beeld_id)
        for indicator, eenheid, category, year in demo_realisation_keys(db):
            delete_realisation(db, indicator, year, eenheid=eenheid, category=category)
        demo = "SELECT meeting_id FROM demo_meetings"
        count = db.execute("SELECT count(*) FROM demo_meetings").fetchone()[0]
        db.execute(f"DELETE FROM action_history WHERE meeting_id IN ({demo})")
        db.execute(
            f"""UPDATE meetings SET approved_in_meeting_id = NULL
                WHERE approved_in_meeting_id IN ({demo}) AND id NOT IN ({demo})"""
        )
        db.execute(
            f"""UPDATE meeting_versions SET approved_in_meeting_id = NULL
                WHERE approved_in_meeting_id IN ({demo}) AND meeting_id NOT IN ({demo})"""
        )
        db.execute(f"DELETE FROM meetings WHERE id IN ({demo})")
        db.execute(
            """DELETE FROM people WHERE id IN (SELECT person_id FROM demo_people)
               AND id NOT IN (SELECT person_id FROM attendance)
               AND id NOT IN (SELECT person_id FROM body_members)
               AND id NOT IN (SELECT chair_id FROM meetings WHERE chair_id IS NOT NULL)"""
        )
        if real_meeting_count(db) == 0:
            db.execute(
                """DELETE FROM decision_counters WHERE NOT EXISTS (
                       SELECT 1 FROM decisions d WHERE d.body_id = decision_counters.body_id
                       AND d.year = decision_counters.year)"""
            )
        db.execute("DELETE FROM demo_people")
        db.execute("DELETE FROM demo_data")
    optimize_search_index(db)
    return count

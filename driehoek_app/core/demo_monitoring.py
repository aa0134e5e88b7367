"""Demo realisations for the Veiligheidsagenda targets, so that Monitoring shows progress.

Per demo year and target of Noord-Holland a fictional figure near the target (or the last
target set); the current year gets the part realised so far. A total is the sum of its
parts, and a 'waarvan' figure stays within its part. Every note says it is fictional, the
rows are marked in demo_realisations, and a figure someone already entered is kept.
"""

import datetime as dt
import random

import sqlite_utils

from driehoek_app.core.demo_dates import stamp
from driehoek_app.core.meeting_base import dutch_date
from driehoek_app.core.monitoring import TargetKey, get_realisation, overview, set_realisation
from driehoek_app.core.ondermijning_schema import MIN_YEAR
from driehoek_app.core.reference import targets

NOTE = "Fictieve demowaarde."
NOTE_SO_FAR = "Fictieve demowaarde; stand per {datum}."
STOCK_MEASURES = ("fte", "dossiers")  # a level at a moment, not a count over the year
WAARVAN = "waarvan"


def _rounded(value: float, measure: str) -> float:
    """Return a figure as it would be reported: fte to one decimal, the rest whole."""
    return round(value, 1) if measure == "fte" else float(round(value))


def _parts(db: sqlite_utils.Database, key: TargetKey) -> list[str]:
    """Return the categories that add up to a total (same indicator, part of its eenheid)."""
    if key.category:
        return []
    return sorted(
        {t.category for t in targets(db) if t.indicator == key.indicator
         and t.eenheid == key.eenheid and t.category and t.part_of == key.eenheid}
    )  # fmt: skip


def _year_figures(
    db: sqlite_utils.Database, rng: random.Random, year: int, elapsed: float
) -> dict[TargetKey, float]:
    """Return a fictional figure for every target of the year that has (had) a value."""
    rows = overview(db, year)
    figures: dict[TargetKey, float] = {}
    bases = {}
    for row in rows:
        factor = rng.uniform(0.75, 1.15)
        base = row.target if row.target is not None else row.last_target
        if base:
            share = 1.0 if row.key.measure in STOCK_MEASURES else elapsed
            figures[row.key] = _rounded(base * factor * share, row.key.measure)
            bases[row.key] = base
    by_category = {(key.indicator, key.category): key for key in figures}
    for key in list(figures):
        parts = [by_category[(key.indicator, c)] for c in _parts(db, key)
                 if (key.indicator, c) in by_category]  # fmt: skip
        if parts:
            figures[key] = _rounded(sum(figures[part] for part in parts), key.measure)
        if key.category.startswith(WAARVAN):
            larger = [figures[k] for k in figures if k.indicator == key.indicator
                      and k.category and not k.category.startswith(WAARVAN)
                      and bases[k] > bases[key]]  # fmt: skip
            figures[key] = min([figures[key], *larger])
    return figures


def add_demo_realisations(
    db: sqlite_utils.Database, seed: int, today: dt.date, first_year: int
) -> int:
    """Enter fictional realisations for the demo years (inside the caller's transaction)."""
    rng = random.Random(f"driehoek-demo-monitoring-{seed}")
    made = 0
    for year in range(max(first_year, MIN_YEAR), today.year + 1):
        current = year == today.year
        elapsed = (today - dt.date(year, 1, 1)).days / 365 if current else 1.0
        note = NOTE_SO_FAR.format(datum=dutch_date(today.isoformat())) if current else NOTE
        for key, value in _year_figures(db, rng, year, elapsed).items():
            where = {"eenheid": key.eenheid, "category": key.category}
            if get_realisation(db, key.indicator, year, **where) is not None:
                continue  # entered by someone: keep it
            set_realisation(db, key.indicator, year, value, note=note, **where)
            row_id = db.execute(
                """SELECT id FROM realisations WHERE indicator = ? AND eenheid = ?
                   AND category = ? AND year = ?""",
                [key.indicator, key.eenheid, key.category, year],
            ).fetchone()[0]
            when = stamp(min(dt.date(year, 12, 31), today), "08:30")
            db.execute("UPDATE realisations SET updated_at = ? WHERE id = ?", [when, row_id])
            db.execute("INSERT INTO demo_realisations (realisation_id) VALUES (?)", [row_id])
            made += 1
    return made

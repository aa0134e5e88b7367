"""Monitoring of the Veiligheidsagenda: realisations per target and year, progress, chart series.

A target is named by (indicator, eenheid, category) as seeded from the IMV document; a
realisation is the figure achieved in one year. The target of a year is the seeded value
for that year, or else a standing target without a year (executiedossiers, fte). Progress
is realised / target. Years without a seeded target (after 2022) have no progress; the
overview then names the last target that was set, so nobody mistakes it for a new one.
"""

import math
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from driehoek_app.core.meeting_base import ValidationError, check_text, now_iso
from driehoek_app.core.ondermijningsbeeld import check_year
from driehoek_app.core.reference import NOORD_HOLLAND

MAX_VALUE = 1e9


@dataclass(frozen=True)
class TargetKey:
    """One monitored indicator of one eenheid (and category), with its wording."""

    indicator: str
    eenheid: str
    category: str
    label: str
    measure: str
    goal_code: str
    goal_title: str


@dataclass(frozen=True)
class Realisation:
    """The figure realised for a target in one year."""

    indicator: str
    eenheid: str
    category: str
    year: int
    value: float
    note: str
    updated_at: str


@dataclass(frozen=True)
class SeriesPoint:
    """One year of a chart series: target, realised and progress (None where unknown)."""

    year: int
    target: float | None
    realised: float | None

    @property
    def progress(self) -> float | None:
        """Return realised / target, or None when either is missing or the target is 0."""
        return progress(self.realised, self.target)


@dataclass(frozen=True)
class TargetProgress:
    """A target in the overview of one year."""

    key: TargetKey
    year: int
    target: float | None
    standing: bool
    last_target: float | None
    last_target_year: int | None
    realised: float | None
    note: str

    @property
    def progress(self) -> float | None:
        """Return realised / target, or None when either is missing or the target is 0."""
        return progress(self.realised, self.target)


def progress(realised: float | None, target: float | None) -> float | None:
    """Return realised / target (1.0 = target met), or None when it cannot be computed."""
    if realised is None or target is None or target <= 0:
        return None
    return realised / target


_KEY_SQL = """
    SELECT t.indicator, t.eenheid, t.category, t.indicator_label AS label, t.measure,
           t.goal_code, g.title AS goal_title, MIN(t.id) AS first_id
    FROM targets t JOIN policy_goals g ON g.code = t.goal_code
    WHERE (:eenheid IS NULL OR t.eenheid = :eenheid)
    GROUP BY t.indicator, t.eenheid, t.category
    ORDER BY first_id"""


def target_keys(db: sqlite_utils.Database, eenheid: str | None = NOORD_HOLLAND) -> list[TargetKey]:
    """Return the monitored indicators of an eenheid (None: of every eenheid) in seed order."""
    return [
        TargetKey(**{k: v for k, v in row.items() if k != "first_id"})
        for row in db.query(_KEY_SQL, {"eenheid": eenheid})
    ]


def get_target_key(
    db: sqlite_utils.Database, indicator: str, eenheid: str = NOORD_HOLLAND, category: str = ""
) -> TargetKey:
    """Return the key of a seeded target, or raise ValidationError listing the indicators."""
    for key in target_keys(db, eenheid):
        if key.indicator == indicator and key.category == category:
            return key
    known = sorted({key.indicator for key in target_keys(db, eenheid)})
    what = f"{indicator!r}" + (f" ({category})" if category else "")
    raise ValidationError(
        f"Indicator {what} heeft geen streefcijfer voor {eenheid}; "
        f"geldig zijn: {', '.join(known) or 'geen'}."
    )


def _check_value(value: Any) -> float:
    """Return a realised figure as a float, or raise ValidationError."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValidationError("Realisatie: geef een getal.")
    if not 0 <= value <= MAX_VALUE:
        raise ValidationError("Realisatie: het getal moet 0 of meer zijn.")
    return float(value)


def set_realisation(
    db: sqlite_utils.Database,
    indicator: str,
    year: int,
    value: float,
    *,
    eenheid: str = NOORD_HOLLAND,
    category: str = "",
    note: str = "",
) -> Realisation:
    """Enter (or correct) the figure realised for a target in a year."""
    check_year(year)
    value = _check_value(value)
    check_text(note, "Toelichting bij de realisatie", long=True)
    with db.atomic():
        get_target_key(db, indicator, eenheid, category)
        db.execute(
            """INSERT INTO realisations (indicator, eenheid, category, year, value, note,
                   updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT (indicator, eenheid, category, year) DO UPDATE SET
                   value = excluded.value, note = excluded.note,
                   updated_at = excluded.updated_at""",
            [indicator, eenheid, category, year, value, note, now_iso()],
        )
        row = db.execute(
            """SELECT indicator, eenheid, category, year, value, note, updated_at
               FROM realisations WHERE indicator = ? AND eenheid = ? AND category = ?
               AND year = ?""",
            [indicator, eenheid, category, year],
        ).fetchone()
        return Realisation(*row)


def get_realisation(
    db: sqlite_utils.Database,
    indicator: str,
    year: int,
    *,
    eenheid: str = NOORD_HOLLAND,
    category: str = "",
) -> Realisation | None:
    """Return the realisation of a target in a year, or None when none was entered."""
    rows = list(
        db.query(
            """SELECT indicator, eenheid, category, year, value, note, updated_at
               FROM realisations WHERE indicator = ? AND eenheid = ? AND category = ?
               AND year = ?""",
            [indicator, eenheid, category, year],
        )
    )
    return Realisation(**rows[0]) if rows else None


def delete_realisation(
    db: sqlite_utils.Database,
    indicator: str,
    year: int,
    *,
    eenheid: str = NOORD_HOLLAND,
    category: str = "",
) -> Realisation | None:
    """Remove a realisation; return what was removed (None when there was none)."""
    with db.atomic():
        found = get_realisation(db, indicator, year, eenheid=eenheid, category=category)
        db.execute(
            """DELETE FROM realisations WHERE indicator = ? AND eenheid = ? AND category = ?
               AND year = ?""",
            [indicator, eenheid, category, year],
        )
        return found


def list_realisations(
    db: sqlite_utils.Database, eenheid: str | None = NOORD_HOLLAND, year: int | None = None
) -> list[Realisation]:
    """Return the realisations (of an eenheid and/or year) by indicator and year."""
    sql = """SELECT indicator, eenheid, category, year, value, note, updated_at FROM realisations
             WHERE (:eenheid IS NULL OR eenheid = :eenheid) AND (:year IS NULL OR year = :year)
             ORDER BY indicator, category, year"""
    return [Realisation(**row) for row in db.query(sql, {"eenheid": eenheid, "year": year})]


def _targets_by_year(db: sqlite_utils.Database, key: TargetKey) -> dict[int | None, float | None]:
    """Return the seeded target values of a key by year (None: a standing target)."""
    sql = """SELECT year, value FROM targets WHERE indicator = ? AND eenheid = ? AND category = ?
             ORDER BY year"""
    rows = db.execute(sql, [key.indicator, key.eenheid, key.category]).fetchall()
    return {year: value for year, value in rows}


def target_for_year(
    db: sqlite_utils.Database, key: TargetKey, year: int
) -> tuple[float | None, bool]:
    """Return (target, standing) for a year: the year's own value, else the standing one."""
    by_year = _targets_by_year(db, key)
    if year in by_year:
        return by_year[year], False
    if None in by_year:
        return by_year[None], True
    return None, False


def _realised_by_year(db: sqlite_utils.Database, key: TargetKey) -> dict[int, Realisation]:
    """Return the realisations of a key by year."""
    sql = """SELECT indicator, eenheid, category, year, value, note, updated_at FROM realisations
             WHERE indicator = ? AND eenheid = ? AND category = ?"""
    rows = db.query(sql, [key.indicator, key.eenheid, key.category])
    return {row["year"]: Realisation(**row) for row in rows}


def series(
    db: sqlite_utils.Database,
    key: TargetKey,
    first_year: int | None = None,
    last_year: int | None = None,
) -> list[SeriesPoint]:
    """Return one point per year for a chart: target line and realised bars.

    Without bounds the series runs from the first to the last year that has a target or a
    realisation; given bounds widen (never narrow) that range. Empty when there is nothing.
    """
    targets = _targets_by_year(db, key)
    realised = _realised_by_year(db, key)
    years = [year for year in targets if year is not None] + list(realised)
    years += [year for year in (first_year, last_year) if year is not None]
    if not years:
        return []
    points = []
    for year in range(min(years), max(years) + 1):
        target = targets.get(year, targets.get(None))
        value = realised[year].value if year in realised else None
        points.append(SeriesPoint(year, target, value))
    return points


def overview(
    db: sqlite_utils.Database, year: int, eenheid: str = NOORD_HOLLAND
) -> list[TargetProgress]:
    """Return every target of an eenheid for a year, with realisation and progress."""
    check_year(year)
    rows = []
    for key in target_keys(db, eenheid):
        target, standing = target_for_year(db, key, year)
        earlier = [(y, v) for y, v in _targets_by_year(db, key).items()
                   if y is not None and y < year and v is not None]  # fmt: skip
        last_year, last_value = max(earlier) if earlier and target is None else (None, None)
        found = _realised_by_year(db, key).get(year)
        rows.append(
            TargetProgress(
                key=key,
                year=year,
                target=target,
                standing=standing,
                last_target=last_value,
                last_target_year=last_year,
                realised=found.value if found else None,
                note=found.note if found else "",
            )
        )
    return rows

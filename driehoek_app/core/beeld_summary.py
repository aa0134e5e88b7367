"""Figures over the ondermijningsbeelden of a year: results, interventions, signals, phenomena.

Scope: the beelden of one year, of one basisteam or of every basisteam (the unit).
Interventions and signals count in the year of the beeld they belong to.
"""

from dataclasses import dataclass

import sqlite_utils

from driehoek_app.core.ondermijning_schema import (
    INTERVENTION_KINDS,
    INTERVENTION_STATUSES,
    PARTNERS,
    RESULT_KINDS,
)
from driehoek_app.core.ondermijningsbeeld import basisteam_id, check_year


@dataclass(frozen=True)
class ResultTotal:
    """The results of one kind: how often, the amount in cents, from how many interventions."""

    kind: str
    count: int
    amount_cents: int | None
    interventions: int


@dataclass(frozen=True)
class InterventionCount:
    """The interventions of one kind, by status."""

    kind: str
    by_status: dict[str, int]

    @property
    def total(self) -> int:
        """Return the number of interventions of this kind."""
        return sum(self.by_status.values())


@dataclass(frozen=True)
class PhenomenonSpread:
    """How one phenomenon shows across the beelden of a year (the unit view)."""

    code: str
    label: str
    beelden: int
    max_ernst: int | None
    mean_ernst: float | None
    rising: int
    falling: int


def _scope(db: sqlite_utils.Database, year: int, basisteam: str | int | None) -> dict:
    """Return the query parameters for a year and an optional basisteam."""
    check_year(year)
    return {"year": year, "team": None if basisteam is None else basisteam_id(db, basisteam)}


_BEELDEN = "SELECT id FROM beelden WHERE year = :year AND (:team IS NULL OR basisteam_id = :team)"


def result_totals(
    db: sqlite_utils.Database, year: int, basisteam: str | int | None = None
) -> list[ResultTotal]:
    """Return the results per kind (in RESULT_KINDS order), kinds without results left out."""
    sql = f"""SELECT r.kind, SUM(r.count) AS count, SUM(r.amount_cents) AS amount_cents,
                     COUNT(DISTINCT r.intervention_id) AS interventions
              FROM intervention_results r JOIN interventions i ON i.id = r.intervention_id
              WHERE i.beeld_id IN ({_BEELDEN}) GROUP BY r.kind"""
    rows = {row["kind"]: ResultTotal(**row) for row in db.query(sql, _scope(db, year, basisteam))}
    return [rows[kind] for kind in RESULT_KINDS if kind in rows]


def seized_cents(db: sqlite_utils.Database, year: int, basisteam: str | int | None = None) -> int:
    """Return the sum of all amounts (beslag, ontneming, naheffing, boete) in cents."""
    return sum(total.amount_cents or 0 for total in result_totals(db, year, basisteam))


def intervention_counts(
    db: sqlite_utils.Database, year: int, basisteam: str | int | None = None
) -> list[InterventionCount]:
    """Return the interventions per kind and status (every kind, zeros included)."""
    sql = f"""SELECT kind, status, COUNT(*) AS n FROM interventions
              WHERE beeld_id IN ({_BEELDEN}) GROUP BY kind, status"""
    counts = {kind: dict.fromkeys(INTERVENTION_STATUSES, 0) for kind in INTERVENTION_KINDS}
    for row in db.query(sql, _scope(db, year, basisteam)):
        counts[row["kind"]][row["status"]] = row["n"]
    return [InterventionCount(kind, counts[kind]) for kind in INTERVENTION_KINDS]


def signal_outcomes(
    db: sqlite_utils.Database, year: int, basisteam: str | int | None = None
) -> dict[str, int]:
    """Return the signals per triage outcome: 'te wegen', each partner, 'geen vervolg'."""
    counts = {"te wegen": 0, **dict.fromkeys(PARTNERS, 0), "geen vervolg": 0}
    sql = f"""SELECT COALESCE(partner, triage) AS outcome, COUNT(*) AS n FROM signals
              WHERE beeld_id IN ({_BEELDEN}) GROUP BY outcome"""
    for row in db.query(sql, _scope(db, year, basisteam)):
        counts[row["outcome"]] = row["n"]
    return counts


def phenomenon_spread(db: sqlite_utils.Database, year: int) -> list[PhenomenonSpread]:
    """Return per phenomenon in how many beelden of the year it appears, most widespread first."""
    sql = f"""SELECT p.code, p.label, COUNT(*) AS beelden, MAX(e.ernst) AS max_ernst,
                     AVG(e.ernst) AS mean_ernst,
                     TOTAL(e.trend = 'stijgend') AS rising, TOTAL(e.trend = 'dalend') AS falling
              FROM beeld_phenomena e JOIN phenomena p ON p.code = e.phenomenon_code
              WHERE e.beeld_id IN ({_BEELDEN})
              GROUP BY p.code ORDER BY beelden DESC, max_ernst DESC, p.position"""
    return [
        PhenomenonSpread(**{**row, "rising": int(row["rising"]), "falling": int(row["falling"])})
        for row in db.query(sql, _scope(db, year, None))
    ]

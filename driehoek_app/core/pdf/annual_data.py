"""Everything the Jaarrapportage shows, gathered from the database in one pass (no layout here).

Scope: one basisteam, or the unit (every body and every beeld of the year). The targets of
the Veiligheidsagenda are those of the eenheid Noord-Holland in both cases.
"""

import datetime as dt
from dataclasses import dataclass, field

import pandas as pd
import sqlite_utils

from driehoek_app.core.attention import (
    DecisionLine,
    ThemeAttention,
    attention_by_basisteam,
    theme_attention,
    theme_decisions,
    total_attention,
    withheld_decision_count,
)
from driehoek_app.core.beeld_compare import BeeldComparison, compare_years
from driehoek_app.core.beeld_phenomena import PhenomenonEntry, list_entries
from driehoek_app.core.beeld_summary import (
    InterventionCount,
    PhenomenonSpread,
    ResultTotal,
    intervention_counts,
    phenomenon_spread,
    result_totals,
    signal_outcomes,
)
from driehoek_app.core.interventions import Intervention, list_interventions
from driehoek_app.core.monitoring import SeriesPoint, TargetProgress, overview, series
from driehoek_app.core.ondermijningsbeeld import Beeld, basisteam_id, check_year, list_beelden
from driehoek_app.core.reference import NOORD_HOLLAND

SERIES_FIRST_YEAR = 2019  # the first year of the IMV's targets


@dataclass(frozen=True)
class ThemeSection:
    """One IMV theme: its attention and the decisions taken under it."""

    attention: ThemeAttention
    decisions: tuple[DecisionLine, ...]
    withheld_decisions: int


@dataclass(frozen=True)
class BeeldSection:
    """One basisteam's beeld of the year, with the comparison to the year before."""

    beeld: Beeld
    entries: tuple[PhenomenonEntry, ...]
    comparison: BeeldComparison
    signal_outcomes: dict[str, int]
    interventions: tuple[Intervention, ...]


@dataclass(frozen=True)
class TargetSection:
    """One monitored target: the year's overview row and the series for its chart."""

    progress: TargetProgress
    points: tuple[SeriesPoint, ...]


@dataclass(frozen=True)
class AnnualReportData:
    """The figures of a Jaarrapportage."""

    year: int
    basisteam: str | None
    district: str | None
    made_on: dt.date
    themes: tuple[ThemeSection, ...]
    total: ThemeAttention
    attention_by_basisteam: pd.DataFrame | None
    beelden: tuple[BeeldSection, ...]
    basisteams_without_beeld: tuple[str, ...]
    phenomenon_spread: tuple[PhenomenonSpread, ...]
    signal_outcomes: dict[str, int]
    intervention_counts: tuple[InterventionCount, ...]
    result_totals: tuple[ResultTotal, ...]
    targets: tuple[TargetSection, ...]
    include_confidential: bool = False
    theme_titles: dict[str, str] = field(default_factory=dict)

    @property
    def scope_name(self) -> str:
        """Return 'Basisteam Haarlem' or 'Eenheid Noord-Holland'."""
        return f"Basisteam {self.basisteam}" if self.basisteam else f"Eenheid {NOORD_HOLLAND}"


def _targets(db: sqlite_utils.Database, year: int) -> tuple[TargetSection, ...]:
    """Return every Noord-Holland target with its series from 2019 up to the year."""
    sections = []
    for row in overview(db, year):
        points = series(db, row.key, SERIES_FIRST_YEAR, year)
        points = [p for p in points if p.year <= year]
        sections.append(TargetSection(row, tuple(points)))
    return tuple(sections)


def _beeld_section(db: sqlite_utils.Database, beeld: Beeld) -> BeeldSection:
    """Return the content of one beeld with its comparison to the year before."""
    return BeeldSection(
        beeld=beeld,
        entries=tuple(list_entries(db, beeld.id)),
        comparison=compare_years(db, beeld.basisteam_id, beeld.year),
        signal_outcomes=signal_outcomes(db, beeld.year, beeld.basisteam_id),
        interventions=tuple(list_interventions(db, beeld.id)),
    )


def gather_annual_report(
    db: sqlite_utils.Database,
    year: int,
    basisteam: str | int | None = None,
    *,
    include_confidential: bool = False,
    made_on: dt.date | None = None,
) -> AnnualReportData:
    """Collect the figures of the Jaarrapportage of a year, for a basisteam or the unit."""
    check_year(year)
    team = None if basisteam is None else basisteam_id(db, basisteam)
    names = dict(
        db.execute(
            """SELECT b.id, b.name FROM basisteams b JOIN districts d ON d.code = b.district_code
               ORDER BY d.position, b.position"""
        ).fetchall()
    )
    district = None
    if team is not None:
        district = db.execute(
            """SELECT d.name FROM basisteams b JOIN districts d ON d.code = b.district_code
               WHERE b.id = ?""",
            [team],
        ).fetchone()[0]
    sections = []
    for row in theme_attention(db, year, team):
        decisions = theme_decisions(
            db, year, row.theme_code, team, include_confidential=include_confidential
        )
        withheld = 0 if include_confidential else withheld_decision_count(
            db, year, row.theme_code, team
        )  # fmt: skip
        sections.append(ThemeSection(row, tuple(decisions), withheld))
    beelden = list_beelden(db, team, year)
    with_beeld = {b.basisteam_id for b in beelden}
    teams = [team] if team is not None else list(names)
    return AnnualReportData(
        year=year,
        basisteam=names[team] if team is not None else None,
        district=district,
        made_on=made_on or dt.date.today(),
        themes=tuple(sections),
        total=total_attention(db, year, team),
        attention_by_basisteam=attention_by_basisteam(db, year) if team is None else None,
        beelden=tuple(_beeld_section(db, beeld) for beeld in beelden),
        basisteams_without_beeld=tuple(names[t] for t in teams if t not in with_beeld),
        phenomenon_spread=tuple(phenomenon_spread(db, year)) if team is None else (),
        signal_outcomes=signal_outcomes(db, year, team),
        intervention_counts=tuple(intervention_counts(db, year, team)),
        result_totals=tuple(result_totals(db, year, team)),
        targets=_targets(db, year),
        include_confidential=include_confidential,
        theme_titles=dict(db.execute("SELECT code, title FROM themes").fetchall()),
    )

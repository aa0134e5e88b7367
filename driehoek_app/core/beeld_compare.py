"""What changed in a basisteam's ondermijningsbeeld since the year before, phenomenon by phenomenon.

Each phenomenon gets one status:
- nieuw: in this year's beeld, not in last year's;
- verdwenen: in last year's beeld, not in this year's;
- gegroeid / gekrompen: the ernst went up / down; with equal ernst, the omvang went up /
  down; with both equal, the trend of this year says stijgend / dalend;
- ongewijzigd: none of these. A score left empty in either year is not compared.
Ernst weighs more than omvang because it is the harm the driehoek acts on.
"""

from dataclasses import dataclass

import sqlite_utils

from driehoek_app.core.beeld_phenomena import PhenomenonEntry, list_entries
from driehoek_app.core.ondermijningsbeeld import Beeld, basisteam_id, check_year, find_beeld

STATUSES = ("nieuw", "gegroeid", "gekrompen", "ongewijzigd", "verdwenen")


@dataclass(frozen=True)
class PhenomenonChange:
    """How one phenomenon changed between two beelden."""

    code: str
    label: str
    status: str
    before: PhenomenonEntry | None
    after: PhenomenonEntry | None

    @property
    def ernst_delta(self) -> int | None:
        """Return the change in ernst (None when either year has none)."""
        return _delta(self.before and self.before.ernst, self.after and self.after.ernst)

    @property
    def omvang_delta(self) -> int | None:
        """Return the change in omvang (None when either year has none)."""
        return _delta(self.before and self.before.omvang, self.after and self.after.omvang)


@dataclass(frozen=True)
class BeeldComparison:
    """The comparison of a basisteam's beeld with the beeld of an earlier year."""

    basisteam_name: str
    year: int
    previous_year: int
    current: Beeld | None
    previous: Beeld | None
    changes: tuple[PhenomenonChange, ...]

    def count(self, status: str) -> int:
        """Return how many phenomena have this status."""
        return sum(1 for change in self.changes if change.status == status)

    def counts(self) -> dict[str, int]:
        """Return the number of phenomena per status, in STATUSES order."""
        return {status: self.count(status) for status in STATUSES}

    def by_status(self, status: str) -> list[PhenomenonChange]:
        """Return the changes with this status."""
        return [change for change in self.changes if change.status == status]


def _delta(before: int | None, after: int | None) -> int | None:
    """Return after - before, or None when either is unknown."""
    if before is None or after is None:
        return None
    return after - before


def change_status(before: PhenomenonEntry | None, after: PhenomenonEntry | None) -> str:
    """Return the status of one phenomenon between two beelden (see the module text)."""
    if before is None:
        return "nieuw"
    if after is None:
        return "verdwenen"
    for delta in (_delta(before.ernst, after.ernst), _delta(before.omvang, after.omvang)):
        if delta:
            return "gegroeid" if delta > 0 else "gekrompen"
    if after.trend == "stijgend":
        return "gegroeid"
    if after.trend == "dalend":
        return "gekrompen"
    return "ongewijzigd"


def compare_entries(
    before: list[PhenomenonEntry], after: list[PhenomenonEntry]
) -> list[PhenomenonChange]:
    """Compare two lists of entries: this year's order first, then the phenomena that went."""
    old = {entry.phenomenon_code: entry for entry in before}
    new = {entry.phenomenon_code: entry for entry in after}
    changes = [
        PhenomenonChange(
            code, entry.label, change_status(old.get(code), entry), old.get(code), entry
        )
        for code, entry in new.items()
    ]
    changes.extend(
        PhenomenonChange(code, entry.label, "verdwenen", entry, None)
        for code, entry in old.items()
        if code not in new
    )
    return changes


def compare_years(
    db: sqlite_utils.Database,
    basisteam: str | int,
    year: int,
    previous_year: int | None = None,
) -> BeeldComparison:
    """Compare the beeld of a basisteam in year with that of previous_year (default year - 1)."""
    check_year(year)
    previous_year = year - 1 if previous_year is None else check_year(previous_year, "Vorig jaar")
    team = basisteam_id(db, basisteam)
    name = db.execute("SELECT name FROM basisteams WHERE id = ?", [team]).fetchone()[0]
    current = find_beeld(db, team, year)
    previous = find_beeld(db, team, previous_year)
    after = list_entries(db, current.id) if current else []
    before = list_entries(db, previous.id) if previous else []
    return BeeldComparison(
        basisteam_name=name,
        year=year,
        previous_year=previous_year,
        current=current,
        previous=previous,
        changes=tuple(compare_entries(before, after)),
    )

"""The fenomenen of a beeld: narrative, assessment (ernst, omvang, trend, betrouwbaarheid), places.

Ernst and omvang are scores from 1 to 5 (see ERNST_LABELS and OMVANG_LABELS for the words
printed beside them); trend is stijgend, stabiel or dalend; betrouwbaarheid (how sure the
assessment is) laag, midden or hoog. Each may be left empty while unknown. Places are the
wijken and sectors where the phenomenon shows. A phenomenon appears at most once per beeld.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from driehoek_app.core.meeting_base import (
    NotFoundError,
    ValidationError,
    check_choice,
    check_fields,
    check_text,
    clamp_position,
    next_position,
    renumber,
)
from driehoek_app.core.ondermijning_schema import (
    BETROUWBAARHEDEN,
    ERNST_LABELS,
    OMVANG_LABELS,
    TRENDS,
)
from driehoek_app.core.ondermijningsbeeld import get_beeld, touch_beeld
from driehoek_app.core.phenomena import resolve_phenomenon

ENTRY_FIELDS = (
    "narrative", "ernst", "omvang", "omvang_toelichting", "trend", "betrouwbaarheid",
    "wijken", "sectors",
)  # fmt: skip
SECTOR_SUGGESTIONS = (
    "horeca", "vastgoed", "transport en logistiek", "buitengebied en agrarisch",
    "recreatieparken en jachthavens", "autobranche", "detailhandel", "bouw",
    "zorg en welzijn", "haven en luchthaven",
)  # fmt: skip


@dataclass(frozen=True)
class PhenomenonEntry:
    """One phenomenon as it shows in one beeld, with its assessment and places."""

    id: int
    beeld_id: int
    phenomenon_code: str
    label: str
    category: str
    position: int
    narrative: str
    ernst: int | None
    omvang: int | None
    omvang_toelichting: str
    trend: str | None
    betrouwbaarheid: str | None
    wijken: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()

    @property
    def ernst_text(self) -> str:
        """Return the ernst as '4 (ernstig)', or '' when unknown."""
        return scale_text(self.ernst, ERNST_LABELS)

    @property
    def omvang_text(self) -> str:
        """Return the omvang as '3 (regelmatig)', or '' when unknown."""
        return scale_text(self.omvang, OMVANG_LABELS)


def scale_text(value: int | None, labels: dict[int, str]) -> str:
    """Return a 1-5 score with its word, e.g. '4 (ernstig)'; '' for None."""
    return "" if value is None else f"{value} ({labels[value]})"


def check_scale(value: Any, labels: dict[int, str], where: str) -> int | None:
    """Return a score 1-5 (or None), or raise ValidationError naming the scale."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value not in labels:
        scale = ", ".join(f"{score} = {word}" for score, word in labels.items())
        raise ValidationError(f"{where}: geef een score van 1 tot en met 5 ({scale}).")
    return value


def check_places(values: Any, where: str) -> list[str]:
    """Return a list of distinct, non-empty place names, or raise ValidationError."""
    if isinstance(values, str) or not isinstance(values, list | tuple):
        raise ValidationError(f"{where}: geef een lijst met namen.")
    for index, value in enumerate(values):
        check_text(value, f"{where}[{index}]", required=True)
    if len({value.casefold() for value in values}) != len(values):
        raise ValidationError(f"{where}: een naam staat er meer dan eens in.")
    return list(values)


def _checked(fields: dict[str, Any]) -> dict[str, Any]:
    """Validate the assessment fields and return them unchanged."""
    check_fields(fields, ENTRY_FIELDS, "Fenomeen")
    if "narrative" in fields:
        check_text(fields["narrative"], "Beschrijving", long=True)
    if "ernst" in fields:
        check_scale(fields["ernst"], ERNST_LABELS, "Ernst")
    if "omvang" in fields:
        check_scale(fields["omvang"], OMVANG_LABELS, "Omvang")
    if "omvang_toelichting" in fields:
        check_text(fields["omvang_toelichting"], "Toelichting omvang")
    if fields.get("trend") is not None:
        check_choice(fields["trend"], TRENDS, "Trend")
    if fields.get("betrouwbaarheid") is not None:
        check_choice(fields["betrouwbaarheid"], BETROUWBAARHEDEN, "Betrouwbaarheid")
    if "wijken" in fields:
        check_places(fields["wijken"], "Wijken")
    if "sectors" in fields:
        check_places(fields["sectors"], "Sectoren")
    return fields


_ENTRY_SQL = """SELECT e.id, e.beeld_id, e.phenomenon_code, p.label, p.category, e.position,
                       e.narrative, e.ernst, e.omvang, e.omvang_toelichting, e.trend,
                       e.betrouwbaarheid
                FROM beeld_phenomena e JOIN phenomena p ON p.code = e.phenomenon_code"""


def _places(db: sqlite_utils.Database, entry_id: int, kind: str) -> tuple[str, ...]:
    """Return the wijken or sectors of an entry in their order."""
    sql = (
        "SELECT name FROM beeld_phenomenon_places WHERE entry_id = ? AND kind = ? ORDER BY position"
    )
    return tuple(row[0] for row in db.execute(sql, [entry_id, kind]).fetchall())


def _entry(db: sqlite_utils.Database, row: dict[str, Any]) -> PhenomenonEntry:
    """Build an entry from its row plus its places."""
    return PhenomenonEntry(
        **row, wijken=_places(db, row["id"], "wijk"), sectors=_places(db, row["id"], "sector")
    )


def get_entry(db: sqlite_utils.Database, entry_id: int) -> PhenomenonEntry:
    """Return one phenomenon entry, or raise NotFoundError."""
    rows = list(db.query(_ENTRY_SQL + " WHERE e.id = ?", [entry_id]))
    if not rows:
        raise NotFoundError(f"Fenomeen {entry_id} van het beeld bestaat niet.")
    return _entry(db, rows[0])


def list_entries(db: sqlite_utils.Database, beeld_id: int) -> list[PhenomenonEntry]:
    """Return the phenomena of a beeld in their order."""
    get_beeld(db, beeld_id)
    sql = _ENTRY_SQL + " WHERE e.beeld_id = ? ORDER BY e.position, e.id"
    return [_entry(db, row) for row in db.query(sql, [beeld_id])]


def _write_places(
    db: sqlite_utils.Database, entry_id: int, kind: str, names: Sequence[str]
) -> None:
    """Replace the wijken or sectors of an entry."""
    db.execute(
        "DELETE FROM beeld_phenomenon_places WHERE entry_id = ? AND kind = ?", [entry_id, kind]
    )
    for position, name in enumerate(names, start=1):
        db.execute(
            "INSERT INTO beeld_phenomenon_places (entry_id, kind, name, position)"
            " VALUES (?, ?, ?, ?)",
            [entry_id, kind, name, position],
        )


def add_entry(
    db: sqlite_utils.Database, beeld_id: int, phenomenon: str, **fields: Any
) -> PhenomenonEntry:
    """Add a phenomenon (code or label from the catalogue) to a beeld, with its assessment."""
    fields = _checked(fields)
    with db.atomic():
        get_beeld(db, beeld_id)
        found = resolve_phenomenon(db, phenomenon)
        taken = db.execute(
            "SELECT 1 FROM beeld_phenomena WHERE beeld_id = ? AND phenomenon_code = ?",
            [beeld_id, found.code],
        ).fetchone()
        if taken:
            raise ValidationError(f"Het fenomeen {found.label!r} staat al in dit beeld.")
        values = {"narrative": "", "ernst": None, "omvang": None, "omvang_toelichting": "",
                  "trend": None, "betrouwbaarheid": None}  # fmt: skip
        values.update({k: v for k, v in fields.items() if k in values})
        cursor = db.execute(
            """INSERT INTO beeld_phenomena (beeld_id, phenomenon_code, position, narrative,
                   ernst, omvang, omvang_toelichting, trend, betrouwbaarheid)
               VALUES (:beeld_id, :code, :position, :narrative, :ernst, :omvang,
                   :omvang_toelichting, :trend, :betrouwbaarheid)""",
            {**values, "beeld_id": beeld_id, "code": found.code,
             "position": next_position(db, "beeld_phenomena", "beeld_id", beeld_id)},
        )  # fmt: skip
        entry_id = cursor.lastrowid
        _write_places(db, entry_id, "wijk", fields.get("wijken", ()))
        _write_places(db, entry_id, "sector", fields.get("sectors", ()))
        touch_beeld(db, beeld_id)
        return get_entry(db, entry_id)


def update_entry(db: sqlite_utils.Database, entry_id: int, **fields: Any) -> PhenomenonEntry:
    """Change the narrative, assessment or places of a phenomenon entry."""
    fields = _checked(fields)
    with db.atomic():
        entry = get_entry(db, entry_id)
        columns = {k: v for k, v in fields.items() if k not in ("wijken", "sectors")}
        if columns:
            assignments = ", ".join(f"{key} = :{key}" for key in columns)
            db.execute(
                f"UPDATE beeld_phenomena SET {assignments} WHERE id = :id",
                {**columns, "id": entry_id},
            )
        if "wijken" in fields:
            _write_places(db, entry_id, "wijk", fields["wijken"])
        if "sectors" in fields:
            _write_places(db, entry_id, "sector", fields["sectors"])
        touch_beeld(db, entry.beeld_id)
        return get_entry(db, entry_id)


def move_entry(db: sqlite_utils.Database, entry_id: int, position: int) -> list[PhenomenonEntry]:
    """Move an entry to a 1-based position within its beeld."""
    with db.atomic():
        entry = get_entry(db, entry_id)
        order = [e.id for e in list_entries(db, entry.beeld_id) if e.id != entry_id]
        order.insert(clamp_position(position, len(order) + 1, "Fenomeen") - 1, entry_id)
        renumber(db, "beeld_phenomena", order)
        touch_beeld(db, entry.beeld_id)
        return list_entries(db, entry.beeld_id)


def delete_entry(db: sqlite_utils.Database, entry_id: int) -> PhenomenonEntry:
    """Remove a phenomenon from its beeld (its links to meetings go with it)."""
    with db.atomic():
        entry = get_entry(db, entry_id)
        db.execute("DELETE FROM beeld_phenomena WHERE id = ?", [entry_id])
        renumber(db, "beeld_phenomena", [e.id for e in list_entries(db, entry.beeld_id)])
        touch_beeld(db, entry.beeld_id)
        return entry

"""Ondermijningsbeelden: one per basisteam and year, holding fenomenen, signalen, interventies.

The beeld itself is a short description (title, summary, peildatum, made with whom) plus
its documents (see beeld_documents); what the driehoek works with is in beeld_phenomena,
signals and interventions. A beeld is vertrouwelijk unless the user says otherwise.
"""

from dataclasses import dataclass
from typing import Any

import sqlite_utils

from driehoek_app.core.meeting_base import (
    NotFoundError,
    ValidationError,
    check_choice,
    check_fields,
    check_optional_date,
    check_text,
    now_iso,
)
from driehoek_app.core.meeting_schema import CLASSIFICATIONS
from driehoek_app.core.ondermijning_schema import MAX_YEAR, MIN_YEAR

BEELD_FIELDS = ("title", "summary", "peildatum", "made_with", "classification")


@dataclass(frozen=True)
class Beeld:
    """An ondermijningsbeeld of one basisteam for one year."""

    id: int
    basisteam_id: int
    basisteam_name: str
    district_name: str
    year: int
    title: str
    summary: str
    peildatum: str | None
    made_with: str
    classification: str
    created_at: str
    updated_at: str

    @property
    def display_title(self) -> str:
        """Return the title, or 'Ondermijningsbeeld <basisteam> <year>' when none was given."""
        return self.title or f"Ondermijningsbeeld {self.basisteam_name} {self.year}"


_BEELD_SQL = """SELECT b.id, b.basisteam_id, bt.name AS basisteam_name, d.name AS district_name,
                       b.year, b.title, b.summary, b.peildatum, b.made_with, b.classification,
                       b.created_at, b.updated_at
                FROM beelden b JOIN basisteams bt ON bt.id = b.basisteam_id
                JOIN districts d ON d.code = bt.district_code"""


def check_year(year: Any, where: str = "Jaar") -> int:
    """Return a year between 2000 and 2100, or raise ValidationError."""
    if isinstance(year, bool) or not isinstance(year, int) or not MIN_YEAR <= year <= MAX_YEAR:
        raise ValidationError(f"{where}: geef een jaartal tussen {MIN_YEAR} en {MAX_YEAR}.")
    return year


def basisteam_id(db: sqlite_utils.Database, basisteam: str | int, where: str = "Basisteam") -> int:
    """Return the id of a basisteam given by name (as in the formation table) or id."""
    if isinstance(basisteam, int) and not isinstance(basisteam, bool):
        row = db.execute("SELECT id FROM basisteams WHERE id = ?", [basisteam]).fetchone()
    elif isinstance(basisteam, str):
        name = basisteam.strip()
        if name.casefold().startswith("basisteam "):
            name = name[len("basisteam ") :].strip()
        row = db.execute(
            "SELECT id FROM basisteams WHERE name = ? COLLATE NOCASE", [name]
        ).fetchone()
    else:
        row = None
    if row is None:
        valid = ", ".join(r[0] for r in db.execute("SELECT name FROM basisteams ORDER BY id"))
        raise ValidationError(f"{where}: onbekend basisteam {basisteam!r}; geldig zijn: {valid}.")
    return row[0]


def get_beeld(db: sqlite_utils.Database, beeld_id: int) -> Beeld:
    """Return one beeld, or raise NotFoundError."""
    rows = list(db.query(_BEELD_SQL + " WHERE b.id = ?", [beeld_id]))
    if not rows:
        raise NotFoundError(f"Ondermijningsbeeld {beeld_id} bestaat niet.")
    return Beeld(**rows[0])


def find_beeld(db: sqlite_utils.Database, basisteam: str | int, year: int) -> Beeld | None:
    """Return the beeld of a basisteam for a year, or None when there is none yet."""
    team = basisteam_id(db, basisteam)
    rows = list(
        db.query(_BEELD_SQL + " WHERE b.basisteam_id = ? AND b.year = ?", [team, check_year(year)])
    )
    return Beeld(**rows[0]) if rows else None


def list_beelden(
    db: sqlite_utils.Database, basisteam: str | int | None = None, year: int | None = None
) -> list[Beeld]:
    """Return the beelden (of a basisteam and/or year): basisteams in table order, newest first."""
    team = None if basisteam is None else basisteam_id(db, basisteam)
    sql = (
        _BEELD_SQL
        + """ WHERE (:team IS NULL OR b.basisteam_id = :team)
                AND (:year IS NULL OR b.year = :year)
              ORDER BY d.position, bt.position, b.year DESC"""
    )
    return [Beeld(**row) for row in db.query(sql, {"team": team, "year": year})]


def beeld_years(db: sqlite_utils.Database, basisteam: str | int | None = None) -> list[int]:
    """Return the years that have a beeld (of one basisteam, or of any), newest first."""
    team = None if basisteam is None else basisteam_id(db, basisteam)
    sql = """SELECT DISTINCT year FROM beelden WHERE (:team IS NULL OR basisteam_id = :team)
             ORDER BY year DESC"""
    return [row["year"] for row in db.query(sql, {"team": team})]


def _checked(fields: dict[str, Any]) -> dict[str, Any]:
    """Validate beeld fields and return them with the peildatum as ISO text."""
    check_fields(fields, BEELD_FIELDS, "Ondermijningsbeeld")
    result = dict(fields)
    if "title" in fields:
        check_text(fields["title"], "Titel van het beeld")
    if "summary" in fields:
        check_text(fields["summary"], "Samenvatting", long=True)
    if "made_with" in fields:
        check_text(fields["made_with"], "Opgesteld met")
    if "classification" in fields:
        check_choice(fields["classification"], CLASSIFICATIONS, "Rubricering")
    if "peildatum" in fields:
        result["peildatum"] = check_optional_date(fields["peildatum"], "Peildatum")
    return result


def create_beeld(
    db: sqlite_utils.Database, basisteam: str | int, year: int, **fields: Any
) -> Beeld:
    """Create the beeld of a basisteam for a year; refuse a second one for the same year."""
    check_year(year)
    fields = _checked(fields)
    with db.atomic():
        team = basisteam_id(db, basisteam)
        existing = find_beeld(db, team, year)
        if existing is not None:
            raise ValidationError(
                f"Er is al een ondermijningsbeeld van basisteam {existing.basisteam_name} "
                f"voor {year}."
            )
        stamp = now_iso()
        values = {"title": "", "summary": "", "peildatum": None, "made_with": "",
                  "classification": "vertrouwelijk", **fields}  # fmt: skip
        cursor = db.execute(
            """INSERT INTO beelden (basisteam_id, year, title, summary, peildatum, made_with,
                   classification, created_at, updated_at)
               VALUES (:team, :year, :title, :summary, :peildatum, :made_with,
                   :classification, :stamp, :stamp)""",
            {**values, "team": team, "year": year, "stamp": stamp},
        )
        return get_beeld(db, cursor.lastrowid)


def get_or_create_beeld(db: sqlite_utils.Database, basisteam: str | int, year: int) -> Beeld:
    """Return the beeld of a basisteam for a year, creating an empty one when there is none."""
    with db.atomic():
        return find_beeld(db, basisteam, year) or create_beeld(db, basisteam, year)


def update_beeld(db: sqlite_utils.Database, beeld_id: int, **fields: Any) -> Beeld:
    """Change title, summary, peildatum, made_with or classification of a beeld."""
    fields = _checked(fields)
    with db.atomic():
        get_beeld(db, beeld_id)
        if fields:
            assignments = ", ".join(f"{key} = :{key}" for key in fields)
            db.execute(
                f"UPDATE beelden SET {assignments}, updated_at = :stamp WHERE id = :id",
                {**fields, "stamp": now_iso(), "id": beeld_id},
            )
        return get_beeld(db, beeld_id)


def touch_beeld(db: sqlite_utils.Database, beeld_id: int) -> None:
    """Record that the beeld (or something in it) changed just now."""
    db.execute("UPDATE beelden SET updated_at = ? WHERE id = ?", [now_iso(), beeld_id])


def beeld_content_counts(db: sqlite_utils.Database, beeld_id: int) -> dict[str, int]:
    """Return how many fenomenen, signalen, interventies and documents a beeld holds."""
    counts = {}
    for key, table in (
        ("fenomenen", "beeld_phenomena"),
        ("signalen", "signals"),
        ("interventies", "interventions"),
        ("documenten", "beeld_documents"),
    ):
        counts[key] = db.execute(
            f"SELECT COUNT(*) FROM {table} WHERE beeld_id = ?", [beeld_id]
        ).fetchone()[0]
    return counts


def delete_beeld(db: sqlite_utils.Database, beeld_id: int) -> Beeld:
    """Delete a beeld with everything in it (the GUI asks for confirmation first)."""
    with db.atomic():
        beeld = get_beeld(db, beeld_id)
        db.execute("DELETE FROM beelden WHERE id = ?", [beeld_id])
        return beeld

"""Meetings of a body: create, read, list, change and remove (concept meetings only)."""

import datetime as dt
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from driehoek_app.core.meeting_base import (
    NotFoundError,
    ValidationError,
    check_choice,
    check_date,
    check_fields,
    check_text,
    check_time,
    dutch_date,
    now_iso,
    require_concept,
)
from driehoek_app.core.meeting_schema import CLASSIFICATIONS

MEETING_FIELDS = ("date", "start_time", "end_time", "location", "classification", "chair_id")


@dataclass(frozen=True)
class Meeting:
    """A meeting of a body; dates are ISO text ('2026-12-03'), times 'HH:MM'."""

    id: int
    body_id: int
    body_name: str
    body_code: str
    date: str
    start_time: str
    end_time: str
    location: str
    classification: str
    chair_id: int | None
    chair_name: str | None
    status: str
    version: int
    approved_on: str | None
    approved_in_meeting_id: int | None
    correction_reason: str
    created_at: str
    updated_at: str

    @property
    def is_read_only(self) -> bool:
        """Return True when the meeting is vastgesteld (every change is refused)."""
        return self.status == "vastgesteld"

    @property
    def title(self) -> str:
        """Return a Dutch display title such as 'Basisteamdriehoek Haarlem, 3 december 2026'."""
        return f"{self.body_name}, {dutch_date(self.date)}"

    @property
    def length_minutes(self) -> int:
        """Return the number of minutes between start and end."""
        start_h, start_m = map(int, self.start_time.split(":"))
        end_h, end_m = map(int, self.end_time.split(":"))
        return (end_h * 60 + end_m) - (start_h * 60 + start_m)


_MEETING_SQL = """
    SELECT m.id, m.body_id, b.name AS body_name, b.code AS body_code, m.date, m.start_time,
           m.end_time, m.location, m.classification, m.chair_id, p.name AS chair_name, m.status,
           m.version, m.approved_on, m.approved_in_meeting_id, m.correction_reason,
           m.created_at, m.updated_at
    FROM meetings m JOIN bodies b ON b.id = m.body_id LEFT JOIN people p ON p.id = m.chair_id
"""


def get_meeting(db: sqlite_utils.Database, meeting_id: int) -> Meeting:
    """Return one meeting, or raise NotFoundError."""
    rows = list(db.query(_MEETING_SQL + " WHERE m.id = ?", [meeting_id]))
    if not rows:
        raise NotFoundError(f"Vergadering {meeting_id} bestaat niet.")
    return Meeting(**rows[0])


def list_meetings(
    db: sqlite_utils.Database, body_id: int | None = None, today: dt.date | None = None
) -> list[Meeting]:
    """Return meetings (of one body or all): upcoming ones first (soonest first), then past."""
    today_iso = (today or dt.date.today()).isoformat()
    sql = (
        _MEETING_SQL
        + """ WHERE (:body IS NULL OR m.body_id = :body)
        ORDER BY m.date < :today,
                 CASE WHEN m.date >= :today THEN m.date END ASC,
                 CASE WHEN m.date < :today THEN m.date END DESC,
                 m.start_time, m.id"""
    )
    return [Meeting(**row) for row in db.query(sql, {"body": body_id, "today": today_iso})]


def meeting_counts(db: sqlite_utils.Database) -> dict[int, int]:
    """Return the number of meetings of every body that has any, by body id."""
    sql = "SELECT body_id, COUNT(*) FROM meetings GROUP BY body_id"
    return dict(db.execute(sql).fetchall())


def meetings_in_order(db: sqlite_utils.Database, body_id: int) -> list[Meeting]:
    """Return the meetings of a body in chronological order (date, start, id)."""
    sql = _MEETING_SQL + " WHERE m.body_id = ? ORDER BY m.date, m.start_time, m.id"
    return [Meeting(**row) for row in db.query(sql, [body_id])]


def previous_meeting(db: sqlite_utils.Database, meeting_id: int) -> Meeting | None:
    """Return the meeting of the same body just before this one (whose minutes it approves)."""
    meeting = get_meeting(db, meeting_id)
    ordered = meetings_in_order(db, meeting.body_id)
    index = [m.id for m in ordered].index(meeting_id)
    return ordered[index - 1] if index > 0 else None


def _check_chair(db: sqlite_utils.Database, chair_id: Any) -> int | None:
    """Return a valid person id for the chair (or None)."""
    if chair_id is None:
        return None
    if isinstance(chair_id, bool) or not isinstance(chair_id, int):
        raise ValidationError("Voorzitter: kies een persoon.")
    if not db.execute("SELECT 1 FROM people WHERE id = ?", [chair_id]).fetchone():
        raise NotFoundError(f"Voorzitter: persoon {chair_id} bestaat niet.")
    return chair_id


def _check_times(start: str, end: str) -> None:
    """Refuse a meeting that ends before (or when) it starts."""
    if end <= start:
        raise ValidationError(f"Eindtijd: {end} ligt niet na de begintijd {start}.")


def _checked(db: sqlite_utils.Database, fields: dict[str, Any]) -> dict[str, Any]:
    """Validate meeting fields and return them normalised (ISO date, HH:MM times)."""
    result = dict(fields)
    if "date" in fields:
        result["date"] = check_date(fields["date"], "Datum")
    for key, label in (("start_time", "Begintijd"), ("end_time", "Eindtijd")):
        if key in fields:
            result[key] = check_time(fields[key], label)
    if "location" in fields:
        check_text(fields["location"], "Locatie")
    if "classification" in fields:
        check_choice(fields["classification"], CLASSIFICATIONS, "Rubricering")
    if "chair_id" in fields:
        _check_chair(db, fields["chair_id"])
    return result


def create_meeting(
    db: sqlite_utils.Database,
    body_id: int,
    date: dt.date | str,
    start_time: dt.time | str = "09:00",
    end_time: dt.time | str = "10:30",
    location: str = "",
    classification: str = "vertrouwelijk",
    chair_id: int | None = None,
    *,
    template_id: int | None = None,
    invite_members: bool = True,
) -> Meeting:
    """Create a concept meeting, optionally with a template's agenda and the members invited."""
    from driehoek_app.core.agenda_templates import apply_template
    from driehoek_app.core.attendance import invite_body_members

    fields = _checked(
        db,
        {
            "date": date,
            "start_time": start_time,
            "end_time": end_time,
            "location": location,
            "classification": classification,
            "chair_id": chair_id,
        },
    )
    _check_times(fields["start_time"], fields["end_time"])
    with db.atomic():
        if not db.execute("SELECT 1 FROM bodies WHERE id = ?", [body_id]).fetchone():
            raise NotFoundError(f"Overleg {body_id} bestaat niet.")
        stamp = now_iso()
        cursor = db.execute(
            """INSERT INTO meetings (body_id, date, start_time, end_time, location,
                   classification, chair_id, created_at, updated_at)
               VALUES (:body_id, :date, :start_time, :end_time, :location, :classification,
                   :chair_id, :stamp, :stamp)""",
            {**fields, "body_id": body_id, "stamp": stamp},
        )
        meeting_id = cursor.lastrowid
        if template_id is not None:
            apply_template(db, meeting_id, template_id)
        if invite_members:
            invite_body_members(db, meeting_id)
        return get_meeting(db, meeting_id)


def update_meeting(db: sqlite_utils.Database, meeting_id: int, **fields: Any) -> Meeting:
    """Change date, times, location, classification or chair of a concept meeting."""
    check_fields(fields, MEETING_FIELDS, "Vergadering")
    fields = _checked(db, fields)
    with db.atomic():
        row = require_concept(db, meeting_id)
        _check_times(
            fields.get("start_time", row["start_time"]), fields.get("end_time", row["end_time"])
        )
        if fields:
            assignments = ", ".join(f"{key} = :{key}" for key in fields)
            db.execute(
                f"UPDATE meetings SET {assignments}, updated_at = :stamp WHERE id = :id",
                {**fields, "stamp": now_iso(), "id": meeting_id},
            )
        return get_meeting(db, meeting_id)


def find_meeting(
    db: sqlite_utils.Database, body_id: int, date: str, start_time: str
) -> Meeting | None:
    """Return the meeting of a body at this date and start time, if there is one."""
    sql = _MEETING_SQL + " WHERE m.body_id = ? AND m.date = ? AND m.start_time = ? ORDER BY m.id"
    rows = list(db.query(sql, [body_id, date, start_time]))
    return Meeting(**rows[0]) if rows else None


def delete_meeting(db: sqlite_utils.Database, meeting_id: int) -> dict[str, Any]:
    """Remove a concept meeting nothing else depends on; return it as a meeting-file dict.

    Undo is import_meeting(db, returned_dict): the meeting comes back (with a new id) and its
    decisions get their own numbers again.
    """
    from driehoek_app.core.meeting_exchange import export_meeting

    with db.atomic():
        row = require_concept(db, meeting_id)
        when = dutch_date(row["date"])
        checks = (
            (
                "SELECT 1 FROM meeting_versions WHERE meeting_id = ?",
                "er is al een vastgestelde versie van",
            ),
            (
                "SELECT 1 FROM meetings WHERE approved_in_meeting_id = ?",
                "in deze vergadering is een verslag vastgesteld",
            ),
            (
                "SELECT 1 FROM action_history WHERE meeting_id = ?",
                "in deze vergadering zijn acties van eerdere vergaderingen bijgewerkt",
            ),
            (
                """SELECT 1 FROM action_history h JOIN actions a ON a.id = h.action_id
                   JOIN agenda_items i ON i.id = a.item_id WHERE i.meeting_id = ?""",
                "acties uit deze vergadering zijn in een latere vergadering bijgewerkt",
            ),
        )
        for sql, reason in checks:
            if db.execute(sql, [meeting_id]).fetchone():
                raise ValidationError(
                    f"De vergadering van {when} kan niet worden verwijderd: {reason}."
                )
        data = export_meeting(db, meeting_id)
        db.execute("DELETE FROM meetings WHERE id = ?", [meeting_id])
        return data

"""The attendance list of a meeting: members and guests, present or absent (with notice)."""

from collections.abc import Sequence
from dataclasses import dataclass

import sqlite_utils

from driehoek_app.core.meeting_base import (
    ValidationError,
    check_choice,
    clamp_position,
    meeting_row,
    next_position,
    require_concept,
    touch_meeting,
)
from driehoek_app.core.meeting_schema import ATTENDANCE_STATUSES, ROLES
from driehoek_app.core.people import Person, get_person


@dataclass(frozen=True)
class Attendee:
    """One person on the attendance list of a meeting, with role and status there."""

    meeting_id: int
    person: Person
    role: str
    status: str
    position: int

    @property
    def present(self) -> bool:
        """Return True when the person was aanwezig."""
        return self.status == "aanwezig"


def list_attendance(db: sqlite_utils.Database, meeting_id: int) -> list[Attendee]:
    """Return the attendance list of a meeting in its order."""
    meeting_row(db, meeting_id)
    sql = """SELECT a.role AS attendee_role, a.status, a.position, p.*
             FROM attendance a JOIN people p ON p.id = a.person_id
             WHERE a.meeting_id = ? ORDER BY a.position"""
    return [
        Attendee(
            meeting_id=meeting_id,
            person=Person(row["id"], row["name"], row["role"], row["organisation"], row["email"]),
            role=row["attendee_role"],
            status=row["status"],
            position=row["position"],
        )
        for row in db.query(sql, [meeting_id])
    ]


def _renumber(db: sqlite_utils.Database, meeting_id: int, person_ids: list[int]) -> None:
    """Set positions 1..n on the attendance list in the order of person_ids."""
    for position, person_id in enumerate(person_ids, start=1):
        db.execute(
            "UPDATE attendance SET position = ? WHERE meeting_id = ? AND person_id = ?",
            [position, meeting_id, person_id],
        )


def _default_role(db: sqlite_utils.Database, meeting_id: int, person: Person) -> str:
    """Return the role of a person in the meeting's body, else their own role."""
    row = db.execute(
        """SELECT bm.role FROM body_members bm JOIN meetings m ON m.body_id = bm.body_id
           WHERE m.id = ? AND bm.person_id = ?""",
        [meeting_id, person.id],
    ).fetchone()
    return row[0] if row else person.role


def set_attendance(
    db: sqlite_utils.Database,
    meeting_id: int,
    person_id: int,
    status: str | None = None,
    role: str | None = None,
) -> list[Attendee]:
    """Put a person on the list (default aanwezig) or change their status or role there."""
    if status is not None:
        check_choice(status, ATTENDANCE_STATUSES, "Aanwezigheid")
    if role is not None:
        check_choice(role, ROLES, "Rol")
    with db.atomic():
        require_concept(db, meeting_id)
        person = get_person(db, person_id)
        current = db.execute(
            "SELECT role, status FROM attendance WHERE meeting_id = ? AND person_id = ?",
            [meeting_id, person_id],
        ).fetchone()
        if current is None:
            db.execute(
                """INSERT INTO attendance (meeting_id, person_id, role, status, position)
                   VALUES (?, ?, ?, ?, ?)""",
                [
                    meeting_id,
                    person_id,
                    role or _default_role(db, meeting_id, person),
                    status or "aanwezig",
                    next_position(db, "attendance", "meeting_id", meeting_id),
                ],
            )
        else:
            db.execute(
                "UPDATE attendance SET role = ?, status = ? WHERE meeting_id = ? AND person_id = ?",
                [role or current[0], status or current[1], meeting_id, person_id],
            )
        touch_meeting(db, meeting_id)
        return list_attendance(db, meeting_id)


def remove_attendee(db: sqlite_utils.Database, meeting_id: int, person_id: int) -> list[Attendee]:
    """Take a person off the attendance list of a concept meeting."""
    with db.atomic():
        require_concept(db, meeting_id)
        db.execute(
            "DELETE FROM attendance WHERE meeting_id = ? AND person_id = ?",
            [meeting_id, person_id],
        )
        _renumber(db, meeting_id, [a.person.id for a in list_attendance(db, meeting_id)])
        touch_meeting(db, meeting_id)
        return list_attendance(db, meeting_id)


def move_attendee(
    db: sqlite_utils.Database, meeting_id: int, person_id: int, position: int
) -> list[Attendee]:
    """Move a person to a 1-based position on the attendance list."""
    with db.atomic():
        require_concept(db, meeting_id)
        order = [a.person.id for a in list_attendance(db, meeting_id)]
        if person_id not in order:
            return list_attendance(db, meeting_id)
        order.remove(person_id)
        order.insert(clamp_position(position, len(order) + 1, "Presentielijst") - 1, person_id)
        _renumber(db, meeting_id, order)
        touch_meeting(db, meeting_id)
        return list_attendance(db, meeting_id)


def invite_body_members(db: sqlite_utils.Database, meeting_id: int) -> list[Attendee]:
    """Add every standing member of the meeting's body who is not on the list yet."""
    with db.atomic():
        row = require_concept(db, meeting_id)
        members = db.execute(
            """SELECT person_id, role FROM body_members WHERE body_id = ?
               AND person_id NOT IN (SELECT person_id FROM attendance WHERE meeting_id = ?)
               ORDER BY position""",
            [row["body_id"], meeting_id],
        ).fetchall()
        for person_id, role in members:
            db.execute(
                """INSERT INTO attendance (meeting_id, person_id, role, status, position)
                   VALUES (?, ?, ?, 'aanwezig', ?)""",
                [
                    meeting_id,
                    person_id,
                    role,
                    next_position(db, "attendance", "meeting_id", meeting_id),
                ],
            )
        return list_attendance(db, meeting_id)


def restore_attendance(
    db: sqlite_utils.Database, meeting_id: int, attendees: Sequence[Attendee]
) -> list[Attendee]:
    """Make the attendance list exactly this list again: people, roles, statuses and order.

    Used to undo and redo a change of the list (a status, a role, a guest, invited members,
    a removal): keep list_attendance before and after the change and restore either one.
    """
    for attendee in attendees:
        check_choice(attendee.status, ATTENDANCE_STATUSES, "Aanwezigheid")
        check_choice(attendee.role, ROLES, "Rol")
    person_ids = [attendee.person.id for attendee in attendees]
    if len(set(person_ids)) != len(person_ids):
        raise ValidationError("Presentielijst: een persoon staat er meer dan eens op.")
    with db.atomic():
        require_concept(db, meeting_id)
        for person_id in person_ids:
            get_person(db, person_id)
        db.execute("DELETE FROM attendance WHERE meeting_id = ?", [meeting_id])
        for position, attendee in enumerate(attendees, start=1):
            db.execute(
                """INSERT INTO attendance (meeting_id, person_id, role, status, position)
                   VALUES (?, ?, ?, ?, ?)""",
                [meeting_id, attendee.person.id, attendee.role, attendee.status, position],
            )
        touch_meeting(db, meeting_id)
        return list_attendance(db, meeting_id)

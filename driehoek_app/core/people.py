"""People who take part in meetings: name, role, organisation and e-mail, nothing more (AVG)."""

import re
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from driehoek_app.core.meeting_base import (
    NotFoundError,
    ValidationError,
    check_choice,
    check_fields,
    check_text,
)
from driehoek_app.core.meeting_schema import ROLES
from driehoek_app.core.sqlite_driver import sqlite3

PERSON_FIELDS = ("name", "role", "organisation", "email")
_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+$")


@dataclass(frozen=True)
class Person:
    """A person who can be a body member, an attendee or the chair of a meeting."""

    id: int
    name: str
    role: str
    organisation: str
    email: str


def _checked(fields: dict[str, Any]) -> dict[str, Any]:
    """Validate the given person fields and return them unchanged."""
    if "name" in fields:
        check_text(fields["name"], "Naam", required=True)
    if "role" in fields:
        check_choice(fields["role"], ROLES, "Rol")
    if "organisation" in fields:
        check_text(fields["organisation"], "Organisatie")
    if "email" in fields:
        email = check_text(fields["email"], "E-mailadres")
        if email and not _EMAIL_RE.match(email):
            raise ValidationError(f"E-mailadres: {email!r} is geen geldig e-mailadres.")
    return fields


def get_person(db: sqlite_utils.Database, person_id: int) -> Person:
    """Return one person, or raise NotFoundError."""
    rows = list(db.query("SELECT * FROM people WHERE id = ?", [person_id]))
    if not rows:
        raise NotFoundError(f"Persoon {person_id} bestaat niet.")
    return Person(**rows[0])


def list_people(db: sqlite_utils.Database, search: str = "") -> list[Person]:
    """Return people ordered by name, optionally only those whose name or organisation match."""
    escaped = search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    pattern = f"%{escaped}%"
    sql = (
        "SELECT * FROM people WHERE name LIKE :p ESCAPE '\\' OR organisation LIKE :p ESCAPE '\\'"
        " ORDER BY name COLLATE NOCASE, organisation COLLATE NOCASE, id"
    )
    return [Person(**row) for row in db.query(sql, {"p": pattern})]


def find_person(db: sqlite_utils.Database, name: str, organisation: str) -> Person | None:
    """Return the person with exactly this name and organisation, if there is one."""
    sql = "SELECT * FROM people WHERE name = ? AND organisation = ?"
    rows = list(db.query(sql, [name, organisation]))
    return Person(**rows[0]) if rows else None


def _duplicate(name: str, organisation: str) -> ValidationError:
    """Return the error for a second person with the same name and organisation."""
    where = f" van {organisation}" if organisation else ""
    return ValidationError(f"Er bestaat al een persoon {name}{where}.")


def create_person(
    db: sqlite_utils.Database,
    name: str,
    role: str = "gast",
    organisation: str = "",
    email: str = "",
) -> Person:
    """Add a person; name plus organisation must be unique."""
    _checked({"name": name, "role": role, "organisation": organisation, "email": email})
    with db.atomic():
        if find_person(db, name, organisation):
            raise _duplicate(name, organisation)
        cursor = db.execute(
            "INSERT INTO people (name, role, organisation, email) VALUES (?, ?, ?, ?)",
            [name, role, organisation, email],
        )
        return get_person(db, cursor.lastrowid)


def find_or_create_person(
    db: sqlite_utils.Database, name: str, organisation: str, role: str = "gast", email: str = ""
) -> Person:
    """Return the person with this name and organisation, creating them when unknown."""
    with db.atomic():
        existing = find_person(db, name, organisation)
        if existing:
            return existing
        return create_person(db, name, role, organisation, email)


def update_person(db: sqlite_utils.Database, person_id: int, **fields: Any) -> Person:
    """Change some of name, role, organisation and email; return the person as stored."""
    check_fields(fields, PERSON_FIELDS, "Persoon")
    _checked(fields)
    with db.atomic():
        current = get_person(db, person_id)
        if not fields:
            return current
        name = fields.get("name", current.name)
        organisation = fields.get("organisation", current.organisation)
        other = find_person(db, name, organisation)
        if other and other.id != person_id:
            raise _duplicate(name, organisation)
        assignments = ", ".join(f"{key} = ?" for key in fields)
        db.execute(f"UPDATE people SET {assignments} WHERE id = ?", [*fields.values(), person_id])
        return get_person(db, person_id)


def delete_person(db: sqlite_utils.Database, person_id: int) -> Person:
    """Remove a person who is not a member, attendee or chair anywhere; return what was removed."""
    with db.atomic():
        person = get_person(db, person_id)
        used = db.execute(
            """SELECT (SELECT COUNT(*) FROM body_members WHERE person_id = :id)
                    + (SELECT COUNT(*) FROM attendance WHERE person_id = :id)
                    + (SELECT COUNT(*) FROM meetings WHERE chair_id = :id)""",
            {"id": person_id},
        ).fetchone()[0]
        if used:
            raise ValidationError(
                f"{person.name} kan niet worden verwijderd: deze persoon is lid van een overleg "
                "of staat op een presentielijst."
            )
        try:
            db.execute("DELETE FROM people WHERE id = ?", [person_id])
        except sqlite3.IntegrityError:
            raise ValidationError(f"{person.name} kan niet worden verwijderd.") from None
        return person

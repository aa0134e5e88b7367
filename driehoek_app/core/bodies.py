"""Meeting bodies (a basisteamdriehoek, a district meeting, the RBOP), their gemeenten and members.

Each body has a short code used in decision numbers (HLM-2026-014). The ten
basisteamdriehoeken get the codes in BASISTEAM_CODES when the database is created.
"""

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
    next_position,
)
from driehoek_app.core.meeting_schema import BODY_KINDS, ROLES
from driehoek_app.core.people import Person, get_person

BASISTEAM_CODES = {
    "Den Helder": "DHL",
    "Alkmaar": "ALK",
    "Hoorn": "HRN",
    "Heerhugowaard": "HHW",
    "Zaanstad": "ZST",
    "Purmerend": "PMR",
    "IJmond": "IJM",
    "Haarlem": "HLM",
    "Kennemer Kust": "KMK",
    "Haarlemmermeer": "HMM",
}
BODY_FIELDS = ("name", "code", "kind", "gemeenten")
_CODE_RE = re.compile(r"^[A-Z][A-Z0-9]{1,7}$")


@dataclass(frozen=True)
class Body:
    """A meeting body with its decision-number code and its gemeenten."""

    id: int
    name: str
    code: str
    kind: str
    basisteam_id: int | None
    basisteam_name: str | None
    gemeenten: tuple[str, ...]


@dataclass(frozen=True)
class Member:
    """A standing member of a body, with the role they have in it."""

    body_id: int
    person: Person
    role: str
    position: int


def basisteam_body_name(basisteam: str) -> str:
    """Return the name of the basisteamdriehoek of a basisteam."""
    return f"Basisteamdriehoek {basisteam}"


def _derived_code(db: sqlite_utils.Database, name: str) -> str:
    """Return an unused code made from the letters of a name (for basisteams not in the map)."""
    letters = re.sub(r"[^A-Z]", "", name.upper()) or "BT"
    base = (letters + "XX")[:3]
    code, counter = base, 1
    while db.execute("SELECT 1 FROM bodies WHERE code = ?", [code]).fetchone():
        counter += 1
        code = f"{base}{counter}"
    return code


def create_default_bodies(db: sqlite_utils.Database) -> list[Body]:
    """Create the basisteamdriehoek of every basisteam that has none yet."""
    rows = db.execute(
        """SELECT b.id, b.name FROM basisteams b
           JOIN districts d ON d.code = b.district_code
           WHERE b.id NOT IN (SELECT basisteam_id FROM bodies WHERE basisteam_id IS NOT NULL)
           ORDER BY d.position, b.position"""
    ).fetchall()
    created = []
    with db.atomic():
        for basisteam_id, name in rows:
            code = BASISTEAM_CODES.get(name) or _derived_code(db, name)
            cursor = db.execute(
                "INSERT INTO bodies (name, code, kind, basisteam_id, position)"
                " VALUES (?, ?, 'basisteamdriehoek', ?, ?)",
                [basisteam_body_name(name), code, basisteam_id, next_body_position(db)],
            )
            created.append(get_body(db, cursor.lastrowid))
    return created


def next_body_position(db: sqlite_utils.Database) -> int:
    """Return the list position for a new body (after all existing ones)."""
    return db.execute("SELECT COALESCE(MAX(position), 0) + 1 FROM bodies").fetchone()[0]


def _gemeenten(db: sqlite_utils.Database, body_id: int) -> tuple[str, ...]:
    """Return the gemeenten of a body in the order the user gave them."""
    sql = "SELECT name FROM body_gemeenten WHERE body_id = ? ORDER BY position"
    return tuple(row[0] for row in db.execute(sql, [body_id]).fetchall())


_BODY_SQL = """SELECT bo.id, bo.name, bo.code, bo.kind, bo.basisteam_id,
                      bt.name AS basisteam_name
               FROM bodies bo LEFT JOIN basisteams bt ON bt.id = bo.basisteam_id"""


def get_body(db: sqlite_utils.Database, body_id: int) -> Body:
    """Return one body, or raise NotFoundError."""
    rows = list(db.query(_BODY_SQL + " WHERE bo.id = ?", [body_id]))
    if not rows:
        raise NotFoundError(f"Overleg {body_id} bestaat niet.")
    return Body(**rows[0], gemeenten=_gemeenten(db, body_id))


def list_bodies(db: sqlite_utils.Database) -> list[Body]:
    """Return every body in list order (the basisteamdriehoeken first, in table order)."""
    rows = db.query(_BODY_SQL + " ORDER BY bo.position, bo.id")
    return [Body(**row, gemeenten=_gemeenten(db, row["id"])) for row in rows]


def body_for_basisteam(db: sqlite_utils.Database, basisteam: str, where: str = "basisteam") -> Body:
    """Return the basisteamdriehoek of a basisteam named as in the formation table."""
    row = db.execute(
        """SELECT bo.id FROM bodies bo JOIN basisteams bt ON bt.id = bo.basisteam_id
           WHERE bt.name = ?""",
        [basisteam],
    ).fetchone()
    if row is None:
        valid = ", ".join(r[0] for r in db.execute("SELECT name FROM basisteams ORDER BY id"))
        raise ValidationError(f"{where}: onbekend basisteam {basisteam!r}; geldig zijn: {valid}.")
    return get_body(db, row[0])


def body_by_code(db: sqlite_utils.Database, code: str, where: str = "overleg") -> Body:
    """Return the body with this code, or raise a ValidationError listing the codes."""
    row = db.execute("SELECT id FROM bodies WHERE code = ?", [code]).fetchone()
    if row is None:
        valid = ", ".join(b.code for b in list_bodies(db))
        raise ValidationError(f"{where}: onbekende overlegcode {code!r}; geldig zijn: {valid}.")
    return get_body(db, row[0])


def _check_code(db: sqlite_utils.Database, code: Any, body_id: int | None) -> str:
    """Validate a body code: 2-8 capitals/digits starting with a letter, not used elsewhere."""
    if not isinstance(code, str) or not _CODE_RE.match(code):
        raise ValidationError(
            "Code: gebruik 2 tot 8 hoofdletters of cijfers, beginnend met een letter (bijv. HLM)."
        )
    row = db.execute("SELECT id, name FROM bodies WHERE code = ?", [code]).fetchone()
    if row and row[0] != body_id:
        raise ValidationError(f"Code: {code} is al in gebruik door {row[1]}.")
    return code


def _check_name(db: sqlite_utils.Database, name: Any, body_id: int | None) -> str:
    """Validate a body name: required and unique."""
    check_text(name, "Naam van het overleg", required=True)
    row = db.execute("SELECT id FROM bodies WHERE name = ?", [name]).fetchone()
    if row and row[0] != body_id:
        raise ValidationError(f"Naam van het overleg: {name} bestaat al.")
    return name


def _set_gemeenten(db: sqlite_utils.Database, body_id: int, gemeenten: Any) -> None:
    """Replace the gemeenten of a body by the given list (in this order, no duplicates)."""
    if isinstance(gemeenten, str) or not isinstance(gemeenten, list | tuple):
        raise ValidationError("Gemeenten: geef een lijst met namen.")
    for index, name in enumerate(gemeenten):
        check_text(name, f"Gemeente {index + 1}", required=True)
    if len(set(gemeenten)) != len(gemeenten):
        raise ValidationError("Gemeenten: een gemeente staat er meer dan eens in.")
    db.execute("DELETE FROM body_gemeenten WHERE body_id = ?", [body_id])
    for position, name in enumerate(gemeenten, start=1):
        db.execute(
            "INSERT INTO body_gemeenten (body_id, name, position) VALUES (?, ?, ?)",
            [body_id, name, position],
        )


def create_body(
    db: sqlite_utils.Database,
    name: str,
    code: str,
    kind: str = "overig",
    gemeenten: list[str] | tuple[str, ...] = (),
) -> Body:
    """Add a body that is not a basisteamdriehoek (a district meeting, the RBOP, ...)."""
    check_choice(kind, [k for k in BODY_KINDS if k != "basisteamdriehoek"], "Soort overleg")
    with db.atomic():
        _check_name(db, name, None)
        _check_code(db, code, None)
        cursor = db.execute(
            "INSERT INTO bodies (name, code, kind, position) VALUES (?, ?, ?, ?)",
            [name, code, kind, next_body_position(db)],
        )
        _set_gemeenten(db, cursor.lastrowid, list(gemeenten))
        return get_body(db, cursor.lastrowid)


def update_body(db: sqlite_utils.Database, body_id: int, **fields: Any) -> Body:
    """Change the name, code, kind or gemeenten of a body; return it as stored."""
    check_fields(fields, BODY_FIELDS, "Overleg")
    with db.atomic():
        body = get_body(db, body_id)
        if "name" in fields:
            _check_name(db, fields["name"], body_id)
        if "code" in fields and fields["code"] != body.code:
            _check_code(db, fields["code"], body_id)
            if db.execute("SELECT 1 FROM decisions WHERE body_id = ?", [body_id]).fetchone():
                raise ValidationError(
                    f"Code: de code van {body.name} kan niet meer veranderen, want er zijn al "
                    "besluitnummers met deze code uitgegeven."
                )
        if "kind" in fields and fields["kind"] != body.kind:
            if body.kind == "basisteamdriehoek":
                raise ValidationError("Soort overleg: een basisteamdriehoek blijft dat.")
            check_choice(fields["kind"], BODY_KINDS[1:], "Soort overleg")
        if "gemeenten" in fields:
            _set_gemeenten(db, body_id, fields.pop("gemeenten"))
        if fields:
            assignments = ", ".join(f"{key} = ?" for key in fields)
            db.execute(f"UPDATE bodies SET {assignments} WHERE id = ?", [*fields.values(), body_id])
        return get_body(db, body_id)


def delete_body(db: sqlite_utils.Database, body_id: int) -> Body:
    """Remove a body without meetings; a basisteamdriehoek cannot be removed."""
    with db.atomic():
        body = get_body(db, body_id)
        if body.kind == "basisteamdriehoek":
            raise ValidationError(f"{body.name} hoort bij een basisteam en blijft bestaan.")
        if db.execute("SELECT 1 FROM meetings WHERE body_id = ?", [body_id]).fetchone():
            raise ValidationError(f"{body.name} heeft vergaderingen en kan niet worden verwijderd.")
        db.execute("DELETE FROM decision_counters WHERE body_id = ?", [body_id])
        db.execute("DELETE FROM bodies WHERE id = ?", [body_id])
        return body


def list_members(db: sqlite_utils.Database, body_id: int) -> list[Member]:
    """Return the standing members of a body in their list order."""
    get_body(db, body_id)
    sql = """SELECT m.person_id, m.role AS member_role, m.position, p.*
             FROM body_members m JOIN people p ON p.id = m.person_id
             WHERE m.body_id = ? ORDER BY m.position"""
    return [
        Member(
            body_id=body_id,
            person=Person(row["id"], row["name"], row["role"], row["organisation"], row["email"]),
            role=row["member_role"],
            position=row["position"],
        )
        for row in db.query(sql, [body_id])
    ]


def set_member(
    db: sqlite_utils.Database, body_id: int, person_id: int, role: str | None = None
) -> list[Member]:
    """Add a person to a body (or change their role there); role defaults to theirs."""
    with db.atomic():
        get_body(db, body_id)
        person = get_person(db, person_id)
        role = check_choice(role or person.role, ROLES, "Rol")
        exists = db.execute(
            "SELECT 1 FROM body_members WHERE body_id = ? AND person_id = ?", [body_id, person_id]
        ).fetchone()
        if exists:
            db.execute(
                "UPDATE body_members SET role = ? WHERE body_id = ? AND person_id = ?",
                [role, body_id, person_id],
            )
        else:
            db.execute(
                "INSERT INTO body_members (body_id, person_id, role, position) VALUES (?, ?, ?, ?)",
                [body_id, person_id, role, next_position(db, "body_members", "body_id", body_id)],
            )
        return list_members(db, body_id)


def remove_member(db: sqlite_utils.Database, body_id: int, person_id: int) -> list[Member]:
    """Take a person off the member list of a body (their past attendance stays)."""
    with db.atomic():
        db.execute(
            "DELETE FROM body_members WHERE body_id = ? AND person_id = ?", [body_id, person_id]
        )
        members = list_members(db, body_id)
        for position, member in enumerate(members, start=1):
            db.execute(
                "UPDATE body_members SET position = ? WHERE body_id = ? AND person_id = ?",
                [position, body_id, member.person.id],
            )
        return list_members(db, body_id)

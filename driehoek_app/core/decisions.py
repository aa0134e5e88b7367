"""Decisions per agenda item, numbered CODE-YEAR-NNN per body and year, never renumbered.

The number is given when the decision is created: the body's code, the year of the meeting
date and the next serial from a per-(body, year) counter. The counter only goes up, so a
number is never given twice, also not after a decision or a whole meeting was deleted; and
numbers do not change when items or decisions are reordered or others are deleted.
"""

import re
from dataclasses import dataclass

import sqlite_utils

from driehoek_app.core.meeting_base import (
    NotFoundError,
    ValidationError,
    check_text,
    clamp_position,
    item_meeting_id,
    meeting_row,
    now_iso,
    renumber,
    require_concept,
    touch_meeting,
)

_NUMBER_RE = re.compile(r"^([A-Z][A-Z0-9]{1,7})-(\d{4})-(\d{3,})$")


@dataclass(frozen=True)
class Decision:
    """A decision with its stable number (e.g. HLM-2026-014)."""

    id: int
    item_id: int
    meeting_id: int
    body_id: int
    number: str
    year: int
    serial: int
    text: str
    position: int
    created_at: str


def format_number(code: str, year: int, serial: int) -> str:
    """Return a decision number such as HLM-2026-014 (at least three digits)."""
    return f"{code}-{year}-{serial:03d}"


def parse_number(number: str) -> tuple[str, int, int] | None:
    """Return (code, year, serial) of a well-formed decision number, else None."""
    match = _NUMBER_RE.match(number) if isinstance(number, str) else None
    if not match or int(match[3]) < 1:
        return None
    return match[1], int(match[2]), int(match[3])


_DECISION_SQL = """SELECT d.id, d.item_id, i.meeting_id, d.body_id, d.number, d.year, d.serial,
                          d.text, d.position, d.created_at
                   FROM decisions d JOIN agenda_items i ON i.id = d.item_id"""


def get_decision(db: sqlite_utils.Database, decision_id: int) -> Decision:
    """Return one decision, or raise NotFoundError."""
    rows = list(db.query(_DECISION_SQL + " WHERE d.id = ?", [decision_id]))
    if not rows:
        raise NotFoundError(f"Besluit {decision_id} bestaat niet.")
    return Decision(**rows[0])


def list_decisions(db: sqlite_utils.Database, meeting_id: int) -> list[Decision]:
    """Return the decisions of a meeting in agenda order (its besluitenlijst)."""
    meeting_row(db, meeting_id)
    sql = _DECISION_SQL + " WHERE i.meeting_id = ? ORDER BY i.position, d.position, d.id"
    return [Decision(**row) for row in db.query(sql, [meeting_id])]


def item_decisions(db: sqlite_utils.Database, item_id: int) -> list[Decision]:
    """Return the decisions of one agenda item in their order."""
    item_meeting_id(db, item_id)
    sql = _DECISION_SQL + " WHERE d.item_id = ? ORDER BY d.position, d.id"
    return [Decision(**row) for row in db.query(sql, [item_id])]


def besluitenlijst(
    db: sqlite_utils.Database, body_id: int, year: int | None = None
) -> list[Decision]:
    """Return every decision of a body (optionally of one year) in number order."""
    sql = (
        _DECISION_SQL
        + " WHERE d.body_id = :body AND (:year IS NULL OR d.year = :year)"
        + " ORDER BY d.year, d.serial"
    )
    return [Decision(**row) for row in db.query(sql, {"body": body_id, "year": year})]


def _next_serial(db: sqlite_utils.Database, body_id: int, year: int) -> int:
    """Take the next serial from the (body, year) counter; it never goes down."""
    counter = db.execute(
        "SELECT last_serial FROM decision_counters WHERE body_id = ? AND year = ?", [body_id, year]
    ).fetchone()
    used = db.execute(
        "SELECT COALESCE(MAX(serial), 0) FROM decisions WHERE body_id = ? AND year = ?",
        [body_id, year],
    ).fetchone()[0]
    serial = max(counter[0] if counter else 0, used) + 1
    _raise_counter(db, body_id, year, serial)
    return serial


def _raise_counter(db: sqlite_utils.Database, body_id: int, year: int, serial: int) -> None:
    """Make sure the (body, year) counter is at least serial."""
    db.execute(
        """INSERT INTO decision_counters (body_id, year, last_serial) VALUES (?, ?, ?)
           ON CONFLICT (body_id, year)
           DO UPDATE SET last_serial = MAX(last_serial, excluded.last_serial)""",
        [body_id, year, serial],
    )


def _context(db: sqlite_utils.Database, item_id: int) -> tuple[int, int, str, int]:
    """Return (meeting id, body id, body code, meeting year) of an item of a concept meeting."""
    meeting_id = item_meeting_id(db, item_id)
    row = require_concept(db, meeting_id)
    code = db.execute("SELECT code FROM bodies WHERE id = ?", [row["body_id"]]).fetchone()[0]
    return meeting_id, row["body_id"], code, int(row["date"][:4])


def insert_decision(
    db: sqlite_utils.Database,
    item_id: int,
    text: str,
    *,
    number: str | None = None,
    position: int | None = None,
    where: str = "Besluit",
) -> Decision:
    """Insert a decision, with a new number or a given unused one of the same body."""
    check_text(text, where, long=True)
    with db.atomic():
        meeting_id, body_id, code, year = _context(db, item_id)
        if number is None:
            serial = _next_serial(db, body_id, year)
            number = format_number(code, year, serial)
        else:
            parsed = parse_number(number)
            if parsed is None or parsed[0] != code:
                raise ValidationError(
                    f"{where}: {number!r} is geen besluitnummer van dit overleg "
                    f"(verwacht {format_number(code, year, 1)})."
                )
            _, year, serial = parsed
            taken = db.execute("SELECT 1 FROM decisions WHERE number = ?", [number]).fetchone()
            if taken:
                raise ValidationError(f"{where}: besluitnummer {number} is al in gebruik.")
            _raise_counter(db, body_id, year, serial)
        cursor = db.execute(
            """INSERT INTO decisions (item_id, body_id, year, serial, number, text, position,
                   created_at) VALUES (?, ?, ?, ?, ?, ?, 1000000, ?)""",
            [item_id, body_id, year, serial, number, text, now_iso()],
        )
        _place(db, item_id, cursor.lastrowid, position)
        touch_meeting(db, meeting_id)
        return get_decision(db, cursor.lastrowid)


def _place(db: sqlite_utils.Database, item_id: int, decision_id: int, position: int | None) -> None:
    """Put a decision at a 1-based position within its item and renumber the positions."""
    order = [
        row[0]
        for row in db.execute(
            "SELECT id FROM decisions WHERE item_id = ? AND id != ? ORDER BY position, id",
            [item_id, decision_id],
        )
    ]
    index = len(order) if position is None else clamp_position(position, len(order) + 1, "") - 1
    order.insert(index, decision_id)
    renumber(db, "decisions", order)


def add_decision(db: sqlite_utils.Database, item_id: int, text: str = "") -> Decision:
    """Add a decision to an item of a concept meeting; it gets the next number at once."""
    return insert_decision(db, item_id, text)


def update_decision(db: sqlite_utils.Database, decision_id: int, text: str) -> Decision:
    """Change the text of a decision (its number stays)."""
    check_text(text, "Besluit", long=True)
    with db.atomic():
        decision = get_decision(db, decision_id)
        require_concept(db, decision.meeting_id)
        db.execute("UPDATE decisions SET text = ? WHERE id = ?", [text, decision_id])
        touch_meeting(db, decision.meeting_id)
        return get_decision(db, decision_id)


def move_decision(db: sqlite_utils.Database, decision_id: int, position: int) -> list[Decision]:
    """Move a decision to a 1-based position within its item (numbers stay)."""
    with db.atomic():
        decision = get_decision(db, decision_id)
        require_concept(db, decision.meeting_id)
        _place(db, decision.item_id, decision_id, position)
        touch_meeting(db, decision.meeting_id)
        return item_decisions(db, decision.item_id)


def delete_decision(db: sqlite_utils.Database, decision_id: int) -> Decision:
    """Remove a decision; its number is not given again. Returns it for undo."""
    with db.atomic():
        decision = get_decision(db, decision_id)
        require_concept(db, decision.meeting_id)
        db.execute("DELETE FROM decisions WHERE id = ?", [decision_id])
        renumber(db, "decisions", [d.id for d in item_decisions(db, decision.item_id)])
        touch_meeting(db, decision.meeting_id)
        return decision


def restore_decision(db: sqlite_utils.Database, decision: Decision) -> Decision:
    """Undo delete_decision: put the same decision back with its own number and place."""
    return insert_decision(
        db, decision.item_id, decision.text, number=decision.number, position=decision.position
    )


def next_number_preview(db: sqlite_utils.Database, meeting_id: int) -> str:
    """Return the number the next decision in this meeting would get (nothing is reserved)."""
    row = meeting_row(db, meeting_id)
    code = db.execute("SELECT code FROM bodies WHERE id = ?", [row["body_id"]]).fetchone()[0]
    year = int(row["date"][:4])
    counter = db.execute(
        "SELECT last_serial FROM decision_counters WHERE body_id = ? AND year = ?",
        [row["body_id"], year],
    ).fetchone()
    return format_number(code, year, (counter[0] if counter else 0) + 1)

"""Actions per agenda item and the actielijst: open actions carry over, nothing is copied.

An action belongs to the item (and meeting) where it was agreed. Later meetings of the same
body list it on their actielijst while it is open (and the meeting where it was closed keeps
listing it). Changes made from a later meeting are recorded in action_history with that
meeting; repeated changes of one field within one meeting merge into one entry (old value
from before, newest value after), so saving while typing does not flood the history.
"""

import datetime as dt
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
    clamp_position,
    item_meeting_id,
    meeting_row,
    now_iso,
    renumber,
    require_concept,
    touch_meeting,
)
from driehoek_app.core.meeting_schema import ACTION_FIELDS, ACTION_STATUSES

CARRIED_FIELDS = ("owner", "due_date", "status", "remark")


@dataclass(frozen=True)
class Action:
    """An action: who does what by when, with its status and the meeting where it was agreed."""

    id: int
    item_id: int
    meeting_id: int
    meeting_date: str
    item_title: str
    text: str
    owner: str
    due_date: str | None
    status: str
    remark: str
    position: int
    created_at: str

    @property
    def is_open(self) -> bool:
        """Return True while the action is open."""
        return self.status == "open"

    def is_overdue(self, today: dt.date | None = None) -> bool:
        """Return True when the action is open and its due date has passed."""
        day = (today or dt.date.today()).isoformat()
        return self.is_open and self.due_date is not None and self.due_date < day


@dataclass(frozen=True)
class ActionChange:
    """One recorded change of an action: what, old value, new value, when, in which meeting."""

    id: int
    action_id: int
    field: str
    old_value: str | None
    new_value: str | None
    changed_at: str
    meeting_id: int
    meeting_date: str


_ACTION_SQL = """SELECT a.id, a.item_id, i.meeting_id, m.date AS meeting_date,
                        i.title AS item_title, a.text, a.owner, a.due_date, a.status, a.remark,
                        a.position, a.created_at
                 FROM actions a JOIN agenda_items i ON i.id = a.item_id
                 JOIN meetings m ON m.id = i.meeting_id"""


def get_action(db: sqlite_utils.Database, action_id: int) -> Action:
    """Return one action, or raise NotFoundError."""
    rows = list(db.query(_ACTION_SQL + " WHERE a.id = ?", [action_id]))
    if not rows:
        raise NotFoundError(f"Actie {action_id} bestaat niet.")
    return Action(**rows[0])


def item_actions(db: sqlite_utils.Database, item_id: int) -> list[Action]:
    """Return the actions agreed under one agenda item, in their order."""
    item_meeting_id(db, item_id)
    sql = _ACTION_SQL + " WHERE a.item_id = ? ORDER BY a.position, a.id"
    return [Action(**row) for row in db.query(sql, [item_id])]


def list_actions(db: sqlite_utils.Database, meeting_id: int) -> list[Action]:
    """Return the actions agreed in a meeting, in agenda order."""
    meeting_row(db, meeting_id)
    sql = _ACTION_SQL + " WHERE i.meeting_id = ? ORDER BY i.position, a.position, a.id"
    return [Action(**row) for row in db.query(sql, [meeting_id])]


def actielijst(db: sqlite_utils.Database, meeting_id: int) -> list[Action]:
    """Return actions of earlier meetings of the same body that are on this meeting's list.

    Listed are actions that are still open, and actions that were closed (afgerond or
    vervallen) in this meeting or a later one.
    """
    row = meeting_row(db, meeting_id)
    sql = (
        _ACTION_SQL
        + """ WHERE m.body_id = :body
              AND (m.date, m.start_time, m.id) < (:date, :start, :id)
              AND (a.status = 'open' OR EXISTS (
                  SELECT 1 FROM action_history h JOIN meetings hm ON hm.id = h.meeting_id
                  WHERE h.id = (SELECT MAX(id) FROM action_history
                                WHERE action_id = a.id AND field = 'status')
                    AND (hm.date, hm.start_time, hm.id) >= (:date, :start, :id)))
              ORDER BY m.date, m.start_time, m.id, i.position, a.position, a.id"""
    )
    params = {"body": row["body_id"], "date": row["date"], "start": row["start_time"],
              "id": meeting_id}  # fmt: skip
    return [Action(**r) for r in db.query(sql, params)]


def open_actions(db: sqlite_utils.Database, body_id: int) -> list[Action]:
    """Return every open action of a body, oldest meeting first."""
    sql = (
        _ACTION_SQL
        + " WHERE m.body_id = ? AND a.status = 'open'"
        + " ORDER BY m.date, m.start_time, m.id, i.position, a.position"
    )
    return [Action(**row) for row in db.query(sql, [body_id])]


def action_history(db: sqlite_utils.Database, action_id: int) -> list[ActionChange]:
    """Return the recorded changes of an action, oldest first."""
    get_action(db, action_id)
    sql = """SELECT h.id, h.action_id, h.field, h.old_value, h.new_value, h.changed_at,
                    h.meeting_id, m.date AS meeting_date
             FROM action_history h JOIN meetings m ON m.id = h.meeting_id
             WHERE h.action_id = ? ORDER BY h.id"""
    return [ActionChange(**row) for row in db.query(sql, [action_id])]


def _checked(fields: dict[str, Any]) -> dict[str, Any]:
    """Validate action fields and return them normalised (ISO due date)."""
    result = dict(fields)
    if "text" in fields:
        check_text(fields["text"], "Actie", long=True)
    if "owner" in fields:
        check_text(fields["owner"], "Actiehouder")
    if "due_date" in fields:
        result["due_date"] = check_optional_date(fields["due_date"], "Streefdatum")
    if "status" in fields:
        check_choice(fields["status"], ACTION_STATUSES, "Status van de actie")
    if "remark" in fields:
        check_text(fields["remark"], "Opmerking", long=True)
    return result


def _place(db: sqlite_utils.Database, item_id: int, action_id: int, position: int | None) -> None:
    """Put an action at a 1-based position within its item and renumber the positions."""
    order = [
        row[0]
        for row in db.execute(
            "SELECT id FROM actions WHERE item_id = ? AND id != ? ORDER BY position, id",
            [item_id, action_id],
        )
    ]
    index = len(order) if position is None else clamp_position(position, len(order) + 1, "") - 1
    order.insert(index, action_id)
    renumber(db, "actions", order)


def add_action(
    db: sqlite_utils.Database,
    item_id: int,
    text: str = "",
    owner: str = "",
    due_date: dt.date | str | None = None,
    status: str = "open",
    remark: str = "",
    *,
    position: int | None = None,
) -> Action:
    """Add an action to an item of a concept meeting."""
    fields = _checked(
        {"text": text, "owner": owner, "due_date": due_date, "status": status, "remark": remark}
    )
    with db.atomic():
        meeting_id = item_meeting_id(db, item_id)
        require_concept(db, meeting_id)
        cursor = db.execute(
            """INSERT INTO actions (item_id, text, owner, due_date, status, remark, position,
                   created_at)
               VALUES (:item, :text, :owner, :due_date, :status, :remark, 1000000, :stamp)""",
            {**fields, "item": item_id, "stamp": now_iso()},
        )
        _place(db, item_id, cursor.lastrowid, position)
        touch_meeting(db, meeting_id)
        return get_action(db, cursor.lastrowid)


def _record(
    db: sqlite_utils.Database, action_id: int, field: str, old: Any, new: Any, meeting_id: int
) -> None:
    """Record a change made from a later meeting, merging with this meeting's earlier entry."""
    existing = db.execute(
        """SELECT id, old_value FROM action_history
           WHERE action_id = ? AND field = ? AND meeting_id = ?""",
        [action_id, field, meeting_id],
    ).fetchone()
    if existing is None:
        db.execute(
            """INSERT INTO action_history (action_id, field, old_value, new_value, changed_at,
                   meeting_id) VALUES (?, ?, ?, ?, ?, ?)""",
            [action_id, field, old, new, now_iso(), meeting_id],
        )
    elif existing[1] == new:
        db.execute("DELETE FROM action_history WHERE id = ?", [existing[0]])
    else:
        db.execute(
            "UPDATE action_history SET new_value = ?, changed_at = ? WHERE id = ?",
            [new, now_iso(), existing[0]],
        )


def _check_context(db: sqlite_utils.Database, action: Action, meeting_id: int) -> None:
    """Refuse changes from a meeting whose actielijst does not hold the action."""
    require_concept(db, meeting_id)
    if all(listed.id != action.id for listed in actielijst(db, meeting_id)):
        raise ValidationError(
            f"De actie {action.text!r} staat niet op de actielijst van deze vergadering."
        )


def update_action(
    db: sqlite_utils.Database, action_id: int, *, in_meeting_id: int | None = None, **fields: Any
) -> Action:
    """Change an action, in its own meeting or (owner, due date, status, remark) from a later one.

    in_meeting_id is the meeting on whose screen the change is made; None means the
    meeting where the action was agreed. Changes from a later meeting enter the history.
    """
    check_fields(fields, ACTION_FIELDS, "Actie")
    fields = _checked(fields)
    with db.atomic():
        action = get_action(db, action_id)
        carried = in_meeting_id is not None and in_meeting_id != action.meeting_id
        if not carried:
            require_concept(db, action.meeting_id)
        else:
            if "text" in fields and fields["text"] != action.text:
                raise ValidationError(
                    "De tekst van een actie kan alleen worden gewijzigd in de vergadering "
                    "waarin de actie is afgesproken."
                )
            fields.pop("text", None)
            _check_context(db, action, in_meeting_id)
            for key, value in fields.items():
                old = getattr(action, key)
                if value != old:
                    _record(db, action_id, key, old, value, in_meeting_id)
        if fields:
            assignments = ", ".join(f"{key} = :{key}" for key in fields)
            db.execute(
                f"UPDATE actions SET {assignments} WHERE id = :id", {**fields, "id": action_id}
            )
        touch_meeting(db, in_meeting_id if carried else action.meeting_id)
        return get_action(db, action_id)


def move_action(db: sqlite_utils.Database, action_id: int, position: int) -> list[Action]:
    """Move an action to a 1-based position within its item."""
    with db.atomic():
        action = get_action(db, action_id)
        require_concept(db, action.meeting_id)
        _place(db, action.item_id, action_id, position)
        touch_meeting(db, action.meeting_id)
        return item_actions(db, action.item_id)


def delete_action(db: sqlite_utils.Database, action_id: int) -> Action:
    """Remove an action that was not yet updated from a later meeting; return it for undo."""
    with db.atomic():
        action = get_action(db, action_id)
        require_concept(db, action.meeting_id)
        if db.execute("SELECT 1 FROM action_history WHERE action_id = ?", [action_id]).fetchone():
            raise ValidationError(
                "Deze actie is in een latere vergadering bijgewerkt en kan niet worden "
                "verwijderd; zet de status op vervallen."
            )
        db.execute("DELETE FROM actions WHERE id = ?", [action_id])
        renumber(db, "actions", [a.id for a in item_actions(db, action.item_id)])
        touch_meeting(db, action.meeting_id)
        return action


def restore_action(db: sqlite_utils.Database, action: Action) -> Action:
    """Undo delete_action: put the action back at its place (it gets a new id)."""
    return add_action(
        db,
        action.item_id,
        action.text,
        action.owner,
        action.due_date,
        action.status,
        action.remark,
        position=action.position,
    )

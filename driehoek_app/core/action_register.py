"""The actieregister: every action of every body, filtered, sorted, read page by page, edited.

Same shape as the besluitenregister (count, sorted ids, rows by ids, page). Filters: status,
open, overdue (open and due before today), due this week (open, due Monday to Sunday of the
current week), owner (part of the owner text, or a person's name), body, year of the meeting
where the action was agreed, and text.

Closing, re-dating and re-assigning from the list go through actions.update_action, so the
action keeps one history: a change is recorded in the meeting where the body deals with it
(see edit_meeting_id), exactly as when it is made on that meeting's actielijst.
"""

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from driehoek_app.core.actions import Action, get_action, update_action
from driehoek_app.core.meeting_base import ValidationError, check_choice, dutch_date
from driehoek_app.core.meeting_schema import ACTION_STATUSES
from driehoek_app.core.people import get_person
from driehoek_app.core.registers import (
    CHUNK,
    SortSpec,
    check_text_filter,
    id_list,
    limit_clause,
    sort_spec,
)
from driehoek_app.core.search import match_subquery

_A_NATURAL = """FROM actions a JOIN agenda_items i ON i.id = a.item_id
                JOIN meetings m ON m.id = i.meeting_id"""
_A_BODIES = " JOIN bodies b ON b.id = m.body_id"
_DUE = (("a.due_date IS NULL", False), ("a.due_date", True))
ACTION_SORTS = {
    "due": SortSpec((*_DUE, ("a.id", True)), _A_NATURAL),
    "meeting_date": SortSpec(
        (("m.date", True), ("m.start_time", True), ("m.id", True), ("i.position", False),
         ("a.position", False), ("a.id", False)),
        _A_NATURAL,
        """FROM meetings m CROSS JOIN agenda_items i ON i.meeting_id = m.id
           CROSS JOIN actions a ON a.item_id = i.id""",
    ),
    "owner": SortSpec((("a.owner COLLATE NOCASE", True), *_DUE, ("a.id", True)), _A_NATURAL),
    "status": SortSpec(
        (("CASE a.status WHEN 'open' THEN 0 WHEN 'afgerond' THEN 1 ELSE 2 END", True), *_DUE,
         ("a.id", True)),
        _A_NATURAL,
    ),
    "body": SortSpec(
        (("b.position", True), *_DUE, ("a.id", True)), _A_NATURAL + _A_BODIES
    ),
    "text": SortSpec((("a.text COLLATE NOCASE", True), ("a.id", True)), _A_NATURAL),
}  # fmt: skip
DEFAULT_ACTION_SORT = ("due", False)
CLOSING_STATUSES = ("afgerond", "vervallen")


@dataclass(frozen=True)
class ActionFilter:
    """What the actieregister shows; empty fields do not filter."""

    body_ids: tuple[int, ...] = ()
    year: int | None = None
    status: str | None = None
    overdue: bool = False
    due_this_week: bool = False
    owner: str = ""
    person_id: int | None = None
    text: str = ""
    include_confidential: bool = True


@dataclass(frozen=True)
class ActionRow:
    """One line of the actieregister, with its origin meeting and item."""

    id: int
    text: str
    owner: str
    due_date: str | None
    status: str
    remark: str
    overdue: bool
    meeting_id: int
    meeting_date: str
    meeting_status: str
    item_id: int
    item_number: int
    item_title: str
    confidential: bool
    body_id: int
    body_code: str
    body_name: str
    basisteam: str | None

    @property
    def is_open(self) -> bool:
        """Return True while the action is open."""
        return self.status == "open"


def week_bounds(today: dt.date) -> tuple[str, str]:
    """Return Monday and Sunday of the week of today, as ISO dates."""
    monday = today - dt.timedelta(days=today.weekday())
    return monday.isoformat(), (monday + dt.timedelta(days=6)).isoformat()


def _like(text: str) -> str:
    """Return a LIKE pattern for 'contains text' (with % and _ escaped by backslash)."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _action_where(
    db: sqlite_utils.Database, flt: ActionFilter, today: dt.date, indexed: bool = False
) -> tuple[str, dict[str, Any], bool]:
    """Return the WHERE clause, its parameters and whether it needs the meetings join.

    indexed: the query walks a sort index from the meetings side (SortSpec.index_from);
    the action columns are then written +column so that SQLite keeps that walk.
    """
    plus = "+" if indexed else ""
    clauses, params, needs_meeting = ["1"], {"today": today.isoformat()}, False
    if flt.body_ids:
        clauses.append(f"m.body_id IN ({id_list(flt.body_ids)})")
        needs_meeting = True
    if flt.year is not None:
        clauses.append("m.date >= :year_start AND m.date < :year_end")
        params.update(
            year_start=f"{int(flt.year):04d}-01-01", year_end=f"{int(flt.year) + 1:04d}-01-01"
        )
        needs_meeting = True
    if flt.status is not None:
        check_choice(flt.status, ACTION_STATUSES, "Status")
        clauses.append(f"{plus}a.status = :status")
        params["status"] = flt.status
    if flt.overdue:
        clauses.append(f"{plus}a.status = 'open' AND {plus}a.due_date < :today")
    if flt.due_this_week:
        monday, sunday = week_bounds(today)
        clauses.append(f"{plus}a.status = 'open' AND {plus}a.due_date BETWEEN :monday AND :sunday")
        params.update(monday=monday, sunday=sunday)
    owners = [flt.owner] if flt.owner.strip() else []
    if flt.person_id is not None:
        owners.append(get_person(db, flt.person_id).name)
    for index, owner in enumerate(owners):
        clauses.append(f"a.owner LIKE :owner{index} ESCAPE '\\'")
        params[f"owner{index}"] = _like(owner.strip())
    match = check_text_filter(flt.text)
    if match is not None:
        clauses.append(f"a.id IN ({match_subquery('actie')})")
        params["text_match"] = match
    if not flt.include_confidential:
        clauses.append("i.confidential = 0")
    return "WHERE " + " AND ".join(clauses), params, needs_meeting


_ACTION_FROM = _A_NATURAL + _A_BODIES


def count_actions(
    db: sqlite_utils.Database, flt: ActionFilter = ActionFilter(), today: dt.date | None = None
) -> int:
    """Return how many actions the filter lets through."""
    where, params, needs_meeting = _action_where(db, flt, today or dt.date.today())
    if needs_meeting or not flt.include_confidential:
        source = """FROM actions a JOIN agenda_items i ON i.id = a.item_id
                    JOIN meetings m ON m.id = i.meeting_id"""
    else:
        source = "FROM actions a"
    return db.execute(f"SELECT count(*) {source} {where}", params).fetchone()[0]


def action_ids(
    db: sqlite_utils.Database,
    flt: ActionFilter = ActionFilter(),
    sort: str = DEFAULT_ACTION_SORT[0],
    descending: bool = DEFAULT_ACTION_SORT[1],
    offset: int = 0,
    limit: int | None = None,
    today: dt.date | None = None,
) -> list[int]:
    """Return the ids of the filtered actions in sort order (optionally one slice)."""
    spec = sort_spec(ACTION_SORTS, sort)
    indexed = spec.index_from is not None and check_text_filter(flt.text) is None
    where, params, _ = _action_where(db, flt, today or dt.date.today(), indexed)
    source = spec.index_from if indexed else spec.natural_from
    sql = f"SELECT a.id {source} {where} {spec.order_by(descending)} {limit_clause(offset, limit)}"
    return [row[0] for row in db.execute(sql, params)]


def actions_by_ids(
    db: sqlite_utils.Database, ids: Sequence[int], today: dt.date | None = None
) -> list[ActionRow]:
    """Return the rows of the given actions, in the order of ids."""
    if not ids:
        return []
    sql = f"""SELECT a.id, a.text, a.owner, a.due_date, a.status, a.remark,
                     (a.status = 'open' AND a.due_date < :today) AS overdue,
                     m.id AS meeting_id, m.date AS meeting_date, m.status AS meeting_status,
                     i.id AS item_id, i.position AS item_number, i.title AS item_title,
                     i.confidential, b.id AS body_id, b.code AS body_code, b.name AS body_name,
                     bt.name AS basisteam
              {_ACTION_FROM} LEFT JOIN basisteams bt ON bt.id = b.basisteam_id
              WHERE a.id IN ({id_list(ids)})"""
    params = {"today": (today or dt.date.today()).isoformat()}
    by_id = {
        row["id"]: ActionRow(
            **{**row, "overdue": bool(row["overdue"]), "confidential": bool(row["confidential"])}
        )
        for row in db.query(sql, params)
    }
    return [by_id[i] for i in ids if i in by_id]


def action_page(
    db: sqlite_utils.Database,
    flt: ActionFilter = ActionFilter(),
    sort: str = DEFAULT_ACTION_SORT[0],
    descending: bool = DEFAULT_ACTION_SORT[1],
    offset: int = 0,
    limit: int = 100,
    today: dt.date | None = None,
) -> list[ActionRow]:
    """Return one slice of the filtered, sorted actieregister."""
    ids = action_ids(db, flt, sort, descending, offset, limit, today)
    return actions_by_ids(db, ids, today)


def iter_actions(
    db: sqlite_utils.Database,
    flt: ActionFilter = ActionFilter(),
    sort: str = "meeting_date",
    descending: bool = False,
    today: dt.date | None = None,
) -> Iterator[ActionRow]:
    """Yield every filtered action in sort order, reading in chunks (for exports)."""
    ids = action_ids(db, flt, sort, descending, today=today)
    for start in range(0, len(ids), CHUNK):
        yield from actions_by_ids(db, ids[start : start + CHUNK], today)


def owner_names(db: sqlite_utils.Database, open_only: bool = False) -> list[str]:
    """Return the distinct owner texts in use, alphabetically (for an owner filter box)."""
    where = "WHERE owner <> ''" + (" AND status = 'open'" if open_only else "")
    rows = db.execute(f"SELECT DISTINCT owner FROM actions {where} ORDER BY owner COLLATE NOCASE")
    return [row[0] for row in rows]


# ----- changes from the register -----------------------------------------------------------


def edit_meeting_id(db: sqlite_utils.Database, action_id: int, today: dt.date | None = None) -> int:
    """Return the meeting in which a change made from the register is recorded.

    The body deals with an action on the actielijst of its concept meetings after the one
    where it was agreed: the latest such meeting held by today, else the action's own
    meeting while that is still concept, else the next planned concept meeting. Without
    any of these the change is refused (a vastgesteld meeting cannot change).
    """
    action = get_action(db, action_id)
    day = (today or dt.date.today()).isoformat()
    origin = db.execute(
        "SELECT body_id, date, start_time, status FROM meetings WHERE id = ?",
        [action.meeting_id],
    ).fetchone()
    later = db.execute(
        """SELECT id, date FROM meetings
           WHERE body_id = ? AND status = 'concept' AND (date, start_time, id) > (?, ?, ?)
           ORDER BY date, start_time, id""",
        [origin[0], origin[1], origin[2], action.meeting_id],
    ).fetchall()
    held = [row[0] for row in later if row[1] <= day]
    if held:
        return held[-1]
    if origin[3] == "concept":
        return action.meeting_id
    if later:
        return later[0][0]
    raise ValidationError(
        f"De actie {action.text!r} komt uit de vastgestelde vergadering van "
        f"{dutch_date(action.meeting_date)} en er is geen latere vergadering in concept om "
        "haar in bij te werken; maak eerst de volgende vergadering aan."
    )


def _change(
    db: sqlite_utils.Database, action_id: int, today: dt.date | None, **fields: Any
) -> Action:
    """Apply a change from the register in the meeting chosen by edit_meeting_id."""
    with db.atomic():
        meeting_id = edit_meeting_id(db, action_id, today)
        return update_action(db, action_id, in_meeting_id=meeting_id, **fields)


def close_action(
    db: sqlite_utils.Database,
    action_id: int,
    status: str = "afgerond",
    remark: str | None = None,
    today: dt.date | None = None,
) -> Action:
    """Close an action (afgerond or vervallen), optionally with a remark."""
    check_choice(status, CLOSING_STATUSES, "Status")
    fields: dict[str, Any] = {"status": status}
    if remark is not None:
        fields["remark"] = remark
    return _change(db, action_id, today, **fields)


def reopen_action(
    db: sqlite_utils.Database, action_id: int, today: dt.date | None = None
) -> Action:
    """Set a closed action back to open."""
    return _change(db, action_id, today, status="open")


def redate_action(
    db: sqlite_utils.Database,
    action_id: int,
    due_date: dt.date | str | None,
    today: dt.date | None = None,
) -> Action:
    """Give an action a new due date (None: no due date)."""
    return _change(db, action_id, today, due_date=due_date)


def reassign_action(
    db: sqlite_utils.Database, action_id: int, owner: str, today: dt.date | None = None
) -> Action:
    """Give an action a new owner."""
    return _change(db, action_id, today, owner=owner)

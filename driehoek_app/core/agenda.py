"""Agenda items of a meeting: add, change, reorder (numbered 1..n), copy or move, time planning."""

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import sqlite_utils

from driehoek_app.core.meeting_base import (
    NotFoundError,
    ValidationError,
    check_fields,
    check_flag,
    check_minutes,
    check_text,
    clamp_position,
    item_meeting_id,
    meeting_row,
    renumber,
    require_concept,
    touch_meeting,
)

if TYPE_CHECKING:
    from driehoek_app.core.item_snapshots import ItemSnapshot

ITEM_FIELDS = (
    "title", "description", "presenter", "planned_minutes",
    "themes", "labels", "confidential", "minutes",
)  # fmt: skip


@dataclass(frozen=True)
class AgendaItem:
    """An agenda item; number is its place on the agenda (1, 2, 3, ...)."""

    id: int
    meeting_id: int
    number: int
    title: str
    description: str
    presenter: str
    planned_minutes: int | None
    confidential: bool
    minutes: str
    themes: tuple[str, ...]
    labels: tuple[str, ...]


@dataclass(frozen=True)
class PlannedTime:
    """The planned agenda time against the meeting length, in minutes."""

    planned_minutes: int
    meeting_minutes: int

    @property
    def balance_minutes(self) -> int:
        """Return the minutes left (positive) or short (negative)."""
        return self.meeting_minutes - self.planned_minutes

    @property
    def is_over(self) -> bool:
        """Return True when the agenda needs more time than the meeting has."""
        return self.planned_minutes > self.meeting_minutes


def check_themes(db: sqlite_utils.Database, themes: Any, where: str) -> list[str]:
    """Return a list of known theme codes, or raise ValidationError listing the valid ones."""
    if isinstance(themes, str) or not isinstance(themes, list | tuple):
        raise ValidationError(f"{where}: geef een lijst met themacodes.")
    valid = [row[0] for row in db.execute("SELECT code FROM themes ORDER BY number")]
    for index, code in enumerate(themes):
        if code not in valid:
            raise ValidationError(
                f"{where}[{index}]: onbekend thema {code!r}; geldig zijn: {', '.join(valid)}."
            )
    if len(set(themes)) != len(themes):
        raise ValidationError(f"{where}: een thema staat er meer dan eens in.")
    return list(themes)


def check_labels(labels: Any, where: str) -> list[str]:
    """Return a list of non-empty, distinct free labels, or raise ValidationError."""
    if isinstance(labels, str) or not isinstance(labels, list | tuple):
        raise ValidationError(f"{where}: geef een lijst met labels.")
    for index, label in enumerate(labels):
        check_text(label, f"{where}[{index}]", required=True)
    if len(set(labels)) != len(labels):
        raise ValidationError(f"{where}: een label staat er meer dan eens in.")
    return list(labels)


def _checked(db: sqlite_utils.Database, fields: dict[str, Any]) -> dict[str, Any]:
    """Validate agenda-item fields and return them unchanged."""
    if "title" in fields:
        check_text(fields["title"], "Titel van het agendapunt", required=True)
    for key, label in (("description", "Toelichting"), ("minutes", "Verslag")):
        if key in fields:
            check_text(fields[key], label, long=True)
    if "presenter" in fields:
        check_text(fields["presenter"], "Inleider")
    if "planned_minutes" in fields:
        check_minutes(fields["planned_minutes"], "Geplande tijd")
    if "confidential" in fields:
        check_flag(fields["confidential"], "Vertrouwelijk")
    if "themes" in fields:
        check_themes(db, fields["themes"], "Thema's")
    if "labels" in fields:
        check_labels(fields["labels"], "Labels")
    return fields


def _codes(db: sqlite_utils.Database, table: str, column: str, item_id: int) -> tuple[str, ...]:
    """Return the theme codes or labels of an item in their order."""
    sql = f"SELECT {column} FROM {table} WHERE item_id = ? ORDER BY position"
    return tuple(row[0] for row in db.execute(sql, [item_id]).fetchall())


def _item(db: sqlite_utils.Database, row: dict[str, Any]) -> AgendaItem:
    """Build an AgendaItem from its row plus its themes and labels."""
    return AgendaItem(
        id=row["id"],
        meeting_id=row["meeting_id"],
        number=row["position"],
        title=row["title"],
        description=row["description"],
        presenter=row["presenter"],
        planned_minutes=row["planned_minutes"],
        confidential=bool(row["confidential"]),
        minutes=row["minutes"],
        themes=_codes(db, "agenda_item_themes", "theme_code", row["id"]),
        labels=_codes(db, "agenda_item_labels", "label", row["id"]),
    )


def get_item(db: sqlite_utils.Database, item_id: int) -> AgendaItem:
    """Return one agenda item, or raise NotFoundError."""
    rows = list(db.query("SELECT * FROM agenda_items WHERE id = ?", [item_id]))
    if not rows:
        raise NotFoundError(f"Agendapunt {item_id} bestaat niet.")
    return _item(db, rows[0])


def list_items(db: sqlite_utils.Database, meeting_id: int) -> list[AgendaItem]:
    """Return the agenda of a meeting in order."""
    meeting_row(db, meeting_id)
    sql = "SELECT * FROM agenda_items WHERE meeting_id = ? ORDER BY position, id"
    return [_item(db, row) for row in db.query(sql, [meeting_id])]


def _write_list(
    db: sqlite_utils.Database, table: str, column: str, item_id: int, values: list[str]
) -> None:
    """Replace the theme codes or labels of an item."""
    db.execute(f"DELETE FROM {table} WHERE item_id = ?", [item_id])
    for position, value in enumerate(values, start=1):
        db.execute(
            f"INSERT INTO {table} (item_id, {column}, position) VALUES (?, ?, ?)",
            [item_id, value, position],
        )


def _place(db: sqlite_utils.Database, meeting_id: int, item_id: int, position: int | None) -> None:
    """Put an item at a 1-based position (None: last) and renumber the agenda."""
    order = [
        row[0]
        for row in db.execute(
            "SELECT id FROM agenda_items WHERE meeting_id = ? AND id != ? ORDER BY position, id",
            [meeting_id, item_id],
        )
    ]
    index = len(order) if position is None else clamp_position(position, len(order) + 1, "Agenda")
    if position is not None:
        index -= 1
    order.insert(index, item_id)
    renumber(db, "agenda_items", order)


def add_item(
    db: sqlite_utils.Database,
    meeting_id: int,
    title: str,
    *,
    position: int | None = None,
    description: str = "",
    presenter: str = "",
    planned_minutes: int | None = None,
    themes: list[str] | tuple[str, ...] = (),
    labels: list[str] | tuple[str, ...] = (),
    confidential: bool = False,
    minutes: str = "",
) -> AgendaItem:
    """Add an item to a concept meeting at a 1-based position (default: at the end)."""
    fields = {
        "title": title, "description": description, "presenter": presenter,
        "planned_minutes": planned_minutes, "confidential": confidential, "minutes": minutes,
    }  # fmt: skip
    _checked(db, {**fields, "themes": themes, "labels": labels})
    with db.atomic():
        require_concept(db, meeting_id)
        cursor = db.execute(
            """INSERT INTO agenda_items (meeting_id, position, title, description, presenter,
                   planned_minutes, confidential, minutes)
               VALUES (:meeting_id, 1000000, :title, :description, :presenter,
                   :planned_minutes, :confidential, :minutes)""",
            {**fields, "meeting_id": meeting_id, "confidential": int(confidential)},
        )
        item_id = cursor.lastrowid
        _write_list(db, "agenda_item_themes", "theme_code", item_id, list(themes))
        _write_list(db, "agenda_item_labels", "label", item_id, list(labels))
        _place(db, meeting_id, item_id, position)
        touch_meeting(db, meeting_id)
        return get_item(db, item_id)


def update_item(db: sqlite_utils.Database, item_id: int, **fields: Any) -> AgendaItem:
    """Change some fields of an item of a concept meeting; return the item as stored."""
    check_fields(fields, ITEM_FIELDS, "Agendapunt")
    _checked(db, fields)
    with db.atomic():
        meeting_id = item_meeting_id(db, item_id)
        require_concept(db, meeting_id)
        if "themes" in fields:
            _write_list(db, "agenda_item_themes", "theme_code", item_id, fields.pop("themes"))
        if "labels" in fields:
            _write_list(db, "agenda_item_labels", "label", item_id, fields.pop("labels"))
        if "confidential" in fields:
            fields["confidential"] = int(fields["confidential"])
        if fields:
            assignments = ", ".join(f"{key} = :{key}" for key in fields)
            db.execute(
                f"UPDATE agenda_items SET {assignments} WHERE id = :id", {**fields, "id": item_id}
            )
        touch_meeting(db, meeting_id)
        return get_item(db, item_id)


def move_item(db: sqlite_utils.Database, item_id: int, position: int) -> list[AgendaItem]:
    """Move an item to a 1-based position on its agenda; return the renumbered agenda."""
    with db.atomic():
        meeting_id = item_meeting_id(db, item_id)
        require_concept(db, meeting_id)
        _place(db, meeting_id, item_id, position)
        touch_meeting(db, meeting_id)
        return list_items(db, meeting_id)


def delete_item(db: sqlite_utils.Database, item_id: int) -> "ItemSnapshot":
    """Remove an item with its decisions, actions and attachments; return all of it for undo."""
    from driehoek_app.core.item_snapshots import snapshot_item

    with db.atomic():
        meeting_id = item_meeting_id(db, item_id)
        require_concept(db, meeting_id)
        _refuse_if_carried_over(db, item_id, "verwijderd")
        snapshot = snapshot_item(db, item_id)
        db.execute("DELETE FROM agenda_items WHERE id = ?", [item_id])
        renumber(db, "agenda_items", [item.id for item in list_items(db, meeting_id)])
        touch_meeting(db, meeting_id)
        return snapshot


def _refuse_if_carried_over(db: sqlite_utils.Database, item_id: int, verb: str) -> None:
    """Refuse when an action of the item was already updated in a later meeting."""
    row = db.execute(
        """SELECT 1 FROM action_history h JOIN actions a ON a.id = h.action_id
           WHERE a.item_id = ?""",
        [item_id],
    ).fetchone()
    if row:
        raise ValidationError(
            f"Dit agendapunt kan niet worden {verb}: een actie ervan is in een latere "
            "vergadering bijgewerkt."
        )


def copy_item(
    db: sqlite_utils.Database, item_id: int, to_meeting_id: int, position: int | None = None
) -> AgendaItem:
    """Copy an item (title, description, presenter, time, themes, labels, flag, attachments).

    Minutes, decisions and actions belong to the meeting where they happened and are not copied.
    """
    from driehoek_app.core.attachments import copy_attachments

    with db.atomic():
        source = get_item(db, item_id)
        copy = add_item(
            db,
            to_meeting_id,
            source.title,
            position=position,
            description=source.description,
            presenter=source.presenter,
            planned_minutes=source.planned_minutes,
            themes=source.themes,
            labels=source.labels,
            confidential=source.confidential,
        )
        copy_attachments(db, item_id, copy.id)
        return copy


def move_item_to_meeting(
    db: sqlite_utils.Database, item_id: int, to_meeting_id: int, position: int | None = None
) -> AgendaItem:
    """Move an item without decisions or actions to another concept meeting of the same body."""
    with db.atomic():
        from_meeting_id = item_meeting_id(db, item_id)
        source = require_concept(db, from_meeting_id)
        target = require_concept(db, to_meeting_id)
        if from_meeting_id == to_meeting_id:
            move_item(db, item_id, position or 10**9)
            return get_item(db, item_id)
        if source["body_id"] != target["body_id"]:
            raise ValidationError(
                "Een agendapunt kan alleen naar een vergadering van hetzelfde overleg worden "
                "verplaatst; kopieer het anders."
            )
        for table, what in (("decisions", "besluiten"), ("actions", "acties")):
            if db.execute(f"SELECT 1 FROM {table} WHERE item_id = ?", [item_id]).fetchone():
                raise ValidationError(
                    f"Dit agendapunt heeft al {what} en blijft bij zijn vergadering; "
                    "kopieer het in plaats van het te verplaatsen."
                )
        db.execute(
            "UPDATE agenda_items SET meeting_id = ?, position = 1000000 WHERE id = ?",
            [to_meeting_id, item_id],
        )
        renumber(db, "agenda_items", [item.id for item in list_items(db, from_meeting_id)])
        _place(db, to_meeting_id, item_id, position)
        touch_meeting(db, from_meeting_id)
        touch_meeting(db, to_meeting_id)
        return get_item(db, item_id)


def planned_time(db: sqlite_utils.Database, meeting_id: int) -> PlannedTime:
    """Return the sum of planned item minutes against the meeting's length."""
    row = meeting_row(db, meeting_id)
    planned = db.execute(
        "SELECT COALESCE(SUM(planned_minutes), 0) FROM agenda_items WHERE meeting_id = ?",
        [meeting_id],
    ).fetchone()[0]
    start_h, start_m = map(int, row["start_time"].split(":"))
    end_h, end_m = map(int, row["end_time"].split(":"))
    return PlannedTime(planned, (end_h * 60 + end_m) - (start_h * 60 + start_m))

"""Agenda templates: a seeded standard driehoek agenda, editable, applied to new meetings."""

from dataclasses import dataclass
from typing import Any

import sqlite_utils

from driehoek_app.core.agenda import add_item, check_themes, list_items
from driehoek_app.core.meeting_base import (
    NotFoundError,
    ValidationError,
    check_fields,
    check_flag,
    check_minutes,
    check_text,
    clamp_position,
    renumber,
)

DEFAULT_TEMPLATE_NAME = "Standaard driehoekagenda"
TEMPLATE_ITEM_FIELDS = (
    "title", "description", "presenter", "planned_minutes", "confidential", "themes",
)  # fmt: skip
_OPENING_ITEMS = (("Opening", 5), ("Verslag vorige vergadering", 5), ("Actielijst", 10),
                  ("Mededelingen", 5))  # fmt: skip
_CLOSING_ITEMS = (("Rondvraag", 5), ("Sluiting", 0))
THEME_ITEM_MINUTES = 15


@dataclass(frozen=True)
class TemplateItem:
    """One item of an agenda template."""

    id: int
    template_id: int
    number: int
    title: str
    description: str
    presenter: str
    planned_minutes: int | None
    confidential: bool
    themes: tuple[str, ...]


@dataclass(frozen=True)
class Template:
    """An agenda template with its items in order."""

    id: int
    name: str
    description: str
    items: tuple[TemplateItem, ...]


def _themes(db: sqlite_utils.Database, template_item_id: int) -> tuple[str, ...]:
    """Return the theme codes of a template item in order."""
    sql = """SELECT theme_code FROM agenda_template_item_themes
             WHERE template_item_id = ? ORDER BY position"""
    return tuple(row[0] for row in db.execute(sql, [template_item_id]).fetchall())


def get_template(db: sqlite_utils.Database, template_id: int) -> Template:
    """Return one template with its items, or raise NotFoundError."""
    rows = list(db.query("SELECT * FROM agenda_templates WHERE id = ?", [template_id]))
    if not rows:
        raise NotFoundError(f"Agendasjabloon {template_id} bestaat niet.")
    items = tuple(
        TemplateItem(
            id=row["id"],
            template_id=template_id,
            number=row["position"],
            title=row["title"],
            description=row["description"],
            presenter=row["presenter"],
            planned_minutes=row["planned_minutes"],
            confidential=bool(row["confidential"]),
            themes=_themes(db, row["id"]),
        )
        for row in db.query(
            "SELECT * FROM agenda_template_items WHERE template_id = ? ORDER BY position, id",
            [template_id],
        )
    )
    return Template(rows[0]["id"], rows[0]["name"], rows[0]["description"], items)


def list_templates(db: sqlite_utils.Database) -> list[Template]:
    """Return every template ordered by name."""
    ids = [row[0] for row in db.execute("SELECT id FROM agenda_templates ORDER BY name, id")]
    return [get_template(db, template_id) for template_id in ids]


def default_template(db: sqlite_utils.Database) -> Template | None:
    """Return the seeded standard driehoek agenda if it still exists."""
    row = db.execute(
        "SELECT id FROM agenda_templates WHERE name = ?", [DEFAULT_TEMPLATE_NAME]
    ).fetchone()
    return get_template(db, row[0]) if row else None


def _check_name(db: sqlite_utils.Database, name: Any, template_id: int | None) -> None:
    """Validate a template name: required and unique."""
    check_text(name, "Naam van het sjabloon", required=True)
    row = db.execute("SELECT id FROM agenda_templates WHERE name = ?", [name]).fetchone()
    if row and row[0] != template_id:
        raise ValidationError(f"Naam van het sjabloon: {name} bestaat al.")


def create_template(db: sqlite_utils.Database, name: str, description: str = "") -> Template:
    """Create an empty template."""
    check_text(description, "Omschrijving van het sjabloon", long=True)
    with db.atomic():
        _check_name(db, name, None)
        cursor = db.execute(
            "INSERT INTO agenda_templates (name, description) VALUES (?, ?)", [name, description]
        )
        return get_template(db, cursor.lastrowid)


def update_template(db: sqlite_utils.Database, template_id: int, **fields: Any) -> Template:
    """Change the name or description of a template."""
    check_fields(fields, ("name", "description"), "Sjabloon")
    if "description" in fields:
        check_text(fields["description"], "Omschrijving van het sjabloon", long=True)
    with db.atomic():
        get_template(db, template_id)
        if "name" in fields:
            _check_name(db, fields["name"], template_id)
        for key, value in fields.items():
            db.execute(f"UPDATE agenda_templates SET {key} = ? WHERE id = ?", [value, template_id])
        return get_template(db, template_id)


def delete_template(db: sqlite_utils.Database, template_id: int) -> Template:
    """Remove a template (meetings made from it keep their agenda); return it."""
    with db.atomic():
        template = get_template(db, template_id)
        db.execute("DELETE FROM agenda_templates WHERE id = ?", [template_id])
        return template


def _checked(db: sqlite_utils.Database, fields: dict[str, Any]) -> None:
    """Validate template-item fields."""
    if "title" in fields:
        check_text(fields["title"], "Titel van het agendapunt", required=True)
    if "description" in fields:
        check_text(fields["description"], "Toelichting", long=True)
    if "presenter" in fields:
        check_text(fields["presenter"], "Inleider")
    if "planned_minutes" in fields:
        check_minutes(fields["planned_minutes"], "Geplande tijd")
    if "confidential" in fields:
        check_flag(fields["confidential"], "Vertrouwelijk")
    if "themes" in fields:
        check_themes(db, fields["themes"], "Thema's")


def _write_themes(db: sqlite_utils.Database, template_item_id: int, themes: Any) -> None:
    """Replace the theme codes of a template item."""
    db.execute(
        "DELETE FROM agenda_template_item_themes WHERE template_item_id = ?", [template_item_id]
    )
    for position, code in enumerate(themes, start=1):
        db.execute(
            """INSERT INTO agenda_template_item_themes (template_item_id, theme_code, position)
               VALUES (?, ?, ?)""",
            [template_item_id, code, position],
        )


def _item_ids(db: sqlite_utils.Database, template_id: int) -> list[int]:
    """Return the ids of a template's items in order."""
    sql = "SELECT id FROM agenda_template_items WHERE template_id = ? ORDER BY position, id"
    return [row[0] for row in db.execute(sql, [template_id])]


def add_template_item(
    db: sqlite_utils.Database,
    template_id: int,
    title: str,
    *,
    position: int | None = None,
    description: str = "",
    presenter: str = "",
    planned_minutes: int | None = None,
    confidential: bool = False,
    themes: list[str] | tuple[str, ...] = (),
) -> Template:
    """Add an item to a template at a 1-based position (default: at the end)."""
    fields = {"title": title, "description": description, "presenter": presenter,
              "planned_minutes": planned_minutes, "confidential": confidential}  # fmt: skip
    _checked(db, {**fields, "themes": themes})
    with db.atomic():
        get_template(db, template_id)
        cursor = db.execute(
            """INSERT INTO agenda_template_items (template_id, position, title, description,
                   presenter, planned_minutes, confidential)
               VALUES (:template, 1000000, :title, :description, :presenter, :planned_minutes,
                   :confidential)""",
            {**fields, "template": template_id, "confidential": int(confidential)},
        )
        _write_themes(db, cursor.lastrowid, themes)
        order = [i for i in _item_ids(db, template_id) if i != cursor.lastrowid]
        index = len(order) if position is None else clamp_position(position, len(order) + 1, "")
        order.insert(index if position is None else index - 1, cursor.lastrowid)
        renumber(db, "agenda_template_items", order)
        return get_template(db, template_id)


def _template_of_item(db: sqlite_utils.Database, template_item_id: int) -> int:
    """Return the template id of a template item, or raise NotFoundError."""
    row = db.execute(
        "SELECT template_id FROM agenda_template_items WHERE id = ?", [template_item_id]
    ).fetchone()
    if row is None:
        raise NotFoundError(f"Sjabloonpunt {template_item_id} bestaat niet.")
    return row[0]


def update_template_item(
    db: sqlite_utils.Database, template_item_id: int, **fields: Any
) -> Template:
    """Change fields of a template item; return the whole template."""
    check_fields(fields, TEMPLATE_ITEM_FIELDS, "Sjabloonpunt")
    _checked(db, fields)
    with db.atomic():
        template_id = _template_of_item(db, template_item_id)
        if "themes" in fields:
            _write_themes(db, template_item_id, fields.pop("themes"))
        if "confidential" in fields:
            fields["confidential"] = int(fields["confidential"])
        for key, value in fields.items():
            db.execute(
                f"UPDATE agenda_template_items SET {key} = ? WHERE id = ?",
                [value, template_item_id],
            )
        return get_template(db, template_id)


def move_template_item(db: sqlite_utils.Database, template_item_id: int, position: int) -> Template:
    """Move a template item to a 1-based position."""
    with db.atomic():
        template_id = _template_of_item(db, template_item_id)
        order = [i for i in _item_ids(db, template_id) if i != template_item_id]
        order.insert(clamp_position(position, len(order) + 1, "Sjabloon") - 1, template_item_id)
        renumber(db, "agenda_template_items", order)
        return get_template(db, template_id)


def delete_template_item(db: sqlite_utils.Database, template_item_id: int) -> Template:
    """Remove an item from a template."""
    with db.atomic():
        template_id = _template_of_item(db, template_item_id)
        db.execute("DELETE FROM agenda_template_items WHERE id = ?", [template_item_id])
        renumber(db, "agenda_template_items", _item_ids(db, template_id))
        return get_template(db, template_id)


def apply_template(db: sqlite_utils.Database, meeting_id: int, template_id: int) -> None:
    """Append the items of a template to the agenda of a concept meeting."""
    with db.atomic():
        for item in get_template(db, template_id).items:
            add_item(
                db,
                meeting_id,
                item.title,
                description=item.description,
                presenter=item.presenter,
                planned_minutes=item.planned_minutes,
                themes=item.themes,
                confidential=item.confidential,
            )


def template_from_meeting(
    db: sqlite_utils.Database, meeting_id: int, name: str, description: str = ""
) -> Template:
    """Save the agenda of a meeting (titles, times, themes; no minutes) as a new template."""
    with db.atomic():
        template = create_template(db, name, description)
        for item in list_items(db, meeting_id):
            add_template_item(
                db,
                template.id,
                item.title,
                description=item.description,
                presenter=item.presenter,
                planned_minutes=item.planned_minutes,
                confidential=item.confidential,
                themes=item.themes,
            )
        return get_template(db, template.id)


def seed_default_template(db: sqlite_utils.Database) -> Template:
    """Create the standard driehoek agenda: fixed items around one item per IMV theme."""
    themes = db.execute("SELECT code, short_title FROM themes ORDER BY number").fetchall()
    with db.atomic():
        template = create_template(
            db,
            DEFAULT_TEMPLATE_NAME,
            "Opening, verslag, actielijst, mededelingen, de IMV-thema's, rondvraag en sluiting.",
        )
        for title, minutes in _OPENING_ITEMS:
            add_template_item(db, template.id, title, planned_minutes=minutes)
        for code, short_title in themes:
            add_template_item(
                db, template.id, short_title, planned_minutes=THEME_ITEM_MINUTES, themes=[code]
            )
        for title, minutes in _CLOSING_ITEMS:
            add_template_item(db, template.id, title, planned_minutes=minutes)
        return get_template(db, template.id)

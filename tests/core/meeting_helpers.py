"""Shared helpers for the meeting tests: a migrated database and a few fictional people."""

import sqlite_utils

from driehoek_app.core.agenda_templates import default_template
from driehoek_app.core.bodies import Body, list_bodies
from driehoek_app.core.meetings import Meeting, create_meeting
from driehoek_app.core.people import Person, create_person

NASTY_TEXT = (
    "Tom & Jerry <b>vet</b> \"aanhalingstekens\" 'enkel' 😀 ĳsvrij שלום עולם\nregel 2\r\nregel 3\t"
)


def body(db: sqlite_utils.Database, code: str = "HLM") -> Body:
    """Return the body with this code."""
    return next(b for b in list_bodies(db) if b.code == code)


def new_meeting(
    db: sqlite_utils.Database, date: str = "2026-12-03", code: str = "HLM", **kwargs
) -> Meeting:
    """Create a meeting of the body with this code from the standard template."""
    kwargs.setdefault("template_id", default_template(db).id)
    return create_meeting(db, body(db, code).id, date, **kwargs)


def people(db: sqlite_utils.Database) -> dict[str, Person]:
    """Create the fictional members of a driehoek (names are made up)."""
    return {
        "burgemeester": create_person(db, "A. de Vries", "burgemeester", "Gemeente Haarlem"),
        "ovj": create_person(db, "B. Jansen", "officier van justitie", "Openbaar Ministerie"),
        "teamchef": create_person(db, "C. Bakker", "teamchef", "Politie Noord-Holland"),
        "secretaris": create_person(db, "D. Visser", "secretaris", "Gemeente Haarlem"),
    }

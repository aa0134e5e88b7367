"""Shared rules of the meeting services: errors, input checks, timestamps, the read-only guard."""

import contextlib
import datetime as dt
import re
from collections.abc import Sequence
from typing import Any

import sqlite_utils

from driehoek_app.core import dutch
from driehoek_app.core.errors import DriehoekError

FIRST_YEAR = 1990
LAST_YEAR = 2100
SHORT_TEXT_MAX = 1_000
LONG_TEXT_MAX = 2_000_000
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TIME_RE = re.compile(r"^(\d{1,2}):(\d{2})$")


class MeetingError(DriehoekError):
    """A meeting service refused a request; the message says why in Dutch."""


class NotFoundError(MeetingError):
    """The requested body, person, meeting, item, decision or action does not exist."""


class ReadOnlyError(MeetingError):
    """The meeting is vastgesteld and cannot be changed without a correction."""


class ValidationError(MeetingError):
    """A value given by the user is not acceptable (empty, too long, wrong kind)."""


def now_iso() -> str:
    """Return the current local time with its UTC offset, to the second."""
    return dt.datetime.now().astimezone().isoformat(timespec="seconds")


def dutch_date(iso: str | None) -> str:
    """Return an ISO date as Dutch words, e.g. '3 december 2026' (empty for None)."""
    if not iso:
        return ""
    return dutch.dutch_date(dt.date.fromisoformat(iso), weekday=False)


def check_text(value: Any, where: str, *, required: bool = False, long: bool = False) -> str:
    """Return value unchanged if it is acceptable user text, else raise ValidationError."""
    if not isinstance(value, str):
        raise ValidationError(f"{where}: moet tekst zijn.")
    if required and not value.strip():
        raise ValidationError(f"{where}: mag niet leeg zijn.")
    limit = LONG_TEXT_MAX if long else SHORT_TEXT_MAX
    if len(value) > limit:
        raise ValidationError(
            f"{where}: de tekst is te lang ({len(value):,} tekens; maximaal {limit:,}).".replace(
                ",", "."
            )
        )
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValidationError(f"{where}: bevat ongeldige tekens.") from None
    return value


def check_choice(value: Any, choices: Sequence[str], where: str) -> str:
    """Return value if it is one of choices, else raise a ValidationError listing them."""
    if not isinstance(value, str) or value not in choices:
        valid = ", ".join(choices)
        raise ValidationError(f"{where}: {value!r} is geen geldige keuze; kies uit: {valid}.")
    return value


def check_date(value: Any, where: str) -> str:
    """Return a date (datetime.date or 'YYYY-MM-DD') in FIRST_YEAR..LAST_YEAR as ISO text."""
    day = None
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        day = value
    elif isinstance(value, str) and _DATE_RE.match(value):
        with contextlib.suppress(ValueError):
            day = dt.date.fromisoformat(value)
    if day is None:
        raise ValidationError(f"{where}: geen geldige datum (verwacht JJJJ-MM-DD).")
    if not FIRST_YEAR <= day.year <= LAST_YEAR:  # a typing slip such as 0001-01-01
        raise ValidationError(f"{where}: {day.isoformat()} ligt buiten {FIRST_YEAR}-{LAST_YEAR}.")
    return day.isoformat()


def check_optional_date(value: Any, where: str) -> str | None:
    """Like check_date, but None and the empty string mean 'no date'."""
    if value is None or value == "":
        return None
    return check_date(value, where)


def check_time(value: Any, where: str) -> str:
    """Return a time (datetime.time or 'H:MM'/'HH:MM') as 'HH:MM', else raise ValidationError."""
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    match = _TIME_RE.match(value) if isinstance(value, str) else None
    if match and int(match[1]) < 24 and int(match[2]) < 60:
        return f"{int(match[1]):02d}:{match[2]}"
    raise ValidationError(f"{where}: geen geldige tijd (verwacht UU:MM).")


def check_minutes(value: Any, where: str) -> int | None:
    """Return a non-negative whole number of minutes (or None), else raise ValidationError."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 24 * 60:
        raise ValidationError(f"{where}: moet een geheel aantal minuten tussen 0 en 1440 zijn.")
    return value


def check_flag(value: Any, where: str) -> bool:
    """Return a boolean, else raise ValidationError."""
    if not isinstance(value, bool):
        raise ValidationError(f"{where}: moet waar of onwaar zijn.")
    return value


def check_fields(fields: dict[str, Any], allowed: Sequence[str], what: str) -> None:
    """Refuse update keywords that the service does not know (a programming error)."""
    unknown = sorted(set(fields) - set(allowed))
    if unknown:
        raise ValidationError(f"{what}: onbekend veld {unknown[0]!r}.")


def meeting_row(db: sqlite_utils.Database, meeting_id: int) -> dict[str, Any]:
    """Return the raw meetings row, or raise NotFoundError."""
    rows = list(db.query("SELECT * FROM meetings WHERE id = ?", [meeting_id]))
    if not rows:
        raise NotFoundError(f"Vergadering {meeting_id} bestaat niet.")
    return rows[0]


def require_concept(db: sqlite_utils.Database, meeting_id: int) -> dict[str, Any]:
    """Return the meeting row if it may still be changed; refuse a vastgesteld meeting."""
    row = meeting_row(db, meeting_id)
    if row["status"] == "vastgesteld":
        raise ReadOnlyError(
            f"De vergadering van {dutch_date(row['date'])} is vastgesteld en kan niet meer "
            "worden gewijzigd; maak een correctie (nieuwe versie) met een reden."
        )
    return row


def touch_meeting(db: sqlite_utils.Database, meeting_id: int) -> None:
    """Record that the meeting (or something in it) changed just now."""
    db.execute("UPDATE meetings SET updated_at = ? WHERE id = ?", [now_iso(), meeting_id])


def item_meeting_id(db: sqlite_utils.Database, item_id: int) -> int:
    """Return the id of the meeting an agenda item belongs to, or raise NotFoundError."""
    row = db.execute("SELECT meeting_id FROM agenda_items WHERE id = ?", [item_id]).fetchone()
    if row is None:
        raise NotFoundError(f"Agendapunt {item_id} bestaat niet.")
    return row[0]


def next_position(db: sqlite_utils.Database, table: str, column: str, owner_id: int) -> int:
    """Return the position after the last row of table whose column equals owner_id."""
    sql = f"SELECT COALESCE(MAX(position), 0) + 1 FROM {table} WHERE {column} = ?"
    return db.execute(sql, [owner_id]).fetchone()[0]


def renumber(db: sqlite_utils.Database, table: str, ids: Sequence[int]) -> None:
    """Set position 1..n on the rows of table in the order of ids."""
    for position, row_id in enumerate(ids, start=1):
        db.execute(f"UPDATE {table} SET position = ? WHERE id = ?", [position, row_id])


def clamp_position(position: Any, count: int, where: str) -> int:
    """Return a 1-based position limited to 1..count, or raise ValidationError."""
    if isinstance(position, bool) or not isinstance(position, int):
        raise ValidationError(f"{where}: de positie moet een geheel getal zijn.")
    return max(1, min(position, count))

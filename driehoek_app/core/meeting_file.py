"""The meeting file (JSON): check its decoded content and turn it into plain specs.

The format is documented in docs/meeting-file.schema.json and docs/meetings.md. Every
problem is reported as one Dutch sentence that starts with the place in the file, e.g.
`items[3].actions[0].due: geen geldige datum (verwacht JJJJ-MM-DD).`
Dates (date, approved_on, actions' due) must lie in the years 1990-2100, so that a slip such
as 0001-01-01 is caught. Checks that need the database (basisteam, matched without case or
accents; themes; decision numbers) happen on import.
"""

import base64
import binascii
from dataclasses import dataclass
from typing import Any

from driehoek_app.core.meeting_base import (
    MeetingError,
    check_choice,
    check_date,
    check_flag,
    check_minutes,
    check_optional_date,
    check_text,
    check_time,
)
from driehoek_app.core.meeting_schema import (
    ACTION_STATUSES,
    ATTENDANCE_STATUSES,
    CLASSIFICATIONS,
    MEETING_STATUSES,
    ROLES,
)

FORMAT_NAME = "driehoek-vergadering"
FORMAT_VERSION = 1
TOP_KEYS = (
    "$schema", "format", "format_version", "basisteam", "body", "date", "start", "end",
    "location", "classification", "chair", "status", "version", "approved_on",
    "correction_reason", "attendees", "items",
)  # fmt: skip
ATTENDEE_KEYS = ("name", "role", "organisation", "email", "present", "attendance")
CHAIR_KEYS = ("name", "role", "organisation", "email")
ITEM_KEYS = (
    "title", "description", "presenter", "duration_min", "themes", "labels", "confidential",
    "minutes", "decisions", "actions", "attachments",
)  # fmt: skip
DECISION_KEYS = ("number", "text")
ACTION_KEYS = ("text", "owner", "due", "status", "remark")
ATTACHMENT_KEYS = ("name", "media_type", "size", "data")


class MeetingFileError(MeetingError):
    """The meeting file cannot be read or does not have the documented shape."""


@dataclass(frozen=True)
class PersonSpec:
    """An attendee (or the chair) as named in the file."""

    name: str
    role: str
    organisation: str
    email: str
    attendance: str
    where: str


@dataclass(frozen=True)
class DecisionSpec:
    """A decision: its text and, when the file gives one, its number."""

    text: str
    number: str | None
    where: str


@dataclass(frozen=True)
class ActionSpec:
    """An action as given in the file."""

    text: str
    owner: str
    due: str | None
    status: str
    remark: str


@dataclass(frozen=True)
class AttachmentSpec:
    """An attachment with its decoded bytes."""

    name: str
    media_type: str | None
    data: bytes


@dataclass(frozen=True)
class ItemSpec:
    """An agenda item with everything under it."""

    title: str
    description: str
    presenter: str
    planned_minutes: int | None
    themes: tuple[str, ...]
    labels: tuple[str, ...]
    confidential: bool
    minutes: str
    decisions: tuple[DecisionSpec, ...]
    actions: tuple[ActionSpec, ...]
    attachments: tuple[AttachmentSpec, ...]
    where: str


@dataclass(frozen=True)
class MeetingSpec:
    """A whole meeting as read from a file, checked for shape and values."""

    basisteam: str | None
    body: str | None
    date: str
    start: str
    end: str
    location: str
    classification: str
    chair: PersonSpec | str | None
    status: str
    version: int
    approved_on: str | None
    correction_reason: str
    attendees: tuple[PersonSpec, ...]
    items: tuple[ItemSpec, ...]


def _at(where: str, key: str) -> str:
    """Return the path of key inside the object at where."""
    return f"{where}.{key}" if where else key


def _object(value: Any, where: str, keys: tuple[str, ...], required: tuple[str, ...]) -> dict:
    """Check that value is an object with only known keys and all required keys."""
    if not isinstance(value, dict):
        raise MeetingFileError(f"{where or 'bestand'}: verwacht een object {{...}}.")
    for key in value:
        if key not in keys:
            raise MeetingFileError(f"{_at(where, key)}: onbekend veld.")
    for key in required:
        if key not in value:
            raise MeetingFileError(f"{_at(where, key)}: ontbreekt.")
    return value


def _date(value: Any, where: str) -> str:
    """Return a required date as ISO text, within the sane range."""
    return check_date(value, where)


def _optional_date(value: Any, where: str) -> str | None:
    """Return an optional date as ISO text (None when absent), within the sane range."""
    return check_optional_date(value, where)


def _list(obj: dict, key: str, where: str) -> list:
    """Return the list under key (an absent key is an empty list)."""
    value = obj.get(key, [])
    if not isinstance(value, list):
        raise MeetingFileError(f"{_at(where, key)}: verwacht een lijst [...].")
    return value


def _text(obj: dict, key: str, where: str, *, required: bool = False, long: bool = False) -> str:
    """Return the text under key ('' when absent and not required)."""
    return check_text(obj.get(key, ""), _at(where, key), required=required, long=long)


def _parse_person(value: Any, where: str, keys: tuple[str, ...]) -> PersonSpec:
    """Check an attendee or chair object."""
    obj = _object(value, where, keys, ("name",) if keys == CHAIR_KEYS else ("name", "role"))
    role = check_choice(obj.get("role", "gast"), ROLES, _at(where, "role"))
    email = _text(obj, "email", where)
    if email and "@" not in email:
        raise MeetingFileError(f"{_at(where, 'email')}: geen geldig e-mailadres.")
    attendance = "aanwezig"
    if "present" in obj:
        present = check_flag(obj["present"], _at(where, "present"))
        attendance = "aanwezig" if present else "afwezig"
    if "attendance" in obj:
        status = check_choice(obj["attendance"], ATTENDANCE_STATUSES, _at(where, "attendance"))
        if "present" in obj and (status == "aanwezig") != obj["present"]:
            raise MeetingFileError(
                f"{_at(where, 'attendance')}: {status!r} spreekt 'present' tegen."
            )
        attendance = status
    return PersonSpec(
        name=_text(obj, "name", where, required=True),
        role=role,
        organisation=_text(obj, "organisation", where),
        email=email,
        attendance=attendance,
        where=where,
    )


def _parse_decision(value: Any, where: str) -> DecisionSpec:
    """Check a decision: a text, or an object with text and optional number."""
    if isinstance(value, str):
        return DecisionSpec(check_text(value, where, required=True, long=True), None, where)
    if not isinstance(value, dict):
        raise MeetingFileError(
            f'{where}: verwacht een tekst (of een object met "text" en eventueel "number").'
        )
    obj = _object(value, where, DECISION_KEYS, ("text",))
    number = obj.get("number")
    if number is not None and not isinstance(number, str):
        raise MeetingFileError(f"{_at(where, 'number')}: moet tekst zijn.")
    return DecisionSpec(_text(obj, "text", where, required=True, long=True), number, where)


def _parse_action(value: Any, where: str) -> ActionSpec:
    """Check an action object."""
    obj = _object(value, where, ACTION_KEYS, ("text",))
    return ActionSpec(
        text=_text(obj, "text", where, required=True, long=True),
        owner=_text(obj, "owner", where),
        due=_optional_date(obj.get("due"), _at(where, "due")),
        status=check_choice(obj.get("status", "open"), ACTION_STATUSES, _at(where, "status")),
        remark=_text(obj, "remark", where, long=True),
    )


def _parse_attachment(value: Any, where: str) -> AttachmentSpec:
    """Check an attachment object and decode its base64 data."""
    obj = _object(value, where, ATTACHMENT_KEYS, ("name", "data"))
    encoded = obj["data"]
    if not isinstance(encoded, str):
        raise MeetingFileError(f"{_at(where, 'data')}: moet base64-tekst zijn.")
    try:
        data = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        raise MeetingFileError(f"{_at(where, 'data')}: geen geldige base64-tekst.") from None
    if "size" in obj and obj["size"] != len(data):
        raise MeetingFileError(
            f"{_at(where, 'size')}: {obj['size']!r} klopt niet met de inhoud ({len(data)} bytes)."
        )
    media_type = obj.get("media_type")
    if media_type is not None:
        check_text(media_type, _at(where, "media_type"), required=True)
    return AttachmentSpec(_text(obj, "name", where, required=True), media_type, data)


def _parse_item(value: Any, where: str) -> ItemSpec:
    """Check an agenda item with its decisions, actions and attachments."""
    obj = _object(value, where, ITEM_KEYS, ("title",))
    for key in ("themes", "labels"):
        for index, entry in enumerate(_list(obj, key, where)):
            check_text(entry, f"{_at(where, key)}[{index}]", required=True)
    return ItemSpec(
        title=_text(obj, "title", where, required=True),
        description=_text(obj, "description", where, long=True),
        presenter=_text(obj, "presenter", where),
        planned_minutes=check_minutes(obj.get("duration_min"), _at(where, "duration_min")),
        themes=tuple(_list(obj, "themes", where)),
        labels=tuple(_list(obj, "labels", where)),
        confidential=check_flag(obj.get("confidential", False), _at(where, "confidential")),
        minutes=_text(obj, "minutes", where, long=True),
        decisions=tuple(
            _parse_decision(d, f"{_at(where, 'decisions')}[{i}]")
            for i, d in enumerate(_list(obj, "decisions", where))
        ),
        actions=tuple(
            _parse_action(a, f"{_at(where, 'actions')}[{i}]")
            for i, a in enumerate(_list(obj, "actions", where))
        ),
        attachments=tuple(
            _parse_attachment(a, f"{_at(where, 'attachments')}[{i}]")
            for i, a in enumerate(_list(obj, "attachments", where))
        ),
        where=where,
    )


def _parse_chair(value: Any) -> PersonSpec | str | None:
    """Check the chair: absent/null, the name of an attendee, or a person object."""
    if value is None:
        return None
    if isinstance(value, str):
        return check_text(value, "chair", required=True)
    return _parse_person(value, "chair", CHAIR_KEYS)


def parse_meeting(data: Any) -> MeetingSpec:
    """Check a decoded meeting file and return it as a MeetingSpec."""
    obj = _object(data, "", TOP_KEYS, ("date", "start", "end"))
    if "format" in obj and obj["format"] != FORMAT_NAME:
        raise MeetingFileError(f"format: verwacht {FORMAT_NAME!r}.")
    if "format_version" in obj and obj["format_version"] != FORMAT_VERSION:
        raise MeetingFileError(
            f"format_version: versie {obj['format_version']!r} wordt niet ondersteund "
            f"(wel versie {FORMAT_VERSION})."
        )
    if ("basisteam" in obj) == ("body" in obj):
        raise MeetingFileError("basisteam: geef precies één van 'basisteam' en 'body'.")
    start, end = check_time(obj["start"], "start"), check_time(obj["end"], "end")
    if end <= start:
        raise MeetingFileError(f"end: {end} ligt niet na de begintijd {start}.")
    status = check_choice(obj.get("status", "concept"), MEETING_STATUSES, "status")
    approved_on = _optional_date(obj.get("approved_on"), "approved_on")
    if status == "vastgesteld" and approved_on is None:
        raise MeetingFileError(
            "approved_on: ontbreekt; een vastgestelde vergadering heeft een datum."
        )
    if status == "concept" and approved_on is not None:
        raise MeetingFileError("approved_on: een conceptvergadering is nog niet vastgesteld.")
    version = obj.get("version", 1)
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise MeetingFileError("version: moet een geheel getal vanaf 1 zijn.")
    return MeetingSpec(
        basisteam=_text(obj, "basisteam", "", required=True) if "basisteam" in obj else None,
        body=_text(obj, "body", "", required=True) if "body" in obj else None,
        date=_date(obj["date"], "date"),
        start=start,
        end=end,
        location=_text(obj, "location", ""),
        classification=check_choice(
            obj.get("classification", "vertrouwelijk"), CLASSIFICATIONS, "classification"
        ),
        chair=_parse_chair(obj.get("chair")),
        status=status,
        version=version,
        approved_on=approved_on,
        correction_reason=_text(obj, "correction_reason", "", long=True),
        attendees=tuple(
            _parse_person(a, f"attendees[{i}]", ATTENDEE_KEYS)
            for i, a in enumerate(_list(obj, "attendees", ""))
        ),
        items=tuple(
            _parse_item(item, f"items[{i}]") for i, item in enumerate(_list(obj, "items", ""))
        ),
    )

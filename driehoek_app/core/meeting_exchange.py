"""Import a meeting file into the database (all or nothing) and export a meeting to one.

Duplicate rule: a meeting of the same body on the same date at the same start time is
refused, unless allow_duplicate is set; then decision numbers from the file that are
already in use get new numbers. Attendees are matched to people by exact name plus
organisation, or created.
"""

import base64
import unicodedata
from pathlib import Path
from typing import Any

import sqlite_utils

from driehoek_app.core.actions import Action, add_action, list_actions
from driehoek_app.core.agenda import add_item, check_themes, list_items
from driehoek_app.core.approval import approve_meeting
from driehoek_app.core.attachments import add_attachment, list_attachments, read_attachment
from driehoek_app.core.attendance import list_attendance, set_attendance
from driehoek_app.core.bodies import Body, body_by_code, body_for_basisteam, get_body
from driehoek_app.core.decisions import insert_decision, item_decisions, parse_number
from driehoek_app.core.meeting_base import MeetingError, dutch_date
from driehoek_app.core.meeting_file import (
    FORMAT_NAME,
    FORMAT_VERSION,
    ItemSpec,
    MeetingFileError,
    MeetingSpec,
    PersonSpec,
    parse_meeting,
)
from driehoek_app.core.meeting_file_io import read_meeting_file, write_meeting_file
from driehoek_app.core.meetings import Meeting, create_meeting, find_meeting, get_meeting
from driehoek_app.core.people import Person, find_or_create_person, get_person


def _folded(name: str) -> str:
    """Return a name for loose comparison: no accents, no case, single spaces, no 'Basisteam'."""
    decomposed = unicodedata.normalize("NFKD", name)
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    words = bare.casefold().split()
    if words and words[0] in ("basisteam", "basisteamdriehoek"):
        words = words[1:]
    return " ".join(words)


def basisteam_name(db: sqlite_utils.Database, name: str) -> str:
    """Return the basisteam name as in the formation table for a loosely typed one.

    'haarlem', 'HAARLEM', 'Basisteam Haarlem' and 'ĳmond' all match; an unknown name is
    returned unchanged, so the lookup that follows lists the valid names.
    """
    wanted = _folded(name)
    for (known,) in db.execute("SELECT name FROM basisteams ORDER BY id"):
        if _folded(known) == wanted:
            return known
    return name


def _body(db: sqlite_utils.Database, spec: MeetingSpec) -> Body:
    """Return the body named by the file (a basisteam, or a body code)."""
    if spec.basisteam is not None:
        try:
            return body_for_basisteam(db, basisteam_name(db, spec.basisteam), "basisteam")
        except MeetingError as exc:
            raise MeetingFileError(exc.message) from None
    return body_by_code(db, spec.body or "", "body")


def _check_against_database(
    db: sqlite_utils.Database, spec: MeetingSpec, body: Body, allow_duplicate: bool
) -> set[str]:
    """Check themes, decision numbers and duplicates; return numbers to replace by new ones."""
    existing = find_meeting(db, body.id, spec.date, spec.start)
    if existing and not allow_duplicate:
        raise MeetingFileError(
            f"Er bestaat al een vergadering van {body.name} op {dutch_date(spec.date)} om "
            f"{spec.start} (id {existing.id}); gebruik --allow-duplicate om toch te importeren."
        )
    seen: dict[str, str] = {}
    replace = set()
    for item in spec.items:
        check_themes(db, list(item.themes), f"{item.where}.themes")
        for decision in item.decisions:
            if decision.number is None:
                continue
            where = f"{decision.where}.number"
            parsed = parse_number(decision.number)
            if parsed is None or parsed[0] != body.code:
                raise MeetingFileError(
                    f"{where}: {decision.number!r} is geen besluitnummer van {body.name} "
                    f"(verwacht bijvoorbeeld {body.code}-{spec.date[:4]}-001)."
                )
            if decision.number in seen:
                raise MeetingFileError(
                    f"{where}: {decision.number} staat ook in {seen[decision.number]}."
                )
            seen[decision.number] = decision.where
            taken = db.execute("SELECT 1 FROM decisions WHERE number = ?", [decision.number])
            if taken.fetchone():
                if not allow_duplicate:
                    raise MeetingFileError(
                        f"{where}: besluitnummer {decision.number} is al in gebruik; laat het "
                        "nummer weg om een nieuw nummer te krijgen."
                    )
                replace.add(decision.number)
    return replace


def _person(db: sqlite_utils.Database, spec: PersonSpec) -> Person:
    """Return the person matching name and organisation, creating them when unknown."""
    try:
        return find_or_create_person(db, spec.name, spec.organisation, spec.role, spec.email)
    except MeetingError as exc:
        raise MeetingFileError(f"{spec.where}: {exc.message}") from None


def _chair_id(
    db: sqlite_utils.Database, spec: MeetingSpec, attendees: list[tuple[PersonSpec, Person]]
) -> int | None:
    """Resolve the chair: an attendee named by a string, or a person object."""
    if spec.chair is None:
        return None
    if isinstance(spec.chair, PersonSpec):
        return _person(db, spec.chair).id
    matches = [person for p_spec, person in attendees if p_spec.name == spec.chair]
    if len(matches) != 1:
        problem = "komt niet voor" if not matches else "komt meer dan eens voor"
        raise MeetingFileError(f"chair: {spec.chair!r} {problem} in attendees.")
    return matches[0].id


def import_meeting(
    db: sqlite_utils.Database, data: Any, *, allow_duplicate: bool = False
) -> Meeting:
    """Create a meeting from a decoded meeting file in one transaction; return it."""
    spec = parse_meeting(data)
    with db.atomic():
        body = _body(db, spec)
        replace = _check_against_database(db, spec, body, allow_duplicate)
        attendees = []
        seen = {}
        for attendee in spec.attendees:
            key = (attendee.name, attendee.organisation)
            if key in seen:
                raise MeetingFileError(f"{attendee.where}: staat ook al in {seen[key]}.")
            seen[key] = attendee.where
            attendees.append((attendee, _person(db, attendee)))
        meeting = create_meeting(
            db, body.id, spec.date, spec.start, spec.end, spec.location, spec.classification,
            _chair_id(db, spec, attendees), invite_members=False,
        )  # fmt: skip
        db.execute(
            "UPDATE meetings SET version = ?, correction_reason = ? WHERE id = ?",
            [spec.version, spec.correction_reason, meeting.id],
        )
        for attendee, person in attendees:
            set_attendance(db, meeting.id, person.id, attendee.attendance, attendee.role)
        for item in spec.items:
            try:
                _import_item(db, meeting.id, item, replace)
            except MeetingFileError:
                raise
            except MeetingError as exc:
                raise MeetingFileError(f"{item.where}: {exc.message}") from None
        if spec.status == "vastgesteld":
            try:
                approve_meeting(db, meeting.id, spec.approved_on or spec.date)
            except MeetingError as exc:
                raise MeetingFileError(f"approved_on: {exc.message}") from None
        return get_meeting(db, meeting.id)


def _import_item(
    db: sqlite_utils.Database, meeting_id: int, item: ItemSpec, replace: set[str]
) -> None:
    """Add one agenda item with its attachments, decisions and actions."""
    created = add_item(
        db, meeting_id, item.title, description=item.description, presenter=item.presenter,
        planned_minutes=item.planned_minutes, themes=list(item.themes),
        labels=list(item.labels), confidential=item.confidential, minutes=item.minutes,
    )  # fmt: skip
    for attachment in item.attachments:
        add_attachment(db, created.id, attachment.name, attachment.data, attachment.media_type)
    for decision in item.decisions:
        number = None if decision.number in replace else decision.number
        insert_decision(db, created.id, decision.text, number=number, where=decision.where)
    for action in item.actions:
        add_action(
            db, created.id, action.text, action.owner, action.due, action.status, action.remark
        )


def import_meeting_file(
    db: sqlite_utils.Database, path: Path | str, *, allow_duplicate: bool = False
) -> Meeting:
    """Read a meeting file and import it (nothing is written when anything is wrong)."""
    return import_meeting(db, read_meeting_file(path), allow_duplicate=allow_duplicate)


def action_to_dict(action: Action) -> dict[str, Any]:
    """Return an action in meeting-file form."""
    return {"text": action.text, "owner": action.owner, "due": action.due_date,
            "status": action.status, "remark": action.remark}  # fmt: skip


def _person_dict(person: Person, role: str) -> dict[str, Any]:
    """Return a person in meeting-file form."""
    return {"name": person.name, "role": role, "organisation": person.organisation,
            "email": person.email}  # fmt: skip


def _body_key(db: sqlite_utils.Database, body: Body) -> dict[str, str]:
    """Return {'basisteam': name} for a basisteamdriehoek, else {'body': code}."""
    if body.basisteam_name:
        return {"basisteam": body.basisteam_name}
    return {"body": body.code}


def export_meeting(
    db: sqlite_utils.Database, meeting_id: int, *, include_attachment_data: bool = True
) -> dict[str, Any]:
    """Return a meeting as a meeting-file dict (see docs/meeting-file.schema.json)."""
    meeting = get_meeting(db, meeting_id)
    body = get_body(db, meeting.body_id)
    actions_by_item: dict[int, list[Action]] = {}
    for action in list_actions(db, meeting_id):
        actions_by_item.setdefault(action.item_id, []).append(action)
    items = []
    for item in list_items(db, meeting_id):
        decisions = [{"number": d.number, "text": d.text} for d in item_decisions(db, item.id)]
        attachments = []
        for attachment in list_attachments(db, item.id):
            entry = {"name": attachment.name, "media_type": attachment.media_type,
                     "size": attachment.size}  # fmt: skip
            if include_attachment_data:
                entry["data"] = base64.b64encode(read_attachment(db, attachment.id)).decode()
            attachments.append(entry)
        items.append({
            "title": item.title, "description": item.description, "presenter": item.presenter,
            "duration_min": item.planned_minutes, "themes": list(item.themes),
            "labels": list(item.labels), "confidential": item.confidential,
            "minutes": item.minutes,
            "decisions": decisions,
            "actions": [action_to_dict(a) for a in actions_by_item.get(item.id, [])],
            "attachments": attachments,
        })  # fmt: skip
    attendees = [
        {**_person_dict(a.person, a.role), "present": a.present, "attendance": a.status}
        for a in list_attendance(db, meeting_id)
    ]
    chair = None
    if meeting.chair_id is not None:
        person = get_person(db, meeting.chair_id)
        chair = _person_dict(person, person.role)
    return {
        "format": FORMAT_NAME, "format_version": FORMAT_VERSION, **_body_key(db, body),
        "date": meeting.date, "start": meeting.start_time, "end": meeting.end_time,
        "location": meeting.location, "classification": meeting.classification, "chair": chair,
        "status": meeting.status, "version": meeting.version, "approved_on": meeting.approved_on,
        "correction_reason": meeting.correction_reason, "attendees": attendees, "items": items,
    }  # fmt: skip


def export_meeting_file(db: sqlite_utils.Database, meeting_id: int, path: Path | str) -> Path:
    """Write a meeting to a file atomically; return the path written."""
    return write_meeting_file(export_meeting(db, meeting_id), path)

"""Vaststellen of minutes, corrections as new versions, and reading earlier versions.

Approving a meeting stores a JSON snapshot of it (the meeting-file shape plus its
actielijst) as version N. A correction reopens the meeting as version N+1 with a stated
reason; approving it again stores version N+1. Stored versions are never changed.

Snapshot version 2 adds what the verslag of a vastgesteld meeting prints beyond the meeting
file: the body name, the date of the approving meeting, per carried-over action its id, item
number, confidentiality and the changes made to it in this meeting, and the minutes of other
meetings vastgesteld in this meeting. Older snapshots lack these keys; readers fall back.
"""

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from driehoek_app.core.meeting_base import (
    NotFoundError,
    ValidationError,
    check_date,
    check_text,
    dutch_date,
    meeting_row,
    now_iso,
    require_concept,
)
from driehoek_app.core.meetings import Meeting, get_meeting


@dataclass(frozen=True)
class MeetingVersion:
    """A stored, approved version of a meeting (its snapshot is read with read_version)."""

    meeting_id: int
    version: int
    reason: str
    approved_on: str
    approved_in_meeting_id: int | None
    created_at: str


def _check_approved_in(
    db: sqlite_utils.Database, row: dict[str, Any], approved_in_meeting_id: int | None
) -> None:
    """Check that the approving meeting is another, not earlier meeting of the same body."""
    if approved_in_meeting_id is None:
        return
    other = meeting_row(db, approved_in_meeting_id)
    if other["id"] == row["id"] or other["body_id"] != row["body_id"]:
        raise ValidationError("Vastgesteld in: kies een andere vergadering van hetzelfde overleg.")
    if (other["date"], other["start_time"]) < (row["date"], row["start_time"]):
        raise ValidationError(
            f"Vastgesteld in: de vergadering van {dutch_date(other['date'])} ligt vóór de "
            "vergadering die wordt vastgesteld."
        )


def _check_complete(db: sqlite_utils.Database, meeting_id: int) -> None:
    """Refuse approval while a decision or action has no text."""
    empty_decision = db.execute(
        """SELECT d.number FROM decisions d JOIN agenda_items i ON i.id = d.item_id
           WHERE i.meeting_id = ? AND trim(d.text) = '' ORDER BY i.position, d.position""",
        [meeting_id],
    ).fetchone()
    if empty_decision:
        raise ValidationError(
            f"Besluit {empty_decision[0]} heeft nog geen tekst; vul het aan of verwijder het."
        )
    empty_action = db.execute(
        """SELECT i.position FROM actions a JOIN agenda_items i ON i.id = a.item_id
           WHERE i.meeting_id = ? AND trim(a.text) = '' ORDER BY i.position, a.position""",
        [meeting_id],
    ).fetchone()
    if empty_action:
        raise ValidationError(
            f"Agendapunt {empty_action[0]} heeft een actie zonder tekst; vul die aan of "
            "verwijder haar."
        )


SNAPSHOT_VERSION = 2


def _carried_entry(db: sqlite_utils.Database, action: Any, meeting_id: int) -> dict[str, Any]:
    """Return a carried-over action as it stands, with the changes made in this meeting."""
    from driehoek_app.core.actions import action_history
    from driehoek_app.core.agenda import get_item
    from driehoek_app.core.meeting_exchange import action_to_dict

    item = get_item(db, action.item_id)
    changes = [
        {"field": change.field, "old": change.old_value, "new": change.new_value}
        for change in action_history(db, action.id)
        if change.meeting_id == meeting_id
    ]
    return {**action_to_dict(action), "meeting_date": action.meeting_date,
            "item_title": action.item_title, "action_id": action.id, "item_number": item.number,
            "item_confidential": item.confidential, "changes": changes}  # fmt: skip


def snapshot(db: sqlite_utils.Database, meeting_id: int) -> dict[str, Any]:
    """Return the meeting as a meeting-file dict plus what its verslag prints besides."""
    from driehoek_app.core.actions import actielijst
    from driehoek_app.core.meeting_exchange import export_meeting

    data = export_meeting(db, meeting_id, include_attachment_data=False)
    meeting = get_meeting(db, meeting_id)
    data["snapshot_version"] = SNAPSHOT_VERSION
    data["body_name"] = meeting.body_name
    data["approved_in_meeting_date"] = (
        meeting_row(db, meeting.approved_in_meeting_id)["date"]
        if meeting.approved_in_meeting_id is not None
        else None
    )
    data["actielijst"] = [
        _carried_entry(db, action, meeting_id) for action in actielijst(db, meeting_id)
    ]
    data["approvals"] = [
        {"meeting_id": v.meeting_id, "meeting_date": meeting_row(db, v.meeting_id)["date"],
         "version": v.version, "approved_on": v.approved_on}
        for v in approvals_in(db, meeting_id)
    ]  # fmt: skip
    return data


def approve_meeting(
    db: sqlite_utils.Database,
    meeting_id: int,
    approved_on: dt.date | str,
    approved_in_meeting_id: int | None = None,
) -> Meeting:
    """Vaststellen: make the meeting read-only and store this version's snapshot."""
    approved_on = check_date(approved_on, "Datum van vaststelling")
    with db.atomic():
        row = require_concept(db, meeting_id)
        if approved_on < row["date"]:
            raise ValidationError(
                f"Datum van vaststelling: {dutch_date(approved_on)} ligt vóór de vergadering "
                f"zelf ({dutch_date(row['date'])})."
            )
        _check_approved_in(db, row, approved_in_meeting_id)
        _check_complete(db, meeting_id)
        stamp = now_iso()
        db.execute(
            """UPDATE meetings SET status = 'vastgesteld', approved_on = ?,
                   approved_in_meeting_id = ?, updated_at = ? WHERE id = ?""",
            [approved_on, approved_in_meeting_id, stamp, meeting_id],
        )
        db.execute(
            """INSERT INTO meeting_versions (meeting_id, version, reason, approved_on,
                   approved_in_meeting_id, created_at, snapshot)
               VALUES (?, ?, ?, ?, ?, ?, ?)""",
            [
                meeting_id,
                row["version"],
                row["correction_reason"],
                approved_on,
                approved_in_meeting_id,
                stamp,
                json.dumps(snapshot(db, meeting_id), ensure_ascii=False),
            ],
        )
        return get_meeting(db, meeting_id)


def start_correction(db: sqlite_utils.Database, meeting_id: int, reason: str) -> Meeting:
    """Reopen a vastgesteld meeting as the next version, for the stated reason."""
    check_text(reason, "Reden van de correctie", required=True, long=True)
    with db.atomic():
        row = meeting_row(db, meeting_id)
        if row["status"] != "vastgesteld":
            raise ValidationError(
                f"De vergadering van {dutch_date(row['date'])} is nog niet vastgesteld en kan "
                "gewoon worden gewijzigd."
            )
        db.execute(
            """UPDATE meetings SET status = 'concept', version = version + 1,
                   correction_reason = ?, approved_on = NULL, approved_in_meeting_id = NULL,
                   updated_at = ? WHERE id = ?""",
            [reason, now_iso(), meeting_id],
        )
        return get_meeting(db, meeting_id)


def list_versions(db: sqlite_utils.Database, meeting_id: int) -> list[MeetingVersion]:
    """Return the stored (approved) versions of a meeting, oldest first."""
    meeting_row(db, meeting_id)
    sql = """SELECT meeting_id, version, reason, approved_on, approved_in_meeting_id, created_at
             FROM meeting_versions WHERE meeting_id = ? ORDER BY version"""
    return [MeetingVersion(**row) for row in db.query(sql, [meeting_id])]


def read_version(db: sqlite_utils.Database, meeting_id: int, version: int) -> dict[str, Any]:
    """Return the snapshot of one stored version (meeting-file shape plus 'actielijst')."""
    row = db.execute(
        "SELECT snapshot FROM meeting_versions WHERE meeting_id = ? AND version = ?",
        [meeting_id, version],
    ).fetchone()
    if row is None:
        raise NotFoundError(f"Versie {version} van vergadering {meeting_id} bestaat niet.")
    return json.loads(row[0])


def approvals_in(
    db: sqlite_utils.Database, meeting_id: int, *, recorded_before: str | None = None
) -> list[MeetingVersion]:
    """Return the versions of other meetings vastgesteld in this meeting, oldest meeting first.

    recorded_before limits them to versions stored up to that moment (created_at).
    """
    sql = """SELECT v.meeting_id, v.version, v.reason, v.approved_on, v.approved_in_meeting_id,
                    v.created_at
             FROM meeting_versions v JOIN meetings m ON m.id = v.meeting_id
             WHERE v.approved_in_meeting_id = :meeting
               AND (:before IS NULL OR v.created_at <= :before)
             ORDER BY m.date, m.start_time, m.id, v.version"""
    rows = db.query(sql, {"meeting": meeting_id, "before": recorded_before})
    return [MeetingVersion(**row) for row in rows]

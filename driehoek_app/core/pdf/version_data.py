"""A vastgesteld meeting as its documents print it: read from the stored version snapshot.

Once minutes are vastgesteld, later meetings may still close, re-date or re-assign their
actions; the verslag must keep showing what was approved. So the agenda and the verslag of a
vastgesteld meeting are built from the snapshot stored at approval (core.approval), never
from the live tables. Snapshots written before snapshot version 2 lack a few keys (item
number, confidentiality and changes of carried-over actions, approvals in the meeting); those
are looked up in the database, where they do not change once the meeting is vastgesteld.
"""

import datetime as dt
from typing import Any

import sqlite_utils

from driehoek_app.core import reference
from driehoek_app.core.actions import Action, actielijst, action_history
from driehoek_app.core.agenda import get_item
from driehoek_app.core.approval import MeetingVersion, approvals_in, list_versions, read_version
from driehoek_app.core.attachments import format_size
from driehoek_app.core.meetings import Meeting, get_meeting
from driehoek_app.core.pdf.canvas import Classification
from driehoek_app.core.pdf.meeting_model import (
    ActionLine,
    ApprovalLine,
    AttachmentLine,
    ChangeLine,
    DecisionLine,
    ItemData,
    MeetingDocument,
    Participant,
    clock_after,
    iso_date,
)

SECRETARY_ROLE = "secretaris"


def _stored_version(db: sqlite_utils.Database, meeting: Meeting) -> MeetingVersion:
    """Return the stored row of the meeting's current (vastgesteld) version."""
    for version in list_versions(db, meeting.id):
        if version.version == meeting.version:
            return version
    raise AssertionError(f"vergadering {meeting.id} mist versie {meeting.version}")


def _action_line(
    entry: dict[str, Any],
    item_number: int | None,
    item_title: str,
    meeting_date: str,
    changes: tuple[ChangeLine, ...] = (),
) -> ActionLine:
    """Return an action of the snapshot in printable form."""  # fmt: skip
    return ActionLine(
        text=entry["text"],
        owner=entry.get("owner", ""),
        due_date=iso_date(entry.get("due")),
        status=entry.get("status", "open"),
        remark=entry.get("remark", ""),
        item_number=item_number,
        item_title=item_title,
        meeting_date=dt.date.fromisoformat(meeting_date),
        changes=changes,
    )


def _items(
    db: sqlite_utils.Database, data: dict[str, Any], include_confidential: bool
) -> tuple[ItemData, ...]:
    """Return the agenda items of the snapshot, leaving out withheld content."""
    theme_names = {theme.code: theme.short_title for theme in reference.themes(db)}
    result, elapsed = [], 0
    for number, item in enumerate(data.get("items", []), start=1):
        confidential = bool(item.get("confidential", False))
        included = include_confidential or not confidential
        planned = item.get("duration_min")
        clock = clock_after(data["start"], elapsed)
        elapsed += planned or 0
        title = item["title"]
        decisions = tuple(
            DecisionLine(d["number"], d["text"], number, title) for d in item.get("decisions", [])
        )
        actions = tuple(
            _action_line(a, number, title, data["date"]) for a in item.get("actions", [])
        )
        attachments = tuple(
            AttachmentLine(a["name"], format_size(a.get("size", 0)))
            for a in item.get("attachments", [])
        )
        result.append(ItemData(
            number=number, title=title, presenter=item.get("presenter", ""),
            planned_minutes=planned, clock=clock,
            themes=tuple(theme_names.get(code, code) for code in item.get("themes", [])),
            labels=tuple(item.get("labels", [])), confidential=confidential, included=included,
            description=item.get("description", "") if included else "",
            minutes=item.get("minutes", "") if included else "",
            attachments=attachments if included else (),
            decisions=decisions if included else (),
            actions=actions if included else (),
        ))  # fmt: skip
    return tuple(result)


def _live_match(live: list[Action], entry: dict[str, Any]) -> Action | None:
    """Return the live action an old snapshot entry stands for (same meeting, item, text)."""
    for action in live:
        if (action.meeting_date, action.item_title, action.text) == (
            entry["meeting_date"], entry["item_title"], entry["text"]
        ):  # fmt: skip
            return action
    return None


def _entry_details(
    db: sqlite_utils.Database, meeting_id: int, entry: dict[str, Any], live: list[Action]
) -> tuple[int | None, bool, tuple[ChangeLine, ...]]:
    """Return item number, confidentiality and changes of a carried action of the snapshot."""
    if "item_number" in entry:
        changes = tuple(ChangeLine(c["field"], c["old"], c["new"]) for c in entry["changes"])
        return entry["item_number"], bool(entry["item_confidential"]), changes
    action = _live_match(live, entry)
    if action is None:
        return None, False, ()
    item = get_item(db, action.item_id)
    changes = tuple(
        ChangeLine(change.field, change.old_value, change.new_value)
        for change in action_history(db, action.id)
        if change.meeting_id == meeting_id
    )
    return item.number, item.confidential, changes


def _carried(
    db: sqlite_utils.Database, meeting_id: int, data: dict[str, Any], include_confidential: bool
) -> tuple[tuple[ActionLine, ...], int]:
    """Return the carried-over actions as they stood at approval, and how many are withheld."""
    entries = data.get("actielijst", [])
    live = [] if all("item_number" in e for e in entries) else actielijst(db, meeting_id)
    shown, withheld = [], 0
    for entry in entries:
        number, confidential, changes = _entry_details(db, meeting_id, entry, live)
        if confidential and not include_confidential:
            withheld += 1
            continue
        shown.append(
            _action_line(entry, number, entry["item_title"], entry["meeting_date"], changes)
        )
    return tuple(shown), withheld


def _approvals(
    db: sqlite_utils.Database, meeting_id: int, data: dict[str, Any], stored: MeetingVersion
) -> tuple[ApprovalLine, ...]:
    """Return the minutes of other meetings vastgesteld in this meeting, as recorded."""
    if "approvals" in data:
        return tuple(
            ApprovalLine(dt.date.fromisoformat(a["meeting_date"]), a["version"])
            for a in data["approvals"]
        )
    return tuple(
        ApprovalLine(dt.date.fromisoformat(get_meeting(db, v.meeting_id).date), v.version)
        for v in approvals_in(db, meeting_id, recorded_before=stored.created_at)
    )


def _approved_in_date(
    db: sqlite_utils.Database, data: dict[str, Any], stored: MeetingVersion
) -> dt.date | None:
    """Return the date of the meeting in which this version was vastgesteld, if recorded."""
    if data.get("approved_in_meeting_date"):
        return dt.date.fromisoformat(data["approved_in_meeting_date"])
    if stored.approved_in_meeting_id is None:
        return None
    return dt.date.fromisoformat(get_meeting(db, stored.approved_in_meeting_id).date)


def gather_version(
    db: sqlite_utils.Database, meeting: Meeting, *, include_confidential: bool = False
) -> MeetingDocument:
    """Return the documents' data of a vastgesteld meeting from its stored snapshot."""
    stored = _stored_version(db, meeting)
    data = read_version(db, meeting.id, stored.version)
    participants = tuple(
        Participant(a["name"], a.get("role", ""), a.get("organisation", ""),
                    a.get("attendance", "aanwezig" if a.get("present", True) else "afwezig"))
        for a in data.get("attendees", [])
    )  # fmt: skip
    carried, withheld = _carried(db, meeting.id, data, include_confidential)
    chair = data.get("chair") or {}
    return MeetingDocument(
        meeting_id=meeting.id,
        body_name=data.get("body_name") or meeting.body_name,
        date=dt.date.fromisoformat(data["date"]),
        start_time=data["start"],
        end_time=data["end"],
        location=data.get("location", ""),
        classification=Classification(data.get("classification", "vertrouwelijk")),
        chair=chair.get("name", ""),
        secretaries=tuple(p.name for p in participants if p.role == SECRETARY_ROLE),
        status="vastgesteld",
        version=stored.version,
        approved_on=iso_date(stored.approved_on),
        approved_in_date=_approved_in_date(db, data, stored),
        correction_reason=stored.reason,
        earlier_versions=tuple(
            v.version for v in list_versions(db, meeting.id) if v.version != stored.version
        ),
        participants=participants,
        items=_items(db, data, include_confidential),
        carried_actions=carried,
        withheld_carried_actions=withheld,
        include_confidential=include_confidential,
        approvals=_approvals(db, meeting.id, data, stored),
    )

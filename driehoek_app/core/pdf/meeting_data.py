"""Everything the agenda and the verslag print, gathered from the database into plain data.

Gathering reads the database (on the caller's thread); rendering works on this data only, so
a GUI can gather on its own thread and render on a worker. Confidential (vertrouwelijk /
casuïstiek) agenda items keep their number and title; their content (description,
attachments, minutes, decisions and actions) is only gathered when include_confidential is set.

A concept meeting is read as it stands now. A vastgesteld meeting is read from the snapshot
stored when it was approved (version_data), so its verslag prints exactly what was approved,
also after its actions were changed in later meetings.
"""

import datetime as dt

import sqlite_utils

from driehoek_app.core import reference
from driehoek_app.core.actions import Action, actielijst, action_history, list_actions
from driehoek_app.core.agenda import AgendaItem, get_item, list_items
from driehoek_app.core.approval import approvals_in, list_versions
from driehoek_app.core.attachments import list_attachments
from driehoek_app.core.attendance import list_attendance
from driehoek_app.core.decisions import list_decisions
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

__all__ = [
    "ActionLine",
    "ApprovalLine",
    "AttachmentLine",
    "ChangeLine",
    "DecisionLine",
    "ItemData",
    "MeetingDocument",
    "Participant",
    "clock_after",
    "gather_meeting",
]

SECRETARY_ROLE = "secretaris"


def _date(iso: str | None) -> dt.date | None:
    """Return an ISO date as a date (None stays None)."""
    return iso_date(iso)


def _action_line(
    action: Action, item: AgendaItem, changes: tuple[ChangeLine, ...] = ()
) -> ActionLine:
    """Return the printable form of an action agreed under item."""
    return ActionLine(
        text=action.text,
        owner=action.owner,
        due_date=_date(action.due_date),
        status=action.status,
        remark=action.remark,
        item_number=item.number,
        item_title=item.title,
        meeting_date=dt.date.fromisoformat(action.meeting_date),
        changes=changes,
    )


def _changes_in(
    db: sqlite_utils.Database, action_id: int, meeting_id: int
) -> tuple[ChangeLine, ...]:
    """Return the changes made to an action from this meeting's actielijst, oldest first."""
    return tuple(
        ChangeLine(change.field, change.old_value, change.new_value)
        for change in action_history(db, action_id)
        if change.meeting_id == meeting_id
    )


def _theme_names(db: sqlite_utils.Database) -> dict[str, str]:
    """Return the short title of every IMV theme by its code."""
    return {theme.code: theme.short_title for theme in reference.themes(db)}


def _item_data(
    db: sqlite_utils.Database,
    item: AgendaItem,
    clock: str,
    theme_names: dict[str, str],
    decisions: list[DecisionLine],
    actions: list[Action],
    include_confidential: bool,
) -> ItemData:
    """Return one item's printable data, leaving out withheld content."""
    included = include_confidential or not item.confidential
    attachments = tuple(AttachmentLine(a.name, a.size_text) for a in list_attachments(db, item.id))
    return ItemData(
        number=item.number,
        title=item.title,
        presenter=item.presenter,
        planned_minutes=item.planned_minutes,
        clock=clock,
        themes=tuple(theme_names.get(code, code) for code in item.themes),
        labels=item.labels,
        confidential=item.confidential,
        included=included,
        description=item.description if included else "",
        minutes=item.minutes if included else "",
        attachments=attachments if included else (),
        decisions=tuple(decisions) if included else (),
        actions=tuple(_action_line(a, item) for a in actions) if included else (),
    )


def _participants(db: sqlite_utils.Database, meeting_id: int) -> tuple[Participant, ...]:
    """Return the attendance list in its order."""
    return tuple(
        Participant(a.person.name, a.role, a.person.organisation, a.status)
        for a in list_attendance(db, meeting_id)
    )


def _carried(
    db: sqlite_utils.Database, meeting_id: int, include_confidential: bool
) -> tuple[tuple[ActionLine, ...], int]:
    """Return the actielijst actions of earlier meetings that may be shown, and how many not."""
    shown, withheld = [], 0
    items: dict[int, AgendaItem] = {}
    for action in actielijst(db, meeting_id):
        item = items.get(action.item_id) or get_item(db, action.item_id)
        items[action.item_id] = item
        if item.confidential and not include_confidential:
            withheld += 1
            continue
        shown.append(_action_line(action, item, _changes_in(db, action.id, meeting_id)))
    return tuple(shown), withheld


def _approved_in_date(db: sqlite_utils.Database, meeting: Meeting) -> dt.date | None:
    """Return the date of the meeting in which these minutes were vastgesteld, if recorded."""
    if meeting.approved_in_meeting_id is None:
        return None
    return dt.date.fromisoformat(get_meeting(db, meeting.approved_in_meeting_id).date)


def _approvals(db: sqlite_utils.Database, meeting_id: int) -> tuple[ApprovalLine, ...]:
    """Return the minutes of other meetings vastgesteld in this meeting."""
    return tuple(
        ApprovalLine(dt.date.fromisoformat(get_meeting(db, v.meeting_id).date), v.version)
        for v in approvals_in(db, meeting_id)
    )


def gather_meeting(
    db: sqlite_utils.Database, meeting_id: int, *, include_confidential: bool = False
) -> MeetingDocument:
    """Read one meeting with everything its agenda and verslag print (NotFoundError if absent).

    A vastgesteld meeting is read from its stored version, a concept meeting as it stands.
    """
    meeting = get_meeting(db, meeting_id)
    if meeting.status == "vastgesteld":
        from driehoek_app.core.pdf.version_data import gather_version

        return gather_version(db, meeting, include_confidential=include_confidential)
    theme_names = _theme_names(db)
    decisions_by_item: dict[int, list[DecisionLine]] = {}
    items = list_items(db, meeting_id)
    numbers = {item.id: item for item in items}
    for decision in list_decisions(db, meeting_id):
        item = numbers[decision.item_id]
        decisions_by_item.setdefault(item.id, []).append(
            DecisionLine(decision.number, decision.text, item.number, item.title)
        )
    actions_by_item: dict[int, list[Action]] = {}
    for action in list_actions(db, meeting_id):
        actions_by_item.setdefault(action.item_id, []).append(action)
    item_data, elapsed = [], 0
    for item in items:
        clock = clock_after(meeting.start_time, elapsed)
        elapsed += item.planned_minutes or 0
        item_data.append(
            _item_data(
                db,
                item,
                clock,
                theme_names,
                decisions_by_item.get(item.id, []),
                actions_by_item.get(item.id, []),
                include_confidential,
            )
        )
    participants = _participants(db, meeting_id)
    carried, withheld = _carried(db, meeting_id, include_confidential)
    return MeetingDocument(
        meeting_id=meeting.id,
        body_name=meeting.body_name,
        date=dt.date.fromisoformat(meeting.date),
        start_time=meeting.start_time,
        end_time=meeting.end_time,
        location=meeting.location,
        classification=Classification(meeting.classification),
        chair=meeting.chair_name or "",
        secretaries=tuple(p.name for p in participants if p.role == SECRETARY_ROLE),
        status=meeting.status,
        version=meeting.version,
        approved_on=_date(meeting.approved_on),
        approved_in_date=_approved_in_date(db, meeting),
        correction_reason=meeting.correction_reason,
        earlier_versions=tuple(
            v.version for v in list_versions(db, meeting_id) if v.version != meeting.version
        ),
        participants=participants,
        items=tuple(item_data),
        carried_actions=carried,
        withheld_carried_actions=withheld,
        include_confidential=include_confidential,
        approvals=_approvals(db, meeting_id),
    )

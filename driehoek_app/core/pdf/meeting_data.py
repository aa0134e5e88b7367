"""Everything the agenda and the verslag print, gathered from the database into plain data.

Gathering reads the database (on the caller's thread); rendering works on this data only, so
a GUI can gather on its own thread and render on a worker. Confidential (vertrouwelijk /
casuïstiek) agenda items keep their number and title; their content (description,
attachments, minutes, decisions and actions) is only gathered when include_confidential is set.
"""

import datetime as dt
from dataclasses import dataclass

import sqlite_utils

from driehoek_app.core import reference
from driehoek_app.core.actions import Action, actielijst, list_actions
from driehoek_app.core.agenda import AgendaItem, get_item, list_items
from driehoek_app.core.approval import list_versions
from driehoek_app.core.attachments import list_attachments
from driehoek_app.core.attendance import list_attendance
from driehoek_app.core.decisions import list_decisions
from driehoek_app.core.meetings import Meeting, get_meeting
from driehoek_app.core.pdf.canvas import Classification

SECRETARY_ROLE = "secretaris"


@dataclass(frozen=True)
class Participant:
    """A person on the attendance list: name, role, organisation and attendance status."""

    name: str
    role: str
    organisation: str
    status: str


@dataclass(frozen=True)
class AttachmentLine:
    """An attachment as listed on the agenda: its name and its size as Dutch text."""

    name: str
    size_text: str


@dataclass(frozen=True)
class DecisionLine:
    """A decision with its stable number and the agenda item it was taken under."""

    number: str
    text: str
    item_number: int
    item_title: str


@dataclass(frozen=True)
class ActionLine:
    """An action: what, who, by when, its status, and where it was agreed."""

    text: str
    owner: str
    due_date: dt.date | None
    status: str
    remark: str
    item_number: int
    item_title: str
    meeting_date: dt.date


@dataclass(frozen=True)
class ItemData:
    """One agenda item; content fields are empty when it is confidential and not included."""

    number: int
    title: str
    presenter: str
    planned_minutes: int | None
    clock: str
    themes: tuple[str, ...]
    labels: tuple[str, ...]
    confidential: bool
    included: bool
    description: str
    minutes: str
    attachments: tuple[AttachmentLine, ...]
    decisions: tuple[DecisionLine, ...]
    actions: tuple[ActionLine, ...]

    @property
    def withheld(self) -> bool:
        """Return True when the item is confidential and its content is left out."""
        return self.confidential and not self.included


@dataclass(frozen=True)
class MeetingDocument:
    """A meeting as the agenda and the verslag show it (plain data, no database)."""

    meeting_id: int
    body_name: str
    date: dt.date
    start_time: str
    end_time: str
    location: str
    classification: Classification
    chair: str
    secretaries: tuple[str, ...]
    status: str
    version: int
    approved_on: dt.date | None
    approved_in_date: dt.date | None
    correction_reason: str
    earlier_versions: tuple[int, ...]
    participants: tuple[Participant, ...]
    items: tuple[ItemData, ...]
    carried_actions: tuple[ActionLine, ...]
    withheld_carried_actions: int
    include_confidential: bool

    @property
    def is_concept(self) -> bool:
        """Return True while the minutes are not vastgesteld."""
        return self.status != "vastgesteld"

    @property
    def decisions(self) -> tuple[DecisionLine, ...]:
        """Return the decisions of this meeting that the document shows, in agenda order."""
        return tuple(decision for item in self.items for decision in item.decisions)

    @property
    def new_actions(self) -> tuple[ActionLine, ...]:
        """Return the actions agreed in this meeting that the document shows."""
        return tuple(action for item in self.items for action in item.actions)

    @property
    def withheld_items(self) -> tuple[ItemData, ...]:
        """Return the confidential items whose content is left out."""
        return tuple(item for item in self.items if item.withheld)

    @property
    def planned_minutes(self) -> int:
        """Return the sum of the planned minutes of all items."""
        return sum(item.planned_minutes or 0 for item in self.items)

    @property
    def meeting_minutes(self) -> int:
        """Return the length of the meeting in minutes."""
        return _minutes_of(self.end_time) - _minutes_of(self.start_time)

    @property
    def shows_confidential_content(self) -> bool:
        """Return True when content of a confidential item is in the document."""
        return any(item.confidential and item.included for item in self.items)

    @property
    def effective_classification(self) -> Classification:
        """Return the classification to print: vertrouwelijk once confidential content is in."""
        if self.shows_confidential_content:
            return Classification.VERTROUWELIJK
        return self.classification


def _minutes_of(clock: str) -> int:
    """Return the minutes since midnight of an 'HH:MM' time."""
    hours, minutes = clock.split(":")
    return int(hours) * 60 + int(minutes)


def clock_after(start: str, minutes: int) -> str:
    """Return the 'HH:MM' time that lies minutes after start (wrapping past midnight)."""
    total = (_minutes_of(start) + minutes) % (24 * 60)
    return f"{total // 60:02d}:{total % 60:02d}"


def _date(iso: str | None) -> dt.date | None:
    """Return an ISO date as a date (None stays None)."""
    return dt.date.fromisoformat(iso) if iso else None


def _action_line(action: Action, item: AgendaItem) -> ActionLine:
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
        shown.append(_action_line(action, item))
    return tuple(shown), withheld


def _approved_in_date(db: sqlite_utils.Database, meeting: Meeting) -> dt.date | None:
    """Return the date of the meeting in which these minutes were vastgesteld, if recorded."""
    if meeting.approved_in_meeting_id is None:
        return None
    return dt.date.fromisoformat(get_meeting(db, meeting.approved_in_meeting_id).date)


def gather_meeting(
    db: sqlite_utils.Database, meeting_id: int, *, include_confidential: bool = False
) -> MeetingDocument:
    """Read one meeting with everything its agenda and verslag print (NotFoundError if absent)."""
    meeting = get_meeting(db, meeting_id)
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
    )

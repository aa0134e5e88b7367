"""What the agenda and the verslag print, as plain data (no database, no ReportLab).

Two gatherers fill it: the live state of a concept meeting (meeting_data) and the stored
snapshot of a vastgesteld version (version_data).
"""

import datetime as dt
import unicodedata
from dataclasses import dataclass

from driehoek_app.core.pdf.canvas import Classification


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
class ChangeLine:
    """One change made to a carried-over action in this meeting (field, old and new value)."""

    field: str
    old: str | None
    new: str | None


@dataclass(frozen=True)
class ActionLine:
    """An action: what, who, by when, its status, where it was agreed, what changed here.

    item_number is None only for an action of an old snapshot whose item cannot be found.
    """

    text: str
    owner: str
    due_date: dt.date | None
    status: str
    remark: str
    item_number: int | None
    item_title: str
    meeting_date: dt.date
    changes: tuple[ChangeLine, ...] = ()


@dataclass(frozen=True)
class ApprovalLine:
    """Minutes vastgesteld in this meeting: of the meeting of meeting_date, in this version."""

    meeting_date: dt.date
    version: int


def _folded(title: str) -> str:
    """Return a title without accents and case, for recognising standard agenda items."""
    decomposed = unicodedata.normalize("NFKD", title)
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()


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

    @property
    def is_approval_item(self) -> bool:
        """Return True for the 'Verslag vorige vergadering' (vaststellen) item."""
        title = _folded(self.title)
        return "verslag" in title and ("vorig" in title or "vaststel" in title)

    @property
    def is_actielijst_item(self) -> bool:
        """Return True for the item where the actielijst is discussed."""
        title = _folded(self.title)
        return "actielijst" in title or "acties vorige" in title

    @property
    def is_empty(self) -> bool:
        """Return True when the item has no minutes, decisions or actions to print."""
        return not (self.minutes.strip() or self.decisions or self.actions)


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
    approvals: tuple[ApprovalLine, ...] = ()

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
        return minutes_of(self.end_time) - minutes_of(self.start_time)

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


def minutes_of(clock: str) -> int:
    """Return the minutes since midnight of an 'HH:MM' time."""
    hours, minutes = clock.split(":")
    return int(hours) * 60 + int(minutes)


def clock_after(start: str, minutes: int) -> str:
    """Return the 'HH:MM' time that lies minutes after start (wrapping past midnight)."""
    total = (minutes_of(start) + minutes) % (24 * 60)
    return f"{total // 60:02d}:{total % 60:02d}"


def iso_date(iso: str | None) -> dt.date | None:
    """Return an ISO date as a date (None and '' become None)."""
    return dt.date.fromisoformat(iso) if iso else None

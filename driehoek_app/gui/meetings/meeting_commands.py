"""Undo commands for the meeting as a whole: attendance list, details, items moved in."""

from dataclasses import dataclass
from typing import Any

from driehoek_app.core import agenda, attendance, meetings
from driehoek_app.core.attendance import Attendee
from driehoek_app.gui.meetings.commands import CoreCommand, Host
from driehoek_app.gui.meetings.handles import Handle

MEETING_DETAILS = "meeting"


@dataclass(frozen=True)
class AttendanceFocus:
    """Show the attendance list after an undo, with this person chosen."""

    person_id: int | None


class AttendanceChange(CoreCommand):
    """A change of the attendance list: undo and redo put back the whole list as it was."""

    def __init__(
        self,
        host: Host,
        text: str,
        before: list[Attendee],
        after: list[Attendee],
        person_id: int | None,
    ) -> None:
        """Remember the list before and after the change and the person it was about."""
        super().__init__(host, text, None, focus=AttendanceFocus(person_id))
        self.before, self.after = list(before), list(after)

    def apply(self) -> None:
        """Make the list as it was after the change."""
        attendance.restore_attendance(self.host.db, self.host.meeting_id, self.after)

    def revert(self) -> None:
        """Make the list as it was before the change."""
        attendance.restore_attendance(self.host.db, self.host.meeting_id, self.before)


def meeting_fields(meeting: meetings.Meeting) -> dict[str, Any]:
    """Return the details of a meeting that the properties dialog changes."""
    return {name: getattr(meeting, name) for name in meetings.MEETING_FIELDS}


class MeetingDetailsChange(CoreCommand):
    """Date, times, location, classification or chair changed in the properties dialog."""

    def __init__(self, host: Host, text: str, old: dict[str, Any], new: dict[str, Any]) -> None:
        """Remember the details before and after (only the ones that changed)."""
        super().__init__(host, text, None, focus=MEETING_DETAILS)
        changed = [name for name in new if old.get(name) != new[name]]
        self.old = {name: old.get(name) for name in changed}
        self.new = {name: new[name] for name in changed}

    def apply(self) -> None:
        """Store the new details."""
        meetings.update_meeting(self.host.db, self.host.meeting_id, **self.new)

    def revert(self) -> None:
        """Store the old details."""
        meetings.update_meeting(self.host.db, self.host.meeting_id, **self.old)


class MoveFromMeeting(CoreCommand):
    """An agenda item moved here from another concept meeting of the same body."""

    def __init__(
        self,
        host: Host,
        text: str,
        item: Handle,
        from_meeting_id: int,
        old_number: int,
        new_number: int,
    ) -> None:
        """Remember where the item came from and where it went."""
        super().__init__(host, text, item)
        self.from_meeting_id = from_meeting_id
        self.old_number, self.new_number = old_number, new_number

    def apply(self) -> None:
        """Move the item here again."""
        agenda.move_item_to_meeting(
            self.host.db, self.item.id, self.host.meeting_id, self.new_number
        )

    def revert(self) -> None:
        """Move the item back to its meeting, at its old number."""
        agenda.move_item_to_meeting(
            self.host.db, self.item.id, self.from_meeting_id, self.old_number
        )

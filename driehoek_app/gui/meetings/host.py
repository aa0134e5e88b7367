"""What the panels of the meeting screen ask of the screen (the one place that pushes commands)."""

from typing import Any, Protocol

import sqlite_utils

from driehoek_app.core.attachments import Attachment, AttachmentContent
from driehoek_app.core.attendance import Attendee
from driehoek_app.core.beeld_links import LinkRecord
from driehoek_app.gui.meetings.handles import Handle, HandleRegistry


class ChangeRecorder(Protocol):
    """Records a change a panel has already stored, so that Ctrl+Z can undo it."""

    def record_attachments_added(self, item_id: int, added: list[Attachment]) -> None:
        """Record attachments added to an item (one step)."""

    def record_attachment_removed(self, content: AttachmentContent) -> None:
        """Record a removed attachment with its bytes."""

    def record_attachment_renamed(self, attachment: Attachment, new_name: str) -> None:
        """Record a renamed attachment (attachment: as it was)."""

    def record_attendance(
        self, text: str, before: list[Attendee], after: list[Attendee], person_id: int | None
    ) -> None:
        """Record a change of the attendance list."""

    def record_links(
        self, item_id: int, added: list[LinkRecord], removed: list[LinkRecord]
    ) -> None:
        """Record phenomena linked to or unlinked from an agenda item."""


class EditorHost(ChangeRecorder, Protocol):
    """The meeting screen as the item editor and its panels see it."""

    db: sqlite_utils.Database
    meeting_id: int
    handles: HandleRegistry

    def edit_field(
        self, target: Handle, field: str, old: Any, new: Any, in_meeting: int | None = None
    ) -> bool:
        """Store a changed field as an undoable command; False (and a message) when refused."""

    def report_error(self, message: str) -> None:
        """Show a refusal (one Dutch sentence) in the status line of the screen."""

    def add_decision(self) -> None:
        """Add a decision to the current item and put the cursor in it."""

    def delete_decision(self, decision: Handle) -> None:
        """Delete a decision (undo brings it back with its number)."""

    def add_action(self) -> None:
        """Add an action to the current item and put the cursor in it."""

    def delete_action(self, action: Handle) -> None:
        """Delete an action (undo brings it back)."""

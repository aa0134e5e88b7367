"""What the panels of the meeting screen ask of the screen (the one place that pushes commands)."""

from typing import Any, Protocol

import sqlite_utils

from driehoek_app.gui.meetings.handles import Handle, HandleRegistry


class EditorHost(Protocol):
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

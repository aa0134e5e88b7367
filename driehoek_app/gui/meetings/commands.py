"""Undo commands that wrap the core calls: field changes and moves of agenda items.

Every change is made first (by the screen, so a refusal can be shown before anything is
pushed) and then pushed as a command that is already done; undo and redo call the core
again. Commands hold Handles, so they survive the new ids that a restore gives.
"""

from collections.abc import Callable
from typing import Any, Protocol

import sqlite_utils
from PySide6.QtGui import QUndoCommand

from driehoek_app.core import actions, agenda, decisions
from driehoek_app.gui.meetings.guarded import attempt
from driehoek_app.gui.meetings.handles import ACTION, DECISION, ITEM, Handle, HandleRegistry


class Host(Protocol):
    """What the commands need from the meeting screen."""

    db: sqlite_utils.Database
    meeting_id: int
    handles: HandleRegistry

    def after_change(self, item: Handle | None, focus: str = "") -> None:
        """Reload what changed and show the item (focus: which field to put the cursor in)."""

    def report_error(self, message: str) -> None:
        """Tell the user in one Dutch sentence that a change was refused."""


class CoreCommand(QUndoCommand):
    """Base class: runs the core call of redo/undo, reports refusals, refreshes the screen."""

    def __init__(self, host: Host, text: str, item: Handle | None, focus: str = "") -> None:
        """Remember the screen, the item to show afterwards and the field to focus."""
        super().__init__(text)
        self.host = host
        self.item = item
        self.focus = focus
        self._done_already = True

    def apply(self) -> None:
        """Make the change (redo)."""
        raise NotImplementedError

    def revert(self) -> None:
        """Take the change back (undo)."""
        raise NotImplementedError

    def _run(self, call: Callable[[], None]) -> None:
        """Run a core call; on refusal drop the command from the stack and tell the user.

        The refusal is reported after the screen is refreshed, so it is what the user reads.
        """
        outcome = attempt(call)
        if not outcome.ok:
            self.setObsolete(True)
        self.host.after_change(self.item, self.focus)
        if not outcome.ok:
            self.host.report_error(outcome.error or "")

    def redo(self) -> None:
        """Redo the change (the first redo, at push time, was already done by the screen)."""
        if self._done_already:
            self._done_already = False
            return
        self._run(self.apply)

    def undo(self) -> None:
        """Undo the change."""
        self._run(self.revert)


def write_field(
    db: sqlite_utils.Database, target: Handle, field: str, value: Any, in_meeting: int | None
) -> None:
    """Store one field of an item, decision or (possibly carried-over) action."""
    if target.kind == ITEM:
        agenda.update_item(db, target.id, **{field: value})
    elif target.kind == DECISION:
        decisions.update_decision(db, target.id, value)
    elif target.kind == ACTION:
        actions.update_action(db, target.id, in_meeting_id=in_meeting, **{field: value})
    else:
        raise ValueError(f"unknown kind {target.kind}")


class FieldCommand(CoreCommand):
    """A change of one field: the text typed in one pause, a checkbox, a date, a status."""

    def __init__(
        self,
        host: Host,
        text: str,
        item: Handle | None,
        target: Handle,
        field: str,
        old: Any,
        new: Any,
        in_meeting: int | None = None,
    ) -> None:
        """Remember the target, the field and both values."""
        super().__init__(host, text, item, focus=f"{target.kind}:{field}")
        self.target, self.field, self.old, self.new = target, field, old, new
        self.in_meeting = in_meeting

    def apply(self) -> None:
        """Store the new value."""
        write_field(self.host.db, self.target, self.field, self.new, self.in_meeting)

    def revert(self) -> None:
        """Store the old value."""
        write_field(self.host.db, self.target, self.field, self.old, self.in_meeting)


class MoveItemCommand(CoreCommand):
    """An agenda item moved to another place (by keyboard or by drag and drop)."""

    def __init__(self, host: Host, text: str, item: Handle, old: int, new: int) -> None:
        """Remember the item and its old and new number."""
        super().__init__(host, text, item)
        self.old, self.new = old, new

    def apply(self) -> None:
        """Move the item to its new number."""
        agenda.move_item(self.host.db, self.item.id, self.new)

    def revert(self) -> None:
        """Move the item back."""
        agenda.move_item(self.host.db, self.item.id, self.old)

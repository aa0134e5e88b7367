"""Every change made on the meeting screen, as core calls pushed on the meeting's undo stack."""

from typing import Any, Protocol

import sqlite_utils
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from driehoek_app.core import actions, agenda, decisions
from driehoek_app.gui.i18n import t
from driehoek_app.gui.meetings.commands import FieldCommand, MoveItemCommand, write_field
from driehoek_app.gui.meetings.guarded import attempt
from driehoek_app.gui.meetings.handles import ACTION, DECISION, ITEM, Handle, HandleRegistry
from driehoek_app.gui.meetings.presence_commands import (
    ActionPresence,
    DecisionPresence,
    ItemPresence,
)

AGENDA_FIELDS = ("title", "planned_minutes", "confidential")


class EditsView(Protocol):
    """What the edits need from the screen that shows them."""

    def current_item(self) -> Handle | None:
        """Return the handle of the item being edited."""

    def show_change(self, item: Handle | None, focus: Any = "") -> None:
        """Reload agenda and editor after a change; select item and focus a field or row."""

    def refresh_agenda_row(self, item: Handle) -> None:
        """Show the new title, time or flag of one item in the agenda list."""


class MeetingEdits(QObject):
    """Makes changes through core, records them for undo and reports saved or refused."""

    saved = Signal(str)  # an optional notice
    failed = Signal(str)  # one Dutch sentence
    refused = Signal(str)  # a typed value was not stored (it stays on the screen): why

    def __init__(
        self,
        db: sqlite_utils.Database,
        meeting_id: int,
        view: EditsView,
        parent: QObject | None = None,
    ) -> None:
        """Start with an empty undo stack for this meeting."""
        super().__init__(parent)
        self.db = db
        self.meeting_id = meeting_id
        self.view = view
        self.handles = HandleRegistry()
        self.stack = QUndoStack(self)

    # -- what the commands call back
    def after_change(self, item: Handle | None, focus: Any = "") -> None:
        """Show the result of an undo or redo."""
        self.view.show_change(item, focus)
        self.saved.emit("")

    def report_error(self, message: str) -> None:
        """Report a refusal: an undo or redo, or a typed date that does not exist."""
        self.failed.emit(message)

    def forget_history(self) -> None:
        """Clear the undo stack (after approval or a correction), outside any undo call."""
        QTimer.singleShot(0, self._clear)

    def _clear(self) -> None:
        """Clear the undo stack and the handles."""
        self.stack.clear()
        self.handles.clear()

    # -- field edits
    def edit_field(
        self, target: Handle, field: str, old: Any, new: Any, in_meeting: int | None = None
    ) -> bool:
        """Store a changed field and push it for undo; False (and a message) when refused."""
        outcome = attempt(lambda: write_field(self.db, target, field, new, in_meeting))
        if not outcome.ok:
            self.refused.emit(outcome.error or "")
            return False
        item = self.view.current_item()
        self.stack.push(FieldCommand(self, t("Change"), item, target, field, old, new, in_meeting))
        if target.kind == ITEM and field in AGENDA_FIELDS:
            self.view.refresh_agenda_row(target)
        self.saved.emit("")
        return True

    def _run(self, call, notice: str = ""):
        """Run a core call; report success (with a notice) or the refusal."""
        outcome = attempt(call)
        if outcome.ok:
            self.saved.emit(notice)
            return outcome.value
        self.failed.emit(outcome.error or "")
        return None

    # -- agenda
    def add_item(self, after_number: int | None) -> Handle | None:
        """Add an item after the given number (or at the end) and return its handle."""
        position = None if after_number is None else after_number + 1
        item = self._run(
            lambda: agenda.add_item(
                self.db, self.meeting_id, t("New agenda item"), position=position
            )
        )
        if item is None:
            return None
        handle = self.handles.get(ITEM, item.id)
        self.stack.push(ItemPresence(self, t("New agenda item"), handle, present_after=True))
        self.view.show_change(handle, "item:title")
        return handle

    def delete_item(self, item_id: int) -> None:
        """Delete an item with all it holds (undo brings everything back)."""
        handle = self.handles.get(ITEM, item_id)
        snapshot = self._run(
            lambda: agenda.delete_item(self.db, item_id),
            t("Agenda item removed; Ctrl+Z brings it back"),
        )
        if snapshot is None:
            return
        self.stack.push(ItemPresence(self, t("Remove agenda item"), handle, False, snapshot))
        self.view.show_change(None)

    def move_item(self, item_id: int, position: int) -> None:
        """Move an item to a new number (decision numbers do not change)."""
        handle = self.handles.get(ITEM, item_id)
        old = agenda.get_item(self.db, item_id).number
        if self._run(lambda: agenda.move_item(self.db, item_id, position)) is None:
            return
        self.stack.push(MoveItemCommand(self, t("Move agenda item"), handle, old, position))
        self.view.show_change(handle)

    # -- decisions and actions
    def add_decision(self) -> None:
        """Add a decision (with its number) to the current item and focus its text."""
        item = self.view.current_item()
        if item is None:
            return
        decision = self._run(lambda: decisions.add_decision(self.db, item.id))
        if decision is None:
            return
        handle = self.handles.get(DECISION, decision.id)
        self.stack.push(DecisionPresence(self, t("New decision"), item, handle, decision, True))
        self.view.show_change(item, handle)

    def delete_decision(self, decision: Handle) -> None:
        """Delete a decision; undo restores it with the same number."""
        item = self.view.current_item()
        kept = self._run(
            lambda: decisions.delete_decision(self.db, decision.id),
            t("Decision removed; Ctrl+Z brings it back with its number"),
        )
        if kept is None or item is None:
            return
        self.handles.retire(decision)
        self.stack.push(DecisionPresence(self, t("Remove decision"), item, decision, kept, False))
        self.view.show_change(item, "decisions")

    def add_action(self) -> None:
        """Add an action to the current item and focus its text."""
        item = self.view.current_item()
        if item is None:
            return
        action = self._run(lambda: actions.add_action(self.db, item.id))
        if action is None:
            return
        handle = self.handles.get(ACTION, action.id)
        self.stack.push(ActionPresence(self, t("New action"), item, handle, action, True))
        self.view.show_change(item, handle)

    def delete_action(self, action: Handle) -> None:
        """Delete an action; undo restores it."""
        item = self.view.current_item()
        kept = self._run(
            lambda: actions.delete_action(self.db, action.id),
            t("Action removed; Ctrl+Z brings it back"),
        )
        if kept is None or item is None:
            return
        self.handles.retire(action)
        self.stack.push(ActionPresence(self, t("Remove action"), item, action, kept, False))
        self.view.show_change(item, "actions")

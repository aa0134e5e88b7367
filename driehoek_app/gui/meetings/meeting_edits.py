"""Every change made on the meeting screen, as core calls pushed on the meeting's undo stack."""

from collections.abc import Callable
from typing import Any, Protocol, TypeVar

import sqlite_utils
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from driehoek_app.core import actions, agenda, beeld_links, decisions
from driehoek_app.core.attachments import Attachment, AttachmentContent
from driehoek_app.core.attendance import Attendee
from driehoek_app.core.beeld_links import LinkRecord
from driehoek_app.core.meetings import Meeting
from driehoek_app.gui.i18n import t
from driehoek_app.gui.meetings.attachment_commands import AttachmentPresence, AttachmentRename
from driehoek_app.gui.meetings.commands import FieldCommand, MoveItemCommand, write_field
from driehoek_app.gui.meetings.dialogs.copy_item import TakenItem
from driehoek_app.gui.meetings.guarded import attempt
from driehoek_app.gui.meetings.handles import (
    ACTION,
    ATTACHMENT,
    DECISION,
    ITEM,
    Handle,
    HandleRegistry,
)
from driehoek_app.gui.meetings.link_commands import LinkChange
from driehoek_app.gui.meetings.meeting_commands import (
    AttendanceChange,
    MeetingDetailsChange,
    MoveFromMeeting,
    meeting_fields,
)
from driehoek_app.gui.meetings.presence_commands import (
    ActionPresence,
    DecisionPresence,
    ItemPresence,
)

AGENDA_FIELDS = ("title", "planned_minutes", "confidential")
T = TypeVar("T")


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
        self.read_only = False  # a vastgesteld meeting: nothing is recorded, nothing undone
        self._notice = ""

    # -- undo and redo
    def undo(self) -> None:
        """Undo the last change and say which one it was."""
        if self.read_only or not self.stack.canUndo():
            return
        self._notice = t("Undone: {what}").format(what=self.stack.undoText())
        try:
            self.stack.undo()
        finally:
            self._notice = ""

    def redo(self) -> None:
        """Redo the last undone change and say which one it was."""
        if self.read_only or not self.stack.canRedo():
            return
        self._notice = t("Redone: {what}").format(what=self.stack.redoText())
        try:
            self.stack.redo()
        finally:
            self._notice = ""

    # -- what the commands call back
    def after_change(self, item: Handle | None, focus: Any = "") -> None:
        """Show the result of an undo or redo."""
        self.view.show_change(item, focus)
        self.saved.emit(self._notice)

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
        deleted = self._run(
            lambda: self._with_links(
                lambda: beeld_links.item_link_records(self.db, item_id),
                lambda: agenda.delete_item(self.db, item_id),
            ),
            t("Agenda item removed; Ctrl+Z brings it back"),
        )
        if deleted is None:
            return
        snapshot, links = deleted
        self.stack.push(ItemPresence(self, t("Remove agenda item"), handle, False, snapshot, links))
        self.view.show_change(None)

    def _with_links(
        self, keep_links: Callable[[], list[LinkRecord]], delete: Callable[[], T]
    ) -> tuple[T, list[LinkRecord]]:
        """Read the beeld links of a row, then delete it (one transaction); return both."""
        with self.db.atomic():
            links = keep_links()
            return delete(), links

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
        deleted = self._run(
            lambda: self._with_links(
                lambda: beeld_links.target_link_records(self.db, DECISION, decision.id),
                lambda: decisions.delete_decision(self.db, decision.id),
            ),
            t("Decision removed; Ctrl+Z brings it back with its number"),
        )
        if deleted is None or item is None:
            return
        kept, links = deleted
        self.handles.retire(decision)
        self.stack.push(
            DecisionPresence(self, t("Remove decision"), item, decision, kept, False, links)
        )
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
        deleted = self._run(
            lambda: self._with_links(
                lambda: beeld_links.target_link_records(self.db, ACTION, action.id),
                lambda: actions.delete_action(self.db, action.id),
            ),
            t("Action removed; Ctrl+Z brings it back"),
        )
        if deleted is None or item is None:
            return
        kept, links = deleted
        self.handles.retire(action)
        self.stack.push(ActionPresence(self, t("Remove action"), item, action, kept, False, links))
        self.view.show_change(item, "actions")

    # -- changes made by the panels and dialogs of the screen (already stored)
    def _record(self, command: QUndoCommand, notice: str | None = None) -> None:
        """Push a change that a panel already stored (a vastgesteld meeting records nothing).

        notice: report the save with this notice ("" for plain 'Opgeslagen'); None when the
        screen reports it itself.
        """
        if not self.read_only:
            self.stack.push(command)
        if notice is not None:
            self.saved.emit(notice)

    def record_attachments_added(self, item_id: int, added: list[Attachment]) -> None:
        """Record attachments added to an item (several files at once are one step)."""
        if not added:
            return
        item = self.handles.get(ITEM, item_id)
        text = t("Add attachment") if len(added) == 1 else t("Add attachments")
        commands = [
            AttachmentPresence(self, text, item, self.handles.get(ATTACHMENT, a.id), True)
            for a in added
        ]
        if len(commands) == 1 or self.read_only:
            self._record(commands[0], "")
            return
        self.stack.beginMacro(text)
        for command in commands:
            self.stack.push(command)
        self.stack.endMacro()
        self.saved.emit("")

    def record_attachment_removed(self, content: AttachmentContent) -> None:
        """Record a removed attachment (undo brings back its bytes, name and place)."""
        item = self.handles.get(ITEM, content.attachment.item_id)
        handle = self.handles.get(ATTACHMENT, content.attachment.id)
        self.handles.retire(handle)
        command = AttachmentPresence(self, t("Remove attachment"), item, handle, False, content)
        self._record(command, t("Attachment removed; Ctrl+Z brings it back"))

    def record_attachment_renamed(self, attachment: Attachment, new_name: str) -> None:
        """Record a new name of an attachment."""
        item = self.handles.get(ITEM, attachment.item_id)
        handle = self.handles.get(ATTACHMENT, attachment.id)
        text = t("Rename attachment")
        self._record(AttachmentRename(self, text, item, handle, attachment.name, new_name), "")

    def record_attendance(
        self, text: str, before: list[Attendee], after: list[Attendee], person_id: int | None
    ) -> None:
        """Record a change of the attendance list (the whole list before and after)."""
        if before != after:
            self._record(AttendanceChange(self, text, before, after, person_id))

    def record_links(
        self, item_id: int, added: list[LinkRecord], removed: list[LinkRecord]
    ) -> None:
        """Record phenomena linked to or unlinked from an agenda item."""
        if added or removed:
            item = self.handles.get(ITEM, item_id)
            self._record(LinkChange(self, t("Link phenomena"), item, added, removed), "")

    def record_meeting_details(self, old: Meeting, new: Meeting) -> None:
        """Record changed details of the meeting (date, times, location, ...)."""
        if meeting_fields(old) != meeting_fields(new):
            self._record(
                MeetingDetailsChange(
                    self, t("Change meeting details"), meeting_fields(old), meeting_fields(new)
                )
            )

    def record_taken_item(self, taken: TakenItem) -> Handle:
        """Record an item copied or moved here from another meeting; return its handle.

        Undo removes the copy, or moves the item back to its meeting at its old number.
        """
        handle = self.handles.get(ITEM, taken.item_id)
        if taken.from_meeting_id is None or taken.old_number is None:
            text = t("Copy agenda item from another meeting")
            self._record(ItemPresence(self, text, handle, present_after=True))
        else:
            number = agenda.get_item(self.db, taken.item_id).number
            text = t("Move agenda item from another meeting")
            self._record(
                MoveFromMeeting(self, text, handle, taken.from_meeting_id, taken.old_number,
                                number)
            )  # fmt: skip
        return handle

"""The meeting screen: header, agenda on the left, the chosen item (or attendance) on the right."""

from typing import Any

import sqlite_utils
from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QAction, QHideEvent, QShowEvent
from PySide6.QtWidgets import QApplication, QSplitter, QTabWidget, QWidget

from driehoek_app.core import agenda, approval, attendance, meetings
from driehoek_app.gui import documents
from driehoek_app.gui.documents import render_task
from driehoek_app.gui.i18n import t
from driehoek_app.gui.meetings.agenda_panel import AgendaPanel
from driehoek_app.gui.meetings.dialogs import approval as approval_dialogs
from driehoek_app.gui.meetings.dialogs import copy_item, meeting_properties
from driehoek_app.gui.meetings.dialogs.attendance import AttendancePanel
from driehoek_app.gui.meetings.handles import ACTION, ATTACHMENT, DECISION, ITEM, Handle
from driehoek_app.gui.meetings.header import MeetingHeader
from driehoek_app.gui.meetings.item_editor import ItemEditor
from driehoek_app.gui.meetings.link_commands import PHENOMENA
from driehoek_app.gui.meetings.meeting_commands import MEETING_DETAILS, AttendanceFocus
from driehoek_app.gui.meetings.meeting_edits import MeetingEdits
from driehoek_app.gui.meetings.save_status import SaveStatus
from driehoek_app.gui.meetings.shortcuts import ShortcutsHelp, meeting_shortcuts
from driehoek_app.gui.meetings.unsaved import FittingLayout, UnsavedGuard

AGENDA_CHARS = 40


class MeetingScreen(QWidget):
    """One open meeting; every edit saves itself and can be undone (Ctrl+Z)."""

    back_requested = Signal()

    def __init__(
        self, db: sqlite_utils.Database, meeting_id: int, parent: QWidget | None = None
    ) -> None:
        """Build the screen for a meeting and show its first agenda item."""
        super().__init__(parent)
        self.db = db
        self.meeting_id = meeting_id
        self.meeting = meetings.get_meeting(db, meeting_id)
        self.edits = MeetingEdits(db, meeting_id, self, self)
        self.handles = self.edits.handles
        self.header = MeetingHeader()
        self.agenda = AgendaPanel()
        self.editor = ItemEditor(self.edits)
        self.attendance = AttendancePanel(db, meeting_id, recorder=self.edits)
        self.right = QTabWidget()
        self.right.setAccessibleName(t("Agenda item and attendance"))
        self.right.tabBar().setAccessibleName(t("Agenda item and attendance"))
        self.right.addTab(self.editor, t("Agenda item"))
        self.right.addTab(self.attendance, t("Attendance (Ctrl+Shift+P)"))
        self.status = SaveStatus()
        self.help_window: ShortcutsHelp | None = None
        self.guard = UnsavedGuard(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.agenda)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(1, 1)
        width = self.fontMetrics().averageCharWidth() * AGENDA_CHARS
        self.splitter.setSizes([width, 3 * width])
        layout = FittingLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.status)
        self.commands = self._build_actions()
        self._connect()
        self.reload()
        render_task.warm_up()  # the first Agenda/Verslag maken need not load the fonts

    def _build_actions(self) -> dict[str, QAction]:
        """Create the keyboard commands of the screen (they also work inside every editor)."""
        slots = {
            "new_decision": self.edits.add_decision,
            "new_action": self.edits.add_action,
            "next_item": lambda: self._step(+1),
            "previous_item": lambda: self._step(-1),
            "minutes": self.focus_minutes,
            "agenda": self.agenda.view.setFocus,
            "new_item": self.add_item,
            "attendance": self.show_attendance,
            "make_agenda": lambda: self.make_document("agenda"),
            "make_minutes": lambda: self.make_document("minutes"),
            "undo": self.undo,
            "redo": self.redo,
            "back": self.go_back,
            "help": self.show_help,
        }
        commands = {}
        for name, shortcut in meeting_shortcuts().items():
            action = QAction(shortcut.description, self)
            action.setShortcuts(shortcut.sequences())
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slots[name])
            self.addAction(action)
            commands[name] = action
        return commands

    def _connect(self) -> None:
        """Wire the panels to the screen."""
        header, panel = self.header, self.agenda
        header.back_requested.connect(self.go_back)
        header.properties_requested.connect(self.edit_properties)
        header.approve_requested.connect(self.approve)
        header.correction_requested.connect(self.start_correction)
        header.versions_requested.connect(
            lambda: approval_dialogs.show_versions(self, self.db, self.meeting_id)
        )
        header.help_requested.connect(self.show_help)
        header.document_requested.connect(self.make_document)
        panel.current_changed.connect(self._item_chosen)
        panel.add_requested.connect(self.add_item)
        panel.delete_requested.connect(self.edits.delete_item)
        panel.move_requested.connect(self.edits.move_item)
        panel.copy_requested.connect(self.copy_or_move)
        panel.rename_requested.connect(lambda: self.focus_field("item:title"))
        self.edits.saved.connect(self._report_saved)
        self.edits.failed.connect(self.status.failed)
        self.edits.refused.connect(self.status.refused)
        self.attendance.changed.connect(self._attendance_changed)
        stack = self.edits.stack
        for signal in (stack.canUndoChanged, stack.canRedoChanged, stack.undoTextChanged,
                       stack.redoTextChanged):  # fmt: skip
            signal.connect(self._show_undo_state)

    # -- loading
    def reload(self) -> None:
        """Read the meeting again and show header, agenda, item and read-only state."""
        self.meeting = meetings.get_meeting(self.db, self.meeting_id)
        approved_in = None
        if self.meeting.approved_in_meeting_id is not None:
            approved_in = meetings.get_meeting(self.db, self.meeting.approved_in_meeting_id)
        versions = len(approval.list_versions(self.db, self.meeting_id))
        self.header.show_meeting(self.meeting, approved_in, versions)
        self._attendance_changed(saved=False)
        self.set_read_only(self.meeting.is_read_only)
        current = self.current_item()
        self.show_change(current)

    def set_read_only(self, read_only: bool) -> None:
        """Disable every change (vastgesteld) or allow them again (concept)."""
        self.agenda.set_read_only(read_only)
        self.editor.set_read_only(read_only)
        self.attendance.set_read_only(read_only)
        self.edits.read_only = read_only
        for name in ("new_decision", "new_action", "new_item"):
            self.commands[name].setEnabled(not read_only)
        self._show_undo_state()

    def _show_undo_state(self, *_args: object) -> None:
        """Enable Ctrl+Z and Ctrl+Y when there is something to undo or redo; name it."""
        stack, read_only = self.edits.stack, self.edits.read_only
        shortcuts = meeting_shortcuts()
        for name, can, text, template in (
            ("undo", stack.canUndo(), stack.undoText(), t("Undo {what}")),
            ("redo", stack.canRedo(), stack.redoText(), t("Redo {what}")),
        ):
            action = self.commands[name]
            action.setEnabled(can and not read_only)
            shown = template.format(what=text) if can and text else shortcuts[name].description
            action.setText(shown)
            action.setToolTip(f"{shown} ({shortcuts[name].key_text()})")

    def current_item(self) -> Handle | None:
        """Return the handle of the item shown on the right."""
        return self.editor.handle

    def _item_chosen(self, item_id: int | None) -> None:
        """Show the item chosen in the agenda (pending edits of the previous one are saved).

        When a typed value of the item shown cannot be saved, the user decides: go back and
        correct it (the agenda keeps the item selected) or throw the change away.
        """
        shown = self.editor.handle
        if shown is not None and item_id != shown.id and not self.may_leave():
            self.agenda.blockSignals(True)
            self.agenda.select_item(shown.id)
            self.agenda.blockSignals(False)
            return
        self.editor.load(item_id)

    def show_change(self, item: Handle | None, focus: Any = "") -> None:
        """Reload agenda and item after a change; select the item and focus a field or row."""
        self.editor.flush()
        items = agenda.list_items(self.db, self.meeting_id)
        alive = item is not None and any(i.id == item.id for i in items)
        select = item.id if alive else self.agenda.current_item_id()
        self.agenda.blockSignals(True)
        self.agenda.set_agenda(items, agenda.planned_time(self.db, self.meeting_id), select)
        self.agenda.blockSignals(False)
        self.editor.load(self.agenda.current_item_id())
        if focus:
            self.focus_field(focus)
        focused = QApplication.focusWidget()
        if self.isVisible() and (focused is None or not self.isAncestorOf(focused)):
            self.focus_minutes()  # the focused row was removed: keep the keys working here

    def refresh_agenda_row(self, item: Handle) -> None:
        """Show a changed title, time or flag in the agenda and the planned total."""
        row = self.agenda.model.row_of(item.id)
        if row >= 0:
            self.agenda.model.replace_item(row, agenda.get_item(self.db, item.id))
        self.agenda.legend.setVisible(any(i.confidential for i in self.agenda.model.items()))
        self.agenda.show_planned(agenda.planned_time(self.db, self.meeting_id))
        self.editor.show_title()

    def focus_field(self, focus: Any) -> None:
        """Put the cursor in a field ('item:title', 'item:minutes', ...) or a decision/action."""
        if isinstance(focus, AttendanceFocus):
            self._show_attendance_change(focus.person_id)
            return
        if focus == MEETING_DETAILS:
            self.reload()
            return
        self.right.setCurrentWidget(self.editor)
        if focus == PHENOMENA:
            self.editor.phenomena.button.setFocus()
            return
        if isinstance(focus, Handle) and focus.kind == ATTACHMENT:
            self.editor.show_tab(self.editor.attachments)
            self.editor.attachments.refresh(focus.id)
            self.editor.attachments.table.setFocus()
            return
        if isinstance(focus, Handle):
            if focus.kind == DECISION:
                self.editor.show_tab(self.editor.decisions)
                widget = self.editor.decisions.editor_of(focus)
            else:
                panel = self.editor.actions
                if panel.row_of(focus) is None:
                    panel = self.editor.actielijst
                self.editor.show_tab(panel)
                row = panel.row_of(focus)
                widget = None if row is None else (row.text if focus.kind == ACTION else None)
            if widget is not None:
                widget.setFocus()
            return
        if focus in ("decisions", "actions"):
            panel = self.editor.decisions if focus == "decisions" else self.editor.actions
            self.editor.show_tab(panel)
            panel.focus_first()
            return
        kind, _, field = str(focus).partition(":")
        if kind == ITEM and field == "minutes":
            self.editor.minutes.setFocus()
        elif kind == ITEM and field in ("title", "presenter", "labels", "description"):
            editor = getattr(self.editor.details, field)
            editor.setFocus()
            if field == "title":
                editor.selectAll()

    # -- commands
    def _step(self, delta: int) -> None:
        """Go to the next or previous item, keeping the cursor in the minutes."""
        focus_in_editor = self.editor.isAncestorOf(self.focusWidget() or self)
        self.agenda.step(delta)
        if focus_in_editor or self.focusWidget() is None:
            self.focus_minutes()

    def focus_minutes(self) -> None:
        """Put the cursor in the minutes of the current item."""
        self.right.setCurrentWidget(self.editor)
        self.editor.minutes.setFocus()

    def show_attendance(self) -> None:
        """Show the attendance list."""
        self.flush()
        self.right.setCurrentWidget(self.attendance)
        self.attendance.table.setFocus()

    def add_item(self) -> None:
        """Add an agenda item after the current one and put the cursor in its title."""
        if not self.meeting.is_read_only and self.may_leave():
            self.edits.add_item(self.agenda.current_number())

    def undo(self) -> None:
        """Save what is typed, then undo the last change (a vastgesteld meeting: nothing)."""
        if self.flush():
            self.edits.undo()

    def redo(self) -> None:
        """Save what is typed, then redo the last undone change."""
        if self.flush():
            self.edits.redo()

    def flush(self) -> bool:
        """Save every pending edit now; False when one was refused (its text stays)."""
        return self.editor.flush()

    def may_leave(self) -> bool:
        """Save what is typed; a refused value is only thrown away if the user says so."""
        return self.guard.may_leave()

    def _report_saved(self, notice: str = "") -> None:
        """Say 'Opgeslagen' only when no typed value is left unsaved (see UnsavedGuard)."""
        self.guard.report_saved(notice)

    def go_back(self) -> None:
        """Save and return to the meetings list."""
        if self.may_leave():
            self.back_requested.emit()

    def show_help(self) -> None:
        """Show the shortcuts overview (not modal: it can stay open while typing)."""
        if self.help_window is None:
            self.help_window = ShortcutsHelp(self)
        self.help_window.show()
        self.help_window.raise_()

    def _show_attendance_change(self, person_id: int | None) -> None:
        """Show the attendance list after an undo or redo, with the person concerned chosen."""
        self.attendance.refresh(person_id)
        self._attendance_changed(saved=False)
        self.right.setCurrentWidget(self.attendance)
        self.attendance.table.setFocus()

    def _attendance_changed(self, saved: bool = True) -> None:
        """Offer the attendees' names as action owners; report the save."""
        names = [a.person.name for a in attendance.list_attendance(self.db, self.meeting_id)]
        self.editor.set_owner_names(names)
        if saved:
            self._report_saved()

    def make_document(self, kind: str) -> None:
        """Save what is typed, then open the preview of the agenda or the verslag as PDF."""
        if self.may_leave():
            documents.show_document_dialog(self, self.db, self.meeting_id, kind)

    def edit_properties(self) -> None:
        """Change date, times, place, classification or chair."""
        if not self.may_leave():
            return
        before = meetings.get_meeting(self.db, self.meeting_id)
        if meeting_properties.edit_meeting_properties(self, self.db, self.meeting_id):
            self.edits.record_meeting_details(
                before, meetings.get_meeting(self.db, self.meeting_id)
            )
            self.reload()
            self._report_saved()

    def copy_or_move(self) -> None:
        """Take an item over from another meeting of the body."""
        if not self.may_leave():
            return
        taken = copy_item.copy_or_move_item_dialog(self, self.db, self.meeting_id)
        if taken is not None:
            self.show_change(self.edits.record_taken_item(taken))
            self._report_saved()

    def approve(self) -> None:
        """Vaststellen: after approval the meeting is read-only."""
        if not self.may_leave():
            return
        if approval_dialogs.approve_meeting_dialog(self, self.db, self.meeting_id):
            self.edits.forget_history()
            self.reload()

    def start_correction(self) -> None:
        """Reopen the vastgestelde minutes as a new version."""
        if approval_dialogs.start_correction_dialog(self, self.db, self.meeting_id):
            self.edits.forget_history()
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        """Watch the window, so that closing it cannot throw away an unsaved change."""
        super().showEvent(event)
        self.guard.watch(self.window())

    def hideEvent(self, event: QHideEvent) -> None:
        """Save pending edits when the screen is left or the window closes."""
        self.flush()
        super().hideEvent(event)

    def save_splitter(self) -> QByteArray:
        """Return the splitter sizes to remember."""
        return self.splitter.saveState()

    def restore_splitter(self, state: QByteArray) -> None:
        """Restore remembered splitter sizes."""
        if not state.isEmpty():
            self.splitter.restoreState(state)

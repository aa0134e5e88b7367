"""The meetings where the beeld's phenomena, signals and interventions were discussed.

Making and removing links here can be undone with Ctrl+Z (and redone with Ctrl+Y) while
the list has the focus; the history belongs to the beeld shown.
"""

from collections.abc import Callable
from dataclasses import dataclass

import sqlite_utils
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from driehoek_app.core.beeld_links import MeetingLink, link_record, links_of, remove_link
from driehoek_app.core.beeld_phenomena import list_entries
from driehoek_app.core.interventions import list_interventions
from driehoek_app.core.ondermijningsbeeld import Beeld
from driehoek_app.core.signals import list_signals
from driehoek_app.gui import dialogs, formatting
from driehoek_app.gui.i18n import t
from driehoek_app.gui.meetings.dialogs import common
from driehoek_app.gui.meetings.link_commands import LinkChange
from driehoek_app.gui.ondermijning import link_dialog
from driehoek_app.gui.ondermijning.table import Column, DataTable


@dataclass(frozen=True)
class LinkRow:
    """A link with the words for what is linked (phenomenon, signal or intervention)."""

    link: MeetingLink
    owner_kind_text: str
    owner_text: str


def beeld_links(db: sqlite_utils.Database, beeld: Beeld | None) -> list[LinkRow]:
    """Return every meeting link of a beeld's phenomena, signals and interventions, by date."""
    if beeld is None:
        return []
    owners = [
        ("phenomenon", t("Phenomenon"), [(e.id, e.label) for e in list_entries(db, beeld.id)]),
        ("signal", t("Signal"), [(s.id, s.description) for s in list_signals(db, beeld.id)]),
        ("intervention", t("Intervention"),
         [(i.id, i.description) for i in list_interventions(db, beeld.id)]),
    ]  # fmt: skip
    rows = [
        LinkRow(link, kind_text, text)
        for kind, kind_text, items in owners
        for owner_id, text in items
        for link in links_of(db, kind, owner_id)
    ]
    return sorted(rows, key=lambda r: (r.link.meeting_date, r.link.item_number, r.link.id))


def link_counts(rows: list[LinkRow]) -> dict[int, int]:
    """Return the number of links per phenomenon entry."""
    counts: dict[int, int] = {}
    for row in rows:
        if row.link.owner_kind == "phenomenon":
            counts[row.link.owner_id] = counts.get(row.link.owner_id, 0) + 1
    return counts


def link_columns() -> list[Column]:
    """Return the columns of the list of links."""
    return [
        Column(t("Date"), lambda r: formatting.date(r.link.meeting_date),
               sort=lambda r: r.link.meeting_date),
        Column(t("Meeting"), lambda r: r.link.body_name, max_chars=36),
        Column(t("Discussed under"), lambda r: r.link.description.replace("\n", " "),
               max_chars=60, tooltip=lambda r: r.link.description),
        Column(t("Linked"), lambda r: r.owner_kind_text),
        Column(t("What"), lambda r: r.owner_text.replace("\n", " "), max_chars=60,
               tooltip=lambda r: r.owner_text),
    ]  # fmt: skip


class LinksPanel(QWidget):
    """Lists the meetings that discussed the beeld; opens a meeting at its agenda item."""

    open_item_requested = Signal(int, int)  # meeting id, agenda item id
    changed = Signal()

    def __init__(self, db: sqlite_utils.Database, parent: QWidget | None = None) -> None:
        """Build the list and its buttons."""
        super().__init__(parent)
        self.db = db
        self.table = DataTable(link_columns(), t("Discussed in meetings"), t("Columns of the list"))
        self.table.setToolTip(t("Enter opens the meeting at this agenda item"))
        self.hint = QLabel(
            t("Link phenomena to an agenda item from the meeting screen ('Link phenomena...' "
              "above the item); link to a decision or action here.")
        )  # fmt: skip
        self.hint.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(t("Link status"))
        self.beeld: Beeld | None = None
        self.stack = QUndoStack(self)
        self.undo_action = self._shortcut(("Ctrl+Z",), self.undo)
        self.redo_action = self._shortcut(("Ctrl+Y", "Ctrl+Shift+Z"), self.redo)
        self._notice = ""
        self.add = common.button(
            t("&Link to a decision or action..."), t("Link to a decision or action"),
            t("Link a phenomenon, signal or intervention to a decision or action of the driehoek"),
        )  # fmt: skip
        self.open = common.button(t("Open &meeting"), t("Open meeting at this agenda item"))
        self.remove = common.button(t("Remove &link"), t("Remove link"))
        buttons = QHBoxLayout()
        for button in (self.add, self.open, self.remove):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.table.activated.connect(self.open_current)
        self.table.selectionModel().currentRowChanged.connect(self._enable)
        self.add.clicked.connect(self.add_link)
        self.open.clicked.connect(self.open_current)
        self.remove.clicked.connect(self.remove_current)
        for signal in (
            self.stack.canUndoChanged,
            self.stack.canRedoChanged,
            self.stack.undoTextChanged,
            self.stack.redoTextChanged,
        ):
            signal.connect(self._show_undo_state)
        self._enable()
        self._show_undo_state()

    def _shortcut(self, keys: tuple[str, ...], slot: Callable[[], None]) -> QAction:
        """Return a keyboard command that works while the focus is in this panel."""
        action = QAction(self)
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _show_undo_state(self, *_args: object) -> None:
        """Name what Ctrl+Z and Ctrl+Y would undo or redo, and enable them."""
        stack = self.stack
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())
        self.undo_action.setText(
            t("Undo {what}").format(what=stack.undoText())
            if stack.canUndo()
            else t("Undo the last change")
        )
        self.redo_action.setText(
            t("Redo {what}").format(what=stack.redoText()) if stack.canRedo() else t("Redo")
        )

    def show_links(self, beeld: Beeld | None, rows: list[LinkRow]) -> None:
        """Show the links of the beeld (another beeld starts with an empty undo history)."""
        if (beeld.id if beeld else None) != (self.beeld.id if self.beeld else None):
            self.stack.clear()
            self.status.clear()
        self.beeld = beeld
        current = self.table.current_row()
        keep = current.link.id if current else None
        self.table.set_rows(rows, (lambda r: r.link.id == keep) if keep else None)
        self._enable()

    def _enable(self, *_args: object) -> None:
        """Enable the buttons that apply to the chosen link."""
        chosen = self.table.current_row() is not None
        self.add.setEnabled(self.beeld is not None)
        self.open.setEnabled(chosen)
        self.remove.setEnabled(chosen)

    def add_link(self) -> None:
        """Link something of the beeld to a decision or action of a meeting."""
        if self.beeld is None:
            return
        dialog = link_dialog.link_to_meeting(self, self.db, self.beeld)
        if dialog is None:
            return
        if dialog.made is not None:
            text = t("Link to a decision or action")
            self.stack.push(LinkChange(self, text, None, [dialog.made], []))
            self.status.setText(t("Link made; Ctrl+Z undoes it"))
        self.changed.emit()
        self.table.setFocus()

    def open_current(self) -> None:
        """Ask the main window to open the meeting at the linked agenda item."""
        row = self.table.current_row()
        if row is not None:
            self.open_item_requested.emit(row.link.meeting_id, row.link.item_id)

    def remove_current(self) -> None:
        """Remove the chosen link (the meeting and the beeld entry stay) after confirmation."""
        row = self.table.current_row()
        if row is None:
            return
        question = t("Remove the link between {what} and the meeting of {date}?").format(
            what=row.owner_text, date=formatting.date(row.link.meeting_date)
        )
        if not dialogs.confirm(self, t("Remove link"), question, t("Remove &link")):
            return
        removed = common.attempt(
            self, lambda: remove_link(self.db, link_record(self.db, row.link.id))
        )
        if common.ok(removed):
            self.stack.push(LinkChange(self, t("Remove link"), None, [], [removed]))
            self.status.setText(t("Link removed; Ctrl+Z brings it back"))
            self.changed.emit()
            self.table.setFocus()  # the Remove button may be disabled now: Ctrl+Z still works

    # -- undo and redo (the LinkChange commands call back here)
    def undo(self) -> None:
        """Undo the last link made or removed here."""
        if self.stack.canUndo():
            self._notice = t("Undone: {what}").format(what=self.stack.undoText())
            self.stack.undo()

    def redo(self) -> None:
        """Redo the last undone link change."""
        if self.stack.canRedo():
            self._notice = t("Redone: {what}").format(what=self.stack.redoText())
            self.stack.redo()

    def after_change(self, _item: object, _focus: object = "") -> None:
        """Show the links again after an undo or redo, and say what was undone or redone."""
        self.status.setText(self._notice)
        self.changed.emit()

    def report_error(self, message: str) -> None:
        """Say in one Dutch sentence why an undo or redo could not be done."""
        self.status.setText(message)

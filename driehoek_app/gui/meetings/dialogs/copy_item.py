"""Copy or move an agenda item from another meeting (of any body) into this meeting."""

from dataclasses import dataclass

import sqlite_utils
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from driehoek_app.core.agenda import copy_item, list_items, move_item_to_meeting
from driehoek_app.core.bodies import list_bodies
from driehoek_app.core.meetings import get_meeting, meetings_in_order
from driehoek_app.gui.i18n import t
from driehoek_app.gui.meetings.dialogs import common
from driehoek_app.gui.meetings.dialogs.labels import classification_labels, label
from driehoek_app.gui.meetings.dialogs.rows_model import Column, RowsModel, RowsTable


@dataclass(frozen=True)
class TakenItem:
    """The item now in this meeting; for a move, where it came from (to move it back)."""

    item_id: int
    from_meeting_id: int | None = None
    old_number: int | None = None


def item_columns() -> list[Column]:
    """Return the columns of the item list."""
    return [
        Column(t("No."), lambda i: str(i.number), align_right=True),
        Column(t("Title"), lambda i: i.title),
        Column(
            t("Minutes"),
            lambda i: "" if i.planned_minutes is None else str(i.planned_minutes),
            align_right=True,
        ),
    ]


class CopyItemDialog(QDialog):
    """Pick a body, one of its meetings and an agenda item; copy or move it to this meeting."""

    def __init__(
        self, db: sqlite_utils.Database, meeting_id: int, parent: QWidget | None = None
    ) -> None:
        """Build the pickers; this meeting's body and its latest other meeting are proposed."""
        super().__init__(parent)
        self.db = db
        self.meeting = get_meeting(db, meeting_id)
        self.item_id: int | None = None
        self.taken: TakenItem | None = None
        self.setWindowTitle(t("Copy or move an agenda item"))
        intro = QLabel(t("Into: {meeting}").format(meeting=self.meeting.title))
        intro.setWordWrap(True)
        self.body = common.combo(t("Body"), {b.id: b.name for b in list_bodies(db)})
        self.source = common.combo(t("Meeting"))
        self.items = RowsTable(
            RowsModel(item_columns()), t("Agenda items"), t("Columns of the list")
        )
        common.set_width(self, 100)
        self.copy_mode = QRadioButton(t("&Copy (the original stays where it is)"))
        self.copy_mode.setAccessibleName(t("Copy"))
        self.move_mode = QRadioButton(t("Mo&ve (the item leaves the other meeting)"))
        self.move_mode.setAccessibleName(t("Move"))
        self.mode = QButtonGroup(self)
        self.mode.addButton(self.copy_mode)
        self.mode.addButton(self.move_mode)
        self.copy_mode.setChecked(True)
        self.move_note = QLabel()
        self.move_note.setWordWrap(True)
        note = QLabel(t("Minutes, decisions and actions are not copied; attachments are."))
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(common.buddy_label(t("&Body:"), self.body), self.body)
        form.addRow(common.buddy_label(t("&Meeting:"), self.source), self.source)
        modes = QVBoxLayout()
        modes.addWidget(self.copy_mode)
        modes.addWidget(self.move_mode)
        self.buttons = common.dialog_buttons(
            self, t("&Add to this meeting"), t("Add to this meeting")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(common.buddy_label(t("Agenda &item:"), self.items))
        layout.addWidget(self.items, 1)
        layout.addLayout(modes)
        layout.addWidget(self.move_note)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.body.currentIndexChanged.connect(self._fill_meetings)
        self.source.currentIndexChanged.connect(self._fill_items)
        self.items.activated.connect(self.accept)
        common.select_data(self.body, self.meeting.body_id)
        self._fill_meetings()
        self.source.setFocus()

    def _fill_meetings(self) -> None:
        """List the other meetings of the chosen body, newest first."""
        body_id = self.body.currentData()
        meetings = [m for m in meetings_in_order(self.db, body_id) if m.id != self.meeting.id]
        self.source.blockSignals(True)
        self.source.clear()
        classes = classification_labels()
        for other in reversed(meetings):
            text = t("{date}, {time} ({status}, {classification})").format(
                date=common.long_date(other.date),
                time=other.start_time,
                status=t("approved") if other.is_read_only else t("concept"),
                classification=label(classes, other.classification),
            )
            self.source.addItem(text, other.id)
        self.source.blockSignals(False)
        self._fill_items()

    def _fill_items(self) -> None:
        """List the items of the chosen meeting and tell whether moving is possible."""
        source_id = self.source.currentData()
        items = list_items(self.db, source_id) if source_id else []
        self.items.rows_model().set_rows(items)
        self.items.fit_columns(stretch=1)
        self.items.select_row(0)
        common.ok_button(self.buttons).setEnabled(bool(items))
        source = get_meeting(self.db, source_id) if source_id else None
        movable = (
            source is not None
            and source.body_id == self.meeting.body_id
            and not source.is_read_only
            and not self.meeting.is_read_only
        )
        self.move_mode.setEnabled(movable)
        if not movable:
            self.copy_mode.setChecked(True)
        self.move_note.setText(
            ""
            if movable
            else t("Moving is only possible between concept meetings of the same body.")
        )
        self.move_note.setVisible(not movable)

    def accept(self) -> None:
        """Copy or move the chosen item to the end of this meeting's agenda."""
        item = self.items.current_row()
        if item is None:
            return
        if self.move_mode.isChecked():
            done = common.attempt(
                self, lambda: move_item_to_meeting(self.db, item.id, self.meeting.id)
            )
            taken = TakenItem(item.id, item.meeting_id, item.number)
        else:
            done = common.attempt(self, lambda: copy_item(self.db, item.id, self.meeting.id))
            taken = TakenItem(done.id) if common.ok(done) else None
        if common.ok(done):
            self.item_id = done.id
            self.taken = taken
            super().accept()


def copy_or_move_item_dialog(
    parent: QWidget | None, db: sqlite_utils.Database, meeting_id: int
) -> TakenItem | None:
    """Let the user copy or move an item from another meeting here; return what was taken."""
    dialog = CopyItemDialog(db, meeting_id, parent)
    return dialog.taken if dialog.exec() == QDialog.DialogCode.Accepted else None

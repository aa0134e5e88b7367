"""The attendance list of a meeting: who was invited and who was present, saved at once."""

from collections.abc import Callable

import sqlite_utils
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from driehoek_app.core.attendance import (
    Attendee,
    invite_body_members,
    list_attendance,
    remove_attendee,
    set_attendance,
)
from driehoek_app.core.meeting_schema import ATTENDANCE_STATUSES
from driehoek_app.core.meetings import get_meeting
from driehoek_app.gui.i18n import t
from driehoek_app.gui.meetings.dialogs import common, guest_dialog
from driehoek_app.gui.meetings.dialogs.labels import attendance_labels, label, role_labels
from driehoek_app.gui.meetings.dialogs.rows_model import Column, RowsModel, RowsTable
from driehoek_app.gui.meetings.host import ChangeRecorder


def attendance_columns() -> list[Column]:
    """Return the columns of the attendance list."""
    roles, statuses = role_labels(), attendance_labels()
    return [
        Column(t("Name"), lambda a: a.person.name),
        Column(t("Role"), lambda a: label(roles, a.role)),
        Column(t("Organisation"), lambda a: a.person.organisation),
        Column(t("Attendance"), lambda a: label(statuses, a.status)),
    ]


class AttendancePanel(QWidget):
    """The invited people; keys 1, 2, 3 or the buttons set each one's attendance status."""

    changed = Signal()

    def __init__(
        self,
        db: sqlite_utils.Database,
        meeting_id: int,
        parent: QWidget | None = None,
        recorder: ChangeRecorder | None = None,
    ) -> None:
        """Build the list and its buttons; changes go to the recorder's undo stack, if any."""
        super().__init__(parent)
        self.db = db
        self.meeting_id = meeting_id
        self.recorder = recorder
        self.read_only = False
        self.table = RowsTable(
            RowsModel(attendance_columns()), t("Attendance list"), t("Columns of the list")
        )
        self.table.setToolTip(t("Keys 1, 2 and 3 set the attendance of the chosen person"))
        self.status_group = QButtonGroup(self)
        self.status_buttons: dict[str, QWidget] = {}
        status_texts = {
            "aanwezig": (t("&1 Present"), t("Mark as present")),
            "afwezig met kennisgeving": (
                t("&2 Absent with notice"),
                t("Mark as absent with notice"),
            ),
            "afwezig": (t("&3 Absent"), t("Mark as absent")),
        }
        for key, status in enumerate(ATTENDANCE_STATUSES, start=1):
            widget = common.button(*status_texts[status])
            widget.setCheckable(True)
            self.status_group.addButton(widget)
            self.status_buttons[status] = widget
            widget.clicked.connect(lambda _checked=False, s=status: self.set_status(s))
            shortcut = QShortcut(QKeySequence(str(key)), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda s=status: self.set_status(s))
        self.invite = common.button(
            t("&Invite members"),
            t("Invite members"),
            tip=t("Adds the members of the body who are not on the list yet"),
        )
        self.add_guest = common.button(
            t("Add &guest..."),
            t("Add guest"),
            tip=t("Put someone on the list who is not a member, with their role in this meeting"),
        )
        self.remove = common.button(t("Remo&ve from list"), t("Remove person from the list"))
        self.role = common.combo(t("Role in this meeting"), role_labels())
        self.role.setToolTip(t("The role of the chosen person in this meeting"))
        self.role_label = common.buddy_label(t("R&ole in this meeting:"), self.role)
        self.summary = QLabel()
        self._build_layout()
        self.table.selectionModel().currentRowChanged.connect(self._show_status)
        self.invite.clicked.connect(self._invite)
        self.add_guest.clicked.connect(self._add_guest)
        self.remove.clicked.connect(self._remove)
        self.role.activated.connect(self._change_role)
        self.refresh()

    def _build_layout(self) -> None:
        """Place the status buttons and the summary above the list, list buttons below."""
        status_row = QHBoxLayout()
        status_row.addWidget(QLabel(t("Attendance:")))
        for widget in self.status_buttons.values():
            status_row.addWidget(widget)
        status_row.addStretch(1)
        status_row.addWidget(self.role_label)
        status_row.addWidget(self.role)
        list_row = QHBoxLayout()
        for widget in (self.invite, self.add_guest, self.remove):
            list_row.addWidget(widget)
        list_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(status_row)
        layout.addLayout(list_row)

    def refresh(self, keep_person: int | None = None) -> None:
        """Reload the list from core; keep the chosen person (or keep_person) chosen."""
        current = self.table.current_row()
        keep = keep_person if keep_person is not None else (current.person.id if current else None)
        attendees = common.attempt(self, lambda: list_attendance(self.db, self.meeting_id))
        attendees = attendees if common.ok(attendees) else []
        self.table.rows_model().set_rows(attendees)
        self.table.fit_columns()
        if keep is None or not self.table.select_where(lambda a: a.person.id == keep):
            self.table.select_row(0)
        counts = {
            status: sum(a.status == status for a in attendees) for status in ATTENDANCE_STATUSES
        }
        self.summary.setText(
            t("{present} present, {notice} absent with notice, {absent} absent").format(
                present=counts["aanwezig"],
                notice=counts["afwezig met kennisgeving"],
                absent=counts["afwezig"],
            )
        )
        self._show_status()

    def set_read_only(self, read_only: bool) -> None:
        """Allow or forbid changes (a vastgesteld meeting is read-only)."""
        self.read_only = read_only
        self._show_status()

    def _show_status(self) -> None:
        """Check the button of the chosen person's status; enable what may be used."""
        attendee = self.table.current_row()
        editable = attendee is not None and not self.read_only
        self.status_group.setExclusive(False)
        for status, widget in self.status_buttons.items():
            widget.setChecked(attendee is not None and attendee.status == status)
            widget.setEnabled(editable)
        self.status_group.setExclusive(True)
        self.remove.setEnabled(editable)
        if attendee is not None:
            common.select_data(self.role, attendee.role)
        self.role.setEnabled(editable)
        self.invite.setEnabled(not self.read_only)
        self.add_guest.setEnabled(not self.read_only)

    def _change(self, text: str, call: Callable[[], list[Attendee]], person_id: int | None) -> bool:
        """Store a change of the list through core; record it for undo; False when refused."""
        before = common.attempt(self, lambda: list_attendance(self.db, self.meeting_id))
        after = common.attempt(self, call) if common.ok(before) else common.FAILED
        if not common.ok(after):
            return False
        if after != before:
            if self.recorder is not None:
                self.recorder.record_attendance(text, before, after, person_id)
            self.changed.emit()
        return True

    def set_status(self, status: str) -> None:
        """Give the chosen person this attendance status and save it."""
        attendee = self.table.current_row()
        if attendee is None or self.read_only:
            self._show_status()
            return
        person_id = attendee.person.id
        if attendee.status != status:
            self._change(
                t("Change attendance"),
                lambda: set_attendance(self.db, self.meeting_id, person_id, status),
                person_id,
            )
        self.refresh(person_id)

    def _invite(self) -> None:
        """Put the members of the body on the list who are not on it yet."""
        self._change(
            t("Invite members"), lambda: invite_body_members(self.db, self.meeting_id), None
        )
        self.refresh()

    def _change_role(self) -> None:
        """Give the chosen person the role picked in the list (saved at once)."""
        attendee = self.table.current_row()
        role = self.role.currentData()
        if attendee is None or self.read_only or role == attendee.role:
            return
        person_id = attendee.person.id
        self._change(
            t("Change role in this meeting"),
            lambda: set_attendance(self.db, self.meeting_id, person_id, role=role),
            person_id,
        )
        self.refresh(person_id)

    def _add_guest(self) -> None:
        """Pick a person (or enter a new one) and their role, and put them on the list."""
        exclude = {a.person.id for a in self.table.rows_model().rows}
        body = get_meeting(self.db, self.meeting_id).body_name
        title = t("Add guest to the meeting of {body}").format(body=body)
        chosen = guest_dialog.pick_attendee(self, self.db, title, exclude)
        if chosen is None:
            return
        person_id, role = chosen
        self._change(
            t("Add guest"),
            lambda: set_attendance(self.db, self.meeting_id, person_id, "aanwezig", role=role),
            person_id,
        )
        self.refresh(person_id)
        self.table.setFocus()

    def _remove(self) -> None:
        """Take the chosen person off the list."""
        attendee = self.table.current_row()
        if attendee is None or self.read_only:
            return
        row = self.table.currentIndex().row()
        self._change(
            t("Remove person from the list"),
            lambda: remove_attendee(self.db, self.meeting_id, attendee.person.id),
            attendee.person.id,
        )
        self.refresh()
        self.table.select_row(row)

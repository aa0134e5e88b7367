"""Vaststellen of a meeting's minutes, starting a correction (a new version), and the versions."""

import sqlite_utils
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from driehoek_app.core.approval import approve_meeting, start_correction
from driehoek_app.core.meetings import Meeting, get_meeting, meetings_in_order
from driehoek_app.gui import dialogs
from driehoek_app.gui.i18n import t
from driehoek_app.gui.meetings.dialogs import common
from driehoek_app.gui.meetings.dialogs.versions import VersionsDialog

NOT_IN_MEETING = 0  # combo data for "approved outside a meeting" (meeting ids start at 1)


def meeting_choice_text(meeting: Meeting) -> str:
    """Return 'donderdag 14 januari 2027, 09:00' for a meeting in a list of meetings."""
    return t("{date}, {time}").format(date=common.long_date(meeting.date), time=meeting.start_time)


def later_meetings(db: sqlite_utils.Database, meeting: Meeting) -> list[Meeting]:
    """Return the meetings of the same body that are not before this one, in date order."""
    return [
        other
        for other in meetings_in_order(db, meeting.body_id)
        if other.id != meeting.id
        and (other.date, other.start_time) >= (meeting.date, meeting.start_time)
    ]


class ApproveDialog(QDialog):
    """Vaststellen: the date and the meeting at which the minutes were approved."""

    def __init__(
        self, db: sqlite_utils.Database, meeting_id: int, parent: QWidget | None = None
    ) -> None:
        """Build the form; the next meeting of the body and its date are proposed."""
        super().__init__(parent)
        self.db = db
        self.meeting = get_meeting(db, meeting_id)
        self.setWindowTitle(t("Approve minutes"))
        common.set_width(self, 75)
        intro = QLabel(
            t(
                "After approval the minutes of {meeting} can no longer be changed; a later "
                "change needs a correction with a stated reason."
            ).format(meeting=self.meeting.title)
        )
        intro.setWordWrap(True)
        self.approved_in = common.combo(t("Approved in meeting"))
        self.approved_in.addItem(t("(not in a meeting)"), NOT_IN_MEETING)
        for other in later_meetings(db, self.meeting):
            self.approved_in.addItem(meeting_choice_text(other), other.id)
        self.approved_on = common.date_edit(t("Date of approval"))
        self.approved_on.setMinimumDate(common.to_qdate(self.meeting.date))
        form = QFormLayout()
        form.addRow(common.buddy_label(t("Approved &in:"), self.approved_in), self.approved_in)
        form.addRow(common.buddy_label(t("&Date of approval:"), self.approved_on), self.approved_on)
        self.buttons = common.dialog_buttons(self, t("&Approve"), t("Approve"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.approved_in.currentIndexChanged.connect(self._take_meeting_date)
        if self.approved_in.count() > 1:
            self.approved_in.setCurrentIndex(1)
        self._take_meeting_date()
        self.approved_in.setFocus()

    def _take_meeting_date(self) -> None:
        """Propose the date of the chosen meeting as the date of approval."""
        meeting_id = self.approved_in.currentData()
        if meeting_id:
            self.approved_on.setDate(common.to_qdate(get_meeting(self.db, meeting_id).date))

    def accept(self) -> None:
        """Approve through core; stay open with a Dutch message on a problem."""
        refused = self.approved_on.finish_typing()
        if refused:
            dialogs.show_error(self, refused)
            self.approved_on.setFocus()
            return
        approved_in = self.approved_in.currentData() or None
        approved_on = common.iso_date(self.approved_on)
        approved = common.attempt(
            self, lambda: approve_meeting(self.db, self.meeting.id, approved_on, approved_in)
        )
        if common.ok(approved):
            super().accept()


class CorrectionDialog(QDialog):
    """Reopens an approved meeting as a new version; the reason is required."""

    def __init__(
        self, db: sqlite_utils.Database, meeting_id: int, parent: QWidget | None = None
    ) -> None:
        """Build the explanation and the reason field."""
        super().__init__(parent)
        self.db = db
        self.meeting = get_meeting(db, meeting_id)
        self.setWindowTitle(t("Correct approved minutes"))
        intro = QLabel(
            t(
                "The minutes of {meeting} were approved as version {version}. A correction "
                "makes version {next}; version {version} stays readable."
            ).format(
                meeting=self.meeting.title,
                version=self.meeting.version,
                next=self.meeting.version + 1,
            )
        )
        intro.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setAccessibleName(t("Reason for the correction"))
        self.reason.setPlaceholderText(t("for example: decision text corrected after a remark"))
        common.set_width(self, 90)
        form = QFormLayout()
        form.addRow(common.buddy_label(t("&Reason:"), self.reason), self.reason)
        self.buttons = common.dialog_buttons(self, t("&Start correction"), t("Start correction"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.reason.setFocus()

    def accept(self) -> None:
        """Start the correction through core; a reason is required."""
        reason = self.reason.text().strip()
        if not reason:
            dialogs.show_error(self, t("State the reason for the correction."))
            self.reason.setFocus()
            return
        started = common.attempt(self, lambda: start_correction(self.db, self.meeting.id, reason))
        if common.ok(started):
            super().accept()


def approve_meeting_dialog(
    parent: QWidget | None, db: sqlite_utils.Database, meeting_id: int
) -> bool:
    """Ask how the minutes were approved and approve them; return True when done."""
    meeting = common.attempt(parent, lambda: get_meeting(db, meeting_id))
    if not common.ok(meeting):
        return False
    if meeting.is_read_only:
        dialogs.show_error(parent, t("These minutes have already been approved."))
        return False
    return ApproveDialog(db, meeting_id, parent).exec() == QDialog.DialogCode.Accepted


def start_correction_dialog(
    parent: QWidget | None, db: sqlite_utils.Database, meeting_id: int
) -> bool:
    """Ask for the reason of a correction and reopen the meeting; return True when done."""
    meeting = common.attempt(parent, lambda: get_meeting(db, meeting_id))
    if not common.ok(meeting):
        return False
    if not meeting.is_read_only:
        dialogs.show_error(parent, t("These minutes are not approved yet and can be changed."))
        return False
    return CorrectionDialog(db, meeting_id, parent).exec() == QDialog.DialogCode.Accepted


def show_versions(parent: QWidget | None, db: sqlite_utils.Database, meeting_id: int) -> None:
    """Show the approved versions of a meeting; each can be read, none can be changed."""
    VersionsDialog(db, meeting_id, parent).exec()

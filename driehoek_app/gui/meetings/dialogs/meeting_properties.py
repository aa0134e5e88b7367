"""The properties dialog of a concept meeting: date, times, location, classification, chair."""

import sqlite_utils
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from driehoek_app.core.meetings import get_meeting, update_meeting
from driehoek_app.gui import dialogs
from driehoek_app.gui.i18n import t
from driehoek_app.gui.meetings.dialogs import common
from driehoek_app.gui.meetings.dialogs.meeting_form import (
    MeetingForm,
    check_form,
    confirm_not_duplicate,
)


class MeetingPropertiesDialog(QDialog):
    """Shows the stored details of a meeting and saves the changes on OK."""

    def __init__(
        self, db: sqlite_utils.Database, meeting_id: int, parent: QWidget | None = None
    ) -> None:
        """Build the form filled with the meeting's current values."""
        super().__init__(parent)
        self.db = db
        self.meeting_id = meeting_id
        meeting = get_meeting(db, meeting_id)
        self.setWindowTitle(t("Meeting details"))
        common.set_width(self, 70)
        self.form = MeetingForm(db, body_fixed=True)
        self.form.set_meeting(meeting)
        self.buttons = common.dialog_buttons(self, t("&Save"), t("Save"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)
        self.form.first_field().setFocus()

    def accept(self) -> None:
        """Check the form, save the changes through core and close; stay open on a problem."""
        if not check_form(self.form, self):
            return
        if not confirm_not_duplicate(self.form, self, own_id=self.meeting_id):
            return
        fields = self.form.values().as_fields()
        saved = common.attempt(self, lambda: update_meeting(self.db, self.meeting_id, **fields))
        if not common.ok(saved):
            return
        super().accept()


def edit_meeting_properties(
    parent: QWidget | None, db: sqlite_utils.Database, meeting_id: int
) -> bool:
    """Let the user change the details of a concept meeting; return True when saved."""
    meeting = common.attempt(parent, lambda: get_meeting(db, meeting_id))
    if not common.ok(meeting):
        return False
    if meeting.is_read_only:
        dialogs.show_error(
            parent,
            t("This meeting has been approved; start a correction to change it."),
        )
        return False
    dialog = MeetingPropertiesDialog(db, meeting_id, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted

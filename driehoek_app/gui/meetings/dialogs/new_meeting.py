"""The 'new meeting' dialog: body, date, times, place, classification, chair and agenda template."""

import sqlite_utils
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from driehoek_app.core.agenda_templates import default_template, list_templates
from driehoek_app.core.meetings import create_meeting
from driehoek_app.gui.i18n import t
from driehoek_app.gui.meetings.dialogs import common
from driehoek_app.gui.meetings.dialogs.meeting_form import (
    MeetingForm,
    check_form,
    confirm_not_duplicate,
)

NO_TEMPLATE = 0  # combo data for "empty agenda" (template ids start at 1)


class NewMeetingDialog(QDialog):
    """Asks for the details of a new concept meeting and creates it on OK."""

    def __init__(
        self, db: sqlite_utils.Database, body_id: int | None, parent: QWidget | None = None
    ) -> None:
        """Build the form with body_id preselected and the standard agenda as template."""
        super().__init__(parent)
        self.db = db
        self.meeting_id: int | None = None
        self.setWindowTitle(t("New meeting"))
        common.set_width(self, 70)
        self.form = MeetingForm(db)
        self.template = common.combo(t("Agenda template"))
        self.template.addItem(t("(empty agenda)"), NO_TEMPLATE)
        for template in list_templates(db):
            self.template.addItem(template.name, template.id)
        standard = default_template(db)
        common.select_data(self.template, standard.id if standard else NO_TEMPLATE)
        self.template_items = QLabel()
        self.template_items.setWordWrap(True)
        self.template.currentIndexChanged.connect(self._show_template)
        self.form.start.timeChanged.connect(self._show_template)
        self.form.end.timeChanged.connect(self._show_template)
        self.form.layout().addRow(
            common.buddy_label(t("&Agenda template:"), self.template), self.template
        )
        self.form.layout().addRow("", self.template_items)
        intro = QLabel(t("The members of the body are invited; you can add guests later."))
        intro.setWordWrap(True)
        self.buttons = common.dialog_buttons(self, t("&Create meeting"), t("Create meeting"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(intro)
        layout.addWidget(self.buttons)
        self.form.set_body(body_id)
        self._show_template()
        # With the body already chosen the date comes first; otherwise the body.
        (self.form.date if body_id is not None else self.form.body).setFocus()

    def _show_template(self) -> None:
        """Show how many items the chosen template puts on the agenda."""
        template_id = self.template.currentData()
        templates = {tpl.id: tpl for tpl in list_templates(self.db)}
        if not template_id or template_id not in templates:
            self.template_items.setText(t("The agenda starts empty."))
            return
        items = templates[template_id].items
        minutes = sum(item.planned_minutes or 0 for item in items)
        length = self.form.start.time().secsTo(self.form.end.time()) // 60
        if 0 < length < minutes:
            text = t(
                "{count} agenda items, {minutes} minutes planned: more than the {length} "
                "minutes of the meeting."
            ).format(count=len(items), minutes=minutes, length=length)
        else:
            text = t("{count} agenda items, {minutes} minutes planned.").format(
                count=len(items), minutes=minutes
            )
        self.template_items.setText(text)

    def accept(self) -> None:
        """Check the form, create the meeting through core and close; stay open on a problem."""
        if not check_form(self.form, self) or not confirm_not_duplicate(self.form, self):
            return
        values = self.form.values()
        template_id = self.template.currentData() or None
        meeting = common.attempt(
            self,
            lambda: create_meeting(
                self.db,
                values.body_id,
                values.date,
                values.start_time,
                values.end_time,
                values.location,
                values.classification,
                values.chair_id,
                template_id=template_id,
            ),
        )
        if not common.ok(meeting):
            return
        self.meeting_id = meeting.id
        super().accept()


def ask_new_meeting(
    parent: QWidget | None, db: sqlite_utils.Database, body_id: int | None
) -> int | None:
    """Ask for a new meeting of a body; return its id, or None when the user cancels."""
    dialog = NewMeetingDialog(db, body_id, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.meeting_id

"""Meetings to the calendar: an .ics file of one meeting or of a body's whole year."""

import datetime as dt
from pathlib import Path

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

from driehoek_app.core.bodies import get_body, list_bodies
from driehoek_app.core.calendar_ics import body_year_calendar, meeting_calendar, write_calendar
from driehoek_app.core.meetings import get_meeting
from driehoek_app.gui import dialogs
from driehoek_app.gui.demo.dialog import number_field
from driehoek_app.gui.i18n import t
from driehoek_app.gui.meetings.dialogs.common import (
    attempt,
    combo,
    dialog_buttons,
    ok,
    select_data,
    set_width,
)
from driehoek_app.gui.registers import modal
from driehoek_app.gui.registers.filters import body_text

FIRST_YEAR, LAST_YEAR = 2000, 2100


class CalendarDialog(QDialog):
    """Asks what goes into the calendar file: the meeting at hand, or a body's year."""

    def __init__(
        self,
        parent: QWidget | None,
        db: sqlite_utils.Database,
        meeting_id: int | None,
        body_id: int | None,
        year: int,
    ) -> None:
        """Offer the meeting (when one is at hand) and a body with a year."""
        super().__init__(parent)
        self.setWindowTitle(t("Save calendar file"))
        self.meeting_id = meeting_id
        meeting = get_meeting(db, meeting_id) if meeting_id is not None else None
        self.one = QRadioButton(
            t("This &meeting: {title}").format(title=meeting.title.replace("&", "&&"))
            if meeting
            else t("This &meeting")
        )
        self.one.setAccessibleName(t("This meeting"))
        self.one.setEnabled(meeting is not None)
        self.year_choice = QRadioButton(t("All meetings of a body in one &year"))
        self.year_choice.setAccessibleName(t("All meetings of a body in one year"))
        group = QButtonGroup(self)
        group.addButton(self.one)
        group.addButton(self.year_choice)
        (self.one if meeting else self.year_choice).setChecked(True)
        choices = {body.id: body_text(body.name, body.code) for body in list_bodies(db)}
        self.body = combo(t("Body"), choices)
        select_data(self.body, body_id if body_id is not None else meeting and meeting.body_id)
        self.year = number_field(t("Year"), FIRST_YEAR, LAST_YEAR, year)
        form = QFormLayout()
        form.addRow(t("&Body:"), self.body)
        form.addRow(t("&Year:"), self.year)
        note = QLabel(t("Outlook and other calendars open .ics files. Confidential meetings go "
                        "without their agenda."))  # fmt: skip
        note.setWordWrap(True)
        self.buttons = dialog_buttons(self, t("&Save…"), t("Save"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.one)
        layout.addWidget(self.year_choice)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        set_width(self, 60)

    def whole_year(self) -> bool:
        """Tell whether the body's year was chosen (not the single meeting)."""
        return self.year_choice.isChecked()


def suggested_name(db: sqlite_utils.Database, dialog: CalendarDialog) -> str:
    """Return 'HLM-2026.ics' for a year or 'HLM-2026-12-03.ics' for one meeting."""
    if dialog.whole_year():
        return f"{get_body(db, dialog.body.currentData()).code}-{dialog.year.value()}.ics"
    meeting = get_meeting(db, dialog.meeting_id)
    return f"{get_body(db, meeting.body_id).code}-{meeting.date}.ics"


def save_calendar(
    parent: QWidget,
    db: sqlite_utils.Database,
    meeting_id: int | None,
    body_id: int | None,
    today: dt.date | None = None,
) -> Path | None:
    """Ask what to put in the calendar and where; write the .ics file; return its path."""
    dialog = CalendarDialog(parent, db, meeting_id, body_id, (today or dt.date.today()).year)
    if not modal.run(dialog):
        return None
    if dialog.whole_year():
        body, year = dialog.body.currentData(), dialog.year.value()
        text = attempt(parent, lambda: body_year_calendar(db, body, year))
    else:
        text = attempt(parent, lambda: meeting_calendar(db, dialog.meeting_id))
    if not ok(text):
        return None
    chosen = dialogs.ask_save_file(parent, t("Save calendar file"), suggested_name(db, dialog))
    if chosen is None:
        return None
    path = chosen if chosen.suffix.lower() == ".ics" else chosen.with_name(chosen.name + ".ics")
    written = attempt(parent, lambda: write_calendar(text, path))
    return written if ok(written) else None

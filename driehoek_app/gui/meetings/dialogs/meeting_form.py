"""The fields of a meeting (body, date, times, location, classification, chair) in one form."""

from dataclasses import dataclass

import sqlite_utils
from PySide6.QtCore import QTime
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from driehoek_app.core.bodies import list_bodies, list_members
from driehoek_app.core.meetings import Meeting, find_meeting, meetings_in_order
from driehoek_app.core.people import list_people
from driehoek_app.gui import dialogs, theme
from driehoek_app.gui.i18n import t
from driehoek_app.gui.meetings.dialogs import common
from driehoek_app.gui.meetings.dialogs.labels import (
    classification_labels,
    member_text,
    person_text,
)

NO_CHAIR = 0  # combo data for "no chair" (person ids start at 1)


@dataclass(frozen=True)
class MeetingValues:
    """What the form holds, in the shape the core services take."""

    body_id: int | None
    date: str
    start_time: str
    end_time: str
    location: str
    classification: str
    chair_id: int | None

    def as_fields(self) -> dict[str, object]:
        """Return the values that update_meeting accepts."""
        return {
            "date": self.date,
            "start_time": self.start_time,
            "end_time": self.end_time,
            "location": self.location,
            "classification": self.classification,
            "chair_id": self.chair_id,
        }


class MeetingForm(QWidget):
    """Edits the fields of a meeting; with body_fixed the body is shown but cannot change."""

    def __init__(
        self, db: sqlite_utils.Database, *, body_fixed: bool = False, parent: QWidget | None = None
    ) -> None:
        """Build the fields in tab order: body, date, start, end, location, class, chair."""
        super().__init__(parent)
        self.db = db
        self.body_fixed = body_fixed
        self.body = common.combo(t("Body"), {b.id: b.name for b in list_bodies(db)})
        self.body_name = QLabel()
        self.date = common.date_edit(t("Date of the meeting"))
        self.date_notice = QLabel()
        self.date_notice.setWordWrap(True)
        self.date_notice.hide()
        self.date.refused.connect(self._show_date_notice)
        self.date.dateChanged.connect(self.date_notice.hide)
        self.start = common.time_edit(t("Start time"), "09:00")
        self.end = common.time_edit(t("End time"), "10:30")
        self.location = QLineEdit()
        self.location.setAccessibleName(t("Location"))
        self.location.setPlaceholderText(t("for example Stadhuis, kamer 2.14"))
        self.classification = common.combo(t("Classification"), classification_labels())
        common.select_data(self.classification, "vertrouwelijk")
        self.chair = common.combo(t("Chair"))
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if body_fixed:
            self.body.hide()
            layout.addRow(t("Body:"), self.body_name)
        else:
            layout.addRow(common.buddy_label(t("&Body:"), self.body), self.body)
        layout.addRow(common.buddy_label(t("&Date:"), self.date), self.date)
        layout.addRow("", self.date_notice)
        layout.addRow(common.buddy_label(t("&Start time:"), self.start), self.start)
        layout.addRow(common.buddy_label(t("&End time:"), self.end), self.end)
        layout.addRow(common.buddy_label(t("&Location:"), self.location), self.location)
        layout.addRow(
            common.buddy_label(t("&Classification:"), self.classification), self.classification
        )
        layout.addRow(common.buddy_label(t("C&hair:"), self.chair), self.chair)
        self.body.currentIndexChanged.connect(self._body_changed)

    def _show_date_notice(self, message: str) -> None:
        """Say under the date field that the typed date does not exist."""
        self.date_notice.setText(message)
        self.date_notice.setFont(theme.bold(self.font()))
        self.date_notice.show()

    def first_field(self) -> QWidget:
        """Return the field that should get the focus when the dialog opens."""
        return self.date if self.body_fixed else self.body

    def set_body(self, body_id: int | None) -> None:
        """Choose a body (the first one when body_id is None) and fill in from its last meeting."""
        if body_id is None or not common.select_data(self.body, body_id):
            self.body.setCurrentIndex(0 if self.body.count() else -1)
        self._body_changed()

    def body_id(self) -> int | None:
        """Return the chosen body's id."""
        value = self.body.currentData()
        return int(value) if value is not None else None

    def _body_changed(self) -> None:
        """Show the body's people as chair choices and take over habits of its last meeting."""
        body_id = self.body_id()
        self.body_name.setText(self.body.currentText())
        if body_id is None:
            return
        self._fill_chairs(body_id)
        earlier = meetings_in_order(self.db, body_id)
        if earlier and not self.body_fixed:
            last = earlier[-1]
            self.start.setTime(QTime.fromString(last.start_time, common.TIME_FORMAT))
            self.end.setTime(QTime.fromString(last.end_time, common.TIME_FORMAT))
            self.location.setText(last.location)
            common.select_data(self.classification, last.classification)
            if last.chair_id is not None:
                common.select_data(self.chair, last.chair_id)

    def _fill_chairs(self, body_id: int) -> None:
        """List the body's members first (default: its first burgemeester), then everyone else."""
        previous = self.chair.currentData()
        members = list_members(self.db, body_id)
        member_ids = {m.person.id for m in members}
        self.chair.blockSignals(True)
        self.chair.clear()
        self.chair.addItem(t("(no chair)"), NO_CHAIR)
        for member in members:
            self.chair.addItem(member_text(member.person.name, member.role), member.person.id)
        others = [p for p in list_people(self.db) if p.id not in member_ids]
        if members and others:
            self.chair.insertSeparator(self.chair.count())
        for person in others:
            self.chair.addItem(person_text(person.name, person.organisation), person.id)
        self.chair.blockSignals(False)
        if previous and common.select_data(self.chair, previous):
            return
        mayors = [m.person.id for m in members if m.role == "burgemeester"]
        common.select_data(self.chair, mayors[0] if mayors else NO_CHAIR)

    def set_meeting(self, meeting: Meeting) -> None:
        """Show the stored values of a meeting."""
        common.select_data(self.body, meeting.body_id)
        self._body_changed()
        self.date.setDate(common.to_qdate(meeting.date))
        self.start.setTime(QTime.fromString(meeting.start_time, common.TIME_FORMAT))
        self.end.setTime(QTime.fromString(meeting.end_time, common.TIME_FORMAT))
        self.location.setText(meeting.location)
        common.select_data(self.classification, meeting.classification)
        common.select_data(self.chair, meeting.chair_id or NO_CHAIR)

    def values(self) -> MeetingValues:
        """Return what the form holds now."""
        chair = self.chair.currentData()
        return MeetingValues(
            body_id=self.body_id(),
            date=common.iso_date(self.date),
            start_time=common.time_text(self.start),
            end_time=common.time_text(self.end),
            location=self.location.text(),
            classification=self.classification.currentData(),
            chair_id=int(chair) if chair else None,
        )

    def problem(self) -> tuple[str, QWidget] | None:
        """Return a Dutch message and the field to fix, or None when the values are fine."""
        refused = self.date.finish_typing()
        if refused:
            return refused, self.date
        if self.body_id() is None:
            return t("Choose the body that meets."), self.body
        if self.end.time() <= self.start.time():
            return t("The end time must be after the start time."), self.end
        return None


def confirm_not_duplicate(form: MeetingForm, parent: QWidget, own_id: int | None = None) -> bool:
    """Warn when the body already meets at this date and time (the import refuses that).

    Returns True when there is no such meeting, or when the user explicitly chooses to make
    a second one anyway; False sends the user back to the date.
    """
    values = form.values()
    if values.body_id is None:
        return True
    existing = find_meeting(form.db, values.body_id, values.date, values.start_time)
    if existing is None or existing.id == own_id:
        return True
    question = t(
        "{body} already has a meeting on {date} at {time}. Make a second meeting at the same "
        "moment anyway? Choose Annuleren to change the date or the time."
    ).format(body=existing.body_name, date=common.long_date(values.date), time=values.start_time)
    if dialogs.confirm(parent, t("Meeting already exists"), question, t("Create &anyway")):
        return True
    form.date.setFocus()
    return False


def check_form(form: MeetingForm, parent: QWidget) -> bool:
    """Show the form's first problem in Dutch and focus its field; return True when none."""
    problem = form.problem()
    if problem is None:
        return True
    message, field = problem
    dialogs.show_error(parent, message)
    field.setFocus()
    return False

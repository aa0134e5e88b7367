"""A typed date that does not exist is refused in Dutch, never changed into another date."""

import datetime as dt

from dialog_checks import haarlem as haarlem_data
from dialog_checks import show, type_date
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QToolTip
from test_meetings_support import NEXT_MONTH, haarlem, press, select_item

from driehoek_app.core import actions
from driehoek_app.core.agenda_templates import default_template
from driehoek_app.core.meetings import create_meeting
from driehoek_app.gui.meetings.dialogs.new_meeting import NewMeetingDialog


def _screen(qtbot, window):
    """Open a concept meeting made from the standard template on the meeting screen."""
    db = window.db
    meeting = create_meeting(db, haarlem(db).id, NEXT_MONTH, template_id=default_template(db).id)
    window.show_area("vergaderingen")
    screen = window.meetings().open_meeting(meeting.id)
    qtbot.waitUntil(screen.isVisible)
    return screen


def _type_due(qtbot, field, digits: str) -> None:
    """Tab into the due date as a user does, type day, month and year, and Tab out."""
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    field.setSelectedSection(field.Section.DaySection)
    qtbot.keyClicks(field, digits)
    for _ in range(3):  # Tab visits the sections of a date field before it leaves
        if field.hasFocus():
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)


def test_31_february_as_due_date_is_refused_and_the_date_stays(qtbot, window):
    screen = _screen(qtbot, window)
    select_item(qtbot, screen, "Mededelingen")
    press(qtbot, screen, "Ctrl+T")
    row = screen.editor.actions.rows[0]
    action_id = row.handle.id
    _type_due(qtbot, row.due, "15012027")
    qtbot.waitUntil(lambda: actions.get_action(window.db, action_id).due_date == "2027-01-15")
    row = screen.editor.actions.rows[0]
    _type_due(qtbot, row.due, "31022027")
    assert screen.status.text.text() == "31-02-2027 bestaat niet; de datum blijft 15-01-2027."
    assert screen.status.icon.isVisible()
    assert QToolTip.text() == "31-02-2027 bestaat niet; de datum blijft 15-01-2027."
    assert row.due.date() == QDate(2027, 1, 15)
    qtbot.wait(1000)  # longer than the autosave pause
    assert actions.get_action(window.db, action_id).due_date == "2027-01-15"


def test_a_refused_date_on_an_empty_due_date_leaves_it_empty(qtbot, window):
    screen = _screen(qtbot, window)
    select_item(qtbot, screen, "Mededelingen")
    press(qtbot, screen, "Ctrl+T")
    row = screen.editor.actions.rows[0]
    assert row.due.text() == "geen datum"
    _type_due(qtbot, row.due, "30022027")
    assert screen.status.text.text() == "30-02-2027 bestaat niet; er blijft geen datum ingevuld."
    assert row.due.text() == "geen datum"
    assert actions.get_action(window.db, row.handle.id).due_date is None


def test_29_february_typed_before_a_leap_year_is_taken_over(qtbot, window):
    screen = _screen(qtbot, window)
    select_item(qtbot, screen, "Mededelingen")
    press(qtbot, screen, "Ctrl+T")
    row = screen.editor.actions.rows[0]
    _type_due(qtbot, row.due, "29022028")
    qtbot.waitUntil(lambda: actions.get_action(window.db, row.handle.id).due_date == "2028-02-29")
    assert "bestaat niet" not in screen.status.text.text()


def test_3102_as_meeting_date_is_refused_in_the_new_meeting_dialog(qtbot, fresh_db):
    data = haarlem_data(fresh_db)
    dialog = show(qtbot, NewMeetingDialog(fresh_db, data.body_id))
    field = dialog.form.date
    type_date(qtbot, field, "11022027")
    dialog.form.location.setFocus()  # the user leaves the field
    assert field.date() == QDate(2027, 2, 11)
    type_date(qtbot, field, "3102")  # day and month only: the year stays 2027
    dialog.form.location.setFocus()
    assert field.date() == QDate(2027, 2, 11)
    assert dialog.form.date_notice.isVisible()
    assert dialog.form.date_notice.text() == "31-02-2027 bestaat niet; de datum blijft 11-02-2027."
    type_date(qtbot, field, "03122026")
    dialog.form.location.setFocus()
    assert field.date() == QDate(2026, 12, 3)
    assert not dialog.form.date_notice.isVisible()


def test_pressing_ok_while_typing_a_missing_date_refuses_it(qtbot, fresh_db, monkeypatch):
    data = haarlem_data(fresh_db)
    errors = []
    monkeypatch.setattr(
        "driehoek_app.gui.dialogs.show_error", lambda _parent, message: errors.append(message)
    )
    dialog = show(qtbot, NewMeetingDialog(fresh_db, data.body_id))
    today = dt.date.today()
    type_date(qtbot, dialog.form.date, f"3104{today.year + 1}")
    dialog.accept()  # as with Alt+key: the field never lost the focus
    assert errors == [
        f"31-04-{today.year + 1} bestaat niet; de datum blijft {today.strftime('%d-%m-%Y')}."
    ]
    assert dialog.meeting_id is None and dialog.isVisible()

"""Shared steps for the Vergaderingen GUI tests (no tests here): people, meetings, screens."""

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from driehoek_app.core import bodies, people
from driehoek_app.gui.meetings.dialogs import new_meeting
from driehoek_app.gui.meetings.dialogs.new_meeting import NewMeetingDialog

TODAY = dt.date.today()
LAST_WEEK = TODAY - dt.timedelta(days=5)
NEXT_MONTH = TODAY + dt.timedelta(days=30)


def haarlem(db) -> bodies.Body:
    """Return the basisteamdriehoek Haarlem."""
    return next(b for b in bodies.list_bodies(db) if b.code == "HLM")


def members(db) -> dict[str, people.Person]:
    """Create the fictional members of the Haarlem driehoek and add them to the body."""
    body = haarlem(db)
    persons = {
        "burgemeester": people.create_person(db, "A. de Vries", "burgemeester", "Gemeente Haarlem"),
        "ovj": people.create_person(
            db, "mr. B. Jansen", "officier van justitie", "Openbaar Ministerie"
        ),
        "teamchef": people.create_person(db, "C. Bakker", "teamchef", "Politie Noord-Holland"),
        "secretaris": people.create_person(db, "D. Visser", "secretaris", "Gemeente Haarlem"),
    }
    for person in persons.values():
        bodies.set_member(db, body.id, person.id)
    return persons


def plan_meetings_through_the_dialog(monkeypatch, day: dt.date, location: str = "Stadhuis"):
    """Make 'Nieuwe vergadering' fill in the real (modal) dialog and press its OK button."""

    def fill_in(parent, db, body_id):
        """Fill in the real dialog for the chosen day and press OK."""
        dialog = NewMeetingDialog(db, body_id, parent)
        dialog.form.date.setDate(QDate(day.year, day.month, day.day))
        dialog.form.location.setText(location)
        dialog.accept()
        return dialog.meeting_id

    monkeypatch.setattr(new_meeting, "ask_new_meeting", fill_in)


def open_meetings_area(qtbot, window):
    """Press Ctrl+1 and return the Vergaderingen page with Haarlem chosen."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    page = window.meetings()
    assert window.stack.currentWidget() is page
    page.list.select_body(haarlem(window.db).id)
    return page


def new_meeting_on_screen(qtbot, page, monkeypatch, day: dt.date):
    """Click Nieuwe vergadering (dialog filled in for day) and return the opened screen."""
    plan_meetings_through_the_dialog(monkeypatch, day)
    qtbot.mouseClick(page.list.new_button, Qt.MouseButton.LeftButton)
    assert page.screen is not None
    qtbot.waitUntil(page.showing_meeting)
    return page.screen


def select_item(qtbot, screen, title: str) -> None:
    """Click the agenda row with this title."""
    view = screen.agenda.view
    row = next(r for r, item in enumerate(screen.agenda.model.items()) if item.title == title)
    rect = view.visualRect(screen.agenda.model.index(row, 1))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert screen.editor.item.title == title


def press(qtbot, widget, key: str) -> None:
    """Press a key combination such as 'Ctrl+B' on a widget."""
    from PySide6.QtGui import QKeySequence

    combo = QKeySequence(key)[0]
    qtbot.keyClick(widget, combo.key(), combo.keyboardModifiers())

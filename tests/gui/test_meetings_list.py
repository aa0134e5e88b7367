"""The meetings list: bodies, upcoming meetings first with Dutch dates, open, delete, settings."""

import datetime as dt

from PySide6.QtCore import Qt
from test_meetings_support import LAST_WEEK, NEXT_MONTH, haarlem, open_meetings_area

from driehoek_app.core import approval, meetings
from driehoek_app.core.agenda_templates import default_template
from driehoek_app.gui import dialogs
from driehoek_app.gui import settings as config
from driehoek_app.gui.main_window import MainWindow
from driehoek_app.gui.meetings import dates
from driehoek_app.gui.meetings.dialogs import approval as approval_dialogs
from driehoek_app.gui.meetings.dialogs.approval import ApproveDialog
from driehoek_app.gui.settings import open_settings


def _rows(table):
    """Return the displayed texts of a table, row by row."""
    model = table.model()
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_short_dutch_dates():
    assert dates.short_date_time("2026-12-03", "09:00") == "do 3 dec 2026 09:00"
    assert dates.short_date("2027-03-01") == "ma 1 mrt 2027"
    assert dates.long_date("2026-12-03") == "donderdag 3 december 2026"
    assert dates.short_date(None) == ""


def test_upcoming_meetings_come_first_then_the_past_ones(qtbot, window):
    db = window.db
    body = haarlem(db).id
    older = meetings.create_meeting(
        db, body, LAST_WEEK - dt.timedelta(days=30), location="Raadhuis"
    )
    recent = meetings.create_meeting(db, body, LAST_WEEK, "13:00", "14:30", "Stadhuis")
    soon = meetings.create_meeting(db, body, NEXT_MONTH)
    approval.approve_meeting(db, older.id, LAST_WEEK, recent.id)
    page = open_meetings_area(qtbot, window)
    page.list.reload()
    assert page.list.title.text() == "Vergaderingen van Basisteamdriehoek Haarlem"
    assert page.list.bodies.currentItem().text() == "Basisteamdriehoek Haarlem (3)"
    rows = _rows(page.list.table)
    assert [row[0] for row in rows] == ["komend", "geweest", "geweest"]
    assert rows[0][1] == f"{dates.short_date(NEXT_MONTH.isoformat())} 09:00–10:30"
    assert rows[1][1:] == [
        f"{dates.short_date(LAST_WEEK.isoformat())} 13:00–14:30",
        "concept",
        "1",
        "Stadhuis",
    ]
    assert rows[2][2] == "vastgesteld"
    assert page.list.current_meeting_id() == soon.id
    assert not page.list.empty.isVisible()


def test_enter_opens_the_chosen_meeting_and_back_returns(qtbot, window):
    db = window.db
    meeting = meetings.create_meeting(
        db, haarlem(db).id, NEXT_MONTH, template_id=default_template(db).id
    )
    page = open_meetings_area(qtbot, window)
    page.list.reload()
    page.list.table.setFocus()
    qtbot.keyClick(page.list.table, Qt.Key.Key_Return)
    assert page.showing_meeting() and page.screen.meeting_id == meeting.id
    assert page.screen.header.title.text() == "Basisteamdriehoek Haarlem"
    assert page.screen.editor.minutes.hasFocus()
    qtbot.keyClick(page.screen.editor.minutes, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert not page.showing_meeting()
    assert page.list.current_meeting_id() == meeting.id


def test_an_empty_body_says_how_to_plan_a_meeting(qtbot, window):
    page = open_meetings_area(qtbot, window)
    page.list.bodies.setCurrentRow(0)
    assert page.list.model.rowCount() == 0
    assert page.list.empty.isVisible()
    assert page.list.empty.text().startswith("Basisteamdriehoek Den Helder heeft nog geen")
    assert not page.list.open_button.isEnabled()


def test_deleting_a_concept_meeting_asks_first(qtbot, window, monkeypatch):
    db = window.db
    meetings.create_meeting(db, haarlem(db).id, NEXT_MONTH)
    page = open_meetings_area(qtbot, window)
    page.list.reload()
    questions = []
    monkeypatch.setattr(
        dialogs, "confirm", lambda parent, title, question, action: questions.append(question)
    )
    qtbot.mouseClick(page.list.delete_button, Qt.MouseButton.LeftButton)
    assert "kan niet ongedaan worden gemaakt" in questions[0]
    assert len(meetings.list_meetings(db, haarlem(db).id)) == 1  # answered no
    monkeypatch.setattr(dialogs, "confirm", lambda *args: True)
    qtbot.mouseClick(page.list.delete_button, Qt.MouseButton.LeftButton)
    assert meetings.list_meetings(db, haarlem(db).id) == []
    assert page.list.bodies.currentItem().text() == "Basisteamdriehoek Haarlem (0)"


def test_delete_is_off_for_a_vastgesteld_meeting_and_says_why(qtbot, window):
    db = window.db
    body = haarlem(db).id
    approved = meetings.create_meeting(db, body, LAST_WEEK)
    concept = meetings.create_meeting(db, body, NEXT_MONTH)
    approval.approve_meeting(db, approved.id, LAST_WEEK, concept.id)
    page = open_meetings_area(qtbot, window)
    page.list.reload()
    table = page.list.table
    table.setFocus()
    assert page.list.current_meeting_id() == concept.id
    assert page.list.delete_button.isEnabled()
    qtbot.keyClick(table, Qt.Key.Key_Down)  # to the vastgesteld meeting
    assert page.list.current_meeting_id() == approved.id
    assert not page.list.delete_button.isEnabled()
    assert page.list.delete_button.toolTip() == (
        "Een vastgestelde vergadering kan niet worden verwijderd: het verslag is definitief. "
        "Wijzigen kan via Correctie op het vergaderscherm."
    )
    assert page.list.open_button.isEnabled()
    qtbot.keyClick(table, Qt.Key.Key_Up)
    assert page.list.delete_button.isEnabled()


def test_the_previous_minutes_are_approved_from_the_next_meeting(qtbot, window, monkeypatch):
    db = window.db
    template = default_template(db).id
    first = meetings.create_meeting(db, haarlem(db).id, LAST_WEEK, template_id=template)
    second = meetings.create_meeting(db, haarlem(db).id, NEXT_MONTH, template_id=template)
    window.show_area("vergaderingen")
    screen = window.meetings().open_meeting(second.id)
    screen.agenda.select_item(screen.agenda.model.item(1).id)
    bar = screen.editor.previous
    assert bar.isVisible() and bar.text.text().endswith("is nog concept.")

    def approve(parent, database, meeting_id):
        """Press OK in the real approve dialog (it proposes this meeting)."""
        dialog = ApproveDialog(database, meeting_id, parent)
        dialog.accept()
        return True

    monkeypatch.setattr(approval_dialogs, "approve_meeting_dialog", approve)
    qtbot.mouseClick(bar.button, Qt.MouseButton.LeftButton)
    approved = meetings.get_meeting(db, first.id)
    assert approved.is_read_only and approved.approved_in_meeting_id == second.id
    assert "is vastgesteld op" in bar.text.text()
    assert not bar.button.isVisible()


def test_the_chosen_body_comes_back_from_the_ini_file(qtbot, fresh_db, tmp_path):
    path = tmp_path / "venster.ini"
    first = MainWindow(fresh_db, open_settings(path))
    qtbot.addWidget(first)
    first.meetings().list.select_body(haarlem(fresh_db).id)
    first.close()
    assert config.MEETINGS_BODY.read(open_settings(path)) == haarlem(fresh_db).id
    second = MainWindow(fresh_db, open_settings(path))
    qtbot.addWidget(second)
    assert second.meetings().list.current_body_id() == haarlem(fresh_db).id

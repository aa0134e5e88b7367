"""Autosave and undo on the meeting screen: numbers stay, nothing typed is ever lost."""

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, Qt
from test_meetings_support import LAST_WEEK, NEXT_MONTH, haarlem, press, select_item

from driehoek_app.core import agenda, approval, decisions, sqlite_driver
from driehoek_app.core.agenda_templates import default_template
from driehoek_app.core.meetings import create_meeting
from driehoek_app.gui import dialogs
from driehoek_app.gui.meetings.agenda_model import MIME_TYPE
from driehoek_app.gui.meetings.dialogs import copy_item


@pytest.fixture
def screen(qtbot, window):
    """The screen of a concept meeting made from the standard template, shown in the window."""
    meeting = create_meeting(
        window.db, haarlem(window.db).id, NEXT_MONTH, template_id=default_template(window.db).id
    )
    window.show_area("vergaderingen")
    shown = window.meetings().open_meeting(meeting.id)
    qtbot.waitUntil(shown.isVisible)
    return shown


def _decision_numbers(screen):
    """Return the decision numbers shown for the current item."""
    return [row.number.text() for row in screen.editor.decisions.rows]


def test_undo_of_a_deleted_decision_restores_its_number(qtbot, screen):
    db = screen.db
    select_item(qtbot, screen, "Ondermijning")
    press(qtbot, screen.editor.minutes, "Ctrl+B")
    qtbot.keyClicks(screen.editor.decisions.rows[0].editor, "Eerste besluit")
    press(qtbot, screen.editor.decisions.rows[0].editor, "Ctrl+B")
    qtbot.keyClicks(screen.editor.decisions.rows[1].editor, "Tweede besluit")
    year = NEXT_MONTH.year
    assert _decision_numbers(screen) == [f"HLM-{year}-001", f"HLM-{year}-002"]

    qtbot.mouseClick(screen.editor.decisions.rows[0].remove, Qt.MouseButton.LeftButton)
    assert _decision_numbers(screen) == [f"HLM-{year}-002"]
    assert "Ctrl+Z" in screen.status.text.text()
    press(qtbot, screen, "Ctrl+Z")
    assert _decision_numbers(screen) == [f"HLM-{year}-001", f"HLM-{year}-002"]
    item_id = screen.editor.handle.id
    assert [(d.number, d.text) for d in decisions.item_decisions(db, item_id)] == [
        (f"HLM-{year}-001", "Eerste besluit"),
        (f"HLM-{year}-002", "Tweede besluit"),
    ]
    press(qtbot, screen, "Ctrl+Shift+Z")  # redo: deleted again, number not reused
    assert _decision_numbers(screen) == [f"HLM-{year}-002"]
    press(qtbot, screen, "Ctrl+B")
    assert _decision_numbers(screen)[-1] == f"HLM-{year}-003"


def test_reordering_by_keyboard_keeps_decision_numbers(qtbot, screen):
    db = screen.db
    select_item(qtbot, screen, "Cybercrime")
    press(qtbot, screen, "Ctrl+B")
    number = _decision_numbers(screen)[0]
    item_id = screen.editor.handle.id
    press(qtbot, screen, "Ctrl+L")
    assert screen.agenda.view.hasFocus()
    press(qtbot, screen.agenda.view, "Ctrl+Shift+Up")
    press(qtbot, screen.agenda.view, "Ctrl+Shift+Up")
    assert agenda.get_item(db, item_id).number == 6
    assert screen.agenda.model.item(5).title == "Cybercrime"
    assert screen.agenda.current_item_id() == item_id
    assert screen.agenda.model.item(5).number == 6
    assert decisions.item_decisions(db, item_id)[0].number == number
    assert _decision_numbers(screen) == [number]
    press(qtbot, screen, "Ctrl+Z")
    assert agenda.get_item(db, item_id).number == 7


def test_drag_and_drop_moves_an_item(screen):
    model = screen.agenda.model
    source = model.row_of(next(i.id for i in model.items() if i.title == "Rondvraag"))
    data: QMimeData = model.mimeData([model.index(source, 1)])
    assert data.hasFormat(MIME_TYPE)
    model.dropMimeData(data, Qt.DropAction.MoveAction, 1, 0, QModelIndex())
    assert [i.title for i in agenda.list_items(screen.db, screen.meeting_id)][:3] == [
        "Opening",
        "Rondvraag",
        "Verslag vorige vergadering",
    ]
    assert model.item(1).title == "Rondvraag"


def test_deleting_an_item_and_undo_bring_back_everything(qtbot, screen):
    db = screen.db
    select_item(qtbot, screen, "Zorg en veiligheid")
    press(qtbot, screen, "Ctrl+M")
    qtbot.keyClicks(screen.editor.minutes, "Casus besproken.")
    press(qtbot, screen.editor.minutes, "Ctrl+B")
    qtbot.keyClicks(screen.editor.decisions.rows[0].editor, "Nazorg regelen.")
    number = _decision_numbers(screen)[0]
    press(qtbot, screen, "Ctrl+L")
    qtbot.keyClick(screen.agenda.view, Qt.Key.Key_Delete)
    titles = [i.title for i in agenda.list_items(db, screen.meeting_id)]
    assert "Zorg en veiligheid" not in titles and len(titles) == 9
    press(qtbot, screen, "Ctrl+Z")
    restored = agenda.list_items(db, screen.meeting_id)[5]
    assert (restored.title, restored.minutes) == ("Zorg en veiligheid", "Casus besproken.")
    assert [(d.number, d.text) for d in decisions.item_decisions(db, restored.id)] == [
        (number, "Nazorg regelen.")
    ]
    assert screen.editor.item.id == restored.id
    # Undo further back goes through the restored ids: the decision, then the minutes.
    press(qtbot, screen, "Ctrl+Z")
    press(qtbot, screen, "Ctrl+Z")
    assert decisions.item_decisions(db, restored.id)[0].text == ""
    assert agenda.get_item(db, restored.id).minutes == ""


def test_typing_is_undone_per_pause_and_saved_on_item_switch(qtbot, screen):
    db = screen.db
    select_item(qtbot, screen, "Mededelingen")
    item_id = screen.editor.handle.id
    press(qtbot, screen, "Ctrl+M")
    qtbot.keyClicks(screen.editor.minutes, "Eerste zin.")
    qtbot.waitUntil(lambda: agenda.get_item(db, item_id).minutes == "Eerste zin.")
    qtbot.keyClicks(screen.editor.minutes, " Tweede zin.")
    press(qtbot, screen.editor.minutes, "Ctrl+PgDown")  # next item, no pause: saved anyway
    assert agenda.get_item(db, item_id).minutes == "Eerste zin. Tweede zin."
    assert screen.editor.item.title == "Ondermijning"
    assert screen.editor.minutes.hasFocus()
    press(qtbot, screen.editor.minutes, "Ctrl+Z")
    assert screen.editor.item.id == item_id
    assert screen.editor.minutes.toPlainText() == "Eerste zin."
    assert agenda.get_item(db, item_id).minutes == "Eerste zin."
    press(qtbot, screen.editor.minutes, "Ctrl+Y")
    assert agenda.get_item(db, item_id).minutes == "Eerste zin. Tweede zin."


def test_a_refused_save_keeps_the_text_and_says_why(qtbot, screen, window, monkeypatch):
    db = screen.db
    select_item(qtbot, screen, "Rondvraag")
    item_id = screen.editor.handle.id
    earlier = create_meeting(db, haarlem(db).id, LAST_WEEK)
    assert earlier.id != screen.meeting_id
    approval.approve_meeting(db, screen.meeting_id, NEXT_MONTH)  # behind the screen's back
    press(qtbot, screen, "Ctrl+M")
    qtbot.keyClicks(screen.editor.minutes, "Niet verloren.")
    qtbot.waitUntil(lambda: screen.status.error != "")
    assert "is vastgesteld en kan niet meer worden gewijzigd" in screen.status.text.text()
    assert screen.status.icon.isVisible()
    assert screen.editor.minutes.toPlainText() == "Niet verloren."
    assert agenda.get_item(db, item_id).minutes == ""
    qtbot.waitUntil(lambda: screen.status.text.text().startswith("Niet opgeslagen: "))
    # closing the window asks first; here the user throws the change away
    asked = []
    monkeypatch.setattr(dialogs, "confirm", lambda *args: asked.append(args[2]) or True)
    window.close()
    assert len(asked) == 1 and "Niet verloren." not in asked[0]
    assert "is vastgesteld" in asked[0]


def test_planned_time_over_the_meeting_length_shows_a_warning(qtbot, screen):
    select_item(qtbot, screen, "Sluiting")
    planned = screen.editor.details.planned
    planned.setFocus()
    planned.selectAll()
    qtbot.keyClicks(planned, "25")
    qtbot.keyClick(planned, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: screen.agenda.warning_icon.isVisible())
    assert screen.agenda.total.text() == "Gepland 115 van 90 minuten: 25 minuten te veel"
    assert screen.agenda.model.item(9).planned_minutes == 25


def test_a_new_item_can_be_undone_and_redone_with_its_title(qtbot, screen):
    db = screen.db
    select_item(qtbot, screen, "Rondvraag")
    press(qtbot, screen, "Ctrl+N")
    title = screen.editor.details.title
    assert title.hasFocus() and screen.editor.item.number == 10
    qtbot.keyClicks(title, "Evaluatie jaarwisseling")
    press(qtbot, title, "Ctrl+Z")  # the title typed
    assert title.text() == "Nieuw agendapunt"
    press(qtbot, title, "Ctrl+Z")  # the item itself
    assert len(agenda.list_items(db, screen.meeting_id)) == 10
    press(qtbot, screen, "Ctrl+Shift+Z")
    press(qtbot, screen, "Ctrl+Shift+Z")
    items = agenda.list_items(db, screen.meeting_id)
    assert (items[9].title, len(items)) == ("Evaluatie jaarwisseling", 11)
    assert screen.editor.details.title.text() == "Evaluatie jaarwisseling"


def test_a_database_that_cannot_be_written_keeps_the_text(qtbot, screen, monkeypatch):
    def disk_full(*args, **kwargs):
        """Fail like SQLite does when the disk is full."""
        raise sqlite_driver.OperationalError("database or disk is full")

    monkeypatch.setattr(agenda, "update_item", disk_full)
    press(qtbot, screen, "Ctrl+M")
    qtbot.keyClicks(screen.editor.minutes, "Belangrijke tekst")
    qtbot.waitUntil(lambda: screen.status.text.text().startswith("Niet opgeslagen: "))
    assert screen.status.text.text() == (
        "Niet opgeslagen: De wijziging kon niet worden opgeslagen omdat de database niet "
        "beschreven kan worden (database or disk is full); uw tekst blijft op het scherm staan."
    )
    assert screen.editor.minutes.toPlainText() == "Belangrijke tekst"
    monkeypatch.undo()  # the disk has room again: the next pause saves the same text
    qtbot.keyClicks(screen.editor.minutes, "!")
    item_id = screen.editor.handle.id
    qtbot.waitUntil(lambda: agenda.get_item(screen.db, item_id).minutes == "Belangrijke tekst!")
    assert screen.status.text.text().startswith("Opgeslagen ")


def test_an_item_copied_from_another_meeting_appears_on_the_agenda(qtbot, screen, monkeypatch):
    db = screen.db
    earlier = create_meeting(db, haarlem(db).id, LAST_WEEK)
    source = agenda.add_item(db, earlier.id, "Evaluatie cameratoezicht", planned_minutes=5)

    def copy_last_item(parent, database, meeting_id):
        """Stand in for the copy dialog: copy the earlier item into this meeting."""
        return copy_item.TakenItem(agenda.copy_item(database, source.id, meeting_id).id)

    monkeypatch.setattr(copy_item, "copy_or_move_item_dialog", copy_last_item)
    qtbot.mouseClick(screen.agenda.copy_button, Qt.MouseButton.LeftButton)
    assert screen.agenda.model.item(10).title == "Evaluatie cameratoezicht"
    assert screen.agenda.total.text() == "Gepland 95 van 90 minuten: 5 minuten te veel"


def test_the_edit_menu_names_and_runs_the_undo_of_the_meeting_in_front(qtbot, window, screen):
    edit = window.menus.edit
    select_item(qtbot, screen, "Ondermijning")
    press(qtbot, screen.editor.minutes, "Ctrl+B")
    qtbot.keyClicks(screen.editor.decisions.rows[0].editor, "Eerste besluit")
    qtbot.mouseClick(screen.editor.decisions.rows[0].remove, Qt.MouseButton.LeftButton)
    assert screen.editor.decisions.rows == []
    edit.menu.aboutToShow.emit()  # the user opens Bewerken
    assert edit.menu.title() == "Bewerken"
    assert edit.undo.isEnabled() and edit.undo.text() == "Besluit verwijderen ongedaan maken"
    assert edit.undo.shortcut().toString() == "Ctrl+Z"
    edit.undo.trigger()
    assert [row.editor.toPlainText() for row in screen.editor.decisions.rows] == ["Eerste besluit"]
    edit.menu.aboutToShow.emit()
    assert edit.redo.isEnabled() and edit.redo.text() == "Besluit verwijderen opnieuw uitvoeren"
    for area in ("naslag", "ondermijningsbeelden"):  # nothing undone there yet
        window.show_area(area)
        edit.menu.aboutToShow.emit()
        assert (edit.undo.isEnabled(), edit.undo.text()) == (False, "&Ongedaan maken")
        assert not edit.redo.isEnabled()

"""A refused edit is never reported as saved, and never thrown away without asking."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_meetings_support import NEXT_MONTH, haarlem, press, select_item

from driehoek_app.core import agenda
from driehoek_app.core.agenda_templates import default_template
from driehoek_app.core.meeting_base import SHORT_TEXT_MAX
from driehoek_app.core.meetings import create_meeting
from driehoek_app.gui import dialogs

EMPTY_TITLE = "Niet opgeslagen: Titel van het agendapunt: mag niet leeg zijn."


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


@pytest.fixture
def answers(monkeypatch):
    """The answers the user gives to 'throw the change away?', and the questions asked."""
    given = {"answers": [], "questions": []}

    def confirm(_parent, _title, question, _accept):
        """Answer the next prepared answer (default: go back and correct)."""
        given["questions"].append(question)
        return given["answers"].pop(0) if given["answers"] else False

    monkeypatch.setattr(dialogs, "confirm", confirm)
    return given


def _status(screen) -> str:
    """Return the save status line as the user reads it."""
    return screen.status.text.text()


def _clear_title(qtbot, screen):
    """Empty the title field with the keyboard and leave it (the save is refused)."""
    title = screen.editor.details.title
    title.setFocus()
    qtbot.keyClick(title, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(title, Qt.Key.Key_Delete)
    qtbot.keyClick(title, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: _status(screen) == EMPTY_TITLE)


def test_a_pasted_title_longer_than_allowed_is_cut_at_the_limit_and_said(qtbot, screen):
    select_item(qtbot, screen, "Mededelingen")
    item_id = screen.editor.handle.id
    title = screen.editor.details.title
    assert title.maxLength() == SHORT_TEXT_MAX
    QApplication.clipboard().setText("Lange titel " * 125)  # 1,500 characters
    title.setFocus()
    qtbot.keyClick(title, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(title, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(title.text()) == 1000
    qtbot.keyClick(title, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: agenda.get_item(screen.db, item_id).title == title.text())
    assert _status(screen).startswith("Opgeslagen ")
    assert _status(screen).endswith(
        "Titel van het agendapunt: maximaal 1.000 tekens; langere tekst is afgekapt."
    )
    press(qtbot, screen, "Ctrl+M")
    qtbot.keyClicks(screen.editor.minutes, "Verder.")
    qtbot.waitUntil(lambda: agenda.get_item(screen.db, item_id).minutes == "Verder.")
    assert agenda.get_item(screen.db, item_id).title == title.text()  # what the field shows


def test_a_refused_title_is_not_reported_saved_when_other_text_is(qtbot, screen, answers):
    select_item(qtbot, screen, "Mededelingen")
    item_id = screen.editor.handle.id
    _clear_title(qtbot, screen)
    press(qtbot, screen, "Ctrl+M")
    qtbot.keyClicks(screen.editor.minutes, "De burgemeester meldt de evaluatie.")
    qtbot.waitUntil(lambda: agenda.get_item(screen.db, item_id).minutes != "")
    qtbot.wait(50)
    assert _status(screen) == EMPTY_TITLE  # the minutes are saved, the title is not
    assert screen.status.icon.isVisible()
    assert screen.editor.details.title.text() == ""
    assert agenda.get_item(screen.db, item_id).title == "Mededelingen"
    assert answers["questions"] == []


def test_switching_items_asks_and_going_back_keeps_the_typed_value(qtbot, screen, answers):
    select_item(qtbot, screen, "Mededelingen")
    item_id = screen.editor.handle.id
    _clear_title(qtbot, screen)
    view = screen.agenda.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)  # to the next item; the user answers: go back
    assert len(answers["questions"]) == 1
    assert answers["questions"][0].startswith("Titel van het agendapunt: mag niet leeg zijn.")
    assert screen.editor.handle.id == item_id
    assert screen.agenda.current_item_id() == item_id
    assert screen.editor.details.title.text() == ""
    assert screen.editor.details.title.hasFocus()
    qtbot.keyClicks(screen.editor.details.title, "Mededelingen van de teamchef")
    qtbot.keyClick(screen.editor.details.title, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: _status(screen).startswith("Opgeslagen "))
    assert agenda.get_item(screen.db, item_id).title == "Mededelingen van de teamchef"
    qtbot.keyClick(view, Qt.Key.Key_Down)  # nothing unsaved now: no question
    assert len(answers["questions"]) == 1
    assert screen.editor.handle.id != item_id


def test_throwing_the_change_away_shows_the_stored_title_again(qtbot, screen, answers):
    select_item(qtbot, screen, "Mededelingen")
    _clear_title(qtbot, screen)
    answers["answers"].append(True)
    select_item(qtbot, screen, "Rondvraag")
    assert len(answers["questions"]) == 1
    assert _status(screen).endswith("De wijziging die niet kon worden opgeslagen, is weggegooid.")
    select_item(qtbot, screen, "Mededelingen")
    assert screen.editor.details.title.text() == "Mededelingen"


def test_a_new_decision_keeps_the_refused_title_on_the_screen(qtbot, screen, answers):
    select_item(qtbot, screen, "Mededelingen")
    _clear_title(qtbot, screen)
    press(qtbot, screen.editor.minutes, "Ctrl+B")  # the item is reloaded for the new decision
    assert len(screen.editor.decisions.rows) == 1
    assert screen.editor.details.title.text() == ""
    assert _status(screen) == EMPTY_TITLE
    answers["answers"].append(True)  # closing the window below: throw it away


def test_back_to_the_list_and_closing_the_window_ask_first(qtbot, screen, window, answers):
    select_item(qtbot, screen, "Mededelingen")
    _clear_title(qtbot, screen)
    qtbot.mouseClick(screen.header.back, Qt.MouseButton.LeftButton)
    assert window.meetings().showing_meeting()  # the user went back to correct it
    window.close()
    assert window.isVisible()  # still open: the user went back again
    assert len(answers["questions"]) == 2
    answers["answers"].append(True)
    window.close()
    assert not window.isVisible()

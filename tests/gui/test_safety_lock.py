"""Locking as a user meets it: by hand, after idle time, with a dialog open; then unlocking."""

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from safety_support import PASSPHRASE, SECRET_MINUTES, make_database, widgets_showing

from driehoek_app.core import agenda, meetings
from driehoek_app.core.sqlite_driver import sqlite3
from driehoek_app.core.storage_errors import StorageFullError
from driehoek_app.gui import private_temp
from driehoek_app.gui.safety import backups_dialog
from driehoek_app.gui.safety.session import LOCKED, OPEN, Session
from driehoek_app.gui.settings import open_settings


def start_session(qtbot, path, settings_path, passphrase=PASSPHRASE) -> Session:
    """A session on a database with one meeting, its window shown and the start backup done."""
    db = make_database(path, passphrase)
    db.recovery_key = None
    session = Session(db, open_settings(settings_path))
    window = session.start()
    window.resize(1280, 800)
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: not session.runner.busy() and session.runner.last is not None)
    return session


@pytest.fixture
def session(qtbot, tmp_path, settings_path):
    """A running session on an encrypted database; closed and shut down afterwards."""
    running = start_session(qtbot, tmp_path / "driehoek.sqlite3", settings_path)
    yield running
    running.window.close()
    running.shutdown()


def open_first_meeting(qtbot, session):
    """Show the meeting screen of the one meeting, its item with the minutes chosen."""
    window = session.window
    window.show_area("vergaderingen")
    meeting = meetings.list_meetings(session.db)[0]
    screen = window.meetings().open_meeting(meeting.id)
    qtbot.waitUntil(lambda: screen.editor.minutes.toPlainText() == SECRET_MINUTES)
    return screen


def unlock(qtbot, session, secret=PASSPHRASE):
    """Type the secret on the lock screen and press Enter; wait for the new window."""
    screen = session.lock_screen
    qtbot.waitUntil(lambda: screen.secret.isEnabled())
    qtbot.keyClicks(screen.secret, secret)
    qtbot.keyClick(screen.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.state == OPEN, timeout=5000)


def test_locking_saves_clears_the_window_and_closes_the_database(qtbot, session):
    db = session.db
    old_window = session.window
    screen = open_first_meeting(qtbot, session)
    assert widgets_showing("Kruisweg 4711", old_window) != []
    content = old_window.centralWidget()
    minutes = screen.editor.minutes
    minutes.setFocus()
    minutes.moveCursor(minutes.textCursor().MoveOperation.End)
    qtbot.keyClicks(minutes, " Vlak voor het vergrendelen.")  # not saved yet: no pause
    qtbot.keyClicks(old_window.search.box, "Kruisweg")
    folder = private_temp.private_folder()
    assert folder.is_dir()

    old_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is old_window)
    qtbot.keyClick(old_window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    qtbot.waitUntil(lambda: session.db is None, timeout=5000)

    assert session.state == LOCKED
    assert old_window.centralWidget() is session.lock_screen
    assert old_window.windowTitle() == "Vergrendeld"
    assert widgets_showing("Kruisweg", old_window) == []  # no minutes, no search text
    assert widgets_showing("Woonoverlast", old_window) == []
    assert not shiboken6.isValid(content)  # the areas are deleted, not merely hidden
    with pytest.raises(sqlite3.ProgrammingError):
        db.conn.execute("SELECT 1")  # the connection is closed
    assert db.key is None
    assert not folder.exists()
    assert not old_window.safety_actions.lock.isEnabled()
    assert old_window.safety_actions.quit.isEnabled()
    assert session.lock_screen.secret.hasFocus()

    unlock(qtbot, session)
    window = session.window
    assert window is not old_window and window.isVisible()
    assert window.current_area() == "vergaderingen"  # the last area comes back
    item = agenda.list_items(session.db, meetings.list_meetings(session.db)[0].id)[0]
    assert item.minutes == SECRET_MINUTES + " Vlak voor het vergrendelen."
    assert window.safety_actions.lock.isEnabled()
    assert window.safety_actions.change_passphrase.isVisible()
    assert not window.safety_actions.encrypt.isVisible()


def test_a_wrong_passphrase_on_the_lock_screen_is_said_in_dutch(qtbot, session):
    session.lock()
    qtbot.waitUntil(lambda: session.db is None)
    screen = session.lock_screen
    qtbot.keyClicks(screen.secret, "paarse olifant danst op zondag")
    qtbot.keyClick(screen.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.busy_task is None and screen.error.text() != "")
    assert screen.error.text().startswith("Het wachtwoord of de herstelsleutel is onjuist")
    assert session.state == LOCKED and session.db is None
    screen.secret.clear()
    unlock(qtbot, session)
    assert session.db is not None


def test_idle_time_locks_the_window(qtbot, session):
    open_first_meeting(qtbot, session)
    session.idle.set_limit_ms(300)
    session.idle.start()
    qtbot.waitUntil(lambda: session.db is None, timeout=5000)
    assert session.state == LOCKED
    assert widgets_showing("Kruisweg", session.window) == []


def test_typing_keeps_the_window_open(qtbot, session):
    screen = open_first_meeting(qtbot, session)
    session.idle.set_limit_ms(600)
    session.idle.start()
    for _ in range(8):
        qtbot.keyClicks(screen.editor.minutes, "x")
        qtbot.wait(150)
    assert session.state == OPEN


def test_a_modal_dialog_is_closed_first(qtbot, session, monkeypatch):
    shown = []
    real = backups_dialog.BackupsDialog

    def open_dialog(parent, path, key, runner):
        """Show the real dialog modally, as the menu does."""
        dialog = real(path, key, runner, parent)
        shown.append(dialog)
        dialog.exec()
        return dialog.chosen

    monkeypatch.setattr(backups_dialog, "choose_backup_to_restore", open_dialog)
    qtbot.waitUntil(lambda: not session.runner.busy())
    from PySide6.QtCore import QTimer

    QTimer.singleShot(300, session.lock)
    session.window.safety_actions.backups.trigger()  # returns when the lock closed it
    assert shown and not shown[0].isVisible()
    qtbot.waitUntil(lambda: session.db is None, timeout=5000)
    assert session.state == LOCKED


def test_an_edit_that_cannot_be_saved_prevents_locking(qtbot, session, monkeypatch):
    screen = open_first_meeting(qtbot, session)

    def disk_full(*args, **kwargs):
        """Fail like the core does when the disk is full."""
        raise StorageFullError("Opslaan is mislukt: de schijf of de database is vol.")

    monkeypatch.setattr(agenda, "update_item", disk_full)
    qtbot.keyClicks(screen.editor.minutes, " Nog niet opgeslagen")
    assert session.lock() is False
    assert session.state == OPEN and session.db is not None
    assert session.window.statusBar().currentMessage().startswith("Niet vergrendeld")
    assert " Nog niet opgeslagen" in screen.editor.minutes.toPlainText()
    monkeypatch.undo()
    qtbot.wait(50)  # the screen reports the refusal first
    assert session.lock() is True
    qtbot.waitUntil(lambda: session.db is None, timeout=5000)


def test_a_plain_database_locks_too_and_unlocks_with_one_click(qtbot, tmp_path, settings_path):
    session = start_session(qtbot, tmp_path / "open.sqlite3", settings_path, passphrase=None)
    try:
        assert session.window.safety_actions.encrypt.isVisible()
        assert not session.window.safety_actions.change_passphrase.isVisible()
        session.lock()
        qtbot.waitUntil(lambda: session.db is None)
        screen = session.lock_screen
        assert not screen.secret.isVisible()
        assert "niet versleuteld" in screen.explanation.text()
        qtbot.waitUntil(screen.unlock_button.isEnabled)
        qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: session.state == OPEN, timeout=5000)
    finally:
        session.window.close()
        session.shutdown()


def test_closing_the_locked_window_quits_without_saving_pages(qtbot, session):
    session.lock()
    qtbot.waitUntil(lambda: session.db is None)
    window = session.window
    window.close()  # its own closeEvent (which saves the pages) is skipped
    assert not window.isVisible()

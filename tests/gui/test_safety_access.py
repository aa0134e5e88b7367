"""The safety screens in Dutch, every control named, reachable from the keyboard."""

from dialog_checks import english_texts, nameless_widgets, show, tab_chain
from gui_walk import every_screen, interactive_widgets, visible_texts
from PySide6.QtWidgets import QApplication
from test_safety_lock import start_session

from driehoek_app.gui.i18n import t
from driehoek_app.gui.safety.busy import BusyDialog
from driehoek_app.gui.safety.lock_view import BusyScreen
from driehoek_app.gui.safety.session import LOCKED


def test_the_session_window_is_named_and_dutch_and_so_is_its_lock_screen(
    qtbot, tmp_path, settings_path
):
    session = start_session(qtbot, tmp_path / "driehoek.sqlite3", settings_path)
    window = session.window
    try:
        nameless = set()
        for screen in every_screen(window):
            for widget in interactive_widgets(window):
                if not widget.accessibleName().strip():
                    nameless.add((screen, type(widget).__name__))
        assert nameless == set()
        texts = dict(visible_texts(window))
        folder = tmp_path / "backups"
        status = [text for where, text in visible_texts(window) if text.startswith("Back-ups in")]
        assert status == [f"Back-ups in {folder}; laatste {session.runner.last.when}"]
        menu = [text for where, text in visible_texts(window) if where == "menu"]
        for entry in (
            "Back-ups en &herstel…",
            "&Wachtwoord wijzigen…",
            "Vergrende&len",
            "Instellingen voor ver&grendelen…",
            "Nieuwe her&stelsleutel…",
        ):
            assert entry in menu
        assert texts  # the walk saw the window

        session.lock()
        qtbot.waitUntil(lambda: session.state == LOCKED and session.db is None)
        data = {f"Database: {session.path}", status[0], str(session.path)}
        assert nameless_widgets(window) == []
        lock_texts = english_texts(window, data | {t("Backups: the database is closed")})
        assert [text for text in lock_texts if not text.startswith("Back-ups")] == []
        screen = session.lock_screen
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        screen.secret.setFocus()
        qtbot.wait(50)
        order = tab_chain(qtbot, screen.secret, 2)
        assert order == ["Afsluiten", "Ontgrendelen"]
        assert QApplication.focusWidget() is not None
    finally:
        window.close()
        session.window.close()
        session.shutdown()


def test_busy_windows_are_dutch(qtbot):
    dialog = show(qtbot, BusyDialog("De back-up van 3 december 2026 om 09:15 wordt teruggezet…"))
    assert english_texts(dialog, {dialog.label.text()}) == []
    dialog.reject()
    assert dialog.isVisible()  # the work cannot be broken off halfway
    screen = show(qtbot, BusyScreen("Back-up terugzetten", "Even geduld…"))
    assert english_texts(screen, {"Even geduld…"}) == []

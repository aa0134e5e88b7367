"""Application-wide setup: Dutch locale, Qt's Dutch buttons, names, and run_gui's start."""

import sys

from PySide6.QtCore import QCoreApplication, QLocale, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from driehoek_app import APP_NAME
from driehoek_app.gui import app as gui_app
from driehoek_app.gui import dialogs
from driehoek_app.gui.locale_setup import install_qt_translations


def test_default_locale_is_dutch(qapp):
    locale = QLocale()
    assert locale.language() == QLocale.Language.Dutch
    assert locale.toString(217.2, "f", 2) == "217,20"


def test_standard_buttons_are_dutch(qapp):
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    texts = {button.text().replace("&", "") for button in buttons.buttons()}
    assert texts == {"Opslaan", "Annuleren"}


def test_qt_translations_are_installed_once(qapp):
    assert install_qt_translations(qapp) == ["qtbase"]


def test_application_names(qapp):
    assert QCoreApplication.applicationName() == APP_NAME
    assert QCoreApplication.organizationName() == gui_app.ORGANISATION
    assert gui_app.create_application() is QApplication.instance()


def test_run_gui_reports_a_bad_database_in_dutch(qapp, tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    shown = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, message: shown.append(message))
    empty = tmp_path / "leeg.sqlite3"
    empty.write_bytes(b"")
    assert gui_app.run_gui(empty) == 1
    assert len(shown) == 1
    assert str(empty) in shown[0] and "leeg" in shown[0]


def test_run_gui_shows_the_main_window_and_returns_the_exit_code(qapp, tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    seen = []

    def close_main_window():
        """Record the shown main window and close it, ending the event loop."""
        windows = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        seen.extend(w.windowTitle() for w in windows)
        for w in windows:
            w.close()

    QTimer.singleShot(200, close_main_window)
    assert gui_app.run_gui(tmp_path / "nieuw.sqlite3") == 0
    assert "Naslag" in seen
    assert (tmp_path / "nieuw.sqlite3").exists()

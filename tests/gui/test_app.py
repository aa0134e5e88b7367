"""Application-wide setup: Dutch locale, Qt's Dutch buttons, names, and run_gui's start."""

import os
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from safety_support import ModalDriver

from driehoek_app import APP_NAME
from driehoek_app.gui import app as gui_app
from driehoek_app.gui import dialogs
from driehoek_app.gui.locale_setup import install_qt_translations
from driehoek_app.gui.main_window import MainWindow
from driehoek_app.gui.safety.first_start import FirstStartDialog


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

    def without_encryption(dialog: FirstStartDialog) -> None:
        """Choose 'Niet versleutelen' and create the database."""
        dialog.plain.click()
        dialog.create_button.click()

    def close_main_window(window: MainWindow) -> None:
        """Record the shown main window and close it, ending the event loop."""
        seen.append(window.windowTitle())
        window.close()

    driver = ModalDriver([(FirstStartDialog, without_encryption), (MainWindow, close_main_window)])
    assert gui_app.run_gui(tmp_path / "nieuw.sqlite3") == 0
    assert driver.done == ["FirstStartDialog", "MainWindow"]
    assert "Naslag" in seen
    assert (tmp_path / "nieuw.sqlite3").read_bytes().startswith(b"SQLite format 3")


def test_quitting_at_the_first_start_creates_nothing(qapp, tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    driver = ModalDriver([(FirstStartDialog, lambda dialog: dialog.reject())])
    assert gui_app.run_gui(tmp_path / "nieuw.sqlite3") == 0
    assert driver.done == ["FirstStartDialog"]
    assert list(tmp_path.iterdir()) == []


SIGNALS_AND_VOID_CALLS = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QObject, Signal
    from PySide6.QtWidgets import QApplication, QWidget
    if sys.argv[1] == "beschermd":
        from driehoek_app.gui.app import protect_singleton_refcounts
        protect_singleton_refcounts()
    app = QApplication([])

    class Sender(QObject):
        changed = Signal()

    sender, widget = Sender(), QWidget()
    for _ in range(100_000):
        sender.changed.emit()  # PySide6 6.12 drops a reference to True here
        widget.setEnabled(True)  # ... and one to None here
    print("overleefd")
    """
)


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None and True are immortal")
def test_none_and_true_survive_pyside_s_lost_references(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = [sys.executable, "-c", SIGNALS_AND_VOID_CALLS]
    bare = subprocess.run([*run, "kaal"], capture_output=True, text=True, env=env)
    assert bare.returncode != 0 and "_dealloc" in bare.stderr  # the PySide6 6.12 bug
    kept = subprocess.run([*run, "beschermd"], capture_output=True, text=True, env=env)
    assert kept.returncode == 0, kept.stderr
    assert kept.stdout.strip() == "overleefd"

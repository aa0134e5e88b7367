"""Starts the GUI: application-wide setup, opening the database, the main window, the loop."""

import os
import pathlib
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from driehoek_app import APP_NAME, __version__
from driehoek_app.core.db import open_database
from driehoek_app.core.errors import DriehoekError
from driehoek_app.gui import dialogs
from driehoek_app.gui.excepthook import install_excepthook
from driehoek_app.gui.locale_setup import install_qt_translations, set_dutch_locale

ORGANISATION = "Eenheid Noord-Holland"


def create_application() -> QApplication:
    """Create (or reuse) the QApplication and make it Dutch, themed by the OS, crash-safe."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    QCoreApplication.setOrganizationName(ORGANISATION)
    QGuiApplication.setApplicationDisplayName(APP_NAME)
    QGuiApplication.setDesktopFileName(APP_NAME)
    set_dutch_locale()
    install_qt_translations(app)
    install_excepthook()
    # Colours and font size come from the operating system (light or dark, its font scale):
    # no style sheet, no fixed colours or point sizes anywhere in the interface.
    return app


def missing_display_message() -> str | None:
    """Return a Dutch sentence when Linux has no screen to show a window on, else None."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return (
        "Er is geen beeldscherm beschikbaar (DISPLAY en WAYLAND_DISPLAY zijn leeg); start "
        "driehoek in een grafische sessie, of gebruik een opdracht (zie driehoek --help)."
    )


def run_gui(db_path: pathlib.Path) -> int:
    """Open the database at db_path in the main window and run until it closes."""
    from driehoek_app.gui.main_window import MainWindow

    no_display = missing_display_message()
    if no_display:
        if sys.stderr is not None:
            print(no_display, file=sys.stderr)
        return 1
    app = create_application()
    try:
        db = open_database(db_path)
    except DriehoekError as error:
        dialogs.show_error(None, error.message)
        return 1
    try:
        window = MainWindow(db)
        window.show()
        return app.exec()
    finally:
        db.close()

"""Starts the GUI: application-wide setup, opening the database, the main window, the loop."""

import ctypes
import os
import pathlib
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from driehoek_app import APP_NAME, __version__
from driehoek_app.gui import dialogs
from driehoek_app.gui.excepthook import install_excepthook
from driehoek_app.gui.locale_setup import install_qt_translations, set_dutch_locale

ORGANISATION = "Eenheid Noord-Holland"
SINGLETON_BALLAST = 1 << 40


def protect_singleton_refcounts() -> None:
    """Keep None, True and False alive on Python 3.11 although PySide6 6.12 drops references.

    PySide6 6.12.0 returns None from void methods (setText, setEnabled, processEvents, ...),
    and True from every Signal.emit(), without taking a reference: harmless from Python 3.12
    on, where these objects are immortal, but on 3.11 each such call lowers their reference
    count by one. After some 10,000 signals or 45,000 void calls (a morning of typing
    minutes) Python aborts with "bool_dealloc" or "none_dealloc". Raising the counts by 2**40
    once makes them as good as immortal here too (tests/gui/test_app.py shows both).
    """
    if sys.version_info >= (3, 12):
        return
    for singleton in (None, True, False):
        if sys.getrefcount(singleton) < SINGLETON_BALLAST:
            ctypes.c_ssize_t.from_address(id(singleton)).value += SINGLETON_BALLAST


def create_application() -> QApplication:
    """Create (or reuse) the QApplication and make it Dutch, themed by the OS, crash-safe."""
    protect_singleton_refcounts()
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
    """Check, unlock or create the database at db_path, run the window, back up on close.

    A second window on the same database is refused (lock file beside it); the database is
    examined before anything is written to it (see safety/startup.py).
    """
    from driehoek_app.gui.safety.instance_lock import InstanceLock

    no_display = missing_display_message()
    if no_display:
        if sys.stderr is not None:
            print(no_display, file=sys.stderr)
        return 1
    app = create_application()
    lock = InstanceLock(pathlib.Path(db_path))
    refusal = lock.acquire()
    if refusal:
        dialogs.show_error(None, refusal)
        return 1
    try:
        return _run_session(app, lock.db_path)
    finally:
        lock.release()


def _run_session(app: QApplication, db_path: pathlib.Path) -> int:
    """Open the database as its state asks and run the session until the window closes."""
    from driehoek_app.gui.safety.session import Session
    from driehoek_app.gui.safety.startup import open_at_start
    from driehoek_app.gui.settings import open_settings

    db, code = open_at_start(db_path)
    if db is None:
        return code
    session = Session(db, open_settings())
    try:
        session.start()
        return app.exec()
    finally:
        session.shutdown()

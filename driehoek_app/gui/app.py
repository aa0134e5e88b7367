"""Starts the GUI: application-wide setup, opening the database, the main window, the loop."""

import ctypes
import os
import pathlib
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from driehoek_app import APP_NAME, __version__
from driehoek_app.gui import dialogs
from driehoek_app.gui.excepthook import install_excepthook
from driehoek_app.gui.locale_setup import install_qt_translations, set_dutch_locale

if TYPE_CHECKING:  # loaded once the window is on the screen
    from driehoek_app.gui.main_window import MainWindow
    from driehoek_app.gui.safety.session import Session

ORGANISATION = "Eenheid Noord-Holland"
SINGLETON_BALLAST = 1 << 40
PAINT_FALLBACK_MS = 500  # open the database even if the window is never painted


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
    """Open the database as its state asks and run the session until the window closes.

    A plain database gets its main window on the screen first; the database is opened once
    that window has been painted (see SessionStart). Other states start with a dialog
    (first start, unlock), so the database is opened before the window is built.
    """
    from driehoek_app.core.file_header import has_plain_header
    from driehoek_app.gui.settings import open_settings

    settings = open_settings()
    try:
        plain = has_plain_header(db_path)
    except OSError:  # missing or unreadable: open_at_start explains it
        plain = False
    window = None
    if plain:
        from driehoek_app.gui.main_window import MainWindow

        window = MainWindow(settings=settings, database_path=db_path)
    start = SessionStart(app, db_path, settings, window)
    try:
        if window is None:
            start.open()
            if start.session is None:
                return start.code
        else:
            window.first_painted.connect(start.open_soon)
            QTimer.singleShot(PAINT_FALLBACK_MS, start.open)  # should no paint ever come
            window.show()
        return app.exec()
    finally:
        if start.session is not None:
            start.session.shutdown()


class SessionStart(QObject):
    """Opens the database (dialogs as its state asks) and starts the session, exactly once."""

    def __init__(
        self,
        app: QApplication,
        db_path: pathlib.Path,
        settings: QSettings,
        window: "MainWindow | None",
    ) -> None:
        """Remember where to start; window is the main window already shown, or None."""
        super().__init__()
        self.app = app
        self.db_path = db_path
        self.settings = settings
        self.window = window
        self.started = False
        self.session: Session | None = None
        self.code = 0

    def open_soon(self) -> None:
        """Open right after the paint in progress, so the window is on the screen first."""
        QTimer.singleShot(0, self.open)

    def open(self) -> None:
        """Open the database and start the session in the window; else stop with the code."""
        if self.started:
            return
        self.started = True
        from driehoek_app.gui.safety.session import Session
        from driehoek_app.gui.safety.startup import open_at_start

        db, self.code = open_at_start(self.db_path)
        if db is None:
            if self.window is not None:  # refused or given up: stop the event loop
                self.app.exit(self.code)
                self.window.hide()
            return
        self.session = Session(db, self.settings)
        self.session.start(self.window)

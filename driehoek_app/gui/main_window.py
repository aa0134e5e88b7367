"""The main window: area navigation on the left, the chosen area on the right, menus, status."""

import html

import sqlite_utils
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from driehoek_app import __version__
from driehoek_app.core.db import path_of
from driehoek_app.gui import dialogs
from driehoek_app.gui import settings as config
from driehoek_app.gui.areas import MEETINGS, NASLAG, Area, areas
from driehoek_app.gui.i18n import t
from driehoek_app.gui.meetings.page import MeetingsPage
from driehoek_app.gui.naslag.page import NaslagPage

KEY_ROLE = Qt.ItemDataRole.UserRole
DEFAULT_SCREEN_FRACTION = 0.8


class MainWindow(QMainWindow):
    """The application window over one open database."""

    def __init__(self, db: sqlite_utils.Database, settings: QSettings | None = None) -> None:
        """Build the navigation, the area pages, the menus and the status bar; restore state."""
        super().__init__()
        self.db = db
        self.settings = config.open_settings() if settings is None else settings
        self.database_path = path_of(db)
        self.areas: list[Area] = areas()
        self.pages: dict[str, QWidget] = {}

        self.navigation = QListWidget()
        self.navigation.setAccessibleName(t("Areas"))
        self.navigation.setToolTip(t("Choose an area (Ctrl+1 to Ctrl+4)"))
        self.navigation.setSpacing(self.navigation.fontMetrics().lineSpacing() // 3)
        self.stack = QStackedWidget()
        for area in self.areas:
            item = QListWidgetItem(area.title)
            item.setData(KEY_ROLE, area.key)
            self.navigation.addItem(item)
            page = area.build(db)
            self.pages[area.key] = page
            self.stack.addWidget(page)
        self._fit_navigation()

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._build_menus()
        self._build_status_bar()
        self.navigation.currentRowChanged.connect(self._show_row)
        self.restore_state()

    def _fit_navigation(self) -> None:
        """Make the navigation list exactly as wide as its longest title needs."""
        width = self.navigation.sizeHintForColumn(0) + 4 * self.navigation.frameWidth()
        width += self.navigation.fontMetrics().averageCharWidth() * 4
        self.navigation.setFixedWidth(width)

    def _build_menus(self) -> None:
        """Create the Bestand, Ga naar and Help menus."""
        bar = self.menuBar()
        bar.setAccessibleName(t("Menu bar"))
        file_menu = bar.addMenu(t("&File"))
        quit_action = QAction(t("&Quit"), self)
        quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        if quit_action.shortcut().isEmpty():  # Windows has no standard Quit key
            quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.setStatusTip(t("Close driehoek_app"))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        go_menu = bar.addMenu(t("&Go to"))
        self.area_actions: dict[str, QAction] = {}
        for number, area in enumerate(self.areas, start=1):
            action = QAction(area.title, self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, key=area.key: self.show_area(key))
            go_menu.addAction(action)
            self.area_actions[area.key] = action

        help_menu = bar.addMenu(t("&Help"))
        about_action = QAction(t("&About driehoek_app"), self)
        about_action.triggered.connect(self.show_about)
        help_menu.addAction(about_action)

    def _build_status_bar(self) -> None:
        """Show the database file in use, permanently, in the status bar."""
        self.database_label = QLabel(t("Database: {path}").format(path=self.database_path))
        self.database_label.setToolTip(t("The database file this window works on"))
        self.statusBar().addPermanentWidget(self.database_label, 1)

    def area_keys(self) -> list[str]:
        """Return the area keys in navigation order."""
        return [area.key for area in self.areas]

    def current_area(self) -> str:
        """Return the key of the area shown."""
        row = self.navigation.currentRow()
        return self.areas[row].key if row >= 0 else ""

    def show_area(self, key: str) -> None:
        """Show an area by key (the navigation list follows)."""
        keys = self.area_keys()
        if key in keys:
            self.navigation.setCurrentRow(keys.index(key))

    def _show_row(self, row: int) -> None:
        """Show the page of a navigation row and name the area in the window title."""
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        self.setWindowTitle(self.areas[row].title)  # the OS adds " – driehoek_app"

    def naslag(self) -> NaslagPage:
        """Return the Naslag page."""
        return self.pages[NASLAG]

    def meetings(self) -> MeetingsPage:
        """Return the Vergaderingen page."""
        return self.pages[MEETINGS]

    def show_about(self) -> None:
        """Show the version of the application and the database in use."""
        text = t(
            "<p><b>driehoek_app {version}</b></p><p>Meetings of the basisteamdriehoek, with the "
            "reference data of the IMV 2019-2022 of the police unit Noord-Holland.</p>"
            "<p>Database: {path}</p>"
        ).format(version=html.escape(__version__), path=html.escape(self.database_path))
        dialogs.show_about(self, t("About driehoek_app"), text)

    def restore_state(self) -> None:
        """Restore geometry, window state, last area and the Naslag tabs from the settings."""
        geometry = config.WINDOW_GEOMETRY.read(self.settings)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self._default_geometry()
        state = config.WINDOW_STATE.read(self.settings)
        if not state.isEmpty():
            self.restoreState(state)
        self.naslag().restore_state(self.settings)
        self.meetings().restore_state(self.settings)
        last = config.LAST_AREA.read(self.settings)
        self.show_area(last if last in self.area_keys() else NASLAG)

    def _default_geometry(self) -> None:
        """Size the window to most of the screen it opens on."""
        screen = self.screen().availableGeometry()
        self.resize(
            int(screen.width() * DEFAULT_SCREEN_FRACTION),
            int(screen.height() * DEFAULT_SCREEN_FRACTION),
        )
        self.move(screen.center() - self.rect().center())

    def save_state(self) -> None:
        """Write geometry, window state, area and Naslag state to the settings file."""
        config.WINDOW_GEOMETRY.write(self.settings, self.saveGeometry())
        config.WINDOW_STATE.write(self.settings, self.saveState())
        config.LAST_AREA.write(self.settings, self.current_area())
        self.naslag().save_state(self.settings)
        self.meetings().save_state(self.settings)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember the window before it closes."""
        self.save_state()
        super().closeEvent(event)

"""The main window: area navigation on the left, the chosen area on the right, menus, status."""

import html
from typing import TYPE_CHECKING

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
from driehoek_app.gui.areas import (
    DECISIONS,
    MEETINGS,
    MONITORING,
    NASLAG,
    ONDERMIJNING,
    Area,
    AreaPages,
    areas,
)
from driehoek_app.gui.demo.banner import DemoBanner
from driehoek_app.gui.i18n import t
from driehoek_app.gui.meetings.handles import ACTION, DECISION
from driehoek_app.gui.safety.menu import SafetyActions
from driehoek_app.gui.search.toolbar import SearchToolBar
from driehoek_app.gui.tab_order import tab_after

if TYPE_CHECKING:  # the pages are imported when they are first built
    from driehoek_app.core.demo import DemoSummary
    from driehoek_app.gui.meetings.page import MeetingsPage
    from driehoek_app.gui.monitoring.page import MonitoringPage
    from driehoek_app.gui.naslag.page import NaslagPage
    from driehoek_app.gui.ondermijning.page import OndermijningPage
    from driehoek_app.gui.registers.page import RegistersPage

KEY_ROLE = Qt.ItemDataRole.UserRole
DEFAULT_SCREEN_FRACTION = 0.8


class MainWindow(QMainWindow):
    """The application window over one open database."""

    def __init__(self, db: sqlite_utils.Database, settings: QSettings | None = None) -> None:
        """Build the navigation, the menus and the status bar; restore state and the last area."""
        super().__init__()
        self.db = db
        self.settings = config.open_settings() if settings is None else settings
        self.database_path = path_of(db)
        self.areas: list[Area] = areas()

        self.navigation = QListWidget()
        self.navigation.setAccessibleName(t("Areas"))
        self.navigation.setToolTip(t("Choose an area (Ctrl+1 to Ctrl+5)"))
        self.navigation.setSpacing(self.navigation.fontMetrics().lineSpacing() // 3)
        self.stack = QStackedWidget()
        for area in self.areas:
            item = QListWidgetItem(area.title)
            item.setData(KEY_ROLE, area.key)
            self.navigation.addItem(item)
        self.pages = AreaPages(db, self.areas, self.stack, self._page_built)  # built when shown
        self._fit_navigation()
        self.search = SearchToolBar(db, self)
        self.addToolBar(self.search)
        self.search.panel.open_requested.connect(self.open_at)
        self.demo_banners = [DemoBanner(db), DemoBanner(db)]  # top right and in the status bar
        self.demo_banners[0].place_in(self.search)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.search.panel)  # hidden until something is searched
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
        calendar_action = QAction(t("Save &calendar file (.ics)…"), self)
        calendar_action.setStatusTip(t("A meeting, or a body's year, as a file for Outlook"))
        calendar_action.triggered.connect(self.save_calendar)
        demo_action = QAction(t("Load &demo data…"), self)
        demo_action.setStatusTip(t("Fill an empty database with fictional meetings"))
        demo_action.triggered.connect(self.load_demo)
        file_menu.addActions([calendar_action, demo_action])
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        self.safety_actions = SafetyActions(self, file_menu, quit_action)  # Session enables

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
        self.statusBar().addPermanentWidget(self.demo_banners[1])
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
        self.stack.setCurrentWidget(self.pages[self.areas[row].key])
        self.setWindowTitle(self.areas[row].title)  # the OS adds " – driehoek_app"

    def _page_built(self, key: str, page: QWidget) -> None:
        """Give a page built on first use its place in the Tab order, its state and links."""
        tab_after(self.navigation, page)
        page.restore_state(self.settings)
        if key == DECISIONS:
            page.open_requested.connect(self.open_at)
        elif key == ONDERMIJNING:
            page.open_item_requested.connect(self.open_at)

    def naslag(self) -> "NaslagPage":
        """Return the Naslag page."""
        return self.pages[NASLAG]

    def meetings(self) -> "MeetingsPage":
        """Return the Vergaderingen page."""
        return self.pages[MEETINGS]

    def ondermijning(self) -> "OndermijningPage":
        """Return the Ondermijningsbeelden page."""
        return self.pages[ONDERMIJNING]

    def monitoring(self) -> "MonitoringPage":
        """Return the Monitoring page."""
        return self.pages[MONITORING]

    def registers(self) -> "RegistersPage":
        """Return the Besluiten en acties page."""
        return self.pages[DECISIONS]

    def open_at(self, meeting_id: int, item_id: int, kind: str = "", ref_id: int = 0) -> None:
        """Show a meeting at an agenda item (and a decision or action): from a register or hit."""
        row = {"besluit": (DECISION, ref_id), "actie": (ACTION, ref_id)}.get(kind)
        self.show_area(MEETINGS)
        self.meetings().open_item(meeting_id, item_id, row)

    def save_calendar(self) -> None:
        """Save the meeting at hand, or a body's year, as an .ics file."""
        page = self.meetings()
        meeting_id = None
        if self.current_area() == MEETINGS:
            meeting_id = page.screen.meeting_id if page.showing_meeting() else None
            meeting_id = meeting_id or page.list.current_meeting_id()
        from driehoek_app.gui.registers.calendar_dialog import save_calendar

        path = save_calendar(self, self.db, meeting_id, page.list.current_body_id())
        if path is not None:
            self.statusBar().showMessage(t("Saved as {path}").format(path=path))

    def load_demo(self) -> None:
        """Ask for and make demo data on a worker thread; show it when it is done."""
        if MEETINGS in self.pages and self.meetings().screen is not None:
            self.meetings().screen.flush()
        from driehoek_app.gui.demo.dialog import start_demo

        self.demo_run = start_demo(self, self.db)
        if self.demo_run is not None:
            self.demo_run.done.connect(self.demo_loaded)

    def demo_loaded(self, summary: "DemoSummary | None") -> None:
        """Show the new demo data everywhere, and the demo mark."""
        from driehoek_app.gui.demo.dialog import summary_text

        if summary is not None:
            self.reload_data()
            self.statusBar().showMessage(summary_text(summary))

    def reload_data(self) -> None:
        """Read the meetings, registers, search results and demo mark again."""
        for banner in self.demo_banners:
            banner.refresh()
        if MEETINGS in self.pages:  # a page not built yet reads the new data when it is
            self.meetings().list.reload()
        if DECISIONS in self.pages and self.registers().isVisible():
            self.registers().load()
        self.search.box.search_now()

    def show_about(self) -> None:
        """Show the version of the application and the database in use."""
        text = t(
            "<p><b>driehoek_app {version}</b></p><p>Meetings of the basisteamdriehoek, with the "
            "reference data of the IMV 2019-2022 of the police unit Noord-Holland.</p>"
            "<p>Database: {path}</p>"
        ).format(version=html.escape(__version__), path=html.escape(self.database_path))
        dialogs.show_about(self, t("About driehoek_app"), text)

    def restore_state(self) -> None:
        """Restore geometry, window state and the last area (a page restores its own when built)."""
        geometry = config.WINDOW_GEOMETRY.read(self.settings)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self._default_geometry()
        state = config.WINDOW_STATE.read(self.settings)
        if not state.isEmpty():
            self.restoreState(state)
        self.search.restore_state(self.settings)
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
        """Write geometry, window state, area and the state of every page built to the settings."""
        config.WINDOW_GEOMETRY.write(self.settings, self.saveGeometry())
        config.WINDOW_STATE.write(self.settings, self.saveState())
        config.LAST_AREA.write(self.settings, self.current_area())
        for key in self.pages:  # a page never built keeps what the settings hold
            self.pages[key].save_state(self.settings)
        self.search.save_state(self.settings)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember the window before it closes."""
        self.save_state()
        super().closeEvent(event)

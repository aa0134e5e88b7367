"""The main window: area navigation on the left, the chosen area on the right, menus, status.

At start-up the window is built and painted before the database is opened (the frame: menus,
navigation, search box, status bar, "Opening the database…"); attach() then gives it the
database, builds the page of the current area and the search results, and emits ready.
Nothing that needs the database (or the modules that work with it) is loaded before that.
"""

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from driehoek_app import __version__
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
from driehoek_app.gui.i18n import t
from driehoek_app.gui.search.toolbar import SearchToolBar
from driehoek_app.gui.window_menus import WindowMenus

if TYPE_CHECKING:  # the pages are imported when they are first built
    import sqlite_utils
    from PySide6.QtGui import QCloseEvent, QPaintEvent

    from driehoek_app.core.demo import DemoSummary
    from driehoek_app.gui.demo.banner import DemoBanner
    from driehoek_app.gui.meetings.page import MeetingsPage
    from driehoek_app.gui.monitoring.page import MonitoringPage
    from driehoek_app.gui.naslag.page import NaslagPage
    from driehoek_app.gui.ondermijning.page import OndermijningPage
    from driehoek_app.gui.registers.page import RegistersPage

DEFAULT_SCREEN_FRACTION = 0.8


class MainWindow(QMainWindow):
    """The application window over one open database."""

    first_painted = Signal()  # the window has been painted for the first time
    ready = Signal()  # the database is attached and the current area's page is shown

    def __init__(
        self,
        db: "sqlite_utils.Database | None" = None,
        settings: QSettings | None = None,
        *,
        database_path: Path | str | None = None,
    ) -> None:
        """Build the navigation, menus and status bar; restore state; attach db when given.

        Without db the window waits, showing "Opening the database…", until attach().
        """
        super().__init__()
        self.db: sqlite_utils.Database | None = None
        self.settings = config.open_settings() if settings is None else settings
        if database_path is None and db is not None:
            from driehoek_app.core.db import path_of

            database_path = path_of(db)
        self.database_path = str(database_path or "")
        self.painted = False
        self.areas: list[Area] = areas()

        self.navigation = QListWidget()
        self.navigation.setAccessibleName(t("Areas"))
        self.navigation.setToolTip(t("Choose an area (Ctrl+1 to Ctrl+5)"))
        self.navigation.setSpacing(self.navigation.fontMetrics().lineSpacing() // 3)
        self.stack = QStackedWidget()
        self.navigation.addItems([area.title for area in self.areas])  # row i: self.areas[i]
        self.pages: AreaPages | None = None  # with the database; a page is built when shown
        self._fit_navigation()
        self.search = SearchToolBar(None, self)
        self.search.panel_built.connect(self._place_search_results)
        self.addToolBar(self.search)
        self.demo_banners: list[DemoBanner] = []  # with the database: a demo one is marked

        central = QWidget()
        self.central_layout = QHBoxLayout(central)
        self.central_layout.addWidget(self.navigation)
        self.central_layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.menus = WindowMenus(self)
        self.safety_actions = self.menus.safety
        self.area_actions = self.menus.areas
        self._build_status_bar()
        self.navigation.currentRowChanged.connect(self._show_row)
        self.restore_state()
        if db is None:
            self.statusBar().showMessage(t("Opening the database…"))
        else:
            self.attach(db)

    def attach(self, db: "sqlite_utils.Database") -> None:
        """Work on db: build the search results and the current area's page; emit ready."""
        self.db = db
        self.pages = AreaPages(db, self.areas, self.stack, self._page_built)
        self.search.attach(db)
        self._mark_demo(db)
        self.menus.enable_database_actions(True)
        self._show_row(self.navigation.currentRow())
        self.statusBar().clearMessage()
        self.ready.emit()

    def _place_search_results(self, panel: QWidget) -> None:
        """Put the search results (built at the first search) beside the area, linked."""
        panel.open_requested.connect(self.open_at)
        self.central_layout.addWidget(panel)  # hidden until something is searched

    def _mark_demo(self, db: "sqlite_utils.Database") -> None:
        """Add the demo marks: top right and in the status bar, shown for demo data only."""
        from driehoek_app.gui.demo.banner import DemoBanner

        self.demo_banners = [DemoBanner(db), DemoBanner(db)]
        self.demo_banners[0].place_in(self.search)
        self.statusBar().insertPermanentWidget(0, self.demo_banners[1])

    def is_ready(self) -> bool:
        """Return True once the window works on a database."""
        return self.db is not None

    def paintEvent(self, event: "QPaintEvent") -> None:
        """Paint; tell first_painted the first time."""
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            self.first_painted.emit()

    def _fit_navigation(self) -> None:
        """Make the navigation list exactly as wide as its longest title needs."""
        width = self.navigation.sizeHintForColumn(0) + 4 * self.navigation.frameWidth()
        width += self.navigation.fontMetrics().averageCharWidth() * 4
        self.navigation.setFixedWidth(width)

    def _build_status_bar(self) -> None:
        """Show the database file in use, permanently, in the status bar."""
        self.database_label = QLabel(t("Database: {path}").format(path=self.database_path))
        self.database_label.setToolTip(t("The database file this window works on"))
        self.statusBar().addPermanentWidget(self.database_label)  # messages keep the room left

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
        if self.pages is not None:  # else attach() shows it
            self.stack.setCurrentWidget(self.pages[self.areas[row].key])
        self.setWindowTitle(self.areas[row].title)  # the OS adds " – driehoek_app"

    def _page_built(self, key: str, page: QWidget) -> None:
        """Give a page built on first use its place in the Tab order, its state and links."""
        from driehoek_app.gui.tab_order import tab_after

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
        from driehoek_app.gui.meetings.handles import ACTION, DECISION

        row = {"besluit": (DECISION, ref_id), "actie": (ACTION, ref_id)}.get(kind)
        self.show_area(MEETINGS)
        self.meetings().open_item(meeting_id, item_id, row)

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
        self.search.box.search_now()  # searches again only when something was searched

    def show_about(self) -> None:
        """Show the version of the application and the database in use."""
        import html

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
        for key in self.pages or ():  # a page never built keeps what the settings hold
            self.pages[key].save_state(self.settings)
        self.search.save_state(self.settings)
        self.settings.sync()

    def closeEvent(self, event: "QCloseEvent") -> None:
        """Remember the window before it closes."""
        self.save_state()
        super().closeEvent(event)

"""One search box for everything, in a toolbar of the main window (Ctrl+F or Ctrl+K).

Results appear while typing, after a short pause (DEBOUNCE_MS). Down moves into the
results, Enter opens the chosen (or first) hit, Escape clears the box and closes them.
The box is there from the first paint of the window; the results panel (and the search
code it loads) is built when it is first needed: the first search, or the first asking.
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QLineEdit, QSizePolicy, QToolBar, QToolButton, QWidget

from driehoek_app.gui import settings as config
from driehoek_app.gui.i18n import t

if TYPE_CHECKING:
    import sqlite_utils
    from PySide6.QtGui import QKeyEvent

    from driehoek_app.gui.search.panel import SearchPanel

DEBOUNCE_MS = 200
BOX_CHARS = 44
SHORTCUTS = ("Ctrl+F", "Ctrl+K")


class SearchBox(QLineEdit):
    """The search field; the arrow keys, Enter and Escape work on the results."""

    def __init__(self, toolbar: "SearchToolBar") -> None:
        """Search through the toolbar's results panel after a pause in typing."""
        super().__init__()
        self.toolbar = toolbar
        self.setAccessibleName(t("Search everything"))
        self.setPlaceholderText(t("Search agenda items, minutes, decisions, actions… (Ctrl+F)"))
        self.setToolTip(
            t("Searches every meeting while you type; Down goes to the results, Enter opens one")
        )
        self.setClearButtonEnabled(True)
        for clear in self.findChildren(QToolButton):
            clear.setAccessibleName(t("Clear the search field"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * BOX_CHARS)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.search_now)
        self.textChanged.connect(self.timer.start)

    def _panel(self) -> "SearchPanel | None":
        """Return the results panel; built only when there is something to search for."""
        return self.toolbar.results(build=bool(self.text().strip()))

    def search_now(self) -> None:
        """Run the search for the text typed (without waiting for the pause)."""
        self.timer.stop()
        panel = self._panel()
        if panel is not None:
            panel.run(self.text())

    def close_results(self) -> None:
        """Empty the box and close the results; the cursor stays in the box."""
        self.clear()
        self.search_now()
        self.setFocus()

    def keyPressEvent(self, event: "QKeyEvent") -> None:
        """Down: into the results; Enter: open a hit; Escape: clear and close."""
        from PySide6.QtCore import Qt  # not at import: Qt's enums cost 12 ms at start-up

        key = event.key()
        panel = self._panel()
        if panel is None:  # nothing to search (yet): just typing
            super().keyPressEvent(event)
            return
        if key == Qt.Key.Key_Down and self.text().strip():
            self.search_now()
            panel.focus_results()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.search_now()
            panel.open_first()
            return
        if key == Qt.Key.Key_Escape and (self.text() or panel.isVisible()):
            self.close_results()
            return
        super().keyPressEvent(event)


class SearchToolBar(QToolBar):
    """The toolbar with the search box; its results panel goes beside the areas."""

    panel_built = Signal(QWidget)  # the results panel, for the window to place

    def __init__(
        self, db: "sqlite_utils.Database | None" = None, parent: QWidget | None = None
    ) -> None:
        """Build the box (and the results panel over db); Ctrl+F and Ctrl+K focus the box."""
        super().__init__(t("Search"), parent)
        self.setObjectName("searchToolBar")
        self.setAccessibleName(t("Search"))
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setVisible(False)  # the search box cannot be hidden
        self.db: sqlite_utils.Database | None = None
        self._panel: SearchPanel | None = None
        self.order = ""  # the order of the results from the settings, until there is a panel
        self.box = SearchBox(self)
        label = QLabel(t("Search:"))
        label.setBuddy(self.box)
        label.setContentsMargins(6, 0, 6, 0)
        self.addWidget(label)
        self.addWidget(self.box)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.addWidget(spacer)
        self.focus_action = QAction(t("Search"), self)
        self.focus_action.setShortcuts([QKeySequence(key) for key in SHORTCUTS])
        self.focus_action.triggered.connect(self.focus_box)
        if parent is not None:
            parent.addAction(self.focus_action)
        if db is not None:
            self.attach(db)

    def attach(self, db: "sqlite_utils.Database") -> None:
        """Search db from now on; what was typed already is searched at once."""
        self.db = db
        if self.box.text().strip():
            self.box.search_now()

    @property
    def panel(self) -> "SearchPanel | None":
        """Return the results panel, building it if needed (None without a database)."""
        return self.results(build=True)

    def results(self, *, build: bool) -> "SearchPanel | None":
        """Return the results panel; build it first when asked and there is a database."""
        if self._panel is None and build and self.db is not None:
            from driehoek_app.gui.search.panel import SearchPanel

            self._panel = SearchPanel(self.db)
            if self.order:
                self._panel.set_order(self.order)
            self._panel.close_requested.connect(self.box.close_results)
            self.panel_built.emit(self._panel)
        return self._panel

    def save_state(self, settings: QSettings) -> None:
        """Remember the order of the results (if they were ever shown)."""
        if self._panel is not None:
            config.SEARCH_ORDER.write(settings, self._panel.order_key())

    def restore_state(self, settings: QSettings) -> None:
        """Use the order of last time."""
        self.order = config.SEARCH_ORDER.read(settings)
        if self._panel is not None:
            self._panel.set_order(self.order)

    def focus_box(self) -> None:
        """Put the cursor in the search box with its text selected."""
        from PySide6.QtCore import Qt

        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.box.selectAll()

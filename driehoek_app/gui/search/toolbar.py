"""One search box for everything, in a toolbar of the main window (Ctrl+F or Ctrl+K).

Results appear while typing, after a short pause (DEBOUNCE_MS). Down moves into the
results, Enter opens the chosen (or first) hit, Escape clears the box and closes them.
The box is there from the first paint of the window; the results panel (and the search
code it loads) is built when the database is attached.
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QLineEdit, QSizePolicy, QToolBar, QToolButton, QWidget

from driehoek_app.gui import settings as config
from driehoek_app.gui.i18n import t

if TYPE_CHECKING:
    import sqlite_utils

    from driehoek_app.gui.search.panel import SearchPanel

DEBOUNCE_MS = 200
BOX_CHARS = 44
SHORTCUTS = ("Ctrl+F", "Ctrl+K")


class SearchBox(QLineEdit):
    """The search field; the arrow keys, Enter and Escape work on the results."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """Search through the panel (once there is one) after a pause in typing."""
        super().__init__(parent)
        self.panel: SearchPanel | None = None
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

    def set_panel(self, panel: "SearchPanel") -> None:
        """Show the results in panel from now on; search at once for what was typed already."""
        self.panel = panel
        panel.close_requested.connect(self.close_results)
        if self.text():
            self.search_now()

    def search_now(self) -> None:
        """Run the search for the text typed (without waiting for the pause)."""
        self.timer.stop()
        if self.panel is not None:
            self.panel.run(self.text())

    def close_results(self) -> None:
        """Empty the box and close the results; the cursor stays in the box."""
        self.clear()
        self.search_now()
        self.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Down: into the results; Enter: open a hit; Escape: clear and close."""
        from PySide6.QtCore import Qt  # not at import: Qt's enums cost 12 ms at start-up

        key = event.key()
        if self.panel is None:  # no database yet: just typing
            super().keyPressEvent(event)
            return
        if key == Qt.Key.Key_Down and self.text().strip():
            self.search_now()
            self.panel.focus_results()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.search_now()
            self.panel.open_first()
            return
        if key == Qt.Key.Key_Escape and (self.text() or self.panel.isVisible()):
            self.close_results()
            return
        super().keyPressEvent(event)


class SearchToolBar(QToolBar):
    """The toolbar with the search box; its results panel goes beside the areas."""

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
        self.panel: SearchPanel | None = None
        self.order = ""  # the order of the results from the settings, until there is a panel
        self.box = SearchBox()
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

    def attach(self, db: "sqlite_utils.Database") -> "SearchPanel":
        """Build the results panel over db (its place is the window's) and return it."""
        from driehoek_app.gui.search.panel import SearchPanel

        self.panel = SearchPanel(db)
        if self.order:
            self.panel.set_order(self.order)
        self.box.set_panel(self.panel)
        return self.panel

    def save_state(self, settings: QSettings) -> None:
        """Remember the order of the results."""
        if self.panel is not None:
            config.SEARCH_ORDER.write(settings, self.panel.order_key())

    def restore_state(self, settings: QSettings) -> None:
        """Use the order of last time."""
        self.order = config.SEARCH_ORDER.read(settings)
        if self.panel is not None:
            self.panel.set_order(self.order)

    def focus_box(self) -> None:
        """Put the cursor in the search box with its text selected."""
        from PySide6.QtCore import Qt

        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.box.selectAll()

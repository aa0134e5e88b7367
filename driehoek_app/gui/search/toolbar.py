"""One search box for everything, in a toolbar of the main window (Ctrl+F or Ctrl+K).

Results appear while typing, after a short pause (DEBOUNCE_MS). Down moves into the
results, Enter opens the chosen (or first) hit, Escape clears the box and closes them.
"""

import sqlite_utils
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QLineEdit, QSizePolicy, QToolBar, QToolButton, QWidget

from driehoek_app.gui import settings as config
from driehoek_app.gui.i18n import t
from driehoek_app.gui.search.panel import SearchPanel

DEBOUNCE_MS = 200
BOX_CHARS = 44
SHORTCUTS = ("Ctrl+F", "Ctrl+K")


class SearchBox(QLineEdit):
    """The search field; the arrow keys, Enter and Escape work on the results."""

    def __init__(self, panel: SearchPanel, parent: QWidget | None = None) -> None:
        """Search through panel after a pause in typing."""
        super().__init__(parent)
        self.panel = panel
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
        panel.close_requested.connect(self.close_results)

    def search_now(self) -> None:
        """Run the search for the text typed (without waiting for the pause)."""
        self.timer.stop()
        self.panel.run(self.text())

    def close_results(self) -> None:
        """Empty the box and close the results; the cursor stays in the box."""
        self.clear()
        self.search_now()
        self.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Down: into the results; Enter: open a hit; Escape: clear and close."""
        key = event.key()
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

    def __init__(self, db: sqlite_utils.Database, parent: QWidget | None = None) -> None:
        """Build the box and the results panel; Ctrl+F and Ctrl+K put the cursor in the box."""
        super().__init__(t("Search"), parent)
        self.setObjectName("searchToolBar")
        self.setAccessibleName(t("Search"))
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setVisible(False)  # the search box cannot be hidden
        self.panel = SearchPanel(db)
        self.box = SearchBox(self.panel)
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
        self.focus_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.focus_action.triggered.connect(self.focus_box)
        if parent is not None:
            parent.addAction(self.focus_action)

    def save_state(self, settings: QSettings) -> None:
        """Remember the order of the results."""
        config.SEARCH_ORDER.write(settings, self.panel.order_key())

    def restore_state(self, settings: QSettings) -> None:
        """Use the order of last time."""
        self.panel.set_order(config.SEARCH_ORDER.read(settings))

    def focus_box(self) -> None:
        """Put the cursor in the search box with its text selected."""
        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.box.selectAll()

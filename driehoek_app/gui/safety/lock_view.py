"""Empties a main window in place: its areas, toolbars, dialogs and data go; a screen replaces them.

Used when the window locks and while the database is swapped (restore, encryption). The
pages (and the models holding minutes) are deleted, the search toolbar with its box goes,
open dialogs are closed, every action but Afsluiten is disabled and the window forgets its
database. A new main window is built over the reopened database afterwards, so nothing of
the old contents can come back by accident.
"""

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QProgressBar,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from driehoek_app.gui.i18n import t
from driehoek_app.gui.theme import bold, scaled

TITLE_SCALE = 1.4
PANEL_CHARS = 60


def open_dialogs(window: QWidget) -> list[QDialog]:
    """Return the visible dialogs that belong to the window (or have no parent at all)."""
    return [
        widget
        for widget in QApplication.topLevelWidgets()
        if isinstance(widget, QDialog)
        and widget.isVisible()
        and (widget.parentWidget() is None or window.isAncestorOf(widget))
    ]


def close_dialogs(window: QWidget) -> bool:
    """Reject every open dialog of the window; return True when one was open."""
    found = open_dialogs(window) + window.findChildren(QDialog)
    shown = False
    for dialog in found:
        if dialog.isVisible():
            shown = True
            dialog.reject()
            dialog.hide()
    return shown


def strip_window(window: QMainWindow, screen: QWidget, keep: QAction | None = None) -> None:
    """Delete the window's contents and data, show screen instead; only keep stays enabled."""
    for bar in window.findChildren(QToolBar) + window.findChildren(QDockWidget):
        if bar.parentWidget() is window:
            for field in bar.findChildren(QWidget):
                if hasattr(field, "clear"):
                    field.clear()  # the search box
            if isinstance(bar, QToolBar):
                window.removeToolBar(bar)
            else:
                window.removeDockWidget(bar)
            bar.hide()
            bar.deleteLater()
    kept = {keep}
    for menu in window.findChildren(QMenu):
        if keep in menu.actions():
            kept.add(menu.menuAction())  # Bestand stays open for Afsluiten
    for action in window.findChildren(QAction):
        action.setEnabled(action in kept)
    old = window.takeCentralWidget()
    if old is not None:
        old.hide()
        old.deleteLater()
    window.setCentralWidget(screen)
    window.statusBar().clearMessage()
    window.setWindowTitle(t("Locked"))
    if hasattr(window, "pages"):
        window.pages = {}
    window.db = None
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    screen.setFocus()


class BusyScreen(QWidget):
    """A title, a sentence and a moving bar in the middle of the window (restore, encryption)."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        """Show title and text above an indeterminate bar."""
        super().__init__(parent)
        heading = QLabel(title)
        heading.setFont(scaled(bold(self.font()), TITLE_SCALE))
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        bar = QProgressBar()
        bar.setRange(0, 0)
        bar.setTextVisible(False)
        bar.setAccessibleName(t("Busy"))
        panel = QWidget()
        panel.setMaximumWidth(self.fontMetrics().averageCharWidth() * PANEL_CHARS)
        column = QVBoxLayout(panel)
        column.addWidget(heading)
        column.addWidget(self.label)
        column.addWidget(bar)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(panel, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)


class CloseGuard(QObject):
    """Lets a stripped window close without its own closeEvent (which would save its pages)."""

    def __init__(self, window: QMainWindow) -> None:
        """Watch window's close events."""
        super().__init__(window)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Accept the close and skip the window's own handler."""
        if event.type() == QEvent.Type.Close:
            event.accept()
            return True
        return False

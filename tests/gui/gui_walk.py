"""Helpers for tests that walk the main window: every area and tab, every visible widget."""

from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QMenuBar,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QTextEdit,
    QComboBox,
    QAbstractItemView,
    QTabBar,
    QMenuBar,
    QAbstractSpinBox,
    QAbstractSlider,
)

TABBED_AREAS = ("ondermijningsbeelden", "monitoring")  # areas whose every tab is visited


def every_screen(window) -> Iterator[str]:
    """Show each area, and inside Naslag and the tabbed areas each tab; yield a name for each."""
    for key in window.area_keys():
        window.show_area(key)
        if key in TABBED_AREAS:
            tabs = window.pages[key].tabs
            for tab in range(tabs.count()):
                tabs.setCurrentIndex(tab)
                QApplication.processEvents()
                yield f"{key}/{tab}"
            continue
        if key != "naslag":
            QApplication.processEvents()
            yield key
            continue
        naslag = window.naslag()
        for tab in range(naslag.tabs.count()):
            naslag.tabs.setCurrentIndex(tab)
            if naslag.tabs.currentWidget() is naslag.agenda:
                for sub in range(naslag.agenda.count()):
                    naslag.agenda.setCurrentIndex(sub)
                    QApplication.processEvents()
                    yield f"naslag/{tab}/{sub}"
            else:
                QApplication.processEvents()
                yield f"naslag/{tab}"


def visible_widgets(window) -> list[QWidget]:
    """Return the widgets of the window that are visible now."""
    return [w for w in window.findChildren(QWidget) if w.isVisible()]


def interactive_widgets(window) -> list[QWidget]:
    """Return the visible widgets a user can operate (scroll bars belong to their view)."""
    return [
        w
        for w in visible_widgets(window)
        if isinstance(w, INTERACTIVE) and not isinstance(w, QScrollBar)
    ]


def _menu_texts(menu: QMenu) -> Iterator[str]:
    """Yield the texts, tooltips and status tips of a menu's actions, recursively."""
    yield menu.title()
    for action in menu.actions():
        if action.isSeparator():
            continue
        yield action.text()
        yield action.statusTip()
        if action.menu():
            yield from _menu_texts(action.menu())


def _header_texts(header: QHeaderView) -> Iterator[str]:
    """Yield the titles and tooltips of a header's sections."""
    model = header.model()
    if model is None:
        return
    for section in range(header.count()):
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = model.headerData(section, header.orientation(), role)
            if isinstance(value, str):
                yield value


def visible_texts(window) -> Iterator[tuple[str, str]]:
    """Yield (where, text) for every text the user can see or hear on the current screen."""
    yield "window title", window.windowTitle()
    for action in window.menuBar().actions():
        for text in _menu_texts(action.menu()):
            yield "menu", text
    for widget in visible_widgets(window):
        kind = type(widget).__name__
        yield f"{kind} tooltip", widget.toolTip()
        yield f"{kind} accessible name", widget.accessibleName()
        if isinstance(widget, QLabel):
            yield kind, widget.text()
        if isinstance(widget, QAbstractButton):
            yield kind, widget.text()
        if isinstance(widget, QLineEdit):
            yield f"{kind} placeholder", widget.placeholderText()
        if isinstance(widget, QTextEdit):
            yield f"{kind} placeholder", widget.placeholderText()
        if isinstance(widget, QTabBar):
            for tab in range(widget.count()):
                yield "tab", widget.tabText(tab)
                yield "tab tooltip", widget.tabToolTip(tab)
        if isinstance(widget, QHeaderView) and not widget.isHidden():
            for text in _header_texts(widget):
                yield "column title", text
        if isinstance(widget, QComboBox):
            for index in range(widget.count()):
                yield "choice", widget.itemText(index)
        if isinstance(widget, QListWidget):
            for row in range(widget.count()):
                yield "list item", widget.item(row).text()
                yield "list item tooltip", widget.item(row).toolTip()

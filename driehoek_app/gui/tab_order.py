"""Tab order for widgets that join a window after it was built (pages and tabs built lazily)."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def _first_tab_stop(page: QWidget) -> QWidget | None:
    """Return the first widget inside page that Tab can reach, in the page's own order."""
    widget = page.nextInFocusChain()
    while widget is not page and page.isAncestorOf(widget):
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            return widget
        widget = widget.nextInFocusChain()
    return None


def tab_after(anchor: QWidget, page: QWidget) -> None:
    """Put page, with everything in it, right after anchor in the Tab order.

    Qt appends a widget that joins a window at the end of the window's focus chain (after
    the search bar and the status bar). Qt moves a widget together with its children when
    its focus proxy is one of them, so page gets its first tab stop as proxy for the move.
    """
    first = _first_tab_stop(page)
    if first is None:
        return
    policy = page.focusPolicy()
    page.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    page.setFocusProxy(first)
    QWidget.setTabOrder(anchor, page)
    page.setFocusProxy(None)
    page.setFocusPolicy(policy)

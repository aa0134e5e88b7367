"""Lets a dialog grow when a message or a warning appears in it, so nothing is squeezed."""

from PySide6.QtWidgets import QDialog, QWidget


def grow_to_fit(window: QWidget) -> None:
    """Make a shown dialog at least as tall as its contents need at its present width."""
    if not isinstance(window, QDialog) or not window.isVisible():
        return
    layout = window.layout()
    needed = window.sizeHint().height()
    if layout is not None and layout.hasHeightForWidth():
        needed = max(needed, layout.totalHeightForWidth(window.width()))
    if window.height() < needed:
        window.resize(window.width(), needed)

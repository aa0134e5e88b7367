"""The Bewerken menu: undo and redo of the screen in front, named after what they undo.

The meeting screen and the beeld links list keep their own undo history and their own
Ctrl+Z and Ctrl+Y; the menu's actions show the same keys, but they only act while the menu
itself has the keyboard (no second window-wide shortcut that could clash), and each time the
menu opens it names what the screen in front can undo or redo.
"""

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMenuBar

from driehoek_app.gui.i18n import t

if TYPE_CHECKING:
    from driehoek_app.gui.main_window import MainWindow

UNDO_KEYS, REDO_KEYS = "Ctrl+Z", "Ctrl+Y"


class UndoTarget(NamedTuple):
    """What the screen in front can undo and redo, and how."""

    undo_text: str  # empty: nothing to undo
    redo_text: str
    undo: Callable[[], None]
    redo: Callable[[], None]


def undo_target(window: "MainWindow") -> UndoTarget | None:
    """Return the undo history of the screen in front: a meeting, or the beeld links."""
    from driehoek_app.gui.areas import MEETINGS, ONDERMIJNING

    area = window.current_area()
    if window.pages is None or area not in window.pages:
        return None
    if area == MEETINGS and window.meetings().showing_meeting():
        screen = window.meetings().screen
        undo, redo = screen.commands["undo"], screen.commands["redo"]
        return UndoTarget(
            undo.text() if undo.isEnabled() else "",
            redo.text() if redo.isEnabled() else "",
            screen.undo,
            screen.redo,
        )
    if area == ONDERMIJNING:
        links = window.ondermijning().links
        stack = links.stack
        return UndoTarget(
            t("Undo {what}").format(what=stack.undoText()) if stack.canUndo() else "",
            t("Redo {what}").format(what=stack.redoText()) if stack.canRedo() else "",
            links.undo,
            links.redo,
        )
    return None


class EditMenu:
    """The Bewerken menu of a main window."""

    def __init__(self, window: "MainWindow", bar: QMenuBar) -> None:
        """Add the menu with its two actions; they are filled in each time it opens."""
        self.window = window
        # No Alt letter: every letter of "Bewerken" is already an Alt key on the meeting screen.
        self.menu: QMenu = bar.addMenu(t("Edit"))
        self.undo = QAction(window)
        self.redo = QAction(window)
        self.undo.triggered.connect(lambda: self._run("undo"))
        self.redo.triggered.connect(lambda: self._run("redo"))
        self.menu.addActions([self.undo, self.redo])
        self.menu.aboutToShow.connect(self.refresh)
        self.keys_shown = False
        self.refresh()

    def refresh(self) -> None:
        """Name and enable undo and redo after what the screen in front can do."""
        target = undo_target(self.window)
        for action, text, plain in (
            (self.undo, target.undo_text if target else "", t("&Undo")),
            (self.redo, target.redo_text if target else "", t("&Redo")),
        ):
            action.setText(text or plain)
            action.setEnabled(bool(text))
        if self.window.isVisible() and not self.keys_shown:
            self._show_keys()

    def _show_keys(self) -> None:
        """Give the actions their keys, acting only while the menu is open (set once)."""
        from PySide6.QtCore import Qt  # late: Qt's enums are not loaded before the first paint
        from PySide6.QtGui import QKeySequence

        for action, keys in ((self.undo, UNDO_KEYS), (self.redo, REDO_KEYS)):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.setShortcuts([QKeySequence(keys)])
        self.keys_shown = True

    def _run(self, which: str) -> None:
        """Undo or redo on the screen in front (as its own Ctrl+Z or Ctrl+Y would)."""
        target = undo_target(self.window)
        if target is not None:
            (target.undo if which == "undo" else target.redo)()

"""Typed values the core refused: an honest status line, and a question before they are lost.

The meeting screen never says 'Opgeslagen' while a field still holds a value that could not
be stored, and it never throws such a value away silently: switching items, going back to
the list, opening a dialog or closing the window first asks whether to throw it away
(Annuleren puts the cursor back in the field).
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QVBoxLayout, QWidget

from driehoek_app.gui import dialogs
from driehoek_app.gui.i18n import t
from driehoek_app.gui.meetings.editors import LineEdit

if TYPE_CHECKING:
    from driehoek_app.gui.meetings.meeting_screen import MeetingScreen


class FittingLayout(QVBoxLayout):
    """A column that asks for its minimum height only, so the save status line stays in view.

    With height-for-width (wrapped labels) a scroll area gives the screen its preferred
    height, which on a 1280 x 800 window pushed the status line below the visible part.
    """

    def hasHeightForWidth(self) -> bool:
        """Let the scroll area size the screen by its minimum size, not by text wrapping."""
        return False


class UnsavedGuard(QObject):
    """Reports saves honestly and asks before a refused value on the screen is lost."""

    def __init__(self, screen: "MeetingScreen") -> None:
        """Guard the editors of one meeting screen."""
        super().__init__(screen)
        self.screen = screen
        self.window: QWidget | None = None

    def report_saved(self, notice: str = "") -> None:
        """Say 'Opgeslagen' only when no typed value is left unsaved; else say what is not."""
        editor, status = self.screen.editor, self.screen.status
        unsaved = editor.unsaved()
        if unsaved:
            status.unsaved([saver.widget.accessibleName() for saver in unsaved])
            return
        editors = [e for e in editor.findChildren(LineEdit) if not e.isHidden()]
        limits = [line.limit_notice() for line in editors]
        status.saved(" ".join(text for text in (notice, *limits) if text))

    def may_leave(self) -> bool:
        """Save what is typed; if a value is refused, ask whether to throw it away.

        Returns True when nothing unsaved is left (saved or thrown away), False when the
        user goes back to correct it; the cursor is then put in the refused field.
        """
        screen = self.screen
        if screen.flush() or not screen.editor.unsaved():
            return True
        question = t(
            "{reason}\n\nThis change is not saved. Throw it away and show the stored text "
            "again? Choose Annuleren to go back and correct it."
        ).format(reason=screen.status.error)
        if dialogs.confirm(screen, t("Change not saved"), question, t("&Throw the change away")):
            screen.editor.discard_unsaved()
            self.report_saved(t("The change that could not be saved was thrown away."))
            return True
        self.focus_unsaved()
        return False

    def focus_unsaved(self) -> None:
        """Put the cursor in the first field whose typed value is not saved."""
        editor = self.screen.editor
        unsaved = editor.unsaved()
        if not unsaved:
            return
        widget = unsaved[0].widget
        self.screen.right.setCurrentWidget(editor)
        for index in range(editor.tabs.count()):
            if editor.tabs.widget(index).isAncestorOf(widget):
                editor.tabs.setCurrentIndex(index)
        widget.setFocus()

    def watch(self, window: QWidget) -> None:
        """Watch the window the screen is shown in, so that closing it asks first."""
        if window is not self.screen and window is not self.window:
            window.installEventFilter(self)
            self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Keep the window open when the user goes back to correct an unsaved change."""
        closing = watched is self.window and event.type() == QEvent.Type.Close
        if closing and not self.may_leave():
            event.ignore()
            return True
        return super().eventFilter(watched, event)

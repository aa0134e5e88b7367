"""The Vergaderingen area: the meetings list, and the meeting screen when one is opened."""

from typing import TYPE_CHECKING

import sqlite_utils
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QStackedWidget, QWidget

from driehoek_app.core import meetings
from driehoek_app.gui import settings as config
from driehoek_app.gui.meetings.list_screen import MeetingsListScreen

if TYPE_CHECKING:  # the meeting screen (and the PDF code it uses) loads when a meeting opens
    from driehoek_app.gui.meetings.meeting_screen import MeetingScreen


def scrolled(widget: QWidget) -> QScrollArea:
    """Wrap a screen so that a small window scrolls it instead of squeezing it."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidget(widget)
    return area


class MeetingsPage(QStackedWidget):
    """Shows the list; opening a meeting shows its screen, Back returns to the list."""

    def __init__(self, db: sqlite_utils.Database, parent: QWidget | None = None) -> None:
        """Start on the meetings list."""
        super().__init__(parent)
        self.db = db
        self.list = MeetingsListScreen(db)
        self.list.open_requested.connect(self.open_meeting)
        self.list_area = scrolled(self.list)
        self.addWidget(self.list_area)
        self.screen: MeetingScreen | None = None
        self.screen_area: QScrollArea | None = None
        self._splitter = config.MEETING_SPLITTER.default

    def open_meeting(self, meeting_id: int) -> "MeetingScreen":
        """Show the screen of a meeting (the one shown before is saved and closed).

        When the meeting shown holds a change that cannot be saved and the user goes back to
        correct it, that meeting stays on the screen and is returned instead.
        """
        from driehoek_app.gui.meetings.meeting_screen import MeetingScreen

        if not self._close_screen():
            self.setCurrentWidget(self.screen_area)
            return self.screen
        self.screen = MeetingScreen(self.db, meeting_id)
        self.screen.restore_splitter(self._splitter)
        self.screen.back_requested.connect(self.show_list)
        self.screen_area = scrolled(self.screen)
        self.addWidget(self.screen_area)
        self.setCurrentWidget(self.screen_area)
        self.screen.focus_minutes()
        return self.screen

    def open_item(
        self, meeting_id: int, item_id: int, row: tuple[str, int] | None = None
    ) -> "MeetingScreen":
        """Show a meeting at one agenda item; row ('decision'/'action', id) gets the cursor."""
        self.list.select_body(meetings.get_meeting(self.db, meeting_id).body_id)
        screen = self.open_meeting(meeting_id)
        if screen.meeting_id != meeting_id:
            return screen  # the user stays to correct an unsaved change
        screen.agenda.select_item(item_id)
        if row is not None:
            screen.focus_field(screen.handles.get(*row))
        return screen

    def showing_meeting(self) -> bool:
        """Tell whether a meeting screen (not the list) is shown."""
        return self.screen_area is not None and self.currentWidget() is self.screen_area

    def show_list(self) -> None:
        """Return to the list, with the meeting that was open selected."""
        meeting_id = self.screen.meeting_id if self.screen else None
        if not self._close_screen():
            return
        self.setCurrentWidget(self.list_area)
        self.list.reload(select_meeting=meeting_id)
        self.list.table.setFocus()

    def _close_screen(self) -> bool:
        """Save and remove the open meeting screen; False when the user stays to correct it."""
        if self.screen is None:
            return True
        if not self.screen.may_leave():
            return False
        self._splitter = self.screen.save_splitter()
        self.removeWidget(self.screen_area)
        self.screen_area.deleteLater()
        self.screen = None
        self.screen_area = None
        return True

    def save_state(self, settings: QSettings) -> None:
        """Remember the chosen body and the agenda width; save pending edits."""
        if self.screen is not None:
            self.screen.flush()
            self._splitter = self.screen.save_splitter()
        config.MEETINGS_BODY.write(settings, self.list.current_body_id() or 0)
        config.MEETING_SPLITTER.write(settings, self._splitter)

    def restore_state(self, settings: QSettings) -> None:
        """Choose the body of last time (ignored when it no longer exists)."""
        self.list.select_body(config.MEETINGS_BODY.read(settings))
        self._splitter = config.MEETING_SPLITTER.read(settings)

"""The Vergaderingen area: the meetings list, and the meeting screen when one is opened."""

import sqlite_utils
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QStackedWidget, QWidget

from driehoek_app.gui import settings as config
from driehoek_app.gui.meetings.list_screen import MeetingsListScreen
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

    def open_meeting(self, meeting_id: int) -> MeetingScreen:
        """Show the screen of a meeting (the one shown before is saved and closed)."""
        self._close_screen()
        self.screen = MeetingScreen(self.db, meeting_id)
        self.screen.restore_splitter(self._splitter)
        self.screen.back_requested.connect(self.show_list)
        self.screen_area = scrolled(self.screen)
        self.addWidget(self.screen_area)
        self.setCurrentWidget(self.screen_area)
        self.screen.focus_minutes()
        return self.screen

    def showing_meeting(self) -> bool:
        """Tell whether a meeting screen (not the list) is shown."""
        return self.screen_area is not None and self.currentWidget() is self.screen_area

    def show_list(self) -> None:
        """Return to the list, with the meeting that was open selected."""
        meeting_id = self.screen.meeting_id if self.screen else None
        self.setCurrentWidget(self.list_area)
        self._close_screen()
        self.list.reload(select_meeting=meeting_id)
        self.list.table.setFocus()

    def _close_screen(self) -> None:
        """Save and remove the open meeting screen."""
        if self.screen is None:
            return
        self.screen.flush()
        self._splitter = self.screen.save_splitter()
        self.removeWidget(self.screen_area)
        self.screen_area.deleteLater()
        self.screen = None
        self.screen_area = None

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

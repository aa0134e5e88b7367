"""The item 'Verslag vorige vergadering': status of the previous minutes, a Vaststellen button."""

import sqlite_utils
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from driehoek_app.core.meetings import Meeting, previous_meeting
from driehoek_app.gui.i18n import t
from driehoek_app.gui.meetings import dates
from driehoek_app.gui.meetings.dialogs import approval as approval_dialogs

PREVIOUS_MINUTES_TITLE = "verslag vorige vergadering"


def is_previous_minutes(title: str) -> bool:
    """Tell whether an agenda item is where the previous minutes are approved."""
    return title.strip().casefold() == PREVIOUS_MINUTES_TITLE


class PreviousMinutesBar(QWidget):
    """Says whether the previous meeting's minutes are approved; offers to approve them here."""

    approved = Signal()

    def __init__(self, db: sqlite_utils.Database, parent: QWidget | None = None) -> None:
        """Build the notice and the button; hidden until shown for a meeting."""
        super().__init__(parent)
        self.db = db
        self.meeting_id: int | None = None
        self.previous: Meeting | None = None
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.button = QPushButton(t("Approve &those minutes…"))
        self.button.setAccessibleName(t("Approve the minutes of the previous meeting"))
        self.button.setToolTip(t("Vaststellen of the previous minutes, in this meeting"))
        self.button.clicked.connect(self._approve)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self.hide()

    def show_for(self, meeting_id: int, title: str | None, read_only: bool) -> None:
        """Show the notice on the previous-minutes item of a meeting (hide it elsewhere)."""
        self.meeting_id = meeting_id
        self.previous = previous_meeting(self.db, meeting_id) if title else None
        if title is None or not is_previous_minutes(title) or self.previous is None:
            self.hide()
            return
        when = dates.long_date(self.previous.date, weekday=False)
        if self.previous.is_read_only:
            self.text.setText(
                t(
                    "The minutes of the previous meeting ({date}) were approved on {approved}."
                ).format(
                    date=when, approved=dates.long_date(self.previous.approved_on, weekday=False)
                )
            )
        else:
            self.text.setText(
                t("The minutes of the previous meeting ({date}) are still concept.").format(
                    date=when
                )
            )
        self.button.setVisible(not self.previous.is_read_only)
        self.button.setEnabled(not read_only)
        self.show()

    def _approve(self) -> None:
        """Approve the previous minutes (the dialog proposes this meeting)."""
        if self.previous is None or self.meeting_id is None:
            return
        if approval_dialogs.approve_meeting_dialog(self, self.db, self.previous.id):
            self.approved.emit()

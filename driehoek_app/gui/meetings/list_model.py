"""Table model of the meetings of one body: upcoming first (soonest first), then past."""

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from driehoek_app.core.meetings import Meeting
from driehoek_app.gui import theme
from driehoek_app.gui.i18n import t
from driehoek_app.gui.meetings import dates

WHEN, DATE, STATUS, VERSION, LOCATION = range(5)
Index = QModelIndex | QPersistentModelIndex


def column_titles() -> tuple[str, ...]:
    """Return the Dutch column titles, in column order."""
    return (t("When"), t("Date and time"), t("Status"), t("Version"), t("Location"))


def status_text(meeting: Meeting) -> str:
    """Return 'concept' or 'vastgesteld' in Dutch."""
    return t("vastgesteld") if meeting.is_read_only else t("concept")


class MeetingsTableModel(QAbstractTableModel):
    """Read-only rows over core Meeting objects, in the order core.list_meetings gives."""

    def __init__(self, parent: QObject | None = None) -> None:
        """Start empty."""
        super().__init__(parent)
        self._meetings: list[Meeting] = []
        self._today = dt.date.today()

    def set_meetings(self, meetings: list[Meeting], today: dt.date | None = None) -> None:
        """Show a new list of meetings."""
        self.beginResetModel()
        self._meetings = list(meetings)
        self._today = today or dt.date.today()
        self.endResetModel()

    def meeting(self, row: int) -> Meeting:
        """Return the meeting of a row."""
        return self._meetings[row]

    def row_of(self, meeting_id: int) -> int:
        """Return the row of a meeting, or -1."""
        ids = [m.id for m in self._meetings]
        return ids.index(meeting_id) if meeting_id in ids else -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Return the number of meetings."""
        return 0 if parent.isValid() else len(self._meetings)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Return the five columns."""
        return 0 if parent.isValid() else len(column_titles())

    def _upcoming(self, meeting: Meeting) -> bool:
        """Tell whether the meeting is today or later."""
        return dates.is_upcoming(meeting.date, self._today)

    def _text(self, meeting: Meeting, column: int) -> str:
        """Return the text of one cell."""
        if column == WHEN:
            return t("upcoming") if self._upcoming(meeting) else t("past")
        if column == DATE:
            return t("{date} {start}–{end}").format(
                date=dates.short_date(meeting.date),
                start=meeting.start_time,
                end=meeting.end_time,
            )
        if column == STATUS:
            return status_text(meeting)
        if column == VERSION:
            return str(meeting.version)
        return meeting.location

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        """Return the text, tooltip and emphasis of one cell."""
        if not index.isValid():
            return None
        meeting = self._meetings[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(meeting, index.column())
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._text(meeting, index.column())
        if role == Qt.ItemDataRole.FontRole and self._upcoming(meeting):
            return theme.bold()
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == VERSION:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        """Return the column titles."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(column_titles()):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return column_titles()[section]
        return None

"""A thin table model over the list of backups: date, reason, size, number of meetings."""

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt

from driehoek_app.core.backups import BackupInfo
from driehoek_app.gui.i18n import t

Index = QModelIndex | QPersistentModelIndex


def size_text(size: int) -> str:
    """Return a file size the Dutch way with SI units ('716,8 kB')."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


class BackupsModel(QAbstractTableModel):
    """The backups of the database, newest first: when, size, meetings and why."""

    def __init__(self, parent=None) -> None:
        """Start empty."""
        super().__init__(parent)
        self.rows: list[BackupInfo] = []
        self.headers = [t("Made on"), t("Size"), t("Meetings"), t("Why")]

    def set_rows(self, rows: list[BackupInfo]) -> None:
        """Show another list of backups."""
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Return the number of backups."""
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Return the four columns."""
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return the text of a cell (sizes and counts aligned to the right)."""
        if not index.isValid():
            return None
        info = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return info.when
            if column == 1:
                return size_text(info.size)
            if column == 2:
                return t("unknown") if info.meetings is None else str(info.meetings)
            return info.reason_text
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (1, 2):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(info.path)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Return the Dutch column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def backup(self, row: int) -> BackupInfo:
        """Return the backup on a row."""
        return self.rows[row]

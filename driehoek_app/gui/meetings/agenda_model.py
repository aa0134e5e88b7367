"""Table model of a meeting's agenda: number, title, planned minutes; rows move by drag and drop."""

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from driehoek_app.core.agenda import AgendaItem
from driehoek_app.gui.i18n import t

NUMBER, TITLE, MINUTES = range(3)
MIME_TYPE = "application/x-driehoek-agenda-item"
Index = QModelIndex | QPersistentModelIndex


def column_titles() -> tuple[str, ...]:
    """Return the Dutch column titles."""
    return (t("No."), t("Agenda item"), t("Min."))


def drop_position(source_row: int, drop_row: int, count: int) -> int:
    """Return the 1-based new number of a row dropped before drop_row (-1: at the end)."""
    if drop_row < 0 or drop_row > count:
        drop_row = count
    index = drop_row - 1 if source_row < drop_row else drop_row
    return max(0, min(index, count - 1)) + 1


class AgendaModel(QAbstractTableModel):
    """Rows over the core agenda items; a drop asks the screen to move an item."""

    move_requested = Signal(int, int)  # item id, new 1-based number

    def __init__(self, parent: QObject | None = None) -> None:
        """Start with an empty agenda."""
        super().__init__(parent)
        self._items: list[AgendaItem] = []
        self.read_only = False

    def set_items(self, items: list[AgendaItem]) -> None:
        """Show a new agenda."""
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def replace_item(self, row: int, item: AgendaItem) -> None:
        """Show the changed title, time or flag of one row."""
        self._items[row] = item
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def item(self, row: int) -> AgendaItem:
        """Return the agenda item of a row."""
        return self._items[row]

    def items(self) -> list[AgendaItem]:
        """Return the agenda items in order."""
        return list(self._items)

    def row_of(self, item_id: int) -> int:
        """Return the row of an item, or -1."""
        return next((row for row, i in enumerate(self._items) if i.id == item_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Return the number of agenda items."""
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Return the three columns."""
        return 0 if parent.isValid() else 3

    def _tooltip(self, item: AgendaItem) -> str:
        """Return the full title with presenter, time and the confidential flag."""
        lines = [t("{number}. {title}").format(number=item.number, title=item.title)]
        if item.presenter:
            lines.append(t("Presenter: {name}").format(name=item.presenter))
        if item.planned_minutes is not None:
            lines.append(t("{minutes} minutes planned").format(minutes=item.planned_minutes))
        if item.confidential:
            lines.append(t("Confidential / casuïstiek"))
        return "\n".join(lines)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        """Return the number, title or minutes of a row, its tooltip and emphasis."""
        if not index.isValid():
            return None
        item = self._items[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NUMBER:
                return str(item.number)
            if column == TITLE:
                return item.title
            return "" if item.planned_minutes is None else str(item.planned_minutes)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._tooltip(item)
        if role == Qt.ItemDataRole.FontRole and item.confidential:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column != TITLE:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        """Return the column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column_titles()[section] if 0 <= section < 3 else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Rows can be selected, and dragged while the meeting is a concept."""
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.read_only:
            return base
        if not index.isValid():
            return base | Qt.ItemFlag.ItemIsDropEnabled
        return base | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        """Rows are moved, never copied."""
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        """Return the one type dragged rows carry."""
        return [MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        """Carry the id of the dragged item."""
        data = QMimeData()
        if indexes:
            item_id = self._items[indexes[0].row()].id
            data.setData(MIME_TYPE, QByteArray(str(item_id).encode()))
        return data

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """Ask to move the dropped item; the screen reloads the agenda (so return False)."""
        if self.read_only or not data.hasFormat(MIME_TYPE):
            return False
        item_id = int(bytes(data.data(MIME_TYPE).data()).decode())
        source = self.row_of(item_id)
        if source < 0:
            return False
        target = parent.row() if row < 0 and parent.isValid() else row
        position = drop_position(source, target, len(self._items))
        if position != source + 1:
            self.move_requested.emit(item_id, position)
        return False

"""A thin table model over plain core rows, a filter proxy and the sortable view that shows them.

The model turns each core row (a frozen dataclass) into cells through its Column
declarations; the proxy filters with named predicates (one per filter control) and sorts
by a sort key, so dates and amounts sort as dates and numbers.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import QTableView, QWidget

from driehoek_app.gui.row_view import configure_row_view

SORT_ROLE = Qt.ItemDataRole.UserRole
MAX_COLUMN_CHARS = 60
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """One column: title, cell text, optional sort key, tooltip, font and background."""

    title: str
    text: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None
    align_right: bool = False
    tooltip: Callable[[Any], str] | None = None
    font: Callable[[Any], QFont | None] | None = None
    background: Callable[[Any], QBrush | None] | None = None
    max_chars: int = MAX_COLUMN_CHARS


class RowsTableModel(QAbstractTableModel):
    """Read-only model over a list of core rows."""

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        """Start empty with the given columns."""
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def set_columns(self, columns: Sequence[Column]) -> None:
        """Replace the columns (e.g. a title that names another year)."""
        self.beginResetModel()
        self.columns = list(columns)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        """Return the core row of a source row (None outside the table)."""
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Return the number of rows (none below the top level)."""
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Return the number of columns (none below the top level)."""
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return text, tooltip, sort key, font, background or alignment of a cell."""
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        column = self.columns[index.column()]
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(row) if column.tooltip else column.text(row)
        if role == SORT_ROLE:
            return column.sort(row) if column.sort else column.text(row).casefold()
        if role == Qt.ItemDataRole.FontRole and column.font:
            return column.font(row)
        if role == Qt.ItemDataRole.BackgroundRole and column.background:
            return column.background(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Return the column titles."""
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.columns)
        ):
            return self.columns[section].title
        return None


class FilterProxy(QSortFilterProxyModel):
    """Sorts by each column's sort key and keeps the rows every named filter accepts."""

    def __init__(self, parent: QObject | None = None) -> None:
        """Start without filters, in the order of the source rows."""
        super().__init__(parent)
        self._filters: dict[str, Callable[[Any], bool]] = {}
        self.setSortRole(SORT_ROLE)

    def set_filter(self, name: str, accepts: Callable[[Any], bool] | None) -> None:
        """Set (or with None remove) one named filter and apply the filters again."""
        self.beginFilterChange()
        if accepts is None:
            self._filters.pop(name, None)
        else:
            self._filters[name] = accepts
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        """Keep a row when every filter accepts its core row."""
        row = self.sourceModel().row_at(source_row)
        return all(accepts(row) for accepts in self._filters.values())

    def lessThan(self, left: Index, right: Index) -> bool:
        """Compare sort keys; rows without a key (None) sort first."""
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if a is None or b is None:
            return a is None and b is not None
        try:
            return a < b
        except TypeError:
            return str(a) < str(b)


class DataTable(QTableView):
    """A sortable, keyboard-friendly table of whole rows: arrows move inside, Tab leaves."""

    def __init__(
        self, columns: Sequence[Column], name: str, header_name: str, parent: QWidget | None = None
    ) -> None:
        """Build model, proxy and view; the table and its header get accessible names."""
        super().__init__(parent)
        self.source = RowsTableModel(columns, self)
        self.proxy = FilterProxy(self)
        self.proxy.setSourceModel(self.source)
        self.setModel(self.proxy)
        self.setSortingEnabled(True)
        self.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        configure_row_view(self, name, header_name)

    def set_rows(self, rows: Sequence[Any], keep: Callable[[Any], bool] | None = None) -> None:
        """Show rows; select the first row keep() accepts, else the first row."""
        self.source.set_rows(rows)
        self.fit_columns()
        if keep is None or not self.select_where(keep):
            self.select_row(0)

    def current_row(self) -> Any:
        """Return the core row of the current table row, or None."""
        index = self.currentIndex()
        if not index.isValid():
            return None
        return self.source.row_at(self.proxy.mapToSource(index).row())

    def visible_rows(self) -> list[Any]:
        """Return the core rows the filters let through, in the order shown."""
        return [
            self.source.row_at(self.proxy.mapToSource(self.proxy.index(row, 0)).row())
            for row in range(self.proxy.rowCount())
        ]

    def select_row(self, row: int) -> None:
        """Make a shown row current and selected (nothing when the table is empty)."""
        count = self.proxy.rowCount()
        if count == 0:
            return
        row = max(0, min(row, count - 1))
        self.selectRow(row)
        self.setCurrentIndex(self.proxy.index(row, 0))

    def select_where(self, predicate: Callable[[Any], bool]) -> bool:
        """Select the first shown row for which predicate holds; return whether one was found."""
        for row, value in enumerate(self.visible_rows()):
            if predicate(value):
                self.select_row(row)
                return True
        return False

    def fit_columns(self) -> None:
        """Size the columns to their contents (up to each column's maximum) plus air."""
        header = self.horizontalHeader()
        metrics = self.fontMetrics()
        padding = 2 * metrics.averageCharWidth()
        for number, column in enumerate(self.source.columns):
            title = metrics.horizontalAdvance(column.title) + 3 * padding // 2
            content = min(
                self.sizeHintForColumn(number), column.max_chars * metrics.averageCharWidth()
            )
            header.resizeSection(number, max(title, content + padding))

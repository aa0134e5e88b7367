"""A table model over a core register that reads its rows in blocks, never all at once.

The row count comes from the core's count function; the rows of a block (BLOCK rows) are
read when a view first asks for one of them, with the core's sorted ids for that slice and
its rows-by-ids function. Only MAX_BLOCKS blocks are kept. Sorting and filtering happen in
SQLite: sort() and set_filter() change what the core is asked and reset the model.
"""

from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

import sqlite_utils
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

BLOCK = 200
MAX_BLOCKS = 40
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """One column: its title, its header tooltip, and the core sort key (None: not sortable)."""

    title: str
    tip: str
    sort: str | None = None
    descending: bool = False  # the order of a first click on the header


class RegisterModel(QAbstractTableModel):
    """Read-only rows of a register, fetched block by block through the core."""

    def __init__(
        self,
        db: sqlite_utils.Database,
        flt: Any,
        sort: tuple[str, bool],
        parent: QObject | None = None,
    ) -> None:
        """Start with a filter and a (sort key, descending) pair; rows are read on demand."""
        super().__init__(parent)
        self.db = db
        self.filter = flt
        self.sort_key, self.descending = sort
        self._count = 0
        self._blocks: OrderedDict[int, list[Any]] = OrderedDict()
        self.fetches = 0  # how many blocks were read (the tests check the model stays lazy)

    # -- what a register supplies
    def columns(self) -> tuple[Column, ...]:
        """Return the columns, in order."""
        raise NotImplementedError

    def count_rows(self) -> int:
        """Return how many rows the filter lets through."""
        raise NotImplementedError

    def slice_ids(self, offset: int, limit: int) -> list[int]:
        """Return the ids of one slice of the sorted, filtered register."""
        raise NotImplementedError

    def rows_by_ids(self, ids: list[int]) -> list[Any]:
        """Return the rows of the given ids, in that order."""
        raise NotImplementedError

    def cell(self, row: Any, column: int, role: int) -> Any:
        """Return the data of one cell for a role (None when the role has nothing)."""
        raise NotImplementedError

    # -- reading
    def reload(self) -> None:
        """Count again and forget the rows read so far (after a change or a new filter)."""
        self.beginResetModel()
        self._blocks.clear()
        self._count = self.count_rows()
        self.endResetModel()

    def set_filter(self, flt: Any) -> None:
        """Show the rows of another filter."""
        self.filter = flt
        self.reload()

    def row_object(self, row: int) -> Any | None:
        """Return the core row shown in a table row (read with its block when needed)."""
        if not 0 <= row < self._count:
            return None
        number, offset = divmod(row, BLOCK)
        block = self._blocks.get(number)
        if block is None:
            ids = self.slice_ids(number * BLOCK, BLOCK)
            block = self.rows_by_ids(ids)
            self.fetches += 1
            self._blocks[number] = block
            while len(self._blocks) > MAX_BLOCKS:
                self._blocks.popitem(last=False)
        else:
            self._blocks.move_to_end(number)
        return block[offset] if offset < len(block) else None

    def cached_rows(self) -> int:
        """Return how many rows are held in memory now."""
        return sum(len(block) for block in self._blocks.values())

    def row_of_id(self, row_id: int) -> int:
        """Return the table row of an id among the rows read so far, or -1."""
        for number, block in self._blocks.items():
            for offset, item in enumerate(block):
                if item.id == row_id:
                    return number * BLOCK + offset
        return -1

    def replace_row(self, row: int, item: Any) -> None:
        """Show a re-read row in place (the filter still lets it through)."""
        number, offset = divmod(row, BLOCK)
        block = self._blocks.get(number)
        if block is not None and offset < len(block):
            block[offset] = item
            last = self.columnCount() - 1
            self.dataChanged.emit(self.index(row, 0), self.index(row, last))

    # -- Qt model interface
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Return the number of rows the filter lets through (none under a valid parent)."""
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Return the number of columns."""
        return 0 if parent.isValid() else len(self.columns())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return the data of a cell; its row is read with its block on first use."""
        if not index.isValid() or not 0 <= index.column() < self.columnCount():
            return None
        item = self.row_object(index.row())
        if item is None:
            return None
        return self.cell(item, index.column(), role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Return the column titles and their tooltips."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        column = self.columns()[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tip
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Rows can be selected, not edited."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sortable(self, column: int) -> bool:
        """Tell whether a column can be sorted on."""
        return 0 <= column < self.columnCount() and self.columns()[column].sort is not None

    def sort_column(self) -> int:
        """Return the column of the current sort key (-1 when no column shows it)."""
        keys = [column.sort for column in self.columns()]
        return keys.index(self.sort_key) if self.sort_key in keys else -1

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort on a column in SQLite (a column without a sort key is ignored)."""
        if not self.sortable(column):
            return
        key = self.columns()[column].sort
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self.sort_key, self.descending):
            return
        self.sort_key, self.descending = key, descending
        self.reload()

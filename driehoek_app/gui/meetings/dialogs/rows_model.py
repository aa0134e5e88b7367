"""A thin read-only table model over plain core rows, and the table view that shows it."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from driehoek_app.gui.row_view import configure_row_view

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """One column: its title and how to turn a row into the cell's text."""

    title: str
    text: Callable[[Any], str]
    align_right: bool = False


class RowsModel(QAbstractTableModel):
    """Shows a list of core rows (dataclasses) in the given columns."""

    def __init__(self, columns: Sequence[Column], parent: QWidget | None = None) -> None:
        """Start empty with the given columns."""
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Replace all rows."""
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        """Return the core row shown in a table row (None outside the table)."""
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Return the number of rows (none below the top level)."""
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Return the number of columns (none below the top level)."""
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return the text (also as tooltip) and alignment of a cell."""
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(self.rows[index.row()])
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


class RowsTable(QTableView):
    """A keyboard-friendly table of whole rows: arrows move inside, Tab leaves."""

    def __init__(
        self, model: RowsModel, name: str, header_name: str, parent: QWidget | None = None
    ) -> None:
        """Show model; the table and its column header get accessible names."""
        super().__init__(parent)
        self.setModel(model)
        configure_row_view(self, name, header_name)

    def rows_model(self) -> RowsModel:
        """Return the model as a RowsModel."""
        return self.model()  # type: ignore[return-value]

    def current_row(self) -> Any:
        """Return the core row of the current table row, or None."""
        return self.rows_model().row_at(self.currentIndex().row())

    def select_row(self, row: int) -> None:
        """Make a row current and selected (nothing when the table is empty)."""
        if self.model().rowCount() == 0:
            return
        row = max(0, min(row, self.model().rowCount() - 1))
        self.selectRow(row)
        self.setCurrentIndex(self.model().index(row, 0))

    def select_where(self, predicate: Callable[[Any], bool]) -> bool:
        """Select the first row for which predicate holds; return whether one was found."""
        for row, value in enumerate(self.rows_model().rows):
            if predicate(value):
                self.select_row(row)
                return True
        return False

    def fit_columns(self, stretch: int | None = None) -> None:
        """Size the columns to their contents plus air; stretch (default: last) takes the rest."""
        header = self.horizontalHeader()
        self.resizeColumnsToContents()
        padding = 2 * self.fontMetrics().averageCharWidth()
        for column in range(header.count()):
            header.resizeSection(column, header.sectionSize(column) + padding)
        if stretch is not None:
            header.setStretchLastSection(False)
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

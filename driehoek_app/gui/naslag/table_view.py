"""A read-only, sortable, keyboard-friendly table view shared by the Naslag tables."""

from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from driehoek_app.gui.row_view import configure_row_view

MAX_COLUMN_CHARS = 42


class ReferenceTable(QTableView):
    """A sortable table over a proxy model, selecting whole rows, reachable by keyboard."""

    def __init__(
        self,
        proxy: QSortFilterProxyModel,
        accessible_name: str,
        header_name: str,
        column_chars: dict[int, int] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """Show proxy's rows; the table and its column header get accessible names.

        column_chars caps the width of some columns, in characters (others: MAX_COLUMN_CHARS).
        """
        super().__init__(parent)
        self.column_chars = column_chars or {}
        self.setModel(proxy)
        configure_row_view(self, accessible_name, header_name)
        self.setSortingEnabled(True)
        self.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # document order until clicked
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.fit_columns()
        if proxy.rowCount() and proxy.columnCount():  # keyboard focus starts at the top
            self.selectionModel().setCurrentIndex(
                proxy.index(0, 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )

    def fit_columns(self) -> None:
        """Size each column to its widest cell or title line, up to its maximum width.

        Longer texts are elided; their tooltip shows them in full.
        """
        header = self.horizontalHeader()
        metrics = header.fontMetrics()
        padding = 3 * metrics.averageCharWidth()
        model = self.model()
        for column in range(model.columnCount()):
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            title_width = max(
                (metrics.horizontalAdvance(line) for line in title.split("\n")), default=0
            )
            chars = self.column_chars.get(column, MAX_COLUMN_CHARS)
            content = min(self.sizeHintForColumn(column), chars * metrics.averageCharWidth())
            header.resizeSection(column, max(content, title_width + padding))

    def restore_document_order(self) -> None:
        """Undo any column sort: show the rows in the order of the source document."""
        self.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)

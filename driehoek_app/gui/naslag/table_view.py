"""A read-only, sortable, keyboard-friendly table view shared by the Naslag tables."""

from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

ROW_PADDING = 8  # pixels above and below the text of a row
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
        self.setAccessibleName(accessible_name)
        self.setSortingEnabled(True)
        self.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # document order until clicked
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves the table; arrow keys move inside it
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().lineSpacing() + ROW_PADDING)
        header = self.horizontalHeader()
        header.setAccessibleName(header_name)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
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

"""The table of a register: sorts by header click in SQLite, opens a row with Enter."""

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from driehoek_app.gui import theme
from driehoek_app.gui.registers.lazy_model import RegisterModel
from driehoek_app.gui.row_view import configure_row_view


class RegisterTable(QTableView):
    """Whole-row selection, fixed row height (smooth over 100,000 rows), header sorting."""

    open_requested = Signal(int)  # table row
    menu_requested = Signal(QPoint)  # global position

    def __init__(
        self,
        model: RegisterModel,
        name: str,
        header_name: str,
        column_widths: dict[int, str | int],
        parent: QWidget | None = None,
    ) -> None:
        """Show the model; column_widths sizes a column to a sample text or a number of chars."""
        super().__init__(parent)
        self.setModel(model)
        configure_row_view(self, name, header_name)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.fit_columns(column_widths)
        header.setSortIndicator(model.sort_column(), self._order(model.descending))
        self.setSortingEnabled(True)
        self._shown_sort = (model.sort_column(), self._order(model.descending))
        header.sortIndicatorChanged.connect(self._sort_changed)
        self.doubleClicked.connect(lambda index: self.open_requested.emit(index.row()))

    def fit_columns(self, column_widths: dict[int, str | int]) -> None:
        """Size columns to a sample text (e.g. the widest date) or a number of characters.

        Reading the rows to measure them would defeat the lazy model, so samples are given.
        """
        metrics = self.fontMetrics()
        bold = QFontMetrics(theme.bold(self.font()))  # overdue rows are bold
        padding = 3 * metrics.averageCharWidth()
        header = self.horizontalHeader()
        model = self.register()
        for column, sample in column_widths.items():
            if isinstance(sample, int):
                content = sample * metrics.averageCharWidth()
            else:
                content = bold.horizontalAdvance(sample)
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            arrow = 2 * padding  # room for the sort indicator
            header.resizeSection(column, max(content, metrics.horizontalAdvance(title) + arrow))
            header.resizeSection(column, header.sectionSize(column) + padding)

    @staticmethod
    def _order(descending: bool) -> Qt.SortOrder:
        """Return the Qt sort order of a descending flag."""
        return Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder

    def register(self) -> RegisterModel:
        """Return the register model shown."""
        return self.model()

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        """Keep the indicator on the sorted column; a new column starts in its usual order."""
        model = self.register()
        header = self.horizontalHeader()
        if not model.sortable(column):
            header.blockSignals(True)
            header.setSortIndicator(*self._shown_sort)
            header.blockSignals(False)
            return
        previous = self._shown_sort[0]
        wanted = model.columns()[column].descending
        self._shown_sort = (column, order)
        if column != previous and (order == Qt.SortOrder.DescendingOrder) != wanted:
            header.setSortIndicator(column, self._order(wanted))  # sorts once more

    def current_row(self) -> int:
        """Return the selected table row, or -1."""
        index = self.currentIndex()
        return index.row() if index.isValid() else -1

    def select_row(self, row: int) -> None:
        """Make a row current and selected, and scroll it into view."""
        model = self.register()
        if not 0 <= row < model.rowCount():
            return
        index = model.index(row, 0)
        self.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.scrollTo(index)

    def moveCursor(
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        """Home and End go to the first and last row (whole rows are chosen, not cells)."""
        if action in (
            QAbstractItemView.CursorAction.MoveHome,
            QAbstractItemView.CursorAction.MoveEnd,
        ):
            modifiers |= Qt.KeyboardModifier.ControlModifier
        return super().moveCursor(action, modifiers)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter or Return opens the current row; other keys move as usual."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current_row() >= 0:
            self.open_requested.emit(self.current_row())
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """Ask for the row menu, under the mouse or (keyboard) at the current row."""
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            rect = self.visualRect(self.currentIndex())
            point = self.viewport().mapToGlobal(rect.bottomLeft())
        else:
            index = self.indexAt(event.pos())
            if index.isValid():
                self.select_row(index.row())
            point = event.globalPos()
        if self.current_row() >= 0:
            self.menu_requested.emit(point)

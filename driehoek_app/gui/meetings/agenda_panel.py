"""The agenda of the meeting screen: numbered items, planned time, add, delete and reorder."""

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from driehoek_app.core.agenda import AgendaItem, PlannedTime
from driehoek_app.gui import theme
from driehoek_app.gui.i18n import t
from driehoek_app.gui.meetings.agenda_model import MINUTES, NUMBER, TITLE, AgendaModel


def _button(text: str, name: str, tip: str) -> QPushButton:
    """Return a push button with its accessible name and tooltip."""
    button = QPushButton(text)
    button.setAccessibleName(name)
    button.setToolTip(tip)
    return button


class AgendaPanel(QWidget):
    """Shows the agenda; asks the screen to add, delete, move or copy items."""

    current_changed = Signal(object)  # item id or None
    add_requested = Signal()
    delete_requested = Signal(int)
    move_requested = Signal(int, int)  # item id, new 1-based number
    copy_requested = Signal()
    rename_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        """Build the table, the planned-time line and the buttons."""
        super().__init__(parent)
        heading = QLabel(t("Agenda"))
        heading.setFont(theme.bold(heading.font()))
        self.model = AgendaModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(t("Agenda items"))
        self.view.setToolTip(
            t("Ctrl+Shift+Up/Down moves the chosen item; Insert adds, Delete removes, F2 renames")
        )
        self.view.horizontalHeader().setAccessibleName(t("Agenda columns"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setDragDropOverwriteMode(False)
        self.view.setDropIndicatorShown(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() + 8)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(NUMBER, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(MINUTES, QHeaderView.ResizeMode.ResizeToContents)

        self.warning_icon = QLabel()
        size = self.fontMetrics().height()
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.warning_icon.setPixmap(icon.pixmap(size, size))
        self.total = QLabel()
        self.total.setWordWrap(True)
        self.total.setAccessibleName(t("Planned time"))
        self.legend = QLabel(t("Items in italics are confidential (casuïstiek)."))
        self.legend.setWordWrap(True)
        self.legend.hide()

        self.add_button = _button(
            t("&New item"),
            t("New agenda item"),
            t("Add an agenda item after the chosen one (Ctrl+N)"),
        )
        self.delete_button = _button(
            t("Remove"),
            t("Remove agenda item"),
            t("Remove the chosen item (Delete); Ctrl+Z brings it back"),
        )
        self.up_button = _button(t("Up"), t("Move item up"), t("Move the item up (Ctrl+Shift+Up)"))
        self.down_button = _button(
            t("Down"), t("Move item down"), t("Move the item down (Ctrl+Shift+Down)")
        )
        self.copy_button = _button(
            t("Copy or move…"),
            t("Copy or move an item from another meeting"),
            t("Take an agenda item over from another meeting of this body"),
        )
        self._layout(heading)
        self._shortcuts()
        self.model.move_requested.connect(self.move_requested)
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.add_button.clicked.connect(self.add_requested)
        self.delete_button.clicked.connect(self._delete_current)
        self.up_button.clicked.connect(lambda: self._move_current(-1))
        self.down_button.clicked.connect(lambda: self._move_current(+1))
        self.copy_button.clicked.connect(self.copy_requested)

    def _layout(self, heading: QLabel) -> None:
        """Place the heading, table, planned time and buttons."""
        total_row = QHBoxLayout()
        total_row.addWidget(self.warning_icon, 0, Qt.AlignmentFlag.AlignTop)
        total_row.addWidget(self.total, 1)
        buttons = QGridLayout()
        buttons.addWidget(self.add_button, 0, 0)
        buttons.addWidget(self.delete_button, 0, 1)
        buttons.addWidget(self.up_button, 1, 0)
        buttons.addWidget(self.down_button, 1, 1)
        buttons.addWidget(self.copy_button, 2, 0, 1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.view, 1)
        layout.addLayout(total_row)
        layout.addWidget(self.legend)
        layout.addLayout(buttons)

    def _shortcuts(self) -> None:
        """Keys that work while the agenda table has the focus."""
        keys = (
            ("Ctrl+Shift+Up", lambda: self._move_current(-1)),
            ("Ctrl+Shift+Down", lambda: self._move_current(+1)),
            ("Delete", self._delete_current),
            ("Insert", self.add_requested.emit),
            ("F2", self.rename_requested.emit),
        )
        for key, slot in keys:
            QShortcut(QKeySequence(key), self.view, slot, context=Qt.ShortcutContext.WidgetShortcut)

    def set_agenda(self, items: list[AgendaItem], planned: PlannedTime, select: int | None) -> None:
        """Show the agenda and the planned time; keep or choose the selected item."""
        self.model.set_items(items)
        row = self.model.row_of(select) if select is not None else -1
        if row < 0 and items:
            row = 0
        if row >= 0:
            self.view.selectionModel().setCurrentIndex(
                self.model.index(row, TITLE),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self.show_planned(planned)
        self.legend.setVisible(any(item.confidential for item in items))
        self._update_buttons()

    def show_planned(self, planned: PlannedTime) -> None:
        """Show the planned total against the meeting length, with a warning when over."""
        over = planned.is_over
        if over:
            text = t("Planned {planned} of {length} minutes: {over} minutes too many").format(
                planned=planned.planned_minutes,
                length=planned.meeting_minutes,
                over=-planned.balance_minutes,
            )
        else:
            text = t("Planned {planned} of {length} minutes ({left} left)").format(
                planned=planned.planned_minutes,
                length=planned.meeting_minutes,
                left=planned.balance_minutes,
            )
        self.total.setText(text)
        self.total.setFont(theme.bold(self.total.font()) if over else self.font())
        self.warning_icon.setVisible(over)
        self.total.setToolTip(t("The agenda needs more time than the meeting has") if over else "")

    def current_item_id(self) -> int | None:
        """Return the id of the selected item."""
        index = self.view.currentIndex()
        return self.model.item(index.row()).id if index.isValid() else None

    def current_number(self) -> int | None:
        """Return the number of the selected item."""
        index = self.view.currentIndex()
        return self.model.item(index.row()).number if index.isValid() else None

    def select_item(self, item_id: int) -> None:
        """Select an item by id."""
        row = self.model.row_of(item_id)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, TITLE))

    def step(self, delta: int) -> None:
        """Select the next (delta 1) or previous (-1) item."""
        row = self.view.currentIndex().row() + delta
        if 0 <= row < self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(row, TITLE))

    def set_read_only(self, read_only: bool) -> None:
        """Disable every change of the agenda (a vastgesteld meeting)."""
        self.model.read_only = read_only
        self.view.setDragEnabled(not read_only)
        self.view.setAcceptDrops(not read_only)
        self._update_buttons()

    def _update_buttons(self) -> None:
        """Enable the buttons that make sense now."""
        editable = not self.model.read_only
        row = self.view.currentIndex().row()
        count = self.model.rowCount()
        self.add_button.setEnabled(editable)
        self.copy_button.setEnabled(editable)
        self.delete_button.setEnabled(editable and row >= 0)
        self.up_button.setEnabled(editable and row > 0)
        self.down_button.setEnabled(editable and 0 <= row < count - 1)

    def _row_changed(self, current, _previous) -> None:
        """Tell the screen which item is selected now."""
        self._update_buttons()
        self.current_changed.emit(self.model.item(current.row()).id if current.isValid() else None)

    def _delete_current(self) -> None:
        """Ask to delete the selected item."""
        item_id = self.current_item_id()
        if item_id is not None and not self.model.read_only:
            self.delete_requested.emit(item_id)

    def _move_current(self, delta: int) -> None:
        """Ask to move the selected item one place up or down."""
        number = self.current_number()
        item_id = self.current_item_id()
        if item_id is None or number is None or self.model.read_only:
            return
        target = number + delta
        if 1 <= target <= self.model.rowCount():
            self.move_requested.emit(item_id, target)

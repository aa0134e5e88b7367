"""The meetings list: pick a body on the left, see its meetings (upcoming first) on the right."""

import sqlite_utils
from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from driehoek_app.core import bodies, meetings
from driehoek_app.gui import dialogs, theme
from driehoek_app.gui.i18n import t
from driehoek_app.gui.meetings.guarded import attempt
from driehoek_app.gui.meetings.list_model import DATE, LOCATION, MeetingsTableModel

BODY_ROLE = Qt.ItemDataRole.UserRole
LIST_CHARS = 40
ROW_PADDING = 8


def _button(text: str, name: str, tip: str) -> QPushButton:
    """Return a push button with its accessible name and tooltip."""
    button = QPushButton(text)
    button.setAccessibleName(name)
    button.setToolTip(tip)
    return button


class MeetingsListScreen(QWidget):
    """Bodies and their meetings, with the buttons to plan one and manage bodies and templates."""

    open_requested = Signal(int)

    def __init__(self, db: sqlite_utils.Database, parent: QWidget | None = None) -> None:
        """Build the body list, the meetings table and the buttons; show the first body."""
        super().__init__(parent)
        self.db = db
        heading = QLabel(t("Meetings"))
        heading.setObjectName("areaHeading")
        heading.setFont(theme.scaled(theme.bold(heading.font()), 1.3))

        self.bodies = QListWidget()
        self.bodies.setAccessibleName(t("Bodies"))
        self.bodies.setToolTip(t("Choose the body whose meetings you want to see"))
        self.bodies.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.model = MeetingsTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(t("Meetings of the chosen body"))
        self.table.horizontalHeader().setAccessibleName(t("Meeting columns"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().lineSpacing() + ROW_PADDING
        )
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(LOCATION, QHeaderView.ResizeMode.Stretch)
        self.title = QLabel()
        self.title.setFont(theme.bold(self.title.font()))
        self.empty = QLabel()
        self.empty.setWordWrap(True)

        self.new_button = _button(
            t("&New meeting…"), t("New meeting"), t("Plan a new meeting of this body (Ctrl+N)")
        )
        self.open_button = _button(
            t("&Open"), t("Open meeting"), t("Open the chosen meeting (Enter or double-click)")
        )
        self.delete_button = _button(
            t("&Delete…"), t("Delete meeting"), t("Delete the chosen concept meeting")
        )
        self.people_button = _button(
            t("Bodies and &people…"),
            t("Bodies and people"),
            t("Manage the bodies, their gemeenten and members, and the people list"),
        )
        self.templates_button = _button(
            t("&Templates…"), t("Agenda templates"), t("Edit the agenda templates")
        )
        self._layout(heading)
        QShortcut(
            QKeySequence("Ctrl+N"),
            self,
            self.new_meeting,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        self.bodies.currentRowChanged.connect(self._show_body)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.table.activated.connect(lambda index: self._open_row(index.row()))
        self.new_button.clicked.connect(self.new_meeting)
        self.open_button.clicked.connect(self._open_current)
        self.delete_button.clicked.connect(self._delete_current)
        self.people_button.clicked.connect(self._manage_people)
        self.templates_button.clicked.connect(self._manage_templates)
        self.reload()

    def _layout(self, heading: QLabel) -> None:
        """Place the widgets: body list beside the meetings table, buttons below."""
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.title)
        column.addWidget(self.table, 1)
        column.addWidget(self.empty)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.bodies)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        width = self.bodies.fontMetrics().averageCharWidth() * LIST_CHARS
        splitter.setSizes([width, 3 * width])
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.people_button)
        top.addWidget(self.templates_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    def _fit_bodies(self) -> None:
        """Make the body list wide enough for its longest name."""
        needed = self.bodies.sizeHintForColumn(0) + 4 * self.bodies.frameWidth()
        needed += self.bodies.verticalScrollBar().sizeHint().width()
        self.bodies.setMinimumWidth(min(needed, self.fontMetrics().averageCharWidth() * 60))

    def current_body_id(self) -> int | None:
        """Return the id of the chosen body."""
        item = self.bodies.currentItem()
        return None if item is None else item.data(BODY_ROLE)

    def select_body(self, body_id: int | None) -> bool:
        """Choose a body by id; return False when it is not in the list."""
        for row in range(self.bodies.count()):
            if self.bodies.item(row).data(BODY_ROLE) == body_id:
                self.bodies.setCurrentRow(row)
                return True
        return False

    def current_meeting_id(self) -> int | None:
        """Return the id of the meeting chosen in the table."""
        index = self.table.currentIndex()
        return self.model.meeting(index.row()).id if index.isValid() else None

    def reload(self, select_meeting: int | None = None) -> None:
        """Read bodies and meetings again, keeping the chosen body (and a meeting to select)."""
        keep = self.current_body_id()
        counts = meetings.meeting_counts(self.db)
        self.bodies.blockSignals(True)  # the meetings are shown once, below
        self.bodies.clear()
        for body in bodies.list_bodies(self.db):
            count = counts.get(body.id, 0)
            item = QListWidgetItem(t("{name} ({count})").format(name=body.name, count=count))
            item.setData(BODY_ROLE, body.id)
            item.setToolTip(t("{name}: {count} meetings").format(name=body.name, count=count))
            self.bodies.addItem(item)
        if not self.select_body(keep) and self.bodies.count():
            self.bodies.setCurrentRow(0)
        self.bodies.blockSignals(False)
        self._fit_bodies()
        self._show_body(select_meeting=select_meeting)

    def _show_body(self, _row: int = -1, select_meeting: int | None = None) -> None:
        """Show the meetings of the chosen body."""
        body_id = self.current_body_id()
        if body_id is None:
            self.model.set_meetings([])
            self._update_buttons()
            return
        body = bodies.get_body(self.db, body_id)
        self.title.setText(t("Meetings of {name}").format(name=body.name))
        self.model.set_meetings(meetings.list_meetings(self.db, body_id))
        has_rows = self.model.rowCount() > 0
        self.empty.setVisible(not has_rows)
        self.empty.setText(
            t("{name} has no meetings yet. Choose New meeting (Ctrl+N) to plan one.").format(
                name=body.name
            )
        )
        row = self.model.row_of(select_meeting) if select_meeting is not None else 0
        if has_rows:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(max(row, 0), DATE),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._update_buttons()

    def _update_buttons(self) -> None:
        """Enable Open for a chosen meeting, Delete only for a concept one (with the reason)."""
        index = self.table.currentIndex()
        meeting = self.model.meeting(index.row()) if index.isValid() else None
        self.open_button.setEnabled(meeting is not None)
        self.delete_button.setEnabled(meeting is not None and not meeting.is_read_only)
        if meeting is not None and meeting.is_read_only:
            self.delete_button.setToolTip(
                t(
                    "A vastgesteld meeting cannot be deleted: its minutes are final. "
                    "Use Correctie on the meeting screen to change them."
                )
            )
        else:
            self.delete_button.setToolTip(t("Delete the chosen concept meeting"))

    def showEvent(self, event: QShowEvent) -> None:
        """Show the current state whenever the list comes into view (other areas change data)."""
        super().showEvent(event)
        self.reload(select_meeting=self.current_meeting_id())

    def _open_row(self, row: int) -> None:
        """Ask to open the meeting of a table row."""
        if 0 <= row < self.model.rowCount():
            self.open_requested.emit(self.model.meeting(row).id)

    def _open_current(self) -> None:
        """Open the chosen meeting."""
        self._open_row(self.table.currentIndex().row())

    def new_meeting(self) -> None:
        """Plan a new meeting of the chosen body and open it."""
        from driehoek_app.gui.meetings.dialogs import new_meeting  # loaded on first use

        meeting_id = new_meeting.ask_new_meeting(self, self.db, self.current_body_id())
        if meeting_id is None:
            return
        self.select_body(meetings.get_meeting(self.db, meeting_id).body_id)
        self.reload(select_meeting=meeting_id)
        self.open_requested.emit(meeting_id)

    def _delete_current(self) -> None:
        """Delete the chosen concept meeting after asking."""
        meeting_id = self.current_meeting_id()
        if meeting_id is None:
            return
        meeting = meetings.get_meeting(self.db, meeting_id)
        question = t(
            "Delete the meeting {title} with its agenda, minutes, decisions and actions? "
            "This cannot be undone."
        ).format(title=meeting.title)
        if not dialogs.confirm(self, t("Delete meeting"), question, t("&Delete")):
            return
        outcome = attempt(lambda: meetings.delete_meeting(self.db, meeting_id))
        if not outcome.ok:
            dialogs.show_error(self, outcome.error or "")
        self.reload()

    def _manage_people(self) -> None:
        """Open the bodies-and-people dialog, then show any changes."""
        from driehoek_app.gui.meetings.dialogs import people

        people.manage_bodies_and_people(self, self.db)
        self.reload()

    def _manage_templates(self) -> None:
        """Open the templates editor."""
        from driehoek_app.gui.meetings.dialogs import templates

        templates.manage_templates(self, self.db)

"""The actieregister: quick filters (open, overdue, this week), owner and body; change a row."""

import datetime as dt

import sqlite_utils
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QButtonGroup,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QWidget,
)

from driehoek_app.core.action_register import ActionFilter, owner_names
from driehoek_app.gui import formatting
from driehoek_app.gui.i18n import t
from driehoek_app.gui.meetings.dialogs.common import button
from driehoek_app.gui.registers import filters
from driehoek_app.gui.registers.action_changes import ActionChanges
from driehoek_app.gui.registers.action_model import (
    BASISTEAM,
    DUE,
    MEETING,
    OWNER,
    STATUS,
    TEXT,
    ActionTableModel,
)
from driehoek_app.gui.registers.register_tab import RegisterTab
from driehoek_app.gui.registers.register_view import RegisterTable

COLUMN_WIDTHS: dict[int, str | int] = {  # a sample of the widest text, or characters
    TEXT: 56,
    OWNER: "Zorg- en Veiligheidshuis",
    DUE: "30-12-2026",
    STATUS: "open, verlopen",
    MEETING: "30-12-2026",
    BASISTEAM: "Haarlemmermeer",
}
OWNER_CHARS = 30
ALL, OPEN, OVERDUE, THIS_WEEK, COMPLETED, LAPSED = range(6)


def count_text(count: int) -> str:
    """Return '1 actie' or '4.921 acties'."""
    if count == 1:
        return t("1 action")
    return t("{count} actions").format(count=formatting.decimal(count, 0))


def quick_filter(choice: int) -> dict:
    """Return the ActionFilter fields of a quick filter."""
    return {
        ALL: {},
        OPEN: {"status": "open"},
        OVERDUE: {"overdue": True},
        THIS_WEEK: {"due_this_week": True},
        COMPLETED: {"status": "afgerond"},
        LAPSED: {"status": "vervallen"},
    }[choice]


class ActionsRegister(RegisterTab):
    """Filters above, the lazy table below; close, re-date or re-assign the chosen action."""

    open_kind = "actie"
    export_kind = "actions"
    model: ActionTableModel

    def __init__(
        self, db: sqlite_utils.Database, parent: QWidget | None = None, today: dt.date | None = None
    ) -> None:
        """Build quick filters, fields, buttons and the table; rows are counted on load."""
        super().__init__(db, parent)
        self.model = ActionTableModel(db, self, today)
        self.quick = QButtonGroup(self)
        self.quick_buttons = self._quick_buttons()
        self.bodies = filters.body_box(t("Show the actions agreed in one body"))
        self.years = filters.year_box()
        self.owner = filters.text_field(
            t("Owner"), t("for example teamchef, or a name"), self.apply_filter
        )
        self.owner.setToolTip(t("Show the actions whose owner contains this text"))
        self.owner.setMinimumWidth(self.owner.fontMetrics().averageCharWidth() * OWNER_CHARS)
        self.owner_completer = QCompleter([], self.owner)
        self.owner_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.owner_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.owner.setCompleter(self.owner_completer)
        self.text = filters.text_field(
            t("Search in actions"), t("Words from the action or its remark"), self.apply_filter
        )
        for box in (self.bodies, self.years):
            box.currentIndexChanged.connect(lambda _index: self.apply_filter())
        self.table = RegisterTable(
            self.model, t("Actieregister"), t("Columns of the actieregister"), COLUMN_WIDTHS
        )
        self.table.open_requested.connect(self.open_row)
        self.table.menu_requested.connect(self.show_menu)
        self.changes = ActionChanges(self)
        self.commands = self._commands()
        self._layout()
        self.table.selectionModel().currentRowChanged.connect(self.update_buttons)

    def _quick_buttons(self) -> list[QPushButton]:
        """Return the exclusive quick-filter buttons (All is chosen at first)."""
        specs = (
            (t("A&ll"), t("All actions"), t("Every action, whatever its status")),
            (t("O&pen"), t("Open actions"), t("The actions that are still open")),
            (t("O&verdue"), t("Overdue actions"), t("Open actions past their due date")),
            (t("This &week"), t("Due this week"), t("Open actions due Monday to Sunday")),
            (t("Completed"), t("Completed actions"), t("The actions that were carried out")),
            (t("Lapsed"), t("Lapsed actions"), t("The actions that are no longer needed")),
        )
        buttons = []
        for choice, (text, name, tip) in enumerate(specs):
            widget = button(text, name, tip)
            widget.setCheckable(True)
            self.quick.addButton(widget, choice)
            buttons.append(widget)
        buttons[ALL].setChecked(True)
        self.quick.idClicked.connect(lambda _id: self.apply_filter())
        return buttons

    def _commands(self) -> dict[str, tuple[QAction, QPushButton]]:
        """Create the row commands, each as a button and a context-menu entry."""
        specs = {
            "close": (t("&Close…"), t("Close action"), t("Mark the chosen action as completed "
                      "or lapsed"), self.changes.close),
            "redate": (t("New &due date…"), t("New due date"), t("Give the chosen action another "
                       "due date"), self.changes.redate),
            "reassign": (t("Other o&wner…"), t("Other owner"), t("Give the chosen action another "
                         "owner"), self.changes.reassign),
            "reopen": (t("Re&open"), t("Reopen action"), t("Set a closed action back to open"),
                       self.changes.reopen),
            "open": (t("Open &meeting"), t("Open meeting"), t("Open the meeting where the action "
                     "was agreed (Enter)"), lambda: self.open_row(self.table.current_row())),
        }  # fmt: skip
        commands = {}
        for key, (text, name, tip, slot) in specs.items():
            action = QAction(text, self)
            action.setToolTip(tip)
            action.triggered.connect(slot)
            widget = button(text, name, tip)
            widget.clicked.connect(action.trigger)
            commands[key] = (action, widget)
        return commands

    def _layout(self) -> None:
        """Quick filters, then the fields, then count and buttons, then the table."""
        quick = QHBoxLayout()
        quick.addWidget(QLabel(t("Show:")))
        for widget in self.quick_buttons:
            quick.addWidget(widget)
        quick.addStretch(1)
        fields = (
            (t("&Body:"), self.bodies),
            (t("&Year:"), self.years),
            (t("Owne&r:"), self.owner),
            (t("&Search:"), self.text),
        )
        self._arrange(fields, [widget for _action, widget in self.commands.values()], quick)

    def count_text(self, count: int) -> str:
        """Return '1 actie' or '4.921 acties'."""
        return count_text(count)

    def export_today(self) -> dt.date | None:
        """Return the day that decides what is overdue in the export."""
        return self.model.today

    def load(self) -> None:
        """Read the filter choices, the owner suggestions and the rows again."""
        filters.fill_bodies(self.bodies, self.db)
        filters.fill_years(self.years, self.db)
        self.owner_completer.model().setStringList(owner_names(self.db))
        self.apply_filter()

    def current_filter(self) -> ActionFilter:
        """Return the filter the quick filter and the fields describe."""
        return ActionFilter(
            body_ids=filters.chosen_bodies(self.bodies),
            year=self.years.currentData(),
            owner=self.owner.text(),
            text=self.text.text(),
            **quick_filter(self.quick.checkedId()),
        )

    def apply_filter(self, keep_row: int | None = None) -> None:
        """Show the rows of the filter; keep_row selects a row by position (after a change)."""
        self.show_filtered(keep_row)
        self.update_buttons()

    def current_action(self):
        """Return the chosen action row, or None."""
        return self.model.action(self.table.current_row())

    def update_buttons(self) -> None:
        """Enable the commands that apply to the chosen action."""
        action = self.current_action()
        enabled = {
            "close": action is not None and action.is_open,
            "redate": action is not None,
            "reassign": action is not None,
            "reopen": action is not None and not action.is_open,
            "open": action is not None,
        }
        for key, (command, widget) in self.commands.items():
            command.setEnabled(enabled[key])
            widget.setEnabled(enabled[key])

    def show_menu(self, point: QPoint) -> None:
        """Show the row commands as a context menu."""
        menu = QMenu(self)
        menu.setAccessibleName(t("Commands for the chosen action"))
        for action, _widget in self.commands.values():
            menu.addAction(action)
        menu.popup(point)
        self._menu = menu  # kept so that tests can read it

"""Table model of the actieregister: every action of every body, overdue ones highlighted."""

import datetime as dt
from typing import Any

import sqlite_utils
from PySide6.QtCore import QObject, Qt

from driehoek_app.core.action_register import (
    DEFAULT_ACTION_SORT,
    ActionFilter,
    ActionRow,
    action_ids,
    actions_by_ids,
    count_actions,
)
from driehoek_app.gui import formatting, theme
from driehoek_app.gui.i18n import t
from driehoek_app.gui.meetings.action_row import status_labels
from driehoek_app.gui.registers.decision_model import one_line, place
from driehoek_app.gui.registers.lazy_model import Column, RegisterModel
from driehoek_app.gui.registers.style import overdue_brush

TEXT, OWNER, DUE, STATUS, MEETING, BASISTEAM = range(6)


def status_text(action: ActionRow) -> str:
    """Return the Dutch status, with 'verlopen' for an open action past its due date."""
    label = status_labels()[action.status]
    return t("{status}, overdue").format(status=label) if action.overdue else label


class ActionTableModel(RegisterModel):
    """The actions the filter lets through, sorted in SQLite, earliest due date first."""

    def __init__(
        self,
        db: sqlite_utils.Database,
        parent: QObject | None = None,
        today: dt.date | None = None,
    ) -> None:
        """Start on every action; today (default: the real today) decides what is overdue."""
        super().__init__(db, ActionFilter(), DEFAULT_ACTION_SORT, parent)
        self.today = today
        self._columns = (
            Column(t("Action"), t("What is to be done"), "text"),
            Column(t("Owner"), t("Who carries out the action"), "owner"),
            Column(t("Due date"), t("By when; actions without a due date come last"), "due"),
            Column(t("Status"), t("open, completed or lapsed; overdue when past the due date"),
                   "status"),
            Column(t("Meeting"), t("Date of the meeting where the action was agreed"),
                   "meeting_date", descending=True),
            Column(t("Basisteam"), t("Basisteam (or body) of the meeting"), "body"),
        )  # fmt: skip

    def columns(self) -> tuple[Column, ...]:
        """Return the six columns."""
        return self._columns

    def count_rows(self) -> int:
        """Count the filtered actions."""
        return count_actions(self.db, self.filter, today=self.today)

    def slice_ids(self, offset: int, limit: int) -> list[int]:
        """Return the ids of one slice in the current sort."""
        return action_ids(
            self.db, self.filter, self.sort_key, self.descending, offset, limit, today=self.today
        )

    def rows_by_ids(self, ids: list[int]) -> list[ActionRow]:
        """Return the actions of the given ids."""
        return actions_by_ids(self.db, ids, today=self.today)

    def action(self, row: int) -> ActionRow | None:
        """Return the action shown in a table row."""
        return self.row_object(row)

    def _text(self, action: ActionRow, column: int) -> str:
        """Return the display text of one cell."""
        texts = {
            TEXT: lambda: one_line(action.text),
            OWNER: lambda: action.owner,
            DUE: lambda: formatting.date(action.due_date) if action.due_date else t("no date"),
            STATUS: lambda: status_text(action),
            MEETING: lambda: formatting.date(action.meeting_date),
            BASISTEAM: lambda: place(action.basisteam, action.body_name),
        }
        return texts[column]()

    def _tooltip(self, action: ActionRow, column: int) -> str:
        """Return the tooltip of a cell: the stored text in full, and why a row is marked."""
        if column == TEXT:
            tip = action.text
            if action.remark:
                tip += "\n" + t("Remark: {remark}").format(remark=action.remark)
        elif column == MEETING:
            tip = t("agreed on {date}, at {item}").format(
                date=formatting.date(action.meeting_date), item=action.item_title
            )
        else:
            tip = self._text(action, column)
        if action.overdue:
            tip += "\n" + t("Overdue: the due date has passed and the action is still open")
        return tip

    def cell(self, row: ActionRow, column: int, role: int) -> Any:
        """Return text, tooltip, and for overdue rows a bold font and a red tint."""
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if row.overdue and role == Qt.ItemDataRole.FontRole:
            return theme.bold()
        if row.overdue and role == Qt.ItemDataRole.BackgroundRole:
            return overdue_brush()
        return None

"""What both register tabs share: filter fields, a count and message line, the lazy table."""

import datetime as dt
from collections.abc import Sequence
from typing import Any

import sqlite_utils
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLayout, QVBoxLayout, QWidget

from driehoek_app.gui.i18n import t
from driehoek_app.gui.meetings.dialogs.common import buddy_label
from driehoek_app.gui.registers.export import export_button, export_with_dialog
from driehoek_app.gui.registers.lazy_model import RegisterModel
from driehoek_app.gui.registers.register_view import RegisterTable


class RegisterTab(QWidget):
    """A register: filters above, the count with the row commands, then the table.

    A subclass sets open_kind and export_kind, makes its model, fields and table, then
    calls _arrange(); it implements current_filter() and count_text().
    """

    open_requested = Signal(int, int, str, int)  # meeting, item, kind, decision or action id
    open_kind = ""  # what the meeting opens at: 'besluit' or 'actie'
    export_kind = ""  # the register core.register_tables exports: 'decisions' or 'actions'
    model: RegisterModel
    table: RegisterTable

    def __init__(self, db: sqlite_utils.Database, parent: QWidget | None) -> None:
        """Keep the database; make the count, message and export controls."""
        super().__init__(parent)
        self.db = db
        self.count = QLabel()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.export_button = export_button(self.export)

    def _arrange(
        self,
        fields: Sequence[tuple[str, QWidget]],
        commands: Sequence[QWidget],
        above: QLayout | None = None,
    ) -> None:
        """Lay out above (if any), the labelled fields, count and commands, then the table."""
        grid = QGridLayout()
        for column, (text, field) in enumerate(fields):
            grid.addWidget(buddy_label(text, field), 0, column)
            grid.addWidget(field, 1, column)
        grid.setColumnStretch(len(fields) - 1, 1)
        row = QHBoxLayout()
        row.addWidget(self.count)
        row.addWidget(self.message, 1)
        for widget in commands:
            row.addWidget(widget)
        row.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        if above is not None:
            layout.addLayout(above)
        layout.addLayout(grid)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)

    def current_filter(self) -> Any:
        """Return the filter the fields describe."""
        raise NotImplementedError

    def count_text(self, count: int) -> str:
        """Return the number of rows in words ('4.463 besluiten')."""
        raise NotImplementedError

    def export_today(self) -> dt.date | None:
        """Return the day the export counts from (None: the real today)."""
        return None

    def show_filtered(self, keep_row: int | None = None) -> None:
        """Show the rows of the filter, keeping the chosen row when it is still shown.

        keep_row selects a row by position instead (after a change to the chosen row).
        """
        chosen = self.model.row_object(self.table.current_row())
        self.model.set_filter(self.current_filter())
        self.count.setText(self.count_text(self.model.rowCount()))
        if keep_row is not None:
            row = min(keep_row, self.model.rowCount() - 1)
        else:
            self.model.row_object(0)  # read the first block, then look for the chosen row there
            row = self.model.row_of_id(chosen.id) if chosen is not None else -1
        self.table.select_row(max(row, 0))

    def open_row(self, row: int) -> None:
        """Ask to open the meeting of a row at its agenda item and decision or action."""
        shown = self.model.row_object(row)
        if shown is not None:
            self.open_requested.emit(shown.meeting_id, shown.item_id, self.open_kind, shown.id)

    def export(self, fmt: str) -> None:
        """Save the rows of the current filter as CSV or XLSX."""
        done = export_with_dialog(
            self, self.db, self.export_kind, self.current_filter(), fmt, self.export_today()
        )
        if done is not None:
            self.message.setText(
                t("{count} saved as {path}").format(
                    count=self.count_text(done.rows), path=str(done.path)
                )
            )

"""What the list panels of a beeld share: the table, a row of buttons, keep the chosen row."""

from collections.abc import Callable, Sequence
from typing import Any

import sqlite_utils
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractButton, QHBoxLayout, QWidget

from driehoek_app.core.ondermijningsbeeld import Beeld
from driehoek_app.gui import dialogs
from driehoek_app.gui.meetings.dialogs import common
from driehoek_app.gui.ondermijning.table import DataTable


def row_id(row: Any) -> Any:
    """Return the id of a core row (how most lists find a row again)."""
    return row.id


class BeeldListPanel(QWidget):
    """One list of the beeld (phenomena, signals, ...); changed is sent after every change.

    A subclass builds self.table, its buttons and layout in _build(), and names the buttons
    that need a chosen row in self.row_buttons.
    """

    changed = Signal()
    table: DataTable

    def __init__(
        self,
        db: sqlite_utils.Database,
        ensure_beeld: Callable[[], Beeld],
        parent: QWidget | None = None,
    ) -> None:
        """Keep the database and the way to make the beeld; build the list and its buttons."""
        super().__init__(parent)
        self.db = db
        self.ensure_beeld = ensure_beeld
        self.beeld: Beeld | None = None
        self.row_buttons: list[QAbstractButton] = []
        self._build()
        self._enable()

    def _build(self) -> None:
        """Build the table, the buttons and the layout of the panel."""
        raise NotImplementedError

    @staticmethod
    def button_row(buttons: Sequence[QWidget], trailing: QWidget | None = None) -> QHBoxLayout:
        """Return the buttons side by side, then room, then trailing (e.g. a count)."""
        row = QHBoxLayout()
        for widget in buttons:
            row.addWidget(widget)
        row.addStretch(1)
        if trailing is not None:
            row.addWidget(trailing)
        return row

    def count_on_change(self, show_count: Callable[..., None]) -> None:
        """Call show_count whenever the rows shown change (filters, sorting, new rows)."""
        proxy = self.table.proxy
        for signal in (proxy.modelReset, proxy.layoutChanged, proxy.rowsInserted,
                       proxy.rowsRemoved):  # fmt: skip
            signal.connect(show_count)

    def chosen_again(self, key: Callable[[Any], Any] = row_id) -> Callable[[Any], bool] | None:
        """Return a test that finds the chosen row after a reload (None: nothing chosen)."""
        current = self.table.current_row()
        if current is None:
            return None
        kept = key(current)
        return lambda row: key(row) == kept

    def applies(self, row: Any) -> bool:
        """Tell whether the row buttons apply to a row (by default: to any chosen row)."""
        return row is not None

    def _enable(self, *_args: object) -> None:
        """Enable the buttons that apply to the chosen row."""
        enabled = self.applies(self.table.current_row())
        for button in self.row_buttons:
            button.setEnabled(enabled)

    def remove_confirmed(
        self, title: str, question: str, accept: str, remove: Callable[[], object]
    ) -> None:
        """Ask the question; on yes call remove (a core call) and tell that the list changed."""
        if not dialogs.confirm(self, title, question, accept):
            return
        if common.ok(common.attempt(self, remove)):
            self.changed.emit()

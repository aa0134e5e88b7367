"""The besluitenregister: every decision, filtered by body, year, theme, label and text."""

import sqlite_utils
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from driehoek_app.core import reference
from driehoek_app.core.registers import DecisionFilter, register_labels
from driehoek_app.gui import formatting
from driehoek_app.gui.i18n import t
from driehoek_app.gui.meetings.dialogs.common import buddy_label, button, combo
from driehoek_app.gui.registers import filters
from driehoek_app.gui.registers.decision_model import (
    BASISTEAM,
    DATE,
    ITEM,
    NUMBER,
    TEXT,
    DecisionTableModel,
)
from driehoek_app.gui.registers.export import export_button, export_with_dialog
from driehoek_app.gui.registers.register_view import RegisterTable

COLUMN_WIDTHS: dict[int, str | int] = {  # a sample of the widest text, or characters
    NUMBER: "HMM-2026-000",
    DATE: "30-12-2026",
    BASISTEAM: "Haarlemmermeer",
    ITEM: 34,
    TEXT: 70,
}


def count_text(count: int) -> str:
    """Return '1 besluit' or '4.463 besluiten'."""
    if count == 1:
        return t("1 decision")
    return t("{count} decisions").format(count=formatting.decimal(count, 0))


class DecisionsRegister(QWidget):
    """Filters above, the lazy table below; Enter opens the meeting at the decision."""

    open_requested = Signal(int, int, str, int)  # meeting, item, kind, decision id

    def __init__(self, db: sqlite_utils.Database, parent: QWidget | None = None) -> None:
        """Build the filters and the table; the rows are counted when the tab is loaded."""
        super().__init__(parent)
        self.db = db
        self.model = DecisionTableModel(db, self)
        self.bodies = filters.body_box(t("Show the decisions of one body"))
        self.years = filters.year_box()
        self.theme = combo(t("IMV theme"))
        self.theme.setToolTip(t("Show the decisions under agenda items with this IMV theme"))
        self.label = combo(t("Label"))
        self.label.setToolTip(t("Show the decisions under agenda items with this label"))
        self.text = filters.text_field(
            t("Search in decisions"), t("Words from the decision text"), self.apply_filter
        )
        for box in (self.bodies, self.years, self.theme, self.label):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            box.currentIndexChanged.connect(self.apply_filter)
        self.table = RegisterTable(
            self.model, t("Besluitenregister"), t("Columns of the besluitenregister"), COLUMN_WIDTHS
        )
        self.table.open_requested.connect(self.open_row)
        self.count = QLabel()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.open_button = button(
            t("Open &meeting"), t("Open meeting"), t("Open the meeting at this decision (Enter)")
        )
        self.open_button.clicked.connect(lambda: self.open_row(self.table.current_row()))
        self.export_button = export_button(self.export)
        self._layout()

    def _layout(self) -> None:
        """Filters in a grid, then the count and buttons, then the table."""
        grid = QGridLayout()
        fields = (
            (t("&Body:"), self.bodies),
            (t("&Year:"), self.years),
            (t("&Theme:"), self.theme),
            (t("&Label:"), self.label),
            (t("&Search:"), self.text),
        )
        for column, (text, field) in enumerate(fields):
            grid.addWidget(buddy_label(text, field), 0, column)
            grid.addWidget(field, 1, column)
        grid.setColumnStretch(len(fields) - 1, 1)
        row = QHBoxLayout()
        row.addWidget(self.count)
        row.addWidget(self.message, 1)
        row.addWidget(self.open_button)
        row.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)

    def load(self) -> None:
        """Read the filter choices and the rows again (other areas may have changed them)."""
        filters.fill_bodies(self.bodies, self.db)
        filters.fill_years(self.years, self.db)
        themes = [(th.code, f"{th.number}. {th.short_title}") for th in reference.themes(self.db)]
        filters.fill_choices(self.theme, t("All themes"), themes)
        labels = [(label, label) for label in register_labels(self.db)]
        filters.fill_choices(self.label, t("All labels"), labels)
        self.apply_filter()

    def current_filter(self) -> DecisionFilter:
        """Return the filter the fields describe."""
        return DecisionFilter(
            body_ids=filters.chosen_bodies(self.bodies),
            year=self.years.currentData(),
            theme=self.theme.currentData(),
            label=self.label.currentData(),
            text=self.text.text(),
        )

    def apply_filter(self) -> None:
        """Show the rows of the filter, keeping the chosen decision when it is still shown."""
        chosen = self.model.decision(self.table.current_row())
        self.model.set_filter(self.current_filter())
        self.count.setText(count_text(self.model.rowCount()))
        self.model.decision(0)  # read the first block, then look for the chosen decision there
        row = self.model.row_of_id(chosen.id) if chosen is not None else -1
        self.table.select_row(row if row >= 0 else 0)
        self.open_button.setEnabled(self.model.rowCount() > 0)

    def open_row(self, row: int) -> None:
        """Ask to open the meeting of a row at its agenda item and decision."""
        decision = self.model.decision(row)
        if decision is not None:
            self.open_requested.emit(decision.meeting_id, decision.item_id, "besluit", decision.id)

    def export(self, fmt: str) -> None:
        """Save the decisions of the current filter as CSV or XLSX."""
        done = export_with_dialog(self, self.db, "decisions", self.current_filter(), fmt)
        if done is not None:
            self.message.setText(
                t("{count} saved as {path}").format(
                    count=count_text(done.rows), path=str(done.path)
                )
            )

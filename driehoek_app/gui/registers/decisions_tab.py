"""The besluitenregister: every decision, filtered by body, year, theme, label and text."""

import sqlite_utils
from PySide6.QtWidgets import QComboBox, QWidget

from driehoek_app.core import reference
from driehoek_app.core.registers import DecisionFilter, register_labels
from driehoek_app.gui import formatting
from driehoek_app.gui.i18n import t
from driehoek_app.gui.meetings.dialogs.common import button, combo
from driehoek_app.gui.registers import filters
from driehoek_app.gui.registers.decision_model import (
    BASISTEAM,
    DATE,
    ITEM,
    NUMBER,
    TEXT,
    DecisionTableModel,
)
from driehoek_app.gui.registers.register_tab import RegisterTab
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


class DecisionsRegister(RegisterTab):
    """Filters above, the lazy table below; Enter opens the meeting at the decision."""

    open_kind = "besluit"
    export_kind = "decisions"
    model: DecisionTableModel

    def __init__(self, db: sqlite_utils.Database, parent: QWidget | None = None) -> None:
        """Build the filters and the table; the rows are counted when the tab is loaded."""
        super().__init__(db, parent)
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
        self.open_button = button(
            t("Open &meeting"), t("Open meeting"), t("Open the meeting at this decision (Enter)")
        )
        self.open_button.clicked.connect(lambda: self.open_row(self.table.current_row()))
        fields = (
            (t("&Body:"), self.bodies),
            (t("&Year:"), self.years),
            (t("&Theme:"), self.theme),
            (t("&Label:"), self.label),
            (t("&Search:"), self.text),
        )
        self._arrange(fields, [self.open_button])

    def count_text(self, count: int) -> str:
        """Return '1 besluit' or '4.463 besluiten'."""
        return count_text(count)

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
        self.show_filtered()
        self.open_button.setEnabled(self.model.rowCount() > 0)

"""The filter bar above a list: choice boxes and a search field that feed the table's proxy."""

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from driehoek_app.gui.i18n import t
from driehoek_app.gui.meetings.dialogs import common
from driehoek_app.gui.ondermijning.table import DataTable

ALL = None
PERIODS = {  # period key -> the months it covers
    "q1": (1, 2, 3),
    "q2": (4, 5, 6),
    "q3": (7, 8, 9),
    "q4": (10, 11, 12),
    "h1": (1, 2, 3, 4, 5, 6),
    "h2": (7, 8, 9, 10, 11, 12),
}


def period_choices() -> dict[str, str]:
    """Return the periods a list can be narrowed to."""
    return {
        "q1": t("1st quarter"),
        "q2": t("2nd quarter"),
        "q3": t("3rd quarter"),
        "q4": t("4th quarter"),
        "h1": t("first half year"),
        "h2": t("second half year"),
    }


def in_period(iso: str | None, period: str) -> bool:
    """Tell whether an ISO date falls in the months of a period key."""
    return bool(iso) and int(iso[5:7]) in PERIODS[period]


class FilterBar(QWidget):
    """A row of labelled filters; each one sets a named filter on the table's proxy."""

    def __init__(self, table: DataTable, parent: QWidget | None = None) -> None:
        """Start with no filters; add them with add_choice and add_search."""
        super().__init__(parent)
        self.table = table
        self.boxes: dict[str, QComboBox] = {}
        self.layout_ = QHBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.search: QLineEdit | None = None

    def add_choice(
        self,
        key: str,
        label: str,
        name: str,
        everything: str,
        choices: dict[Any, str],
        accepts: Callable[[Any, Any], bool],
    ) -> QComboBox:
        """Add a choice box; a chosen value keeps the rows where accepts(row, value) holds."""
        box = common.combo(name)
        box.addItem(everything, ALL)
        for value, text in choices.items():
            box.addItem(text, value)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.layout_.addWidget(common.buddy_label(label, box))
        self.layout_.addWidget(box)
        box.currentIndexChanged.connect(lambda _i: self._apply(key, box, accepts))
        self.boxes[key] = box
        return box

    def set_choices(self, key: str, choices: dict[Any, str]) -> None:
        """Replace the choices of a box (its 'all' choice stays); keep the value if still there."""
        box = self.boxes[key]
        value = box.currentData()
        box.blockSignals(True)
        while box.count() > 1:
            box.removeItem(1)
        for choice, text in choices.items():
            box.addItem(text, choice)
        index = box.findData(value) if value is not ALL else 0
        box.setCurrentIndex(max(index, 0))
        box.blockSignals(False)
        box.currentIndexChanged.emit(box.currentIndex())

    def add_search(self, name: str, placeholder: str, text: Callable[[Any], str]) -> QLineEdit:
        """Add a search field keeping the rows whose text contains what is typed."""
        field = common.search_field(name, placeholder)
        self.layout_.addWidget(field, 1)
        field.textChanged.connect(
            lambda typed: self.table.proxy.set_filter(
                "search", _contains(text, typed.strip().casefold()) if typed.strip() else None
            )
        )
        self.search = field
        return field

    def finish(self) -> None:
        """Push the filters to the left."""
        if self.search is None:
            self.layout_.addStretch(1)

    def _apply(self, key: str, box: QComboBox, accepts: Callable[[Any, Any], bool]) -> None:
        """Apply one box's choice to the table."""
        value = box.currentData()
        self.table.proxy.set_filter(
            key, None if value is ALL else (lambda row, v=value: accepts(row, v))
        )

    def clear(self) -> None:
        """Show every row again."""
        for box in self.boxes.values():
            box.setCurrentIndex(0)
        if self.search is not None:
            self.search.clear()


def _contains(text: Callable[[Any], str], typed: str) -> Callable[[Any], bool]:
    """Return a filter keeping rows whose text contains typed (case ignored)."""
    return lambda row: typed in text(row).casefold()

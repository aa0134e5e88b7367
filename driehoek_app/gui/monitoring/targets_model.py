"""The Veiligheidsagenda targets of one year with their realisations: an editable table model.

The realised figure and its note can be typed in the table; the model hands what was
typed to a store function (which calls core) and never writes anything itself.
"""

import re
from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from driehoek_app.core.monitoring import TargetProgress
from driehoek_app.gui import formatting
from driehoek_app.gui.i18n import t

GOAL, INDICATOR, MEASURE, TARGET, REALISED, PROGRESS, NOTE = range(7)
EDITABLE = frozenset({REALISED, NOTE})
NUMERIC = frozenset({TARGET, REALISED, PROGRESS})
_THOUSANDS = re.compile(r"^\d{1,3}(\.\d{3})+$")
Index = QModelIndex | QPersistentModelIndex
Store = Callable[[TargetProgress, str | None, str], bool]  # row, typed figure (None: same), note


class NumberError(ValueError):
    """The text is not a figure; the message says why in Dutch."""


def parse_number(text: str) -> float | None:
    """Read a figure typed the Dutch way ('58,5', '1.250', '81'); None for an empty text."""
    text = text.strip().replace("\u00a0", "").replace(" ", "")
    if not text:
        return None
    if "," in text:
        text = text.replace(".", "").replace(",", ".")
    elif _THOUSANDS.match(text):
        text = text.replace(".", "")
    elif "." in text:
        raise NumberError(t("use a comma for decimals (for example 58,5)"))
    try:
        value = float(text)
    except ValueError:
        raise NumberError(t("not a number")) from None
    if value < 0:
        raise NumberError(t("a realisation cannot be negative"))
    return value


def target_text(row: TargetProgress) -> str:
    """Return the year's target; after the IMV period the last target and its year."""
    if row.target is not None:
        return formatting.amount(row.target)
    if row.last_target is not None:
        return t("none (last {value} in {year})").format(
            value=formatting.amount(row.last_target), year=row.last_target_year
        )
    return t("none")


def progress_text(row: TargetProgress) -> str:
    """Return realised / target as a percentage, '' when it cannot be computed."""
    if row.progress is None:
        return ""
    return f"{formatting.decimal(100 * row.progress, 0)}%"


def indicator_text(row: TargetProgress) -> str:
    """Return the indicator's wording."""
    return row.key.label


def column_titles(year: int) -> tuple[str, ...]:
    """Return the column titles (the target column names the year)."""
    return (
        t("Goal"),
        t("Indicator"),
        t("Measure"),
        t("Target {year}").format(year=year),
        t("Realised {year}").format(year=year),
        t("Progress"),
        t("Note"),
    )


class TargetsModel(QAbstractTableModel):
    """One row per Noord-Holland target; realised and note are editable."""

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        """Start empty; store(row, figure, note) saves what is typed and returns success."""
        super().__init__(parent)
        self.store = store
        self.rows: list[TargetProgress] = []
        self.year = 0

    def set_rows(self, year: int, rows: list[TargetProgress]) -> None:
        """Show the targets of a year."""
        self.beginResetModel()
        self.year = year
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> TargetProgress | None:
        """Return the target shown in a row."""
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Return the number of targets."""
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Return the seven columns."""
        return 0 if parent.isValid() else len(column_titles(0))

    def _text(self, row: TargetProgress, column: int) -> str:
        """Return the text of one cell."""
        realised = "" if row.realised is None else formatting.amount(row.realised)
        texts = {
            GOAL: row.key.goal_title,
            INDICATOR: indicator_text(row),
            MEASURE: row.key.measure,
            TARGET: target_text(row),
            REALISED: realised,
            PROGRESS: progress_text(row),
            NOTE: row.note,
        }
        return texts[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        """Return the text, edit value, tooltip or alignment of a cell."""
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column in EDITABLE:
                return (
                    t("Type the figure realised in {year} (F2 or double-click)").format(
                        year=self.year
                    )
                    if column == REALISED
                    else t("A note on the realisation")
                )
            if column == TARGET and row.standing:
                return t("A standing target, the same every year")
            return self._text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Make the realised figure and the note editable."""
        flags = super().flags(index)
        if index.isValid() and index.column() in EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Hand a typed realisation or note to the store function."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row = self.rows[index.row()]
        if index.column() == REALISED:
            return self.store(row, str(value), row.note)
        if index.column() == NOTE and str(value) != row.note:
            return self.store(row, None, str(value))
        return False

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        """Return the column titles."""
        titles = column_titles(self.year)
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(titles):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return titles[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

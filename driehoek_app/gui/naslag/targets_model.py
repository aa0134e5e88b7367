"""Table model of the Veiligheidsagenda targets, with the Noord-Holland rows emphasised."""

import math

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont

from driehoek_app.core.reference import NOORD_HOLLAND, Target
from driehoek_app.gui import formatting, theme
from driehoek_app.gui.i18n import t

SORT_ROLE = Qt.ItemDataRole.UserRole
GOAL, INDICATOR, EENHEID, YEAR, VALUE, MEASURE, NOTE = range(7)
NUMERIC_COLUMNS = frozenset({YEAR, VALUE})

Index = QModelIndex | QPersistentModelIndex


def column_titles() -> tuple[str, ...]:
    """Return the Dutch column titles, in column order."""
    return (
        t("Goal"),
        t("Indicator"),
        t("Police unit"),
        t("Year"),
        t("Target value"),
        t("Measure"),
        t("Remark"),
    )


def is_noord_holland(target: Target) -> bool:
    """Tell whether a target row is the share of the unit Noord-Holland."""
    return target.eenheid == NOORD_HOLLAND


class TargetsTableModel(QAbstractTableModel):
    """Read-only model over the core target rows."""

    def __init__(self, targets: list[Target], parent: QObject | None = None) -> None:
        """Hold the target rows in seed order."""
        super().__init__(parent)
        self._targets = targets

    def target(self, row: int) -> Target:
        """Return the target shown in a source row."""
        return self._targets[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Return the number of targets (none under a valid parent: a flat table)."""
        return 0 if parent.isValid() else len(self._targets)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Return the seven columns."""
        return 0 if parent.isValid() else len(column_titles())

    def _text(self, target: Target, column: int) -> str:
        """Return the display text of one cell."""
        texts = {
            GOAL: target.goal_title,
            INDICATOR: target.indicator_label,
            EENHEID: target.eenheid,
            YEAR: "" if target.year is None else str(target.year),
            VALUE: formatting.amount(target.value),
            MEASURE: target.measure,
            NOTE: target.note,
        }
        return texts[column]

    def _sort_key(self, target: Target, column: int):
        """Return a sort key: numbers for year and value, text otherwise."""
        if column == YEAR:
            return -math.inf if target.year is None else float(target.year)
        if column == VALUE:
            return -math.inf if target.value is None else float(target.value)
        return self._text(target, column)

    def _font(self, target: Target) -> QFont | None:
        """Return bold for Noord-Holland, italic for total rows, else the view's font."""
        if is_noord_holland(target):
            return theme.bold()
        if target.is_total:
            font = QFont(theme.bold())
            font.setBold(False)
            font.setItalic(True)
            return font
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        """Return the text, tooltip, emphasis or sort key of one cell."""
        if not index.isValid():
            return None
        target = self._targets[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(target, column)
        if role == SORT_ROLE:
            return self._sort_key(target, column)
        if role == Qt.ItemDataRole.FontRole:
            return self._font(target)
        if role == Qt.ItemDataRole.BackgroundRole and is_noord_holland(target):
            return theme.emphasis_brush()
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC_COLUMNS:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        """Return the column titles."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(column_titles()):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return column_titles()[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in NUMERIC_COLUMNS:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None


class TargetsFilterProxy(QSortFilterProxyModel):
    """Sorts by number where numeric; filters by policy goal and, optionally, Noord-Holland."""

    def __init__(self, parent: QObject | None = None) -> None:
        """Start with every goal and every police unit, in seed order."""
        super().__init__(parent)
        self._goal_code = ""
        self._only_noord_holland = False
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def goal_code(self) -> str:
        """Return the policy goal shown ('' for all goals)."""
        return self._goal_code

    def set_goal_code(self, code: str) -> None:
        """Show only the targets of one policy goal ('' for all goals)."""
        self.beginFilterChange()
        self._goal_code = code
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_only_noord_holland(self, only: bool) -> None:
        """Show only the rows of the unit Noord-Holland, or every unit."""
        self.beginFilterChange()
        self._only_noord_holland = only
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        """Apply the goal and Noord-Holland filters to the source target."""
        target = self.sourceModel().target(source_row)
        if self._goal_code and target.goal_code != self._goal_code:
            return False
        return not (self._only_noord_holland and not is_noord_holland(target))

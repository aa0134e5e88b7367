"""Table model of the Sterkteverdeling: one row per unit, the peildatums side by side."""

import math
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from driehoek_app.core.reference import FormationRow
from driehoek_app.gui import formatting, theme
from driehoek_app.gui.i18n import t

SORT_ROLE = Qt.ItemDataRole.UserRole
FIGURES = ("aspirant", "wijkagent", "overig", "totaal")
EMPHASISED_KINDS = frozenset({"eenheid", "onderdeel", "subtotaal"})
DASH = "-"
ALL_ROWS = ""
BASISTEAMS = "basisteams"
DISTRICT_PREFIX = "district:"

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class FormationLine:
    """One unit of the formation table with its four figures at each peildatum."""

    position: int
    name: str
    kind: str
    district_name: str | None
    basisteam_name: str | None
    figures: tuple[tuple[float | None, ...], ...]
    dashes: tuple[frozenset[str], ...] = ()

    def difference(self) -> float | None:
        """Return totaal at the last peildatum minus totaal at the first (None if unknown)."""
        first, last = self.figures[0][-1], self.figures[-1][-1]
        if first is None or last is None:
            return None
        return round(last - first, 2)


def pair_by_unit(rows: list[FormationRow], peildatums: list[str]) -> list[FormationLine]:
    """Merge the per-peildatum rows of each unit into one line, in table order."""
    by_unit: dict[int, dict[str, FormationRow]] = {}
    for row in rows:
        by_unit.setdefault(row.unit_id, {})[row.peildatum] = row
    lines = []
    for per_date in by_unit.values():
        first = next(iter(per_date.values()))
        figures = tuple(
            tuple(getattr(per_date[d], f) if d in per_date else None for f in FIGURES)
            for d in peildatums
        )
        dashes = tuple(
            frozenset(getattr(per_date[d], "dashes", ()) if d in per_date else ())
            for d in peildatums
        )
        lines.append(
            FormationLine(
                first.position,
                first.name,
                first.kind,
                first.district_name,
                first.basisteam_name,
                figures,
                dashes,
            )
        )
    return sorted(lines, key=lambda line: line.position)


class FormationTableModel(QAbstractTableModel):
    """Read-only model: name, each figure at every peildatum side by side, difference in totaal."""

    def __init__(
        self, lines: list[FormationLine], peildatums: list[str], parent: QObject | None = None
    ) -> None:
        """Hold the formation lines and the peildatums they cover."""
        super().__init__(parent)
        self._lines = lines
        self._peildatums = peildatums

    def line(self, row: int) -> FormationLine:
        """Return the formation line shown in a source row."""
        return self._lines[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Return the number of units (none under a valid parent: this is a flat table)."""
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Return name + four figures per peildatum + the difference column."""
        return 0 if parent.isValid() else 2 + len(FIGURES) * len(self._peildatums)

    def _cell(self, column: int) -> tuple[int, int]:
        """Return (peildatum index, figure index) of a column: each figure at every date."""
        figure_index, date_index = divmod(column - 1, len(self._peildatums))
        return date_index, figure_index

    def _text(self, line: FormationLine, column: int) -> str:
        """Return the display text of a cell: the name, a Dutch number, a dash or nothing."""
        if column == 0:
            return line.name
        value = self._value(line, column)
        if value is None and column < self.columnCount() - 1 and line.dashes:
            date_index, figure_index = self._cell(column)
            if FIGURES[figure_index] in line.dashes[date_index]:
                return DASH  # printed as a dash in the IMV
        return formatting.decimal(value)

    def _value(self, line: FormationLine, column: int) -> float | None:
        """Return the number in a figure or difference column."""
        if column == self.columnCount() - 1:
            return line.difference()
        date_index, figure_index = self._cell(column)
        return line.figures[date_index][figure_index]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        """Return the text, font, alignment or sort key of one cell."""
        if not index.isValid():
            return None
        line = self._lines[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(line, column)
        if role == SORT_ROLE:
            if column == 0:
                return line.name
            value = self._value(line, column)
            return -math.inf if value is None else value
        if role == Qt.ItemDataRole.FontRole and line.kind in EMPHASISED_KINDS:
            return theme.bold()
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        """Return the column titles (with their peildatum) and explanatory tooltips."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._title(section)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(section)
        if role == Qt.ItemDataRole.TextAlignmentRole and section > 0:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def _title(self, section: int) -> str:
        """Return the two-line title of a column."""
        if section == 0:
            return t("Unit")
        if section == self.columnCount() - 1:
            return t("Difference\ntotal")
        date_index, figure_index = self._cell(section)
        return f"{figure_label(FIGURES[figure_index])}\n{self._peildatums[date_index][:4]}"

    def _tooltip(self, section: int) -> str:
        """Return the explanation of a column."""
        if section == 0:
            return t("Part of the police unit Noord-Holland")
        if section == self.columnCount() - 1:
            return t("Total on {last} minus total on {first}, in fte").format(
                first=formatting.date(self._peildatums[0]),
                last=formatting.date(self._peildatums[-1]),
            )
        date_index, _ = self._cell(section)
        return t("Formation on {date}, in fte").format(
            date=formatting.date(self._peildatums[date_index])
        )


def figure_label(figure: str) -> str:
    """Return the Dutch column word for a formation figure."""
    labels = {
        "aspirant": t("Aspirant"),
        "wijkagent": t("Wijkagent"),
        "overig": t("Other"),
        "totaal": t("Total"),
    }
    return labels[figure]


class FormationFilterProxy(QSortFilterProxyModel):
    """Sorts by number (not text) and shows all rows, the basisteams, or one district."""

    def __init__(self, parent: QObject | None = None) -> None:
        """Start unfiltered, in table order."""
        super().__init__(parent)
        self._filter = ALL_ROWS
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def row_filter(self) -> str:
        """Return the current filter key."""
        return self._filter

    def set_row_filter(self, key: str) -> None:
        """Show all rows (''), only basisteams ('basisteams') or one district ('district:X')."""
        self.beginFilterChange()
        self._filter = key
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        """Apply the row filter to the source line."""
        line = self.sourceModel().line(source_row)
        if self._filter == BASISTEAMS:
            return line.basisteam_name is not None
        if self._filter.startswith(DISTRICT_PREFIX):
            return line.district_name == self._filter.removeprefix(DISTRICT_PREFIX)
        return True

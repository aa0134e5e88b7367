"""Table model of the besluitenregister: every decision of every body, read in blocks."""

from typing import Any

import sqlite_utils
from PySide6.QtCore import QObject, Qt

from driehoek_app.core import reference
from driehoek_app.core.registers import (
    DEFAULT_DECISION_SORT,
    DecisionFilter,
    DecisionRow,
    count_decisions,
    decision_ids,
    decisions_by_ids,
)
from driehoek_app.gui import formatting
from driehoek_app.gui.i18n import t
from driehoek_app.gui.registers.lazy_model import Column, RegisterModel

NUMBER, DATE, BASISTEAM, ITEM, TEXT, THEMES = range(6)


def one_line(text: str) -> str:
    """Return a text on one line for a table cell (the tooltip shows it as stored)."""
    return " ".join(text.split())


def place(basisteam: str | None, body_name: str) -> str:
    """Return the basisteam of a row, or the body's name for a body without one."""
    return basisteam or body_name


class DecisionTableModel(RegisterModel):
    """The decisions the filter lets through, sorted in SQLite, newest meeting first."""

    def __init__(self, db: sqlite_utils.Database, parent: QObject | None = None) -> None:
        """Start on every decision, newest first; theme codes are shown by their short title."""
        super().__init__(db, DecisionFilter(), DEFAULT_DECISION_SORT, parent)
        self.theme_titles = {theme.code: theme.short_title for theme in reference.themes(db)}
        self._columns = (
            Column(t("Number"), t("Decision number: body code, year, serial"), "number"),
            Column(t("Date"), t("Date of the meeting"), "date", descending=True),
            Column(t("Basisteam"), t("Basisteam (or body) of the meeting"), "body"),
            Column(t("Agenda item"), t("The agenda item the decision was taken under"), "item"),
            Column(t("Decision"), t("Text of the decision"), "text"),
            Column(t("Themes"), t("IMV themes of the agenda item (not sortable)")),
        )

    def columns(self) -> tuple[Column, ...]:
        """Return the six columns."""
        return self._columns

    def count_rows(self) -> int:
        """Count the filtered decisions."""
        return count_decisions(self.db, self.filter)

    def slice_ids(self, offset: int, limit: int) -> list[int]:
        """Return the ids of one slice in the current sort."""
        return decision_ids(self.db, self.filter, self.sort_key, self.descending, offset, limit)

    def rows_by_ids(self, ids: list[int]) -> list[DecisionRow]:
        """Return the decisions of the given ids."""
        return decisions_by_ids(self.db, ids)

    def decision(self, row: int) -> DecisionRow | None:
        """Return the decision shown in a table row."""
        return self.row_object(row)

    def themes_text(self, decision: DecisionRow) -> str:
        """Return the short titles of a decision's themes, joined by commas."""
        return ", ".join(self.theme_titles.get(code, code) for code in decision.themes)

    def _text(self, decision: DecisionRow, column: int) -> str:
        """Return the display text of one cell."""
        if column == NUMBER:
            return decision.number
        if column == DATE:
            return formatting.date(decision.date)
        if column == BASISTEAM:
            return place(decision.basisteam, decision.body_name)
        if column == ITEM:
            return one_line(decision.item_title)
        if column == TEXT:
            return one_line(decision.text)
        return self.themes_text(decision)

    def cell(self, row: DecisionRow, column: int, role: int) -> Any:
        """Return the text of a cell, and the stored text in full as its tooltip."""
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == TEXT:
                return row.text
            if column == ITEM:
                return t("Item {number}: {title}").format(
                    number=row.item_number, title=row.item_title
                )
            return self._text(row, column)
        return None

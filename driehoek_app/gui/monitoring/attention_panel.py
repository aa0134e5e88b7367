"""Attention per IMV theme for a basisteam or the unit and a year, counted from the meetings."""

import sqlite_utils
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from driehoek_app.core.attention import ThemeAttention, theme_attention, total_attention
from driehoek_app.gui import theme
from driehoek_app.gui.i18n import t
from driehoek_app.gui.ondermijning.table import Column, DataTable


def _bold_total(row: ThemeAttention) -> QFont | None:
    """Return bold for the total row."""
    return theme.bold() if not row.theme_code else None


def _number(title: str, value) -> Column:
    """Return a right-aligned column of counts."""
    return Column(title, lambda r: str(value(r)), sort=value, align_right=True, font=_bold_total)


def attention_columns() -> list[Column]:
    """Return the columns of the attention table."""
    return [
        Column(t("IMV theme"), lambda r: r.theme_title if r.theme_code else t("All agenda items"),
               font=_bold_total),
        _number(t("Meetings"), lambda r: r.meetings),
        _number(t("Agenda items"), lambda r: r.items),
        _number(t("Planned minutes"), lambda r: r.planned_minutes),
        _number(t("Decisions"), lambda r: r.decisions),
        _number(t("Actions open"), lambda r: r.actions_open),
        _number(t("Actions completed"), lambda r: r.actions_done),
        _number(t("Actions dropped"), lambda r: r.actions_dropped),
    ]  # fmt: skip


class AttentionPanel(QWidget):
    """The attention table with a line that says how it is counted."""

    def __init__(self, db: sqlite_utils.Database, parent: QWidget | None = None) -> None:
        """Build the table and the explanation."""
        super().__init__(parent)
        self.db = db
        self.rows: list[ThemeAttention] = []
        self.heading = QLabel()
        self.heading.setFont(theme.bold(self.heading.font()))
        self.heading.setWordWrap(True)
        self.table = DataTable(attention_columns(), t("Attention per IMV theme"),
                               t("Columns of the list"))  # fmt: skip
        self.table.setSortingEnabled(False)
        self.note = QLabel(
            t("Counted from the agenda of every meeting in the year, concept and vastgesteld. An "
              "agenda item with two themes counts for both; the last row counts every item once. "
              "Actions count by their status today.")
        )  # fmt: skip
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)

    def show_scope(self, basisteam: str | None, year: int) -> None:
        """Show the attention of a basisteam (None: the unit) in a year."""
        self.rows = [*theme_attention(self.db, year, basisteam),
                     total_attention(self.db, year, basisteam)]  # fmt: skip
        scope = (
            t("basisteamdriehoek {basisteam}").format(basisteam=basisteam)
            if basisteam
            else t("every meeting of the unit Noord-Holland")
        )
        self.heading.setText(
            t("Attention per IMV theme in {year}: {scope}").format(year=year, scope=scope)
        )
        self.table.set_rows(self.rows)

"""The meetings where the beeld's phenomena, signals and interventions were discussed."""

from dataclasses import dataclass

import sqlite_utils
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from driehoek_app.core.beeld_links import MeetingLink, links_of, unlink
from driehoek_app.core.beeld_phenomena import list_entries
from driehoek_app.core.interventions import list_interventions
from driehoek_app.core.ondermijningsbeeld import Beeld
from driehoek_app.core.signals import list_signals
from driehoek_app.gui import dialogs, formatting
from driehoek_app.gui.i18n import t
from driehoek_app.gui.meetings.dialogs import common
from driehoek_app.gui.ondermijning import link_dialog
from driehoek_app.gui.ondermijning.table import Column, DataTable


@dataclass(frozen=True)
class LinkRow:
    """A link with the words for what is linked (phenomenon, signal or intervention)."""

    link: MeetingLink
    owner_kind_text: str
    owner_text: str


def beeld_links(db: sqlite_utils.Database, beeld: Beeld | None) -> list[LinkRow]:
    """Return every meeting link of a beeld's phenomena, signals and interventions, by date."""
    if beeld is None:
        return []
    owners = [
        ("phenomenon", t("Phenomenon"), [(e.id, e.label) for e in list_entries(db, beeld.id)]),
        ("signal", t("Signal"), [(s.id, s.description) for s in list_signals(db, beeld.id)]),
        ("intervention", t("Intervention"),
         [(i.id, i.description) for i in list_interventions(db, beeld.id)]),
    ]  # fmt: skip
    rows = [
        LinkRow(link, kind_text, text)
        for kind, kind_text, items in owners
        for owner_id, text in items
        for link in links_of(db, kind, owner_id)
    ]
    return sorted(rows, key=lambda r: (r.link.meeting_date, r.link.item_number, r.link.id))


def link_counts(rows: list[LinkRow]) -> dict[int, int]:
    """Return the number of links per phenomenon entry."""
    counts: dict[int, int] = {}
    for row in rows:
        if row.link.owner_kind == "phenomenon":
            counts[row.link.owner_id] = counts.get(row.link.owner_id, 0) + 1
    return counts


def link_columns() -> list[Column]:
    """Return the columns of the list of links."""
    return [
        Column(t("Date"), lambda r: formatting.date(r.link.meeting_date),
               sort=lambda r: r.link.meeting_date),
        Column(t("Meeting"), lambda r: r.link.body_name, max_chars=36),
        Column(t("Discussed under"), lambda r: r.link.description.replace("\n", " "),
               max_chars=60, tooltip=lambda r: r.link.description),
        Column(t("Linked"), lambda r: r.owner_kind_text),
        Column(t("What"), lambda r: r.owner_text.replace("\n", " "), max_chars=60,
               tooltip=lambda r: r.owner_text),
    ]  # fmt: skip


class LinksPanel(QWidget):
    """Lists the meetings that discussed the beeld; opens a meeting at its agenda item."""

    open_item_requested = Signal(int, int)  # meeting id, agenda item id
    changed = Signal()

    def __init__(self, db: sqlite_utils.Database, parent: QWidget | None = None) -> None:
        """Build the list and its buttons."""
        super().__init__(parent)
        self.db = db
        self.table = DataTable(link_columns(), t("Discussed in meetings"), t("Columns of the list"))
        self.table.setToolTip(t("Enter opens the meeting at this agenda item"))
        self.hint = QLabel(
            t("Link phenomena to an agenda item from the meeting screen ('Link phenomena...' "
              "above the item); link to a decision or action here.")
        )  # fmt: skip
        self.hint.setWordWrap(True)
        self.beeld: Beeld | None = None
        self.add = common.button(
            t("&Link to a decision or action..."), t("Link to a decision or action"),
            t("Link a phenomenon, signal or intervention to a decision or action of the driehoek"),
        )  # fmt: skip
        self.open = common.button(t("Open &meeting"), t("Open meeting at this agenda item"))
        self.remove = common.button(t("Remove &link"), t("Remove link"))
        buttons = QHBoxLayout()
        for button in (self.add, self.open, self.remove):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        self.table.activated.connect(self.open_current)
        self.table.selectionModel().currentRowChanged.connect(self._enable)
        self.add.clicked.connect(self.add_link)
        self.open.clicked.connect(self.open_current)
        self.remove.clicked.connect(self.remove_current)
        self._enable()

    def show_links(self, beeld: Beeld | None, rows: list[LinkRow]) -> None:
        """Show the links of the beeld."""
        self.beeld = beeld
        current = self.table.current_row()
        keep = current.link.id if current else None
        self.table.set_rows(rows, (lambda r: r.link.id == keep) if keep else None)
        self._enable()

    def _enable(self, *_args: object) -> None:
        """Enable the buttons that apply to the chosen link."""
        chosen = self.table.current_row() is not None
        self.add.setEnabled(self.beeld is not None)
        self.open.setEnabled(chosen)
        self.remove.setEnabled(chosen)

    def add_link(self) -> None:
        """Link something of the beeld to a decision or action of a meeting."""
        if self.beeld is not None and link_dialog.link_to_meeting(self, self.db, self.beeld):
            self.changed.emit()

    def open_current(self) -> None:
        """Ask the main window to open the meeting at the linked agenda item."""
        row = self.table.current_row()
        if row is not None:
            self.open_item_requested.emit(row.link.meeting_id, row.link.item_id)

    def remove_current(self) -> None:
        """Remove the chosen link (the meeting and the beeld entry stay) after confirmation."""
        row = self.table.current_row()
        if row is None:
            return
        question = t("Remove the link between {what} and the meeting of {date}?").format(
            what=row.owner_text, date=formatting.date(row.link.meeting_date)
        )
        if not dialogs.confirm(self, t("Remove link"), question, t("Remove &link")):
            return
        if common.ok(common.attempt(self, lambda: unlink(self.db, row.link.id))):
            self.changed.emit()

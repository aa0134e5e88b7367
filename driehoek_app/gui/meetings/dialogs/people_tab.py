"""The 'people' tab: everyone entered once, searchable; add, change and remove people."""

import sqlite_utils
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from driehoek_app.core.people import delete_person, list_people
from driehoek_app.gui import dialogs
from driehoek_app.gui.i18n import t
from driehoek_app.gui.meetings.dialogs import common, person_dialog
from driehoek_app.gui.meetings.dialogs.rows_model import RowsModel, RowsTable


class PeopleTab(QWidget):
    """Lists the people with a search field; emits changed after every change."""

    changed = Signal()

    def __init__(self, db: sqlite_utils.Database, parent: QWidget | None = None) -> None:
        """Build the search field, the table and the buttons."""
        super().__init__(parent)
        self.db = db
        self.search = common.search_field(t("Search people"), t("Search by name or organisation"))
        self.table = RowsTable(
            RowsModel(person_dialog.people_columns()), t("People"), t("Columns of the list")
        )
        self.add = common.button(t("&New person..."), t("New person"))
        self.edit = common.button(t("&Edit..."), t("Edit person"))
        self.remove = common.button(t("&Remove"), t("Remove person"))
        buttons = QHBoxLayout()
        for widget in (self.add, self.edit, self.remove):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(common.buddy_label(t("&Search:"), self.search))
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.search.textChanged.connect(self.refresh)
        self.table.activated.connect(self._edit)
        self.add.clicked.connect(self._add)
        self.edit.clicked.connect(self._edit)
        self.remove.clicked.connect(self._remove)
        self.refresh()

    def refresh(self, keep_id: int | None = None) -> None:
        """Show the people matching the search; keep keep_id (or the current one) selected."""
        current = self.table.current_row()
        keep_id = keep_id if keep_id is not None else (current.id if current else None)
        self.table.rows_model().set_rows(list_people(self.db, self.search.text()))
        self.table.fit_columns()
        if keep_id is None or not self.table.select_where(lambda p: p.id == keep_id):
            self.table.select_row(0)
        has_rows = self.table.model().rowCount() > 0
        self.edit.setEnabled(has_rows)
        self.remove.setEnabled(has_rows)

    def _add(self) -> None:
        """Enter a new person and show them in the list."""
        person_id = person_dialog.edit_person(self, self.db, None)
        if person_id is None:
            return
        self.search.clear()
        self.refresh(person_id)
        self.changed.emit()

    def _edit(self) -> None:
        """Change the current person."""
        person = self.table.current_row()
        if person is None:
            return
        if person_dialog.edit_person(self, self.db, person.id) is not None:
            self.refresh(person.id)
            self.changed.emit()

    def _remove(self) -> None:
        """Remove the current person after confirmation (refused while they are in use)."""
        person = self.table.current_row()
        if person is None:
            return
        question = t("Remove {name} from the list of people?").format(name=person.name)
        if not dialogs.confirm(self, t("Remove person"), question, t("&Remove")):
            return
        if common.ok(common.attempt(self, lambda: delete_person(self.db, person.id))):
            self.refresh()
            self.changed.emit()

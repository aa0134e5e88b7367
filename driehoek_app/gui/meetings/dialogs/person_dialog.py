"""Enter a person once (name, role, organisation, e-mail) and pick people from a searchable list."""

from collections.abc import Collection

import sqlite_utils
from PySide6.QtWidgets import QDialog, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from driehoek_app.core.people import create_person, get_person, list_people, update_person
from driehoek_app.gui import dialogs
from driehoek_app.gui.i18n import t
from driehoek_app.gui.meetings.dialogs import common
from driehoek_app.gui.meetings.dialogs.labels import label, role_labels
from driehoek_app.gui.meetings.dialogs.rows_model import Column, RowsModel, RowsTable


def people_columns() -> list[Column]:
    """Return the columns of a list of people."""
    roles = role_labels()
    return [
        Column(t("Name"), lambda p: p.name),
        Column(t("Role"), lambda p: label(roles, p.role)),
        Column(t("Organisation"), lambda p: p.organisation),
        Column(t("E-mail"), lambda p: p.email),
    ]


class PersonDialog(QDialog):
    """Adds a person (person_id None) or changes one; nothing beyond the four fields (AVG)."""

    def __init__(
        self,
        db: sqlite_utils.Database,
        person_id: int | None = None,
        parent: QWidget | None = None,
        *,
        role: str = "gast",
        name: str = "",
    ) -> None:
        """Build the form, filled with the person's data or with the given role and name."""
        super().__init__(parent)
        self.db = db
        self.person_id = person_id
        self.setWindowTitle(t("New person") if person_id is None else t("Edit person"))
        common.set_width(self, 60)
        self.name = QLineEdit(name)
        self.name.setAccessibleName(t("Name"))
        self.name.setPlaceholderText(t("for example A. de Vries"))
        self.role = common.combo(t("Role"), role_labels())
        self.organisation = QLineEdit()
        self.organisation.setAccessibleName(t("Organisation"))
        self.organisation.setPlaceholderText(t("for example Gemeente Haarlem"))
        self.email = QLineEdit()
        self.email.setAccessibleName(t("E-mail address"))
        common.select_data(self.role, role)
        if person_id is not None:
            person = get_person(db, person_id)
            self.name.setText(person.name)
            common.select_data(self.role, person.role)
            self.organisation.setText(person.organisation)
            self.email.setText(person.email)
        form = QFormLayout()
        form.addRow(common.buddy_label(t("&Name:"), self.name), self.name)
        form.addRow(common.buddy_label(t("&Role:"), self.role), self.role)
        form.addRow(common.buddy_label(t("&Organisation:"), self.organisation), self.organisation)
        form.addRow(common.buddy_label(t("&E-mail address:"), self.email), self.email)
        self.buttons = common.dialog_buttons(self, t("&Save"), t("Save"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.name.setFocus()

    def accept(self) -> None:
        """Store the person through core; stay open with a Dutch message on a problem."""
        fields = {
            "name": self.name.text().strip(),
            "role": self.role.currentData(),
            "organisation": self.organisation.text().strip(),
            "email": self.email.text().strip(),
        }
        if not fields["name"]:
            dialogs.show_error(self, t("Fill in the name of the person."))
            self.name.setFocus()
            return
        if self.person_id is None:
            person = common.attempt(self, lambda: create_person(self.db, **fields))
        else:
            person = common.attempt(self, lambda: update_person(self.db, self.person_id, **fields))
        if not common.ok(person):
            return
        self.person_id = person.id
        super().accept()


class PersonPickerDialog(QDialog):
    """A searchable list of everyone entered, with a button to enter someone new."""

    def __init__(
        self,
        db: sqlite_utils.Database,
        title: str,
        exclude: Collection[int] = (),
        parent: QWidget | None = None,
        *,
        new_role: str = "gast",
    ) -> None:
        """Build the search field and the list; people in exclude are not offered."""
        super().__init__(parent)
        self.db = db
        self.exclude = set(exclude)
        self.new_role = new_role
        self.person_id: int | None = None
        self.setWindowTitle(title)
        self.search = common.search_field(t("Search people"), t("Search by name or organisation"))
        self.table = RowsTable(RowsModel(people_columns()), t("People"), t("Columns of the list"))
        common.set_width(self, 110)
        self.new_person = common.button(t("&New person..."), t("New person"))
        self.buttons = common.dialog_buttons(self, t("&Choose"), t("Choose"))
        self.buttons.addButton(self.new_person, self.buttons.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(common.buddy_label(t("&Search:"), self.search))
        layout.addWidget(self.search)
        layout.addWidget(self.table)
        layout.addWidget(self.buttons)
        self.search.textChanged.connect(self.refresh)
        self.table.activated.connect(self.accept)
        self.new_person.clicked.connect(self._new_person)
        self.refresh()
        self.search.setFocus()

    def refresh(self) -> None:
        """Show the people that match the search text; the first one is current."""
        people = [p for p in list_people(self.db, self.search.text()) if p.id not in self.exclude]
        self.table.rows_model().set_rows(people)
        self.table.fit_columns()
        self.table.select_row(0)
        common.ok_button(self.buttons).setEnabled(bool(people))

    def _new_person(self) -> None:
        """Enter a new person (the search text as name) and choose them."""
        person_id = edit_person(self, self.db, None, role=self.new_role, name=self.search.text())
        if person_id is not None:
            self.person_id = person_id
            super().accept()

    def accept(self) -> None:
        """Choose the current person of the list."""
        person = self.table.current_row()
        if person is None:
            return
        self.person_id = person.id
        super().accept()


def edit_person(
    parent: QWidget | None,
    db: sqlite_utils.Database,
    person_id: int | None,
    *,
    role: str = "gast",
    name: str = "",
) -> int | None:
    """Enter a new person or change one; return their id, or None when cancelled."""
    dialog = PersonDialog(db, person_id, parent, role=role, name=name)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.person_id


def pick_person(
    parent: QWidget | None,
    db: sqlite_utils.Database,
    title: str,
    exclude: Collection[int] = (),
    *,
    new_role: str = "gast",
) -> int | None:
    """Let the user pick someone (or enter someone new); return the id, or None."""
    dialog = PersonPickerDialog(db, title, exclude, parent, new_role=new_role)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.person_id

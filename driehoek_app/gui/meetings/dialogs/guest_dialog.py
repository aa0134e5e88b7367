"""Put someone on a meeting's attendance list: pick (or enter) the person and their role there."""

from collections.abc import Collection

import sqlite_utils
from PySide6.QtWidgets import QDialog, QFormLayout, QWidget

from driehoek_app.core.people import get_person
from driehoek_app.gui.i18n import t
from driehoek_app.gui.meetings.dialogs import common, person_dialog
from driehoek_app.gui.meetings.dialogs.labels import role_labels
from driehoek_app.gui.meetings.dialogs.person_dialog import PersonPickerDialog


class GuestDialog(PersonPickerDialog):
    """The people list with a role choice; the role follows the chosen person until changed."""

    def __init__(
        self,
        db: sqlite_utils.Database,
        title: str,
        exclude: Collection[int] = (),
        parent: QWidget | None = None,
    ) -> None:
        """Build the picker with the role field under the list."""
        self.role_value: str | None = None
        super().__init__(db, title, exclude, parent)
        self.role = common.combo(t("Role in this meeting"), role_labels())
        self.role.setToolTip(
            t("Printed after the name in the verslag, for example 'A. de Vries, burgemeester'")
        )
        form = QFormLayout()
        form.addRow(common.buddy_label(t("R&ole in this meeting:"), self.role), self.role)
        self.layout().insertLayout(self.layout().indexOf(self.buttons), form)
        self.table.selectionModel().currentRowChanged.connect(self._follow_person)
        self._follow_person()

    def _follow_person(self) -> None:
        """Propose the role the chosen person has (a burgemeester stays burgemeester)."""
        person = self.table.current_row()
        if person is not None:
            common.select_data(self.role, person.role)

    def _new_person(self) -> None:
        """Enter a new person with the chosen role as their role, and choose them."""
        person_id = person_dialog.edit_person(
            self, self.db, None, role=self.role.currentData(), name=self.search.text()
        )
        if person_id is None:
            return
        self.person_id = person_id
        self.role_value = get_person(self.db, person_id).role
        QDialog.accept(self)

    def accept(self) -> None:
        """Choose the current person with the chosen role."""
        self.role_value = self.role.currentData()
        super().accept()


def pick_attendee(
    parent: QWidget | None,
    db: sqlite_utils.Database,
    title: str,
    exclude: Collection[int] = (),
) -> tuple[int, str] | None:
    """Let the user pick someone and their role; return (person id, role), or None."""
    dialog = GuestDialog(db, title, exclude, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.person_id is None:
        return None
    return dialog.person_id, dialog.role_value or dialog.role.currentData()

"""Add a body that is not a basisteamdriehoek: a district meeting, the RBOP or another meeting."""

import sqlite_utils
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from driehoek_app.core.bodies import create_body
from driehoek_app.gui import dialogs
from driehoek_app.gui.i18n import t
from driehoek_app.gui.meetings.dialogs import common
from driehoek_app.gui.meetings.dialogs.labels import body_kind_labels

CODE_PATTERN = r"[A-Za-z][A-Za-z0-9]{0,7}"


def code_field() -> QLineEdit:
    """Return a field for a body code: up to 8 letters or digits, shown in capitals."""
    field = QLineEdit()
    field.setAccessibleName(t("Code"))
    field.setValidator(QRegularExpressionValidator(CODE_PATTERN))
    field.setMaxLength(8)
    field.textEdited.connect(lambda text: field.setText(text.upper()))
    return field


def split_gemeenten(text: str) -> list[str]:
    """Return the gemeenten typed as 'Haarlem, Zandvoort' as a list (empty names dropped)."""
    return [name.strip() for name in text.split(",") if name.strip()]


class NewBodyDialog(QDialog):
    """Asks for name, code, kind and gemeenten of a new body and creates it on OK."""

    def __init__(self, db: sqlite_utils.Database, parent: QWidget | None = None) -> None:
        """Build the form; the kind defaults to district meeting."""
        super().__init__(parent)
        self.db = db
        self.body_id: int | None = None
        self.setWindowTitle(t("New body"))
        common.set_width(self, 75)
        self.name = QLineEdit()
        self.name.setAccessibleName(t("Name of the body"))
        self.name.setPlaceholderText(t("for example Districtsoverleg Kennemerland"))
        self.code = code_field()
        self.code.setPlaceholderText(t("for example DKL"))
        kinds = {k: v for k, v in body_kind_labels().items() if k != "basisteamdriehoek"}
        self.kind = common.combo(t("Kind of body"), kinds)
        self.gemeenten = QLineEdit()
        self.gemeenten.setAccessibleName(t("Gemeenten"))
        self.gemeenten.setPlaceholderText(t("separated by commas: Haarlem, Zandvoort"))
        explanation = QLabel(
            t(
                "The code is used in decision numbers (for example DKL-2026-001) and cannot change "
                "once a decision has been numbered."
            )
        )
        explanation.setWordWrap(True)
        form = QFormLayout()
        form.addRow(common.buddy_label(t("&Name:"), self.name), self.name)
        form.addRow(common.buddy_label(t("C&ode:"), self.code), self.code)
        form.addRow("", explanation)
        form.addRow(common.buddy_label(t("&Kind:"), self.kind), self.kind)
        form.addRow(common.buddy_label(t("&Gemeenten:"), self.gemeenten), self.gemeenten)
        self.buttons = common.dialog_buttons(self, t("&Add body"), t("Add body"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.name.setFocus()

    def accept(self) -> None:
        """Create the body through core; stay open with a Dutch message on a problem."""
        name, code = self.name.text().strip(), self.code.text().strip()
        if not name:
            dialogs.show_error(self, t("Fill in the name of the body."))
            self.name.setFocus()
            return
        if not code:
            dialogs.show_error(self, t("Fill in a short code for the body, for example DKL."))
            self.code.setFocus()
            return
        body = common.attempt(
            self,
            lambda: create_body(
                self.db, name, code, self.kind.currentData(), split_gemeenten(self.gemeenten.text())
            ),
        )
        if not common.ok(body):
            return
        self.body_id = body.id
        super().accept()


def ask_new_body(parent: QWidget | None, db: sqlite_utils.Database) -> int | None:
    """Ask for a new body; return its id, or None when cancelled."""
    dialog = NewBodyDialog(db, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.body_id

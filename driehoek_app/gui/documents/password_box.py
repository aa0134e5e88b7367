"""The optional password of the verslag PDF: a tick box, the password typed twice, a warning."""

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from driehoek_app.core.errors import DriehoekError
from driehoek_app.core.pdf.encryption import check_password
from driehoek_app.gui.i18n import t


def _password_field(name: str) -> QLineEdit:
    """Return a field that shows dots instead of the typed password."""
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    return field


class PasswordBox(QWidget):
    """Asks whether the saved PDF gets a password (AES-256) and which one; stores nothing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """Build the tick box and the two password fields (usable once ticked)."""
        super().__init__(parent)
        self.protect = QCheckBox(t("Protect with a &password (AES-256)"))
        self.protect.setAccessibleName(t("Protect the PDF with a password"))
        self.protect.setToolTip(
            t("The saved PDF opens only with this password; the preview and print are not affected")
        )
        self.password = _password_field(t("Password"))
        self.repeat = _password_field(t("Repeat the password"))
        self.note = QLabel(
            t(
                "The password is not kept anywhere. Give it to the readers by another way "
                "than the file (for example by phone)."
            )
        )
        self.note.setWordWrap(True)
        password_label = QLabel(t("Pass&word:"))
        password_label.setBuddy(self.password)
        repeat_label = QLabel(t("&Repeat:"))
        repeat_label.setBuddy(self.repeat)
        self.fields = QWidget()
        form = QFormLayout(self.fields)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(password_label, self.password)
        form.addRow(repeat_label, self.repeat)
        form.addRow(self.note)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.protect)
        layout.addWidget(self.fields)
        self.protect.toggled.connect(self._show_fields)
        self._show_fields(False)

    def _show_fields(self, checked: bool) -> None:
        """Show the password fields only when the PDF is to be protected."""
        self.fields.setVisible(checked)
        if checked:
            self.password.setFocus()

    def chosen_password(self) -> str | None:
        """Return the password to protect with, or None; raise DriehoekError when unusable."""
        if not self.protect.isChecked():
            return None
        password = self.password.text()
        if password != self.repeat.text():
            raise DriehoekError(
                t("The two passwords are not the same; type the password twice the same way.")
            )
        return check_password(password)

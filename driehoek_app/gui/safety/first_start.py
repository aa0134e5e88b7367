"""The first start: a new database, encrypted with a passphrase (recommended) or not."""

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from driehoek_app.core import sqlite_driver
from driehoek_app.gui.i18n import t
from driehoek_app.gui.safety.fit import grow_to_fit
from driehoek_app.gui.safety.passphrase_fields import PassphraseFields
from driehoek_app.gui.theme import bold

DIALOG_CHARS = 80


class FirstStartDialog(QDialog):
    """Asks how the new database is protected; `passphrase()` is None for no encryption."""

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        """Explain, offer the two choices and the passphrase fields."""
        super().__init__(parent)
        self.setWindowTitle(t("New database"))
        intro = QLabel(
            t(
                "There is no database at {path} yet; driehoek_app creates it now. The minutes "
                "of the driehoek are confidential: encrypt the database, so that a lost or "
                "stolen laptop gives nothing away."
            ).format(path=Path(db_path))
        )
        intro.setWordWrap(True)
        self.encrypt = QRadioButton(t("&Encrypt with a passphrase (recommended)"))
        self.encrypt.setAccessibleName(t("Encrypt with a passphrase (recommended)"))
        self.fields = PassphraseFields()
        self.note = QLabel(
            t(
                "Choose a passphrase of four or more unusual words. Afterwards you get a "
                "recovery key, once, to keep on paper."
            )
        )
        self.note.setWordWrap(True)
        self.plain = QRadioButton(t("Do &not encrypt"))
        self.plain.setAccessibleName(t("Do not encrypt"))
        self.warning = QLabel(
            t(
                "Warning: without encryption anyone who gets hold of the laptop or a backup "
                "can read the minutes. You can encrypt the database later with File > "
                "Encrypt database."
            )
        )
        self.warning.setWordWrap(True)
        self.warning.setFont(bold(self.warning.font()))
        buttons = QDialogButtonBox(self)  # a parent: the Create button stays the default
        self.create_button = buttons.addButton(
            t("&Create database"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.create_button.setAccessibleName(t("Create database"))
        quit_button = buttons.addButton(t("&Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        quit_button.setAccessibleName(t("Quit"))
        quit_button.setAutoDefault(False)  # Enter in a field never quits
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.encrypt)
        layout.addWidget(self.note)
        layout.addWidget(self.fields)
        layout.addWidget(self.plain)
        layout.addWidget(self.warning)
        layout.addWidget(buttons)
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetMinimumSize)  # never clipped
        intro.setMinimumWidth(self.fontMetrics().averageCharWidth() * DIALOG_CHARS)
        if sqlite_driver.HAS_SQLCIPHER:
            self.encrypt.setChecked(True)
        else:
            self.encrypt.setEnabled(False)
            self.plain.setChecked(True)
            self.note.setText(
                t("Encryption is not available: the component sqlcipher3 is not installed.")
            )
        self.encrypt.toggled.connect(self._update)
        self.fields.changed.connect(self._update)
        self._update()
        self.fields.passphrase.setFocus()

    def _update(self) -> None:
        """Enable the fields and the Create button as the choice and the typing allow."""
        encrypting = self.encrypt.isChecked()
        self.fields.setEnabled(encrypting)
        self.warning.setVisible(not encrypting)
        ready = not encrypting or self.fields.ready()
        self.create_button.setEnabled(ready)
        if ready:
            self.create_button.setDefault(True)
        grow_to_fit(self)

    def passphrase(self) -> str | None:
        """Return the chosen passphrase, or None when the database is not to be encrypted."""
        return self.fields.value() if self.encrypt.isChecked() else None


def ask_first_start(parent: QWidget | None, db_path: Path) -> tuple[bool, str | None]:
    """Ask how to create the database; return (go on, passphrase or None for plain)."""
    dialog = FirstStartDialog(db_path, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False, None
    return True, dialog.passphrase()

"""Passphrase management: encrypt a plain database, change the passphrase, a new recovery key."""

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from driehoek_app.core import encryption
from driehoek_app.gui.i18n import t
from driehoek_app.gui.safety.fit import grow_to_fit
from driehoek_app.gui.safety.passphrase_fields import PassphraseFields, secret_field
from driehoek_app.gui.safety.worker import failure_text, run_task

DIALOG_CHARS = 70


class _SecretDialog(QDialog):
    """A dialog with an explanation, optional fields, an error line, a busy bar and buttons."""

    def __init__(self, title: str, text: str, accept_text: str, accept_name: str, parent):
        """Build the common parts; subclasses add their fields with add_field()."""
        super().__init__(parent)
        self.setWindowTitle(title)
        self.result_value: Any = None
        self.task = None
        intro = QLabel(text)
        intro.setWordWrap(True)
        self.form = QFormLayout()
        self.error = QLabel("")
        self.error.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(t("Busy"))
        self.busy.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.accept_button = self.buttons.addButton(
            accept_text, QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.accept_button.setAccessibleName(accept_name)
        self.accept_button.setDefault(True)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(cancel.text().replace("&", ""))
        cancel.setAutoDefault(False)  # Enter never cancels
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        self.column = QVBoxLayout(self)
        self.column.addWidget(intro)
        self.column.addLayout(self.form)
        self.column.addWidget(self.error)
        self.column.addWidget(self.busy)
        self.column.addWidget(self.buttons)
        self.column.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # never clipped
        intro.setMinimumWidth(self.fontMetrics().averageCharWidth() * DIALOG_CHARS)

    def current_field(self, form: QFormLayout | None = None) -> None:
        """Add the field for the current passphrase or the recovery key (first row of form)."""
        self.current = secret_field(t("Current passphrase or recovery key"))
        label = QLabel(t("C&urrent passphrase or recovery key:"))
        label.setBuddy(self.current)
        (form or self.form).insertRow(0, label, self.current)
        self.current.textChanged.connect(self.update_buttons)

    def update_buttons(self) -> None:
        """Enable the accepting button when the fields are complete (subclasses decide)."""
        ready = self.task is None and self.complete()
        self.accept_button.setEnabled(ready)
        if ready:
            self.accept_button.setDefault(True)  # Enter in a field starts the work
        grow_to_fit(self)

    def complete(self) -> bool:
        """Return True when everything needed has been typed."""
        return True

    def work(self) -> Callable[[], Any]:
        """Return the slow work to run on a worker thread (subclasses)."""
        raise NotImplementedError

    def start(self) -> None:
        """Run the work; on success the dialog closes with its result."""
        if not self.accept_button.isEnabled():
            return
        self.error.setText("")
        self.busy.show()
        self.setEnabled(False)
        self.task = run_task(self.work(), self._succeeded, self._failed)

    def _succeeded(self, value: Any) -> None:
        """Keep the result and close."""
        self.task = None
        self.result_value = value
        self.setEnabled(True)
        self.busy.hide()
        self.accept()

    def _failed(self, error: BaseException) -> None:
        """Show why it did not work; the fields stay for another try."""
        self.task = None
        self.setEnabled(True)
        self.busy.hide()
        self.error.setText(failure_text(error))
        self.update_buttons()
        grow_to_fit(self)

    def reject(self) -> None:
        """Cancel, but not while the work runs."""
        if self.task is None:
            super().reject()


class EncryptDialog(_SecretDialog):
    """Asks the passphrase for converting the plain database (the window does the work)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """Explain what happens and ask the new passphrase twice."""
        super().__init__(
            t("Encrypt database"),
            t(
                "The database and all its backups are encrypted with a passphrase; a backup is "
                "made first. This takes a few seconds, during which the window is locked. "
                "Afterwards you get a recovery key, once, to keep on paper. Exports and PDFs "
                "made earlier stay unencrypted."
            ),
            t("&Encrypt"),
            t("Encrypt"),
            parent,
        )
        self.fields = PassphraseFields()
        self.form.addRow(self.fields)
        self.fields.changed.connect(self.update_buttons)
        self.update_buttons()

    def complete(self) -> bool:
        """Return True when the new passphrase is acceptable and repeated."""
        return self.fields.ready()

    def start(self) -> None:
        """No work here: the window closes the database and converts it."""
        if self.accept_button.isEnabled():
            self.result_value = self.fields.value()
            self.accept()


class ChangePassphraseDialog(_SecretDialog):
    """The current passphrase (or recovery key) and a new one; the change is instant."""

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        """Ask the current secret and the new passphrase twice."""
        super().__init__(
            t("Change passphrase"),
            t(
                "The new passphrase opens the database and all its backups. The recovery key "
                "stays valid."
            ),
            t("C&hange"),
            t("Change passphrase"),
            parent,
        )
        self.db_path = Path(db_path)
        self.fields = PassphraseFields()
        self.form.addRow(self.fields)
        self.current_field(self.fields.form)
        self.fields.changed.connect(self.update_buttons)
        self.update_buttons()

    def complete(self) -> bool:
        """Return True when the current secret is typed and the new one is ready."""
        return bool(self.current.text()) and self.fields.ready()

    def work(self) -> Callable[[], Any]:
        """Rewrap the database key under the new passphrase."""
        path, old, new = self.db_path, self.current.text(), self.fields.value()
        return lambda: encryption.change_passphrase(path, old, new)


class NewRecoveryKeyDialog(_SecretDialog):
    """The current passphrase (or recovery key); `result_value` is the new recovery key."""

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        """Ask the current secret."""
        super().__init__(
            t("New recovery key"),
            t(
                "A new recovery key replaces the old one: the old key stops working. The new "
                "key is shown once, to keep on paper."
            ),
            t("&Make a new recovery key"),
            t("Make a new recovery key"),
            parent,
        )
        self.db_path = Path(db_path)
        self.current_field()
        self.update_buttons()

    def complete(self) -> bool:
        """Return True when the current secret is typed."""
        return bool(self.current.text())

    def work(self) -> Callable[[], Any]:
        """Replace the recovery slot of the key file."""
        path, secret = self.db_path, self.current.text()
        return lambda: encryption.new_recovery_key(path, secret)


def ask_encrypt_passphrase(parent: QWidget | None) -> str | None:
    """Ask the passphrase for encrypting the database; None when cancelled."""
    dialog = EncryptDialog(parent)
    return dialog.result_value if dialog.exec() == QDialog.DialogCode.Accepted else None


def change_passphrase_dialog(parent: QWidget | None, db_path: Path) -> bool:
    """Let the user change the passphrase; True when it was changed."""
    return ChangePassphraseDialog(db_path, parent).exec() == QDialog.DialogCode.Accepted


def new_recovery_key_dialog(parent: QWidget | None, db_path: Path) -> str | None:
    """Make a new recovery key after the current secret; return it, or None when cancelled."""
    dialog = NewRecoveryKeyDialog(db_path, parent)
    return dialog.result_value if dialog.exec() == QDialog.DialogCode.Accepted else None

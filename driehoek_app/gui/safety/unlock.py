"""The unlock screen: at start and after locking, the passphrase (or recovery key) opens the db.

Opening an encrypted database derives its key (about 0.15 s) and checks the file; that runs
on a worker thread while a busy bar moves. A wrong passphrase gives one Dutch sentence and
the field is ready for another try; any other refusal (a damaged file, ...) goes to the
caller through `open_failed`, with the secret that was typed, for a restore.
"""

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from driehoek_app.core.db import open_database
from driehoek_app.core.storage_errors import (
    DatabaseOpenError,
    PassphraseRequiredError,
    WrongPassphraseError,
)
from driehoek_app.gui.i18n import t
from driehoek_app.gui.safety.fit import grow_to_fit
from driehoek_app.gui.safety.passphrase_fields import secret_field
from driehoek_app.gui.safety.worker import failure_text, run_task
from driehoek_app.gui.theme import bold, scaled

PANEL_CHARS = 60
TITLE_SCALE = 1.4


class UnlockScreen(QWidget):
    """Title, explanation, passphrase field, Ontgrendelen and Afsluiten, centred."""

    unlocked = Signal(object)  # the opened database
    open_failed = Signal(object, str)  # a DatabaseOpenError and the secret that was typed
    quit_requested = Signal()

    def __init__(
        self, db_path: Path, encrypted: bool, *, locked: bool, parent: QWidget | None = None
    ) -> None:
        """Build the screen for the database at db_path (locked: after Vergrendelen)."""
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.encrypted = encrypted
        self.busy_task = None
        self._typed = ""
        self.title = QLabel(t("driehoek_app is locked") if locked else t("Unlock the database"))
        self.title.setFont(scaled(bold(self.font()), TITLE_SCALE))
        if encrypted:
            text = t(
                "The database {name} is encrypted. Type the passphrase or the recovery key."
            ).format(name=self.db_path.name)
        else:
            text = t(
                "The window is locked to screen the minutes off. The database {name} is not "
                "encrypted."
            ).format(name=self.db_path.name)
        self.explanation = QLabel(text)
        self.explanation.setWordWrap(True)
        self.secret = secret_field(t("Passphrase or recovery key"))
        self.secret.setVisible(encrypted)
        self.secret_label = QLabel(t("&Passphrase or recovery key:"))
        self.secret_label.setBuddy(self.secret)
        self.secret_label.setVisible(encrypted)
        self.secret.returnPressed.connect(self.try_unlock)
        self.error = QLabel("")
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(t("Busy"))
        self.busy.hide()
        self.unlock_button = QPushButton(t("&Unlock"))
        self.unlock_button.setAccessibleName(t("Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.quit_button = QPushButton(t("&Quit"))
        self.quit_button.setAccessibleName(t("Quit"))
        self.quit_button.setAutoDefault(False)
        self.quit_button.clicked.connect(self.quit_requested)
        self._lay_out()
        self.setFocusProxy(self.secret if encrypted else self.unlock_button)

    def _lay_out(self) -> None:
        """Put the parts in a column of readable width in the middle of the screen."""
        panel = QWidget()
        panel.setMinimumWidth(self.fontMetrics().averageCharWidth() * PANEL_CHARS)
        panel.setMaximumWidth(self.fontMetrics().averageCharWidth() * PANEL_CHARS * 3 // 2)
        column = QVBoxLayout(panel)
        column.addWidget(self.title)
        column.addWidget(self.explanation)
        column.addSpacing(self.fontMetrics().height() // 2)
        column.addWidget(self.secret_label)
        column.addWidget(self.secret)
        column.addWidget(self.error)
        column.addWidget(self.busy)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.quit_button)
        row.addWidget(self.unlock_button)
        column.addLayout(row)
        middle = QHBoxLayout()
        middle.addStretch(1)
        middle.addWidget(panel, 3)
        middle.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(middle)
        outer.addStretch(2)

    def set_waiting(self, text: str) -> None:
        """Show that something is going on (e.g. closing the database); block unlocking."""
        self.error.setText(text)
        self.busy.show()
        for widget in (self.secret, self.unlock_button):
            widget.setEnabled(False)

    def set_ready(self, message: str = "") -> None:
        """Let the user type again, with an optional message (a wrong passphrase, ...)."""
        self.error.setText(message)
        grow_to_fit(self.window())
        self.busy.hide()
        for widget in (self.secret, self.unlock_button):
            widget.setEnabled(True)
        if self.encrypted:
            self.secret.selectAll()
            self.secret.setFocus()
        else:
            self.unlock_button.setFocus()

    def try_unlock(self) -> None:
        """Open the database with what was typed, on a worker thread."""
        if not self.unlock_button.isEnabled():
            return
        secret = self.secret.text() if self.encrypted else ""
        if self.encrypted and not secret:
            self.set_ready(t("Type the passphrase or the recovery key."))
            return
        self.set_waiting(t("Opening the database…"))
        path = self.db_path
        self._typed = secret
        self.busy_task = run_task(
            lambda: open_database(path, passphrase=secret or None), self._opened, self._refused
        )

    def _opened(self, db: object) -> None:
        """Hand the opened database on and forget what was typed."""
        self.busy_task = None
        self._typed = ""
        self.secret.clear()
        self.busy.hide()
        self.unlocked.emit(db)

    def _refused(self, error: BaseException) -> None:
        """Say why the database did not open; a damaged file goes to the caller."""
        self.busy_task = None
        secret, self._typed = self._typed, ""
        if isinstance(error, WrongPassphraseError | PassphraseRequiredError):
            self.set_ready(error.message)
        elif isinstance(error, DatabaseOpenError):
            self.set_ready(error.message)
            self.open_failed.emit(error, secret)
        else:
            self.set_ready(failure_text(error))


class UnlockDialog(QDialog):
    """The unlock screen at start, as a dialog; `db` is the opened database after accept."""

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        """Wrap an UnlockScreen for the encrypted database at db_path."""
        super().__init__(parent)
        self.setWindowTitle(t("Unlock the database"))
        self.db = None
        self.failure: tuple[DatabaseOpenError, str] | None = None
        self.screen = UnlockScreen(db_path, True, locked=False)
        self.screen.unlocked.connect(self._unlocked)
        self.screen.open_failed.connect(self._failed)
        self.screen.quit_requested.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.screen)
        self.screen.unlock_button.setDefault(True)  # again, now that it sits in a dialog
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetMinimumSize)  # never clipped
        self.screen.secret.setFocus()

    def _unlocked(self, db: object) -> None:
        """Keep the database and close the dialog."""
        self.db = db
        self.accept()

    def _failed(self, error: DatabaseOpenError, secret: str) -> None:
        """Keep the refusal for the start flow (it offers the newest backup) and close."""
        self.failure = (error, secret)
        self.reject()

    def reject(self) -> None:
        """Escape or Afsluiten: not while a database is being opened."""
        if self.screen.busy_task is None:
            super().reject()


def ask_unlock(parent: QWidget | None, db_path: Path) -> UnlockDialog:
    """Show the unlock dialog modally and return it (its db, or its failure, or neither)."""
    dialog = UnlockDialog(db_path, parent)
    dialog.exec()
    return dialog

"""Back-ups en herstel: the list of backups, make one now, restore one, check the database."""

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from driehoek_app.core import backups
from driehoek_app.core.backups import BackupInfo
from driehoek_app.core.health import check_database
from driehoek_app.gui import dialogs
from driehoek_app.gui.i18n import t
from driehoek_app.gui.safety.backup_runner import BackupRunner
from driehoek_app.gui.safety.backups_model import BackupsModel
from driehoek_app.gui.safety.worker import failure_text, run_task

DIALOG_CHARS = 90


def open_folder(folder: Path) -> bool:
    """Open a folder in the system's file manager."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def check_text(problems: list[str]) -> str:
    """Return the outcome of a check in Dutch: all well, or the problems one per line."""
    if not problems:
        return t(
            "The database is in order: SQLite's integrity check, the links between rows, the "
            "tables and the search index found no problems."
        )
    return "\n".join([t("The check found problems:"), *problems])


def _button(text: str, name: str, tip: str) -> QPushButton:
    """Return a push button with an accessible name and a tooltip."""
    button = QPushButton(text)
    button.setAccessibleName(name)
    button.setToolTip(tip)
    button.setAutoDefault(False)
    return button


class BackupsDialog(QDialog):
    """Lists the backups; `chosen` is the backup to restore when the dialog is accepted."""

    def __init__(
        self, db_path: Path, key: bytes | None, runner: BackupRunner, parent: QWidget | None = None
    ) -> None:
        """Build the list and the buttons for the database at db_path (key when encrypted)."""
        super().__init__(parent)
        self.db_path, self.key, self.runner = Path(db_path), key, runner
        self.chosen: BackupInfo | None = None
        self.notice = ""
        self.setWindowTitle(t("Backups and restore"))
        self.folder = backups.backup_folder(self.db_path)
        self.location = QLabel(
            t("Backups are kept in {folder}. Every backup was checked after it was made.").format(
                folder=self.folder
            )
        )
        self.location.setWordWrap(True)
        self.open_button = _button(
            t("&Open folder"), t("Open folder"), t("Show the backups folder in the file manager")
        )
        self.model = BackupsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(t("Backups"))
        self.table.horizontalHeader().setAccessibleName(t("Backup columns"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.backup_button = _button(
            t("Make a &backup now"), t("Make a backup now"), t("A checked backup of this moment")
        )
        self.restore_button = _button(
            t("&Restore…"),
            t("Restore"),
            t("Put the chosen backup in place of the database (the current one is kept)"),
        )
        self.check_button = _button(
            t("&Check"), t("Check"), t("Check the database fully; nothing is changed")
        )
        self.result = QLabel("")
        self.result.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(t("Busy"))
        self.busy.hide()
        self._lay_out()
        self._connect()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * DIALOG_CHARS)
        self.reload()

    def _lay_out(self) -> None:
        """Place location, list, buttons and the result line."""
        top = QHBoxLayout()
        top.addWidget(self.location, 1)
        top.addWidget(self.open_button)
        actions = QHBoxLayout()
        for button in (self.backup_button, self.restore_button, self.check_button):
            actions.addWidget(button)
        actions.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close_button = close.button(QDialogButtonBox.StandardButton.Close)
        close_button.setAccessibleName(close_button.text().replace("&", ""))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.result)
        layout.addWidget(self.busy)
        layout.addWidget(close)

    def _connect(self) -> None:
        """Wire the buttons, the selection and the runner."""
        self.open_button.clicked.connect(lambda: open_folder(self.folder))
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button.clicked.connect(self.restore)
        self.check_button.clicked.connect(self.check)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.restore())
        self.runner.finished.connect(self._backup_made)
        self.runner.failed.connect(self._backup_failed)
        self._selection_changed()

    def _selection_changed(self, *_args: object) -> None:
        """Allow Terugzetten only with a backup chosen."""
        self.restore_button.setEnabled(self.selected() is not None)

    def selected(self) -> BackupInfo | None:
        """Return the chosen backup, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.backup(rows[0].row()) if rows else None

    def _busy(self, text: str) -> None:
        """Show that work is going on."""
        self.result.setText(text)
        self.busy.show()

    def _done(self, text: str) -> None:
        """Show the outcome of the work."""
        self.result.setText(text)
        self.busy.hide()

    def reload(self, notice: str = "") -> None:
        """Read the list of backups (each is opened to count its meetings) on a worker."""
        path, key = self.db_path, self.key
        self.notice = notice
        self._busy(t("Reading the backups…"))
        run_task(lambda: backups.list_backups(path, key), self._listed, self._failed)

    def _listed(self, rows: list[BackupInfo]) -> None:
        """Show the backups, newest first, and select the newest."""
        self.model.set_rows(rows)
        if rows:
            self.table.selectRow(0)
        self._done(
            self.notice or t("Backups: {count}; the newest is at the top.").format(count=len(rows))
        )

    def _failed(self, error: BaseException) -> None:
        """Show why the work failed."""
        self._done(failure_text(error))

    def backup_now(self) -> None:
        """Make a checked backup now (on a worker thread)."""
        if self.runner.backup("manual") is not None:
            self._busy(t("Making a backup…"))

    def _backup_made(self, info: BackupInfo) -> None:
        """Show the new backup in the list."""
        self.reload(t("Backup made: {when}.").format(when=info.when))

    def _backup_failed(self, message: str) -> None:
        """Show why the backup failed."""
        self._done(message)

    def check(self) -> None:
        """Check the database fully (integrity, links, tables, search index); change nothing."""
        path, key = self.db_path, self.key
        self._busy(t("Checking the database…"))
        run_task(lambda: check_database(path, key=key)[0], self._checked, self._failed)

    def _checked(self, report) -> None:
        """Show the outcome of the check."""
        self._done(check_text(report.all_problems))

    def restore(self) -> None:
        """Ask, then close the dialog with the chosen backup for the window to restore."""
        info = self.selected()
        if info is None:
            return
        question = t(
            "Restore the backup of {when}? The database is replaced by it; the current "
            "database is first kept as a backup itself."
        ).format(when=info.when)
        if dialogs.confirm(self, t("Restore backup"), question, t("&Restore")):
            self.chosen = info
            self.accept()


def choose_backup_to_restore(
    parent: QWidget | None, db_path: Path, key: bytes | None, runner: BackupRunner
) -> BackupInfo | None:
    """Show Back-ups en herstel modally; return the backup chosen for a restore, if any."""
    dialog = BackupsDialog(db_path, key, runner, parent)
    dialog.exec()
    return dialog.chosen

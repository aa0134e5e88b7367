"""The status bar's line about backups: where they are and when the last one was made."""

from PySide6.QtWidgets import QLabel, QWidget

from driehoek_app.core.backups import BackupInfo
from driehoek_app.gui.i18n import t
from driehoek_app.gui.safety.backup_runner import BackupRunner


class BackupStatus(QLabel):
    """'Back-ups in <folder>; laatste <when>', 'Back-up maken…' or the reason it failed."""

    def __init__(self, runner: BackupRunner, parent: QWidget | None = None) -> None:
        """Follow the runner's backups."""
        super().__init__(parent)
        self.runner = runner
        self.setToolTip(t("Where the backups are kept; see File > Backups and restore"))
        runner.started.connect(self._started)
        runner.finished.connect(self._finished)
        runner.failed.connect(self._failed)
        self.refresh()

    def refresh(self) -> None:
        """Show the folder and the last backup (or the locked state)."""
        folder = self.runner.folder()
        if folder is None:
            self.setText(t("Backups: the database is closed"))
            return
        last: BackupInfo | None = self.runner.last
        if self.runner.last_error:
            self.setText(
                t("Backups in {folder}; the last attempt failed: {reason}").format(
                    folder=folder, reason=self.runner.last_error
                )
            )
        elif last is None:
            self.setText(t("Backups in {folder}; none made yet").format(folder=folder))
        else:
            self.setText(
                t("Backups in {folder}; last one {when}").format(folder=folder, when=last.when)
            )

    def _started(self, _reason: str) -> None:
        """Say that a backup is being made."""
        self.setText(t("Making a backup…"))

    def _finished(self, _info: BackupInfo) -> None:
        """Show the new last backup."""
        self.refresh()

    def _failed(self, _message: str) -> None:
        """Show why the backup failed."""
        self.refresh()

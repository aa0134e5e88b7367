"""Import a beeld from Excel or CSV: read in the background, every row error listed, all or nothing.

The spreadsheet is read (the slow part: pandas, openpyxl) on a worker thread; the checks
and the one write transaction run on the GUI thread, the only thread that uses the database.
"""

from pathlib import Path

import sqlite_utils
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QHBoxLayout, QLabel, QListWidget, QVBoxLayout

from driehoek_app.core.beeld_import import ImportSummary, import_sheets
from driehoek_app.core.beeld_read import BeeldImportError, read_sheets
from driehoek_app.core.errors import DriehoekError
from driehoek_app.core.ondermijningsbeeld import beeld_content_counts, find_beeld
from driehoek_app.core.sqlite_driver import sqlite3
from driehoek_app.gui import dialogs
from driehoek_app.gui.i18n import t
from driehoek_app.gui.meetings.dialogs import common
from driehoek_app.gui.ondermijning.background import Job, start_job


def summary_text(summary: ImportSummary) -> str:
    """Return what an import wrote, in one sentence (plus the new own phenomena)."""
    text = t(
        "Imported: {phenomena} phenomena, {signals} signals, {interventions} interventions "
        "and {results} results."
    ).format(
        phenomena=summary.phenomena,
        signals=summary.signals,
        interventions=summary.interventions,
        results=summary.results,
    )
    if summary.new_phenomena:
        text += " " + t("New own phenomena: {names}.").format(
            names=", ".join(summary.new_phenomena)
        )
    return text


class ImportDialog(QDialog):
    """Choose a workbook or CSV files and read them into the beeld of one basisteam and year."""

    def __init__(self, db: sqlite_utils.Database, basisteam: str, year: int, parent=None) -> None:
        """Build the dialog for the beeld of basisteam in year."""
        super().__init__(parent)
        self.db = db
        self.basisteam = basisteam
        self.year = year
        self.paths: list[Path] = []
        self.job: Job | None = None
        self.summary: ImportSummary | None = None
        self.setWindowTitle(
            t("Import ondermijningsbeeld – {basisteam} {year}").format(
                basisteam=basisteam, year=year
            )
        )
        common.set_width(self, 110)
        self.resize(self.minimumWidth(), self.fontMetrics().lineSpacing() * 24)
        intro = QLabel(
            t("Read phenomena, signals and interventions from an Excel workbook made with the "
              "template, or from CSV files. If one row is wrong, nothing is imported; every "
              "problem is listed below with its sheet, row and column.")
        )  # fmt: skip
        intro.setWordWrap(True)
        self.files = QLabel(t("No file chosen yet."))
        self.files.setWordWrap(True)
        self.files.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose = common.button(t("&Choose file..."), t("Choose file"))
        self.replace = QCheckBox(
            t("&Replace what is already in the beeld (its documents stay)")
        )  # fmt: skip
        self.replace.setAccessibleName(t("Replace what is already in the beeld"))
        self.start = common.button(t("&Import"), t("Import"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.errors_label = QLabel()
        self.errors = QListWidget()
        self.errors.setAccessibleName(t("Problems in the file"))
        self.errors.setWordWrap(True)
        self.errors.setMinimumHeight(self.fontMetrics().lineSpacing() * 8)
        self.errors_label.setBuddy(self.errors)
        self.buttons = common.dialog_buttons(self, close_only=True)
        files = QHBoxLayout()
        files.addWidget(self.files, 1)
        files.addWidget(self.choose)
        actions = QHBoxLayout()
        actions.addWidget(self.start)
        actions.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(files)
        layout.addWidget(self.replace)
        layout.addLayout(actions)
        layout.addWidget(self.errors_label)
        layout.addWidget(self.errors, 1)
        layout.addWidget(self.buttons)
        self.choose.clicked.connect(self.choose_files)
        self.start.clicked.connect(self.start_import)
        self._show_errors([])
        self._enable()

    def _filled(self) -> bool:
        """Tell whether the beeld already holds phenomena, signals or interventions."""
        beeld = find_beeld(self.db, self.basisteam, self.year)
        if beeld is None:
            return False
        counts = beeld_content_counts(self.db, beeld.id)
        return any(count for key, count in counts.items() if key != "documenten")

    def _enable(self) -> None:
        """Offer replacing only when there is something to replace; import when files are set."""
        busy = self.job is not None
        filled = self._filled()
        self.replace.setVisible(filled)
        if not filled:
            self.replace.setChecked(False)
        self.choose.setEnabled(not busy)
        self.start.setEnabled(bool(self.paths) and not busy)

    def set_paths(self, paths: list[Path]) -> None:
        """Use these files for the next import."""
        self.paths = list(paths)
        self.files.setText("\n".join(str(path) for path in self.paths) or t("No file chosen yet."))
        self._show_errors([])
        self.status.clear()
        self._enable()

    def choose_files(self) -> None:
        """Let the user choose a workbook or CSV files."""
        paths = dialogs.ask_open_files(self, t("Choose an Excel workbook or CSV files"))
        if paths:
            self.set_paths(paths)
            self.start.setFocus()

    def start_import(self) -> None:
        """Read the files on the worker thread; the result comes back in _read."""
        if not self.paths or self.job is not None:
            return
        self._show_errors([])
        self.status.setText(t("Reading the file…"))
        paths = list(self.paths)
        self.job = Job(lambda: read_sheets(paths))
        self.job.signals.finished.connect(self._read)
        self.job.signals.failed.connect(self._failed)
        self._enable()
        start_job(self.job)

    def busy(self) -> bool:
        """Tell whether a file is being read."""
        return self.job is not None

    def _read(self, sheets: list) -> None:
        """Check and write the sheets read (GUI thread, one transaction)."""
        self.job = None
        try:
            summary = import_sheets(
                self.db, sheets, self.basisteam, self.year, replace=self.replace.isChecked()
            )
        except DriehoekError as error:
            self._failed(error)
            return
        except sqlite3.Error as error:
            self._failed(DriehoekError(t("The database could not be read or written ({detail}).")
                                       .format(detail=error)))  # fmt: skip
            return
        self.summary = summary
        self.status.setText(summary_text(summary))
        self._enable()

    def _failed(self, error: DriehoekError | None) -> None:
        """List every problem found; nothing was written."""
        self.job = None
        if isinstance(error, BeeldImportError):
            problems = error.errors
        elif error is not None:
            problems = [error.message]
        else:
            problems = [
                t("The file could not be read because of an unexpected error; see the log.")
            ]
        self.status.setText(t("Nothing was imported."))
        self._show_errors(problems)
        self._enable()

    def _show_errors(self, problems: list[str]) -> None:
        """Show the problems (the list hides when there are none)."""
        self.errors.clear()
        self.errors.addItems(problems)
        self.errors_label.setText(t("Problems in the file ({count}):").format(count=len(problems)))
        self.errors_label.setVisible(bool(problems))
        self.errors.setVisible(bool(problems))
        if problems:
            self.errors.setCurrentRow(0)

    def reject(self) -> None:
        """Close, unless a file is still being read."""
        if self.job is None:
            super().reject()


def import_beeld_dialog(parent, db: sqlite_utils.Database, basisteam: str, year: int) -> bool:
    """Show the import dialog; return True when something was imported."""
    dialog = ImportDialog(db, basisteam, year, parent)
    dialog.exec()
    return dialog.summary is not None

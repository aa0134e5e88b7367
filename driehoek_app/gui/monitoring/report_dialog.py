"""The Jaarrapportage: figures gathered from the database, the PDF rendered in the background.

The figures are read on the GUI thread (the only thread that uses the database); ReportLab
renders them on the shared worker thread of the document previews; the preview is shown
from memory and saved (atomically) or printed from exactly those bytes.
"""

import sqlite_utils
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout

from driehoek_app.core.errors import DriehoekError
from driehoek_app.core.pdf.annual_data import AnnualReportData, gather_annual_report
from driehoek_app.core.pdf.annual_report import annual_report_pdf_bytes
from driehoek_app.core.pdf.canvas import Classification
from driehoek_app.core.pdf.document import write_atomically
from driehoek_app.gui import dialogs
from driehoek_app.gui.documents import printing
from driehoek_app.gui.documents.render_task import RenderTask, render_pool
from driehoek_app.gui.i18n import t
from driehoek_app.gui.meetings.dialogs import common
from driehoek_app.gui.meetings.dialogs.labels import classification_labels
from driehoek_app.gui.ondermijning import forms


def scope_text(basisteam: str | None) -> str:
    """Return what the report covers: 'basisteam Haarlem' or 'eenheid Noord-Holland'."""
    if basisteam:
        return t("basisteam {basisteam}").format(basisteam=basisteam)
    return t("unit Noord-Holland")


def suggested_file_name(basisteam: str | None, year: int) -> str:
    """Return 'Jaarrapportage Haarlem 2026.pdf' or 'Jaarrapportage Noord-Holland 2026.pdf'."""
    name = f"Jaarrapportage {basisteam or 'Noord-Holland'} {year}.pdf"
    return "".join("_" if char in '\\/:*?"<>|' else char for char in name)


class AnnualReportDialog(QDialog):
    """Preview of the Jaarrapportage of a year, for a basisteam or the unit; save and print."""

    def __init__(
        self, db: sqlite_utils.Database, year: int, basisteam: str | None, parent=None
    ) -> None:
        """Build the dialog; call refresh() to gather the figures and start rendering."""
        super().__init__(parent)
        self.db = db
        self.year = year
        self.basisteam = basisteam
        self.data: AnnualReportData | None = None
        self.pdf_data: bytes | None = None
        self.generation = 0
        self._tasks: dict[int, RenderTask] = {}
        self._buffer: QBuffer | None = None
        self.setWindowTitle(
            t("Jaarrapportage {year} – {scope}").format(year=year, scope=scope_text(basisteam))
        )
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setAccessibleName(t("Preview of the PDF"))
        self.classification = forms.choice_box(t("Classification"), classification_labels())
        common.select_data(self.classification, Classification.VERTROUWELIJK.value)
        self.classification.currentIndexChanged.connect(lambda _i: self.refresh())
        self.confidential = QCheckBox(t("List decisions of confidential agenda items"))
        self.confidential.setAccessibleName(t("List decisions of confidential agenda items"))
        self.confidential.setToolTip(
            t("Decisions under confidential items are counted, but only listed when ticked")
        )
        self.confidential.toggled.connect(lambda _checked: self.refresh())
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_button = common.button(t("&Save as..."), t("Save as"))
        self.save_button.clicked.connect(self.save_as)
        self.print_button = common.button(t("&Print..."), t("Print"))
        self.print_button.clicked.connect(self.print_pdf)
        buttons = common.dialog_buttons(self, close_only=True)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        top = QHBoxLayout()
        top.addWidget(common.buddy_label(t("&Classification:"), self.classification))
        top.addWidget(self.classification)
        top.addWidget(self.confidential)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self._set_ready(False)
        screen = QGuiApplication.primaryScreen()
        height = round(screen.availableGeometry().height() * 0.85) if screen else 900
        self.resize(round(height * 0.8), height)

    def _set_ready(self, ready: bool) -> None:
        """Enable saving and printing only when a finished PDF is shown."""
        self.save_button.setEnabled(ready)
        self.print_button.setEnabled(ready)

    def refresh(self) -> str | None:
        """Gather the figures now and render on the worker thread; None, or why not."""
        try:
            data = gather_annual_report(
                self.db, self.year, self.basisteam,
                include_confidential=self.confidential.isChecked(),
            )  # fmt: skip
        except DriehoekError as error:
            self._show_failure(error.message)
            return error.message
        self.data = data
        classification = Classification(self.classification.currentData())
        self.generation += 1
        task = RenderTask(
            self.generation, lambda: annual_report_pdf_bytes(data, classification), self._current
        )
        task.signals.finished.connect(self._rendered)
        task.signals.failed.connect(self._failed)
        self._tasks = {g: kept for g, kept in self._tasks.items() if g > self.generation - 3}
        self._tasks[self.generation] = task
        self.pdf_data = None
        self._set_ready(False)
        self.status.setText(t("Making the PDF…"))
        render_pool().start(task)
        return None

    def _current(self, generation: int) -> bool:
        """Tell whether a render is still wanted (called from the worker thread)."""
        return generation == self.generation

    def _rendered(self, generation: int, data: bytes) -> None:
        """Show a finished PDF, unless a newer one was asked for meanwhile."""
        self._tasks.pop(generation, None)
        if generation != self.generation:
            return
        self.pdf_data = data
        old = self._buffer
        self.document.close()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        if old is not None:
            old.close()
            old.deleteLater()
        self._set_ready(True)
        count = self.document.pageCount()
        self.status.setText(t("1 page") if count == 1 else t("{count} pages").format(count=count))

    def _failed(self, generation: int, message: str) -> None:
        """Report a render that went wrong."""
        self._tasks.pop(generation, None)
        if generation == self.generation:
            self._show_failure(
                message
                or t("The PDF could not be made because of an unexpected error; see the log.")
            )

    def _show_failure(self, message: str) -> None:
        """Show why there is no preview."""
        self.pdf_data = None
        self._set_ready(False)
        self.status.setText(message)

    def save_as(self) -> None:
        """Ask where to save the previewed PDF and write exactly those bytes, atomically."""
        if self.pdf_data is None:
            return
        suggested = suggested_file_name(self.basisteam, self.year)
        path = dialogs.ask_save_file(self, t("Save PDF"), suggested)
        if path is None:
            return
        if not path.suffix:
            path = path.with_suffix(".pdf")
        written = common.attempt(self, lambda: write_atomically(path, self.pdf_data))
        if common.ok(written):
            self.status.setText(t("Saved as {path}").format(path=written))

    def print_pdf(self) -> None:
        """Let the user choose a printer and print the previewed pages."""
        if self.pdf_data is None:
            return
        printer = printing.new_printer(suggested_file_name(self.basisteam, self.year))
        if not printing.ask_printer(self, printer, self.document.pageCount()):
            return
        count = common.attempt(self, lambda: printing.print_document(self.document, printer))
        if common.ok(count):
            self.status.setText(
                t("1 page sent to the printer") if count == 1
                else t("{count} pages sent to the printer").format(count=count)
            )  # fmt: skip

    def closeEvent(self, event: QCloseEvent) -> None:
        """Forget pending renders."""
        self.generation += 1
        super().closeEvent(event)

    def done(self, result: int) -> None:
        """Close the dialog and drop pending renders."""
        self.generation += 1
        super().done(result)


def show_annual_report(parent, db: sqlite_utils.Database, year: int, basisteam: str | None) -> None:
    """Open the Jaarrapportage preview; rendering runs in the background."""
    dialog = AnnualReportDialog(db, year, basisteam, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    problem = dialog.refresh()
    if problem is not None:
        dialog.deleteLater()
        dialogs.show_error(parent, problem)
        return
    dialog.open()

"""The document dialog: a preview of the agenda or the verslag, save as and print.

The meeting is read on the GUI thread (the database is used from one thread only); the PDF
is rendered on a worker thread and shown from memory, so no unprotected copy of a
confidential document lands in a temporary file.
"""

from pathlib import Path
from typing import Literal

import sqlite_utils
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from driehoek_app.core.dutch import dutch_date
from driehoek_app.core.errors import DriehoekError
from driehoek_app.core.pdf.agenda import agenda_pdf_bytes
from driehoek_app.core.pdf.document import write_atomically
from driehoek_app.core.pdf.encryption import encrypt_pdf
from driehoek_app.core.pdf.meeting_data import MeetingDocument, gather_meeting
from driehoek_app.core.pdf.minutes import minutes_pdf_bytes
from driehoek_app.gui import dialogs
from driehoek_app.gui.documents import printing
from driehoek_app.gui.documents.password_box import PasswordBox
from driehoek_app.gui.documents.render_task import RenderTask, render_pool
from driehoek_app.gui.i18n import t

DocumentKind = Literal["agenda", "minutes"]


def suggested_file_name(kind: DocumentKind, doc: MeetingDocument) -> str:
    """Return a file name such as 'Verslag Basisteamdriehoek Haarlem 2026-12-03 concept.pdf'."""
    word = "Agenda" if kind == "agenda" else "Verslag"
    suffix = " concept" if kind == "minutes" and doc.is_concept else ""
    name = f"{word} {doc.body_name} {doc.date.isoformat()}{suffix}.pdf"
    return "".join("_" if char in '\\/:*?"<>|' else char for char in name)


class DocumentDialog(QDialog):
    """Shows one meeting's agenda or verslag as it will print, with save and print buttons."""

    def __init__(
        self,
        parent: QWidget | None,
        db: sqlite_utils.Database,
        meeting_id: int,
        kind: DocumentKind,
    ) -> None:
        """Build the dialog; call refresh() to gather the meeting and start rendering."""
        super().__init__(parent)
        self.db = db
        self.meeting_id = meeting_id
        self.kind: DocumentKind = kind
        self.doc: MeetingDocument | None = None
        self.pdf_data: bytes | None = None
        self.generation = 0
        self._tasks: dict[int, RenderTask] = {}
        self._buffer: QBuffer | None = None

        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setAccessibleName(t("Preview of the PDF"))

        self.confidential = QCheckBox(t("Include &confidential agenda items"))
        self.confidential.setAccessibleName(t("Include confidential agenda items"))
        self.confidential.setToolTip(
            t("Confidential items (casuïstiek) are left out unless you tick this box")
        )
        self.confidential.toggled.connect(lambda _checked: self.refresh())
        self.password = PasswordBox()
        self.password.setVisible(kind == "minutes")
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.save_button = QPushButton(t("&Save as..."))
        self.save_button.setAccessibleName(t("Save as"))
        self.save_button.clicked.connect(self.save_as)
        self.print_button = QPushButton(t("&Print..."))
        self.print_button.setAccessibleName(t("Print"))
        self.print_button.clicked.connect(self.print_pdf)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(close.text().replace("&", ""))
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(self.confidential)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.password)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self._set_ready(False)
        self._fit_to_screen()

    def _fit_to_screen(self) -> None:
        """Open at a comfortable reading size: the height of most screens, an A4 width."""
        screen = QGuiApplication.primaryScreen()
        available = screen.availableGeometry() if screen else None
        height = round(available.height() * 0.85) if available else 900
        self.resize(round(height * 0.8), height)

    def _set_ready(self, ready: bool) -> None:
        """Enable saving and printing only when a finished PDF is shown."""
        self.save_button.setEnabled(ready)
        self.print_button.setEnabled(ready)

    def _title(self, doc: MeetingDocument) -> str:
        """Return the window title, e.g. 'Verslag – Basisteamdriehoek Haarlem, 3 december 2026'."""
        meeting = f"{doc.body_name}, {dutch_date(doc.date, weekday=False)}"
        if self.kind == "agenda":
            return t("Agenda – {meeting}").format(meeting=meeting)
        return t("Minutes – {meeting}").format(meeting=meeting)

    def refresh(self) -> str | None:
        """Gather the meeting now (GUI thread) and render it on the worker thread.

        Returns None when rendering started, else the Dutch sentence saying why not.
        """
        include = self.confidential.isChecked()
        try:
            doc = gather_meeting(self.db, self.meeting_id, include_confidential=include)
        except DriehoekError as error:
            self._show_failure(error.message)
            return error.message
        self.doc = doc
        self.setWindowTitle(self._title(doc))
        self.generation += 1
        render = agenda_pdf_bytes if self.kind == "agenda" else minutes_pdf_bytes
        task = RenderTask(self.generation, lambda: render(doc), self._is_current)
        task.signals.finished.connect(self._rendered)
        task.signals.failed.connect(self._failed)
        # keep the task objects (and their signals) alive until their result arrives; skipped
        # outdated tasks never report, so only the last few are kept
        self._tasks = {g: kept for g, kept in self._tasks.items() if g > self.generation - 3}
        self._tasks[self.generation] = task
        self.pdf_data = None
        self._set_ready(False)
        self.status.setText(t("Making the PDF…"))
        render_pool().start(task)
        return None

    def _is_current(self, generation: int) -> bool:
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
        self.status.setText(self._summary())

    def _summary(self) -> str:
        """Return the status line under a finished preview: pages and left-out items."""
        count = self.document.pageCount()
        text = t("1 page") if count == 1 else t("{count} pages").format(count=count)
        if self.doc and self.doc.withheld_items:
            numbers = ", ".join(str(item.number) for item in self.doc.withheld_items)
            text += " · " + t("Content of confidential items {numbers} left out").format(
                numbers=numbers
            )
        return text

    def _failed(self, generation: int, message: str) -> None:
        """Report a render that went wrong (a Dutch sentence, or '' for an unexpected error)."""
        self._tasks.pop(generation, None)
        if generation != self.generation:
            return
        self._show_failure(
            message or t("The PDF could not be made because of an unexpected error; see the log.")
        )

    def _show_failure(self, message: str) -> None:
        """Show why there is no preview, and keep saving and printing off."""
        self.pdf_data = None
        self._set_ready(False)
        self.status.setText(message)

    def save_as(self) -> None:
        """Ask where to save the previewed PDF and write exactly those bytes, atomically."""
        if self.pdf_data is None or self.doc is None:
            return
        try:
            password = self.password.chosen_password() if self.kind == "minutes" else None
        except DriehoekError as error:
            dialogs.show_error(self, error.message)
            self.password.password.setFocus()
            return
        path = dialogs.ask_save_file(self, t("Save PDF"), suggested_file_name(self.kind, self.doc))
        if path is None:
            return
        if not path.suffix:
            path = path.with_suffix(".pdf")
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            data = self.pdf_data if password is None else encrypt_pdf(self.pdf_data, password)
            written = write_atomically(path, data)
        except DriehoekError as error:
            dialogs.show_error(self, error.message)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        if password is None:
            self.status.setText(t("Saved as {path}").format(path=Path(written)))
        else:
            self.status.setText(
                t("Saved as {path}, protected with the password").format(path=Path(written))
            )

    def print_pdf(self) -> None:
        """Let the user choose a printer and print the previewed pages."""
        if self.pdf_data is None or self.doc is None:
            return
        printer = printing.new_printer(suggested_file_name(self.kind, self.doc))
        if not printing.ask_printer(self, printer, self.document.pageCount()):
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            count = printing.print_document(self.document, printer)
        except DriehoekError as error:
            dialogs.show_error(self, error.message)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        if count == 1:
            self.status.setText(t("1 page sent to the printer"))
        else:
            self.status.setText(t("{count} pages sent to the printer").format(count=count))

    def closeEvent(self, event: QCloseEvent) -> None:
        """Forget pending renders; their results are ignored once the dialog is gone."""
        self.generation += 1
        super().closeEvent(event)

    def done(self, result: int) -> None:
        """Close the dialog (also by Escape or the Close button) and drop pending renders."""
        self.generation += 1
        super().done(result)


def show_document_dialog(
    parent: QWidget | None, db: sqlite_utils.Database, meeting_id: int, kind: DocumentKind
) -> None:
    """Open the preview of a meeting's agenda or verslag; rendering runs in the background."""
    dialog = DocumentDialog(parent, db, meeting_id, kind)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    problem = dialog.refresh()
    if problem is not None:
        dialog.deleteLater()
        dialogs.show_error(parent, problem)
        return
    dialog.open()

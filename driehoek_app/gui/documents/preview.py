"""The common part of every PDF preview dialog: render in the background, show, save, print.

The data is gathered on the GUI thread (the only thread that uses the database); the PDF is
rendered on the shared worker thread and shown from memory, so no unprotected copy of a
confidential document lands in a temporary file. Saving writes exactly the previewed bytes
(atomically); printing paints the previewed pages.
"""

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from driehoek_app.core.errors import DriehoekError
from driehoek_app.core.pdf.document import write_atomically
from driehoek_app.gui import dialogs
from driehoek_app.gui.documents import printing
from driehoek_app.gui.documents.render_task import RenderSignals, RenderTask, render_pool
from driehoek_app.gui.i18n import t

KEPT_TASKS = 3  # outdated renders that are skipped never report; keep only the last few


def safe_file_name(name: str) -> str:
    """Return a file name with the characters Windows refuses replaced by '_'."""
    return "".join("_" if char in '\\/:*?"<>|' else char for char in name)


def page_count_text(count: int) -> str:
    """Return '1 pagina' or '4 pagina's'."""
    return t("1 page") if count == 1 else t("{count} pages").format(count=count)


@contextmanager
def wait_cursor() -> Iterator[None]:
    """Show the wait cursor while the block runs."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


class PdfPreviewDialog(QDialog):
    """A PDF shown as it will print; a subclass gathers the data and names the file.

    Subclasses create save_button, print_button and a button box, then call _arrange();
    they implement _prepare() and _file_name().
    """

    save_button: QPushButton
    print_button: QPushButton

    def __init__(self, parent: QWidget | None) -> None:
        """Build the preview and the status line; the subclass adds its controls."""
        super().__init__(parent)
        self.pdf_data: bytes | None = None
        self.generation = 0
        self._tasks: dict[int, RenderTask] = {}
        self.render_signals = RenderSignals(self)  # lives with the dialog, on the GUI thread
        self.render_signals.finished.connect(self._rendered)
        self.render_signals.failed.connect(self._failed)
        self._buffer: QBuffer | None = None
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setAccessibleName(t("Preview of the PDF"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def _arrange(
        self, top: QLayout, buttons: QDialogButtonBox, below_view: Sequence[QWidget] = ()
    ) -> None:
        """Lay out the options on top, the preview, below_view, the status and the buttons."""
        self.save_button.clicked.connect(self.save_as)
        self.print_button.clicked.connect(self.print_pdf)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        for widget in below_view:
            layout.addWidget(widget)
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

    def _prepare(self) -> Callable[[], bytes]:
        """Gather the data now (GUI thread); return the render to run on the worker thread."""
        raise NotImplementedError

    def _file_name(self) -> str:
        """Return the suggested file name of the PDF (also the printer's document name)."""
        raise NotImplementedError

    def _ready(self) -> bool:
        """Tell whether there is a finished PDF to save or print."""
        return self.pdf_data is not None

    def refresh(self) -> str | None:
        """Gather the data now (GUI thread) and render it on the worker thread.

        Returns None when rendering started, else the Dutch sentence saying why not.
        """
        try:
            render = self._prepare()
        except DriehoekError as error:
            self._show_failure(error.message)
            return error.message
        self.generation += 1
        task = RenderTask(self.generation, render, self._is_current, self.render_signals)
        # keep the task objects alive until their result arrives
        oldest = self.generation - KEPT_TASKS
        self._tasks = {g: kept for g, kept in self._tasks.items() if g > oldest}
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
        """Return the status line under a finished preview: its number of pages."""
        return page_count_text(self.document.pageCount())

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
        if not self._ready():
            return
        written = self._save()
        if written is not None:
            self.status.setText(t("Saved as {path}").format(path=written))

    def _save(self, prepare: Callable[[bytes], bytes] | None = None) -> Path | None:
        """Ask for a file and write the PDF (prepare may encrypt it); return the path or None."""
        data = self.pdf_data
        if data is None:
            return None
        path = dialogs.ask_save_file(self, t("Save PDF"), self._file_name())
        if path is None:
            return None
        if not path.suffix:
            path = path.with_suffix(".pdf")
        with wait_cursor():
            try:
                written = write_atomically(path, data if prepare is None else prepare(data))
            except DriehoekError as error:
                dialogs.show_error(self, error.message)
                return None
        return Path(written)

    def print_pdf(self) -> None:
        """Let the user choose a printer and print the previewed pages."""
        if not self._ready():
            return
        printer = printing.new_printer(self._file_name())
        if not printing.ask_printer(self, printer, self.document.pageCount()):
            return
        with wait_cursor():
            try:
                count = printing.print_document(self.document, printer)
            except DriehoekError as error:
                dialogs.show_error(self, error.message)
                return
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


def open_preview(parent: QWidget | None, dialog: PdfPreviewDialog) -> None:
    """Start rendering and open the dialog; on a refusal show the reason instead."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    problem = dialog.refresh()
    if problem is not None:
        dialog.deleteLater()
        dialogs.show_error(parent, problem)
        return
    dialog.open()

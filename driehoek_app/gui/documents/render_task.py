"""Renders a PDF on a worker thread, one at a time, so the window never freezes.

The database is never touched here: the dialog gathers the meeting on the GUI thread and
hands a function that renders plain data. ReportLab keeps some module-level state, so all
renders share one single-thread pool instead of running side by side.

The signals belong to the dialog (a QObject with the dialog as parent, on the GUI thread),
not to the task: the pool deletes a finished task on its own thread, and a signals object
owned by the task would be destroyed there, against Qt's threading rules (a rare crash of
the test suite in a later render pointed at that).
"""

import logging
from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, SignalInstance

from driehoek_app.core.errors import DriehoekError
from driehoek_app.core.pdf.styles import document_styles
from driehoek_app.gui.gc_pause import gc_paused

log = logging.getLogger("driehoek_app")


class RenderSignals(QObject):
    """The signals of a render task; they arrive on the GUI thread (queued)."""

    finished = Signal(int, object)  # generation, the PDF as bytes
    failed = Signal(int, str)  # generation, a Dutch sentence ('' for an unexpected error)


class RenderTask(QRunnable):
    """One render job; skipped when a newer job for the same dialog was queued meanwhile."""

    def __init__(
        self,
        generation: int,
        render: Callable[[], bytes],
        is_current: Callable[[int], bool],
        signals: RenderSignals,
    ) -> None:
        """Prepare the job; is_current(generation) tells whether its result is still wanted."""
        super().__init__()
        self.generation = generation
        self.render = render
        self.is_current = is_current
        self.signals = signals  # the caller's: it outlives the task

    def run(self) -> None:
        """Render (unless outdated) and report the bytes or the error."""
        with gc_paused():  # see gui/gc_pause.py
            if not self.is_current(self.generation):
                return
            try:
                data = self.render()
            except DriehoekError as error:
                self._report(self.signals.failed, error.message)
            except Exception:
                log.exception("Het PDF-bestand kon niet worden gemaakt")
                self._report(self.signals.failed, "")
            else:
                self._report(self.signals.finished, data)

    def _report(self, signal: SignalInstance, result: object) -> None:
        """Send the result to the dialog; nothing when the dialog has been closed meanwhile."""
        try:
            signal.emit(self.generation, result)
        except RuntimeError:  # the dialog, and its signals object, no longer exist
            log.info("Een PDF was klaar nadat het venster was gesloten")


@cache
def render_pool() -> QThreadPool:
    """Return the one-thread pool shared by every document dialog."""
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    return pool


class _WarmUp(QRunnable):
    """Reads the bundled fonts and builds the shared styles before the first PDF is asked."""

    def run(self) -> None:
        """Load the four DejaVu faces (about 0.1 s of parsing) on the render thread."""
        with gc_paused():  # see gui/gc_pause.py
            try:
                document_styles()
            except DriehoekError:
                log.exception("De lettertypen voor de PDF's konden niet worden geladen")


@cache
def warm_up() -> None:
    """Prepare the PDF fonts once, in the background, so the first preview is not slower."""
    render_pool().start(_WarmUp())

"""Makes the demo data on a worker thread with a progress dialog that can cancel it.

core.demo.create_demo works in one transaction and calls progress(done, total) after each
meeting; raising from that callback rolls everything back, which is how Annuleren works.
The database connection is the application's one connection: while the worker runs, the
window-modal progress dialog keeps the user from starting anything else.
"""

import datetime as dt
import logging
import threading

import sqlite_utils
from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from driehoek_app.core.demo import create_demo
from driehoek_app.core.errors import DriehoekError
from driehoek_app.gui.gc_pause import gc_paused
from driehoek_app.gui.i18n import t

log = logging.getLogger("driehoek_app")


class Cancelled(Exception):
    """Raised from the progress callback when the user pressed Annuleren."""


class DemoWorker(QObject):
    """Runs create_demo on its thread and reports by signal (queued to the GUI thread)."""

    progressed = Signal(int, int)
    finished = Signal(object)  # DemoSummary
    failed = Signal(str)  # a Dutch sentence, or '' for an unexpected error
    cancelled = Signal()

    def __init__(
        self,
        db: sqlite_utils.Database,
        years: int,
        seed: int,
        force: bool,
        today: dt.date | None = None,
    ) -> None:
        """Remember what to make."""
        super().__init__()
        self.db, self.years, self.seed, self.force, self.today = db, years, seed, force, today
        self._stop = threading.Event()

    def cancel(self) -> None:
        """Ask the worker to stop at the next meeting (everything made so far is undone)."""
        self._stop.set()

    def _progress(self, done: int, total: int) -> None:
        """Report progress, or stop when cancelled."""
        if self._stop.is_set():
            raise Cancelled
        self.progressed.emit(done, total)

    @Slot()
    def run(self) -> None:
        """Make the demo data; emit finished, failed or cancelled."""
        with gc_paused():  # see gui/gc_pause.py
            try:
                summary = create_demo(
                    self.db,
                    years=self.years,
                    seed=self.seed,
                    force=self.force,
                    today=self.today,
                    progress=self._progress,
                )
            except Cancelled:
                self.cancelled.emit()
            except DriehoekError as error:
                self.failed.emit(error.message)
            except Exception:
                log.exception("De demogegevens konden niet worden gemaakt")
                self.failed.emit("")
            else:
                self.finished.emit(summary)


class DemoRun(QObject):
    """One demo run: the thread, the worker and the progress dialog, cleaned up at the end."""

    done = Signal(object)  # the DemoSummary, or None when cancelled or refused
    failed = Signal(str)

    def __init__(self, parent: QWidget, worker: DemoWorker) -> None:
        """Prepare the progress dialog (shown at once) and the thread."""
        super().__init__(parent)
        self.worker = worker
        self.thread = QThread(self)
        worker.moveToThread(self.thread)
        self.progress = QProgressDialog(
            t("Making fictional meetings for all ten basisteams…"), t("Cancel"), 0, 0, parent
        )
        self.progress.setWindowTitle(t("Load demo data"))
        self.progress.setAccessibleName(t("Progress of the demo data"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self.cancel)
        self.thread.started.connect(worker.run)
        worker.progressed.connect(self._progressed)
        worker.finished.connect(self._finished)
        worker.cancelled.connect(self._cancelled)  # methods: run on this (the GUI) thread
        worker.failed.connect(self._failed)
        self.result: object = None
        self.running = False
        self.stopping = False

    def start(self) -> None:
        """Show the progress and start the worker."""
        self.running = True
        self.progress.show()
        self.thread.start()

    def cancel(self) -> None:
        """Stop the worker; the transaction is rolled back."""
        self.stopping = True
        self.progress.setLabelText(t("Stopping; nothing is kept…"))
        self.worker.cancel()

    def _progressed(self, done: int, total: int) -> None:
        """Move the progress bar (reports still on their way after Annuleren are ignored)."""
        if self.stopping:
            return
        self.progress.setLabelText(
            t("Meeting {done} of {total} made…").format(done=done, total=total)
        )
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    def _cancelled(self) -> None:
        """Nothing was kept."""
        self._end(None)

    def _finished(self, summary: object) -> None:
        """The demo data is in the database."""
        self._end(summary)

    def _failed(self, message: str) -> None:
        """The demo data could not be made: say why (after closing the progress)."""
        self._end(None)
        self.failed.emit(
            message or t("The demo data could not be made because of an unexpected error; "
                         "see the log.")
        )  # fmt: skip

    def _end(self, summary: object) -> None:
        """Stop the thread, close the progress, report."""
        self.thread.quit()
        self.thread.wait()
        self.worker.deleteLater()
        self.progress.canceled.disconnect(self.cancel)  # closing it would emit canceled
        self.progress.close()
        self.running = False
        self.result = summary
        self.done.emit(summary)

"""Runs slow storage work (key derivation, backups, restores) on a worker thread.

The result or the exception comes back on the GUI thread through a queued signal, so the
window keeps painting while SQLCipher derives a key or SQLite writes a backup. A task keeps
itself alive until it has reported, whatever happens to the widget that started it.
"""

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from driehoek_app.core.errors import DriehoekError
from driehoek_app.core.sqlite_driver import sqlite3
from driehoek_app.gui.excepthook import LOGGER_NAME, default_log_path
from driehoek_app.gui.gc_pause import gc_paused
from driehoek_app.gui.i18n import t

log = logging.getLogger(LOGGER_NAME)
_RUNNING: set["Task"] = set()


class Task(QObject):
    """One piece of work on its own thread; reports `succeeded(result)` or `failed(error)`."""

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[], Any]) -> None:
        """Prepare the work; nothing runs before start()."""
        super().__init__()
        self.work = work
        self._thread: threading.Thread | None = None

    def start(self) -> "Task":
        """Start the work on a new thread and return self (callers connect before this)."""
        self.succeeded.connect(self._forget)  # last: the callers' slots run first
        self.failed.connect(self._forget)
        _RUNNING.add(self)
        self._thread = threading.Thread(target=self._run, name="driehoek-opslag", daemon=True)
        self._thread.start()
        return self

    def _run(self) -> None:
        """Do the work and emit the outcome (queued to the GUI thread)."""
        with gc_paused():  # see gui/gc_pause.py
            try:
                result = self.work()
            except Exception as error:  # every failure goes back to the window
                self.failed.emit(error)
            else:
                self.succeeded.emit(result)

    def _forget(self, _outcome: object) -> None:
        """Let the task be collected once it has reported (after every other slot ran)."""
        QTimer.singleShot(0, lambda: _RUNNING.discard(self))

    def running(self) -> bool:
        """Return True while the work is still going on."""
        return self._thread is not None and self._thread.is_alive()

    def wait(self, timeout: float | None = None) -> None:
        """Block until the work is done (only for a moment: before closing the database)."""
        if self._thread is not None:
            self._thread.join(timeout)


def run_task(
    work: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None],
) -> Task:
    """Run work on a worker thread; call on_success or on_failure on the GUI thread."""
    task = Task(work)
    task.succeeded.connect(on_success)
    task.failed.connect(on_failure)
    return task.start()


def failure_text(error: BaseException) -> str:
    """Return the one Dutch sentence that tells the user what went wrong."""
    if isinstance(error, DriehoekError):
        return error.message
    if isinstance(error, sqlite3.Error):
        return t("The database could not be read or written ({detail}).").format(detail=error)
    if isinstance(error, OSError):
        return t("A file could not be read or written ({detail}).").format(
            detail=error.strerror or error
        )
    log.error("Onverwachte fout bij het opslaan", exc_info=error)
    return t("An unexpected error occurred. The details are in the log file {path}.").format(
        path=default_log_path()
    )

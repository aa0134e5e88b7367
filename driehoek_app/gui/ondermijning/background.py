"""Runs slow work (reading a spreadsheet) on a worker thread so the window never freezes.

The job gets a plain function that does not touch the database; its result or its Dutch
error comes back to the GUI thread through queued signals.
"""

import logging
from collections.abc import Callable
from functools import cache
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from driehoek_app.core.errors import DriehoekError
from driehoek_app.gui.gc_pause import gc_paused

log = logging.getLogger("driehoek_app")


class JobSignals(QObject):
    """The signals of a job; they arrive on the GUI thread."""

    finished = Signal(object)  # the result
    failed = Signal(object)  # the DriehoekError, or None for an unexpected error


class Job(QRunnable):
    """One piece of slow work."""

    def __init__(self, work: Callable[[], Any]) -> None:
        """Prepare the job; start it with start_job()."""
        super().__init__()
        self.setAutoDelete(False)  # the caller keeps the job (and its signals) alive
        self.work = work
        self.signals = JobSignals()

    def run(self) -> None:
        """Do the work and report its result or its error."""
        with gc_paused():  # see gui/gc_pause.py
            try:
                result = self.work()
            except DriehoekError as error:
                self.signals.failed.emit(error)
            except Exception:
                log.exception("Werk op de achtergrond is mislukt")
                self.signals.failed.emit(None)
            else:
                self.signals.finished.emit(result)


@cache
def job_pool() -> QThreadPool:
    """Return the one-thread pool for background jobs."""
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    return pool


def start_job(job: Job) -> Job:
    """Queue a job on the worker thread and return it."""
    job_pool().start(job)
    return job

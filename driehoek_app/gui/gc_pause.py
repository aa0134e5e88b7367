"""Keeps Python's cycle collector off the worker threads: it runs on the GUI thread only.

A collection runs in whichever thread happens to allocate when a threshold is passed. On a
worker thread it may free Qt objects of the GUI thread there (a window's wrapper in a
reference cycle, say), which crashed the test suite twice, during a PDF render. Each worker
runs its work inside gc_paused(); the GUI thread collects as usual once no worker runs.
"""

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_running = 0  # workers inside gc_paused()


@contextmanager
def gc_paused() -> Iterator[None]:
    """Run a worker's work with the automatic cycle collection paused (nested and parallel)."""
    global _running
    with _lock:
        _running += 1
        gc.disable()
    try:
        yield
    finally:
        with _lock:
            _running -= 1
            if _running == 0:
                gc.enable()

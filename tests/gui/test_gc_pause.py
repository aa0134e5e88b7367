"""Worker threads run with the cycle collector paused; it comes back when the last one ends."""

import gc
import threading

from driehoek_app.gui.gc_pause import gc_paused


def test_the_collector_is_paused_while_any_worker_runs_and_back_after_the_last():
    assert gc.isenabled()
    inside = threading.Event()
    release = threading.Event()
    seen = []

    def worker() -> None:
        """A worker that holds the pause until released."""
        with gc_paused():
            seen.append(gc.isenabled())
            inside.set()
            release.wait(5)

    thread = threading.Thread(target=worker)
    thread.start()
    inside.wait(5)
    with gc_paused():  # a second worker ends first: the first still needs the pause
        pass
    assert not gc.isenabled()
    release.set()
    thread.join(5)
    assert seen == [False]
    assert gc.isenabled()


def test_a_failing_worker_gives_the_collector_back():
    try:
        with gc_paused():
            raise ValueError("de taak mislukt")
    except ValueError:
        pass
    assert gc.isenabled()

"""The two processes bench_startup.py times: a minimal PySide6 window, and driehoek itself.

    python benchmarks/startup_child.py minimal
    python benchmarks/startup_child.py app DATABASE

Kept apart from the parent script so that neither child imports more than it needs: the
only modules loaded besides what the window itself needs are json, os, sys and time.
Each prints one JSON line per moment it reports and leaves at once after the last.
"""

import json
import os
import sys
import time


def _report(payload: dict, *, last: bool = True) -> None:
    """Print one JSON line for the parent; after the last, leave at once (no teardown)."""
    print(json.dumps(payload), flush=True)
    if last:
        os._exit(0)


def child_minimal() -> None:
    """Show an empty QWidget; report when it has painted."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    class Window(QWidget):
        """An empty window that reports its first paint (as MainWindow.first_painted does)."""

        painted = False

        def paintEvent(self, event) -> None:
            """Paint; the first time, report once the paint is done."""
            super().paintEvent(event)
            if not self.painted:
                self.painted = True
                QTimer.singleShot(0, lambda: _report({}))

    app = QApplication(sys.argv[:1])
    window = Window()
    window.resize(1280, 800)
    window.show()
    app.exec()


def child_app(db_path: str) -> None:
    """Run `driehoek --db PATH` as a user starts it; report first paint, content, registers.

    The only addition to the real start is a wrapper round MainWindow.__init__ that listens
    to the window's own first_painted and ready signals.
    """
    from PySide6.QtCore import QTimer

    from driehoek_app.cli import main
    from driehoek_app.gui import main_window

    build = main_window.MainWindow.__init__

    def build_and_watch(window, *args, **kwargs) -> None:
        """Build the window as driehoek does, then listen to it."""
        build(window, *args, **kwargs)
        window.first_painted.connect(lambda: QTimer.singleShot(0, first_paint))
        window.ready.connect(lambda: QTimer.singleShot(0, content))
        watched.append(window)

    def first_paint() -> None:
        """Report the first paint of the window (its frame, before the database is open)."""
        _report({"phase": "first paint"}, last=False)
        reported.append("first paint")

    def content() -> None:
        """Paint the window with its page now, report, then time the registers."""
        if not reported:  # ready came first: report in order
            QTimer.singleShot(1, content)
            return
        window = watched[0]
        window.repaint()
        _report({"phase": "content"}, last=False)
        time_registers(window)

    watched: list = []
    reported: list[str] = []
    main_window.MainWindow.__init__ = build_and_watch
    main(["--db", db_path])
    _report({}, last=True)  # never reached when the window painted


def time_registers(window) -> None:
    """Time opening the Besluiten en acties area and switching to the actieregister."""
    from PySide6.QtWidgets import QApplication

    figures = {}
    begin = time.perf_counter()
    page = window.registers()  # built on first use
    page.tabs.setCurrentIndex(0)
    window.show_area("besluiten_acties")  # shows the page: both registers load
    page.decisions.table.viewport().repaint()
    QApplication.processEvents()
    figures["open_area"] = time.perf_counter() - begin
    begin = time.perf_counter()
    page.show_actions()
    page.actions.table.viewport().repaint()
    QApplication.processEvents()
    figures["actions_tab"] = time.perf_counter() - begin
    begin = time.perf_counter()
    page.decisions.load()
    figures["decisions_load"] = time.perf_counter() - begin
    begin = time.perf_counter()
    page.actions.load()
    figures["actions_load"] = time.perf_counter() - begin
    figures["rows"] = [page.decisions.model.rowCount(), page.actions.model.rowCount()]
    _report(figures)


if __name__ == "__main__":
    if sys.argv[1] == "minimal":
        child_minimal()
    else:
        child_app(sys.argv[2])
    sys.exit(1)  # a child that returns did not paint

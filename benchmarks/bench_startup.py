"""Benchmark: start-up of the main window to first paint, next to a minimal PySide6 window.

A plain script, not part of the test run:

    .venv/bin/python benchmarks/bench_startup.py [--years 10] [--runs 7] [--db PATH]

Without --db it builds a demo database (all ten basisteams, --years years, seed 1). Each run
starts two fresh Python processes one after the other (interleaved, so load on the machine
hits both alike) and measures, from the parent, the wall time from starting the process to
the end of the first paint of its window:

- minimal: `QApplication` and an empty `QWidget`, shown;
- app: what `driehoek` does (Dutch application set-up, open the database, build the main
  window and the page of its first area, restore its state from a fresh settings file, show
  it).

"First paint" is the first paint event of the top-level window plus the paint events queued
with it (a zero timer after it fires once they are done); the child reports it at once.
The app process then times opening the Besluiten en acties area (its page is built, both
registers count their rows and read their first block; the besluitenregister is painted)
and switching to the actieregister. Figures are medians over --runs; the target is app
start-up within 1.5 times the minimal window. The parent also times opening the database
in-process: with the full page check (the first open after the file changed) and without
it (the file unchanged since it was last found sound, as at every start-up here).
Runs on the offscreen platform unless QT_QPA_PLATFORM is set.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_RATIO = 1.5
REGISTER_TARGET_MS = 300.0
HERE = Path(__file__).resolve().parent


# ----- the child processes -----------------------------------------------------------------


def _report(payload: dict, *, last: bool = True) -> None:
    """Print one JSON line for the parent; after the last, leave at once (no teardown)."""
    print(json.dumps(payload), flush=True)
    if last:
        os._exit(0)


def _after_first_paint(window, callback) -> None:
    """Call callback once the window's first paint (and what was queued with it) is done."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        """Waits for the first paint event of the window."""

        done = False

        def eventFilter(self, watched, event) -> bool:
            """On the first paint, schedule the callback after the pending events."""
            if event.type() == QEvent.Type.Paint and not self.done:
                self.done = True
                QTimer.singleShot(0, callback)
            return False

    watcher = FirstPaint(window)
    window.installEventFilter(watcher)


def child_minimal() -> None:
    """Show an empty QWidget; report when it has painted."""
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication(sys.argv[:1])
    window = QWidget()
    window.resize(1280, 800)
    _after_first_paint(window, lambda: _report({}))
    window.show()
    app.exec()


def child_app(db_path: str, settings_path: str) -> None:
    """Start the main window as driehoek does; report when painted, then time the registers."""
    started = time.perf_counter()
    from PySide6.QtWidgets import QApplication

    from driehoek_app.core.db import open_database
    from driehoek_app.gui.app import create_application
    from driehoek_app.gui.main_window import MainWindow
    from driehoek_app.gui.settings import open_settings

    imported = time.perf_counter()
    app = create_application()
    db = open_database(Path(db_path))
    opened = time.perf_counter()
    window = MainWindow(db, open_settings(Path(settings_path)))
    built = time.perf_counter()

    def painted() -> None:
        """Report the phases, then time opening the registers."""
        shown = time.perf_counter()
        _report({}, last=False)  # the parent's clock stops here
        figures = {
            "imports": imported - started,
            "database": opened - imported,
            "window": built - opened,
            "paint": shown - built,
        }
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

    _after_first_paint(window, painted)
    window.resize(1280, 800)
    window.show()
    app.exec()


# ----- the parent --------------------------------------------------------------------------


def run_child(args: list[str]) -> tuple[float, dict]:
    """Start a child process; return the seconds to its first line and its last report."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = os.pathsep.join([str(HERE.parent), env.get("PYTHONPATH", "")])
    command = [sys.executable, str(Path(__file__).resolve()), "--child", *args]
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env)
    line = process.stdout.readline()
    elapsed = time.perf_counter() - started
    rest = process.stdout.read().splitlines()
    process.wait()
    if not line.startswith("{"):
        raise RuntimeError(f"child {args[0]} did not report (exit code {process.returncode})")
    return elapsed, json.loads(rest[-1] if rest else line)


def time_open(path: Path, runs: int) -> tuple[float, float]:
    """Return the median seconds to open the database with and without the full page check."""
    from driehoek_app.core import checked_stamp
    from driehoek_app.core.db import open_database

    full: list[float] = []
    quick: list[float] = []
    for _ in range(runs):
        for times in (full, quick):
            if times is full:
                checked_stamp.forget(path)  # as after a copy, a restore or a crash
            started = time.perf_counter()
            db = open_database(path)
            times.append(time.perf_counter() - started)
            db.close()  # a clean close notes the file as sound
    return statistics.median(full), statistics.median(quick)


def ms(seconds: float) -> str:
    """Return seconds as milliseconds, right-aligned."""
    return f"{seconds * 1000:8.0f}"


def main() -> int:
    """Build or open the demo database, start both windows --runs times, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--db", type=Path, help="an existing database (else a new demo one)")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        if args.child[0] == "minimal":
            child_minimal()
        else:
            child_app(args.child[1], args.child[2])
        return 1  # a child that returns did not paint

    sys.path.insert(0, str(HERE))
    from demo_database import demo_database

    folder = tempfile.TemporaryDirectory(prefix="driehoek-bench-")
    path, built = demo_database(
        args.db or Path(folder.name) / "demo.sqlite3", args.years, args.seed
    )
    minimal: list[float] = []
    app: list[float] = []
    reports: list[dict] = []
    run_child(["minimal"])  # warm the disk cache for both; not counted
    run_child(["app", str(path), str(Path(folder.name) / "warm.ini")])
    for number in range(args.runs):
        minimal.append(run_child(["minimal"])[0])
        settings = Path(folder.name) / f"run{number}.ini"  # a first start every time
        elapsed, report = run_child(["app", str(path), str(settings)])
        app.append(elapsed)
        reports.append(report)
    full_open, quick_open = time_open(path, args.runs)

    def median(key: str) -> float:
        """Return the median of one figure of the app reports."""
        return statistics.median(report[key] for report in reports)

    print(f"database: {path} ({path.stat().st_size / 1e6:.0f} MB)")
    if built is not None:
        print(f"demo generation: {built:.1f} s")
    print(f"platform: {os.environ.get('QT_QPA_PLATFORM', 'offscreen')}, runs: {args.runs}")
    print("start to first paint, median (ms):")
    print(f"  minimal PySide6 window          {ms(statistics.median(minimal))}")
    print(f"  driehoek main window            {ms(statistics.median(app))}")
    ratio = statistics.median(app) / statistics.median(minimal)
    print(f"  ratio                           {ratio:8.2f}")
    print("open the database in-process, median (ms):")
    print(f"  full page check (file changed)  {ms(full_open)}")
    print(f"  file unchanged since checked    {ms(quick_open)}")
    print("inside the app process, median (ms):")
    for key, label in (
        ("imports", "imports (PySide6, driehoek_app)"),
        ("database", "application set-up + open db"),
        ("window", "build the main window"),
        ("paint", "show to first paint"),
    ):
        print(f"  {label:31} {ms(median(key))}")
    rows = reports[0]["rows"]
    print(f"registers ({rows[0]:,} decisions, {rows[1]:,} actions), median (ms):")
    print(f"  open Besluiten en acties        {ms(median('open_area'))}")
    print(f"  switch to the actieregister     {ms(median('actions_tab'))}")
    print(f"  besluitenregister: reload       {ms(median('decisions_load'))}")
    print(f"  actieregister: reload           {ms(median('actions_load'))}")
    verdict = "meets" if ratio <= TARGET_RATIO else "MISSES"
    print(f"target start-up within {TARGET_RATIO}x the minimal window: {verdict}")
    slowest = max(median("open_area"), median("decisions_load"), median("actions_load"))
    verdict = "meets" if slowest * 1000 < REGISTER_TARGET_MS else "MISSES"
    print(f"target a register opens under {REGISTER_TARGET_MS:.0f} ms: {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Benchmark: start-up of the main window to first paint, next to a minimal PySide6 window.

A plain script, not part of the test run:

    .venv/bin/python benchmarks/bench_startup.py [--years 10] [--runs 7] [--db PATH]

Without --db it builds a demo database (all ten basisteams, --years years, seed 1). Each run
starts fresh Python processes one after the other (interleaved, so load on the machine hits
all alike), from startup_child.py, and measures from the parent the wall time from starting
the process to each moment it reports:

- minimal: `QApplication` and an empty `QWidget`, shown; reports its first paint;
- app: `driehoek --db DATABASE` as a user starts it (a new settings folder every run, or one
  that remembers the Vergaderingen area); reports the main window's first paint, then the
  window with the page of its area, then times opening Besluiten en acties and switching
  to the actieregister.

Figures are medians over --runs; the target is the app's first paint within 1.5 times the
minimal window's. The parent also times opening the database in-process: with the full page
check (the first open after the file changed) and without it (the file unchanged since it
was last found sound, as at every start-up here). Runs on the offscreen platform unless
QT_QPA_PLATFORM is set.
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
# The start-ups measured: a first start (new settings file: the Naslag area) and a start
# after working in the Vergaderingen area (its list of all meetings is the first page).
VARIANTS = {"first start": None, "vergaderingen": "vergaderingen"}
HERE = Path(__file__).resolve().parent


# ----- the parent --------------------------------------------------------------------------


def run_child(args: list[str], config_home: Path | None = None) -> tuple[list[float], dict]:
    """Start a child process; return the seconds to each of its reports, and its last one."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = os.pathsep.join([str(HERE.parent), env.get("PYTHONPATH", "")])
    if config_home is not None:  # where driehoek keeps its settings file (Linux)
        env["XDG_CONFIG_HOME"] = str(config_home)
    command = [sys.executable, str(HERE / "startup_child.py"), *args]
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env)
    times, lines = [], []
    for line in process.stdout:
        times.append(time.perf_counter() - started)
        lines.append(line)
    process.wait()
    os.sync()  # the app's start backup is cut off by its exit: let its writes settle first
    if not lines or not lines[0].startswith("{"):
        raise RuntimeError(f"child {args[0]} did not report (exit code {process.returncode})")
    return times, json.loads(lines[-1])


def remove_cut_off_backups(path: Path) -> None:
    """Delete the start backup a child left half-written when it exited (42 MB each)."""
    from driehoek_app.core.backups import backup_folder

    for partial in backup_folder(path).glob(f".{path.stem}-*.partial*"):
        partial.unlink(missing_ok=True)


def settings_home(folder: Path, name: str, last_area: str | None) -> Path:
    """Make a config folder whose settings file is new, or remembers last_area."""
    home = folder / name
    settings = home / "driehoek_app" / "driehoek_app.ini"
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.unlink(missing_ok=True)
    if last_area is not None:
        settings.write_text(f"[meta]\nversion=1\n\n[window]\nlast_area={last_area}\n")
    return home


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
    args = parser.parse_args()
    sys.path.insert(0, str(HERE))
    from demo_database import demo_database

    folder = tempfile.TemporaryDirectory(prefix="driehoek-bench-")
    path, built = demo_database(
        args.db or Path(folder.name) / "demo.sqlite3", args.years, args.seed
    )
    folder_path = Path(folder.name)
    minimal: list[float] = []
    first: dict[str, list[float]] = {variant: [] for variant in VARIANTS}
    content: dict[str, list[float]] = {variant: [] for variant in VARIANTS}
    reports: list[dict] = []
    run_child(["minimal"])  # warm the disk cache for both; not counted
    run_child(["app", str(path)], settings_home(folder_path, "warm", None))
    for _ in range(args.runs):
        minimal.append(run_child(["minimal"])[0][0])
        for variant, last_area in VARIANTS.items():
            home = settings_home(folder_path, variant, last_area)
            times, report = run_child(["app", str(path)], home)
            remove_cut_off_backups(path)
            first[variant].append(times[0])
            content[variant].append(times[1])
            reports.append(report)
    full_open, quick_open = time_open(path, args.runs)

    def median(key: str) -> float:
        """Return the median of one figure of the app reports."""
        return statistics.median(report[key] for report in reports)

    baseline = statistics.median(minimal)
    print(f"database: {path} ({path.stat().st_size / 1e6:.0f} MB)")
    if built is not None:
        print(f"demo generation: {built:.1f} s")
    print(f"platform: {os.environ.get('QT_QPA_PLATFORM', 'offscreen')}, runs: {args.runs}")
    print("process start to paint, median (ms) and ratio to the minimal window:")
    print(f"  minimal PySide6 window, first paint         {ms(baseline)}")
    for variant in VARIANTS:
        for label, times in (("first paint", first[variant]), ("with its page", content[variant])):
            figure = statistics.median(times)
            print(f"  driehoek, {variant:<14} {label:<13}   {ms(figure)} {figure / baseline:6.2f}")
    ratio = max(statistics.median(first[variant]) for variant in VARIANTS) / baseline
    print("open the database in-process, median (ms):")
    print(f"  full page check (file changed)  {ms(full_open)}")
    print(f"  file unchanged since checked    {ms(quick_open)}")
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

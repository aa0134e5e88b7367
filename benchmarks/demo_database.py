"""Shared by the search and register benchmarks: the demo database and small statistics."""

import datetime as dt
import resource
import statistics
import sys
import time
from pathlib import Path

from driehoek_app.core.db import open_database
from driehoek_app.core.demo import create_demo

TODAY = dt.date(2026, 6, 10)


def demo_database(path: Path, years: int, seed: int) -> tuple[Path, float | None]:
    """Return a demo database at path (made now unless it exists) and the seconds it took."""
    if path.exists():
        return path, None
    db = open_database(path)
    started = time.perf_counter()
    try:
        summary = create_demo(db, years=years, seed=seed, today=TODAY)
    finally:
        db.close()
    seconds = time.perf_counter() - started
    print(
        f"demo database: {years} years, seed {seed}: {summary.meetings} meetings, "
        f"{summary.items} items, {summary.decisions} decisions, {summary.actions} actions "
        f"in {seconds:.1f} s",
        file=sys.stderr,
    )
    return path, seconds


def percentile(values: list[float], fraction: float) -> float:
    """Return the value below which the given fraction of values lies (nearest rank)."""
    ordered = sorted(values)
    index = max(0, min(len(ordered) - 1, round(fraction * len(ordered) + 0.5) - 1))
    return ordered[index]


def summary_ms(values: list[float]) -> str:
    """Return 'median / p95' of seconds as milliseconds."""
    return f"{statistics.median(values) * 1000:7.2f} / {percentile(values, 0.95) * 1000:7.2f}"


def peak_rss_mb() -> float:
    """Return the peak resident memory of this process in MB (Linux reports kB)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 if sys.platform != "darwin" else peak / (1024 * 1024)

"""Benchmark: opening the besluiten- and actieregister on a 10-year demo database (and at 100k).

A plain script, not part of the test run:

    .venv/bin/python benchmarks/bench_registers.py [--years 10] [--rows 100000] [--runs 5]

Without --db it builds a demo database (all ten basisteams, --years years, seed 1). It
times what a model/view register does when it opens or changes its filter: count the rows
and read the first page (100 rows) in the default sort, and the same with filters; also
reading all sorted ids (what a model keeps) and a page deep in the list. Each figure is the
first (cold) call and the median of --runs. With --rows N the decisions and actions are then
padded (copies of demo rows with new numbers, through the normal triggers) to N each and
everything is measured again. Peak Python allocation and peak RSS are printed at the end.
"""

import argparse
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from demo_database import TODAY, demo_database, peak_rss_mb

from driehoek_app.core.action_register import (
    ActionFilter,
    action_ids,
    action_page,
    count_actions,
)
from driehoek_app.core.bodies import body_by_code
from driehoek_app.core.db import open_database
from driehoek_app.core.registers import (
    DecisionFilter,
    count_decisions,
    decision_ids,
    decision_page,
)

TARGET_MS = 300.0


def timed(call: Callable[[], object], runs: int) -> tuple[float, float]:
    """Return (first call, median of runs) in milliseconds."""
    started = time.perf_counter()
    call()
    first = (time.perf_counter() - started) * 1000
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        call()
        times.append((time.perf_counter() - started) * 1000)
    return first, statistics.median(times)


def pad(db, rows: int) -> None:
    """Copy demo decisions and actions (new numbers, same items) until each table has rows."""
    with db.atomic():
        while db["decisions"].count < rows:
            missing = rows - db["decisions"].count
            db.execute(
                """INSERT INTO decisions (item_id, body_id, year, serial, number, text, position,
                       created_at)
                   SELECT d.item_id, d.body_id, d.year, s.top + d.serial,
                          b.code || '-' || d.year || '-' || printf('%03d', s.top + d.serial),
                          d.text, d.position + 100, d.created_at
                   FROM decisions d JOIN bodies b ON b.id = d.body_id
                   JOIN (SELECT body_id, year, max(serial) AS top FROM decisions
                         GROUP BY body_id, year) s ON s.body_id = d.body_id AND s.year = d.year
                   ORDER BY d.id LIMIT ?""",
                [missing],
            )
        while db["actions"].count < rows:
            missing = rows - db["actions"].count
            db.execute(
                """INSERT INTO actions (item_id, text, owner, due_date, status, remark, position,
                       created_at)
                   SELECT item_id, text, owner, due_date, status, remark, position + 100,
                          created_at FROM actions ORDER BY id LIMIT ?""",
                [missing],
            )


def measure(db, runs: int) -> list[tuple[str, float, float]]:
    """Time the register operations; return (label, first ms, median ms)."""
    zaanstad = body_by_code(db, "ZST").id
    hoorn = body_by_code(db, "HRN").id
    half = count_decisions(db) // 2
    cases: list[tuple[str, Callable[[], object]]] = [
        ("besluiten: count + first page", lambda: (count_decisions(db), decision_page(db))),
        ("besluiten: HRN, text 'hennepconvenant'",
         lambda: (count_decisions(db, f := DecisionFilter(body_ids=(hoorn,),
                                                            text="hennepconvenant")),
                  decision_page(db, f))),
        ("besluiten: year 2024 + theme ondermijning",
         lambda: (count_decisions(db, f := DecisionFilter(year=2024, theme="ondermijning")),
                  decision_page(db, f))),
        ("besluiten: label 'hennep', sort by number",
         lambda: (count_decisions(db, f := DecisionFilter(label="hennep")),
                  decision_page(db, f, sort="number", descending=False))),
        ("besluiten: all sorted ids (model)", lambda: decision_ids(db)),
        ("besluiten: page in the middle", lambda: decision_page(db, offset=half)),
        ("acties: count + first page", lambda: (count_actions(db, today=TODAY),
                                                action_page(db, today=TODAY))),
        ("acties: open",
         lambda: (count_actions(db, f := ActionFilter(status="open"), today=TODAY),
                  action_page(db, f, today=TODAY))),
        ("acties: overdue",
         lambda: (count_actions(db, f := ActionFilter(overdue=True), today=TODAY),
                  action_page(db, f, today=TODAY))),
        ("acties: open for teamchef of Zaanstad",
         lambda: (count_actions(db, f := ActionFilter(body_ids=(zaanstad,), status="open",
                                                        owner="teamchef"), today=TODAY),
                  action_page(db, f, today=TODAY))),
        ("acties: due this week",
         lambda: (count_actions(db, f := ActionFilter(due_this_week=True), today=TODAY),
                  action_page(db, f, today=TODAY))),
        ("acties: sort by owner", lambda: action_page(db, sort="owner", today=TODAY)),
        ("acties: all sorted ids (model)", lambda: action_ids(db, today=TODAY)),
    ]  # fmt: skip
    return [(label, *timed(call, runs)) for label, call in cases]


def report(title: str, results: list[tuple[str, float, float]]) -> float:
    """Print one table of figures; return the slowest first-page median."""
    print(title)
    print(f"  {'':44} {'first':>8} {'median':>8}  (ms)")
    for label, first, median in results:
        print(f"  {label:44} {first:8.1f} {median:8.1f}")
    return max(median for label, _, median in results if "ids" not in label)


def main() -> int:
    """Build or open the database, measure, pad to --rows, measure again."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--rows", type=int, default=100_000, help="0: no padded run")
    parser.add_argument("--db", type=Path, help="an existing database (else a new demo one)")
    args = parser.parse_args()
    folder = tempfile.TemporaryDirectory(prefix="driehoek-bench-")
    target = args.db or Path(folder.name) / "demo.sqlite3"
    path, built = demo_database(target, args.years, args.seed)
    if built is not None:
        print(f"demo generation: {built:.1f} s")
    db = open_database(path)
    tracemalloc.start()
    counts = f"{db['decisions'].count} besluiten, {db['actions'].count} acties"
    worst = report(f"demo database ({counts})", measure(db, args.runs))
    if args.rows:
        started = time.perf_counter()
        pad(db, args.rows)
        print(
            f"padded to {args.rows} decisions and actions in {time.perf_counter() - started:.1f} s"
        )
        counts = f"{db['decisions'].count} besluiten, {db['actions'].count} acties"
        worst = max(worst, report(f"padded database ({counts})", measure(db, args.runs)))
    _, peak_python = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    db.close()
    print(f"peak Python allocation: {peak_python / 1e6:.1f} MB; peak RSS: {peak_rss_mb():.0f} MB")
    verdict = "meets" if worst < TARGET_MS else "MISSES"
    print(f"target: a register page under {TARGET_MS:.0f} ms: {verdict} (slowest {worst:.1f} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Benchmark: search latency on a 10-year demo database, next to the same FTS query in raw SQLite.

A plain script, not part of the test run:

    .venv/bin/python benchmarks/bench_search.py [--years 10] [--runs 20] [--db PATH]

Without --db it builds a demo database (all ten basisteams, --years years, seed 1) in a
temporary folder and reports how long that took. Then, for a fixed list of queries (words
as typed letter by letter, phrases, decision numbers, common words, places with and without
a word, a word without hits), it times in one run, interleaved:

- app: driehoek_app.core.search.search(db, query, limit=10): the safe MATCH expression, a
  count and the ten newest hits per kind (five FTS tables), joined to meeting, item and
  body, with highlighted snippets;
- raw: the same MATCH expression on the same five FTS tables through a bare SQLite
  connection (the app's driver, no sqlite-utils): SELECT rowid, snippet(...) ... ORDER BY
  rank LIMIT 10 per table.

It prints median and p95 (over all queries x runs) for both, the slowest queries, the peak
Python allocation (tracemalloc) during the app searches and the process's peak RSS.
"""

import argparse
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from demo_database import demo_database, peak_rss_mb, percentile, summary_ms

from driehoek_app.core.db import open_database
from driehoek_app.core.search import build_match, search
from driehoek_app.core.search_index import INDEXES
from driehoek_app.core.sqlite_driver import connect

QUERIES = (
    "h", "he", "hen", "henn", "henne", "hennep", "hennepconvenant", "hennepconvenant hoorn",
    "cocaine", "cocaïnesmokkel", "ondermijningsbeeld", "verward gedrag", "bibob", "witwassen",
    "drugsafval buitengebied", "HRN-2024", "HLM-2026-01", "radicalisering", "phishing",
    "aangifte cybercrime", "plan van aanpak", "zorg- en veiligheidshuis", "jaarwisseling",
    "de", "het", "teamchef", "vergadering", "driehoek stemt in", "\"AND (", "fietsendiefstal",
    "Zaanstad cameratoezicht", "hoorn", "haarlem",
)  # fmt: skip
TARGET_P95_MS = 50.0


def raw_query(conn, match: str) -> int:
    """Run the same MATCH on every FTS table with snippets, best first; return the row count."""
    rows = 0
    for spec in INDEXES:
        sql = (
            f"SELECT rowid, snippet({spec.table}, -1, char(2), char(3), '…', 16) "
            f"FROM {spec.table} WHERE {spec.table} MATCH ? ORDER BY rank LIMIT 10"
        )
        rows += len(conn.execute(sql, [match]).fetchall())
    return rows


def main() -> int:
    """Build or open the database, time both sides per query and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--db", type=Path, help="an existing database (else a new demo one)")
    args = parser.parse_args()
    folder = tempfile.TemporaryDirectory(prefix="driehoek-bench-")
    path, built = demo_database(
        args.db or Path(folder.name) / "demo.sqlite3", args.years, args.seed
    )
    db = open_database(path)
    raw = connect(str(path))
    app_times: list[float] = []
    raw_times: list[float] = []
    per_query: dict[str, list[float]] = {q: [] for q in QUERIES}
    hits: dict[str, int] = {}
    search(db, "opwarmen")  # first query loads the schema; not counted
    raw_query(raw, '"opwarmen"*')
    tracemalloc.start()
    for _ in range(args.runs):
        for query in QUERIES:
            started = time.perf_counter()
            results = search(db, query, limit=10)
            elapsed = time.perf_counter() - started
            app_times.append(elapsed)
            per_query[query].append(elapsed)
            hits[query] = results.total
            match = build_match(query)
            if match is not None:
                started = time.perf_counter()
                raw_query(raw, match)
                raw_times.append(time.perf_counter() - started)
    _, peak_python = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    counts = {spec.kind: db[spec.table].count for spec in INDEXES}
    db.close()
    raw.close()

    print(f"database: {path} ({path.stat().st_size / 1e6:.0f} MB)")
    if built is not None:
        print(f"demo generation: {built:.1f} s")
    print("indexed texts: " + ", ".join(f"{kind} {n}" for kind, n in counts.items()))
    print(f"{len(QUERIES)} queries x {args.runs} runs            median / p95 (ms)")
    print(f"  app search (5 kinds, counts, joins, snippets)  {summary_ms(app_times)}")
    print(f"  raw SQLite FTS5 (5 tables, snippets, rank)     {summary_ms(raw_times)}")
    ratio = statistics.median(app_times) / statistics.median(raw_times)
    print(f"  app / raw (median)                              {ratio:7.2f}")
    print("slowest queries (median ms, hits):")
    slowest = sorted(per_query, key=lambda q: statistics.median(per_query[q]), reverse=True)
    for query in slowest[:6]:
        print(f"  {query!r:28} {statistics.median(per_query[query]) * 1000:7.2f}  {hits[query]}")
    print(f"peak Python allocation during searches: {peak_python / 1e6:.1f} MB")
    print(f"peak RSS of the process: {peak_rss_mb():.0f} MB")
    p95 = percentile(app_times, 0.95) * 1000
    verdict = "meets" if p95 < TARGET_P95_MS else "MISSES"
    print(f"target p95 < {TARGET_P95_MS:.0f} ms: {verdict} ({p95:.1f} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

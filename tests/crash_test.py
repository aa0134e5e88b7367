"""Crash test: a child saves meetings through the real services and is killed with SIGKILL.

Each save is one meeting with its agenda, minutes, decisions and actions, imported in one
transaction by `import_meeting` (the service behind `driehoek import-meeting`). The child
writes the save's number to an acknowledgement file only after the commit has returned.
The parent kills the child at a random moment, then checks the database without repairing
it: `integrity_check` and the foreign keys pass, every acknowledged save is there and
complete, and no save is there in part.

Both runs use a small page cache (`cache_size`), so a save spills pages to the database file
before its commit: a crash mid-save then leaves its half-written pages in the file. The
durable run has the app's settings (rollback journal, synchronous=FULL) and must show no
failure. The control run switches the journal and fsync off and must show failures in the
same run, proving the checks see breakage. SIGKILL leaves the OS cache intact, so the
control breaks through the interrupted transaction, not through lost disk writes.

    .venv/bin/python tests/crash_test.py --kills 500 --control-kills 50
    .venv/bin/python tests/crash_test.py --kills 20 --encrypted

Prints `mode, kills, saves verified, failures` per run; exits 0 when the durable run had no
failure and the control run had at least one. POSIX only (SIGKILL).
"""

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

ITEMS = 5
PASSPHRASE = "kraak-test-paars-konijn-fietst"
CACHE_PAGES = 8
KILLS_PER_DATABASE = 25
FIRST_ACK_TIMEOUT = 30.0
BASE_DAY = 738000  # an ordinal day in 2021


def meeting_data(seq: int) -> dict[str, Any]:
    """Return the meeting file content of save number seq (deterministic, fictional)."""
    import datetime as dt

    date = dt.date.fromordinal(BASE_DAY + seq).isoformat()
    items = []
    for number in range(1, ITEMS + 1):
        words = " ".join(f"woord{(seq * 31 + number * 7 + k) % 997}" for k in range(400))
        items.append(
            {
                "title": f"Save {seq} punt {number}",
                "minutes": f"Verslag {seq}.{number}: {words}",
                "decisions": [{"text": f"Besluit {seq}.{number}.{k}"} for k in (1, 2)],
                "actions": [{"text": f"Actie {seq}.{number}", "owner": "A. de Vries"}],
            }
        )
    return {
        "format": "driehoek-vergadering",
        "format_version": 1,
        "basisteam": "Haarlem",
        "date": date,
        "start": "09:00",
        "end": "10:30",
        "location": f"crash-{seq}",
        "items": items,
    }


def run_child(db_path: Path, ack_path: Path, mode: str, passphrase: str | None) -> None:
    """Save meetings forever, acknowledging each one after its commit returned."""
    from driehoek_app.core.db import open_database
    from driehoek_app.core.meeting_exchange import import_meeting

    db = open_database(db_path, passphrase=passphrase)
    db.execute(f"PRAGMA cache_size = {CACHE_PAGES}")
    if mode == "control":
        db.execute("PRAGMA journal_mode = OFF")
        db.execute("PRAGMA synchronous = OFF")
    last = db.execute(
        "SELECT MAX(CAST(SUBSTR(location, 7) AS INTEGER)) FROM meetings "
        "WHERE location LIKE 'crash-%'"
    ).fetchone()[0]
    seq = (last or 0) + 1
    ack = os.open(ack_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    while True:
        import_meeting(db, meeting_data(seq), allow_duplicate=True)
        os.write(ack, f"{seq}\n".encode())
        seq += 1


def _expected(seq: int) -> list[tuple[str, str, list[str], list[str]]]:
    """Return (title, minutes, decision texts, action texts) of each item of save seq."""
    return [
        (
            item["title"],
            item["minutes"],
            [d["text"] for d in item["decisions"]],
            [a["text"] for a in item["actions"]],
        )
        for item in meeting_data(seq)["items"]
    ]


def _stored(conn: Any, meeting_id: int) -> list[tuple[str, str, list[str], list[str]]]:
    """Return the same tuple per stored item of a meeting, read with plain SQL."""
    stored = []
    items = conn.execute(
        "SELECT id, title, minutes FROM agenda_items WHERE meeting_id = ? ORDER BY position",
        [meeting_id],
    ).fetchall()
    for item_id, title, minutes in items:
        decisions = conn.execute(
            "SELECT text FROM decisions WHERE item_id = ? ORDER BY position", [item_id]
        ).fetchall()
        actions = conn.execute(
            "SELECT text FROM actions WHERE item_id = ? ORDER BY position", [item_id]
        ).fetchall()
        stored.append((title, minutes, [d[0] for d in decisions], [a[0] for a in actions]))
    return stored


def verify(db_path: Path, key: bytes | None, acked: set[int]) -> list[str]:
    """Check the killed child's database; return the problems found (empty when sound)."""
    from driehoek_app.core.connection import connect_file
    from driehoek_app.core.sqlite_driver import sqlite3

    try:
        conn = connect_file(db_path, key)
    except sqlite3.Error as exc:
        return [f"cannot open: {exc}"]
    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check(5)").fetchall()]
        if rows != ["ok"]:
            return [f"integrity_check: {rows}"]
        if conn.execute("PRAGMA foreign_key_check").fetchall():
            return ["foreign_key_check failed"]
        saved = conn.execute(
            "SELECT id, location FROM meetings WHERE location LIKE 'crash-%'"
        ).fetchall()
        present = {int(location[6:]): meeting_id for meeting_id, location in saved}
        problems = [f"acknowledged save {seq} is missing" for seq in sorted(acked - present.keys())]
        for seq, meeting_id in present.items():
            if _stored(conn, meeting_id) != _expected(seq):
                problems.append(f"save {seq} is incomplete or wrong")
        return problems
    except sqlite3.DatabaseError as exc:
        return [f"unreadable: {exc}"]
    finally:
        conn.close()


def _new_database(folder: Path, number: int, encrypted: bool) -> tuple[Path, bytes | None]:
    """Create a fresh migrated database (encrypted if asked); return its path and key."""
    from driehoek_app.core.db import open_database

    path = folder / f"crash-{number}.sqlite3"
    db = open_database(path, passphrase=PASSPHRASE if encrypted else None)
    key = db.key
    db.close()
    return path, key


def _read_acks(ack_path: Path) -> set[int]:
    """Return the save numbers acknowledged so far (complete lines only)."""
    if not ack_path.exists():
        return set()
    text = ack_path.read_text(encoding="ascii")
    lines = text.split("\n")[:-1]  # a line without its newline was not fully acknowledged
    return {int(line) for line in lines if line}


def _kill_once(
    db_path: Path, ack_path: Path, mode: str, pass_file: Path | None, rng: random.Random
) -> None:
    """Start a child, wait for its first acknowledgement, kill it at a random moment."""
    before = len(_read_acks(ack_path))
    command = [sys.executable, __file__, "--child", str(db_path), str(ack_path), mode]
    if pass_file is not None:
        command += ["--passphrase-file", str(pass_file)]
    child = subprocess.Popen(command, stderr=subprocess.PIPE)
    deadline = time.monotonic() + FIRST_ACK_TIMEOUT
    while len(_read_acks(ack_path)) == before:
        if child.poll() is not None:
            raise RuntimeError(f"child stopped: {child.stderr.read().decode(errors='replace')}")
        if time.monotonic() > deadline:
            child.kill()
            raise RuntimeError("child made no save in time")
        time.sleep(0.005)
    time.sleep(rng.uniform(0.0, 0.25))
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    child.stderr.close()


def run(
    mode: str, kills: int, seed: int, encrypted: bool, folder: Path, seen: list[str]
) -> tuple[int, int, int]:
    """Run kills crash rounds in mode; return (kills, saves verified, failures)."""
    rng = random.Random(seed)
    pass_file = None
    if encrypted:
        pass_file = folder / "wachtwoord.txt"
        pass_file.write_text(PASSPHRASE + "\n", encoding="utf-8")
    verified: set[tuple[int, int]] = set()
    failures = 0
    number = 0
    db_path = ack_path = key = None
    for kill in range(kills):
        if db_path is None or kill % KILLS_PER_DATABASE == 0:
            number += 1
            db_path, key = _new_database(folder, number, encrypted)
            ack_path = folder / f"acks-{number}.txt"
        _kill_once(db_path, ack_path, mode, pass_file, rng)
        acked = _read_acks(ack_path)
        problems = verify(db_path, key, acked)
        if problems:
            failures += 1
            seen.append(f"{mode}: {problems[0]}".replace("\n", " ")[:160])
            db_path = None  # start again on a fresh database
            continue
        verified |= {(number, seq) for seq in acked}
    return kills, len(verified), failures


def main(argv: list[str] | None = None) -> int:
    """Run the durable and the control crash runs and print their figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--control-kills", type=int, default=None)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--encrypted", action="store_true")
    parser.add_argument("--child", nargs=3, metavar=("DB", "ACKS", "MODE"))
    parser.add_argument("--passphrase-file", type=Path)
    args = parser.parse_args(argv)
    if args.child:
        secret = None
        if args.passphrase_file:
            secret = args.passphrase_file.read_text(encoding="utf-8").strip()
        run_child(Path(args.child[0]), Path(args.child[1]), args.child[2], secret)
        return 0
    control_kills = args.control_kills if args.control_kills is not None else args.kills
    results = {}
    seen: list[str] = []
    with tempfile.TemporaryDirectory(prefix="driehoek-crash-") as tmp:
        for mode, kills in (("durable", args.kills), ("control", control_kills)):
            folder = Path(tmp) / mode
            folder.mkdir()
            results[mode] = run(mode, kills, args.seed, args.encrypted, folder, seen)
    settings = {
        "durable": "journal_mode=delete, synchronous=full",
        "control": "journal_mode=off, synchronous=off",
    }
    cipher = "encrypted" if args.encrypted else "plain"
    print("mode, kills, saves verified, failures")
    for mode, (kills, saves, failures) in results.items():
        print(f"{mode} ({settings[mode]}, {cipher}), {kills}, {saves}, {failures}")
    for line in seen[:5]:
        print(f"  e.g. {line}")
    durable_ok = results["durable"][2] == 0
    control_caught = results["control"][2] > 0
    return 0 if durable_ok and control_caught else 1


if __name__ == "__main__":
    sys.exit(main())

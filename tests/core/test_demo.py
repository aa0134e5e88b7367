"""The demo dataset: realistic, clearly fictional, deterministic, marked, refusable, removable."""

import datetime as dt
import itertools
import random
from collections import Counter

import pytest
from meeting_helpers import new_meeting

from driehoek_app.core.action_register import (
    ActionFilter,
    action_ids,
    actions_by_ids,
    count_actions,
)
from driehoek_app.core.actions import actielijst
from driehoek_app.core.approval import list_versions
from driehoek_app.core.bodies import body_by_code
from driehoek_app.core.db import open_database
from driehoek_app.core.demo import (
    DemoError,
    amsterdam_offset,
    create_demo,
    demo_info,
    demo_meeting_ids,
    is_demo_database,
    is_demo_meeting,
    meeting_dates,
    remove_demo,
)
from driehoek_app.core.meetings import list_meetings
from driehoek_app.core.register_tables import register_frame
from driehoek_app.core.registers import DecisionFilter, decision_ids, decisions_by_ids
from driehoek_app.core.search import search
from driehoek_app.core.search_index import search_index_problems

TODAY = dt.date(2026, 6, 10)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    """A database with two years of demo data (seed 7), made once for this module."""
    db = open_database(tmp_path_factory.mktemp("demo") / "demo.sqlite3")
    summary = create_demo(db, years=2, seed=7, today=TODAY)
    yield db, summary
    db.close()


def content(db) -> dict[str, list[tuple]]:
    """Return every row of every table in storage order (the migration log left out)."""
    tables = [row[0] for row in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name <> '_sqlite_migrations'"
        " ORDER BY name"
    )]  # fmt: skip
    result = {}
    for table in tables:
        rows = db.execute(f'SELECT * FROM "{table}"').fetchall()
        if table == "demo_data":  # when it was made: the one wall-clock value, by design
            rows = [row[:-1] for row in rows]
        result[table] = rows
    return result


def exports(db) -> dict[str, bytes]:
    """Return the three register exports of a database as CSV bytes."""
    result = {}
    for kind in ("decisions", "actions", "meetings"):
        frame = register_frame(db, kind, today=TODAY)
        result[kind] = frame.to_csv(index=False).encode("utf-8")
    return result


def test_all_ten_basisteams_meet_about_twenty_times_a_year(demo_db):
    db, summary = demo_db
    rows = db.execute(
        "SELECT body_id, substr(date, 1, 4), count(*) FROM meetings GROUP BY 1, 2"
    ).fetchall()
    assert len({row[0] for row in rows}) == 10
    assert all(17 <= row[2] <= 23 for row in rows), rows
    assert summary.meetings == sum(row[2] for row in rows)
    assert summary.decisions > 300 and summary.actions > 300


def test_past_meetings_are_complete_and_approved_in_the_next_one(demo_db):
    db, _ = demo_db
    past = [m for m in list_meetings(db, today=TODAY) if m.date <= TODAY.isoformat()]
    future = [m for m in list_meetings(db, today=TODAY) if m.date > TODAY.isoformat()]
    statuses = Counter(m.status for m in past)
    assert statuses["concept"] == 10  # the last past meeting of each body
    approved = [m for m in past if m.status == "vastgesteld"]
    assert all(m.approved_in_meeting_id and list_versions(db, m.id) for m in approved)
    assert all(m.status == "concept" for m in future)
    minutes_of_future = db.execute(
        "SELECT count(*) FROM agenda_items i JOIN meetings m ON m.id = i.meeting_id "
        "WHERE m.date > ? AND (i.minutes <> '' OR i.id IN (SELECT item_id FROM decisions))",
        [TODAY.isoformat()],
    ).fetchone()[0]
    assert minutes_of_future == 0


def test_actions_carry_over_and_some_are_overdue(demo_db):
    db, _ = demo_db
    overdue = count_actions(db, ActionFilter(overdue=True), today=TODAY)
    assert 0 < overdue < 200
    assert db.execute("SELECT count(*) FROM action_history").fetchone()[0] > 100
    statuses = dict(db.execute("SELECT status, count(*) FROM actions GROUP BY 1").fetchall())
    assert set(statuses) == {"open", "afgerond", "vervallen"}
    last = max(list_meetings(db, today=TODAY), key=lambda m: (m.date <= "2026-06-10", m.date))
    assert actielijst(db, last.id)


def test_decision_numbers_run_on_per_body_and_year(demo_db):
    db, _ = demo_db
    rows = db.execute(
        "SELECT body_id, year, count(*), max(serial) FROM decisions GROUP BY 1, 2"
    ).fetchall()
    assert all(count == top for _, _, count, top in rows)
    counters = dict(((b, y), s) for b, y, s in db.execute("SELECT * FROM decision_counters"))
    assert all(counters[(b, y)] == top for b, y, _, top in rows)


def test_everything_is_clearly_fictional_and_marked(demo_db):
    db, _ = demo_db
    assert is_demo_database(db)
    info = demo_info(db)
    assert (info.seed, info.years, info.first_year, info.last_year) == (7, 2, 2025, 2026)
    assert info.real_meetings == 0 and info.demo_meetings == db["meetings"].count
    assert demo_meeting_ids(db) == {row[0] for row in db.execute("SELECT id FROM meetings")}
    names = [row[0] for row in db.execute("SELECT name || ' ' || organisation FROM people")]
    assert names and all("Demo" in name or "fictief" in name for name in names)
    owners = {row[0] for row in db.execute("SELECT DISTINCT owner FROM actions")}
    assert "Teamchef" in owners and "Gemeente (fictief)" in owners


def test_the_data_is_consistent_and_searchable(demo_db):
    db, _ = demo_db
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert search_index_problems(db) == []
    assert search(db, "hennepconvenant").total > 0
    assert search(db, "cocaine").total > 0
    themes = {row[0] for row in db.execute("SELECT DISTINCT theme_code FROM agenda_item_themes")}
    assert themes == {"ondermijning", "zorg-en-veiligheid", "contraterrorisme", "cybercrime"}


def test_the_same_seed_gives_the_same_data(tmp_path, demo_db):
    db, _ = demo_db
    again = open_database(tmp_path / "again.sqlite3")
    other = open_database(tmp_path / "other.sqlite3")
    try:
        create_demo(again, years=2, seed=7, today=TODAY)
        create_demo(other, years=2, seed=8, today=TODAY)
        assert exports(again) == exports(db)
        same, first = content(again), content(db)
        assert same.keys() == first.keys()
        for table in first:  # meetings, beelden, signals, links, search index: every byte
            assert same[table] == first[table], table
        assert first["beelden"] and first["signals"] and first["beeld_links"]
        assert exports(other)["decisions"] != exports(db)["decisions"]
        assert content(other)["signals"] != first["signals"]
    finally:
        again.close()
        other.close()


def test_a_database_with_real_meetings_is_refused_unless_forced(fresh_db):
    real = new_meeting(fresh_db, "2026-01-06")
    with pytest.raises(DemoError, match="bevat 1 echte vergadering"):
        create_demo(fresh_db, years=1, today=TODAY)
    assert fresh_db["meetings"].count == 1 and not is_demo_database(fresh_db)
    create_demo(fresh_db, years=1, seed=3, today=TODAY, force=True)
    assert not is_demo_meeting(fresh_db, real.id)
    assert demo_info(fresh_db).real_meetings == 1
    with pytest.raises(DemoError, match="bevat al demogegevens"):
        create_demo(fresh_db, years=1, today=TODAY, force=True)
    removed = remove_demo(fresh_db)
    assert removed > 100
    assert [row[0] for row in fresh_db.execute("SELECT id FROM meetings")] == [real.id]
    assert not is_demo_database(fresh_db)
    assert search_index_problems(fresh_db) == []


def test_remove_demo_leaves_an_empty_database(tmp_path):
    db = open_database(tmp_path / "leeg.sqlite3")
    try:
        create_demo(db, years=1, seed=2, today=TODAY)
        remove_demo(db)
        for table in ("meetings", "people", "decisions", "actions", "decision_counters",
                      "demo_meetings", "demo_people", "search_besluit", "beelden",
                      "beeld_phenomena", "signals", "interventions", "intervention_results",
                      "beeld_links", "demo_beelden", "realisations",
                      "demo_realisations"):  # fmt: skip
            assert db[table].count == 0, table
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        db.close()


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"years": 0}, "Aantal jaren"),
        ({"years": 51}, "Aantal jaren"),
        ({"years": "2"}, "Aantal jaren"),
        ({"seed": -1}, "Startgetal"),
    ],
)
def test_bad_arguments_are_refused(fresh_db, kwargs, message):
    with pytest.raises(DemoError, match=message):
        create_demo(fresh_db, today=TODAY, **kwargs)


def test_progress_is_reported_and_an_error_there_cancels_everything(fresh_db):
    calls = []

    def progress(done: int, total: int) -> None:
        calls.append((done, total))
        if done == 25:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        create_demo(fresh_db, years=1, today=TODAY, progress=progress)
    assert calls[0] == (1, calls[0][1]) and len(calls) == 25
    assert fresh_db["meetings"].count == 0 and fresh_db["people"].count == 0
    assert not is_demo_database(fresh_db)


def test_dates_and_offsets():
    dates = meeting_dates(random.Random(1), 2026, 1)
    assert all(d.weekday() == 1 and d.year == 2026 for d in dates)
    assert not [d for d in dates if (7, 15) <= (d.month, d.day) <= (8, 20)]
    assert amsterdam_offset(dt.date(2026, 3, 28)) == "+01:00"
    assert amsterdam_offset(dt.date(2026, 3, 29)) == "+02:00"
    assert amsterdam_offset(dt.date(2026, 10, 24)) == "+02:00"
    assert amsterdam_offset(dt.date(2026, 10, 25)) == "+01:00"


def test_register_sorts_on_the_demo_data_match_a_plain_sort(demo_db):
    db, _ = demo_db
    hoorn = body_by_code(db, "HRN").id
    for flt in (DecisionFilter(), DecisionFilter(body_ids=(hoorn,), year=2025)):
        rows = decisions_by_ids(db, decision_ids(db, flt))
        assert rows == sorted(rows, key=lambda r: (r.date, r.start_time, r.meeting_id),
                              reverse=True)  # fmt: skip
        for earlier, later in itertools.pairwise(rows):
            if earlier.meeting_id == later.meeting_id:
                assert (earlier.item_number, earlier.id) < (later.item_number, later.id)
        numbered = decisions_by_ids(db, decision_ids(db, flt, "number", descending=False))
        assert [r.number for r in numbered] == sorted(r.number for r in numbered)
        assert decision_ids(db, flt, offset=5, limit=7) == decision_ids(db, flt)[5:12]
    actions = actions_by_ids(db, action_ids(db, today=TODAY), TODAY)
    keys = [(a.due_date is None, a.due_date or "") for a in actions]
    assert keys == sorted(keys)
    by_meeting = actions_by_ids(db, action_ids(db, sort="meeting_date", descending=True), TODAY)
    assert [a.meeting_date for a in by_meeting] == sorted(
        (a.meeting_date for a in by_meeting), reverse=True
    )

"""Search by place: a body, basisteam or gemeente name in the query matches that body's texts."""

import sqlite_utils
from meeting_helpers import body, new_meeting

from driehoek_app.core.actions import add_action
from driehoek_app.core.agenda import add_item, list_items, update_item
from driehoek_app.core.attachments import add_attachment
from driehoek_app.core.bodies import create_body, update_body
from driehoek_app.core.db import apply_pragmas, open_database
from driehoek_app.core.decisions import add_decision
from driehoek_app.core.integrity import check_file
from driehoek_app.core.migrations import MIGRATIONS
from driehoek_app.core.registers import DecisionFilter, count_decisions
from driehoek_app.core.restore import restore_backup
from driehoek_app.core.search import render_snippet, search
from driehoek_app.core.search_index import (
    INDEXES,
    has_places,
    rebuild_search_index,
    search_index_problems,
)

MIGRATION = "0007_search_places"


def theme_item(db, date: str, code: str):
    """Return the theme agenda item of a new meeting of the body with this code."""
    return list_items(db, new_meeting(db, date, code).id)[4]


def found(db, query: str, **kwargs) -> list[tuple[str, str]]:
    """Return (kind, basisteam or body code) of every hit, group after group."""
    return [(h.kind, h.basisteam or h.body_code) for h in search(db, query, **kwargs).hits]


def decisions_found(db, query: str) -> list[str]:
    """Return the numbers of the decisions a query finds."""
    return [hit.label for hit in search(db, query, kinds=["besluit"]).hits]


def seed(db) -> dict[str, str]:
    """A Hoorn and a Zaanstad decision on the hennepconvenant, and one on cameratoezicht."""
    hoorn = add_decision(
        db,
        theme_item(db, "2026-03-10", "HRN").id,
        "De driehoek verlengt het hennepconvenant tot 2028.",
    )
    zaanstad = add_decision(
        db, theme_item(db, "2026-04-21", "ZST").id, "Het hennepconvenant wordt geëvalueerd."
    )
    camera = add_decision(
        db,
        theme_item(db, "2026-05-12", "ZST").id,
        "Het cameratoezicht in het centrum blijft tot eind 2027.",
    )
    return {"hoorn": hoorn.number, "zaanstad": zaanstad.number, "camera": camera.number}


# ----- finding by place ------------------------------------------------------------------


def test_a_place_word_keeps_the_decisions_of_that_place(fresh_db):
    numbers = seed(fresh_db)
    assert sorted(decisions_found(fresh_db, "hennepconvenant")) == sorted(
        [numbers["hoorn"], numbers["zaanstad"]]
    )
    for query in (
        "hennepconvenant hoorn",
        "hoorn hennepconvenant",
        "Hennepconvenant HOORN",
        "hennepconvenant hoo",
        "hennepconvenant hóórn",
        "hennepconvenant HRN",
    ):
        assert decisions_found(fresh_db, query) == [numbers["hoorn"]], query
    assert decisions_found(fresh_db, "Zaanstad cameratoezicht") == [numbers["camera"]]
    assert decisions_found(fresh_db, "Hoorn cameratoezicht") == []


def test_the_standard_name_of_a_basisteamdriehoek_adds_no_place_word(fresh_db):
    seed(fresh_db)
    assert search(fresh_db, "bas").total == 0
    assert search(fresh_db, "basisteamdriehoek hoorn").total == 0


def test_the_snippet_highlights_the_text_not_the_place(fresh_db):
    seed(fresh_db)
    hit = search(fresh_db, "hennepconvenant hoorn", kinds=["besluit"]).hits[0]
    assert render_snippet(hit.snippet) == "De driehoek verlengt het [hennepconvenant] tot 2028."
    assert (hit.basisteam, hit.body_code) == ("Hoorn", "HRN")


def test_a_place_alone_lists_that_body_with_its_text_unhighlighted(fresh_db):
    numbers = seed(fresh_db)
    hits = search(fresh_db, "zaanstad", kinds=["besluit"]).hits
    assert [hit.label for hit in hits] == [numbers["camera"], numbers["zaanstad"]]
    assert render_snippet(hits[0].snippet) == (
        "Het cameratoezicht in het centrum blijft tot eind 2027."
    )


def test_a_place_named_in_the_text_of_another_body_is_found_too(fresh_db):
    numbers = seed(fresh_db)
    other = add_decision(fresh_db, theme_item(fresh_db, "2026-06-02", "ZST").id,
                         "Hennepconvenant afstemmen met de gemeente Hoorn.")  # fmt: skip
    assert sorted(decisions_found(fresh_db, "hennepconvenant hoorn")) == sorted(
        [numbers["hoorn"], other.number]
    )
    hit = next(h for h in search(fresh_db, "hennepconvenant hoorn").hits if h.ref_id == other.id)
    assert render_snippet(hit.snippet) == "[Hennepconvenant] afstemmen met de gemeente [Hoorn]."
    relevant = search(fresh_db, "hoorn", kinds=["besluit"], order="relevance").hits
    assert relevant[0].label == other.number


def test_every_kind_is_found_by_place(fresh_db):
    item = theme_item(fresh_db, "2026-03-10", "HRN")
    update_item(fresh_db, item.id, description="Evaluatie hennepconvenant",
                minutes="Het hennepconvenant werkt.")  # fmt: skip
    add_decision(fresh_db, item.id, "Hennepconvenant verlengd.")
    add_action(fresh_db, item.id, "Hennepconvenant laten tekenen", remark="")
    add_attachment(fresh_db, item.id, "Hennepconvenant.pdf", b"%PDF-1.4")
    other = theme_item(fresh_db, "2026-03-11", "HLM")
    update_item(fresh_db, other.id, description="Hennepconvenant in Haarlem",
                minutes="Het hennepconvenant werkt.")  # fmt: skip
    expected = [
        (kind, "Hoorn") for kind in ("agendapunt", "notulen", "besluit", "actie", "bijlage")
    ]
    assert found(fresh_db, "hennepconvenant hoorn") == expected


def test_the_gemeenten_of_a_body_are_place_words(fresh_db):
    numbers = seed(fresh_db)
    hoorn = body(fresh_db, "HRN").id
    assert decisions_found(fresh_db, "hennepconvenant enkhuizen") == []
    update_body(fresh_db, hoorn, gemeenten=["Enkhuizen", "Súdwest-Fryslân"])
    assert decisions_found(fresh_db, "hennepconvenant enkhuizen") == [numbers["hoorn"]]
    assert decisions_found(fresh_db, "sudwest-fryslan hennep") == [numbers["hoorn"]]
    assert search_index_problems(fresh_db) == []
    update_body(fresh_db, hoorn, gemeenten=["Medemblik"])
    assert decisions_found(fresh_db, "hennepconvenant enkhuizen") == []
    assert decisions_found(fresh_db, "hennepconvenant medemblik") == [numbers["hoorn"]]
    assert search_index_problems(fresh_db) == []


# ----- the place words stay in step -----------------------------------------------------


def test_renaming_a_body_keeps_the_index_in_step(fresh_db):
    district = create_body(fresh_db, "Districtsoverleg Kennemerland", "DKL", "districtsoverleg")
    meeting = new_meeting(fresh_db, "2026-02-02", "DKL")
    item = add_item(fresh_db, meeting.id, "Cameratoezicht", minutes="Cameratoezicht uitbreiden.")
    assert found(fresh_db, "uitbreiden dkl") == [("notulen", "DKL")]
    update_body(fresh_db, district.id, code="DKN")
    assert found(fresh_db, "uitbreiden dkl") == []
    assert found(fresh_db, "uitbreiden dkn") == [("notulen", "DKN")]
    decision = add_decision(fresh_db, item.id, "Cameratoezicht wordt uitgebreid.")
    assert decisions_found(fresh_db, "cameratoezicht kennemerland") == [decision.number]
    update_body(fresh_db, district.id, name="Districtsoverleg Zuid-Holland")
    assert decisions_found(fresh_db, "cameratoezicht kennemerland") == []
    assert decisions_found(fresh_db, "cameratoezicht zuid-holland") == [decision.number]
    assert found(fresh_db, "uitbreiden zuid") == [("notulen", "DKN")]
    assert search_index_problems(fresh_db) == []


def test_renaming_a_basisteamdriehoek_or_basisteam_keeps_the_index_in_step(fresh_db):
    numbers = seed(fresh_db)
    update_body(fresh_db, body(fresh_db, "HRN").id, name="Driehoek West-Friesland")
    assert decisions_found(fresh_db, "hennepconvenant friesland") == [numbers["hoorn"]]
    assert decisions_found(fresh_db, "hennepconvenant hoorn") == [numbers["hoorn"]]
    fresh_db.execute("UPDATE basisteams SET name = 'Hoorn-Enkhuizen' WHERE name = 'Hoorn'")
    assert decisions_found(fresh_db, "hennepconvenant enkhuizen") == [numbers["hoorn"]]
    assert search_index_problems(fresh_db) == []


def test_moving_a_meeting_or_an_item_to_another_body_moves_its_place(fresh_db):
    numbers = seed(fresh_db)
    hoorn_meeting = fresh_db.execute(
        "SELECT i.meeting_id FROM decisions d JOIN agenda_items i ON i.id = d.item_id"
        " WHERE d.number = ?", [numbers["hoorn"]],
    ).fetchone()[0]  # fmt: skip
    fresh_db.execute("UPDATE meetings SET body_id = ? WHERE id = ?",
                     [body(fresh_db, "ALK").id, hoorn_meeting])  # fmt: skip
    assert decisions_found(fresh_db, "hennepconvenant hoorn") == []
    assert decisions_found(fresh_db, "hennepconvenant alkmaar") == [numbers["hoorn"]]
    assert search_index_problems(fresh_db) == []
    haarlem = new_meeting(fresh_db, "2026-07-07", "HLM")
    fresh_db.execute(
        "UPDATE agenda_items SET meeting_id = ? WHERE id = "
        "(SELECT item_id FROM decisions WHERE number = ?)", [haarlem.id, numbers["hoorn"]],
    )  # fmt: skip
    assert decisions_found(fresh_db, "hennepconvenant haarlem") == [numbers["hoorn"]]
    assert search_index_problems(fresh_db) == []


def test_a_stale_place_is_reported_and_rebuilt(fresh_db):
    seed(fresh_db)
    fresh_db.execute("UPDATE search_besluit SET plaats = 'Elders'")
    assert search_index_problems(fresh_db) == [
        "De zoekindex voor besluit wijkt op 6 plaatsen af van de gegevens."
    ]
    rebuild_search_index(fresh_db)
    assert search_index_problems(fresh_db) == []


def test_the_besluitenregister_text_filter_knows_places_too(fresh_db):
    seed(fresh_db)
    assert count_decisions(fresh_db, DecisionFilter(text="hennepconvenant hoorn")) == 1
    assert count_decisions(fresh_db, DecisionFilter(text="hennepconvenant")) == 2


# ----- databases made before the place words -------------------------------------------


def legacy_index(db: sqlite_utils.Database) -> None:
    """Put back the index as migration 0004 made it before 0007: text columns only."""
    for name in [row[0] for row in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search_%'"
    )]:  # fmt: skip
        db.execute(f"DROP TRIGGER {name}")
    for spec in INDEXES:
        columns = ", ".join(spec.columns)
        new = ", ".join(f"new.{column}" for column in spec.columns)
        only = spec.condition("new")
        db.execute(f"DROP TABLE {spec.table}")
        db.execute(f"CREATE VIRTUAL TABLE {spec.table} USING fts5({columns}, "
                   "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')")  # fmt: skip
        db.execute(f"""CREATE TRIGGER {spec.table}_insert AFTER INSERT ON {spec.source} BEGIN
            DELETE FROM {spec.table} WHERE rowid = new.id;
            INSERT INTO {spec.table} (rowid, {columns}) SELECT new.id, {new} WHERE {only}; END""")
        db.execute(f"""CREATE TRIGGER {spec.table}_update AFTER UPDATE OF id, {columns}
            ON {spec.source} BEGIN DELETE FROM {spec.table} WHERE rowid = old.id;
            INSERT INTO {spec.table} (rowid, {columns}) SELECT new.id, {new} WHERE {only}; END""")
        db.execute(f"""CREATE TRIGGER {spec.table}_delete AFTER DELETE ON {spec.source} BEGIN
            DELETE FROM {spec.table} WHERE rowid = old.id; END""")


def old_database(path) -> sqlite_utils.Database:
    """A database from before the place words (index without them), with data and gemeenten."""
    db = sqlite_utils.Database(path)
    apply_pragmas(db)
    MIGRATIONS.apply(db, stop_before=MIGRATION)
    legacy_index(db)
    seed(db)
    update_body(db, body(db, "HRN").id, gemeenten=["Enkhuizen"])
    return db


def test_the_migration_adds_places_to_an_existing_index(tmp_path):
    db = old_database(tmp_path / "oud.sqlite3")
    assert not any(has_places(db, spec) for spec in INDEXES)
    assert search_index_problems(db) == []
    assert decisions_found(db, "hennepconvenant hoorn") == []
    rebuild_search_index(db)
    assert search_index_problems(db) == []
    db.close()
    db = open_database(tmp_path / "oud.sqlite3")
    try:
        assert all(has_places(db, spec) for spec in INDEXES)
        assert len(decisions_found(db, "hennepconvenant hoorn")) == 1
        assert len(decisions_found(db, "hennepconvenant enkhuizen")) == 1
        assert decisions_found(db, "zaanstad cameratoezicht") != []
        assert search_index_problems(db) == []
    finally:
        db.close()


def test_an_old_backup_passes_its_check_restores_and_then_finds_places(tmp_path):
    old = old_database(tmp_path / "oud.sqlite3")
    backup = tmp_path / "back-up.sqlite3"
    old.execute(f"VACUUM INTO '{backup}'")
    old.close()
    assert check_file(backup, None).ok
    current = tmp_path / "driehoek.sqlite3"
    open_database(current).close()
    result = restore_backup(current, backup)
    assert result.rebuilt_indexes == []
    db = open_database(current)
    try:
        assert [h.basisteam for h in search(db, "hennepconvenant enkhuizen").hits] == ["Hoorn"]
        assert search_index_problems(db) == []
    finally:
        db.close()

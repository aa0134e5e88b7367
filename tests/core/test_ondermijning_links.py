"""Links between a beeld and the meetings, and the 0005 migration that holds them."""

from types import SimpleNamespace

import pytest
from meeting_helpers import body

from driehoek_app.core.actions import add_action
from driehoek_app.core.agenda import add_item, delete_item
from driehoek_app.core.approval import approve_meeting
from driehoek_app.core.beeld_links import (
    link,
    links_of,
    links_to_item,
    pull_into_item,
    suggested_entries,
    unlink,
)
from driehoek_app.core.beeld_phenomena import add_entry, delete_entry
from driehoek_app.core.db import apply_pragmas
from driehoek_app.core.decisions import add_decision, delete_decision
from driehoek_app.core.interventions import add_intervention, get_intervention
from driehoek_app.core.meeting_base import NotFoundError, ValidationError
from driehoek_app.core.meetings import create_meeting
from driehoek_app.core.migrations import MIGRATIONS, migration_names
from driehoek_app.core.ondermijningsbeeld import create_beeld
from driehoek_app.core.signals import add_signal


@pytest.fixture
def w(fresh_db):
    """A Haarlem meeting with an item, a decision and an action, and a beeld of that year."""
    db = fresh_db
    meeting = create_meeting(db, body(db, "HLM").id, "2026-04-16", invite_members=False)
    item = add_item(db, meeting.id, "Hennepaanpak", themes=["ondermijning"], planned_minutes=20)
    decision = add_decision(db, item.id, "De burgemeester past artikel 13b toe.")
    action = add_action(db, item.id, "Corporaties informeren", "Gemeente", "2026-06-01")
    beeld = create_beeld(db, "Haarlem", 2026)
    entry = add_entry(db, beeld.id, "hennep", ernst=4)
    signal = add_signal(db, beeld.id, "2026-02-03", "politie", "Stroom.", "hennep")
    intervention = add_intervention(db, beeld.id, "bestuurlijk", "Sluiting.", "gemeente")
    return SimpleNamespace(
        db=db,
        meeting=meeting,
        item=item,
        decision=decision,
        action=action,
        entry=entry,
        signal=signal,
        intervention=intervention,
    )


def test_links_show_where_a_beeld_entry_was_discussed(w):
    to_decision = link(w.db, "intervention", w.intervention.id, "decision", w.decision.id)
    assert to_decision.description == (
        f"Besluit {w.decision.number}: De burgemeester past artikel 13b toe.")  # fmt: skip
    assert (to_decision.meeting_id, to_decision.meeting_date) == (w.meeting.id, "2026-04-16")
    assert to_decision.body_name == "Basisteamdriehoek Haarlem"
    to_action = link(w.db, "intervention", w.intervention.id, "action", w.action.id)
    assert to_action.description == "Actie: Corporaties informeren"
    to_item = link(w.db, "signal", w.signal.id, "item", w.item.id)
    assert to_item.description == "Agendapunt 1: Hennepaanpak"
    assert (
        link(w.db, "signal", w.signal.id, "item", w.item.id).id == to_item.id
    )  # twice is harmless
    assert [x.target_kind for x in links_of(w.db, "intervention", w.intervention.id)] == [
        "decision", "action"]  # fmt: skip
    seen = links_to_item(w.db, w.item.id)
    assert sorted((x.owner_kind, x.text) for x in seen) == [
        ("intervention", "Sluiting."), ("intervention", "Sluiting."),
        ("signal", "Stroom."),
    ]  # fmt: skip
    unlink(w.db, to_item.id)
    assert links_of(w.db, "signal", w.signal.id) == []


def test_phenomena_can_be_pulled_into_an_agenda_item(w):
    assert [e.id for e in suggested_entries(w.db, w.item.id)] == [w.entry.id]
    links = pull_into_item(w.db, w.item.id, [w.entry.id])
    assert links[0].owner_kind == "phenomenon" and links[0].item_id == w.item.id
    later = create_meeting(w.db, body(w.db, "HLM").id, "2027-02-01", invite_members=False)
    later_item = add_item(w.db, later.id, "Vervolg")
    assert [e.id for e in suggested_entries(w.db, later_item.id)] == [w.entry.id]  # last beeld
    zaanstad = create_meeting(w.db, body(w.db, "ZST").id, "2026-02-01", invite_members=False)
    assert suggested_entries(w.db, add_item(w.db, zaanstad.id, "Elders").id) == []
    with pytest.raises(NotFoundError, match="Fenomeen 999"):
        pull_into_item(w.db, w.item.id, [w.entry.id, 999])
    assert len(links_to_item(w.db, w.item.id)) == 1  # all or nothing


def test_a_link_to_an_approved_meeting_is_allowed(w):
    approve_meeting(w.db, w.meeting.id, "2026-05-01")
    assert link(w.db, "intervention", w.intervention.id, "decision", w.decision.id).meeting_id == (
        w.meeting.id)  # fmt: skip


def test_links_go_with_the_meeting_part_and_the_owner_stays(w):
    link(w.db, "intervention", w.intervention.id, "decision", w.decision.id)
    link(w.db, "phenomenon", w.entry.id, "item", w.item.id)
    link(w.db, "signal", w.signal.id, "action", w.action.id)
    delete_decision(w.db, w.decision.id)
    assert links_of(w.db, "intervention", w.intervention.id) == []
    assert get_intervention(w.db, w.intervention.id).description == "Sluiting."
    delete_entry(w.db, w.entry.id)
    assert w.db["beeld_links"].count == 1
    delete_item(w.db, w.item.id)
    assert w.db["beeld_links"].count == 0
    assert w.db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_bad_links_are_refused_in_dutch(w):
    with pytest.raises(ValidationError, match="kies uit: phenomenon, signal, intervention"):
        link(w.db, "besluit", 1, "item", w.item.id)
    with pytest.raises(NotFoundError, match="Besluit 999 bestaat niet"):
        link(w.db, "signal", w.signal.id, "decision", 999)
    with pytest.raises(NotFoundError, match="Signaal 999 bestaat niet"):
        link(w.db, "signal", 999, "item", w.item.id)


def test_the_ondermijning_migration_runs_from_empty_after_0004(tmp_path):
    import sqlite_utils

    names = migration_names()
    assert names.index("0005_ondermijning") == names.index("0004_search") + 1
    db = sqlite_utils.Database(tmp_path / "leeg.sqlite3")
    apply_pragmas(db)
    MIGRATIONS.apply(db, stop_before="0005_ondermijning")
    assert "beelden" not in db.table_names()
    MIGRATIONS.apply(db)
    for table in (
        "phenomena",
        "beelden",
        "beeld_documents",
        "beeld_phenomena",
        "signals",
        "interventions",
        "intervention_results",
        "beeld_links",
        "realisations",
    ):
        assert table in db.table_names()
    assert db["phenomena"].count == 15
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []

"""Decision numbers: CODE-YEAR-NNN per body and year, given once, never reused or changed."""

import pytest
from meeting_helpers import NASTY_TEXT, body, new_meeting

from driehoek_app.core.agenda import delete_item, list_items
from driehoek_app.core.bodies import update_body
from driehoek_app.core.decisions import (
    add_decision,
    besluitenlijst,
    delete_decision,
    format_number,
    get_decision,
    item_decisions,
    move_decision,
    next_number_preview,
    parse_number,
    restore_decision,
    update_decision,
)
from driehoek_app.core.item_snapshots import restore_item
from driehoek_app.core.meeting_base import ValidationError
from driehoek_app.core.meetings import delete_meeting


@pytest.fixture
def db(fresh_db):
    """A migrated database with the meeting tables, bodies and standard template."""
    return fresh_db


def _item(db, meeting, index=4):
    return list_items(db, meeting.id)[index]


def test_numbers_count_up_per_body_and_year(db):
    haarlem_2026 = new_meeting(db, "2026-03-01")
    zaanstad_2026 = new_meeting(db, "2026-03-01", code="ZST")
    haarlem_2027 = new_meeting(db, "2027-01-10")
    a = add_decision(db, _item(db, haarlem_2026).id, "a")
    b = add_decision(db, _item(db, haarlem_2026).id, "b")
    z = add_decision(db, _item(db, zaanstad_2026).id, "z")
    n = add_decision(db, _item(db, haarlem_2027).id, "n")
    assert [a.number, b.number, z.number, n.number] == [
        "HLM-2026-001", "HLM-2026-002", "ZST-2026-001", "HLM-2027-001",
    ]  # fmt: skip
    assert [d.number for d in besluitenlijst(db, body(db).id, 2026)] == [a.number, b.number]


def test_deleted_numbers_are_never_given_again(db):
    meeting = new_meeting(db)
    item = _item(db, meeting)
    first = add_decision(db, item.id, "eerste")
    second = add_decision(db, item.id, "tweede")
    delete_decision(db, second.id)
    assert add_decision(db, item.id, "derde").number == "HLM-2026-003"
    assert get_decision(db, first.id).number == "HLM-2026-001"


def test_numbers_survive_deleting_a_whole_meeting(db):
    meeting = new_meeting(db)
    add_decision(db, _item(db, meeting).id, "weg")
    delete_meeting(db, meeting.id)
    other = new_meeting(db, "2026-05-01")
    assert add_decision(db, _item(db, other).id, "nieuw").number == "HLM-2026-002"


def test_reordering_and_deleting_others_keep_numbers(db):
    meeting = new_meeting(db)
    item = _item(db, meeting)
    one, two, three = (add_decision(db, item.id, t) for t in ("een", "twee", "drie"))
    move_decision(db, three.id, 1)
    delete_decision(db, one.id)
    assert [(d.number, d.position) for d in item_decisions(db, item.id)] == [
        (three.number, 1), (two.number, 2),
    ]  # fmt: skip


def test_undo_of_a_deletion_brings_back_the_same_number(db):
    meeting = new_meeting(db)
    item = _item(db, meeting)
    add_decision(db, item.id, "een")
    removed = delete_decision(db, add_decision(db, item.id, "twee").id)
    restored = restore_decision(db, removed)
    assert (restored.number, restored.text, restored.position) == ("HLM-2026-002", "twee", 2)


def test_undo_of_an_item_deletion_keeps_decision_numbers(db):
    meeting = new_meeting(db)
    item = _item(db, meeting)
    decision = add_decision(db, item.id, "blijft")
    snapshot = delete_item(db, item.id)
    restored = restore_item(db, snapshot)
    assert restored.number == item.number
    assert [d.number for d in item_decisions(db, restored.id)] == [decision.number]


def test_year_comes_from_the_meeting_date_and_preview_reserves_nothing(db):
    meeting = new_meeting(db, "2031-02-02")
    assert next_number_preview(db, meeting.id) == "HLM-2031-001"
    assert next_number_preview(db, meeting.id) == "HLM-2031-001"
    assert add_decision(db, _item(db, meeting).id).number == "HLM-2031-001"


def test_text_is_stored_exactly(db):
    meeting = new_meeting(db)
    decision = add_decision(db, _item(db, meeting).id, "")
    assert update_decision(db, decision.id, NASTY_TEXT).text == NASTY_TEXT


def test_body_code_is_fixed_once_numbers_exist(db):
    meeting = new_meeting(db)
    haarlem = body(db)
    update_body(db, haarlem.id, code="HAA")
    update_body(db, haarlem.id, code="HLM")
    add_decision(db, _item(db, meeting).id, "x")
    with pytest.raises(ValidationError, match="besluitnummers"):
        update_body(db, haarlem.id, code="HAA")


def test_number_format_helpers():
    assert format_number("HLM", 2026, 14) == "HLM-2026-014"
    assert format_number("HLM", 2026, 1234) == "HLM-2026-1234"
    assert parse_number("ZST-2027-003") == ("ZST", 2027, 3)
    assert parse_number("ZST-2027-000") is None
    assert parse_number("hlm-2026-001") is None

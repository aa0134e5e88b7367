"""Core services behind undo: attachments, the attendance list and beeld links come back exactly."""

import dataclasses

import pytest
from meeting_helpers import NASTY_TEXT, body, new_meeting, people

from driehoek_app.core.actions import add_action, item_actions
from driehoek_app.core.agenda import add_item, delete_item
from driehoek_app.core.approval import approve_meeting
from driehoek_app.core.attachments import (
    add_attachment,
    delete_attachment,
    list_attachments,
    read_attachment,
    restore_attachment,
)
from driehoek_app.core.attendance import (
    invite_body_members,
    list_attendance,
    remove_attendee,
    restore_attendance,
    set_attendance,
)
from driehoek_app.core.beeld_links import (
    find_link,
    item_link_records,
    link,
    link_record,
    links_to_item,
    remove_link,
    restore_link,
    restore_links,
    target_link_records,
)
from driehoek_app.core.beeld_phenomena import add_entry, delete_entry
from driehoek_app.core.bodies import set_member
from driehoek_app.core.decisions import add_decision, item_decisions
from driehoek_app.core.item_snapshots import restore_item
from driehoek_app.core.meeting_base import NotFoundError, ReadOnlyError, ValidationError
from driehoek_app.core.meetings import create_meeting
from driehoek_app.core.ondermijningsbeeld import create_beeld
from driehoek_app.core.people import create_person
from driehoek_app.core.search_index import search_index_problems

PDF = b"%PDF-1.7\n" + bytes(range(256)) * 40


def decision_ids(db, item_id: int) -> list[int]:
    """Return the ids of an item's decisions."""
    return [d.id for d in item_decisions(db, item_id)]


def action_ids(db, item_id: int) -> list[int]:
    """Return the ids of an item's actions."""
    return [a.id for a in item_actions(db, item_id)]


def _three_attachments(db):
    """Return an item with three attachments: a.pdf, b.docx (the one to remove), c.txt."""
    item = add_item(db, new_meeting(db).id, "Ondermijning")
    for name, data in (
        ("a.pdf", PDF),
        (NASTY_TEXT[:30] + ".docx", b"\x00\xffword"),
        ("c.txt", b""),
    ):
        add_attachment(db, item.id, name, data)
    return item


def test_a_removed_attachment_returns_with_id_bytes_name_date_and_place(fresh_db):
    db = fresh_db
    item = _three_attachments(db)
    before = list_attachments(db, item.id)
    content = delete_attachment(db, before[1].id)
    assert [a.name for a in list_attachments(db, item.id)] == ["a.pdf", "c.txt"]
    restored = restore_attachment(db, content)
    assert restored == before[1]  # same id, name, type, size and date added
    assert list_attachments(db, item.id) == before
    assert read_attachment(db, restored.id) == b"\x00\xffword"


def test_when_its_id_was_taken_the_attachment_still_returns_at_its_place(fresh_db):
    db = fresh_db
    item = _three_attachments(db)
    other = add_item(db, item.meeting_id, "Rondvraag")
    before = list_attachments(db, item.id)
    middle = delete_attachment(db, before[1].id)
    last = delete_attachment(db, before[2].id)
    intruder = add_attachment(db, other.id, "elders.pdf", PDF)  # takes the middle one's id
    assert intruder.id == before[1].id
    restore_attachment(db, last)
    restore_attachment(db, middle)
    after = list_attachments(db, item.id)
    assert [(a.name, a.size, a.added_at) for a in after] == [
        (a.name, a.size, a.added_at) for a in before
    ]
    assert [read_attachment(db, a.id) for a in after] == [PDF, b"\x00\xffword", b""]
    assert list_attachments(db, other.id) == [intruder]
    assert search_index_problems(db) == []  # the names are found under their new ids


def test_a_restored_item_keeps_the_ids_of_its_attachments(fresh_db):
    db = fresh_db
    item = _three_attachments(db)
    before = list_attachments(db, item.id)
    restored = restore_item(db, delete_item(db, item.id))
    after = list_attachments(db, restored.id)
    assert [(a.id, a.name, a.added_at) for a in after] == [
        (a.id, a.name, a.added_at) for a in before
    ]


def test_an_attachment_cannot_return_into_a_vastgesteld_meeting(fresh_db):
    db = fresh_db
    item = _three_attachments(db)
    content = delete_attachment(db, list_attachments(db, item.id)[0].id)
    approve_meeting(db, item.meeting_id, "2026-12-03")
    with pytest.raises(ReadOnlyError, match="vastgesteld"):
        restore_attachment(db, content)


def test_the_attendance_list_returns_exactly_as_it_was(fresh_db):
    db = fresh_db
    persons = people(db)
    haarlem = body(db).id
    for person in persons.values():
        set_member(db, haarlem, person.id)
    meeting = create_meeting(db, haarlem, "2026-12-03")
    guest = create_person(db, "E. Smit", "gast", "Belastingdienst").id
    set_attendance(db, meeting.id, persons["teamchef"].id, "afwezig met kennisgeving")
    set_attendance(db, meeting.id, persons["ovj"].id, role="gast")
    set_attendance(db, meeting.id, guest, "aanwezig", role="gast")
    before = list_attendance(db, meeting.id)
    remove_attendee(db, meeting.id, persons["ovj"].id)  # second of five: the order matters
    assert restore_attendance(db, meeting.id, before) == before
    emptied = remove_attendee(db, meeting.id, persons["burgemeester"].id)
    assert restore_attendance(db, meeting.id, []) == []
    assert invite_body_members(db, meeting.id)[0].status == "aanwezig"
    assert restore_attendance(db, meeting.id, emptied) == emptied


def test_a_wrong_attendance_list_is_refused_in_dutch(fresh_db):
    db = fresh_db
    persons = people(db)
    meeting = create_meeting(db, body(db).id, "2026-12-03")
    listed = set_attendance(db, meeting.id, persons["ovj"].id)
    with pytest.raises(ValidationError, match="meer dan eens"):
        restore_attendance(db, meeting.id, listed * 2)
    approve_meeting(db, meeting.id, "2026-12-03")
    with pytest.raises(ReadOnlyError):
        restore_attendance(db, meeting.id, [])


@pytest.fixture
def linked(fresh_db):
    """A meeting item with a decision and an action, each linked to a phenomenon of 2026."""
    db = fresh_db
    meeting = create_meeting(db, body(db).id, "2026-04-16", invite_members=False)
    item = add_item(db, meeting.id, "Hennepaanpak")
    decision = add_decision(db, item.id, "Sluiten.")
    action = add_action(db, item.id, "Corporaties informeren")
    beeld = create_beeld(db, "Haarlem", 2026)
    hennep = add_entry(db, beeld.id, "hennep", ernst=4)
    omg = add_entry(db, beeld.id, "omg", ernst=2)
    links = [
        link(db, "phenomenon", hennep.id, "item", item.id),
        link(db, "phenomenon", omg.id, "decision", decision.id),
        link(db, "phenomenon", hennep.id, "action", action.id),
    ]
    return db, item, decision, action, hennep, omg, links


def test_a_removed_link_returns_with_its_id_and_date(linked):
    db, item, _decision, _action, hennep, _omg, links = linked
    record = link_record(db, links[0].id)
    assert find_link(db, "phenomenon", hennep.id, "item", item.id) == record
    assert remove_link(db, record) == record
    assert find_link(db, "phenomenon", hennep.id, "item", item.id) is None
    with pytest.raises(NotFoundError, match="bestaat niet meer"):
        remove_link(db, record)
    assert restore_link(db, record) == record
    assert restore_link(db, record) == record  # already back: nothing doubles
    assert [o.id for o in links_to_item(db, item.id)] == [link.id for link in links]


def test_the_links_of_a_deleted_item_come_back_with_the_restored_item(linked):
    db, item, decision, _action, _hennep, omg, links = linked
    records = item_link_records(db, item.id)
    assert [r.id for r in records] == [link.id for link in links]
    assert target_link_records(db, "decision", decision.id) == [records[1]]
    restored = restore_item(db, delete_item(db, item.id))  # new ids; the links went with it
    assert item_link_records(db, restored.id) == []
    new_ids = {
        "item": restored.id,
        "decision": decision_ids(db, restored.id)[0],
        "action": action_ids(db, restored.id)[0],
    }
    delete_entry(db, omg.id)  # the decision's phenomenon is deleted meanwhile
    moved = [dataclasses.replace(r, target_id=new_ids[r.target_kind]) for r in records]
    assert restore_links(db, moved) == [moved[0], moved[2]]
    assert [(r.id, r.created_at) for r in item_link_records(db, restored.id)] == [
        (records[0].id, records[0].created_at),
        (records[2].id, records[2].created_at),
    ]
    with pytest.raises(NotFoundError, match="Fenomeen"):
        restore_link(db, moved[1])

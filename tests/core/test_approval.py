"""Vaststellen: read-only minutes, corrections as new versions, earlier versions readable."""

import pytest
from meeting_helpers import body, new_meeting, people

from driehoek_app.core import (
    actions,
    agenda,
    agenda_templates,
    attachments,
    attendance,
    decisions,
    meetings,
)
from driehoek_app.core.approval import (
    approvals_in,
    approve_meeting,
    list_versions,
    read_version,
    start_correction,
)
from driehoek_app.core.meeting_base import ReadOnlyError, ValidationError


@pytest.fixture
def db(fresh_db):
    """A migrated database with the meeting tables, bodies and standard template."""
    return fresh_db


@pytest.fixture
def approved(db):
    """An approved meeting with an item holding a decision, an action and an attachment."""
    cast = people(db)
    meeting = new_meeting(db)
    item = agenda.list_items(db, meeting.id)[4]
    agenda.update_item(db, item.id, minutes="Oorspronkelijk verslag.")
    attendance.set_attendance(db, meeting.id, cast["teamchef"].id)
    decision = decisions.add_decision(db, item.id, "Besluit")
    action = actions.add_action(db, item.id, "Actie", "Teamchef")
    attachment = attachments.add_attachment(db, item.id, "notitie.txt", b"inhoud")
    approve_meeting(db, meeting.id, "2027-01-20")
    return {"meeting": meeting, "item": item, "decision": decision, "action": action,
            "attachment": attachment, "person": cast["teamchef"],
            "other": new_meeting(db, "2027-02-01")}  # fmt: skip


CHANGES = {
    "update_meeting": lambda db, o: meetings.update_meeting(db, o["meeting"].id, location="X"),
    "delete_meeting": lambda db, o: meetings.delete_meeting(db, o["meeting"].id),
    "add_item": lambda db, o: agenda.add_item(db, o["meeting"].id, "Nieuw"),
    "update_item": lambda db, o: agenda.update_item(db, o["item"].id, minutes="anders"),
    "move_item": lambda db, o: agenda.move_item(db, o["item"].id, 1),
    "delete_item": lambda db, o: agenda.delete_item(db, o["item"].id),
    "copy_item_into": lambda db, o: agenda.copy_item(
        db, agenda.list_items(db, o["other"].id)[0].id, o["meeting"].id
    ),
    "move_item_out": lambda db, o: agenda.move_item_to_meeting(db, o["item"].id, o["other"].id),
    "apply_template": lambda db, o: agenda_templates.apply_template(
        db, o["meeting"].id, agenda_templates.default_template(db).id
    ),
    "add_attachment": lambda db, o: attachments.add_attachment(db, o["item"].id, "a.txt", b"a"),
    "rename_attachment": lambda db, o: attachments.rename_attachment(
        db, o["attachment"].id, "b.txt"
    ),
    "delete_attachment": lambda db, o: attachments.delete_attachment(db, o["attachment"].id),
    "set_attendance": lambda db, o: attendance.set_attendance(
        db, o["meeting"].id, o["person"].id, "afwezig"
    ),
    "remove_attendee": lambda db, o: attendance.remove_attendee(
        db, o["meeting"].id, o["person"].id
    ),
    "invite_body_members": lambda db, o: attendance.invite_body_members(db, o["meeting"].id),
    "add_decision": lambda db, o: decisions.add_decision(db, o["item"].id, "nog een"),
    "update_decision": lambda db, o: decisions.update_decision(db, o["decision"].id, "anders"),
    "move_decision": lambda db, o: decisions.move_decision(db, o["decision"].id, 1),
    "delete_decision": lambda db, o: decisions.delete_decision(db, o["decision"].id),
    "add_action": lambda db, o: actions.add_action(db, o["item"].id, "nog een"),
    "update_action": lambda db, o: actions.update_action(db, o["action"].id, status="afgerond"),
    "move_action": lambda db, o: actions.move_action(db, o["action"].id, 1),
    "delete_action": lambda db, o: actions.delete_action(db, o["action"].id),
    "approve_again": lambda db, o: approve_meeting(db, o["meeting"].id, "2027-02-01"),
}


@pytest.mark.parametrize("change", list(CHANGES))
def test_every_change_to_a_vastgesteld_meeting_is_refused(db, approved, change):
    before = db.execute("SELECT COUNT(*) FROM agenda_items").fetchone()[0]
    with pytest.raises(ReadOnlyError, match="is vastgesteld en kan niet meer worden gewijzigd"):
        CHANGES[change](db, approved)
    assert db.execute("SELECT COUNT(*) FROM agenda_items").fetchone()[0] == before
    assert agenda.get_item(db, approved["item"].id).minutes == "Oorspronkelijk verslag."


def test_correction_makes_version_two_and_version_one_stays_readable(db, approved):
    meeting, item = approved["meeting"], approved["item"]
    corrected = start_correction(db, meeting.id, "Naam van de inleider verbeterd.")
    assert (corrected.status, corrected.version) == ("concept", 2)
    agenda.update_item(db, item.id, minutes="Verbeterd verslag.")
    approve_meeting(db, meeting.id, "2027-02-01", approved["other"].id)
    versions = list_versions(db, meeting.id)
    assert [(v.version, v.reason) for v in versions] == [
        (1, ""), (2, "Naam van de inleider verbeterd."),
    ]  # fmt: skip
    assert read_version(db, meeting.id, 1)["items"][4]["minutes"] == "Oorspronkelijk verslag."
    assert read_version(db, meeting.id, 2)["items"][4]["minutes"] == "Verbeterd verslag."
    assert read_version(db, meeting.id, 2)["items"][4]["decisions"][0]["number"] == "HLM-2026-001"
    assert read_version(db, meeting.id, 1)["items"][4]["attachments"] == [
        {"name": "notitie.txt", "media_type": "text/plain", "size": 6}
    ]


def test_snapshot_holds_the_actielijst_as_it_was(db, approved):
    other = approved["other"]
    actions.update_action(db, approved["action"].id, in_meeting_id=other.id, status="afgerond")
    approve_meeting(db, other.id, "2027-03-01")
    listed = read_version(db, other.id, 1)["actielijst"]
    assert [(a["text"], a["status"], a["meeting_date"]) for a in listed] == [
        ("Actie", "afgerond", "2026-12-03")
    ]


def test_snapshot_holds_what_the_verslag_prints_besides_the_meeting_file(db, approved):
    meeting, other = approved["meeting"], approved["other"]
    start_correction(db, meeting.id, "Typfout")
    approve_meeting(db, meeting.id, "2027-02-01", other.id)
    actions.update_action(db, approved["action"].id, in_meeting_id=other.id, owner="OvJ",
                          due_date="2027-03-01")  # fmt: skip
    approve_meeting(db, other.id, "2027-03-01")
    stored = read_version(db, other.id, 1)
    assert stored["snapshot_version"] == 2
    assert stored["body_name"] == "Basisteamdriehoek Haarlem"
    assert stored["approved_in_meeting_date"] is None
    (entry,) = stored["actielijst"]
    assert entry["action_id"] == approved["action"].id
    assert (entry["item_number"], entry["item_confidential"]) == (5, False)
    assert entry["changes"] == [
        {"field": "owner", "old": "Teamchef", "new": "OvJ"},
        {"field": "due_date", "old": None, "new": "2027-03-01"},
    ]
    assert stored["approvals"] == [
        {"meeting_id": meeting.id, "meeting_date": "2026-12-03", "version": 2,
         "approved_on": "2027-02-01"}
    ]  # fmt: skip
    assert read_version(db, meeting.id, 2)["approved_in_meeting_date"] == "2027-02-01"
    assert [v.version for v in approvals_in(db, other.id)] == [2]
    assert approvals_in(db, other.id, recorded_before="2000-01-01") == []


def test_correction_needs_a_reason_and_a_vastgesteld_meeting(db, approved):
    with pytest.raises(ValidationError, match="Reden van de correctie: mag niet leeg zijn"):
        start_correction(db, approved["meeting"].id, "  ")
    with pytest.raises(ValidationError, match="nog niet vastgesteld"):
        start_correction(db, approved["other"].id, "reden")


def test_approval_checks(db):
    meeting = new_meeting(db)
    elsewhere = new_meeting(db, "2027-01-01", code="ZST")
    earlier = new_meeting(db, "2026-11-01")
    with pytest.raises(ValidationError, match="ligt vóór de vergadering zelf"):
        approve_meeting(db, meeting.id, "2026-12-02")
    with pytest.raises(ValidationError, match="hetzelfde overleg"):
        approve_meeting(db, meeting.id, "2027-01-01", elsewhere.id)
    with pytest.raises(ValidationError, match="ligt vóór de vergadering die wordt vastgesteld"):
        approve_meeting(db, meeting.id, "2027-01-01", earlier.id)
    decision = decisions.add_decision(db, agenda.list_items(db, meeting.id)[0].id)
    with pytest.raises(ValidationError, match=f"Besluit {decision.number} heeft nog geen tekst"):
        approve_meeting(db, meeting.id, "2027-01-01")
    decisions.update_decision(db, decision.id, "Tekst")
    actions.add_action(db, agenda.list_items(db, meeting.id)[1].id)
    with pytest.raises(ValidationError, match="Agendapunt 2 heeft een actie zonder tekst"):
        approve_meeting(db, meeting.id, "2027-01-01")
    assert list_versions(db, meeting.id) == []
    assert meetings.get_meeting(db, meeting.id).status == "concept"
    assert body(db).code == "HLM"

"""The whole meeting workflow through the services, as the secretary would do it."""

import re

import pytest
from meeting_helpers import body, new_meeting, people

from driehoek_app.core.actions import actielijst, action_history, add_action, update_action
from driehoek_app.core.agenda import add_item, list_items, move_item, planned_time, update_item
from driehoek_app.core.approval import approve_meeting, list_versions, read_version
from driehoek_app.core.attendance import list_attendance, set_attendance
from driehoek_app.core.bodies import set_member
from driehoek_app.core.decisions import add_decision, list_decisions
from driehoek_app.core.meeting_base import ReadOnlyError
from driehoek_app.core.meetings import get_meeting, list_meetings, previous_meeting


@pytest.fixture
def db(fresh_db):
    """A migrated database with the meeting tables, bodies and standard template."""
    return fresh_db


def test_from_template_to_approval_and_the_open_action_in_the_next_meeting(db):
    cast = people(db)
    haarlem = body(db)
    for key in ("burgemeester", "ovj", "teamchef", "secretaris"):
        set_member(db, haarlem.id, cast[key].id)

    first = new_meeting(db, "2026-12-03", location="Stadhuis", chair_id=cast["burgemeester"].id)
    agenda = list_items(db, first.id)
    assert [item.title for item in agenda][:4] == [
        "Opening", "Verslag vorige vergadering", "Actielijst", "Mededelingen",
    ]  # fmt: skip
    assert [item.title for item in agenda][-2:] == ["Rondvraag", "Sluiting"]
    assert [item.number for item in agenda] == list(range(1, len(agenda) + 1))
    assert [a.person.name for a in list_attendance(db, first.id)] == [
        "A. de Vries", "B. Jansen", "C. Bakker", "D. Visser",
    ]  # fmt: skip

    extra = add_item(db, first.id, "Casus Zeeweg", position=5, confidential=True,
                     planned_minutes=10, presenter="Teamchef")  # fmt: skip
    assert extra.number == 5
    assert planned_time(db, first.id).is_over  # 90 planned + 10 in 90 minutes

    ondermijning = next(i for i in list_items(db, first.id) if i.themes == ("ondermijning",))
    update_item(db, ondermijning.id, minutes="Het beeld is besproken.\nVervolg in maart.")
    decision = add_decision(db, ondermijning.id, "De driehoek stemt in met het plan.")
    assert re.fullmatch(r"HLM-2026-\d{3}", decision.number)
    action = add_action(db, ondermijning.id, "Plan van aanpak opstellen", "Teamchef", "2027-01-15")
    set_attendance(db, first.id, cast["ovj"].id, "afwezig met kennisgeving")

    second = new_meeting(db, "2027-01-20")
    assert previous_meeting(db, second.id).id == first.id
    assert [a.text for a in actielijst(db, second.id)] == ["Plan van aanpak opstellen"]

    approved = approve_meeting(db, first.id, "2027-01-20", second.id)
    assert approved.status == "vastgesteld" and approved.approved_in_meeting_id == second.id
    with pytest.raises(ReadOnlyError, match="vastgesteld"):
        update_item(db, ondermijning.id, minutes="later gewijzigd")

    closed = update_action(db, action.id, in_meeting_id=second.id, status="afgerond")
    assert closed.status == "afgerond"
    history = action_history(db, action.id)
    assert [(h.field, h.old_value, h.new_value, h.meeting_id) for h in history] == [
        ("status", "open", "afgerond", second.id)
    ]
    assert [a.id for a in actielijst(db, second.id)] == [action.id]  # stays visible where closed

    snapshot = read_version(db, first.id, 1)
    assert snapshot["items"][5]["minutes"] == "Het beeld is besproken.\nVervolg in maart."
    assert [v.version for v in list_versions(db, first.id)] == [1]
    assert [d.number for d in list_decisions(db, first.id)] == [decision.number]
    assert get_meeting(db, first.id).is_read_only


def test_reordering_items_keeps_decision_numbers(db):
    meeting = new_meeting(db)
    items = list_items(db, meeting.id)
    first = add_decision(db, items[4].id, "Eerste besluit")
    second = add_decision(db, items[7].id, "Tweede besluit")
    move_item(db, items[7].id, 1)
    move_item(db, items[4].id, 10)
    numbers = {d.id: d.number for d in list_decisions(db, meeting.id)}
    assert numbers == {first.id: "HLM-2026-001", second.id: "HLM-2026-002"}
    assert [d.number for d in list_decisions(db, meeting.id)] == ["HLM-2026-002", "HLM-2026-001"]


def test_meetings_list_upcoming_first_then_past(db):
    import datetime as dt

    past = new_meeting(db, "2026-01-10")
    older = new_meeting(db, "2025-11-01")
    soon = new_meeting(db, "2026-03-01")
    later = new_meeting(db, "2026-06-01")
    listed = list_meetings(db, body(db).id, today=dt.date(2026, 2, 1))
    assert [m.id for m in listed] == [soon.id, later.id, past.id, older.id]


def test_meeting_counts_per_body_match_the_lists(fresh_db):
    from driehoek_app.core.meetings import list_meetings, meeting_counts

    haarlem, zaanstad = body(fresh_db, "HLM"), body(fresh_db, "ZST")
    for day in ("2026-01-08", "2026-02-05", "2026-03-05"):
        new_meeting(fresh_db, day, "HLM")
    new_meeting(fresh_db, "2026-01-15", "ZST")
    counts = meeting_counts(fresh_db)
    assert counts == {haarlem.id: 3, zaanstad.id: 1}
    assert counts[haarlem.id] == len(list_meetings(fresh_db, haarlem.id))

"""Actions and the actielijst: carried over by query, changed from later meetings with history."""

import datetime as dt
from types import SimpleNamespace

import pytest
from meeting_helpers import NASTY_TEXT, body, new_meeting

from driehoek_app.core.actions import (
    actielijst,
    action_history,
    add_action,
    delete_action,
    get_action,
    item_actions,
    list_actions,
    open_actions,
    restore_action,
    update_action,
)
from driehoek_app.core.agenda import delete_item, list_items
from driehoek_app.core.approval import approve_meeting
from driehoek_app.core.meeting_base import ReadOnlyError, ValidationError
from driehoek_app.core.meetings import delete_meeting


@pytest.fixture
def db(fresh_db):
    """A migrated database with the meeting tables, bodies and standard template."""
    return fresh_db


@pytest.fixture
def three(db):
    """Three Haarlem meetings; an action agreed in the first."""
    first, second, third = (new_meeting(db, d) for d in ("2026-01-10", "2026-02-10", "2026-03-10"))
    item = list_items(db, first.id)[4]
    action = add_action(db, item.id, "Signalen bundelen", "Teamchef", "2026-02-01")
    return SimpleNamespace(first=first, second=second, third=third, action=action)


def test_open_action_appears_on_every_later_list_until_closed(db, three):
    first = three.first
    second = three.second
    third = three.third
    action = three.action
    assert actielijst(db, first.id) == []
    assert [a.id for a in actielijst(db, second.id)] == [action.id]
    assert [a.id for a in actielijst(db, third.id)] == [action.id]
    update_action(db, action.id, in_meeting_id=second.id, status="afgerond")
    assert [a.id for a in actielijst(db, second.id)] == [action.id]
    assert actielijst(db, third.id) == []
    assert list_actions(db, second.id) == []  # listed, not copied
    assert db.execute("SELECT COUNT(*) FROM actions").fetchone()[0] == 1


def test_redate_and_reassign_from_a_later_meeting_are_recorded(db, three):
    second = three.second
    third = three.third
    action = three.action
    update_action(db, action.id, in_meeting_id=second.id, due_date="2026-03-01")
    update_action(db, action.id, in_meeting_id=second.id, due_date=dt.date(2026, 4, 1))
    update_action(db, action.id, in_meeting_id=third.id, owner="Burgemeester")
    changes = [
        (h.field, h.old_value, h.new_value, h.meeting_date) for h in action_history(db, action.id)
    ]
    assert changes == [
        ("due_date", "2026-02-01", "2026-04-01", "2026-02-10"),
        ("owner", "Teamchef", "Burgemeester", "2026-03-10"),
    ]
    assert get_action(db, action.id).owner == "Burgemeester"


def test_typing_a_remark_makes_one_entry_and_undoing_removes_it(db, three):
    second = three.second
    action = three.action
    for text in ("L", "Lo", "Loopt"):
        update_action(db, action.id, in_meeting_id=second.id, remark=text)
    assert [(h.old_value, h.new_value) for h in action_history(db, action.id)] == [("", "Loopt")]
    update_action(db, action.id, in_meeting_id=second.id, remark="")
    assert action_history(db, action.id) == []


def test_changes_in_the_own_meeting_are_not_history(db, three):
    second = three.second
    action = three.action
    update_action(db, action.id, owner="OvJ", status="vervallen")
    assert action_history(db, action.id) == []
    assert actielijst(db, second.id) == []


def test_text_changes_only_in_the_meeting_where_it_was_agreed(db, three):
    second = three.second
    action = three.action
    with pytest.raises(ValidationError, match="alleen worden gewijzigd in de vergadering"):
        update_action(db, action.id, in_meeting_id=second.id, text="Anders")
    assert update_action(db, action.id, text=NASTY_TEXT).text == NASTY_TEXT


def test_changes_from_a_meeting_that_does_not_list_it_are_refused(db, three):
    second = three.second
    third = three.third
    action = three.action
    other_body = new_meeting(db, "2026-02-10", code="ZST")
    with pytest.raises(ValidationError, match="staat niet op de actielijst"):
        update_action(db, action.id, in_meeting_id=other_body.id, status="afgerond")
    update_action(db, action.id, in_meeting_id=second.id, status="afgerond")
    with pytest.raises(ValidationError, match="staat niet op de actielijst"):
        update_action(db, action.id, in_meeting_id=third.id, status="open")


def test_approved_origin_is_read_only_but_the_action_can_be_closed_later(db, three):
    first = three.first
    second = three.second
    third = three.third
    action = three.action
    approve_meeting(db, first.id, "2026-02-10", second.id)
    with pytest.raises(ReadOnlyError):
        update_action(db, action.id, status="afgerond")
    assert update_action(db, action.id, in_meeting_id=second.id, status="afgerond").status == (
        "afgerond"
    )
    approve_meeting(db, second.id, "2026-03-10", third.id)
    with pytest.raises(ReadOnlyError):
        update_action(db, action.id, in_meeting_id=second.id, remark="te laat")


def test_history_protects_the_action_and_its_meetings(db, three):
    first = three.first
    second = three.second
    action = three.action
    update_action(db, action.id, in_meeting_id=second.id, status="afgerond")
    with pytest.raises(ValidationError, match="vervallen"):
        delete_action(db, action.id)
    with pytest.raises(ValidationError, match="latere vergadering"):
        delete_item(db, action.item_id)
    with pytest.raises(ValidationError, match="acties van eerdere vergaderingen"):
        delete_meeting(db, second.id)
    with pytest.raises(ValidationError, match="in een latere vergadering bijgewerkt"):
        delete_meeting(db, first.id)


def test_delete_and_undo(db, three):
    action = three.action
    removed = delete_action(db, action.id)
    assert item_actions(db, action.item_id) == []
    restored = restore_action(db, removed)
    assert (restored.text, restored.owner, restored.due_date) == (
        "Signalen bundelen", "Teamchef", "2026-02-01",
    )  # fmt: skip


def test_bad_values_get_dutch_messages(db, three):
    action = three.action
    with pytest.raises(ValidationError, match="Streefdatum: geen geldige datum"):
        update_action(db, action.id, due_date="15-01-2027")
    with pytest.raises(ValidationError, match="kies uit: open, afgerond, vervallen"):
        update_action(db, action.id, status="klaar")
    assert update_action(db, action.id, due_date="").due_date is None


def test_open_actions_and_overdue(db, three):
    action = three.action
    assert [a.id for a in open_actions(db, body(db).id)] == [action.id]
    assert action.is_overdue(dt.date(2026, 2, 2))
    assert not action.is_overdue(dt.date(2026, 1, 31))

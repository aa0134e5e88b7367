"""The besluiten- and actieregister: filters, sorting, slices; close or re-date from the list."""

import datetime as dt
from types import SimpleNamespace

import pytest
from meeting_helpers import body, new_meeting

from driehoek_app.core.action_register import (
    ActionFilter,
    action_ids,
    action_page,
    actions_by_ids,
    close_action,
    count_actions,
    edit_meeting_id,
    owner_names,
    reassign_action,
    redate_action,
    reopen_action,
    week_bounds,
)
from driehoek_app.core.actions import action_history, add_action, get_action
from driehoek_app.core.agenda import add_item, list_items, update_item
from driehoek_app.core.approval import approve_meeting
from driehoek_app.core.decisions import add_decision
from driehoek_app.core.meeting_base import ValidationError
from driehoek_app.core.people import create_person
from driehoek_app.core.registers import (
    DecisionFilter,
    count_decisions,
    decision_ids,
    decision_page,
    decisions_by_ids,
    iter_decisions,
    register_labels,
    register_years,
)

TODAY = dt.date(2026, 5, 20)  # a Wednesday


@pytest.fixture
def db(fresh_db):
    """A migrated database with the bodies and the standard agenda template."""
    return fresh_db


@pytest.fixture
def data(db):
    """Meetings of Haarlem (2025, 2026) and Zaanstad (2026) with decisions and actions."""
    hlm_old = new_meeting(db, "2025-11-04")
    hlm_new = new_meeting(db, "2026-04-14")
    zst = new_meeting(db, "2026-03-03", "ZST")
    items = {m.id: list_items(db, m.id) for m in (hlm_old, hlm_new, zst)}
    ondermijning = items[hlm_new.id][4]  # theme item 'Ondermijning'
    update_item(db, ondermijning.id, labels=["hennep"])
    cyber = items[zst.id][7]  # theme item 'Cybercrime'
    secret = add_item(db, zst.id, "Casuïstiek", confidential=True)
    decisions = SimpleNamespace(
        old=add_decision(db, items[hlm_old.id][4].id, "Besluit over cameratoezicht."),
        hennep=add_decision(db, ondermijning.id, "Het hennepconvenant wordt verlengd."),
        second=add_decision(db, ondermijning.id, "Aanpak drugsafval vastgesteld."),
        cyber=add_decision(db, cyber.id, "Campagne tegen phishing starten."),
        secret=add_decision(db, secret.id, "Vertrouwelijk besluit over een casus."),
    )
    actions = SimpleNamespace(
        overdue=add_action(db, ondermijning.id, "Plan van aanpak", "Teamchef", "2026-05-01"),
        week=add_action(db, ondermijning.id, "Convenant tekenen", "Burgemeester", "2026-05-22"),
        later=add_action(db, cyber.id, "Campagne opzetten", "teamchef Zaanstad", "2026-07-01"),
        undated=add_action(db, cyber.id, "Cijfers aanleveren", "RIEC"),
        closed=add_action(db, cyber.id, "Oud punt", "Teamchef", "2026-01-01", "afgerond"),
        secret=add_action(db, secret.id, "Casus volgen", "Officier van justitie", "2026-05-02"),
    )
    return SimpleNamespace(
        hlm_old=hlm_old, hlm_new=hlm_new, zst=zst, d=decisions, a=actions, secret=secret
    )


# ----- decisions -------------------------------------------------------------------------


def test_all_decisions_newest_first_with_their_place(db, data):
    rows = decision_page(db)
    assert [r.id for r in rows] == [
        data.d.hennep.id, data.d.second.id, data.d.cyber.id, data.d.secret.id, data.d.old.id,
    ]  # fmt: skip
    first = rows[0]
    assert (first.meeting_id, first.date, first.basisteam) == (
        data.hlm_new.id,
        "2026-04-14",
        "Haarlem",
    )
    assert (first.item_number, first.item_title) == (5, "Ondermijning")
    assert (first.themes, first.labels, first.number) == (
        ("ondermijning",),
        ("hennep",),
        "HLM-2026-001",
    )
    assert count_decisions(db) == 5


@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        (DecisionFilter(year=2025), ["old"]),
        (DecisionFilter(theme="cybercrime"), ["cyber"]),
        (DecisionFilter(label="hennep"), ["hennep", "second"]),
        (DecisionFilter(text="henne"), ["hennep"]),
        (DecisionFilter(text="PHISHING"), ["cyber"]),
        (DecisionFilter(text="  "), ["hennep", "second", "cyber", "secret", "old"]),
        (DecisionFilter(include_confidential=False), ["hennep", "second", "cyber", "old"]),
        (DecisionFilter(year=2026, text="besluit"), ["secret"]),
        (DecisionFilter(theme="contraterrorisme"), []),
    ],
)
def test_decision_filters(db, data, flt, expected):
    ids = decision_ids(db, flt)
    assert ids == [getattr(data.d, name).id for name in expected]
    assert count_decisions(db, flt) == len(expected)


def test_decision_filter_by_body(db, data):
    zaanstad = DecisionFilter(body_ids=(body(db, "ZST").id,))
    assert [r.basisteam for r in decision_page(db, zaanstad)] == ["Zaanstad", "Zaanstad"]
    both = DecisionFilter(body_ids=(body(db, "ZST").id, body(db, "HLM").id))
    assert count_decisions(db, both) == 5


def test_decision_sorting_and_slices(db, data):
    by_number = decision_ids(db, sort="number", descending=False)
    numbers = [r.number for r in decisions_by_ids(db, by_number)]
    assert numbers == ["HLM-2025-001", "HLM-2026-001", "HLM-2026-002", "ZST-2026-001",
                       "ZST-2026-002"]  # fmt: skip
    everything = decision_ids(db, sort="text", descending=False)
    assert decision_ids(db, sort="text", descending=False, offset=1, limit=2) == everything[1:3]
    assert [r.id for r in decision_page(db, sort="text", descending=False, offset=3, limit=10)] == (
        everything[3:]
    )
    assert [d.id for d in iter_decisions(db)] == by_number
    with pytest.raises(ValidationError, match="Sorteren op 'kleur' kan niet"):
        decision_ids(db, sort="kleur")


def test_rows_by_ids_keep_the_given_order_and_skip_vanished_ids(db, data):
    ids = [data.d.cyber.id, 999_999, data.d.old.id]
    assert [r.id for r in decisions_by_ids(db, ids)] == [data.d.cyber.id, data.d.old.id]
    assert decisions_by_ids(db, []) == []


def test_value_lists_for_filter_boxes(db, data):
    assert register_years(db) == [2026, 2025]
    assert register_labels(db) == ["hennep"]
    assert owner_names(db) == ["Burgemeester", "Officier van justitie", "RIEC", "Teamchef",
                               "teamchef Zaanstad"]  # fmt: skip
    assert "Teamchef" in owner_names(db, open_only=True)


# ----- actions ---------------------------------------------------------------------------


def names(data, ids):
    """Return the fixture names of actions, in the order of ids."""
    by_id = {getattr(data.a, name).id: name for name in vars(data.a)}
    return [by_id[i] for i in ids]


def test_actions_by_due_date_with_undated_last(db, data):
    ids = action_ids(db, today=TODAY)
    assert names(data, ids) == ["closed", "overdue", "secret", "week", "later", "undated"]
    row = action_page(db, today=TODAY, limit=2)[1]
    assert (row.text, row.owner, row.due_date, row.status) == (
        "Plan van aanpak", "Teamchef", "2026-05-01", "open",
    )  # fmt: skip
    assert (row.overdue, row.meeting_id, row.meeting_date, row.basisteam) == (
        True, data.hlm_new.id, "2026-04-14", "Haarlem",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        (ActionFilter(status="open"), ["overdue", "secret", "week", "later", "undated"]),
        (ActionFilter(status="afgerond"), ["closed"]),
        (ActionFilter(overdue=True), ["overdue", "secret"]),
        (ActionFilter(due_this_week=True), ["week"]),
        (ActionFilter(owner="TEAMCHEF"), ["closed", "overdue", "later"]),
        (ActionFilter(owner="teamchef", status="open"), ["overdue", "later"]),
        (ActionFilter(owner="100%"), []),
        (ActionFilter(text="campagne"), ["later"]),
        (ActionFilter(year=2026, overdue=True, include_confidential=False), ["overdue"]),
    ],
)
def test_action_filters(db, data, flt, expected):
    assert names(data, action_ids(db, flt, today=TODAY)) == expected
    assert count_actions(db, flt, today=TODAY) == len(expected)


def test_what_is_still_open_for_the_teamchef_of_zaanstad(db, data):
    flt = ActionFilter(body_ids=(body(db, "ZST").id,), status="open", owner="teamchef")
    rows = action_page(db, flt, today=TODAY)
    assert [(r.text, r.owner, r.basisteam) for r in rows] == [
        ("Campagne opzetten", "teamchef Zaanstad", "Zaanstad")
    ]


def test_action_filter_by_person(db, data):
    person = create_person(db, "Teamchef Zaanstad", "teamchef", "Politie")
    assert names(data, action_ids(db, ActionFilter(person_id=person.id), today=TODAY)) == ["later"]


def test_week_bounds_run_monday_to_sunday():
    assert week_bounds(TODAY) == ("2026-05-18", "2026-05-24")
    assert week_bounds(dt.date(2026, 5, 24)) == ("2026-05-18", "2026-05-24")


def test_action_sorts(db, data):
    by_owner = actions_by_ids(db, action_ids(db, sort="owner", today=TODAY), TODAY)
    assert [r.owner.lower() for r in by_owner] == sorted(r.owner.lower() for r in by_owner)
    by_status = actions_by_ids(db, action_ids(db, sort="status", today=TODAY), TODAY)
    assert by_status[-1].status == "afgerond"
    newest = action_ids(db, sort="meeting_date", descending=True, today=TODAY)
    assert names(data, newest)[:2] == ["overdue", "week"]
    with pytest.raises(ValidationError):
        action_ids(db, ActionFilter(status="klaar"))


# ----- closing and re-dating from the register ------------------------------------------


def test_an_action_of_a_concept_meeting_changes_in_its_own_meeting(db, data):
    assert edit_meeting_id(db, data.a.week.id, TODAY) == data.hlm_new.id
    closed = close_action(db, data.a.week.id, remark="Getekend", today=TODAY)
    assert (closed.status, closed.remark) == ("afgerond", "Getekend")
    assert action_history(db, data.a.week.id) == []
    assert count_actions(db, ActionFilter(due_this_week=True), today=TODAY) == 0


def test_an_action_of_an_approved_meeting_changes_in_the_next_concept_meeting(db, data):
    approve_meeting(db, data.hlm_new.id, "2026-05-01")
    with pytest.raises(ValidationError, match="geen latere vergadering in concept"):
        redate_action(db, data.a.overdue.id, "2026-06-30", today=TODAY)
    nxt = new_meeting(db, "2026-05-19")
    future = new_meeting(db, "2026-06-16")
    assert edit_meeting_id(db, data.a.overdue.id, TODAY) == nxt.id
    redate_action(db, data.a.overdue.id, "2026-06-30", today=TODAY)
    reassign_action(db, data.a.overdue.id, "Gemeente", today=TODAY)
    history = action_history(db, data.a.overdue.id)
    assert [(h.field, h.old_value, h.new_value, h.meeting_id) for h in history] == [
        ("due_date", "2026-05-01", "2026-06-30", nxt.id),
        ("owner", "Teamchef", "Gemeente", nxt.id),
    ]
    assert get_action(db, data.a.overdue.id).due_date == "2026-06-30"
    assert count_actions(db, ActionFilter(overdue=True), today=TODAY) == 1
    early = dt.date(2026, 5, 2)
    assert edit_meeting_id(db, data.a.overdue.id, early) == nxt.id
    assert future.id != nxt.id


def test_close_and_reopen(db, data):
    close_action(db, data.a.later.id, "vervallen", today=TODAY)
    assert get_action(db, data.a.later.id).status == "vervallen"
    reopen_action(db, data.a.later.id, today=TODAY)
    assert get_action(db, data.a.later.id).status == "open"
    with pytest.raises(ValidationError, match="geen geldige keuze"):
        close_action(db, data.a.later.id, "open", today=TODAY)
    with pytest.raises(ValidationError, match="geen geldige datum"):
        redate_action(db, data.a.later.id, "31-12-2026", today=TODAY)

"""Attention per IMV theme: every figure checked against a small, hand-counted database."""

import pytest
from meeting_helpers import body

from driehoek_app.core.actions import add_action, update_action
from driehoek_app.core.agenda import add_item
from driehoek_app.core.attention import (
    attention_by_basisteam,
    theme_attention,
    theme_decisions,
    total_attention,
    withheld_decision_count,
)
from driehoek_app.core.decisions import add_decision
from driehoek_app.core.meeting_base import ValidationError
from driehoek_app.core.meetings import create_meeting

OND, ZEV, CTR, CYB = "ondermijning", "zorg-en-veiligheid", "contraterrorisme", "cybercrime"


def _item(db, meeting, title, themes, minutes, decisions=0, actions=(), confidential=False):
    """Add an item with n decisions and actions with the given statuses."""
    item = add_item(db, meeting.id, title, themes=themes, planned_minutes=minutes,
                    confidential=confidential)  # fmt: skip
    for number in range(decisions):
        add_decision(db, item.id, f"Besluit {number + 1} bij {title}")
    for status in actions:
        action = add_action(db, item.id, f"Actie bij {title}", "Teamchef", "2026-12-01")
        if status != "open":
            update_action(db, action.id, status=status)
    return item


@pytest.fixture
def counted_db(fresh_db):
    """The hand-counted database (see the expectations in the tests)."""
    db = fresh_db
    hlm, zst = body(db, "HLM").id, body(db, "ZST").id
    m1 = create_meeting(db, hlm, "2026-03-05", invite_members=False)
    _item(db, m1, "A", [OND], 20, decisions=2, actions=["open", "afgerond"])
    _item(db, m1, "B", [OND, ZEV], 30, decisions=1, actions=["vervallen"])
    _item(db, m1, "C zonder thema", [], 10, decisions=1)
    m2 = create_meeting(db, hlm, "2026-12-31", invite_members=False)
    _item(db, m2, "D", [CYB], None, actions=["open", "open"])
    _item(db, m2, "E casuïstiek", [OND], 15, decisions=1, confidential=True)
    earlier = create_meeting(db, hlm, "2025-12-31", invite_members=False)
    _item(db, earlier, "F vorig jaar", [OND], 25, decisions=1)
    later = create_meeting(db, hlm, "2027-01-01", invite_members=False)
    _item(db, later, "H volgend jaar", [OND], 25, decisions=1, actions=["open"])
    m3 = create_meeting(db, zst, "2026-06-01", invite_members=False)
    _item(db, m3, "G", [OND], 40, decisions=1, actions=["afgerond"])
    return db


def _figures(row):
    """Return the figures of one attention row as a tuple."""
    return (row.meetings, row.items, row.planned_minutes, row.decisions, row.actions_open,
            row.actions_done, row.actions_dropped)  # fmt: skip


def test_each_theme_of_a_basisteam_matches_the_hand_count(counted_db):
    rows = {row.theme_code: row for row in theme_attention(counted_db, 2026, "Haarlem")}
    assert list(rows) == [OND, ZEV, CTR, CYB]
    assert _figures(rows[OND]) == (2, 3, 65, 4, 1, 1, 1)
    assert _figures(rows[ZEV]) == (1, 1, 30, 1, 0, 0, 1)
    assert _figures(rows[CTR]) == (0, 0, 0, 0, 0, 0, 0)
    assert _figures(rows[CYB]) == (1, 1, 0, 0, 2, 0, 0)
    assert rows[OND].actions_closed == 2
    assert rows[OND].actions == 3


def test_the_total_counts_every_item_once_with_or_without_theme(counted_db):
    assert _figures(total_attention(counted_db, 2026, "Haarlem")) == (2, 5, 75, 5, 3, 1, 1)


def test_the_unit_adds_every_body(counted_db):
    rows = {row.theme_code: row for row in theme_attention(counted_db, 2026)}
    assert _figures(rows[OND]) == (3, 4, 105, 5, 1, 2, 1)
    assert _figures(total_attention(counted_db, 2026)) == (3, 6, 115, 6, 3, 2, 1)


def test_other_years_are_counted_apart(counted_db):
    ond_2025 = theme_attention(counted_db, 2025, "Haarlem")[0]
    ond_2027 = theme_attention(counted_db, 2027, "Haarlem")[0]
    assert _figures(ond_2025) == (1, 1, 25, 1, 0, 0, 0)
    assert _figures(ond_2027) == (1, 1, 25, 1, 1, 0, 0)


def test_a_basisteam_without_meetings_has_only_zeros(counted_db):
    rows = theme_attention(counted_db, 2026, "Den Helder")
    assert [_figures(row) for row in rows] == [(0,) * 7] * 4


def test_the_table_per_basisteam_has_every_team_and_theme(counted_db):
    table = attention_by_basisteam(counted_db, 2026)
    assert list(table.columns) == [OND, ZEV, CTR, CYB]
    assert len(table) == 10
    assert table.loc["Haarlem"].tolist() == [3, 1, 0, 1]
    assert table.loc["Zaanstad"].tolist() == [1, 0, 0, 0]
    assert int(table.drop(index=["Haarlem", "Zaanstad"]).to_numpy().sum()) == 0
    minutes = attention_by_basisteam(counted_db, 2026, "planned_minutes")
    assert minutes.loc["Haarlem"].tolist() == [65, 30, 0, 0]


def test_decisions_of_confidential_items_are_left_out_unless_asked(counted_db):
    lines = theme_decisions(counted_db, 2026, OND, "Haarlem")
    assert [line.text for line in lines] == [
        "Besluit 1 bij A", "Besluit 2 bij A", "Besluit 1 bij B",
    ]  # fmt: skip
    assert [line.number for line in lines] == ["HLM-2026-001", "HLM-2026-002", "HLM-2026-003"]
    everything = theme_decisions(counted_db, 2026, OND, "Haarlem", include_confidential=True)
    assert len(everything) == 4 and everything[-1].confidential
    assert withheld_decision_count(counted_db, 2026, OND, "Haarlem") == 1


def test_figures_follow_the_meetings_without_stored_copies(counted_db):
    item = theme_decisions(counted_db, 2026, CYB, "Haarlem")
    assert item == []
    meeting = create_meeting(counted_db, body(counted_db, "HLM").id, "2026-07-01",
                             invite_members=False)  # fmt: skip
    _item(counted_db, meeting, "Nieuw", [CYB], 10, decisions=1)
    row = theme_attention(counted_db, 2026, "Haarlem")[3]
    assert _figures(row) == (2, 2, 10, 1, 2, 0, 0)


def test_an_unknown_basisteam_or_year_is_refused_in_dutch(counted_db):
    with pytest.raises(ValidationError, match="onbekend basisteam 'Amsterdam'"):
        theme_attention(counted_db, 2026, "Amsterdam")
    with pytest.raises(ValidationError, match="jaartal"):
        theme_attention(counted_db, 26)

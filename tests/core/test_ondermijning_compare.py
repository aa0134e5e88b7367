"""Year comparison of a basisteam's beeld: new, grown, shrunk, unchanged and gone phenomena."""

import pytest

from driehoek_app.core.beeld_compare import change_status, compare_years
from driehoek_app.core.beeld_phenomena import add_entry
from driehoek_app.core.meeting_base import ValidationError
from driehoek_app.core.ondermijningsbeeld import create_beeld


@pytest.fixture
def two_years(fresh_db):
    """Haarlem beelden of 2025 and 2026 covering every kind of change."""
    old = create_beeld(fresh_db, "Haarlem", 2025)
    new = create_beeld(fresh_db, "Haarlem", 2026)
    before = {
        "hennep": {"ernst": 3, "omvang": 3},
        "vastgoed": {"ernst": 3, "omvang": 2},
        "witwassen": {"ernst": 4, "omvang": 3},
        "omg": {"ernst": 2},
        "cocaine": {"ernst": 3, "omvang": 3},
        "illegale-wapens": {"ernst": 2, "omvang": 2},
        "maritieme-smokkel": {"ernst": 4, "omvang": 1},
    }
    after = {
        "hennep": {"ernst": 4, "omvang": 2},  # ernst up weighs more than omvang down
        "vastgoed": {"ernst": 3, "omvang": 3},  # same ernst, omvang up
        "witwassen": {"ernst": 3, "omvang": 5},  # ernst down
        "cocaine": {"ernst": 3, "omvang": 3, "trend": "stijgend"},  # equal, trend up
        "illegale-wapens": {"ernst": 2, "omvang": 2, "trend": "stabiel"},
        "maritieme-smokkel": {"ernst": None, "omvang": 1},  # unknown ernst is not compared
        "arbeidsuitbuiting": {"ernst": 3},
    }
    for code, fields in before.items():
        add_entry(fresh_db, old.id, code, **fields)
    for code, fields in after.items():
        add_entry(fresh_db, new.id, code, **fields)
    return fresh_db


def test_every_phenomenon_gets_its_status(two_years):
    comparison = compare_years(two_years, "Haarlem", 2026)
    assert comparison.previous_year == 2025 and comparison.previous is not None
    statuses = {change.code: change.status for change in comparison.changes}
    assert statuses == {
        "hennep": "gegroeid",
        "vastgoed": "gegroeid",
        "witwassen": "gekrompen",
        "cocaine": "gegroeid",
        "illegale-wapens": "ongewijzigd",
        "maritieme-smokkel": "ongewijzigd",
        "arbeidsuitbuiting": "nieuw",
        "omg": "verdwenen",
    }
    assert comparison.counts() == {
        "nieuw": 1, "gegroeid": 3, "gekrompen": 1, "ongewijzigd": 2, "verdwenen": 1,
    }  # fmt: skip
    assert [c.label for c in comparison.by_status("verdwenen")] == [
        "Outlaw Motorcycle Gangs (OMG's)"]  # fmt: skip
    hennep = comparison.changes[0]
    assert (hennep.ernst_delta, hennep.omvang_delta) == (1, -1)
    assert comparison.changes[-1].code == "omg"  # gone ones come last


def test_a_year_without_earlier_beeld_shows_everything_as_new(two_years):
    comparison = compare_years(two_years, "Haarlem", 2025)
    assert comparison.previous is None
    assert comparison.count("nieuw") == 7


def test_another_earlier_year_can_be_chosen(two_years):
    create_beeld(two_years, "Haarlem", 2023)
    comparison = compare_years(two_years, "Haarlem", 2026, previous_year=2023)
    assert comparison.previous_year == 2023 and comparison.count("nieuw") == 7
    with pytest.raises(ValidationError, match="Vorig jaar"):
        compare_years(two_years, "Haarlem", 2026, previous_year="2025")


def test_a_falling_trend_alone_means_shrunk(fresh_db):
    beeld_old = create_beeld(fresh_db, "Hoorn", 2025)
    beeld_new = create_beeld(fresh_db, "Hoorn", 2026)
    before = add_entry(fresh_db, beeld_old.id, "hennep", ernst=2)
    after = add_entry(fresh_db, beeld_new.id, "hennep", ernst=2, trend="dalend")
    assert change_status(before, after) == "gekrompen"
    assert compare_years(fresh_db, "Hoorn", 2026).changes[0].status == "gekrompen"

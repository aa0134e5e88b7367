"""Dutch dates and numbers, spelled without the operating system's locale."""

import datetime as dt
from decimal import Decimal

import pytest

from driehoek_app.core.dutch import dutch_date, dutch_decimal


def test_dutch_date_in_words():
    assert dutch_date(dt.date(2026, 12, 3)) == "donderdag 3 december 2026"
    assert dutch_date(dt.date(2018, 12, 31)) == "maandag 31 december 2018"
    assert dutch_date(dt.date(2022, 1, 1), weekday=False) == "1 januari 2022"


@pytest.mark.parametrize(
    ("value", "places", "expected"),
    [
        (3494.6, 2, "3.494,60"),
        (Decimal("3494.60"), 2, "3.494,60"),
        (0, 2, "0,00"),
        (-1234.5, 2, "-1.234,50"),
        (1234567.891, 3, "1.234.567,891"),
        (2.675, 2, "2,68"),
        (3494.6, 0, "3.495"),
        (999.995, 2, "1.000,00"),
        (-0.001, 2, "0,00"),
    ],
)
def test_dutch_decimal(value, places, expected):
    assert dutch_decimal(value, places) == expected

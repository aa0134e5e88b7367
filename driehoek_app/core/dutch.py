"""Dutch spelling of dates and numbers, independent of the operating system's locale."""

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)


def dutch_date(day: dt.date, *, weekday: bool = True) -> str:
    """Spell a date the Dutch way: 'donderdag 3 december 2026' (or '3 december 2026')."""
    text = f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    if weekday:
        return f"{WEEKDAYS[day.weekday()]} {text}"
    return text


def dutch_decimal(value: float | int | Decimal, places: int = 2) -> str:
    """Format a number with a thousands dot and a decimal comma: 3494.6 -> '3.494,60'."""
    if places < 0:
        raise ValueError("places must be zero or positive")
    exact = value if isinstance(value, Decimal) else Decimal(str(value))
    quantum = Decimal(1).scaleb(-places)
    rounded = exact.quantize(quantum, rounding=ROUND_HALF_UP)
    sign = "-" if rounded < 0 else ""
    whole, _, fraction = f"{abs(rounded):f}".partition(".")
    groups = f"{int(whole):,}".replace(",", ".")
    return f"{sign}{groups},{fraction}" if places else f"{sign}{groups}"

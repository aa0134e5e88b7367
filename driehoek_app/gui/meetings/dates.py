"""Dutch spelling of meeting dates and times for the screens ('do 3 dec 2026 09:00')."""

import datetime as dt

from PySide6.QtCore import QDate, QLocale

from driehoek_app.core.dutch import dutch_date

DUTCH = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
SHORT_FORMAT = "ddd d MMM yyyy"
EDITOR_FORMAT = "ddd d-M-yyyy"


def _qdate(iso: str) -> QDate:
    """Return the QDate of an ISO date text."""
    return QDate.fromString(iso, "yyyy-MM-dd")


def short_date(iso: str | None) -> str:
    """Return 'do 3 dec 2026' for '2026-12-03' (empty for no date)."""
    if not iso:
        return ""
    day = _qdate(iso)
    return DUTCH.toString(day, SHORT_FORMAT) if day.isValid() else iso


def short_date_time(iso: str, time: str) -> str:
    """Return 'do 3 dec 2026 09:00'."""
    return f"{short_date(iso)} {time}".strip()


def long_date(iso: str | None, *, weekday: bool = True) -> str:
    """Return 'donderdag 3 december 2026' (or without the weekday); empty for no date."""
    if not iso:
        return ""
    return dutch_date(dt.date.fromisoformat(iso), weekday=weekday)


def clock(moment: dt.datetime | None = None) -> str:
    """Return the time of day as '14:32' (now by default)."""
    return (moment or dt.datetime.now()).strftime("%H:%M")


def is_upcoming(iso: str, today: dt.date | None = None) -> bool:
    """Tell whether a meeting date is today or later."""
    return iso >= (today or dt.date.today()).isoformat()

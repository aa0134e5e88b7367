"""Dates and timestamps of the demo dataset: meeting days, breaks, Dutch local time stamps."""

import datetime as dt
import random


def _last_sunday(year: int, month: int) -> dt.date:
    """Return the last Sunday of a month (March and October: the EU clock changes)."""
    day = dt.date(year, month + 1, 1) - dt.timedelta(days=1)
    return day - dt.timedelta(days=(day.weekday() + 1) % 7)


def amsterdam_offset(day: dt.date) -> str:
    """Return the UTC offset of Dutch local time on a day ('+01:00' or '+02:00')."""
    summer = _last_sunday(day.year, 3) <= day < _last_sunday(day.year, 10)
    return "+02:00" if summer else "+01:00"


def stamp(day: dt.date, time: str) -> str:
    """Return an ISO timestamp for a local day and 'HH:MM' (as now_iso() would have made)."""
    return f"{day.isoformat()}T{time}:00{amsterdam_offset(day)}"


def _in_break(day: dt.date) -> bool:
    """Return True in the summer break (15 July - 20 August) or Christmas (20 Dec - 7 Jan)."""
    md = (day.month, day.day)
    return (7, 15) <= md <= (8, 20) or md >= (12, 20) or md <= (1, 7)


def meeting_dates(rng: random.Random, year: int, weekday: int) -> list[dt.date]:
    """Return about twenty meeting dates in a year: every two or three weeks, breaks skipped."""
    day = dt.date(year, 1, 8)
    day += dt.timedelta(days=(weekday - day.weekday()) % 7)
    dates = []
    while day.year == year:
        if not _in_break(day):
            dates.append(day)
        day += dt.timedelta(weeks=rng.choice((2, 2, 2, 3)))
    return dates

"""Meetings as .ics files: RFC 5545 lines, escaping, time zone, UIDs and no confidential text."""

import datetime as dt
import zoneinfo

import pytest
from meeting_helpers import body, new_meeting

from driehoek_app.core.agenda import add_item
from driehoek_app.core.calendar_ics import (
    body_year_calendar,
    escape_text,
    fold,
    meeting_calendar,
    meeting_uid,
    write_calendar,
)
from driehoek_app.core.errors import ExportError
from driehoek_app.core.meetings import get_meeting, update_meeting

LOCATION = "Stadhuis, zaal 3; ingang \\ achterzijde\nVerdieping 2 — Ĳsselmeerzaal 😀 " * 3


@pytest.fixture
def db(fresh_db):
    """A migrated database with the bodies and the standard agenda template."""
    return fresh_db


def unfold(text: str) -> list[str]:
    """Return the logical content lines of an iCalendar text (RFC 5545 unfolding)."""
    return text.replace("\r\n ", "").split("\r\n")[:-1]


def unescape(value: str) -> str:
    """Undo TEXT escaping."""
    out, chars = [], iter(value)
    for char in chars:
        if char == "\\":
            following = next(chars)
            out.append("\n" if following in "nN" else following)
        else:
            out.append(char)
    return "".join(out)


def prop(text: str, name: str) -> list[str]:
    """Return the values of a property (by name, parameters ignored) in order."""
    values = []
    for line in unfold(text):
        key, _, value = line.partition(":")
        if key.split(";")[0] == name:
            values.append(value)
    return values


def test_lines_are_crlf_and_folded_at_75_octets(db):
    meeting = new_meeting(db, "2026-12-03", location=LOCATION, classification="intern")
    text = meeting_calendar(db, meeting.id)
    raw = text.encode("utf-8")
    assert raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b"")
    for line in raw.split(b"\r\n"):
        assert len(line) <= 75
        line.decode("utf-8")  # a fold never splits a character
    assert unescape(prop(text, "LOCATION")[0]) == LOCATION


def test_escaping_and_folding_helpers():
    assert escape_text("a,b;c\\d\r\ne\nf\x07") == "a\\,b\\;c\\\\d\\ne\\nf"
    line = "DESCRIPTION:" + "é" * 100
    folded = fold(line)
    assert folded.replace("\r\n ", "") == line
    assert all(len(part.encode()) <= 75 for part in folded.split("\r\n"))
    assert fold("KORT:1") == "KORT:1"


def test_event_has_local_times_with_a_time_zone_and_the_basics(db):
    meeting = new_meeting(db, "2026-07-02", start_time="09:30", end_time="11:00",
                          location="Politiebureau")  # fmt: skip
    text = meeting_calendar(db, meeting.id)
    lines = unfold(text)
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    assert "VERSION:2.0" in lines and "METHOD:PUBLISH" in lines
    assert "DTSTART;TZID=Europe/Amsterdam:20260702T093000" in lines
    assert "DTEND;TZID=Europe/Amsterdam:20260702T110000" in lines
    assert "TZID:Europe/Amsterdam" in lines and "BEGIN:VTIMEZONE" in lines
    assert prop(text, "SUMMARY") == ["Basisteamdriehoek Haarlem"]
    assert prop(text, "LOCATION") == ["Politiebureau"]
    stamp = prop(text, "DTSTAMP")[0]
    assert dt.datetime.strptime(stamp, "%Y%m%dT%H%M%SZ")
    assert lines.count("BEGIN:VEVENT") == lines.count("END:VEVENT") == 1


def test_the_time_zone_rules_match_dutch_time():
    try:
        amsterdam = zoneinfo.ZoneInfo("Europe/Amsterdam")
    except zoneinfo.ZoneInfoNotFoundError:
        pytest.skip("no time zone data on this system")
    for year in (2026, 2027, 2030):
        march = max(
            dt.date(year, 3, d) for d in range(25, 32) if dt.date(year, 3, d).weekday() == 6
        )
        october = max(dt.date(year, 10, d) for d in range(25, 32)
                      if dt.date(year, 10, d).weekday() == 6)  # fmt: skip
        before = dt.datetime.combine(march, dt.time(1, 59), amsterdam)
        after = dt.datetime.combine(march, dt.time(3, 0), amsterdam)
        assert (before.utcoffset().seconds, after.utcoffset().seconds) == (3600, 7200)
        autumn = dt.datetime.combine(october, dt.time(3, 1), amsterdam)
        assert autumn.utcoffset().seconds == 3600


def test_uid_is_stable_per_meeting_and_differs_between_meetings(db):
    first = new_meeting(db, "2026-03-03")
    second = new_meeting(db, "2026-03-17")
    text = meeting_calendar(db, first.id)
    assert prop(text, "UID") == [meeting_uid(first)]
    update_meeting(db, first.id, location="Elders", start_time="10:00", end_time="11:00")
    again = meeting_calendar(db, first.id)
    assert prop(again, "UID") == prop(text, "UID")
    assert meeting_uid(first) != meeting_uid(second)
    assert meeting_calendar(db, second.id) == meeting_calendar(db, second.id)


def test_classification_and_confidential_items(db):
    meeting = new_meeting(db, "2026-09-09", classification="intern")
    add_item(db, meeting.id, "Casus familie Geheimzin", confidential=True)
    text = meeting_calendar(db, meeting.id)
    assert prop(text, "CLASS") == ["PRIVATE"]
    description = unescape(prop(text, "DESCRIPTION")[0])
    assert "Geheimzin" not in text
    assert "11. Vertrouwelijk agendapunt" in description
    assert "5. Ondermijning" in description
    update_meeting(db, meeting.id, classification="vertrouwelijk")
    secret = meeting_calendar(db, meeting.id)
    assert prop(secret, "CLASS") == ["CONFIDENTIAL"]
    assert "Ondermijning" not in secret and "Geheimzin" not in secret
    update_meeting(db, meeting.id, classification="openbaar")
    assert prop(meeting_calendar(db, meeting.id), "CLASS") == ["PUBLIC"]


def test_a_body_year_holds_only_that_years_meetings(db):
    for day in ("2025-12-16", "2026-01-13", "2026-02-10", "2026-12-08"):
        new_meeting(db, day)
    new_meeting(db, "2026-01-20", "ZST")
    text = body_year_calendar(db, body(db, "HLM").id, 2026)
    starts = [line[-15:-7] for line in unfold(text) if line.startswith("DTSTART;TZID=")]
    assert starts == ["20260113", "20260210", "20261208"]
    assert prop(text, "X-WR-CALNAME") == ["Basisteamdriehoek Haarlem 2026"]
    with pytest.raises(ExportError, match="heeft geen vergaderingen in 2024"):
        body_year_calendar(db, body(db, "HLM").id, 2024)


def test_writing_keeps_the_bytes(db, tmp_path):
    meeting = new_meeting(db, "2026-12-03")
    text = meeting_calendar(db, meeting.id)
    path = write_calendar(text, tmp_path / "vergadering.ics")
    assert path.read_bytes() == text.encode("utf-8")
    assert path.read_bytes().startswith(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
    with pytest.raises(ExportError, match="bestaat niet"):
        write_calendar(text, tmp_path / "nergens" / "x.ics")
    assert get_meeting(db, meeting.id).date == "2026-12-03"

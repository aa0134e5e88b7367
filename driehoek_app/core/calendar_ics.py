"""Meetings as iCalendar (.ics, RFC 5545) for Outlook and other calendars.

One file holds one meeting or all meetings of a body in a year. Times are local Dutch time
(TZID Europe/Amsterdam, with its VTIMEZONE). Lines end in CRLF and are folded at 75 octets
without splitting a UTF-8 character; text escapes backslash, semicolon, comma and newlines.

Confidentiality: the calendar never holds the text of a confidential agenda item (only "N.
Vertrouwelijk agendapunt"), and a meeting classified vertrouwelijk gets CLASS:CONFIDENTIAL
and no agenda at all: calendars are synchronised to servers and phones. UID is stable per
meeting (its id plus a hash of its creation time, so two databases do not collide), and
DTSTAMP/LAST-MODIFIED are the meeting's last change, so a file made twice is identical.
"""

import datetime as dt
import hashlib
import os
import re
from pathlib import Path

import sqlite_utils

from driehoek_app import __version__
from driehoek_app.core.agenda import list_items
from driehoek_app.core.bodies import get_body
from driehoek_app.core.demo import is_demo_meeting
from driehoek_app.core.errors import ExportError
from driehoek_app.core.export import _atomic_write
from driehoek_app.core.meetings import Meeting, get_meeting, meetings_in_order

TZID = "Europe/Amsterdam"
MAX_OCTETS = 75
CRLF = "\r\n"
CLASSES = {"openbaar": "PUBLIC", "intern": "PRIVATE", "vertrouwelijk": "CONFIDENTIAL"}
CONFIDENTIAL_ITEM = "Vertrouwelijk agendapunt"
CONFIDENTIAL_MEETING = "Vertrouwelijke vergadering: de agenda staat in driehoek_app."
DEMO_PREFIX = "DEMO (fictief) - "
VTIMEZONE = (
    "BEGIN:VTIMEZONE",
    f"TZID:{TZID}",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "TZNAME:CEST",
    "DTSTART:19810329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "TZNAME:CET",
    "DTSTART:19961027T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
)
_NOT_TEXT = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def escape_text(value: str) -> str:
    """Escape a TEXT value: backslash, semicolon, comma and line breaks; drop control chars."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = _NOT_TEXT.sub("", value)
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\n", "\\n")


def fold(line: str) -> str:
    """Fold a content line into pieces of at most 75 octets (continuations start with a space)."""
    pieces, current, size = [], "", 0
    for char in line:
        width = len(char.encode("utf-8"))
        limit = MAX_OCTETS if not pieces else MAX_OCTETS - 1
        if size + width > limit:
            pieces.append(current)
            current, size = "", 0
        current += char
        size += width
    pieces.append(current)
    return (CRLF + " ").join(pieces)


def utc_stamp(iso: str) -> str:
    """Return an ISO timestamp (with offset; naive means UTC) as 20260312T090000Z."""
    moment = dt.datetime.fromisoformat(iso)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def local_time(date: str, time: str) -> str:
    """Return an ISO date and 'HH:MM' as an iCalendar local date-time (20261203T090000)."""
    return date.replace("-", "") + "T" + time.replace(":", "") + "00"


def meeting_uid(meeting: Meeting) -> str:
    """Return the stable UID of a meeting's event."""
    digest = hashlib.sha256(f"{meeting.id}|{meeting.created_at}".encode()).hexdigest()[:16]
    return f"driehoek-{meeting.id}-{digest}@driehoek-app"


def description(db: sqlite_utils.Database, meeting: Meeting, demo: bool) -> str:
    """Return the event text: the agenda without confidential item text, or nothing at all."""
    lines = []
    if demo:
        lines += ["Fictieve demogegevens; geen echte vergadering.", ""]
    if meeting.classification == "vertrouwelijk":
        return "\n".join([*lines, CONFIDENTIAL_MEETING])
    lines.append("Agenda:")
    for item in list_items(db, meeting.id):
        title = CONFIDENTIAL_ITEM if item.confidential else item.title
        lines.append(f"{item.number}. {title}")
    return "\n".join(lines)


def event_lines(db: sqlite_utils.Database, meeting: Meeting) -> list[str]:
    """Return the unfolded content lines of one meeting's VEVENT."""
    demo = is_demo_meeting(db, meeting.id)
    changed = utc_stamp(meeting.updated_at)
    summary = (DEMO_PREFIX if demo else "") + meeting.body_name
    lines = [
        "BEGIN:VEVENT",
        f"UID:{meeting_uid(meeting)}",
        f"DTSTAMP:{changed}",
        f"LAST-MODIFIED:{changed}",
        f"DTSTART;TZID={TZID}:{local_time(meeting.date, meeting.start_time)}",
        f"DTEND;TZID={TZID}:{local_time(meeting.date, meeting.end_time)}",
        f"SUMMARY:{escape_text(summary)}",
    ]
    if meeting.location:
        lines.append(f"LOCATION:{escape_text(meeting.location)}")
    lines += [
        f"DESCRIPTION:{escape_text(description(db, meeting, demo))}",
        f"CLASS:{CLASSES[meeting.classification]}",
        "STATUS:CONFIRMED",
        "TRANSP:OPAQUE",
        "END:VEVENT",
    ]
    return lines


def calendar_text(db: sqlite_utils.Database, meetings: list[Meeting], name: str) -> str:
    """Return a whole VCALENDAR with the given meetings as events (CRLF, folded)."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//driehoek_app//driehoek_app {__version__}//NL",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(name)}",
        f"X-WR-TIMEZONE:{TZID}",
        *VTIMEZONE,
    ]
    for meeting in meetings:
        lines += event_lines(db, meeting)
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + CRLF for line in lines)


def meeting_calendar(db: sqlite_utils.Database, meeting_id: int) -> str:
    """Return the .ics text of one meeting."""
    meeting = get_meeting(db, meeting_id)
    return calendar_text(db, [meeting], meeting.title)


def body_year_calendar(db: sqlite_utils.Database, body_id: int, year: int) -> str:
    """Return the .ics text of every meeting of a body in one year (refused when none)."""
    body = get_body(db, body_id)
    meetings = [m for m in meetings_in_order(db, body_id) if m.date.startswith(f"{year:04d}-")]
    if not meetings:
        raise ExportError(f"{body.name} heeft geen vergaderingen in {year}; er is niets te zetten.")
    return calendar_text(db, meetings, f"{body.name} {year}")


def write_calendar(text: str, path: str | os.PathLike[str]) -> Path:
    """Write .ics text (UTF-8, CRLF kept) atomically; return the path."""
    target = Path(path)
    if not target.parent.is_dir():
        raise ExportError(f"De map {target.parent} bestaat niet; {target.name} is niet geschreven.")
    if target.is_dir():
        raise ExportError(f"{target} is een map; kies een bestandsnaam.")
    data = text.encode("utf-8")
    _atomic_write(target, lambda handle: handle.write(data))
    return target

"""A realistic, clearly fictional demo dataset: meetings of all basisteamdriehoeken over years.

Each body meets about twenty times a year (every two or three weeks, not in the summer and
Christmas breaks). Past meetings have minutes, decisions and actions; their minutes are
vastgesteld in the next meeting, where open actions of earlier meetings are closed,
dropped or re-dated (recorded in the action history, as the app itself does). Meetings
after `today` have an agenda only; the last past meeting stays concept. Some actions end up
overdue. Everything is generated from random.Random(seed) per body, so a seed gives the same
data on the same day (dates of "past" and "future" follow today).

The database is marked: demo_data holds one row (seed, years, when), demo_meetings and
demo_people list what was generated. is_demo_database() tells the GUI to show a banner.
Adding demo data to a database with real meetings is refused unless forced; remove_demo()
takes it all out again.
"""

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from driehoek_app.core import demo_texts as texts
from driehoek_app.core.approval import approve_meeting
from driehoek_app.core.bodies import Body, list_bodies
from driehoek_app.core.decisions import format_number
from driehoek_app.core.errors import DriehoekError
from driehoek_app.core.meeting_base import dutch_date, now_iso
from driehoek_app.core.search_index import optimize_search_index

MAX_YEARS = 50
DEMO_SCHEMA = (
    """CREATE TABLE demo_data (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        seed INTEGER NOT NULL,
        years INTEGER NOT NULL,
        first_year INTEGER NOT NULL,
        last_year INTEGER NOT NULL,
        created_at TEXT NOT NULL
    )""",
    """CREATE TABLE demo_meetings (
        meeting_id INTEGER PRIMARY KEY REFERENCES meetings(id) ON DELETE CASCADE
    )""",
    """CREATE TABLE demo_people (
        person_id INTEGER PRIMARY KEY REFERENCES people(id) ON DELETE CASCADE
    )""",
)
Progress = Callable[[int, int], None]


class DemoError(DriehoekError):
    """Demo data cannot be added or removed; the message says why in Dutch."""


@dataclass(frozen=True)
class DemoInfo:
    """What the demo mark in a database says, and how many meetings are demo or real."""

    seed: int
    years: int
    first_year: int
    last_year: int
    created_at: str
    demo_meetings: int
    real_meetings: int


@dataclass(frozen=True)
class DemoSummary:
    """What create_demo() generated."""

    meetings: int
    items: int
    decisions: int
    actions: int
    attachments: int
    people: int


def create_demo_tables(db: sqlite_utils.Database) -> None:
    """Create the tables that mark demo data (migration 0004)."""
    for statement in DEMO_SCHEMA:
        db.execute(statement)


def is_demo_database(db: sqlite_utils.Database) -> bool:
    """Return True when the database holds generated demo data (show it on screen)."""
    return db.execute("SELECT 1 FROM demo_data").fetchone() is not None


def demo_info(db: sqlite_utils.Database) -> DemoInfo | None:
    """Return the demo mark with the meeting counts, or None for a database without demo."""
    row = db.execute(
        "SELECT seed, years, first_year, last_year, created_at FROM demo_data"
    ).fetchone()
    if row is None:
        return None
    demo = db.execute("SELECT count(*) FROM demo_meetings").fetchone()[0]
    return DemoInfo(*row, demo_meetings=demo, real_meetings=real_meeting_count(db))


def demo_meeting_ids(db: sqlite_utils.Database) -> set[int]:
    """Return the ids of the generated meetings (to mark them in lists)."""
    return {row[0] for row in db.execute("SELECT meeting_id FROM demo_meetings")}


def is_demo_meeting(db: sqlite_utils.Database, meeting_id: int) -> bool:
    """Return True when this meeting was generated as demo data."""
    sql = "SELECT 1 FROM demo_meetings WHERE meeting_id = ?"
    return db.execute(sql, [meeting_id]).fetchone() is not None


def real_meeting_count(db: sqlite_utils.Database) -> int:
    """Return the number of meetings that are not demo data."""
    return db.execute(
        "SELECT count(*) FROM meetings WHERE id NOT IN (SELECT meeting_id FROM demo_meetings)"
    ).fetchone()[0]


# ----- dates and stamps --------------------------------------------------------------------


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


# ----- generation --------------------------------------------------------------------------


@dataclass
class _OpenAction:
    """An action that is still open, as the generator tracks it."""

    id: int
    due: str
    remark: str = ""


@dataclass
class _BodyPlan:
    """Per body: its random stream, people, habits and what is still open."""

    body: Body
    rng: random.Random
    basisteam: str
    gemeente: str
    start: str
    end: str
    location: str
    people: dict[str, tuple[int, str]] = field(default_factory=dict)
    previous: tuple[int, dt.date] | None = None
    open_actions: list[_OpenAction] = field(default_factory=list)


class _Generator:
    """Writes the demo meetings of all bodies, in date order, inside one transaction."""

    def __init__(self, db: sqlite_utils.Database, seed: int, today: dt.date) -> None:
        """Prepare the generator for a database, seed and 'today'."""
        self.db = db
        self.seed = seed
        self.today = today
        self.counts = dict.fromkeys(
            ("meetings", "items", "decisions", "actions", "attachments", "people"), 0
        )
        self.serials: dict[tuple[int, int], int] = {}
        self.elements = self._theme_elements()

    def _theme_elements(self) -> dict[str, list[str]]:
        """Return the element titles of each IMV theme (vocabulary for descriptions)."""
        elements: dict[str, list[str]] = {}
        for code, title in self.db.execute(
            "SELECT theme_code, title FROM theme_elements ORDER BY theme_code, position"
        ):
            elements.setdefault(code, []).append(title.strip().rstrip("."))
        return elements

    # ----- bodies and people -----

    def plan(self, body: Body) -> _BodyPlan:
        """Return the plan of one body: its people, meeting habits and random stream."""
        rng = random.Random(f"driehoek-demo-{self.seed}-{body.code}")
        name = body.basisteam_name or body.name
        plan = _BodyPlan(
            body=body,
            rng=rng,
            basisteam=name,
            gemeente=f"Demo-{name}",
            start=rng.choice(("09:00", "09:30", "10:00", "13:30", "14:00")),
            end="",
            location=rng.choice((f"Gemeentehuis Demo-{name}", f"Politiebureau Demo-{name}")),
        )
        hours, minutes = map(int, plan.start.split(":"))
        length = rng.choice((90, 120))
        plan.end = f"{hours + (minutes + length) // 60:02d}:{(minutes + length) % 60:02d}"
        organisation = f"Gemeente Demo-{name} {texts.DEMO_MARK}"
        for key, person, role, org in (
            ("burgemeester", f"Burgemeester Demo-{name}", "burgemeester", organisation),
            ("ovj", f"Officier Demo-{name}", "officier van justitie",
             f"Openbaar Ministerie {texts.DEMO_MARK}"),
            ("teamchef", f"Teamchef Demo-{name}", "teamchef", f"Politie {texts.DEMO_MARK}"),
            ("secretaris", f"Secretaris Demo-{name}", "secretaris", organisation),
        ):  # fmt: skip
            plan.people[key] = (self._person(person, role, org), role)
        plan.people["gast"] = (
            self._person("Adviseur Demo-RIEC", "gast", f"RIEC {texts.DEMO_MARK}"),
            "gast",
        )
        return plan

    def _person(self, name: str, role: str, organisation: str) -> int:
        """Return the id of a fictional person, creating (and marking) them when new."""
        row = self.db.execute(
            "SELECT id FROM people WHERE name = ? AND organisation = ?", [name, organisation]
        ).fetchone()
        if row:
            return row[0]
        cursor = self.db.execute(
            "INSERT INTO people (name, role, organisation, email) VALUES (?, ?, ?, '')",
            [name, role, organisation],
        )
        self.db.execute("INSERT INTO demo_people (person_id) VALUES (?)", [cursor.lastrowid])
        self.counts["people"] += 1
        return cursor.lastrowid

    # ----- one meeting -----

    def meeting(self, plan: _BodyPlan, day: dt.date) -> None:
        """Write one meeting of a body: agenda, and for a past meeting its whole outcome."""
        rng = plan.rng
        past = day <= self.today
        topics = rng.sample(texts.TOPICS, rng.choice((2, 3, 3, 4)))
        casuistiek = rng.random() < 0.3
        classification = "intern" if rng.random() < 0.15 else "vertrouwelijk"
        absent = rng.choice(("ovj", "teamchef", "burgemeester")) if rng.random() < 0.15 else None
        guest = rng.random() < 0.2
        created = stamp(day - dt.timedelta(days=21), "10:00")
        cursor = self.db.execute(
            """INSERT INTO meetings (body_id, date, start_time, end_time, location,
                   classification, chair_id, created_at, updated_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            [plan.body.id, day.isoformat(), plan.start, plan.end, plan.location, classification,
             plan.people["burgemeester"][0], created,
             stamp(day, plan.end) if past else created],
        )  # fmt: skip
        meeting_id = cursor.lastrowid
        self.db.execute("INSERT INTO demo_meetings (meeting_id) VALUES (?)", [meeting_id])
        self.counts["meetings"] += 1
        self._attendance(plan, meeting_id, absent, guest)
        context = self._context(plan, day)
        items = self._agenda(plan, topics, casuistiek, absent, context, past)
        earlier, plan.open_actions = plan.open_actions, []
        for position, item in enumerate(items, start=1):
            self._item(plan, meeting_id, position, day, item, past)
        if not past:
            plan.open_actions = earlier + plan.open_actions
            return
        if plan.previous is not None:
            previous_id, _ = plan.previous
            approve_meeting(self.db, previous_id, day, meeting_id)
            when = stamp(day, plan.end)
            self.db.execute("UPDATE meetings SET updated_at = ? WHERE id = ?", [when, previous_id])
            self.db.execute(
                "UPDATE meeting_versions SET created_at = ? WHERE meeting_id = ?",
                [when, previous_id],
            )
        plan.open_actions = self._follow_up(plan, earlier, meeting_id, day) + plan.open_actions
        plan.previous = (meeting_id, day)

    def _attendance(
        self, plan: _BodyPlan, meeting_id: int, absent: str | None, guest: bool
    ) -> None:
        """Write the attendance list: the members, one perhaps absent with notice, a guest."""
        keys = ["burgemeester", "ovj", "teamchef", "secretaris"] + (["gast"] if guest else [])
        for position, key in enumerate(keys, start=1):
            person_id, role = plan.people[key]
            status = "afwezig met kennisgeving" if key == absent else "aanwezig"
            self.db.execute(
                """INSERT INTO attendance (meeting_id, person_id, role, status, position)
                   VALUES (?, ?, ?, ?, ?)""",
                [meeting_id, person_id, role, status, position],
            )

    def _context(self, plan: _BodyPlan, day: dt.date) -> dict[str, Any]:
        """Return the values for the placeholders in the demo texts of one meeting."""
        return {
            "bt": plan.basisteam,
            "gemeente": plan.gemeente,
            "jaar": day.year,
            "volgend_jaar": day.year + 1,
            "eind": plan.end,
            "vorige": dutch_date(plan.previous[1].isoformat()) if plan.previous else "",
        }

    def _text(
        self, plan: _BodyPlan, template: str, context: dict[str, Any], theme: str | None
    ) -> str:
        """Fill a text template (a fresh number for {aantal}, an IMV element for {element})."""
        elements = self.elements.get(theme or "", []) or ["de IMV-doelstellingen"]
        values = {
            **context,
            "aantal": plan.rng.randint(2, 40),
            "element": plan.rng.choice(elements),
        }
        return template.format_map(values)

    def _agenda(
        self,
        plan: _BodyPlan,
        topics: list[texts.Topic],
        casuistiek: bool,
        absent: str | None,
        context: dict[str, Any],
        past: bool,
    ) -> list[dict[str, Any]]:
        """Return the agenda items of one meeting (minutes only for a past meeting)."""
        rng = plan.rng
        opening = rng.choice(texts.OPENING_MINUTES)
        if absent:
            who = {"ovj": "de officier van justitie", "teamchef": "de teamchef",
                   "burgemeester": "de burgemeester"}[absent]  # fmt: skip
            opening += " " + texts.ABSENT_MINUTES.format(afwezig=who)
        report = (
            rng.choice(texts.REPORT_MINUTES).format(**context) if plan.previous
            else texts.REPORT_FIRST
        )  # fmt: skip
        fixed_minutes = [
            opening,
            report,
            rng.choice(texts.ACTIONLIST_MINUTES),
            self._text(plan, rng.choice(texts.ANNOUNCEMENTS), context, None),
        ]
        items = [
            {"title": title, "minutes_planned": planned, "presenter": presenter,
             "minutes": text, "topic": None}
            for (title, planned, presenter), text in zip(
                texts.STANDARD_OPENING, fixed_minutes, strict=True)
        ]  # fmt: skip
        for topic in topics:
            sentences = rng.sample(topic.minutes, min(len(topic.minutes), rng.choice((2, 3))))
            if rng.random() < 0.4:
                sentences.append(rng.choice(texts.GENERIC_MINUTES))
            items.append({
                "title": self._text(plan, topic.title, context, topic.theme),
                "description": self._text(plan, topic.description, context, topic.theme),
                "minutes_planned": rng.choice((15, 20, 30)), "presenter": topic.presenter,
                "minutes": " ".join(self._text(plan, s, context, topic.theme) for s in sentences),
                "topic": topic,
            })  # fmt: skip
        if casuistiek:
            title, planned, presenter = texts.CASUISTIEK
            items.append({"title": title, "minutes_planned": planned, "presenter": presenter,
                          "minutes": texts.CASUISTIEK_MINUTES, "confidential": True,
                          "topic": None})  # fmt: skip
        closing_minutes = [rng.choice(texts.ROUND_MINUTES), texts.CLOSING_MINUTES.format(**context)]
        for (title, planned, presenter), text in zip(
            texts.STANDARD_CLOSING, closing_minutes, strict=True
        ):
            items.append({"title": title, "minutes_planned": planned, "presenter": presenter,
                          "minutes": text, "topic": None})  # fmt: skip
        if not past:
            for item in items:
                item["minutes"] = ""
        for item in items:
            item["context"] = context
        return items

    def _item(
        self, plan: _BodyPlan, meeting_id: int, position: int, day: dt.date,
        item: dict[str, Any], past: bool,
    ) -> None:  # fmt: skip
        """Write one agenda item with its themes, labels, attachment, decisions and actions."""
        topic: texts.Topic | None = item["topic"]
        cursor = self.db.execute(
            """INSERT INTO agenda_items (meeting_id, position, title, description, presenter,
                   planned_minutes, confidential, minutes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
            [meeting_id, position, item["title"], item.get("description", ""), item["presenter"],
             item["minutes_planned"], int(item.get("confidential", False)), item["minutes"]],
        )  # fmt: skip
        item_id = cursor.lastrowid
        self.counts["items"] += 1
        if topic is None:
            return
        if topic.theme:
            self.db.execute(
                "INSERT INTO agenda_item_themes (item_id, theme_code, position) VALUES (?, ?, 1)",
                [item_id, topic.theme],
            )
        for label_position, label in enumerate(topic.labels, start=1):
            self.db.execute(
                "INSERT INTO agenda_item_labels (item_id, label, position) VALUES (?, ?, ?)",
                [item_id, label, label_position],
            )
        rng = plan.rng
        if rng.random() < 0.12:
            self._attachment(plan, item_id, item, day)
        if not past:
            return
        when = stamp(day, plan.end)
        context = item["context"]
        for index, text in enumerate(rng.sample(topic.decisions, min(len(topic.decisions),
                                                                      rng.choice((0, 1, 1, 2)))),
                                     start=1):  # fmt: skip
            self._decision(plan, item_id, day.year, index,
                           self._text(plan, text, context, topic.theme), when)  # fmt: skip
        chosen = rng.sample(topic.actions, min(len(topic.actions), rng.choice((0, 1, 1, 2))))
        for index, (text, owner) in enumerate(chosen, start=1):
            due = day + dt.timedelta(days=rng.choice((14, 21, 28, 42, 56, 84, 120)))
            cursor = self.db.execute(
                """INSERT INTO actions (item_id, text, owner, due_date, status, remark,
                       position, created_at) VALUES (?, ?, ?, ?, 'open', '', ?, ?)""",
                [item_id, self._text(plan, text, context, topic.theme), owner, due.isoformat(),
                 index, when],
            )  # fmt: skip
            plan.open_actions.append(_OpenAction(cursor.lastrowid, due.isoformat()))
            self.counts["actions"] += 1

    def _attachment(
        self, plan: _BodyPlan, item_id: int, item: dict[str, Any], day: dt.date
    ) -> None:
        """Attach a small fictional note (plain text) to an agenda item."""
        name = f"Notitie {item['title']} {day.isoformat()} {texts.DEMO_MARK}.txt"
        data = f"{texts.DEMO_NOTE}\n\n{item['title']}\n\n{item.get('description', '')}\n"
        payload = data.encode("utf-8")
        self.db.execute(
            """INSERT INTO attachments (item_id, name, media_type, size, data, added_at)
               VALUES (?, ?, 'text/plain', ?, ?, ?)""",
            [item_id, name, len(payload), payload, stamp(day - dt.timedelta(days=7), "12:00")],
        )
        self.counts["attachments"] += 1

    def _decision(
        self, plan: _BodyPlan, item_id: int, year: int, position: int, text: str, when: str
    ) -> None:
        """Write a decision with the next number of its body and year."""
        key = (plan.body.id, year)
        if key not in self.serials:
            self.serials[key] = self.db.execute(
                """SELECT max(COALESCE((SELECT last_serial FROM decision_counters
                                        WHERE body_id = :body AND year = :year), 0),
                              COALESCE((SELECT max(serial) FROM decisions
                                        WHERE body_id = :body AND year = :year), 0))""",
                {"body": plan.body.id, "year": year},
            ).fetchone()[0]
        self.serials[key] += 1
        serial = self.serials[key]
        self.db.execute(
            """INSERT INTO decisions (item_id, body_id, year, serial, number, text, position,
                   created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
            [item_id, plan.body.id, year, serial, format_number(plan.body.code, year, serial),
             text, position, when],
        )  # fmt: skip
        self.counts["decisions"] += 1

    def _follow_up(
        self, plan: _BodyPlan, earlier: list[_OpenAction], meeting_id: int, day: dt.date
    ) -> list[_OpenAction]:
        """Deal with the open actions of earlier meetings; return those that stay open."""
        rng = plan.rng
        when = stamp(day, plan.end)
        still_open = []
        for action in earlier:
            changes: dict[str, tuple[str | None, str | None]] = {}
            roll = rng.random()
            if action.due >= day.isoformat() and roll < 0.8:
                still_open.append(action)
                continue
            if roll < 0.6 or action.due >= day.isoformat():
                changes["status"] = ("open", "afgerond")
                changes["remark"] = (action.remark, rng.choice(texts.REMARKS_DONE))
            elif roll < 0.65:
                changes["status"] = ("open", "vervallen")
                changes["remark"] = (action.remark, texts.REMARK_DROPPED)
            elif roll < 0.85:
                due = (day + dt.timedelta(days=rng.choice((14, 28, 42)))).isoformat()
                changes["due_date"] = (action.due, due)
                changes["remark"] = (action.remark, texts.REMARK_REDATED)
                action.due, action.remark = due, texts.REMARK_REDATED
            if "remark" in changes and changes["remark"][0] == changes["remark"][1]:
                del changes["remark"]
            self._apply(action.id, changes, meeting_id, when)
            if "status" not in changes:
                still_open.append(action)
        return still_open

    def _apply(
        self,
        action_id: int,
        changes: dict[str, tuple[str | None, str | None]],
        meeting_id: int,
        when: str,
    ) -> None:
        """Change an action in a later meeting and record each change in its history."""
        for column, (old, new) in changes.items():
            self.db.execute(f"UPDATE actions SET {column} = ? WHERE id = ?", [new, action_id])
            self.db.execute(
                """INSERT INTO action_history (action_id, field, old_value, new_value,
                       changed_at, meeting_id) VALUES (?, ?, ?, ?, ?, ?)""",
                [action_id, column, old, new, when, meeting_id],
            )

    def finish(self) -> None:
        """Raise the decision counters to the numbers given."""
        for (body_id, year), serial in self.serials.items():
            self.db.execute(
                """INSERT INTO decision_counters (body_id, year, last_serial) VALUES (?, ?, ?)
                   ON CONFLICT (body_id, year)
                   DO UPDATE SET last_serial = MAX(last_serial, excluded.last_serial)""",
                [body_id, year, serial],
            )


def _check_request(db: sqlite_utils.Database, years: Any, seed: Any, force: bool) -> None:
    """Refuse bad arguments, a database that already has demo data, or one with real data."""
    if isinstance(years, bool) or not isinstance(years, int) or not 1 <= years <= MAX_YEARS:
        raise DemoError(f"Aantal jaren: kies een geheel getal van 1 tot en met {MAX_YEARS}.")
    if isinstance(seed, bool) or not isinstance(seed, int) or seed < 0:
        raise DemoError("Startgetal (seed): kies een geheel getal van 0 of meer.")
    if is_demo_database(db):
        raise DemoError(
            "Deze database bevat al demogegevens; verwijder die eerst of kies een andere database."
        )
    real = real_meeting_count(db)
    if real and not force:
        raise DemoError(
            f"Deze database bevat {real} echte vergadering(en); demogegevens worden alleen in "
            "een lege database gezet (of forceer het bewust)."
        )


def create_demo(
    db: sqlite_utils.Database,
    years: int = 2,
    seed: int = 1,
    *,
    force: bool = False,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> DemoSummary:
    """Fill the database with demo meetings of every basisteamdriehoek for the last years.

    All or nothing (one transaction). progress(done, total) is called after each meeting;
    an exception raised from it cancels the whole demo.
    """
    _check_request(db, years, seed, force)
    today = today or dt.date.today()
    first_year = today.year - years + 1
    with db.atomic():
        generator = _Generator(db, seed, today)
        bodies = [body for body in list_bodies(db) if body.kind == "basisteamdriehoek"]
        plans = [generator.plan(body) for body in bodies]
        schedule = []
        for order, plan in enumerate(plans):
            weekday = plan.rng.choice((0, 1, 2, 3))
            for year in range(first_year, today.year + 1):
                schedule.extend((day, order) for day in meeting_dates(plan.rng, year, weekday))
        schedule.sort()
        for done, (day, order) in enumerate(schedule, start=1):
            generator.meeting(plans[order], day)
            if progress is not None:
                progress(done, len(schedule))
        generator.finish()
        db.execute(
            """INSERT INTO demo_data (id, seed, years, first_year, last_year, created_at)
               VALUES (1, ?, ?, ?, ?, ?)""",
            [seed, years, first_year, today.year, now_iso()],
        )
    optimize_search_index(db)
    return DemoSummary(**generator.counts)


def remove_demo(db: sqlite_utils.Database) -> int:
    """Remove every generated meeting and fictional person and the demo mark; return count."""
    with db.atomic():
        demo = "SELECT meeting_id FROM demo_meetings"
        count = db.execute("SELECT count(*) FROM demo_meetings").fetchone()[0]
        db.execute(f"DELETE FROM action_history WHERE meeting_id IN ({demo})")
        db.execute(
            f"""UPDATE meetings SET approved_in_meeting_id = NULL
                WHERE approved_in_meeting_id IN ({demo}) AND id NOT IN ({demo})"""
        )
        db.execute(
            f"""UPDATE meeting_versions SET approved_in_meeting_id = NULL
                WHERE approved_in_meeting_id IN ({demo}) AND meeting_id NOT IN ({demo})"""
        )
        db.execute(f"DELETE FROM meetings WHERE id IN ({demo})")
        db.execute(
            """DELETE FROM people WHERE id IN (SELECT person_id FROM demo_people)
               AND id NOT IN (SELECT person_id FROM attendance)
               AND id NOT IN (SELECT person_id FROM body_members)
               AND id NOT IN (SELECT chair_id FROM meetings WHERE chair_id IS NOT NULL)"""
        )
        if real_meeting_count(db) == 0:
            db.execute(
                """DELETE FROM decision_counters WHERE NOT EXISTS (
                       SELECT 1 FROM decisions d WHERE d.body_id = decision_counters.body_id
                       AND d.year = decision_counters.year)"""
            )
        db.execute("DELETE FROM demo_people")
        db.execute("DELETE FROM demo_data")
    optimize_search_index(db)
    return count

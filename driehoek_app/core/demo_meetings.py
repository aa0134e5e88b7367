"""The demo meetings: every basisteamdriehoek about twenty times a year, with full outcomes.

Each body meets every two or three weeks, not in the summer and Christmas breaks. Past
meetings have minutes, decisions and actions; their minutes are vastgesteld in the next
meeting, where open actions of earlier meetings are closed, dropped or re-dated (recorded in
the action history, as the app itself does). Meetings after `today` have an agenda only; the
last past meeting stays concept. Some actions end up overdue. Everything comes from
random.Random per body, so a seed gives the same meetings on the same day.

The ondermijning decisions and actions made are kept in `outcomes`, so that the demo
beelden can link to them (demo_ondermijning.py).
"""

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from driehoek_app.core import demo_texts as texts
from driehoek_app.core.approval import approve_meeting
from driehoek_app.core.bodies import Body
from driehoek_app.core.decisions import format_number
from driehoek_app.core.demo_dates import meeting_dates, stamp
from driehoek_app.core.demo_topics import TOPICS
from driehoek_app.core.meeting_base import dutch_date

COUNTS = ("meetings", "items", "decisions", "actions", "attachments", "people")


@dataclass(frozen=True)
class Outcome:
    """A past agenda item, decision or action under an ondermijning topic (for beeld links)."""

    body_id: int
    year: int
    kind: str  # 'item', 'decision' or 'action'
    id: int
    phenomena: tuple[str, ...]  # the topic's, the main one first
    ondermijningsbeeld: bool  # under the item that presents the beeld itself
    owner: str = ""  # of an action


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


class MeetingGenerator:
    """Writes the demo meetings of all bodies, in date order, inside the caller's transaction."""

    def __init__(self, db: sqlite_utils.Database, seed: int, today: dt.date) -> None:
        """Prepare the generator for a database, seed and 'today'."""
        self.db = db
        self.seed = seed
        self.today = today
        self.counts = dict.fromkeys(COUNTS, 0)
        self.outcomes: list[Outcome] = []
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
        topics = rng.sample(TOPICS, rng.choice((2, 3, 3, 4)))
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
        self._outcome(plan, day, topic, "item", item_id)
        when = stamp(day, plan.end)
        context = item["context"]
        for index, text in enumerate(rng.sample(topic.decisions, min(len(topic.decisions),
                                                                      rng.choice((0, 1, 1, 2)))),
                                     start=1):  # fmt: skip
            decision_id = self._decision(
                plan, item_id, day.year, index, self._text(plan, text, context, topic.theme), when
            )
            self._outcome(plan, day, topic, "decision", decision_id)
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
            self._outcome(plan, day, topic, "action", cursor.lastrowid, owner)
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

    def _outcome(
        self,
        plan: _BodyPlan,
        day: dt.date,
        topic: texts.Topic,
        kind: str,
        row_id: int,
        owner: str = "",
    ) -> None:
        """Remember an item, decision or action of an ondermijning topic for the beelden."""
        if topic.phenomena:
            self.outcomes.append(
                Outcome(plan.body.id, day.year, kind, row_id, topic.phenomena,
                        "ondermijningsbeeld" in topic.labels, owner)
            )  # fmt: skip

    def _decision(
        self, plan: _BodyPlan, item_id: int, year: int, position: int, text: str, when: str
    ) -> int:
        """Write a decision with the next number of its body and year; return its id."""
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
        cursor = self.db.execute(
            """INSERT INTO decisions (item_id, body_id, year, serial, number, text, position,
                   created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
            [item_id, plan.body.id, year, serial, format_number(plan.body.code, year, serial),
             text, position, when],
        )  # fmt: skip
        self.counts["decisions"] += 1
        return cursor.lastrowid

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

    def schedule(
        self, bodies: list[Body], first_year: int, last_year: int
    ) -> list[tuple[dt.date, _BodyPlan]]:
        """Return every meeting day of every body in the years, in date order (then body)."""
        plans = [self.plan(body) for body in bodies]
        days = []
        for order, plan in enumerate(plans):
            weekday = plan.rng.choice((0, 1, 2, 3))
            for year in range(first_year, last_year + 1):
                days.extend((day, order) for day in meeting_dates(plan.rng, year, weekday))
        days.sort()
        return [(day, plans[order]) for day, order in days]

    def finish(self) -> None:
        """Raise the decision counters to the numbers given."""
        for (body_id, year), serial in self.serials.items():
            self.db.execute(
                """INSERT INTO decision_counters (body_id, year, last_serial) VALUES (?, ?, ?)
                   ON CONFLICT (body_id, year)
                   DO UPDATE SET last_serial = MAX(last_serial, excluded.last_serial)""",
                [body_id, year, serial],
            )

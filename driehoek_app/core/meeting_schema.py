"""The SQL schema for meetings: bodies, people, agendas, decisions, actions and versions.

The allowed values of every enumerated column are declared here once and used both in the
CHECK constraints and by the services that validate user input.
"""

import sqlite_utils

ROLES = ("burgemeester", "officier van justitie", "teamchef", "secretaris", "gast")
CLASSIFICATIONS = ("openbaar", "intern", "vertrouwelijk")
MEETING_STATUSES = ("concept", "vastgesteld")
ATTENDANCE_STATUSES = ("aanwezig", "afwezig met kennisgeving", "afwezig")
ACTION_STATUSES = ("open", "afgerond", "vervallen")
ACTION_FIELDS = ("text", "owner", "due_date", "status", "remark")
BODY_KINDS = ("basisteamdriehoek", "districtsoverleg", "rbop", "overig")


def _in(values: tuple[str, ...]) -> str:
    """Return an SQL list literal such as ('a', 'b') for a CHECK constraint."""
    return "(" + ", ".join("'" + value.replace("'", "''") + "'" for value in values) + ")"


MEETING_SCHEMA = [
    f"""CREATE TABLE bodies (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        code TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN {_in(BODY_KINDS)}),
        basisteam_id INTEGER UNIQUE REFERENCES basisteams(id),
        position INTEGER NOT NULL DEFAULT 0
    )""",
    """CREATE TABLE body_gemeenten (
        id INTEGER PRIMARY KEY,
        body_id INTEGER NOT NULL REFERENCES bodies(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        position INTEGER NOT NULL,
        UNIQUE (body_id, name)
    )""",
    f"""CREATE TABLE people (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN {_in(ROLES)}),
        organisation TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        UNIQUE (name, organisation)
    )""",
    f"""CREATE TABLE body_members (
        body_id INTEGER NOT NULL REFERENCES bodies(id) ON DELETE CASCADE,
        person_id INTEGER NOT NULL REFERENCES people(id),
        role TEXT NOT NULL CHECK (role IN {_in(ROLES)}),
        position INTEGER NOT NULL,
        PRIMARY KEY (body_id, person_id)
    )""",
    f"""CREATE TABLE meetings (
        id INTEGER PRIMARY KEY,
        body_id INTEGER NOT NULL REFERENCES bodies(id),
        date TEXT NOT NULL,
        start_time TEXT NOT NULL,
        end_time TEXT NOT NULL,
        location TEXT NOT NULL DEFAULT '',
        classification TEXT NOT NULL DEFAULT 'vertrouwelijk'
            CHECK (classification IN {_in(CLASSIFICATIONS)}),
        chair_id INTEGER REFERENCES people(id),
        status TEXT NOT NULL DEFAULT 'concept' CHECK (status IN {_in(MEETING_STATUSES)}),
        version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
        approved_on TEXT,
        approved_in_meeting_id INTEGER REFERENCES meetings(id),
        correction_reason TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    "CREATE INDEX meetings_body_date ON meetings (body_id, date, start_time)",
    """CREATE TABLE agenda_items (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        title TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        presenter TEXT NOT NULL DEFAULT '',
        planned_minutes INTEGER CHECK (planned_minutes IS NULL OR planned_minutes >= 0),
        confidential INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),
        minutes TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX agenda_items_meeting ON agenda_items (meeting_id, position)",
    """CREATE TABLE agenda_item_themes (
        item_id INTEGER NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
        theme_code TEXT NOT NULL REFERENCES themes(code),
        position INTEGER NOT NULL,
        PRIMARY KEY (item_id, theme_code)
    )""",
    """CREATE TABLE agenda_item_labels (
        item_id INTEGER NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
        label TEXT NOT NULL,
        position INTEGER NOT NULL,
        PRIMARY KEY (item_id, label)
    )""",
    """CREATE TABLE attachments (
        id INTEGER PRIMARY KEY,
        item_id INTEGER NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        media_type TEXT NOT NULL,
        size INTEGER NOT NULL CHECK (size >= 0),
        data BLOB NOT NULL,
        added_at TEXT NOT NULL
    )""",
    "CREATE INDEX attachments_item ON attachments (item_id)",
    f"""CREATE TABLE attendance (
        meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        person_id INTEGER NOT NULL REFERENCES people(id),
        role TEXT NOT NULL CHECK (role IN {_in(ROLES)}),
        status TEXT NOT NULL DEFAULT 'aanwezig' CHECK (status IN {_in(ATTENDANCE_STATUSES)}),
        position INTEGER NOT NULL,
        PRIMARY KEY (meeting_id, person_id)
    )""",
    """CREATE TABLE decision_counters (
        body_id INTEGER NOT NULL REFERENCES bodies(id) ON DELETE CASCADE,
        year INTEGER NOT NULL,
        last_serial INTEGER NOT NULL CHECK (last_serial >= 0),
        PRIMARY KEY (body_id, year)
    )""",
    """CREATE TABLE decisions (
        id INTEGER PRIMARY KEY,
        item_id INTEGER NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
        body_id INTEGER NOT NULL REFERENCES bodies(id),
        year INTEGER NOT NULL,
        serial INTEGER NOT NULL CHECK (serial >= 1),
        number TEXT NOT NULL UNIQUE,
        text TEXT NOT NULL,
        position INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        UNIQUE (body_id, year, serial)
    )""",
    "CREATE INDEX decisions_item ON decisions (item_id, position)",
    f"""CREATE TABLE actions (
        id INTEGER PRIMARY KEY,
        item_id INTEGER NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
        text TEXT NOT NULL,
        owner TEXT NOT NULL DEFAULT '',
        due_date TEXT,
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN {_in(ACTION_STATUSES)}),
        remark TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL,
        created_at TEXT NOT NULL
    )""",
    "CREATE INDEX actions_item ON actions (item_id, position)",
    "CREATE INDEX actions_status ON actions (status)",
    f"""CREATE TABLE action_history (
        id INTEGER PRIMARY KEY,
        action_id INTEGER NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
        field TEXT NOT NULL CHECK (field IN {_in(ACTION_FIELDS)}),
        old_value TEXT,
        new_value TEXT,
        changed_at TEXT NOT NULL,
        meeting_id INTEGER NOT NULL REFERENCES meetings(id)
    )""",
    "CREATE INDEX action_history_action ON action_history (action_id, id)",
    "CREATE INDEX action_history_meeting ON action_history (meeting_id)",
    """CREATE TABLE meeting_versions (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        version INTEGER NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        approved_on TEXT NOT NULL,
        approved_in_meeting_id INTEGER REFERENCES meetings(id),
        created_at TEXT NOT NULL,
        snapshot TEXT NOT NULL,
        UNIQUE (meeting_id, version)
    )""",
    """CREATE TABLE agenda_templates (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        description TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE agenda_template_items (
        id INTEGER PRIMARY KEY,
        template_id INTEGER NOT NULL REFERENCES agenda_templates(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        title TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        presenter TEXT NOT NULL DEFAULT '',
        planned_minutes INTEGER CHECK (planned_minutes IS NULL OR planned_minutes >= 0),
        confidential INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1))
    )""",
    """CREATE TABLE agenda_template_item_themes (
        template_item_id INTEGER NOT NULL
            REFERENCES agenda_template_items(id) ON DELETE CASCADE,
        theme_code TEXT NOT NULL REFERENCES themes(code),
        position INTEGER NOT NULL,
        PRIMARY KEY (template_item_id, theme_code)
    )""",
]


def create(db: sqlite_utils.Database) -> None:
    """Create every meeting table and index (the caller provides the transaction)."""
    for statement in MEETING_SCHEMA:
        db.execute(statement)

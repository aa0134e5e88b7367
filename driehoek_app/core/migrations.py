"""Numbered schema migrations; each runs in its own transaction and is tested from empty."""

import sqlite_utils
from sqlite_utils import Migrations

from driehoek_app.core.errors import DatabaseError

MIGRATIONS = Migrations("driehoek")


@MIGRATIONS(name="0001_reference_schema")
def reference_schema(db: sqlite_utils.Database) -> None:
    """Create the tables for the IMV reference data."""
    for statement in REFERENCE_SCHEMA:
        db.execute(statement)


@MIGRATIONS(name="0002_reference_data")
def reference_data(db: sqlite_utils.Database) -> None:
    """Load the reference data transcribed from the IMV document."""
    from driehoek_app.core.seeds import load_reference_data

    load_reference_data(db)


REFERENCE_SCHEMA = [
    """CREATE TABLE themes (
        code TEXT PRIMARY KEY,
        number INTEGER NOT NULL UNIQUE,
        title TEXT NOT NULL,
        short_title TEXT NOT NULL
    )""",
    """CREATE TABLE theme_sections (
        id INTEGER PRIMARY KEY,
        theme_code TEXT NOT NULL REFERENCES themes(code) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN
            ('analyse', 'waarom', 'doelstelling', 'waar_staan_we', 'wat_gaan_we_doen')),
        heading TEXT NOT NULL,
        body TEXT NOT NULL,
        UNIQUE (theme_code, kind)
    )""",
    """CREATE TABLE theme_elements (
        id INTEGER PRIMARY KEY,
        theme_code TEXT NOT NULL REFERENCES themes(code) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        title TEXT NOT NULL,
        body TEXT NOT NULL,
        UNIQUE (theme_code, position)
    )""",
    """CREATE TABLE districts (
        code TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        position INTEGER NOT NULL
    )""",
    """CREATE TABLE basisteams (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        district_code TEXT NOT NULL REFERENCES districts(code),
        position INTEGER NOT NULL
    )""",
    """CREATE TABLE formation_units (
        id INTEGER PRIMARY KEY,
        position INTEGER NOT NULL UNIQUE,
        code TEXT NOT NULL,
        name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('eenheid', 'onderdeel', 'afdeling', 'subtotaal')),
        parent_id INTEGER REFERENCES formation_units(id),
        district_code TEXT REFERENCES districts(code),
        basisteam_id INTEGER REFERENCES basisteams(id)
    )""",
    """CREATE TABLE formation (
        unit_id INTEGER NOT NULL REFERENCES formation_units(id) ON DELETE CASCADE,
        peildatum TEXT NOT NULL,
        aspirant REAL,
        wijkagent REAL,
        overig REAL,
        totaal REAL,
        dashes TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (unit_id, peildatum)
    )""",
    """CREATE TABLE policy_goals (
        code TEXT PRIMARY KEY,
        number TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        body TEXT NOT NULL,
        kind TEXT NOT NULL DEFAULT 'veiligheidsagenda'
            CHECK (kind IN ('veiligheidsagenda', 'imv'))
    )""",
    """CREATE TABLE national_themes (
        code TEXT PRIMARY KEY,
        number TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        body TEXT NOT NULL
    )""",
    """CREATE TABLE targets (
        id INTEGER PRIMARY KEY,
        goal_code TEXT NOT NULL REFERENCES policy_goals(code),
        indicator TEXT NOT NULL,
        indicator_label TEXT NOT NULL,
        eenheid TEXT NOT NULL,
        year INTEGER,
        value REAL,
        measure TEXT NOT NULL,
        is_total INTEGER NOT NULL DEFAULT 0 CHECK (is_total IN (0, 1)),
        note TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL DEFAULT '',
        category TEXT NOT NULL DEFAULT '',
        part_of TEXT NOT NULL DEFAULT '',
        deviation REAL
    )""",
    """CREATE TABLE organisation_tasks (
        position INTEGER PRIMARY KEY,
        body TEXT NOT NULL
    )""",
]


def migration_names() -> list[str]:
    """Return the names of all migrations this version knows, in order."""
    return [migration.name for migration in MIGRATIONS._migrations]


def migrate_database(db: sqlite_utils.Database) -> list[str]:
    """Apply pending migrations; refuse a database made by a newer version of the app."""
    known = set(migration_names())
    unknown = [m.name for m in MIGRATIONS.applied(db) if m.name not in known]
    if unknown:
        raise DatabaseError(
            "Deze database is gemaakt door een nieuwere versie van driehoek_app "
            f"(onbekende migratie {unknown[0]}); werk de applicatie bij."
        )
    pending = [m.name for m in MIGRATIONS.pending(db)]
    MIGRATIONS.apply(db)
    return pending


@MIGRATIONS(name="0003_meetings")
def meetings_schema(db: sqlite_utils.Database) -> None:
    """Create the meeting tables, the ten basisteamdriehoeken and the standard agenda."""
    from driehoek_app.core.agenda_templates import seed_default_template
    from driehoek_app.core.bodies import create_default_bodies
    from driehoek_app.core.meeting_schema import create

    create(db)
    create_default_bodies(db)
    seed_default_template(db)


@MIGRATIONS(name="0004_search")
def search_schema(db: sqlite_utils.Database) -> None:
    """Create the full-text index with its triggers, the register indexes and the demo marks."""
    from driehoek_app.core.demo import create_demo_tables
    from driehoek_app.core.registers import create_register_indexes
    from driehoek_app.core.search_index import create_search_index

    create_search_index(db)
    create_register_indexes(db)
    create_demo_tables(db)


@MIGRATIONS(name="0005_ondermijning")
def ondermijning_schema(db: sqlite_utils.Database) -> None:
    """Create the ondermijningsbeeld and monitoring tables and the phenomena catalogue."""
    from driehoek_app.core.ondermijning_schema import create
    from driehoek_app.core.phenomena import seed_phenomena

    create(db)
    seed_phenomena(db)


@MIGRATIONS(name="0006_demo_ondermijning")
def demo_ondermijning_schema(db: sqlite_utils.Database) -> None:
    """Create the tables that mark generated demo beelden and realisations."""
    from driehoek_app.core.demo_marks import create_demo_ondermijning_tables

    create_demo_ondermijning_tables(db)


@MIGRATIONS(name="0007_search_places")
def search_places_schema(db: sqlite_utils.Database) -> None:
    """Rebuild the full-text index with each text's place words (body, basisteam, gemeenten)."""
    from driehoek_app.core.search_index import create_search_index, optimize_search_index

    create_search_index(db)
    optimize_search_index(db)

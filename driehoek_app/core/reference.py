"""Read-only access to the IMV reference data: themes, formation, Veiligheidsagenda targets."""

from dataclasses import dataclass

import sqlite_utils

NOORD_HOLLAND = "Noord-Holland"
PEILDATUM_2018 = "2018-12-31"
PEILDATUM_2022 = "2022-01-01"


@dataclass(frozen=True)
class ThemeSection:
    """One section of an IMV theme (analyse, waarom, doelstelling, ...)."""

    kind: str
    heading: str
    body: str


@dataclass(frozen=True)
class ThemeElement:
    """One named element of a theme's 'Wat gaan we doen?'."""

    title: str
    body: str


@dataclass(frozen=True)
class Theme:
    """An IMV theme with its sections and named elements."""

    code: str
    number: int
    title: str
    short_title: str
    sections: tuple[ThemeSection, ...] = ()
    elements: tuple[ThemeElement, ...] = ()


@dataclass(frozen=True)
class District:
    """A police district of the unit Noord-Holland."""

    code: str
    name: str


@dataclass(frozen=True)
class Basisteam:
    """A basisteam: the meeting body of a basisteamdriehoek hangs on it."""

    id: int
    name: str
    district_code: str
    district_name: str


@dataclass(frozen=True)
class FormationRow:
    """One row of the Sterkteverdeling at one peildatum (None where the table is blank)."""

    unit_id: int
    position: int
    name: str
    kind: str
    district_name: str | None
    basisteam_name: str | None
    peildatum: str
    aspirant: float | None
    wijkagent: float | None
    overig: float | None
    totaal: float | None
    dashes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Target:
    """One quantitative target of the Veiligheidsagenda (value None where 'ntb')."""

    goal_code: str
    goal_title: str
    indicator: str
    indicator_label: str
    eenheid: str
    year: int | None
    value: float | None
    measure: str
    is_total: bool
    note: str
    source: str
    category: str = ""
    part_of: str = ""
    deviation: float | None = None


@dataclass(frozen=True)
class TextBlock:
    """A numbered text of the Veiligheidsagenda (a policy goal or a national theme)."""

    code: str
    number: str
    title: str
    body: str


def themes(db: sqlite_utils.Database) -> list[Theme]:
    """Return the four IMV themes in document order, with sections and elements."""
    result = []
    for row in db.query("SELECT code, number, title, short_title FROM themes ORDER BY number"):
        sections = tuple(
            ThemeSection(r["kind"], r["heading"], r["body"])
            for r in db.query(
                "SELECT kind, heading, body FROM theme_sections"
                " WHERE theme_code = ? ORDER BY position",
                [row["code"]],
            )
        )
        elements = tuple(
            ThemeElement(r["title"], r["body"])
            for r in db.query(
                "SELECT title, body FROM theme_elements WHERE theme_code = ? ORDER BY position",
                [row["code"]],
            )
        )
        result.append(Theme(**row, sections=sections, elements=elements))
    return result


def theme_codes(db: sqlite_utils.Database) -> list[str]:
    """Return the stable theme codes in document order."""
    return [r["code"] for r in db.query("SELECT code FROM themes ORDER BY number")]


def districts(db: sqlite_utils.Database) -> list[District]:
    """Return the three districts in table order."""
    return [District(**r) for r in db.query("SELECT code, name FROM districts ORDER BY position")]


def basisteams(db: sqlite_utils.Database) -> list[Basisteam]:
    """Return the ten basisteams grouped by district, in table order."""
    sql = """
        SELECT b.id, b.name, b.district_code, d.name AS district_name
        FROM basisteams b JOIN districts d ON d.code = b.district_code
        ORDER BY d.position, b.position
    """
    return [Basisteam(**r) for r in db.query(sql)]


def formation(db: sqlite_utils.Database, peildatum: str | None = None) -> list[FormationRow]:
    """Return the Sterkteverdeling rows in table order, for one or both peildatums."""
    sql = """
        SELECT u.id AS unit_id, u.position, u.name, u.kind,
               d.name AS district_name, b.name AS basisteam_name,
               f.peildatum, f.aspirant, f.wijkagent, f.overig, f.totaal, f.dashes
        FROM formation f
        JOIN formation_units u ON u.id = f.unit_id
        LEFT JOIN districts d ON d.code = u.district_code
        LEFT JOIN basisteams b ON b.id = u.basisteam_id
        WHERE (:peildatum IS NULL OR f.peildatum = :peildatum)
        ORDER BY u.position, f.peildatum
    """
    return [
        FormationRow(**{**r, "dashes": tuple(r["dashes"].split())})
        for r in db.query(sql, {"peildatum": peildatum})
    ]


def peildatums(db: sqlite_utils.Database) -> list[str]:
    """Return the ISO dates at which the formation is given, oldest first."""
    return [r["peildatum"] for r in db.query("SELECT DISTINCT peildatum FROM formation ORDER BY 1")]


def targets(db: sqlite_utils.Database, goal_code: str | None = None) -> list[Target]:
    """Return the targets (Veiligheidsagenda and IMV) in seed order, optionally for one goal."""
    sql = """
        SELECT t.goal_code, g.title AS goal_title, t.indicator, t.indicator_label, t.eenheid,
               t.year, t.value, t.measure, t.is_total, t.note, t.source,
               t.category, t.part_of, t.deviation
        FROM targets t JOIN policy_goals g ON g.code = t.goal_code
        WHERE (:goal IS NULL OR t.goal_code = :goal)
        ORDER BY t.id
    """
    rows = db.query(sql, {"goal": goal_code})
    return [Target(**{**r, "is_total": bool(r["is_total"])}) for r in rows]


def policy_goals(db: sqlite_utils.Database) -> list[TextBlock]:
    """Return the four national policy goals of the Veiligheidsagenda."""
    sql = """
        SELECT code, number, title, body FROM policy_goals
        WHERE kind = 'veiligheidsagenda' ORDER BY number
    """
    return [TextBlock(**r) for r in db.query(sql)]


def target_goals(db: sqlite_utils.Database) -> list[TextBlock]:
    """Return every goal that carries targets: the policy goals, then the IMV's own goals."""
    sql = """
        SELECT code, number, title, body FROM policy_goals
        ORDER BY kind = 'imv', number
    """
    return [TextBlock(**r) for r in db.query(sql)]


def national_themes(db: sqlite_utils.Database) -> list[TextBlock]:
    """Return the national themes of the Veiligheidsagenda."""
    return [
        TextBlock(**r)
        for r in db.query("SELECT code, number, title, body FROM national_themes ORDER BY number")
    ]


def organisation_tasks(db: sqlite_utils.Database) -> list[str]:
    """Return the organisation development tasks (Organisatieontwikkelopgaven) in order."""
    return [r["body"] for r in db.query("SELECT body FROM organisation_tasks ORDER BY position")]

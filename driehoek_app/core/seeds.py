"""Loads the reference data in seeds/ into the database: everything is checked before writing."""

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import sqlite_utils

from driehoek_app.core.errors import DatabaseError
from driehoek_app.core.paths import seeds_dir
from driehoek_app.core.seed_formation import YEARS, FormationSeed, read_formation
from driehoek_app.core.seed_targets import TargetSeed, read_targets
from driehoek_app.core.seed_texts import (
    GOAL_KIND_AGENDA,
    GOAL_KIND_IMV,
    AgendaSeed,
    TextBlockSeed,
    read_agenda,
)
from driehoek_app.core.seed_themes import ThemeSeed, read_themes

REFERENCE_TABLES = (
    "themes",
    "theme_sections",
    "theme_elements",
    "districts",
    "basisteams",
    "formation_units",
    "formation",
    "policy_goals",
    "national_themes",
    "targets",
    "organisation_tasks",
)


@dataclass(frozen=True)
class ReferenceSeeds:
    """All reference data read from the seed folder, checked and ready to write."""

    formation: FormationSeed
    themes: tuple[ThemeSeed, ...]
    agenda: AgendaSeed
    targets: tuple[TargetSeed, ...]


def read_reference_seeds(folder: Path | None = None) -> ReferenceSeeds:
    """Read and check every seed file; raise SeedError naming file, line and column."""
    folder = Path(folder) if folder is not None else seeds_dir()
    formation = read_formation(folder)
    themes = read_themes(folder)
    agenda = read_agenda(folder)
    targets = read_targets(folder, agenda.goal_codes)
    return ReferenceSeeds(formation, themes, agenda, targets)


def load_reference_data(db: sqlite_utils.Database, folder: Path | None = None) -> None:
    """Check all seed files, then write them into the empty reference tables in one transaction."""
    seeds = read_reference_seeds(folder)
    filled = [t for t in REFERENCE_TABLES if db.execute(f"SELECT 1 FROM [{t}] LIMIT 1").fetchone()]
    if filled:
        raise DatabaseError(
            f"De naslaggegevens kunnen niet worden geladen: de tabel {filled[0]} is al gevuld."
        )
    with db.atomic():
        _write_themes(db, seeds.themes)
        _write_formation(db, seeds.formation)
        _write_agenda(db, seeds.agenda)
        _write_targets(db, seeds.targets)


def _number(value: Decimal | None) -> float | None:
    """Store a checked Decimal figure as a REAL (None stays None)."""
    return None if value is None else float(value)


def _write_themes(db: sqlite_utils.Database, themes: tuple[ThemeSeed, ...]) -> None:
    """Write themes with their sections and named elements."""
    for theme in themes:
        db.execute(
            "INSERT INTO themes (code, number, title, short_title) VALUES (?, ?, ?, ?)",
            [theme.code, theme.number, theme.title, theme.short_title],
        )
        for position, section in enumerate(theme.sections, start=1):
            db.execute(
                "INSERT INTO theme_sections (theme_code, position, kind, heading, body)"
                " VALUES (?, ?, ?, ?, ?)",
                [theme.code, position, section.kind, section.heading, section.body],
            )
        for position, element in enumerate(theme.elements, start=1):
            db.execute(
                "INSERT INTO theme_elements (theme_code, position, title, body)"
                " VALUES (?, ?, ?, ?)",
                [theme.code, position, element.title, element.body],
            )


def _write_formation(db: sqlite_utils.Database, formation: FormationSeed) -> None:
    """Write districts, basisteams, the formation rows and their figures at both peildatums."""
    for position, (code, name) in enumerate(formation.districts, start=1):
        db.execute(
            "INSERT INTO districts (code, name, position) VALUES (?, ?, ?)",
            [code, name, position],
        )
    team_ids = {}
    for position, (name, district) in enumerate(formation.basisteams, start=1):
        db.execute(
            "INSERT INTO basisteams (id, name, district_code, position) VALUES (?, ?, ?, ?)",
            [position, name, district, position],
        )
        team_ids[name] = position
    for unit in formation.units:
        db.execute(
            "INSERT INTO formation_units (id, position, code, name, kind, parent_id,"
            " district_code, basisteam_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                unit.position,
                unit.position,
                unit.code,
                unit.name,
                unit.kind,
                unit.parent,
                unit.district_code or None,
                team_ids.get(unit.basisteam),
            ],
        )
    for unit in formation.units:
        for year, peildatum in YEARS.items():
            figures = unit.figures[year]
            db.execute(
                "INSERT INTO formation (unit_id, peildatum, aspirant, wijkagent, overig, totaal,"
                " dashes) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    unit.position,
                    peildatum,
                    _number(figures["aspirant"]),
                    _number(figures["wijkagent"]),
                    _number(figures["overig"]),
                    _number(figures["totaal"]),
                    " ".join(unit.dashes[year]),
                ],
            )


def _write_agenda(db: sqlite_utils.Database, agenda: AgendaSeed) -> None:
    """Write policy goals (Veiligheidsagenda and IMV), national themes and organisation tasks."""
    goals: list[tuple[str, TextBlockSeed]] = [(GOAL_KIND_AGENDA, g) for g in agenda.policy_goals]
    goals += [(GOAL_KIND_IMV, g) for g in agenda.imv_goals]
    for kind, goal in goals:
        db.execute(
            "INSERT INTO policy_goals (code, number, title, body, kind) VALUES (?, ?, ?, ?, ?)",
            [goal.code, goal.number, goal.title, goal.body, kind],
        )
    for block in agenda.national_themes:
        db.execute(
            "INSERT INTO national_themes (code, number, title, body) VALUES (?, ?, ?, ?)",
            [block.code, block.number, block.title, block.body],
        )
    for position, body in enumerate(agenda.organisation_tasks, start=1):
        db.execute(
            "INSERT INTO organisation_tasks (position, body) VALUES (?, ?)", [position, body]
        )


def _write_targets(db: sqlite_utils.Database, targets: tuple[TargetSeed, ...]) -> None:
    """Write the targets in file order (their id keeps that order)."""
    for target in targets:
        db.execute(
            "INSERT INTO targets (goal_code, indicator, indicator_label, eenheid, year, value,"
            " measure, is_total, note, source, category, part_of, deviation)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                target.goal_code,
                target.indicator,
                target.label,
                target.eenheid,
                target.year,
                _number(target.value),
                target.measure,
                int(target.is_total),
                target.note,
                target.source,
                target.category,
                target.part_of,
                _number(target.deviation),
            ],
        )

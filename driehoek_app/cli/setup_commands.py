"""`driehoek init`: create or upgrade the database and load the IMV reference data."""

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from driehoek_app.cli.support import EXIT_OK, open_for_command, say

if TYPE_CHECKING:
    import sqlite_utils

INIT_HELP = "maak de database aan of werk haar bij, en laad de naslaggegevens"
INIT_DESCRIPTION = (
    "Maakt de database aan (of werkt een bestaande bij) en laadt de naslaggegevens uit het\n"
    "IMV. Nog eens uitvoeren verandert niets: alleen ontbrekende migraties worden toegepast."
)


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `init` command."""
    parser = subparsers.add_parser("init", help=INIT_HELP, description=INIT_DESCRIPTION)
    parser.set_defaults(func=run_init)


def run_init(args: argparse.Namespace, db_path: Path) -> int:
    """Create or upgrade the database at db_path and report what was done."""
    from driehoek_app.core.db import apply_migrations

    existed = db_path.exists()
    db = open_for_command(db_path, migrate=False, announce_plain=True)
    try:
        applied = apply_migrations(db)
        counts = reference_counts(db)
    finally:
        db.close()
    location = db_path.absolute()
    if not existed:
        say(f"Database aangemaakt: {location}")
    elif applied:
        say(f"Database bijgewerkt: {location}")
    else:
        say(f"Database is al bijgewerkt: {location}")
    if applied:
        say("Toegepaste migraties:")
        for name in applied:
            say(f"  - {name}")
    else:
        say("Geen migraties toegepast.")
    say(
        "Naslaggegevens: {themes} thema's, {districts} districten, {basisteams} basisteams, "
        "{formation} formatieregels, {targets} streefcijfers.".format(**counts)
    )
    return EXIT_OK


def reference_counts(db: "sqlite_utils.Database") -> dict[str, int]:
    """Count the reference data in the database, for the summary line."""
    from driehoek_app.core import reference

    return {
        "themes": len(reference.themes(db)),
        "districts": len(reference.districts(db)),
        "basisteams": len(reference.basisteams(db)),
        "formation": len(reference.formation(db)),
        "targets": len(reference.targets(db)),
    }

"""`driehoek export`: the IMV reference data and the registers as Dutch CSV or XLSX."""

import argparse
from pathlib import Path

from driehoek_app.cli.register_export import (
    FILTER_HELP,
    REGISTER_KINDS,
    add_register_options,
    refuse_filters_for,
    run_register_export,
)
from driehoek_app.cli.support import EXIT_OK, opened_database, say
from driehoek_app.core.errors import ExportError
from driehoek_app.core.export_target import FORMATS, check_target
from driehoek_app.core.reference_tables import REFERENCE_TABLES

EXPORT_HELP = "exporteer naslaggegevens of registers naar CSV of Excel (xlsx)"
EXPORT_DESCRIPTION = (
    "Schrijft naslaggegevens uit het IMV of een register (besluiten, acties, vergaderingen)\n"
    "naar een bestand met Nederlandse kolomkoppen.\n"
    "CSV: puntkomma als scheidingsteken, decimale komma, UTF-8 (met BOM): opent goed in\n"
    "een Nederlandse Excel. Een bestaand bestand wordt overschreven.\n\n"
    "soorten:\n"
    + "\n".join(f"  {name:<10} {table.description}" for name, table in REFERENCE_TABLES.items())
    + "\n"
    + "\n".join(f"  {name:<10} {text}" for name, text in REGISTER_KINDS.items())
    + FILTER_HELP
)


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `export` command."""
    parser = subparsers.add_parser("export", help=EXPORT_HELP, description=EXPORT_DESCRIPTION)
    parser.add_argument(
        "kind",
        metavar="SOORT",
        choices=[*REFERENCE_TABLES, *REGISTER_KINDS],
        help="wat u exporteert: " + ", ".join([*REFERENCE_TABLES, *REGISTER_KINDS]),
    )
    parser.add_argument(
        "--format",
        dest="fmt",
        choices=FORMATS,
        required=True,
        help="het bestandsformaat; moet passen bij de extensie van BESTAND",
    )
    parser.add_argument(
        "-o", "--output", metavar="BESTAND", type=Path, required=True, help="het doelbestand"
    )
    add_register_options(parser)
    parser.set_defaults(func=run_export)


def run_export(args: argparse.Namespace, db_path: Path) -> int:
    """Write one reference table or register to the chosen file and report its row count."""
    output: Path = args.output
    check_target(output, args.fmt)
    if output.absolute().resolve() == db_path.absolute().resolve():
        raise ExportError(
            f"Het exportbestand {output} is de database zelf; kies een andere bestandsnaam."
        )
    refuse_filters_for(args.kind, args)
    if args.kind in REGISTER_KINDS:
        return run_register_export(args, db_path)
    from driehoek_app.core.export import write_table

    table = REFERENCE_TABLES[args.kind]
    with opened_database(db_path) as db:
        frame = table.build(db)
    write_table(frame, output, args.fmt, decimals=table.decimals, sheet_name=table.sheet_name)
    say(f"Geëxporteerd: {len(frame)} regels ({table.description}) naar {output.absolute()}")
    return EXIT_OK

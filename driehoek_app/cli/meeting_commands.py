"""`driehoek import-meeting`, `export-meeting` and `list-meetings`: meetings as JSON files."""

import argparse
from pathlib import Path

from driehoek_app.cli.support import EXIT_OK, opened_database, say
from driehoek_app.core.errors import ExportError

IMPORT_HELP = "maak een vergadering aan uit een vergaderbestand (JSON) en toon haar id"
IMPORT_DESCRIPTION = (
    "Leest een vergaderbestand (JSON, zie docs/meeting-file.schema.json) en maakt er één\n"
    "vergadering van, met presentielijst, agenda, verslag, besluiten en acties. Alles of\n"
    "niets: bij een fout wordt niets opgeslagen en staat de plek van de fout in de melding.\n"
    "Op de uitvoer komt alleen het id van de nieuwe vergadering.\n\n"
    "Een vergadering van hetzelfde overleg op dezelfde datum en begintijd wordt geweigerd,\n"
    "tenzij --allow-duplicate is gegeven; besluitnummers die dan al bestaan krijgen een\n"
    "nieuw nummer."
)
EXPORT_HELP = "schrijf een vergadering naar een vergaderbestand (JSON)"
EXPORT_DESCRIPTION = (
    "Schrijft vergadering ID naar BESTAND (JSON, UTF-8), met bijlagen in base64. Het bestand\n"
    "wordt in één keer vervangen: een afgebroken export laat een bestaand bestand heel."
)
LIST_HELP = "toon de vergaderingen met hun id (komende eerst, dan eerdere)"


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the import-meeting, export-meeting and list-meetings commands."""
    importer = subparsers.add_parser(
        "import-meeting", help=IMPORT_HELP, description=IMPORT_DESCRIPTION
    )
    importer.add_argument("file", metavar="BESTAND", type=Path, help="het vergaderbestand")
    importer.add_argument(
        "--allow-duplicate",
        action="store_true",
        help="importeer ook als er al een vergadering op die datum en begintijd is",
    )
    importer.set_defaults(func=run_import)

    exporter = subparsers.add_parser(
        "export-meeting", help=EXPORT_HELP, description=EXPORT_DESCRIPTION
    )
    exporter.add_argument("meeting_id", metavar="ID", type=int, help="het id van de vergadering")
    exporter.add_argument(
        "-o", "--output", metavar="BESTAND", type=Path, required=True, help="het doelbestand"
    )
    exporter.set_defaults(func=run_export)

    lister = subparsers.add_parser("list-meetings", help=LIST_HELP, description=LIST_HELP)
    lister.add_argument("--body", metavar="CODE", help="alleen dit overleg (bijv. HLM)")
    lister.set_defaults(func=run_list)


def run_import(args: argparse.Namespace, db_path: Path) -> int:
    """Import one meeting file and print the id of the new meeting."""
    from driehoek_app.core.meeting_exchange import import_meeting
    from driehoek_app.core.meeting_file_io import read_meeting_file

    data = read_meeting_file(args.file)
    with opened_database(db_path) as db:
        meeting = import_meeting(db, data, allow_duplicate=args.allow_duplicate)
    say(str(meeting.id))
    return EXIT_OK


def run_export(args: argparse.Namespace, db_path: Path) -> int:
    """Write one meeting to a file and report where."""
    from driehoek_app.core.meeting_exchange import export_meeting
    from driehoek_app.core.meeting_file_io import write_meeting_file

    output: Path = args.output
    if output.absolute().resolve() == db_path.absolute().resolve():
        raise ExportError(
            f"Het exportbestand {output} is de database zelf; kies een andere bestandsnaam."
        )
    with opened_database(db_path) as db:
        data = export_meeting(db, args.meeting_id)
    write_meeting_file(data, output)
    say(f"Vergadering {args.meeting_id} geëxporteerd naar {output.absolute()}")
    return EXIT_OK


def run_list(args: argparse.Namespace, db_path: Path) -> int:
    """Print one line per meeting: id, date, times, body, status and version."""
    from driehoek_app.core.bodies import body_by_code
    from driehoek_app.core.meetings import list_meetings

    with opened_database(db_path) as db:
        body_id = body_by_code(db, args.body, "--body").id if args.body else None
        meetings = list_meetings(db, body_id)
    if not meetings:
        say("Geen vergaderingen.")
    for meeting in meetings:
        say(
            f"{meeting.id:>5}  {meeting.date} {meeting.start_time}-{meeting.end_time}  "
            f"{meeting.body_code:<5} {meeting.status} (versie {meeting.version})  "
            f"{meeting.body_name}"
        )
    return EXIT_OK

"""`driehoek calendar`: a meeting, or a body's meetings of one year, as an .ics file."""

import argparse
import datetime as dt
from pathlib import Path

from driehoek_app.cli.support import EXIT_OK, opened_database, say
from driehoek_app.core.errors import ExportError

CALENDAR_HELP = "zet een vergadering of een jaar vergaderingen in een agendabestand (.ics)"
CALENDAR_DESCRIPTION = (
    "Schrijft een iCalendar-bestand (.ics) dat Outlook en andere agenda's openen: één\n"
    "vergadering (ID), of alle vergaderingen van een overleg in een jaar (--body, --year).\n"
    "Tijden in Nederlandse tijd. Van vertrouwelijke agendapunten staat alleen het nummer in\n"
    "de agenda; een vergadering met rubricering vertrouwelijk krijgt geen agenda mee.\n\n"
    "voorbeelden:\n"
    "  driehoek calendar 42 -o vergadering.ics\n"
    "  driehoek calendar --body HLM --year 2026 -o haarlem-2026.ics"
)


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `calendar` command."""
    parser = subparsers.add_parser("calendar", help=CALENDAR_HELP, description=CALENDAR_DESCRIPTION)
    parser.add_argument(
        "meeting_id", metavar="ID", type=int, nargs="?", help="het id van de vergadering"
    )
    parser.add_argument("--body", metavar="CODE", help="alle vergaderingen van dit overleg")
    parser.add_argument(
        "--year", metavar="JAAR", type=int, help="het jaar bij --body (standaard dit jaar)"
    )
    parser.add_argument(
        "-o", "--output", metavar="BESTAND", type=Path, required=True, help="het .ics-bestand"
    )
    parser.set_defaults(func=run_calendar)


def run_calendar(args: argparse.Namespace, db_path: Path) -> int:
    """Write the requested calendar file and say how many meetings it holds."""
    from driehoek_app.core.bodies import body_by_code
    from driehoek_app.core.calendar_ics import body_year_calendar, meeting_calendar, write_calendar

    if (args.meeting_id is None) == (args.body is None):
        raise ExportError("Geef een vergadering (ID) of een overleg met --body, niet beide.")
    if args.year is not None and args.body is None:
        raise ExportError("--year hoort bij --body; voor één vergadering is het niet nodig.")
    output: Path = args.output
    if output.absolute().resolve() == db_path.absolute().resolve():
        raise ExportError(
            f"Het agendabestand {output} is de database zelf; kies een andere bestandsnaam."
        )
    with opened_database(db_path) as db:
        if args.meeting_id is not None:
            text = meeting_calendar(db, args.meeting_id)
        else:
            year = args.year if args.year is not None else dt.date.today().year
            text = body_year_calendar(db, body_by_code(db, args.body, "--body").id, year)
    write_calendar(text, output)
    count = text.count("BEGIN:VEVENT")
    say(f"Agendabestand geschreven: {count} vergadering(en) naar {output.absolute()}")
    return EXIT_OK

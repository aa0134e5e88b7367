"""`driehoek agenda` and `driehoek minutes`: the agenda and the verslag of a meeting as PDF."""

import argparse
from pathlib import Path

from driehoek_app.cli.support import EXIT_OK, opened_database, say
from driehoek_app.core.errors import ExportError

AGENDA_HELP = "maak de agenda (convocatie) van een vergadering als PDF"
AGENDA_DESCRIPTION = (
    "Schrijft de agenda van vergadering ID naar BESTAND (PDF, A4): datum, tijd, locatie,\n"
    "genodigden, de agendapunten met kloktijd, inleider, thema's en bijlagen, en de\n"
    "openstaande acties uit eerdere vergaderingen. Van vertrouwelijke agendapunten staat\n"
    "alleen de titel erin, tenzij --include-confidential is gegeven."
)
MINUTES_HELP = "maak het verslag van een vergadering als PDF, met besluitenlijst en actielijst"
MINUTES_DESCRIPTION = (
    "Schrijft het verslag van vergadering ID naar BESTAND (PDF, A4): presentielijst, verslag\n"
    "per agendapunt met besluiten en acties, de besluitenlijst en de actielijst (nieuwe en\n"
    "nog openstaande acties). Vertrouwelijke agendapunten worden standaard niet genotuleerd;\n"
    "--include-confidential neemt ze wel op.\n\n"
    "Met --password-file wordt het PDF met AES-256 beveiligd; het wachtwoord staat op de\n"
    "eerste regel van dat bestand (zo komt het niet in de opdrachtgeschiedenis)."
)
CONFIDENTIAL_HELP = "neem ook de inhoud van vertrouwelijke agendapunten op"


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the agenda and minutes commands."""
    agenda = subparsers.add_parser("agenda", help=AGENDA_HELP, description=AGENDA_DESCRIPTION)
    _add_common(agenda)
    agenda.set_defaults(func=run_agenda)

    minutes = subparsers.add_parser("minutes", help=MINUTES_HELP, description=MINUTES_DESCRIPTION)
    _add_common(minutes)
    minutes.add_argument(
        "--password-file",
        metavar="BESTAND",
        type=Path,
        help="beveilig het PDF met het wachtwoord op de eerste regel van dit bestand",
    )
    minutes.set_defaults(func=run_minutes)


def _add_common(parser: argparse.ArgumentParser) -> None:
    """Add the meeting id, the output file and --include-confidential."""
    parser.add_argument("meeting_id", metavar="ID", type=int, help="het id van de vergadering")
    parser.add_argument(
        "-o", "--output", metavar="BESTAND", type=Path, required=True, help="het PDF-bestand"
    )
    parser.add_argument("--include-confidential", action="store_true", help=CONFIDENTIAL_HELP)


def _check_output(output: Path, db_path: Path) -> None:
    """Refuse to write the PDF over the database itself."""
    if output.absolute().resolve() == db_path.absolute().resolve():
        raise ExportError(
            f"Het PDF-bestand {output} is de database zelf; kies een andere bestandsnaam."
        )


def _withheld_notice(numbers: list[int]) -> str:
    """Return the line telling which confidential items were left out."""
    from driehoek_app.core.pdf.wording import confidential_items

    return (
        f"De inhoud van {confidential_items(numbers)} is niet opgenomen; "
        "gebruik --include-confidential om die wel op te nemen."
    )


def run_agenda(args: argparse.Namespace, db_path: Path) -> int:
    """Write the agenda of one meeting and report where."""
    from driehoek_app.core.pdf.agenda import render_agenda
    from driehoek_app.core.pdf.meeting_data import gather_meeting

    _check_output(args.output, db_path)
    with opened_database(db_path) as db:
        doc = gather_meeting(db, args.meeting_id, include_confidential=args.include_confidential)
    path = render_agenda(doc, args.output)
    say(f"Agenda van vergadering {args.meeting_id} geschreven naar {path.absolute()}")
    withheld = [item.number for item in doc.withheld_items]
    if withheld:
        say(_withheld_notice(withheld))
    return EXIT_OK


def run_minutes(args: argparse.Namespace, db_path: Path) -> int:
    """Write the verslag of one meeting (optionally password-protected) and report where."""
    from driehoek_app.core.pdf.encryption import read_password_file
    from driehoek_app.core.pdf.meeting_data import gather_meeting
    from driehoek_app.core.pdf.minutes import render_minutes

    _check_output(args.output, db_path)
    password = read_password_file(args.password_file) if args.password_file else None
    with opened_database(db_path) as db:
        doc = gather_meeting(db, args.meeting_id, include_confidential=args.include_confidential)
    path = render_minutes(doc, args.output, password=password)
    protected = " (beveiligd met een wachtwoord, AES-256)" if password else ""
    say(f"Verslag van vergadering {args.meeting_id} geschreven naar {path.absolute()}{protected}")
    withheld = [item.number for item in doc.withheld_items]
    if withheld:
        say(_withheld_notice(withheld))
    return EXIT_OK

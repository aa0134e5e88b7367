"""`driehoek report`, `import-beeld`, `beeld-template`: Jaarrapportage and ondermijningsbeelden."""

import argparse
from pathlib import Path

from driehoek_app.cli.support import EXIT_ERROR, EXIT_OK, complain, opened_database, say
from driehoek_app.core.errors import ExportError

REPORT_HELP = "maak de Jaarrapportage van een jaar als PDF (eenheid of één basisteam)"
REPORT_DESCRIPTION = (
    "Schrijft de Jaarrapportage van JAAR naar BESTAND (PDF, A4): aandacht per IMV-thema\n"
    "(agendapunten, minuten, besluiten, acties), de besluiten per thema, de\n"
    "ondermijningsbeelden met signalen, interventies en resultaten, en de streefcijfers van\n"
    "de Veiligheidsagenda tegen de realisaties, met grafieken. Zonder --basisteam gaat het\n"
    "over de hele eenheid. Standaard gerubriceerd als vertrouwelijk; besluiten bij\n"
    "vertrouwelijke agendapunten staan er alleen in met --include-confidential."
)
IMPORT_HELP = "lees een ondermijningsbeeld in uit Excel (.xlsx) of CSV"
IMPORT_DESCRIPTION = (
    "Leest fenomenen, signalen, interventies en resultaten uit BESTAND (een .xlsx-werkboek\n"
    "volgens het sjabloon, of een of meer .csv-bestanden, één per blad) in het\n"
    "ondermijningsbeeld van BASISTEAM en JAAR. Alles of niets: bij een fout wordt niets\n"
    "ingelezen en staat elke fout met blad, rij en kolom in de melding.\n\n"
    "Een beeld dat al fenomenen, signalen of interventies bevat wordt alleen vervangen met\n"
    "--replace (de documenten bij het beeld blijven staan). Het sjabloon staat beschreven in\n"
    "docs/ondermijningsbeeld-template.md; 'driehoek beeld-template' maakt een leeg sjabloon."
)
TEMPLATE_HELP = "maak een leeg Excel-sjabloon voor het inlezen van een ondermijningsbeeld"
TEMPLATE_DESCRIPTION = (
    "Schrijft een leeg sjabloon (XLSX) met een toelichting, een blad per onderdeel van het\n"
    "beeld, keuzelijsten en de lijst met fenomenen (ook de eigen fenomenen uit de database)."
)
CLASSIFICATIONS = ("openbaar", "intern", "vertrouwelijk")


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the report, import-beeld and beeld-template commands."""
    report = subparsers.add_parser("report", help=REPORT_HELP, description=REPORT_DESCRIPTION)
    report.add_argument("--year", metavar="JAAR", type=int, required=True, help="het jaar")
    report.add_argument(
        "-o", "--output", metavar="BESTAND", type=Path, required=True, help="het PDF-bestand"
    )
    report.add_argument("--basisteam", metavar="NAAM", help="alleen dit basisteam (bijv. Haarlem)")
    report.add_argument(
        "--classification",
        choices=CLASSIFICATIONS,
        default="vertrouwelijk",
        help="rubricering op elke pagina (standaard vertrouwelijk)",
    )
    report.add_argument(
        "--include-confidential",
        action="store_true",
        help="neem ook besluiten bij vertrouwelijke agendapunten op",
    )
    report.set_defaults(func=run_report)

    importer = subparsers.add_parser(
        "import-beeld", help=IMPORT_HELP, description=IMPORT_DESCRIPTION
    )
    importer.add_argument(
        "files", metavar="BESTAND", type=Path, nargs="+", help="het .xlsx- of .csv-bestand"
    )
    importer.add_argument("--basisteam", metavar="NAAM", required=True, help="het basisteam")
    importer.add_argument("--year", metavar="JAAR", type=int, required=True, help="het jaar")
    importer.add_argument(
        "--replace", action="store_true", help="vervang de inhoud van een bestaand beeld"
    )
    importer.set_defaults(func=run_import_beeld)

    template = subparsers.add_parser(
        "beeld-template", help=TEMPLATE_HELP, description=TEMPLATE_DESCRIPTION
    )
    template.add_argument(
        "-o", "--output", metavar="BESTAND", type=Path, required=True, help="het .xlsx-bestand"
    )
    template.set_defaults(func=run_template)


def _check_output(output: Path, db_path: Path, what: str) -> None:
    """Refuse to write over the database itself."""
    if output.absolute().resolve() == db_path.absolute().resolve():
        raise ExportError(f"Het {what} {output} is de database zelf; kies een andere bestandsnaam.")


def run_report(args: argparse.Namespace, db_path: Path) -> int:
    """Write the Jaarrapportage of a year and report where."""
    from driehoek_app.core.ondermijningsbeeld import check_year
    from driehoek_app.core.pdf.annual_data import gather_annual_report
    from driehoek_app.core.pdf.annual_report import render_annual_report
    from driehoek_app.core.pdf.canvas import Classification

    check_year(args.year, "--year")
    _check_output(args.output, db_path, "PDF-bestand")
    with opened_database(db_path) as db:
        data = gather_annual_report(
            db, args.year, args.basisteam, include_confidential=args.include_confidential
        )
    path = render_annual_report(data, args.output, Classification(args.classification))
    say(f"Jaarrapportage {args.year} ({data.scope_name}) geschreven naar {path.absolute()}")
    return EXIT_OK


def run_import_beeld(args: argparse.Namespace, db_path: Path) -> int:
    """Import a spreadsheet into a beeld; print every problem when it is refused."""
    from driehoek_app.core.beeld_import import import_beeld
    from driehoek_app.core.beeld_read import BeeldImportError

    with opened_database(db_path) as db:
        try:
            summary = import_beeld(db, args.files, args.basisteam, args.year, replace=args.replace)
        except BeeldImportError as error:
            complain("Fout: het ondermijningsbeeld is niet ingelezen; er is niets opgeslagen.")
            for line in error.errors:
                complain(f"  {line}")
            return EXIT_ERROR
    beeld = summary.beeld
    verb = "vervangen" if summary.replaced else "ingelezen"
    counts = ", ".join(
        _count(number, one, many)
        for number, one, many in (
            (summary.phenomena, "fenomeen", "fenomenen"),
            (summary.signals, "signaal", "signalen"),
            (summary.interventions, "interventie", "interventies"),
            (summary.results, "resultaat", "resultaten"),
        )
    )
    say(f"Ondermijningsbeeld {beeld.basisteam_name} {beeld.year} {verb}: {counts}.")
    if summary.new_phenomena:
        say("Nieuwe eigen fenomenen: " + ", ".join(summary.new_phenomena) + ".")
    return EXIT_OK


def _count(number: int, one: str, many: str) -> str:
    """Return '1 signaal' or '3 signalen'."""
    return f"{number} {one if number == 1 else many}"


def run_template(args: argparse.Namespace, db_path: Path) -> int:
    """Write the empty import template and report where."""
    from driehoek_app.core.beeld_template import write_template

    _check_output(args.output, db_path, "sjabloon")
    with opened_database(db_path) as db:
        path = write_template(args.output, db)
    say(f"Sjabloon voor een ondermijningsbeeld geschreven naar {path.absolute()}")
    return EXIT_OK

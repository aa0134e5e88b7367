"""The register kinds of `driehoek export` (decisions, actions, meetings) and their filters.

reference_commands.py owns the `export` command; it adds these kinds and options through
add_register_options() and hands a register kind to run_register_export().
"""

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from driehoek_app.cli.support import EXIT_OK, opened_database, say
from driehoek_app.core.errors import ExportError

if TYPE_CHECKING:
    import sqlite_utils

REGISTER_KINDS = {
    "decisions": "de besluiten van alle overleggen (besluitenregister)",
    "actions": "de acties van alle overleggen (actieregister)",
    "meetings": "de vergaderingen met hun aantallen",
}
# Which filter options each register kind accepts (argparse dest names).
OPTIONS = {
    "decisions": {"body", "basisteam", "year", "theme", "label", "text", "no_confidential"},
    "actions": {"body", "basisteam", "year", "status", "owner", "open", "overdue",
                "due_this_week", "text", "no_confidential"},
    "meetings": {"body", "basisteam", "year", "status", "theme"},
}  # fmt: skip
OPTION_NAMES = {
    "body": "--body", "basisteam": "--basisteam", "year": "--year", "theme": "--theme",
    "label": "--label", "text": "--text", "no_confidential": "--no-confidential",
    "status": "--status", "owner": "--owner", "open": "--open", "overdue": "--overdue",
    "due_this_week": "--due-this-week",
}  # fmt: skip
FILTER_HELP = (
    "\n\nfilters voor decisions, actions en meetings:\n"
    "  --body CODE en --basisteam NAAM (herhaalbaar), --year JAAR voor alle drie;\n"
    "  --theme CODE voor decisions en meetings; --label, --text voor decisions;\n"
    "  --status (open, afgerond, vervallen), --owner, --open, --overdue, --due-this-week,\n"
    "  --text voor actions; --status (concept, vastgesteld) voor meetings;\n"
    "  --no-confidential laat besluiten en acties van vertrouwelijke agendapunten weg."
)


def add_register_options(parser: argparse.ArgumentParser) -> None:
    """Add the filter options of the register exports to the export parser."""
    group = parser.add_argument_group("filters (alleen decisions, actions, meetings)")
    group.add_argument("--body", metavar="CODE", action="append", help="overleg, bijv. HLM")
    group.add_argument(
        "--basisteam", metavar="NAAM", action="append", help="basisteam, bijv. Zaanstad"
    )
    group.add_argument("--year", metavar="JAAR", type=int, help="jaar van de vergadering")
    group.add_argument("--theme", metavar="CODE", help="IMV-thema, bijv. ondermijning")
    group.add_argument("--label", metavar="LABEL", help="label van het agendapunt")
    group.add_argument("--text", metavar="TEKST", help="woorden in de tekst")
    group.add_argument("--status", metavar="STATUS", help="status van actie of vergadering")
    group.add_argument("--owner", metavar="TEKST", help="(deel van) de eigenaar van de actie")
    group.add_argument("--open", action="store_true", help="alleen open acties")
    group.add_argument("--overdue", action="store_true", help="alleen te late acties")
    group.add_argument(
        "--due-this-week", action="store_true", help="alleen open acties met deadline deze week"
    )
    group.add_argument(
        "--no-confidential",
        action="store_true",
        help="zonder besluiten en acties van vertrouwelijke agendapunten",
    )


def _given(args: argparse.Namespace) -> list[str]:
    """Return the dest names of the filter options that were given."""
    return [dest for dest in OPTION_NAMES if getattr(args, dest, None) not in (None, False)]


def refuse_filters_for(kind: str, args: argparse.Namespace) -> None:
    """Refuse filter options that the chosen kind does not know."""
    allowed = OPTIONS.get(kind, set())
    wrong = [dest for dest in _given(args) if dest not in allowed]
    if wrong:
        where = "de naslaggegevens" if kind not in OPTIONS else kind
        raise ExportError(f"De optie {OPTION_NAMES[wrong[0]]} geldt niet voor {where}.")


def _body_ids(db: "sqlite_utils.Database", args: argparse.Namespace) -> tuple[int, ...]:
    """Return the ids of the bodies named by --body and --basisteam."""
    from driehoek_app.core.bodies import body_by_code, body_for_basisteam

    ids = [body_by_code(db, code, "--body").id for code in args.body or []]
    ids += [body_for_basisteam(db, name, "--basisteam").id for name in args.basisteam or []]
    return tuple(dict.fromkeys(ids))


def build_filter(db: "sqlite_utils.Database", kind: str, args: argparse.Namespace) -> Any:
    """Return the filter object of a register kind from the command-line options."""
    from driehoek_app.core.action_register import ActionFilter
    from driehoek_app.core.register_tables import MeetingFilter
    from driehoek_app.core.registers import DecisionFilter

    bodies = _body_ids(db, args)
    if kind == "decisions":
        return DecisionFilter(
            body_ids=bodies, year=args.year, theme=args.theme, label=args.label,
            text=args.text or "", include_confidential=not args.no_confidential,
        )  # fmt: skip
    if kind == "actions":
        status = "open" if args.open else args.status
        if args.open and args.status not in (None, "open"):
            raise ExportError("--open en --status kunnen niet samen (behalve --status open).")
        return ActionFilter(
            body_ids=bodies, year=args.year, status=status, overdue=args.overdue,
            due_this_week=args.due_this_week, owner=args.owner or "", text=args.text or "",
            include_confidential=not args.no_confidential,
        )  # fmt: skip
    return MeetingFilter(body_ids=bodies, year=args.year, status=args.status, theme=args.theme)


def run_register_export(args: argparse.Namespace, db_path: Path) -> int:
    """Write one filtered register to the chosen file and report how many rows it holds."""
    from driehoek_app.core.register_tables import export_register

    with opened_database(db_path) as db:
        flt = build_filter(db, args.kind, args)
        count = export_register(db, args.kind, args.output, args.fmt, flt)
    description = REGISTER_KINDS[args.kind]
    say(f"Geëxporteerd: {count} regels ({description}) naar {args.output.absolute()}")
    return EXIT_OK

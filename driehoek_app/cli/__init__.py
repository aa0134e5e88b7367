"""The command line `driehoek`: the headless twin of the GUI (no command starts the GUI).

Each module in COMMAND_MODULES exposes `register(subparsers) -> None`, which adds its
subcommands with `set_defaults(func=handler)`; a handler is `func(args, db_path) -> int`.
Command modules keep their top-level imports light (never Qt): import heavy things inside
the handler. Adding a module is one line in COMMAND_MODULES.

Starting the window (`driehoek`, or `driehoek --db PAD`) needs no parser at all: main()
recognises it first and loads neither the parser nor the command modules.
"""

import argparse
import contextlib
import importlib
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from driehoek_app import APP_NAME, __version__
from driehoek_app.cli.support import (
    EXIT_ERROR,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_USAGE,
    complain,
    describe_os_error,
    passphrase_from,
)
from driehoek_app.core.errors import DriehoekError
from driehoek_app.core.paths import DB_ENV_VAR, default_database_path, resolve_database_path

if TYPE_CHECKING:
    from driehoek_app.cli.parser import DutchArgumentParser

COMMAND_MODULES = (
    "driehoek_app.cli.setup_commands",
    "driehoek_app.cli.reference_commands",
    "driehoek_app.cli.meeting_commands",
    "driehoek_app.cli.search_commands",
    "driehoek_app.cli.calendar_commands",
    "driehoek_app.cli.demo_commands",
    "driehoek_app.cli.document_commands",
    "driehoek_app.cli.safety_commands",
    "driehoek_app.cli.report_commands",
)

GUI_OPTIONS = ("--db", "--passphrase-file")
DESCRIPTION = (
    "Vergaderingen van de basisteamdriehoek, met de IMV-naslag.\n"
    "Zonder opdracht start de grafische toepassing."
)
DB_HELP = "het databasebestand; zonder deze optie geldt ${env}, anders {default}"
PASSPHRASE_HELP = (
    "bestand met het wachtwoord (of de herstelsleutel) van een versleutelde database, één "
    "regel; een nieuwe database wordt er versleuteld mee aangemaakt"
)


def build_parser(*, with_commands: bool = True) -> "DutchArgumentParser":
    """Build the parser with the global options and (unless told not to) every subcommand."""
    from driehoek_app.cli.parser import DutchArgumentParser

    parser = DutchArgumentParser(
        prog="driehoek",
        description=DESCRIPTION,
        epilog="Zie 'driehoek OPDRACHT --help' voor de opties van een opdracht.",
    )
    parser.add_argument(
        "--db",
        metavar="PAD",
        help=DB_HELP.format(env=DB_ENV_VAR, default=default_database_path()),
    )
    parser.add_argument("--passphrase-file", metavar="BESTAND", type=Path, help=PASSPHRASE_HELP)
    parser.add_argument(
        "--version",
        action="version",
        version=f"{APP_NAME} {__version__}",
        help="toon het versienummer en stop",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="controleer de installatie (database, PDF, grafische onderdelen) en stop",
    )
    if not with_commands:
        parser.set_defaults(command=None)
        return parser
    subparsers = parser.add_subparsers(
        title="opdrachten",
        dest="command",
        metavar=DutchArgumentParser.command_metavar,
        parser_class=DutchArgumentParser,
    )
    for module_name in COMMAND_MODULES:
        importlib.import_module(module_name).register(subparsers)
    _accept_db_after_command(subparsers)
    return parser


def _accept_db_after_command(subparsers: argparse._SubParsersAction) -> None:
    """Let --db and --passphrase-file also follow the command (`driehoek export ... --db x`)."""
    seen = set()
    for subparser in subparsers.choices.values():
        if id(subparser) in seen:
            continue
        seen.add(id(subparser))
        with contextlib.suppress(argparse.ArgumentError):  # unless the command has its own
            subparser.add_argument(
                "--db", metavar="PAD", default=argparse.SUPPRESS, help="het databasebestand"
            )
        with contextlib.suppress(argparse.ArgumentError):
            subparser.add_argument(
                "--passphrase-file",
                metavar="BESTAND",
                type=Path,
                default=argparse.SUPPRESS,
                help="bestand met het wachtwoord van de database",
            )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return the exit code (0 ok, 1 error, 2 usage error)."""
    argv = sys.argv[1:] if argv is None else list(argv)
    window = gui_arguments(argv)
    if window is not None:
        return _run(window)
    from driehoek_app.cli.crashlog import log_unexpected, unexpected_message
    from driehoek_app.cli.parser import HelpRequested, UsageError

    try:
        parser = build_parser()
        args = parser.parse_args(argv)
        if args.self_test and args.command:
            parser.fail("--self-test kan niet samen met een opdracht worden gebruikt")
    except HelpRequested:
        return EXIT_OK
    except UsageError as usage:
        usage.parser.print_usage(sys.stderr)
        complain(f"{usage.parser.prog}: fout: {usage.message}")
        return EXIT_USAGE
    except Exception as error:  # a bug while building the parser
        complain(unexpected_message(error, log_unexpected(error)))
        return EXIT_ERROR
    return _run(args)


def gui_arguments(argv: Sequence[str]) -> argparse.Namespace | None:
    """Return the arguments when argv only starts the window, else None (the parser decides).

    Starting the window takes no command, only --db and --passphrase-file, each with a
    value; anything else (--help included) goes through the full parser.
    """
    given = {"db": None, "passphrase_file": None}
    tokens = iter(argv)
    for token in tokens:
        name, equals, value = token.partition("=")
        if name not in GUI_OPTIONS:
            return None
        value = value if equals else next(tokens, None)
        if not value or value.startswith("-"):
            return None  # the full parser explains the missing value
        given[name.removeprefix("--").replace("-", "_")] = value
    passphrase_file = given["passphrase_file"]
    return argparse.Namespace(
        command=None,
        self_test=False,
        db=given["db"],
        passphrase_file=None if passphrase_file is None else Path(passphrase_file),
    )


def _run(args: argparse.Namespace) -> int:
    """Dispatch to the self-test, the GUI or a command; turn every failure into a sentence."""
    try:
        db_path = resolve_database_path(args.db)
        if args.self_test:
            return _run_self_test()
        if args.command is None:
            return _run_gui(db_path)
        with passphrase_from(args.passphrase_file):
            return args.func(args, db_path)
    except DriehoekError as error:
        complain(f"Fout: {error.message}")
    except OSError as error:
        complain(f"Fout: {describe_os_error(error)}")
    except KeyboardInterrupt:
        complain("Afgebroken.")
        return EXIT_INTERRUPTED
    except Exception as error:
        from driehoek_app.cli.crashlog import log_unexpected, unexpected_message

        complain(unexpected_message(error, log_unexpected(error)))
    return EXIT_ERROR


def _run_self_test() -> int:
    """Run the installation self-test and return its exit code."""
    from driehoek_app.selftest import run_self_test

    return int(run_self_test())


def _run_gui(db_path: Path) -> int:
    """Start the graphical application on db_path and return its exit code."""
    try:
        from driehoek_app.gui.app import run_gui
    except ImportError as error:
        from driehoek_app.cli.crashlog import log_unexpected

        log_path = log_unexpected(error)
        missing = error.name or "een onderdeel"
        where = f"; de details staan in {log_path}" if log_path else ""
        complain(f"Fout: de grafische toepassing kan niet starten ({missing} ontbreekt){where}.")
        return EXIT_ERROR
    return int(run_gui(db_path) or 0)


__all__ = ["COMMAND_MODULES", "EXIT_ERROR", "EXIT_OK", "EXIT_USAGE", "build_parser", "main"]

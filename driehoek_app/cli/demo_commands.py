"""`driehoek demo`: fill a database with fictional meetings and beelden, or take them out again."""

import argparse
import time
from pathlib import Path

from driehoek_app.cli.support import EXIT_OK, opened_database, say

DEMO_HELP = "vul de database met fictieve demovergaderingen en -beelden (of verwijder ze)"
DEMO_DESCRIPTION = (
    "Maakt realistische maar verzonnen vergaderingen voor alle tien basisteamdriehoeken:\n"
    "ongeveer twintig per jaar per overleg, met agenda, verslag, besluiten en acties (een\n"
    "deel te laat). Per basisteam en jaar (vanaf 2000) komt er een ondermijningsbeeld bij,\n"
    "met fenomenen, signalen, interventies met resultaten en koppelingen naar besluiten en\n"
    "acties, en de Monitoring krijgt fictieve realisaties bij de streefcijfers. Namen zijn\n"
    "duidelijk fictief (bijv. 'Burgemeester Demo-Haarlem'). Met hetzelfde startgetal\n"
    "(--seed) ontstaan dezelfde gegevens. De database wordt gemarkeerd als demo.\n\n"
    "Een database met echte vergaderingen wordt geweigerd, tenzij --force is gegeven.\n"
    "Gebruik liever een aparte database: driehoek --db demo.sqlite3 demo --years 3"
)


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `demo` command."""
    parser = subparsers.add_parser("demo", help=DEMO_HELP, description=DEMO_DESCRIPTION)
    parser.add_argument(
        "--years",
        metavar="N",
        type=int,
        default=2,
        help="aantal jaren tot en met dit jaar (standaard 2)",
    )
    parser.add_argument(
        "--seed", metavar="S", type=int, default=1, help="startgetal voor het toeval (standaard 1)"
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help="voeg ook toe als de database al echte vergaderingen bevat",
    )
    parser.add_argument(
        "--remove",
        action="store_true",
        help="verwijder alle demovergaderingen, -beelden, -realisaties en fictieve personen",
    )
    parser.set_defaults(func=run_demo)


def run_demo(args: argparse.Namespace, db_path: Path) -> int:
    """Generate (or remove) the demo data and report what was done and how long it took."""
    from driehoek_app.core.demo import create_demo, demo_info, remove_demo

    started = time.perf_counter()
    with opened_database(db_path) as db:
        if args.remove:
            info = demo_info(db)
            count = remove_demo(db)
            beelden = info.demo_beelden if info else 0
            say(
                f"Demogegevens verwijderd: {count} vergadering(en) en {beelden} "
                f"ondermijningsbeeld(en) uit {db_path.absolute()}"
            )
            return EXIT_OK
        summary = create_demo(db, years=args.years, seed=args.seed, force=args.force)
    seconds = f"{time.perf_counter() - started:.1f}".replace(".", ",")
    say(
        f"Demogegevens gemaakt in {db_path.absolute()}: {summary.meetings} vergaderingen, "
        f"{summary.items} agendapunten, {summary.decisions} besluiten, {summary.actions} acties, "
        f"{summary.beelden} ondermijningsbeelden met {summary.signals} signalen en "
        f"{summary.interventions} interventies (seed {args.seed}, {args.years} jaar; {seconds} s)."
    )
    say("Let op: alle vergaderingen, namen en teksten zijn verzonnen.")
    return EXIT_OK

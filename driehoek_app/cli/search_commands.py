"""`driehoek search`: full-text search over agendas, minutes, decisions, actions, attachments."""

import argparse
import json
from pathlib import Path

from driehoek_app.cli.support import EXIT_OK, opened_database, say

SEARCH_HELP = "zoek in agendapunten, verslagen, besluiten, acties en bijlagen"
SEARCH_DESCRIPTION = (
    "Zoekt in alle vergaderingen: titels en toelichtingen van agendapunten, verslagen,\n"
    "besluiten, acties (tekst en opmerking) en namen van bijlagen. Hoofdletters en accenten\n"
    "tellen niet mee (cocaine vindt cocaïne); het laatste woord mag een begin zijn (henne\n"
    'vindt hennepconvenant). Alle woorden moeten voorkomen. Tekens als " * ( ) : - en de\n'
    "woorden AND, OR en NOT zijn gewone tekst.\n\n"
    "Een plaats telt mee: de naam van het basisteam, een gemeente van het overleg of de\n"
    "naam of code van het overleg. 'hennepconvenant hoorn' vindt wat de driehoek Hoorn over\n"
    "het hennepconvenant besloot, niet wat Zaanstad besloot.\n\n"
    "De treffers staan per soort, nieuwste vergadering eerst (of met --order relevance de\n"
    "beste eerst); het gevonden woord staat tussen [ ].\n\n"
    "Met --json komt er één JSON-object per regel per treffer, met onder meer kind,\n"
    "meeting_id, item_id, date, basisteam, body, label en snippet. In snippet begint een\n"
    "gemarkeerd stuk met het teken U+0002 en eindigt het met U+0003 (in JSON \\u0002 en\n"
    "\\u0003); de tekst zelf bevat die tekens nooit."
)


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `search` command."""
    from driehoek_app.core.search_kinds import KINDS, ORDERS

    parser = subparsers.add_parser("search", help=SEARCH_HELP, description=SEARCH_DESCRIPTION)
    parser.add_argument("query", metavar="ZOEKTEKST", nargs="*", help="waar u naar zoekt")
    parser.add_argument("--json", action="store_true", help="één JSON-object per treffer per regel")
    parser.add_argument(
        "--kind",
        metavar="SOORT",
        action="append",
        choices=KINDS,
        help="alleen deze soort (herhaalbaar): " + ", ".join(KINDS),
    )
    parser.add_argument(
        "--limit",
        metavar="N",
        type=int,
        default=10,
        help="hoogstens N treffers per soort (standaard 10)",
    )
    parser.add_argument(
        "--order",
        choices=ORDERS,
        default="newest",
        help="newest: nieuwste vergadering eerst (standaard); relevance: beste treffer eerst",
    )
    parser.add_argument("--body", metavar="CODE", help="alleen dit overleg (bijv. HRN)")
    parser.set_defaults(func=run_search)


def run_search(args: argparse.Namespace, db_path: Path) -> int:
    """Search and print the hits per kind (or as JSON lines)."""
    from driehoek_app.core.bodies import body_by_code
    from driehoek_app.core.errors import DriehoekError
    from driehoek_app.core.search import render_snippet, search

    if args.limit < 0:
        raise DriehoekError("--limit: geef 0 of een positief aantal.")
    text = " ".join(args.query)
    with opened_database(db_path) as db:
        body_ids = (body_by_code(db, args.body, "--body").id,) if args.body else ()
        results = search(
            db, text, kinds=args.kind, limit=args.limit, order=args.order, body_ids=body_ids
        )
    if args.json:
        for hit in results.hits:
            say(json.dumps(hit.as_json(), ensure_ascii=False))
        return EXIT_OK
    if results.match is None:
        say("Geen zoekwoorden: geef ten minste één woord met letters of cijfers.")
        return EXIT_OK
    if not results.groups:
        say(f"Geen treffers voor {text!r}.")
        return EXIT_OK
    for group in results.groups:
        shown = len(group.hits)
        more = f", {shown} getoond" if shown < group.total else ""
        say(f"{group.label}: {group.total} treffer(s){more}")
        for hit in group.hits:
            where = hit.basisteam or hit.body_code
            say(f"  {hit.date}  {where}  {hit.label}: {render_snippet(hit.snippet)}")
            item = f"agendapunt {hit.item_number}"
            if hit.label != hit.item_title:
                item += f" ({hit.item_title})"
            say(f"      vergadering {hit.meeting_id}, {item}")
    return EXIT_OK

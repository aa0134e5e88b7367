"""`driehoek backup`, `restore`, `check`, `change-passphrase` and `encrypt`: keeping data safe."""

import argparse
from pathlib import Path

from driehoek_app.cli.support import (
    EXIT_ERROR,
    EXIT_OK,
    complain,
    current_passphrase,
    open_for_command,
    read_passphrase_file,
    say,
)
from driehoek_app.core.errors import DriehoekError

BACKUP_HELP = "maak een gecontroleerde back-up van de database"
BACKUP_DESCRIPTION = (
    "Maakt een back-up (VACUUM INTO), opent die opnieuw en controleert haar. Zonder -o\n"
    "komt zij in de map backups naast de database, waar oude kopieën volgens een vast schema\n"
    "worden opgeruimd (12 dagen, 10 weken, 9 maanden). Een kopie van een versleutelde database\n"
    "is versleuteld met dezelfde sleutel; met -o komt het sleutelbestand BESTAND.keys ernaast."
)
RESTORE_HELP = "zet een back-up terug (de huidige database wordt eerst bewaard)"
RESTORE_DESCRIPTION = (
    "Controleert de back-up, maakt eerst een back-up van de huidige database (een\n"
    "beschadigde wordt opzij gezet als .damaged) en vervangt de database dan in één stap.\n"
    "Sluit driehoek_app eerst."
)
CHECK_HELP = "controleer de database: integriteit, tabellen, verwijzingen en zoekindex"
CHECK_DESCRIPTION = (
    "Controleert de database volledig (integrity_check, verwijzingen, verwachte tabellen en\n"
    "de consistentie van de zoekindex) zonder iets te veranderen. Exitcode 0: in orde;\n"
    "1: er is een probleem (elke regel noemt er één)."
)
CHANGE_HELP = "wijzig het wachtwoord van een versleutelde database"
CHANGE_DESCRIPTION = (
    "Het huidige wachtwoord (of de herstelsleutel) staat in het bestand van --passphrase-file,\n"
    "het nieuwe in het bestand van --new-passphrase-file. De database zelf blijft onveranderd;\n"
    "alle back-ups openen daarna met het nieuwe wachtwoord."
)
ENCRYPT_HELP = "versleutel een bestaande, onversleutelde database (eerst een back-up)"
ENCRYPT_DESCRIPTION = (
    "Versleutelt de database met het wachtwoord uit --passphrase-file. Eerst komt er een\n"
    "back-up; de versleutelde kopie wordt gecontroleerd voordat zij de database in één\n"
    "stap vervangt. Ook de bestaande back-ups worden versleuteld. De herstelsleutel\n"
    "wordt één keer getoond: bewaar hem op papier, los van de computer."
)


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the backup, restore, check, change-passphrase and encrypt commands."""
    backup = subparsers.add_parser("backup", help=BACKUP_HELP, description=BACKUP_DESCRIPTION)
    backup.add_argument(
        "-o", "--output", metavar="BESTAND", type=Path, help="schrijf de kopie naar dit bestand"
    )
    backup.set_defaults(func=run_backup)

    restore = subparsers.add_parser("restore", help=RESTORE_HELP, description=RESTORE_DESCRIPTION)
    restore.add_argument("file", metavar="BESTAND", type=Path, help="de back-up")
    restore.set_defaults(func=run_restore)

    check = subparsers.add_parser("check", help=CHECK_HELP, description=CHECK_DESCRIPTION)
    check.set_defaults(func=run_check)

    change = subparsers.add_parser(
        "change-passphrase", help=CHANGE_HELP, description=CHANGE_DESCRIPTION
    )
    change.add_argument(
        "--new-passphrase-file",
        metavar="BESTAND",
        type=Path,
        required=True,
        help="bestand met het nieuwe wachtwoord (één regel)",
    )
    change.set_defaults(func=run_change_passphrase)

    encrypt = subparsers.add_parser("encrypt", help=ENCRYPT_HELP, description=ENCRYPT_DESCRIPTION)
    encrypt.set_defaults(func=run_encrypt)


def _size(size: int) -> str:
    """Return a file size in Dutch notation (kB or MB)."""
    if size < 1_000_000:
        return f"{size / 1000:.0f} kB"
    return f"{size / 1_000_000:.1f} MB".replace(".", ",")


def run_backup(args: argparse.Namespace, db_path: Path) -> int:
    """Make a checked backup, in the backups folder or in the chosen file."""
    from driehoek_app.core.backups import export_backup, make_backup
    from driehoek_app.core.integrity import meeting_count

    output: Path | None = args.output
    if output is not None and output.absolute().resolve() == db_path.absolute().resolve():
        raise DriehoekError(f"{output} is de database zelf; kies een ander bestand.")
    db = open_for_command(db_path)
    try:
        if output is None:
            info = make_backup(db, "manual")
            written, meetings = [info.path], info.meetings
        else:
            written, meetings = export_backup(db, output), meeting_count(db.conn)
    finally:
        db.close()
    say(
        f"Back-up gemaakt en gecontroleerd: {written[0].absolute()} "
        f"({_size(written[0].stat().st_size)}, {meetings or 0} vergaderingen)."
    )
    if len(written) > 1:
        say(f"Sleutelbestand erbij (nodig om haar te openen): {written[1].absolute()}")
    return EXIT_OK


def run_restore(args: argparse.Namespace, db_path: Path) -> int:
    """Put a backup in place of the database, after backing up the current one."""
    from driehoek_app.core.restore import restore_backup

    result = restore_backup(db_path, args.file, passphrase=current_passphrase())
    say(f"Back-up teruggezet: {result.restored_from} -> {db_path.absolute()}")
    if result.safety_backup is not None:
        say(f"De vorige database is bewaard als back-up: {result.safety_backup.path}")
    if result.moved_aside is not None:
        say(f"De beschadigde vorige database is opzij gezet als: {result.moved_aside}")
    if result.rebuilt_indexes:
        say("Zoekindex opnieuw opgebouwd: " + ", ".join(result.rebuilt_indexes))
    return EXIT_OK


def run_check(args: argparse.Namespace, db_path: Path) -> int:
    """Check the database without changing it; exit 0 when all is well, 1 otherwise."""
    from driehoek_app.core.backups import newest_verified_backup
    from driehoek_app.core.health import check_database

    if not db_path.exists():
        complain(f"Fout: de database {db_path.absolute()} bestaat niet.")
        return EXIT_ERROR
    report, key = check_database(db_path, current_passphrase())
    say(f"Controle van {db_path.absolute()}:")
    for line in report.all_problems:
        say(f"  Probleem: {line}")
    if report.ok:
        say("  In orde: " + ", ".join(report.checked) + ".")
    newest = newest_verified_backup(db_path, key)
    if newest is not None:
        say(f"  Nieuwste goede back-up: {newest.when} ({newest.path})")
    else:
        say("  Er is geen goede back-up gevonden.")
    return EXIT_OK if report.ok else EXIT_ERROR


def run_change_passphrase(args: argparse.Namespace, db_path: Path) -> int:
    """Replace the passphrase of an encrypted database."""
    from driehoek_app.core.encryption import change_passphrase, database_state
    from driehoek_app.core.storage_errors import PassphraseRequiredError

    if database_state(db_path) != "encrypted":
        raise DriehoekError(f"De database {db_path.absolute()} is niet versleuteld.")
    old = current_passphrase()
    if old is None:
        raise PassphraseRequiredError(
            "Geef het huidige wachtwoord (of de herstelsleutel) met --passphrase-file."
        )
    change_passphrase(db_path, old, read_passphrase_file(args.new_passphrase_file))
    say(f"Het wachtwoord van {db_path.absolute()} is gewijzigd.")
    return EXIT_OK


def run_encrypt(args: argparse.Namespace, db_path: Path) -> int:
    """Encrypt a plain database and its backups; print the recovery key once."""
    from driehoek_app.core.encryption import encrypt_database

    passphrase = current_passphrase()
    if passphrase is None:
        raise DriehoekError("Geef het nieuwe wachtwoord met --passphrase-file BESTAND.")
    recovery = encrypt_database(db_path, passphrase)
    say(f"Database versleuteld: {db_path.absolute()} (met back-ups).")
    say(
        "Herstelsleutel (wordt maar één keer getoond; bewaar hem op papier, los van de "
        f"computer): {recovery}"
    )
    return EXIT_OK

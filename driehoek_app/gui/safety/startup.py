"""The start: check the database file before anything is written, then create, unlock or open.

- missing: the first-start dialog (encryption recommended), then the recovery key once;
- encrypted: the unlock dialog (passphrase or recovery key, retry on a wrong one);
- plain: opened at once;
- anything odd (damaged, truncated, zeroed, foreign, newer, read-only): core refuses it with
  one Dutch sentence before writing (a damaged file is moved aside as `.damaged`); the
  newest verified backup is offered with its date and restored on the user's yes.
"""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from driehoek_app.core import encryption
from driehoek_app.core.db import DriehoekDatabase, open_database
from driehoek_app.core.errors import DriehoekError
from driehoek_app.core.restore import RestoreResult, restore_backup
from driehoek_app.core.storage_errors import DamagedDatabaseError, DatabaseOpenError
from driehoek_app.gui import dialogs
from driehoek_app.gui.i18n import t
from driehoek_app.gui.safety import messages, unlock
from driehoek_app.gui.safety.busy import run_busy
from driehoek_app.gui.safety.worker import failure_text


def _with_busy_cursor(work):
    """Run a short piece of work (well under a second) with the busy mouse pointer."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return work()
    finally:
        QApplication.restoreOverrideCursor()


def create_database(path: Path) -> DriehoekDatabase | None:
    """Ask how to protect the new database, create it and show its recovery key once."""
    from driehoek_app.gui.safety import first_start, recovery_key  # only at a first start

    go_on, passphrase = first_start.ask_first_start(None, path)
    if not go_on:
        return None
    db = _with_busy_cursor(lambda: open_database(path, passphrase=passphrase))
    if db.recovery_key:
        recovery_key.show_recovery_key(None, db.recovery_key, path)
        db.recovery_key = None
    return db


def restore_question(error: DatabaseOpenError) -> str:
    """Return the refusal followed by the offer of the newest good backup.

    The refusal of a damaged file names that backup already: the question then only asks.
    """
    backup = error.newest_backup
    meetings = "?" if backup.meetings is None else str(backup.meetings)
    if isinstance(error, DamagedDatabaseError):
        offer = t("Restore that backup ({meetings} meetings)?").format(meetings=meetings)
    else:
        offer = t(
            "The newest good backup is from {when} ({meetings} meetings). Restore it?"
        ).format(when=backup.when, meetings=meetings)
    return f"{error.message}\n\n{offer}"


def restored_text(when: str, result: RestoreResult, error: DatabaseOpenError | None = None) -> str:
    """Return what the restore did: the date restored, and where the old file went."""
    text = t("The backup of {when} has been restored.").format(when=when)
    moved = getattr(error, "moved_to", None) or result.moved_aside
    if moved is not None:
        text += " " + t("The damaged file is kept as {name}.").format(name=Path(moved).name)
    elif result.safety_backup is not None:
        text += " " + t("The database it replaced was saved as backup {name} first.").format(
            name=result.safety_backup.path.name
        )
    return text


def offer_backup(path: Path, error: DatabaseOpenError, secret: str | None):
    """Explain a refusal; restore the newest good backup on yes; return the opened db or None."""
    backup = error.newest_backup
    if backup is None:
        dialogs.show_error(None, error.message)
        return None
    if not dialogs.confirm(
        None, t("The database cannot be opened"), restore_question(error), t("&Restore backup")
    ):
        return None
    try:
        result, db = run_busy(
            None,
            t("Restoring the backup of {when}…").format(when=backup.when),
            lambda: (
                restore_backup(path, backup.path, passphrase=secret),
                open_database(path, passphrase=secret),
            ),
        )
    except Exception as failure:  # told to the user; a restore leaves nothing half done
        dialogs.show_error(None, failure_text(failure))
        return None
    messages.show_info(None, t("Backup restored"), restored_text(backup.when, result, error))
    return db


def open_at_start(path: Path) -> tuple[DriehoekDatabase | None, int]:
    """Open the database as its state asks; return (db, 0), or (None, exit code) to stop.

    The exit code is 0 when the user chose Afsluiten, 1 when the database could not open.
    """
    path = Path(path)
    state = encryption.database_state(path)
    try:
        if state == encryption.MISSING:
            db = create_database(path)
            return db, 0
        if state == encryption.ENCRYPTED:
            dialog = unlock.ask_unlock(None, path)
            if dialog.failure is not None:
                db = offer_backup(path, *dialog.failure)
                return db, 0 if db is not None else 1
            return dialog.db, 0
        return _with_busy_cursor(lambda: open_database(path)), 0
    except DatabaseOpenError as error:
        db = offer_backup(path, error, None)
        return db, 0 if db is not None else 1
    except DriehoekError as error:
        dialogs.show_error(None, error.message)
        return None, 1

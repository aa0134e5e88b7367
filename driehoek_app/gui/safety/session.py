"""One running session: the main window over the open database, its backups, locking and keys.

Locking saves pending edits, empties the window in place (lock_view.strip_window), deletes
the private temp folder, makes a backup when something changed and closes the database:
no key, no connection, no minutes in any widget. Unlocking reopens the database and builds
a new main window, which restores the last area from the settings. Restoring a backup and
encrypting the database close and reopen it the same way, behind a busy screen. The dialogs
of the Beveiliging menu are loaded when they are first asked for, not at start-up.
"""

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSettings, QTimer
from PySide6.QtWidgets import QWidget

from driehoek_app.core import encryption
from driehoek_app.core.backups import BackupInfo
from driehoek_app.core.db import DriehoekDatabase, open_database
from driehoek_app.core.errors import DriehoekError
from driehoek_app.gui import dialogs, private_temp
from driehoek_app.gui import settings as config
from driehoek_app.gui.i18n import t
from driehoek_app.gui.main_window import MainWindow
from driehoek_app.gui.safety import messages, startup
from driehoek_app.gui.safety.backup_runner import BackupRunner
from driehoek_app.gui.safety.idle import IdleWatcher
from driehoek_app.gui.safety.lock_view import BusyScreen, CloseGuard, close_dialogs, strip_window
from driehoek_app.gui.safety.screen_lock import ScreenLockMonitor
from driehoek_app.gui.safety.status import BackupStatus
from driehoek_app.gui.safety.unlock import UnlockScreen
from driehoek_app.gui.safety.worker import failure_text, run_task

OPEN, LOCKED, BUSY = "open", "locked", "busy"
MINUTE_MS = 60_000
DIALOG_RETRY_MS = 100


class Session(QObject):
    """Owns the open database and the window over it; locks, unlocks and swaps the database."""

    def __init__(self, db: DriehoekDatabase, settings: QSettings) -> None:
        """Take over db (just opened) with the user's settings; start() shows the window."""
        super().__init__()
        self.db: DriehoekDatabase | None = db
        self.path = Path(db.path)
        self.encrypted = db.encrypted
        self.settings = settings
        self.state = OPEN
        self.window: MainWindow | None = None
        self.lock_screen: UnlockScreen | None = None
        self.runner = BackupRunner(parent=self)
        self.idle = IdleWatcher(config.AUTO_LOCK_MINUTES.read(settings) * MINUTE_MS, self)
        self.idle.idle.connect(self.auto_lock)
        self.runner.idle_ms = self.idle.idle_ms
        self.monitor = ScreenLockMonitor(self)
        self.monitor.screen_locked.connect(self.screen_lock)
        self.retry = QTimer(self)
        self.retry.setSingleShot(True)
        self.retry.setInterval(DIALOG_RETRY_MS)
        self.retry.timeout.connect(self.lock)
        self._then: Callable[[], None] | None = None
        self._swap_done: Callable[[Any], None] | None = None
        self._reopen: Callable[[], DriehoekDatabase] | None = None
        self._was_active = False

    # -- the window
    def start(self, window: MainWindow | None = None) -> MainWindow:
        """Show the main window (window, when shown already), back up, watch for idleness."""
        self._show_window(self.db, window)
        self.runner.attach(self.db, changed=True)
        self.runner.backup("start")
        return self.window

    def _show_window(self, db: DriehoekDatabase, window: MainWindow | None = None) -> None:
        """Show a main window over db (window, or a new one) with the safety menu and status."""
        old = self.window
        if window is None:
            window = MainWindow(db, self.settings)
        else:
            window.attach(db)
        actions = window.safety_actions
        actions.backups.triggered.connect(self.show_backups)
        actions.encrypt.triggered.connect(self.encrypt)
        actions.change_passphrase.triggered.connect(self.change_passphrase)
        actions.recovery_key.triggered.connect(self.new_recovery_key)
        actions.lock_settings.triggered.connect(self.edit_lock_settings)
        actions.lock.triggered.connect(self.lock)
        actions.show_for(encrypted=self.encrypted, locked=False)
        window.statusBar().addPermanentWidget(BackupStatus(self.runner))
        self.window = window
        window.show()
        if old is not None:
            old.hide()
            old.deleteLater()
        window.activateWindow()
        self.state = OPEN
        self.idle.start()
        self.monitor.stop()
        self.monitor.start(window)

    def _save_edits(self) -> bool:
        """Save the meeting screen's pending edits and the window state; False when refused."""
        screen = self.window.meetings().screen
        if screen is not None and not screen.flush():
            self.window.statusBar().showMessage(
                t("Not locked: a change could not be saved; your text is still on the screen.")
            )
            return False
        self.window.save_state()
        return True

    def _empty_window(self, screen: QWidget) -> None:
        """Replace the window's contents by screen; it may then close without saving pages."""
        strip_window(self.window, screen, keep=self.window.safety_actions.quit)
        CloseGuard(self.window)
        private_temp.cleanup()

    def _close_database(self, then: Callable[[], None], *, backup: bool) -> None:
        """Back up first when asked and something changed, close the database, then then()."""
        self._then = then
        self.runner.timer.stop()
        self.runner.wait()
        started = backup and self.runner.changed()
        started = started and self.runner.backup("interval", after=self._database_closed)
        if not started:
            self._database_closed()

    def _database_closed(self) -> None:
        """Close the connection and forget the key, then continue."""
        self.runner.detach()
        db, self.db = self.db, None
        if db is not None:
            db.close()
            db.key = None
        then, self._then = self._then, None
        if then is not None:
            then()

    # -- locking
    def lock(self) -> bool:
        """Vergrendelen: save, empty the window, close the database; True when it locks."""
        if self.state != OPEN or self.window is None:
            return False
        if close_dialogs(self.window):
            self.retry.start()  # the dialogs' own event loops end first
            return False
        if not self._save_edits():
            return False
        self.state = LOCKED
        self.idle.stop()
        self._was_active = self.window.isActiveWindow()
        self.lock_screen = UnlockScreen(self.path, self.encrypted, locked=True)
        self.lock_screen.unlocked.connect(self._unlocked)
        self.lock_screen.open_failed.connect(self._unlock_failed)
        self.lock_screen.quit_requested.connect(self.window.close)
        self._empty_window(self.lock_screen)
        self.lock_screen.set_waiting(t("Closing the database safely…"))
        self._close_database(self._locked, backup=True)
        return True

    def _locked(self) -> None:
        """The database is closed: let the user unlock."""
        if self.lock_screen is not None:
            if self._was_active:
                self.window.activateWindow()  # the user is here: the field gets the keys
            self.lock_screen.set_ready()

    def auto_lock(self) -> None:
        """Lock after the idle time; if saving refused, try again after another idle time."""
        if not self.lock() and self.state == OPEN and not self.retry.isActive():
            self.idle.start()

    def screen_lock(self) -> None:
        """Lock because the computer's screen locked (unless switched off in the settings)."""
        if config.LOCK_WITH_SCREEN.read(self.settings):
            self.lock()

    def _unlocked(self, db: DriehoekDatabase) -> None:
        """Work on the reopened database in a new window (the last area comes back)."""
        self.db = db
        self.encrypted = db.encrypted
        self.lock_screen = None
        self.runner.attach(db)
        self._show_window(db)

    def _unlock_failed(self, error, secret: str) -> None:
        """The file became unusable while locked: explain and offer the newest backup."""
        db = startup.offer_backup(self.path, error, secret or None)
        if db is not None:
            self._unlocked(db)

    def edit_lock_settings(self) -> None:
        """Change the idle minutes (and the screen lock) in the Instellingen dialog."""
        from driehoek_app.gui.safety import lock_settings

        if lock_settings.edit_lock_settings(self.window, self.settings):
            self.idle.set_limit_ms(config.AUTO_LOCK_MINUTES.read(self.settings) * MINUTE_MS)
            self.idle.start()

    # -- swapping the database (restore, encryption)
    def _swap(self, title: str, text: str, work, done, reopen) -> None:
        """Close the database behind a busy screen, run work, show the database it returns."""
        if self.state != OPEN or not self._save_edits():
            return
        self.state = BUSY
        self.idle.stop()
        self._empty_window(BusyScreen(title, text))
        self._swap_done, self._reopen = done, reopen
        self._close_database(lambda: run_task(work, self._swapped, self._swap_failed), backup=False)

    def _swapped(self, outcome: tuple[Any, DriehoekDatabase]) -> None:
        """Show the new database, then tell what was done."""
        extra, db = outcome
        self._unlocked(db)
        done, self._swap_done = self._swap_done, None
        if done is not None:
            done(extra)

    def _swap_failed(self, error: BaseException) -> None:
        """Say why, and reopen the database as it was."""
        dialogs.show_error(self.window, failure_text(error))
        run_task(self._reopen, self._unlocked, self._reopen_failed)

    def _reopen_failed(self, error: BaseException) -> None:
        """The database does not open again: show the unlock screen with the reason."""
        self.state = LOCKED
        self.lock_screen = UnlockScreen(self.path, self.encrypted, locked=True)
        self.lock_screen.unlocked.connect(self._unlocked)
        self.lock_screen.open_failed.connect(self._unlock_failed)
        self.lock_screen.quit_requested.connect(self.window.close)
        self.window.setCentralWidget(self.lock_screen)
        self.lock_screen.set_ready(failure_text(error))

    def show_backups(self) -> None:
        """Back-ups en herstel; restore the backup the user chose there."""
        from driehoek_app.gui.safety import backups_dialog

        chosen = backups_dialog.choose_backup_to_restore(
            self.window, self.path, self.db.key, self.runner
        )
        if chosen is not None:
            self.restore(chosen)

    def restore(self, info: BackupInfo) -> None:
        """Put a backup in place of the database (core keeps the current one) and reopen."""
        from driehoek_app.core.restore import restore_backup

        path, key = self.path, self.db.key
        self._swap(
            t("Restoring a backup"),
            t("The backup of {when} is put in place; this takes a few seconds…").format(
                when=info.when
            ),
            lambda: (restore_backup(path, info.path, key=key), open_database(path, key=key)),
            lambda result: messages.show_info(
                self.window,
                t("Backup restored"),
                startup.restored_text(info.when, result),
            ),
            lambda: open_database(path, key=key),
        )

    # -- encryption and passphrases
    def encrypt(self) -> None:
        """Encrypt the plain database and its backups; show the recovery key once."""
        from driehoek_app.gui.safety import passphrase_dialogs, recovery_key

        passphrase = passphrase_dialogs.ask_encrypt_passphrase(self.window)
        if passphrase is None:
            return
        path = self.path
        self._swap(
            t("Encrypting the database"),
            t("The database and its backups are being encrypted; this takes a few seconds…"),
            lambda: (
                encryption.encrypt_database(path, passphrase),
                open_database(path, passphrase=passphrase),
            ),
            lambda recovery: recovery_key.show_recovery_key(self.window, recovery, path),
            lambda: open_database(path),
        )

    def change_passphrase(self) -> None:
        """Change the passphrase (the database stays open; the change is instant)."""
        from driehoek_app.gui.safety import passphrase_dialogs

        if passphrase_dialogs.change_passphrase_dialog(self.window, self.path):
            messages.show_info(
                self.window,
                t("Passphrase changed"),
                t(
                    "The passphrase has been changed. It opens the database and all its "
                    "backups; the recovery key stays valid."
                ),
            )

    def new_recovery_key(self) -> None:
        """Replace the recovery key and show the new one once."""
        from driehoek_app.gui.safety import passphrase_dialogs, recovery_key

        key = passphrase_dialogs.new_recovery_key_dialog(self.window, self.path)
        if key is not None:
            recovery_key.show_recovery_key(self.window, key, self.path)

    # -- the end
    def shutdown(self) -> None:
        """After the window closed: a backup when something changed, then close everything."""
        self.retry.stop()
        self.idle.close()
        self.monitor.stop()
        self.runner.timer.stop()
        self.runner.wait()
        if self.db is not None:
            if self.runner.changed():
                try:
                    self.runner.backup_now_blocking("close")
                except DriehoekError as error:
                    dialogs.show_error(
                        None, t("The backup on closing failed: {reason}").format(reason=error)
                    )
            self.runner.detach()
            self.db.close()
            self.db = None
        private_temp.cleanup()

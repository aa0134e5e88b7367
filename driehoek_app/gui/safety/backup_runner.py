"""Makes the automatic backups from the window: at start, every 30 minutes after a change, on close.

Each backup is core's verified `VACUUM INTO` (reopened and checked before old ones rotate
out). It runs on a worker thread on the window's one connection; SQLite serialises it with
the saves of the GUI thread. The interval backup waits for a pause in typing, so that no
autosave transaction is open when it starts; a refused attempt is simply tried again.
"""

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from driehoek_app.core import backups
from driehoek_app.core.backups import BackupInfo, BackupSchedule
from driehoek_app.gui.safety.worker import Task, failure_text, run_task

CHECK_INTERVAL_MS = 60_000
PAUSE_MS = 5_000


class BackupRunner(QObject):
    """Runs backups of the open database one at a time and reports the last one."""

    started = Signal(str)  # the reason
    finished = Signal(object)  # the BackupInfo
    failed = Signal(str)  # one Dutch sentence

    def __init__(self, schedule: BackupSchedule | None = None, parent: QObject | None = None):
        """Prepare the schedule and the once-a-minute check (started by attach())."""
        super().__init__(parent)
        self.schedule = schedule or BackupSchedule()
        self.db = None
        self.task: Task | None = None
        self.last: BackupInfo | None = None
        self.last_error = ""
        self._after: Callable[[], None] | None = None
        self.idle_ms = lambda: PAUSE_MS  # how long the user has not typed (set by the session)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.backup_if_due)

    def attach(self, db, *, changed: bool = False) -> None:
        """Work on db (just opened); changed=False: it is the same as at the last backup."""
        self.db = db
        if not changed:
            self.schedule.mark(db, self.schedule.last_time or dt.datetime.now())
        if self.last is None:
            found = backups.backup_entries(db.path)
            if found:
                path, created, reason = found[0]
                self.last = BackupInfo(path, created, reason, path.stat().st_size)
        self.timer.start()

    def detach(self) -> None:
        """Stop before the database is closed (waits for a running backup)."""
        self.timer.stop()
        self.wait()
        self.db = None

    def busy(self) -> bool:
        """Return True while a backup runs."""
        return self.task is not None and self.task.running()

    def wait(self) -> None:
        """Block until a running backup is done (at most about a second)."""
        if self.task is not None:
            self.task.wait()

    def backup(self, reason: str, after: Callable[[], None] | None = None) -> Task | None:
        """Start a backup on a worker thread, then call after(); None when it cannot start."""
        if self.db is None or self.busy():
            return None
        self._after = after
        db, schedule = self.db, self.schedule
        self.started.emit(reason)
        self.task = run_task(lambda: schedule.backup(db, reason), self._done, self._failed)
        return self.task

    def backup_if_due(self) -> Task | None:
        """Start the interval backup when 30 minutes passed, something changed and typing paused."""
        if self.db is None or self.busy() or self.idle_ms() < PAUSE_MS:
            return None
        if not self.schedule.due(self.db):
            return None
        return self.backup("interval")

    def changed(self) -> bool:
        """Return True when the database changed since the last backup."""
        return self.db is not None and self.schedule.changed(self.db)

    def backup_now_blocking(self, reason: str) -> BackupInfo:
        """Make a backup on this thread (on close, when the window is already gone)."""
        self.wait()
        info = self.schedule.backup(self.db, reason)
        self.last, self.last_error = info, ""
        self.finished.emit(info)
        return info

    def _done(self, info: BackupInfo) -> None:
        """Remember the backup just made."""
        self.last, self.last_error = info, ""
        self.finished.emit(info)
        self._continue()

    def _failed(self, error: BaseException) -> None:
        """Remember why the backup failed; the next check tries again."""
        self.last_error = failure_text(error)
        self.failed.emit(self.last_error)
        self._continue()

    def _continue(self) -> None:
        """Run what was to follow the backup (closing the database, ...)."""
        after, self._after = self._after, None
        if after is not None:
            after()

    def folder(self):
        """Return the backups folder of the open database (None when nothing is open)."""
        return backups.backup_folder(self.db.path) if self.db is not None else None

"""One window per database: a QLockFile beside the database refuses a second instance.

The lock file `<database>.lock` holds the process id, host and program name. Its stale time
is 0 (a lock is never stale because of its age, since a session lasts hours); Qt still
takes over the lock of a process that no longer runs on this computer, so a lock left by
a crash is recovered at the next start without asking.
"""

from pathlib import Path

from PySide6.QtCore import QLockFile

from driehoek_app.gui.i18n import t

LOCK_SUFFIX = ".lock"


def lock_path(db_path: Path) -> Path:
    """Return the lock file that belongs to a database file."""
    db_path = Path(db_path).absolute()
    return db_path.with_name(db_path.name + LOCK_SUFFIX)


class InstanceLock:
    """Holds the lock on one database for as long as the window works on it."""

    def __init__(self, db_path: Path) -> None:
        """Prepare the lock beside db_path; nothing is taken before acquire()."""
        self.db_path = Path(db_path).absolute()
        self.path = lock_path(self.db_path)
        self._lock = QLockFile(str(self.path))
        self._lock.setStaleLockTime(0)

    def acquire(self) -> str | None:
        """Take the lock; return None, or one Dutch sentence when another window holds it."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError:
            return None  # no folder to lock in: opening the database explains the problem
        if self._lock.tryLock(0):
            return None
        error = self._lock.error()
        if error == QLockFile.LockError.LockFailedError:
            found = self._lock.getLockInfo()
            pid, host = (found[0], found[1]) if found else (0, "")
            return t(
                "The database {path} is already open in another window of driehoek_app "
                "(process {pid} on {host}); use that window, or close it first."
            ).format(path=self.db_path, pid=pid, host=host or "?")
        return None  # a read-only folder: opening the database refuses it in Dutch

    def held(self) -> bool:
        """Return True while this window holds the lock."""
        return self._lock.isLocked()

    def release(self) -> None:
        """Give the lock up (the lock file is removed)."""
        if self._lock.isLocked():
            self._lock.unlock()

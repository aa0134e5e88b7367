"""A private temporary folder (mode 0700) for documents opened in the system viewer.

The folder is created once per session, on first use, and removed with everything in it
when the application quits (QApplication.aboutToQuit, with atexit as a fallback) and
when the window locks (safety/session.py calls cleanup()); the next use makes a new one.
"""

import atexit
import os
import shutil
import stat
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication

PREFIX = "driehoek-bijlagen-"
PRIVATE_MODE = stat.S_IRWXU  # 0700: only the user who runs the application


class PrivateTempFolder:
    """Creates the session's private folder lazily and removes it on cleanup."""

    def __init__(self) -> None:
        """Start without a folder; nothing is created until path() is called."""
        self._path: Path | None = None
        self._registered = False

    def path(self) -> Path:
        """Return the private folder, creating it (0700) on first use."""
        if self._path is None or not self._path.is_dir():
            self._path = Path(tempfile.mkdtemp(prefix=PREFIX))
            os.chmod(self._path, PRIVATE_MODE)
            self._register_cleanup()
        return self._path

    def subfolder(self, name: str) -> Path:
        """Return a private subfolder (0700) of the session folder, created if needed."""
        folder = self.path() / name
        folder.mkdir(mode=PRIVATE_MODE, exist_ok=True)
        return folder

    def exists(self) -> bool:
        """Return True while the session folder exists on disk."""
        return self._path is not None and self._path.is_dir()

    def cleanup(self) -> None:
        """Remove the folder and everything in it (files still open elsewhere may remain)."""
        if self._path is not None:
            shutil.rmtree(self._path, ignore_errors=True)
            self._path = None

    def _register_cleanup(self) -> None:
        """Remove the folder when the application quits, once per session."""
        if self._registered:
            return
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.cleanup)
        atexit.register(self.cleanup)
        self._registered = True


SESSION_FOLDER = PrivateTempFolder()


def private_folder() -> Path:
    """Return the session's private temporary folder."""
    return SESSION_FOLDER.path()


def private_subfolder(name: str) -> Path:
    """Return a private subfolder of the session's temporary folder."""
    return SESSION_FOLDER.subfolder(name)


def cleanup() -> None:
    """Remove the session's private temporary folder now."""
    SESSION_FOLDER.cleanup()

"""Catches unexpected errors: writes the traceback to a log file and shows one Dutch dialog."""

import logging
import sys
import tempfile
import traceback
from pathlib import Path
from types import TracebackType

from platformdirs import user_log_dir

from driehoek_app import APP_NAME
from driehoek_app.core.errors import DriehoekError
from driehoek_app.gui import dialogs
from driehoek_app.gui.i18n import t

LOG_FILENAME = "driehoek_app.log"
LOGGER_NAME = "driehoek_app"

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
log = logging.getLogger(LOGGER_NAME)


def default_log_path() -> Path:
    """Return the log file in the user's local (non-roaming) log folder."""
    return Path(user_log_dir(APP_NAME, appauthor=False)) / LOG_FILENAME


class LogFile(logging.Handler):
    """A rotating log file (at most four of 1 MB), opened when the first record arrives.

    Opening it lazily keeps logging.handlers (and the socket module it loads) out of the
    start-up of the window.
    """

    def __init__(self, path: Path) -> None:
        """Write to path once there is something to write."""
        super().__init__()
        self.path = path
        self.target: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        """Write one record, opening the file first if needed."""
        if self.target is None:
            try:
                self.target = self._open(self.path)
            except OSError:  # not writable after all: the temporary folder
                try:
                    self.path = Path(tempfile.gettempdir()) / LOG_FILENAME
                    self.target = self._open(self.path)
                except OSError:
                    self.handleError(record)
                    return
        self.target.emit(record)

    @staticmethod
    def _open(path: Path) -> logging.Handler:
        """Open the rotating file at path."""
        from logging.handlers import RotatingFileHandler

        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
        handler.setFormatter(logging.Formatter(LOG_FORMAT))
        return handler

    def close(self) -> None:
        """Close the file, if it was opened."""
        if self.target is not None:
            self.target.close()
        super().close()


def configure_log_file(path: Path) -> Path:
    """Send the application's log records to a rotating file at path; return the path used.

    The folder is made now; a folder that cannot be made means the temporary folder.
    """
    for old in list(log.handlers):
        if isinstance(old, LogFile):
            log.removeHandler(old)
            old.close()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError:  # an unwritable profile folder: log to the temporary folder instead
        path = Path(tempfile.gettempdir()) / LOG_FILENAME
    log.addHandler(LogFile(path))
    log.setLevel(logging.INFO)
    return path


class ExceptionHandler:
    """A sys.excepthook: log the traceback, then show a single error dialog."""

    def __init__(self, log_path: Path) -> None:
        """Remember where the log is written (named in the dialog)."""
        self.log_path = log_path
        self._showing = False

    def message_for(self, error: BaseException) -> str:
        """Return the Dutch sentence shown to the user for an error."""
        if isinstance(error, DriehoekError):
            return error.message
        return t("An unexpected error occurred. The details are in the log file {path}.").format(
            path=next((h.path for h in log.handlers if isinstance(h, LogFile)), self.log_path)
        )

    def __call__(
        self,
        kind: type[BaseException],
        error: BaseException,
        tb: TracebackType | None,
    ) -> None:
        """Handle one uncaught exception."""
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        details = "".join(traceback.format_exception(kind, error, tb))
        log.error("Onverwachte fout:\n%s", details)
        if sys.stderr is not None:
            sys.stderr.write(details)
        if self._showing:
            return  # one dialog at a time; further errors are only logged
        self._showing = True
        try:
            dialogs.show_error(None, self.message_for(error))
        finally:
            self._showing = False


def install_excepthook(log_path: Path | None = None) -> ExceptionHandler:
    """Configure the log file and install the handler as sys.excepthook."""
    path = configure_log_file(default_log_path() if log_path is None else log_path)
    handler = ExceptionHandler(path)
    sys.excepthook = handler
    return handler

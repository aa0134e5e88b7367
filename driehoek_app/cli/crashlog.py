"""Keeps the traceback of an unexpected error in a log file instead of showing it."""

import datetime as dt
import tempfile
import traceback
from pathlib import Path

from platformdirs import user_log_dir

from driehoek_app import APP_NAME

LOG_FILENAME = "driehoek_app.log"  # the same file the GUI logs to


def default_log_path() -> Path:
    """Return the log file in the user's local (non-roaming) log folder."""
    return Path(user_log_dir(APP_NAME, appauthor=False)) / LOG_FILENAME


def log_unexpected(error: BaseException) -> Path | None:
    """Append the traceback to the log (or a temp-folder fallback); return the file used."""
    details = "".join(traceback.format_exception(error))
    stamp = dt.datetime.now().isoformat(sep=" ", timespec="seconds")
    entry = f"{stamp} ERROR driehoek_app.cli: Onverwachte fout in de opdrachtregel:\n{details}\n"
    for path in (default_log_path(), Path(tempfile.gettempdir()) / LOG_FILENAME):
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.open("a", encoding="utf-8") as handle:
                handle.write(entry)
        except OSError:
            continue
        return path
    return None


def unexpected_message(error: BaseException, log_path: Path | None) -> str:
    """Return the Dutch sentence shown for an unexpected error."""
    kind = type(error).__name__
    if log_path is None:
        return f"Er ging onverwacht iets mis ({kind}); de details konden niet worden bewaard."
    return f"Er ging onverwacht iets mis ({kind}); de details staan in {log_path}."

"""Unexpected errors: logged with their traceback, shown once in a Dutch dialog."""

import sys

import pytest

from driehoek_app.core.errors import DatabaseError
from driehoek_app.gui import dialogs, excepthook


@pytest.fixture
def shown(monkeypatch):
    """Record the messages of the error dialog instead of blocking on it."""
    messages = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, message: messages.append(message))
    return messages


def _raise(error):
    """Return (type, value, traceback) of a raised error."""
    try:
        raise error
    except Exception:
        return sys.exc_info()


def test_unexpected_error_is_logged_and_shown_once(qapp, tmp_path, shown, monkeypatch):
    previous = sys.excepthook
    log_path = tmp_path / "logs" / "driehoek_app.log"
    handler = excepthook.install_excepthook(log_path)
    try:
        assert sys.excepthook is handler
        handler(*_raise(ZeroDivisionError("delen door nul in de test")))
    finally:
        sys.excepthook = previous
    assert shown == [
        f"Er is een onverwachte fout opgetreden. De details staan in het logbestand {log_path}."
    ]
    log = log_path.read_text(encoding="utf-8")
    assert "Traceback" in log and "ZeroDivisionError: delen door nul in de test" in log


def test_driehoek_error_shows_its_own_sentence(qapp, tmp_path, shown):
    handler = excepthook.ExceptionHandler(excepthook.configure_log_file(tmp_path / "x.log"))
    handler(*_raise(DatabaseError("De database kan niet worden geopend.")))
    assert shown == ["De database kan niet worden geopend."]


def test_an_error_while_the_dialog_is_open_is_only_logged(qapp, tmp_path, monkeypatch):
    log_path = excepthook.configure_log_file(tmp_path / "x.log")
    handler = excepthook.ExceptionHandler(log_path)
    shown = []

    def dialog_that_triggers_another_error(parent, message):
        """Record the message and raise a second error while 'open'."""
        shown.append(message)
        handler(*_raise(ValueError("tweede fout")))

    monkeypatch.setattr(dialogs, "show_error", dialog_that_triggers_another_error)
    handler(*_raise(RuntimeError("eerste fout")))
    assert len(shown) == 1
    log = log_path.read_text(encoding="utf-8")
    assert "eerste fout" in log and "tweede fout" in log


def test_windowed_build_without_stderr_does_not_crash(qapp, tmp_path, shown, monkeypatch):
    monkeypatch.setattr(sys, "stderr", None)
    handler = excepthook.ExceptionHandler(excepthook.configure_log_file(tmp_path / "x.log"))
    handler(*_raise(KeyError("zonder stderr")))
    assert len(shown) == 1


def test_an_unwritable_log_folder_falls_back_to_the_temporary_folder(qapp, tmp_path):
    blocker = tmp_path / "geen-map"
    blocker.write_text("een bestand, geen map")
    used = excepthook.configure_log_file(blocker / "driehoek_app.log")
    assert used.name == excepthook.LOG_FILENAME
    assert used.parent != blocker

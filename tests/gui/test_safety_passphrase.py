"""Passphrases as a user manages them: encrypt a plain database, change it, a new recovery key."""

import pytest
from dialog_checks import click, english_texts, nameless_widgets, show
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from safety_support import PASSPHRASE, make_database
from test_safety_lock import start_session

from driehoek_app.core import backups, encryption, meetings
from driehoek_app.core.file_header import SQLITE_HEADER, has_plain_header
from driehoek_app.core.storage_errors import WrongPassphraseError
from driehoek_app.gui.safety import passphrase_dialogs, recovery_key
from driehoek_app.gui.safety.lock_settings import LockSettingsDialog
from driehoek_app.gui.safety.passphrase_dialogs import (
    ChangePassphraseDialog,
    EncryptDialog,
    NewRecoveryKeyDialog,
)
from driehoek_app.gui.safety.recovery_key import RecoveryKeyDialog, render_recovery_sheet
from driehoek_app.gui.safety.session import OPEN
from driehoek_app.gui.settings import AUTO_LOCK_MINUTES, LOCK_WITH_SCREEN, open_settings

NEW_PASSPHRASE = "groene-vos-zwemt-langzaam"


def test_encrypting_a_plain_database_from_the_menu(qtbot, tmp_path, settings_path, monkeypatch):
    path = tmp_path / "open.sqlite3"
    session = start_session(qtbot, path, settings_path, passphrase=None)
    try:
        old_window = session.window
        shown = []
        monkeypatch.setattr(passphrase_dialogs, "ask_encrypt_passphrase", lambda p: PASSPHRASE)
        monkeypatch.setattr(
            recovery_key, "show_recovery_key", lambda parent, key, db: shown.append(key)
        )
        session.window.safety_actions.encrypt.trigger()
        qtbot.waitUntil(lambda: session.state == OPEN and session.window is not old_window,
                        timeout=20000)  # fmt: skip
        assert session.db.encrypted and session.encrypted
        assert not path.read_bytes().startswith(SQLITE_HEADER)
        assert all(not has_plain_header(entry[0]) for entry in backups.backup_entries(path))
        assert [entry[2] for entry in backups.backup_entries(path)].count("encrypt") == 1
        assert encryption.unlock(path, shown[0])  # the recovery key shown opens it
        assert len(meetings.list_meetings(session.db)) == 1
        actions = session.window.safety_actions
        assert actions.change_passphrase.isVisible() and not actions.encrypt.isVisible()
    finally:
        session.window.close()
        session.shutdown()


def test_the_encrypt_dialog_needs_a_good_passphrase_twice(qtbot):
    dialog = show(qtbot, EncryptDialog())
    assert not dialog.accept_button.isEnabled()
    qtbot.keyClicks(dialog.fields.passphrase, "kort")
    qtbot.keyClicks(dialog.fields.repeat, "kort")
    assert not dialog.accept_button.isEnabled()
    assert dialog.fields.strength.text() == "zwak: Te kort: gebruik minstens 10 tekens."
    dialog.fields.clear()
    qtbot.keyClicks(dialog.fields.passphrase, PASSPHRASE)
    qtbot.keyClicks(dialog.fields.repeat, PASSPHRASE)
    assert dialog.accept_button.isEnabled()
    assert nameless_widgets(dialog) == []
    assert english_texts(dialog) == []
    click(qtbot, dialog.accept_button)
    assert dialog.result_value == PASSPHRASE


@pytest.fixture
def encrypted(tmp_path):
    """An encrypted database file (closed) and its recovery key."""
    path = tmp_path / "driehoek.sqlite3"
    db = make_database(path, PASSPHRASE)
    key = db.recovery_key
    db.close()
    return path, key


def test_changing_the_passphrase_as_a_user(qtbot, encrypted):
    path, recovery = encrypted
    dialog = show(qtbot, ChangePassphraseDialog(path))
    qtbot.keyClicks(dialog.current, "paarse olifant danst op zondag")
    qtbot.keyClicks(dialog.fields.passphrase, NEW_PASSPHRASE)
    qtbot.keyClicks(dialog.fields.repeat, NEW_PASSPHRASE)
    assert nameless_widgets(dialog) == []
    assert english_texts(dialog) == []
    click(qtbot, dialog.accept_button)
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=5000)
    assert dialog.error.text().startswith("Het wachtwoord of de herstelsleutel is onjuist")
    assert dialog.isVisible()
    dialog.current.clear()
    qtbot.keyClicks(dialog.current, PASSPHRASE)
    click(qtbot, dialog.accept_button)
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=5000)
    assert encryption.unlock(path, NEW_PASSPHRASE)
    assert encryption.unlock(path, recovery)  # the recovery key stays valid
    with pytest.raises(WrongPassphraseError):
        encryption.unlock(path, PASSPHRASE)


def test_a_new_recovery_key_replaces_the_old_one(qtbot, encrypted):
    path, old = encrypted
    dialog = show(qtbot, NewRecoveryKeyDialog(path))
    assert not dialog.accept_button.isEnabled()
    qtbot.keyClicks(dialog.current, PASSPHRASE)
    assert nameless_widgets(dialog) == [] and english_texts(dialog) == []
    qtbot.keyClick(dialog.current, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=5000)
    assert encryption.unlock(path, dialog.result_value)
    with pytest.raises(WrongPassphraseError):
        encryption.unlock(path, old)


def test_the_recovery_key_is_shown_until_the_user_has_written_it_down(qtbot, tmp_path):
    key = "7K3M-Q9TX-2B4N-W8RC-5VHD-J6PE-0SZA-1FGY"
    dialog = show(qtbot, RecoveryKeyDialog(key, tmp_path / "driehoek.sqlite3"))
    assert dialog.key_label.text() == key
    assert not dialog.continue_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()  # Escape does not skip it
    assert nameless_widgets(dialog) == []
    assert english_texts(dialog, {key}) == []
    dialog.noted.setFocus()
    qtbot.keyClick(dialog.noted, Qt.Key.Key_Space)
    assert dialog.continue_button.isEnabled()
    click(qtbot, dialog.continue_button)
    assert dialog.result() == dialog.DialogCode.Accepted


def test_the_recovery_sheet_prints_the_key(qapp, tmp_path):
    key = "7K3M-Q9TX-2B4N-W8RC-5VHD-J6PE-0SZA-1FGY"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "herstelsleutel.pdf"))
    render_recovery_sheet(printer, key, tmp_path / "driehoek.sqlite3")
    text = " ".join(PdfReader(tmp_path / "herstelsleutel.pdf").pages[0].extract_text().split())
    assert "Herstelsleutel van driehoek_app" in text
    assert key in text.replace(" ", "")  # the PDF's text layer splits the last group


def test_lock_settings_are_stored(qtbot, settings_path):
    settings = open_settings(settings_path)
    assert AUTO_LOCK_MINUTES.read(settings) == 10 and LOCK_WITH_SCREEN.read(settings) is True
    dialog = show(qtbot, LockSettingsDialog(settings))
    assert dialog.minutes.value() == 10 and dialog.minutes.suffix() == " minuten"
    assert nameless_widgets(dialog) == [] and english_texts(dialog) == []
    dialog.minutes.setValue(3)
    dialog.with_screen.setChecked(False)
    dialog.accept()
    again = open_settings(settings_path)
    assert AUTO_LOCK_MINUTES.read(again) == 3 and LOCK_WITH_SCREEN.read(again) is False

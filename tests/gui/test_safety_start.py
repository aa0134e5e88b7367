"""The start as a user meets it: first start with encryption, unlock, damaged files, one window."""

import os
import subprocess
import sys
import textwrap

import pytest
from dialog_checks import english_texts, nameless_widgets, show
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from safety_support import PASSPHRASE, ModalDriver, add_meeting, make_database

from driehoek_app.core import backups, encryption, meetings
from driehoek_app.core.db import open_database
from driehoek_app.core.file_header import SQLITE_HEADER
from driehoek_app.core.passphrase import normalize_recovery_key
from driehoek_app.gui import app as gui_app
from driehoek_app.gui import dialogs
from driehoek_app.gui.main_window import MainWindow
from driehoek_app.gui.safety import messages
from driehoek_app.gui.safety.first_start import FirstStartDialog
from driehoek_app.gui.safety.instance_lock import InstanceLock, lock_path
from driehoek_app.gui.safety.recovery_key import RecoveryKeyDialog
from driehoek_app.gui.safety.unlock import UnlockDialog


@pytest.fixture(autouse=True)
def _keep_excepthook(monkeypatch):
    """run_gui installs the app's excepthook; put the test one back afterwards."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)


@pytest.fixture
def errors(monkeypatch) -> list[str]:
    """The error dialogs shown, as a list of their sentences."""
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, message: shown.append(message))
    return shown


def close_main_window(seen: list[str]):
    """A step that notes the main window's title and closes it like the user does."""

    def act(window: MainWindow) -> None:
        """Record and close."""
        seen.append(window.windowTitle())
        window.close()

    return act


def test_first_start_dialog_shows_strength_and_needs_the_same_passphrase_twice(qtbot, tmp_path):
    dialog = show(qtbot, FirstStartDialog(tmp_path / "nieuw.sqlite3"))
    fields = dialog.fields
    assert dialog.encrypt.isChecked() and not dialog.create_button.isEnabled()
    assert not dialog.warning.isVisible()
    labels = []
    for word in PASSPHRASE.split(" "):
        if fields.passphrase.text():
            qtbot.keyClick(fields.passphrase, Qt.Key.Key_Space)
        qtbot.keyClicks(fields.passphrase, word)
        labels.append(fields.strength.text().split(":")[0])
    assert labels == ["zwak", "zwak", "matig", "sterk", "sterk"]
    assert fields.strength.text() == "sterk: Sterk wachtwoord."
    assert fields.bar.value() > fields.bar.maximum() // 2
    qtbot.keyClicks(fields.repeat, "paarse olifant")
    assert fields.match.text() == "De twee wachtwoorden verschillen."
    assert not dialog.create_button.isEnabled()
    qtbot.keyClicks(fields.repeat, " danst op maandag")
    assert fields.match.text() == "De twee wachtwoorden zijn gelijk."
    assert dialog.create_button.isEnabled() and dialog.create_button.isDefault()
    assert dialog.passphrase() == PASSPHRASE
    assert nameless_widgets(dialog) == []
    assert english_texts(dialog, {str(tmp_path / "nieuw.sqlite3")}) == []


def test_choosing_no_encryption_shows_a_clear_warning(qtbot, tmp_path):
    dialog = show(qtbot, FirstStartDialog(tmp_path / "nieuw.sqlite3"))
    dialog.plain.setFocus()
    qtbot.keyClick(dialog.plain, Qt.Key.Key_Space)
    assert dialog.warning.isVisible()
    assert "iedereen die de laptop" in dialog.warning.text()
    assert not dialog.fields.isEnabled()
    assert dialog.create_button.isEnabled()
    assert dialog.passphrase() is None


def _first_start_steps(keys: list[str], seen: list[str]):
    """Answer the first start as a user: passphrase twice, the key noted, then close."""

    def choose_passphrase(dialog: FirstStartDialog) -> None:
        """Type the passphrase twice and create the database."""
        dialog.fields.passphrase.setFocus()
        QApplication.processEvents()
        from PySide6.QtTest import QTest

        QTest.keyClicks(dialog.fields.passphrase, PASSPHRASE)
        QTest.keyClicks(dialog.fields.repeat, PASSPHRASE)
        dialog.create_button.click()

    def note_the_key(dialog: RecoveryKeyDialog) -> None:
        """Read the key, see Verder refused until the box is ticked, then continue."""
        keys.append(dialog.key_label.text())
        assert not dialog.continue_button.isEnabled()
        dialog.reject()  # Escape does not skip the key
        assert dialog.isVisible()
        dialog.noted.click()
        dialog.continue_button.click()

    return [
        (FirstStartDialog, choose_passphrase),
        (RecoveryKeyDialog, note_the_key),
        (MainWindow, close_main_window(seen)),
    ]


def test_first_start_with_encryption_then_unlock_on_the_next_start(qapp, tmp_path, errors):
    path = tmp_path / "driehoek.sqlite3"
    keys, seen = [], []
    driver = ModalDriver(_first_start_steps(keys, seen))
    assert gui_app.run_gui(path) == 0
    assert driver.done == ["FirstStartDialog", "RecoveryKeyDialog", "MainWindow"]
    assert errors == []
    assert normalize_recovery_key(keys[0]) == keys[0]  # XXXX-XXXX-... as printed on paper
    assert not path.read_bytes().startswith(SQLITE_HEADER)  # no plaintext header on disk
    assert encryption.database_state(path) == "encrypted"
    assert path.with_name(path.name + ".keys").exists()
    assert not lock_path(path).exists()  # released on exit
    assert any(info.reason == "start" and info.encrypted for info in backups.list_backups(path))

    # The next start asks the passphrase: first a wrong one, then the recovery key.
    def unlock(dialog: UnlockDialog) -> None:
        """Type a wrong passphrase, read the Dutch error, then type the recovery key."""
        from PySide6.QtTest import QTest

        QTest.keyClicks(dialog.screen.secret, "verkeerd wachtwoord")
        QTest.keyClick(dialog.screen.secret, Qt.Key.Key_Return)
        while dialog.screen.busy_task is not None:
            QTest.qWait(20)
        seen.append(dialog.screen.error.text())
        dialog.screen.secret.setText(keys[0].lower().replace("-", " "))
        dialog.screen.unlock_button.click()

    driver = ModalDriver([(UnlockDialog, unlock), (MainWindow, close_main_window(seen))])
    assert gui_app.run_gui(path) == 0
    assert driver.done == ["UnlockDialog", "MainWindow"]
    assert "onjuist" in seen[1] and "er is niets gewijzigd" in seen[1]


def test_unlock_dialog_as_a_user(qtbot, tmp_path):
    path = tmp_path / "driehoek.sqlite3"
    db = make_database(path, PASSPHRASE)
    recovery = db.recovery_key
    db.close()
    dialog = show(qtbot, UnlockDialog(path))
    screen = dialog.screen
    assert screen.secret.hasFocus()
    qtbot.keyClick(screen.secret, Qt.Key.Key_Return)
    assert screen.error.text() == "Typ het wachtwoord of de herstelsleutel."
    qtbot.keyClicks(screen.secret, "paarse olifant danst op dinsdag")
    qtbot.keyClick(screen.secret, Qt.Key.Key_Return)
    assert screen.busy.isVisible() and not screen.unlock_button.isEnabled()
    qtbot.waitUntil(lambda: screen.busy_task is None)
    assert screen.error.text().startswith("Het wachtwoord of de herstelsleutel is onjuist")
    assert screen.secret.selectedText() == "paarse olifant danst op dinsdag"
    assert nameless_widgets(dialog) == []
    assert english_texts(dialog, {screen.error.text()}) == []
    qtbot.keyClicks(screen.secret, recovery)
    qtbot.keyClick(screen.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.db is not None)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert screen.secret.text() == ""
    assert len(meetings.list_meetings(dialog.db)) == 1
    dialog.db.close()


def test_a_second_window_on_the_same_database_is_refused(qapp, tmp_path, errors):
    path = tmp_path / "driehoek.sqlite3"
    make_database(path).close()
    first = InstanceLock(path)
    assert first.acquire() is None
    try:
        assert gui_app.run_gui(path) == 1
    finally:
        first.release()
    assert len(errors) == 1
    assert errors[0].startswith(f"De database {path} is al geopend in een ander venster")


HOLDER = textwrap.dedent(
    """
    import sys, time
    from PySide6.QtCore import QLockFile
    lock = QLockFile(sys.argv[1])
    lock.setStaleLockTime(0)
    assert lock.tryLock(0)
    print("vast", flush=True)
    time.sleep(60)
    """
)


def test_another_process_holds_the_database_then_crashes_and_the_lock_is_recovered(
    qapp, tmp_path, errors
):
    path = tmp_path / "driehoek.sqlite3"
    make_database(path).close()
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(lock_path(path))], stdout=subprocess.PIPE, text=True
    )
    try:
        assert child.stdout.readline().strip() == "vast"
        assert gui_app.run_gui(path) == 1
        assert "al geopend in een ander venster" in errors[0]
        assert f"proces {child.pid}" in errors[0]
    finally:
        child.kill()  # SIGKILL: the lock file stays behind, as after a crash
        child.wait()
    assert lock_path(path).exists()
    seen: list[str] = []
    driver = ModalDriver([(MainWindow, close_main_window(seen))])
    assert gui_app.run_gui(path) == 0
    assert driver.done == ["MainWindow"]
    assert len(errors) == 1


def test_a_damaged_file_is_moved_aside_and_the_newest_backup_restored(
    qapp, tmp_path, errors, monkeypatch
):
    path = tmp_path / "driehoek.sqlite3"
    db = make_database(path, meetings_count=2)
    info = backups.make_backup(db, "manual")
    add_meeting(db, "2026-12-01")  # after the backup: lost with the damaged file
    db.close()
    with path.open("r+b") as handle:
        handle.write(bytes(100))  # a zeroed header
    damaged = path.read_bytes()
    asked, told = [], []

    def answer(parent, title, question, accept_text):
        """Read the offer and accept it."""
        asked.append((title, question, accept_text))
        return True

    monkeypatch.setattr(dialogs, "confirm", answer)
    monkeypatch.setattr(messages, "show_info", lambda parent, title, text: told.append(text))
    seen: list[str] = []
    driver = ModalDriver([(MainWindow, close_main_window(seen))])
    assert gui_app.run_gui(path) == 0
    assert driver.done == ["MainWindow"]
    title, question, accept = asked[0]
    assert title == "De database kan niet worden geopend"
    assert question.startswith(f"Het databasebestand {path} is beschadigd")
    assert f"de nieuwste goede back-up is van {info.when}." in question
    assert question.endswith("\n\nDie back-up terugzetten (2 vergaderingen)?")
    assert question.count(info.when) == 1  # said once, not twice
    assert accept == "Back-up &terugzetten"
    moved = path.with_name(path.name + ".damaged")
    assert moved.read_bytes() == damaged  # never overwritten
    assert told == [
        f"De back-up van {info.when} is teruggezet. Het beschadigde bestand is bewaard als "
        f"{moved.name}."
    ]
    again = open_database(path)
    assert len(meetings.list_meetings(again)) == 2
    again.close()
    assert errors == []


def test_a_damaged_encrypted_file_is_found_after_unlocking_and_restored(
    qapp, tmp_path, monkeypatch, errors
):
    path = tmp_path / "driehoek.sqlite3"
    db = make_database(path, PASSPHRASE, meetings_count=3)
    info = backups.make_backup(db, "manual")
    db.close()
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.seek(size // 2)
        handle.write(os.urandom(16))  # random damage in a page: its HMAC fails
    monkeypatch.setattr(dialogs, "confirm", lambda *args: True)
    monkeypatch.setattr(messages, "show_info", lambda *args: None)

    def unlock(dialog: UnlockDialog) -> None:
        """Type the passphrase."""
        dialog.screen.secret.setText(PASSPHRASE)
        dialog.screen.unlock_button.click()

    seen: list[str] = []
    driver = ModalDriver([(UnlockDialog, unlock), (MainWindow, close_main_window(seen))])
    assert gui_app.run_gui(path) == 0
    assert driver.done == ["UnlockDialog", "MainWindow"]
    assert path.with_name(path.name + ".damaged").exists()
    again = open_database(path, passphrase=PASSPHRASE)
    assert len(meetings.list_meetings(again)) == 3
    again.close()
    assert info.path.exists() and errors == []


def _newer(path):
    """Mark the database as made by a newer version of the app."""
    from driehoek_app.core.migrations import MIGRATIONS

    db = open_database(path)
    db.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES (?, '9999_uit_de_toekomst', '2030-01-01')",
        [MIGRATIONS.name],
    )
    db.close()


ODD_FILES = {
    "empty": (lambda path: path.write_bytes(b""), "is leeg"),
    "text": (lambda path: path.write_text("Notulen 12 maart\n"), "geen driehoek_app-database"),
    "random": (lambda path: path.write_bytes(os.urandom(8192)), "geen driehoek_app-database"),
    "read-only": (lambda path: os.chmod(path, 0o444), "alleen-lezen"),
}


@pytest.mark.parametrize("case", sorted(ODD_FILES))
def test_odd_files_are_refused_untouched_in_one_dutch_sentence(qapp, tmp_path, errors, case):
    path = tmp_path / "driehoek.sqlite3"
    make_database(path).close()
    spoil, words = ODD_FILES[case]
    spoil(path)
    before = path.read_bytes()
    try:
        assert gui_app.run_gui(path) == 1
        assert path.read_bytes() == before
    finally:
        os.chmod(path, 0o600)
    assert len(errors) == 1 and words in errors[0]
    assert errors[0].endswith(".") and "\n" not in errors[0]
    assert not path.with_name(path.name + ".damaged").exists()


def test_a_database_of_a_newer_version_offers_the_older_backup(qapp, tmp_path, monkeypatch, errors):
    path = tmp_path / "driehoek.sqlite3"
    db = make_database(path)
    info = backups.make_backup(db, "manual")
    db.close()
    _newer(path)
    before = path.read_bytes()
    asked = []
    monkeypatch.setattr(dialogs, "confirm", lambda p, title, question, a: asked.append(question))
    assert gui_app.run_gui(path) == 1  # the user declines: nothing changes
    assert path.read_bytes() == before
    assert "nieuwere versie" in asked[0] and info.when in asked[0]


def test_a_folder_given_as_the_database_is_refused_without_the_first_start_dialog(
    qapp, tmp_path, errors
):
    folder = tmp_path / "vergaderingen"
    folder.mkdir()
    assert gui_app.run_gui(folder) == 1  # no dialog to answer: no ModalDriver needed
    assert len(errors) == 1 and "map" in errors[0] and str(folder) in errors[0]
    assert list(folder.iterdir()) == []

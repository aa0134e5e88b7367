"""Back-ups en herstel as a user: the list, a backup now, a check, a restore; backups on close."""

import datetime as dt

import pytest
from dialog_checks import click, english_texts, nameless_widgets, show
from PySide6.QtCore import Qt
from safety_support import PASSPHRASE, add_meeting, make_database
from test_safety_lock import start_session

from driehoek_app.core import backups, meetings
from driehoek_app.core.health import check_database
from driehoek_app.gui import dialogs
from driehoek_app.gui.safety import backups_dialog, messages
from driehoek_app.gui.safety.backup_runner import BackupRunner
from driehoek_app.gui.safety.backups_dialog import BackupsDialog
from driehoek_app.gui.safety.session import OPEN


@pytest.fixture
def session(qtbot, tmp_path, settings_path):
    """A running session on an encrypted database with one meeting and its start backup."""
    running = start_session(qtbot, tmp_path / "driehoek.sqlite3", settings_path)
    yield running
    running.window.close()
    running.shutdown()


def test_the_dialog_lists_backups_makes_one_checks_and_opens_the_folder(
    qtbot, tmp_path, monkeypatch
):
    path = tmp_path / "driehoek.sqlite3"
    db = make_database(path, PASSPHRASE, meetings_count=2)
    first = backups.make_backup(db, "start")
    runner = BackupRunner()
    runner.attach(db)
    opened = []
    monkeypatch.setattr(backups_dialog, "open_folder", opened.append)
    dialog = show(qtbot, BackupsDialog(path, db.key, runner))
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    model = dialog.model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "Gemaakt op", "Grootte", "Vergaderingen", "Reden"
    ]  # fmt: skip
    row = [model.index(0, column).data() for column in range(4)]
    assert row[0] == first.when and row[2] == "2" and row[3] == "bij het starten"
    assert row[1].endswith(" kB") or row[1].endswith(" MB")
    assert dialog.location.text().startswith(f"De back-ups staan in {tmp_path / 'backups'}.")
    assert dialog.result.text() == "Aantal back-ups: 1; de nieuwste staat bovenaan."
    assert nameless_widgets(dialog) == []
    assert english_texts(dialog, {first.when, row[1], "bij het starten"}) == []

    click(qtbot, dialog.backup_button)
    qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=5000)
    qtbot.waitUntil(lambda: dialog.result.text().startswith("Back-up gemaakt: "))
    assert {model.index(row, 3).data() for row in range(2)} == {"bij het starten", "handmatig"}
    assert dialog.restore_button.isEnabled()

    click(qtbot, dialog.check_button)
    qtbot.waitUntil(lambda: dialog.result.text().startswith("De database is in orde"))
    click(qtbot, dialog.open_button)
    assert opened == [tmp_path / "backups"]
    db.close()


def test_restoring_from_the_dialog_reopens_the_restored_database(qtbot, session, monkeypatch):
    path, old_window = session.path, session.window
    start = session.runner.last
    add_meeting(session.db, "2026-12-10")  # made after the backup: the restore undoes it
    told, asked = [], []
    monkeypatch.setattr(messages, "show_info", lambda parent, title, text: told.append(text))
    monkeypatch.setattr(
        dialogs, "confirm", lambda parent, title, question, accept: asked.append(question) or True
    )

    def choose(parent, db_path, key, runner):
        """Open Back-ups en herstel, choose the start backup and press Terugzetten."""
        dialog = show(qtbot, BackupsDialog(db_path, key, runner, parent))
        qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
        dialog.table.selectRow(0)
        click(qtbot, dialog.restore_button)
        return dialog.chosen

    monkeypatch.setattr(backups_dialog, "choose_backup_to_restore", choose)
    session.window.safety_actions.backups.trigger()
    qtbot.waitUntil(lambda: session.state == OPEN and session.window is not old_window,
                    timeout=15000)  # fmt: skip
    assert asked[0].startswith(f"De back-up van {start.when} terugzetten?")
    assert len(meetings.list_meetings(session.db)) == 1
    safety = next(info for info in backups.list_backups(path, session.db.key)
                  if info.reason == "restore")  # fmt: skip
    assert safety.meetings == 2  # what was replaced is kept
    assert told == [
        f"De back-up van {start.when} is teruggezet. De database die is vervangen, is eerst "
        f"bewaard als back-up {safety.path.name}."
    ]
    report, _key = check_database(path, key=session.db.key)
    assert report.ok  # integrity and the search index agree with the data


def test_a_backup_is_made_on_close_only_after_a_change(qtbot, tmp_path, settings_path):
    path = tmp_path / "rustig.sqlite3"
    quiet = start_session(qtbot, path, settings_path)
    quiet.window.close()
    quiet.shutdown()
    assert [entry[2] for entry in backups.backup_entries(path)] == ["start"]

    busy = start_session(qtbot, path, settings_path)
    add_meeting(busy.db, "2026-12-10")
    busy.window.close()
    busy.shutdown()
    reasons = [entry[2] for entry in backups.backup_entries(path)]
    assert reasons.count("close") == 1 and reasons.count("start") == 2
    newest = backups.list_backups(path, None)[0]
    assert newest.encrypted and newest.meetings is None  # unreadable without the key


def test_the_interval_backup_waits_for_half_an_hour_a_change_and_a_pause(qtbot, session):
    runner = session.runner
    assert runner.backup_if_due() is None  # nothing changed
    add_meeting(session.db, "2026-12-10")
    assert runner.backup_if_due() is None  # not half an hour yet
    runner.schedule.last_time -= dt.timedelta(minutes=31)
    runner.idle_ms = lambda: 0  # the user is typing
    assert runner.backup_if_due() is None
    runner.idle_ms = lambda: 10_000
    assert runner.backup_if_due() is not None
    qtbot.waitUntil(lambda: not runner.busy() and runner.last.reason == "interval")
    status = session.window.statusBar().findChildren(type(session.window.database_label))
    texts = [label.text() for label in status]
    assert f"Back-ups in {session.path.parent / 'backups'}; laatste {runner.last.when}" in texts

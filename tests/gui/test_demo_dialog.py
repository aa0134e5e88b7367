"""Demogegevens laden from the Bestand menu: worker thread, progress, cancel, the demo mark."""

import pytest
from demo_data import copy_of, make_demo_file
from dialog_checks import capture_errors, english_texts, nameless_widgets
from PySide6.QtWidgets import QApplication, QProgressBar, QPushButton

from driehoek_app.core import bodies, meetings
from driehoek_app.core.demo import is_demo_database, real_meeting_count
from driehoek_app.gui import dialogs
from driehoek_app.gui.demo.dialog import DemoDialog
from driehoek_app.gui.main_window import MainWindow
from driehoek_app.gui.registers import modal
from driehoek_app.gui.settings import open_settings

WAIT_MS = 60_000


def open_window(qtbot, db, settings_path) -> MainWindow:
    """Show the main window on db."""
    window = MainWindow(db, open_settings(settings_path))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def file_action(window, text: str):
    """Return an entry of the Bestand menu by its Dutch text."""
    file_menu = window.menuBar().actions()[0].menu()
    return next(a for a in file_menu.actions() if a.text() == text)


def banners_shown(window) -> list[bool]:
    """Return whether the demo mark shows at the top and in the status bar."""
    top, bottom = window.demo_banners
    return [top.action.isVisible(), bottom.isVisible()]


def one_year(qtbot, seed: int = 7):
    """Return a modal.run replacement that asks for one year with the given seed."""

    def run(dialog) -> bool:
        """Fill in the demo dialog as a user does."""
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert nameless_widgets(dialog) == []
        assert english_texts(dialog) == []
        assert dialog.years.value() == 2 and dialog.seed.value() == 1
        dialog.years.setValue(1)
        dialog.seed.setValue(seed)
        dialog.close()
        return True

    return run


def test_demo_data_loads_on_a_worker_thread_and_is_marked_on_screen(
    qtbot, fresh_db, settings_path, monkeypatch
):
    window = open_window(qtbot, fresh_db, settings_path)
    assert banners_shown(window) == [False, False]
    monkeypatch.setattr(modal, "run", one_year(qtbot))
    file_action(window, "&Demogegevens laden…").trigger()
    run = window.demo_run
    steps = []
    run.worker.progressed.connect(lambda done, total: steps.append((done, total)))
    assert run.progress.isVisible() and run.progress.windowTitle() == "Demogegevens laden"
    qtbot.waitUntil(lambda: not run.running, timeout=WAIT_MS)

    assert is_demo_database(fresh_db)
    assert steps and steps[-1][0] == steps[-1][1]  # the bar reached the end
    assert banners_shown(window) == [True, True]
    assert window.demo_banners[1].text() == "Demogegevens – niet voor echte vergaderingen"
    assert "startgetal 7" in window.demo_banners[1].toolTip()
    message = window.statusBar().currentMessage()
    assert message.startswith("Demogegevens geladen: ")
    assert message.endswith(" ondermijningsbeelden.")
    assert not run.progress.isVisible()
    window.show_area("besluiten_acties")
    assert window.registers().decisions.model.rowCount() > 0
    assert window.meetings().list.model.rowCount() > 0

    errors = capture_errors(monkeypatch)
    file_action(window, "&Demogegevens laden…").trigger()  # a second time is refused
    assert errors == [
        "Deze database bevat al demogegevens; open een lege database om ze opnieuw te laden."
    ]


def test_cancel_keeps_nothing(qtbot, fresh_db, settings_path, monkeypatch):
    window = open_window(qtbot, fresh_db, settings_path)
    monkeypatch.setattr(modal, "run", one_year(qtbot))
    window.load_demo()
    run = window.demo_run
    cancel = run.progress.findChild(QPushButton)
    assert cancel.text() == "Annuleren"
    bar = run.progress.findChild(QProgressBar)
    bar.valueChanged.connect(lambda value: cancel.click())  # at the first meeting shown
    qtbot.waitUntil(lambda: not run.running, timeout=WAIT_MS)
    assert run.result is None
    assert run.progress.labelText() == "Bezig met stoppen; er blijft niets bewaard…"
    assert not is_demo_database(fresh_db)
    assert fresh_db.execute("SELECT count(*) FROM meetings").fetchone()[0] == 0
    assert banners_shown(window) == [False, False]


def test_real_meetings_are_only_joined_by_demo_data_when_confirmed(
    qtbot, fresh_db, settings_path, monkeypatch
):
    body = bodies.body_for_basisteam(fresh_db, "Hoorn")
    meetings.create_meeting(fresh_db, body.id, "2026-03-05", invite_members=False)
    window = open_window(qtbot, fresh_db, settings_path)
    questions = []

    def confirm(parent, title, question, accept_text) -> bool:
        """Answer the question, first no, then yes."""
        questions.append((title, question, accept_text))
        return len(questions) > 1

    monkeypatch.setattr(dialogs, "confirm", confirm)
    monkeypatch.setattr(modal, "run", lambda dialog: pytest.fail("no dialog after 'no'"))
    window.load_demo()
    assert window.demo_run is None
    assert questions[0][1].startswith("Deze database bevat 1 echte vergadering(en).")
    assert questions[0][2] == "&Toch toevoegen"

    monkeypatch.setattr(modal, "run", one_year(qtbot))
    window.load_demo()
    qtbot.waitUntil(lambda: not window.demo_run.running, timeout=WAIT_MS)
    assert is_demo_database(fresh_db) and real_meeting_count(fresh_db) == 1


def test_a_demo_database_shows_its_mark_from_the_start(qtbot, tmp_path, settings_path):
    db = copy_of(make_demo_file(tmp_path), tmp_path)
    window = open_window(qtbot, db, settings_path)
    assert banners_shown(window) == [True, True]
    banner = window.demo_banners[0]
    assert banner.font().bold() and banner.autoFillBackground()
    db.close()


def test_the_demo_dialog_is_dutch(qtbot):
    dialog = DemoDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Demogegevens laden"
    assert nameless_widgets(dialog) == [] and english_texts(dialog) == []
    assert QApplication.activeModalWidget() is None

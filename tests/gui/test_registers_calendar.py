"""Agenda-bestand (.ics) opslaan from the Bestand menu: the meeting at hand, or a body's year."""

import pytest
from demo_data import copy_of, make_demo_file
from dialog_checks import capture_errors, choose, english_texts, nameless_widgets

from driehoek_app.core import bodies
from driehoek_app.core.meetings import list_meetings
from driehoek_app.gui import dialogs
from driehoek_app.gui.main_window import MainWindow
from driehoek_app.gui.registers import modal
from driehoek_app.gui.settings import open_settings


@pytest.fixture
def window(qtbot, tmp_path, settings_path):
    """The main window on one year of fictional meetings."""
    db = copy_of(make_demo_file(tmp_path), tmp_path)
    main = MainWindow(db, open_settings(settings_path))
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.show()
    qtbot.waitExposed(main)
    yield main
    db.close()


def calendar_action(window):
    """Return the Bestand menu entry for calendar files."""
    file_menu = window.menuBar().actions()[0].menu()
    return next(a for a in file_menu.actions() if a.text().startswith("Agenda-bestand"))


def answering(qtbot, fill):
    """Return a modal.run replacement that shows the real dialog and lets fill() act."""

    def run(dialog) -> bool:
        """Show the dialog, check its names and Dutch, fill it in, accept."""
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert nameless_widgets(dialog) == [] and english_texts(dialog) == []
        fill(dialog)
        dialog.close()
        return True

    return run


def test_the_open_meeting_goes_into_a_calendar_file(qtbot, window, tmp_path, monkeypatch):
    hoorn = bodies.body_by_code(window.db, "HRN")
    meeting = list_meetings(window.db, hoorn.id)[0]
    window.open_at(meeting.id, 0)
    offered = []
    monkeypatch.setattr(modal, "run", answering(qtbot, lambda d: offered.append(d.one.isChecked())))
    names = []

    def ask_save_file(parent, title, suggested):
        """Accept the suggested name in tmp_path."""
        names.append((title, suggested))
        return tmp_path / suggested

    monkeypatch.setattr(dialogs, "ask_save_file", ask_save_file)
    calendar_action(window).trigger()
    assert offered == [True]  # the meeting at hand is the first choice
    assert names == [("Agenda-bestand opslaan", f"HRN-{meeting.date}.ics")]
    text = (tmp_path / f"HRN-{meeting.date}.ics").read_bytes().decode("utf-8")
    assert text.startswith("BEGIN:VCALENDAR\r\n") and text.count("BEGIN:VEVENT") == 1
    assert "SUMMARY:DEMO (fictief) - " in text
    assert window.statusBar().currentMessage().startswith("Opgeslagen als ")


def test_a_body_year_goes_into_one_file(qtbot, window, tmp_path, monkeypatch):
    hoorn = bodies.body_by_code(window.db, "HRN")
    year = list_meetings(window.db, hoorn.id)[0].date[:4]

    def whole_year(dialog) -> None:
        """Choose Hoorn's whole year."""
        dialog.year_choice.setChecked(True)
        choose(qtbot, dialog.body, "Basisteamdriehoek Hoorn (HRN)")
        dialog.year.setValue(int(year))

    monkeypatch.setattr(modal, "run", answering(qtbot, whole_year))
    monkeypatch.setattr(dialogs, "ask_save_file", lambda parent, title, name: tmp_path / "hoorn")
    calendar_action(window).trigger()
    text = (tmp_path / "hoorn.ics").read_text(encoding="utf-8")
    count = sum(1 for m in list_meetings(window.db, hoorn.id) if m.date.startswith(year))
    assert text.count("BEGIN:VEVENT") == count > 10


def test_a_year_without_meetings_is_refused_in_dutch(qtbot, window, monkeypatch):
    window.show_area("naslag")  # no meeting at hand: only the body's year can be chosen

    def empty_year(dialog) -> None:
        """Choose a year long ago."""
        assert not dialog.one.isEnabled() and dialog.year_choice.isChecked()
        dialog.year.setValue(2001)

    monkeypatch.setattr(modal, "run", answering(qtbot, empty_year))
    monkeypatch.setattr(dialogs, "ask_save_file", lambda *args: pytest.fail("nothing to save"))
    errors = capture_errors(monkeypatch)
    calendar_action(window).trigger()
    assert len(errors) == 1 and errors[0].endswith(
        "heeft geen vergaderingen in 2001; er is niets te zetten."
    )

"""The new-meeting and meeting-properties dialogs, driven by keyboard and mouse."""

import pytest
from dialog_checks import (
    body_texts,
    capture_errors,
    choose,
    click,
    english_texts,
    haarlem,
    nameless_widgets,
    show,
    tab_chain,
    type_date,
    type_text,
    type_time,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from driehoek_app.core import agenda, agenda_templates, approval, attendance, bodies, meetings
from driehoek_app.gui.meetings.dialogs import meeting_properties, new_meeting
from driehoek_app.gui.meetings.dialogs.common import ok_button
from driehoek_app.gui.meetings.dialogs.meeting_properties import MeetingPropertiesDialog
from driehoek_app.gui.meetings.dialogs.new_meeting import NewMeetingDialog

DATA = {"Standaard driehoekagenda", "Stadhuis"}
NAMES = {"A. de Vries", "E. Visser", "mr. B. Jansen", "C. Bakker", "D. Smit"}


def test_new_meeting_is_created_from_typed_values_with_the_standard_agenda(qtbot, fresh_db):
    people = haarlem(fresh_db)
    dialog = show(qtbot, NewMeetingDialog(fresh_db, people.body_id))
    assert dialog.form.body.currentText() == "Basisteamdriehoek Haarlem"
    assert dialog.form.classification.currentText() == "vertrouwelijk"
    assert dialog.template.currentText() == "Standaard driehoekagenda"
    assert dialog.form.chair.currentText() == "A. de Vries (burgemeester)"
    type_date(qtbot, dialog.form.date, "11022027")
    type_time(qtbot, dialog.form.start, "1330")
    type_time(qtbot, dialog.form.end, "1430")
    assert dialog.template_items.text() == (
        "10 agendapunten, 90 minuten gepland: meer dan de 60 minuten van de vergadering."
    )
    type_time(qtbot, dialog.form.end, "1500")
    assert dialog.template_items.text() == "10 agendapunten, 90 minuten gepland."
    type_text(qtbot, dialog.form.location, "Raadhuis Zandvoort, kamer 1")
    choose(qtbot, dialog.form.classification, "intern")
    choose(qtbot, dialog.form.chair, "E. Visser (burgemeester)")
    qtbot.keyClick(dialog.form.location, Qt.Key.Key_Return)  # Enter accepts
    assert dialog.result() == QDialog.DialogCode.Accepted
    meeting = meetings.get_meeting(fresh_db, dialog.meeting_id)
    assert (meeting.date, meeting.start_time, meeting.end_time) == ("2027-02-11", "13:30", "15:00")
    assert meeting.location == "Raadhuis Zandvoort, kamer 1"
    assert meeting.classification == "intern"
    assert meeting.chair_id == people.other_mayor_id
    standard = agenda_templates.default_template(fresh_db)
    titles = [item.title for item in agenda.list_items(fresh_db, meeting.id)]
    assert titles == [item.title for item in standard.items]
    invited = [a.person.name for a in attendance.list_attendance(fresh_db, meeting.id)]
    assert invited == ["A. de Vries", "E. Visser", "mr. B. Jansen", "C. Bakker", "D. Smit"]


def test_new_meeting_without_template_starts_with_an_empty_agenda(qtbot, fresh_db):
    people = haarlem(fresh_db)
    dialog = show(qtbot, NewMeetingDialog(fresh_db, None))
    assert QApplication.focusWidget() is dialog.form.body
    choose(qtbot, dialog.form.body, "Basisteamdriehoek Haarlem")
    choose(qtbot, dialog.template, "(lege agenda)")
    assert dialog.template_items.text() == "De agenda begint leeg."
    click(qtbot, ok_button(dialog.buttons))
    assert agenda.list_items(fresh_db, dialog.meeting_id) == []
    assert meetings.get_meeting(fresh_db, dialog.meeting_id).body_id == people.body_id


def test_new_meeting_takes_over_times_and_place_of_the_last_meeting(qtbot, fresh_db):
    people = haarlem(fresh_db)
    meetings.update_meeting(fresh_db, people.next_meeting_id, start_time="13:00", end_time="15:00")
    dialog = show(qtbot, NewMeetingDialog(fresh_db, people.body_id))
    assert dialog.form.values().start_time == "13:00"
    assert dialog.form.values().end_time == "15:00"
    assert dialog.form.location.text() == "Stadhuis"


def test_end_before_start_is_refused_in_dutch_and_nothing_is_saved(qtbot, fresh_db, monkeypatch):
    people = haarlem(fresh_db)
    errors = capture_errors(monkeypatch)
    before = len(meetings.list_meetings(fresh_db))
    dialog = show(qtbot, NewMeetingDialog(fresh_db, people.body_id))
    type_time(qtbot, dialog.form.start, "1100")
    type_time(qtbot, dialog.form.end, "1030")
    click(qtbot, ok_button(dialog.buttons))
    assert errors == ["De eindtijd moet na de begintijd liggen."]
    assert dialog.isVisible() and dialog.meeting_id is None
    assert QApplication.focusWidget() in (dialog.form.end, *dialog.form.end.children())
    assert len(meetings.list_meetings(fresh_db)) == before


def test_a_second_meeting_at_the_same_moment_needs_an_explicit_yes(qtbot, fresh_db, monkeypatch):
    people = haarlem(fresh_db)  # Haarlem meets on 3 December 2026 at 09:00
    before = len(meetings.list_meetings(fresh_db))
    questions, answers = [], [False, True]

    def confirm(_parent, title, question, accept_text):
        """Record the warning; answer Annuleren first, then 'Toch aanmaken'."""
        questions.append((title, question, accept_text))
        return answers.pop(0)

    monkeypatch.setattr("driehoek_app.gui.dialogs.confirm", confirm)
    dialog = show(qtbot, NewMeetingDialog(fresh_db, people.body_id))
    type_date(qtbot, dialog.form.date, "03122026")
    type_time(qtbot, dialog.form.start, "0900")
    click(qtbot, ok_button(dialog.buttons))
    assert questions == [(
        "Vergadering bestaat al",
        "Basisteamdriehoek Haarlem heeft al een vergadering op donderdag 3 december 2026 om "
        "09:00. Toch een tweede vergadering op hetzelfde moment aanmaken? Kies Annuleren om de "
        "datum of de tijd te wijzigen.",
        "Toch &aanmaken",
    )]  # fmt: skip
    assert dialog.isVisible() and dialog.meeting_id is None
    assert len(meetings.list_meetings(fresh_db)) == before
    click(qtbot, ok_button(dialog.buttons))
    assert dialog.meeting_id is not None
    assert len(meetings.list_meetings(fresh_db)) == before + 1


def test_another_start_time_on_the_same_day_is_no_duplicate(qtbot, fresh_db, monkeypatch):
    people = haarlem(fresh_db)
    errors = capture_errors(monkeypatch)
    monkeypatch.setattr("driehoek_app.gui.dialogs.confirm", lambda *args: pytest.fail(args[2]))
    dialog = show(qtbot, NewMeetingDialog(fresh_db, people.body_id))
    type_date(qtbot, dialog.form.date, "03122026")
    type_time(qtbot, dialog.form.start, "1300")
    type_time(qtbot, dialog.form.end, "1430")
    click(qtbot, ok_button(dialog.buttons))
    assert errors == [] and dialog.meeting_id is not None


def test_moving_a_meeting_onto_another_one_warns_too(qtbot, fresh_db, monkeypatch):
    people = haarlem(fresh_db)
    questions = []
    monkeypatch.setattr(
        "driehoek_app.gui.dialogs.confirm", lambda *args: questions.append(args[2]) or False
    )
    dialog = show(qtbot, MeetingPropertiesDialog(fresh_db, people.next_meeting_id))
    click(qtbot, ok_button(dialog.buttons))  # its own date and time: no warning
    assert questions == [] and not dialog.isVisible()
    dialog = show(qtbot, MeetingPropertiesDialog(fresh_db, people.next_meeting_id))
    type_date(qtbot, dialog.form.date, "03122026")
    click(qtbot, ok_button(dialog.buttons))
    assert len(questions) == 1 and dialog.isVisible()
    assert meetings.get_meeting(fresh_db, people.next_meeting_id).date == "2027-01-14"


def test_new_meeting_without_any_body_asks_for_one(qtbot, fresh_db, monkeypatch):
    errors = capture_errors(monkeypatch)
    dialog = show(qtbot, NewMeetingDialog(fresh_db, None))
    dialog.form.body.setCurrentIndex(-1)
    click(qtbot, ok_button(dialog.buttons))
    assert errors == ["Kies het overleg dat vergadert."]
    assert meetings.list_meetings(fresh_db) == []


def test_escape_cancels_and_the_entry_point_returns_none(qtbot, fresh_db, monkeypatch):
    haarlem(fresh_db)
    dialog = show(qtbot, NewMeetingDialog(fresh_db, None))
    qtbot.keyClick(dialog.form.location, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    monkeypatch.setattr(NewMeetingDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert new_meeting.ask_new_meeting(None, fresh_db, None) is None


def test_new_meeting_dialog_is_dutch_named_and_in_tab_order(qtbot, fresh_db):
    people = haarlem(fresh_db)
    dialog = show(qtbot, NewMeetingDialog(fresh_db, people.body_id))
    assert nameless_widgets(dialog) == []
    assert english_texts(dialog, DATA | NAMES | body_texts(fresh_db)) == []
    assert QApplication.focusWidget() in (dialog.form.date, *dialog.form.date.children())
    assert tab_chain(qtbot, dialog.form.body, 7) == [
        "Datum van de vergadering", "Begintijd", "Eindtijd", "Locatie", "Rubricering",
        "Voorzitter", "Agendasjabloon",
    ]  # fmt: skip
    assert ok_button(dialog.buttons).text() == "Vergadering aan&maken"
    assert "Annuleren" in [b.text() for b in dialog.buttons.buttons()]


def test_properties_dialog_changes_a_concept_meeting(qtbot, fresh_db):
    people = haarlem(fresh_db)
    dialog = show(qtbot, MeetingPropertiesDialog(fresh_db, people.next_meeting_id))
    assert dialog.form.body_name.text() == "Basisteamdriehoek Haarlem"
    assert dialog.form.location.text() == "Stadhuis"
    assert QApplication.focusWidget() in (dialog.form.date, *dialog.form.date.children())
    type_date(qtbot, dialog.form.date, "21012027")
    type_time(qtbot, dialog.form.end, "1100")
    type_text(qtbot, dialog.form.location, "Politiebureau Haarlem")
    choose(qtbot, dialog.form.classification, "openbaar")
    choose(qtbot, dialog.form.chair, "(geen voorzitter)")
    click(qtbot, ok_button(dialog.buttons))
    meeting = meetings.get_meeting(fresh_db, people.next_meeting_id)
    assert (meeting.date, meeting.end_time, meeting.location) == (
        "2027-01-21",
        "11:00",
        "Politiebureau Haarlem",
    )
    assert (meeting.classification, meeting.chair_id) == ("openbaar", None)
    assert nameless_widgets(dialog) == []


def test_properties_refuse_end_before_start(qtbot, fresh_db, monkeypatch):
    people = haarlem(fresh_db)
    errors = capture_errors(monkeypatch)
    dialog = show(qtbot, MeetingPropertiesDialog(fresh_db, people.first_meeting_id))
    type_time(qtbot, dialog.form.end, "0800")
    click(qtbot, ok_button(dialog.buttons))
    assert errors == ["De eindtijd moet na de begintijd liggen."]
    assert meetings.get_meeting(fresh_db, people.first_meeting_id).end_time == "10:30"


def test_properties_of_an_approved_meeting_are_not_opened(qtbot, fresh_db, monkeypatch):
    people = haarlem(fresh_db)
    approval.approve_meeting(fresh_db, people.first_meeting_id, "2027-01-14")
    errors = capture_errors(monkeypatch)
    opened = []
    monkeypatch.setattr(MeetingPropertiesDialog, "exec", lambda self: opened.append(self))
    assert not meeting_properties.edit_meeting_properties(None, fresh_db, people.first_meeting_id)
    assert opened == []
    assert errors == ["Deze vergadering is vastgesteld; start een correctie om haar te wijzigen."]


def test_chair_list_offers_members_first_then_other_people(qtbot, fresh_db):
    people = haarlem(fresh_db)
    rbop = bodies.create_body(fresh_db, "RBOP Noord-Holland", "RBOP", "rbop")
    dialog = show(qtbot, NewMeetingDialog(fresh_db, rbop.id))
    chair = dialog.form.chair
    texts = [chair.itemText(i) for i in range(chair.count())]
    assert texts[0] == "(geen voorzitter)"
    assert "A. de Vries, Gemeente Haarlem" in texts
    assert chair.currentData() == 0  # no members: no chair proposed
    assert people.mayor_id in [chair.itemData(i) for i in range(chair.count())]

"""The attendance panel: statuses by keyboard and mouse, guests, saved at once."""

from dialog_checks import (
    capture_errors,
    choose,
    click,
    english_texts,
    haarlem,
    nameless_widgets,
    show,
)
from PySide6.QtCore import Qt

from driehoek_app.core import approval, attendance, people
from driehoek_app.gui.meetings.dialogs import guest_dialog
from driehoek_app.gui.meetings.dialogs.attendance import AttendancePanel
from driehoek_app.gui.meetings.dialogs.common import ok_button

NAMES = {"A. de Vries", "E. Visser", "mr. B. Jansen", "C. Bakker", "D. Smit"}
ORGANISATIONS = {"Gemeente Haarlem", "Gemeente Zandvoort", "Openbaar Ministerie",
                 "Politie Noord-Holland"}  # fmt: skip


def _statuses(db, meeting_id: int) -> dict[str, str]:
    """Return name -> attendance status as core stores it."""
    return {a.person.name: a.status for a in attendance.list_attendance(db, meeting_id)}


def test_invited_members_are_listed_present(qtbot, fresh_db):
    data = haarlem(fresh_db)
    panel = show(qtbot, AttendancePanel(fresh_db, data.first_meeting_id))
    rows = [(a.person.name, a.status) for a in panel.table.rows_model().rows]
    order = ["A. de Vries", "E. Visser", "mr. B. Jansen", "C. Bakker", "D. Smit"]
    assert rows == [(name, "aanwezig") for name in order]
    assert panel.summary.text() == "5 aanwezig, 0 afwezig met kennisgeving, 0 afwezig"
    assert panel.status_buttons["aanwezig"].isChecked()
    assert nameless_widgets(panel) == []
    assert english_texts(panel, NAMES | ORGANISATIONS) == []


def test_keys_1_2_3_set_the_status_and_it_is_saved_at_once(qtbot, fresh_db):
    data = haarlem(fresh_db)
    panel = show(qtbot, AttendancePanel(fresh_db, data.first_meeting_id))
    changes = []
    panel.changed.connect(lambda: changes.append(True))
    panel.table.setFocus()
    qtbot.waitUntil(panel.table.hasFocus)
    qtbot.keyClick(panel.table, Qt.Key.Key_Down)  # E. Visser
    qtbot.keyClick(panel.table, Qt.Key.Key_2)
    qtbot.keyClick(panel.table, Qt.Key.Key_Down)  # mr. B. Jansen
    qtbot.keyClick(panel.table, Qt.Key.Key_3)
    statuses = _statuses(fresh_db, data.first_meeting_id)
    assert statuses["E. Visser"] == "afwezig met kennisgeving"
    assert statuses["mr. B. Jansen"] == "afwezig"
    assert len(changes) == 2
    assert panel.table.current_row().person.name == "mr. B. Jansen"
    assert panel.status_buttons["afwezig"].isChecked()
    assert panel.summary.text() == "3 aanwezig, 1 afwezig met kennisgeving, 1 afwezig"
    qtbot.keyClick(panel.table, Qt.Key.Key_1)
    assert _statuses(fresh_db, data.first_meeting_id)["mr. B. Jansen"] == "aanwezig"


def test_the_status_buttons_work_with_the_mouse(qtbot, fresh_db):
    data = haarlem(fresh_db)
    panel = show(qtbot, AttendancePanel(fresh_db, data.first_meeting_id))
    panel.table.select_row(4)  # D. Smit
    click(qtbot, panel.status_buttons["afwezig met kennisgeving"])
    assert _statuses(fresh_db, data.first_meeting_id)["D. Smit"] == "afwezig met kennisgeving"
    assert panel.status_buttons["afwezig met kennisgeving"].isChecked()
    assert not panel.status_buttons["aanwezig"].isChecked()


def test_a_guest_is_added_for_this_meeting_only(qtbot, fresh_db, monkeypatch):
    data = haarlem(fresh_db)
    guest = people.create_person(fresh_db, "F. de Boer", "gast", "RIEC Noord-Holland")
    panel = show(qtbot, AttendancePanel(fresh_db, data.first_meeting_id))
    asked = []

    def pick(parent, db, title, exclude):
        """Stand in for the picker: remember the question, choose F. de Boer as guest."""
        asked.append((title, len(set(exclude))))
        return guest.id, "gast"

    monkeypatch.setattr(guest_dialog, "pick_attendee", pick)
    click(qtbot, panel.add_guest)
    assert asked == [("Gast toevoegen aan de vergadering van Basisteamdriehoek Haarlem", 5)]
    last = attendance.list_attendance(fresh_db, data.first_meeting_id)[-1]
    assert (last.person.name, last.role, last.status) == ("F. de Boer", "gast", "aanwezig")
    assert attendance.list_attendance(fresh_db, data.next_meeting_id)[-1].person.name == "D. Smit"
    assert panel.table.current_row().person.name == "F. de Boer"
    click(qtbot, panel.remove)
    assert "F. de Boer" not in _statuses(fresh_db, data.first_meeting_id)


def test_invite_members_puts_missing_members_back(qtbot, fresh_db):
    data = haarlem(fresh_db)
    attendance.remove_attendee(fresh_db, data.first_meeting_id, data.chief_id)
    panel = show(qtbot, AttendancePanel(fresh_db, data.first_meeting_id))
    assert "C. Bakker" not in [a.person.name for a in panel.table.rows_model().rows]
    click(qtbot, panel.invite)
    assert "C. Bakker" in _statuses(fresh_db, data.first_meeting_id)
    assert "C. Bakker" in [a.person.name for a in panel.table.rows_model().rows]


def test_read_only_panel_changes_nothing(qtbot, fresh_db, monkeypatch):
    data = haarlem(fresh_db)
    approval.approve_meeting(fresh_db, data.first_meeting_id, "2027-01-14")
    errors = capture_errors(monkeypatch)
    panel = show(qtbot, AttendancePanel(fresh_db, data.first_meeting_id))
    panel.set_read_only(True)
    for widget in (*panel.status_buttons.values(), panel.invite, panel.add_guest, panel.remove):
        assert not widget.isEnabled()
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_3)
    assert _statuses(fresh_db, data.first_meeting_id)["A. de Vries"] == "aanwezig"
    assert errors == []


def test_an_approved_meeting_refuses_changes_in_dutch(qtbot, fresh_db, monkeypatch):
    data = haarlem(fresh_db)
    panel = show(qtbot, AttendancePanel(fresh_db, data.first_meeting_id))
    approval.approve_meeting(fresh_db, data.first_meeting_id, "2027-01-14")
    errors = capture_errors(monkeypatch)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_3)
    assert errors and "is vastgesteld" in errors[0]
    assert _statuses(fresh_db, data.first_meeting_id)["A. de Vries"] == "aanwezig"
    assert panel.table.current_row().status == "aanwezig"


def test_a_mayor_added_from_outside_keeps_her_role(qtbot, fresh_db, monkeypatch):
    data = haarlem(fresh_db)
    people.create_person(fresh_db, "G. Mulder", "burgemeester", "Gemeente Bloemendaal")
    panel = show(qtbot, AttendancePanel(fresh_db, data.first_meeting_id))
    seen = {}

    def pick_in_the_real_dialog(parent, db, title, exclude):
        """Type the name in the real dialog, look at the proposed role, press Enter."""
        dialog = show(qtbot, guest_dialog.GuestDialog(db, title, exclude, parent))
        qtbot.keyClicks(dialog.search, "Mulder")
        seen["role"] = dialog.role.currentText()
        qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
        return (dialog.person_id, dialog.role_value) if dialog.result() else None

    monkeypatch.setattr(guest_dialog, "pick_attendee", pick_in_the_real_dialog)
    click(qtbot, panel.add_guest)
    assert seen["role"] == "burgemeester"
    last = attendance.list_attendance(fresh_db, data.first_meeting_id)[-1]
    assert (last.person.name, last.role) == ("G. Mulder", "burgemeester")
    assert panel.role.currentText() == "burgemeester"


def test_the_role_is_chosen_when_adding_and_changed_in_the_list(qtbot, fresh_db, monkeypatch):
    data = haarlem(fresh_db)
    people.create_person(fresh_db, "F. de Boer", "gast", "RIEC Noord-Holland")
    panel = show(qtbot, AttendancePanel(fresh_db, data.first_meeting_id))

    def pick_in_the_real_dialog(parent, db, title, exclude):
        """Search F. de Boer, choose the role 'teamchef' with the keyboard, press OK."""
        dialog = show(qtbot, guest_dialog.GuestDialog(db, title, exclude, parent))
        qtbot.keyClicks(dialog.search, "Boer")
        choose(qtbot, dialog.role, "teamchef")
        click(qtbot, ok_button(dialog.buttons))
        return dialog.person_id, dialog.role_value

    monkeypatch.setattr(guest_dialog, "pick_attendee", pick_in_the_real_dialog)
    click(qtbot, panel.add_guest)
    roles = {
        a.person.name: a.role for a in attendance.list_attendance(fresh_db, data.first_meeting_id)
    }
    assert roles["F. de Boer"] == "teamchef"
    # later: she came as a guest after all; the role is changed in the list
    changes = []
    panel.changed.connect(lambda: changes.append(True))
    assert panel.table.current_row().person.name == "F. de Boer"
    choose(qtbot, panel.role, "gast")
    roles = {
        a.person.name: a.role for a in attendance.list_attendance(fresh_db, data.first_meeting_id)
    }
    assert roles["F. de Boer"] == "gast" and changes  # saved at once, no button
    assert panel.table.current_row().role == "gast"
    panel.table.select_row(0)  # A. de Vries
    assert panel.role.currentText() == "burgemeester"

"""Copying or moving an agenda item from another meeting into this one."""

from dialog_checks import (
    body_texts,
    capture_errors,
    choose,
    click,
    english_texts,
    haarlem,
    nameless_widgets,
    show,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from driehoek_app.core import agenda, approval, attachments, bodies, decisions, meetings
from driehoek_app.gui.meetings.dialogs.common import ok_button
from driehoek_app.gui.meetings.dialogs.copy_item import CopyItemDialog


def _titles(db, meeting_id: int) -> list[str]:
    """Return the agenda titles of a meeting in order."""
    return [item.title for item in agenda.list_items(db, meeting_id)]


def test_copy_an_item_with_its_attachment_from_the_previous_meeting(qtbot, fresh_db):
    data = haarlem(fresh_db)
    source = agenda.add_item(fresh_db, data.first_meeting_id, "Woninginbraken Zandvoort",
                             planned_minutes=10, minutes="Alleen hier.")  # fmt: skip
    attachments.add_attachment(fresh_db, source.id, "cijfers.xlsx", b"PK\x03\x04cijfers")
    dialog = show(qtbot, CopyItemDialog(fresh_db, data.next_meeting_id))
    assert dialog.body.currentText() == "Basisteamdriehoek Haarlem"
    assert (
        dialog.source.currentText() == "donderdag 3 december 2026, 09:00 (concept, vertrouwelijk)"
    )
    assert QApplication.focusWidget() is dialog.source
    dialog.items.setFocus()
    qtbot.keyClick(dialog.items, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert dialog.items.current_row().title == "Woninginbraken Zandvoort"
    qtbot.keyClick(dialog.items, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    copy = agenda.get_item(fresh_db, dialog.item_id)
    assert (copy.meeting_id, copy.title, copy.planned_minutes, copy.minutes) == (
        data.next_meeting_id, "Woninginbraken Zandvoort", 10, ""
    )  # fmt: skip
    assert _titles(fresh_db, data.first_meeting_id)[-1] == "Woninginbraken Zandvoort"  # stays
    copied = attachments.list_attachments(fresh_db, copy.id)
    assert attachments.read_attachment(fresh_db, copied[0].id) == b"PK\x03\x04cijfers"
    assert nameless_widgets(dialog) == []


def test_move_an_item_between_concept_meetings_of_the_same_body(qtbot, fresh_db):
    data = haarlem(fresh_db)
    agenda.add_item(fresh_db, data.first_meeting_id, "Evaluatie jaarwisseling")
    dialog = show(qtbot, CopyItemDialog(fresh_db, data.next_meeting_id))
    assert dialog.move_mode.isEnabled() and not dialog.move_note.isVisible()
    dialog.items.select_where(lambda item: item.title == "Evaluatie jaarwisseling")
    click(qtbot, dialog.move_mode)
    click(qtbot, ok_button(dialog.buttons))
    assert "Evaluatie jaarwisseling" not in _titles(fresh_db, data.first_meeting_id)
    assert _titles(fresh_db, data.next_meeting_id)[-1] == "Evaluatie jaarwisseling"


def test_an_item_with_decisions_cannot_be_moved(qtbot, fresh_db, monkeypatch):
    data = haarlem(fresh_db)
    item = agenda.add_item(fresh_db, data.first_meeting_id, "Cameratoezicht")
    decisions.add_decision(fresh_db, item.id, "Cameratoezicht wordt verlengd.")
    errors = capture_errors(monkeypatch)
    dialog = show(qtbot, CopyItemDialog(fresh_db, data.next_meeting_id))
    dialog.items.select_where(lambda row: row.title == "Cameratoezicht")
    click(qtbot, dialog.move_mode)
    click(qtbot, ok_button(dialog.buttons))
    assert errors == ["Dit agendapunt heeft al besluiten en blijft bij zijn vergadering; "
                      "kopieer het in plaats van het te verplaatsen."]  # fmt: skip
    assert "Cameratoezicht" in _titles(fresh_db, data.first_meeting_id)
    assert dialog.isVisible()


def test_from_another_body_or_an_approved_meeting_only_copying(qtbot, fresh_db):
    data = haarlem(fresh_db)
    approval.approve_meeting(fresh_db, data.first_meeting_id, "2027-01-14")
    rbop = bodies.create_body(fresh_db, "RBOP Noord-Holland", "RBOP", "rbop")
    other = meetings.create_meeting(fresh_db, rbop.id, "2026-11-20", "14:00", "16:00")
    agenda.add_item(fresh_db, other.id, "Veiligheidsagenda 2027", planned_minutes=30)
    dialog = show(qtbot, CopyItemDialog(fresh_db, data.next_meeting_id))
    assert not dialog.move_mode.isEnabled() and dialog.move_note.isVisible()
    assert dialog.move_note.text() == (
        "Verplaatsen kan alleen tussen conceptvergaderingen van hetzelfde overleg."
    )
    choose(qtbot, dialog.body, "RBOP Noord-Holland")
    assert dialog.source.currentText() == "vrijdag 20 november 2026, 14:00 (concept, vertrouwelijk)"
    assert [item.title for item in dialog.items.rows_model().rows] == ["Veiligheidsagenda 2027"]
    assert not dialog.move_mode.isEnabled()
    click(qtbot, ok_button(dialog.buttons))
    assert _titles(fresh_db, data.next_meeting_id)[-1] == "Veiligheidsagenda 2027"
    assert _titles(fresh_db, other.id) == ["Veiligheidsagenda 2027"]
    data_texts = body_texts(fresh_db) | {"Veiligheidsagenda 2027"}
    assert english_texts(dialog, data_texts) == []


def test_a_body_without_other_meetings_offers_nothing(qtbot, fresh_db):
    data = haarlem(fresh_db)
    dialog = show(qtbot, CopyItemDialog(fresh_db, data.next_meeting_id))
    choose(qtbot, dialog.body, "Basisteamdriehoek Alkmaar")
    assert dialog.source.count() == 0
    assert dialog.items.model().rowCount() == 0
    assert not ok_button(dialog.buttons).isEnabled()

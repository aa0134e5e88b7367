"""Vaststellen, corrections as new versions, and reading earlier versions."""

from dialog_checks import (
    capture_errors,
    choose,
    click,
    english_texts,
    haarlem,
    nameless_widgets,
    show,
    type_chars,
    type_date,
    type_text,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from driehoek_app.core import agenda, approval, decisions, meetings
from driehoek_app.gui.meetings.dialogs import approval as approval_dialogs
from driehoek_app.gui.meetings.dialogs.approval import ApproveDialog, CorrectionDialog
from driehoek_app.gui.meetings.dialogs.common import ok_button
from driehoek_app.gui.meetings.dialogs.versions import VersionsDialog


def _minutes(db, meeting_id: int) -> int:
    """Write minutes and a decision on the Ondermijning item; return the item id."""
    item = next(i for i in agenda.list_items(db, meeting_id) if i.title == "Ondermijning")
    agenda.update_item(db, item.id, minutes="Het beeld is besproken.\nRIEC <analyse> & plan.")
    decisions.add_decision(db, item.id, "De driehoek stemt in met het plan van aanpak.")
    return item.id


def test_approve_proposes_the_next_meeting_and_its_date(qtbot, fresh_db):
    data = haarlem(fresh_db)
    _minutes(fresh_db, data.first_meeting_id)
    dialog = show(qtbot, ApproveDialog(fresh_db, data.first_meeting_id))
    assert dialog.approved_in.currentText() == "donderdag 14 januari 2027, 09:00"
    assert dialog.approved_on.date().toString("yyyy-MM-dd") == "2027-01-14"
    assert QApplication.focusWidget() is dialog.approved_in
    assert nameless_widgets(dialog) == []
    title = "Basisteamdriehoek Haarlem, 3 december 2026"
    assert english_texts(dialog, {title}) == []
    qtbot.keyClick(dialog.approved_in, Qt.Key.Key_Return)  # Enter accepts
    meeting = meetings.get_meeting(fresh_db, data.first_meeting_id)
    assert meeting.status == "vastgesteld"
    assert (meeting.approved_on, meeting.approved_in_meeting_id) == (
        "2027-01-14", data.next_meeting_id
    )  # fmt: skip
    assert [v.version for v in approval.list_versions(fresh_db, data.first_meeting_id)] == [1]


def test_approval_outside_a_meeting_on_a_typed_date(qtbot, fresh_db):
    data = haarlem(fresh_db)
    dialog = show(qtbot, ApproveDialog(fresh_db, data.first_meeting_id))
    choose(qtbot, dialog.approved_in, "(niet in een vergadering)")
    type_date(qtbot, dialog.approved_on, "20122026")
    click(qtbot, ok_button(dialog.buttons))
    meeting = meetings.get_meeting(fresh_db, data.first_meeting_id)
    assert (meeting.approved_on, meeting.approved_in_meeting_id) == ("2026-12-20", None)


def test_approval_with_an_empty_decision_is_refused_in_dutch(qtbot, fresh_db, monkeypatch):
    data = haarlem(fresh_db)
    item = agenda.list_items(fresh_db, data.first_meeting_id)[0]
    decision = decisions.add_decision(fresh_db, item.id, "")
    errors = capture_errors(monkeypatch)
    dialog = show(qtbot, ApproveDialog(fresh_db, data.first_meeting_id))
    click(qtbot, ok_button(dialog.buttons))
    assert errors == [f"Besluit {decision.number} heeft nog geen tekst; vul het aan of "
                      "verwijder het."]  # fmt: skip
    assert dialog.isVisible()
    assert meetings.get_meeting(fresh_db, data.first_meeting_id).status == "concept"


def test_a_correction_needs_a_reason_and_makes_a_new_version(qtbot, fresh_db, monkeypatch):
    data = haarlem(fresh_db)
    _minutes(fresh_db, data.first_meeting_id)
    approval.approve_meeting(fresh_db, data.first_meeting_id, "2027-01-14", data.next_meeting_id)
    errors = capture_errors(monkeypatch)
    dialog = show(qtbot, CorrectionDialog(fresh_db, data.first_meeting_id))
    assert QApplication.focusWidget() is dialog.reason
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    type_text(qtbot, dialog.reason, "   ")
    click(qtbot, ok_button(dialog.buttons))
    assert errors == ["Vul de reden van de correctie in."] * 2
    assert meetings.get_meeting(fresh_db, data.first_meeting_id).status == "vastgesteld"
    type_chars(qtbot, dialog.reason, "Besluittekst verbeterd na opmerking van de burgemeester")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    meeting = meetings.get_meeting(fresh_db, data.first_meeting_id)
    assert (meeting.status, meeting.version) == ("concept", 2)
    assert meeting.correction_reason == "Besluittekst verbeterd na opmerking van de burgemeester"
    assert nameless_widgets(dialog) == []


def test_entry_points_refuse_the_wrong_state(qtbot, fresh_db, monkeypatch):
    data = haarlem(fresh_db)
    errors = capture_errors(monkeypatch)
    assert not approval_dialogs.start_correction_dialog(None, fresh_db, data.first_meeting_id)
    approval.approve_meeting(fresh_db, data.first_meeting_id, "2027-01-14")
    assert not approval_dialogs.approve_meeting_dialog(None, fresh_db, data.first_meeting_id)
    assert errors == ["Dit verslag is nog niet vastgesteld en kan gewoon worden gewijzigd.",
                      "Dit verslag is al vastgesteld."]  # fmt: skip
    monkeypatch.setattr(CorrectionDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    assert approval_dialogs.start_correction_dialog(None, fresh_db, data.first_meeting_id)


def test_versions_are_listed_and_an_earlier_one_reads_as_text(qtbot, fresh_db):
    data = haarlem(fresh_db)
    item_id = _minutes(fresh_db, data.first_meeting_id)
    approval.approve_meeting(fresh_db, data.first_meeting_id, "2027-01-14", data.next_meeting_id)
    approval.start_correction(fresh_db, data.first_meeting_id, "Tekst van het besluit verbeterd.")
    agenda.update_item(fresh_db, item_id, minutes="Gecorrigeerd verslag.")
    approval.approve_meeting(fresh_db, data.first_meeting_id, "2027-01-20", data.next_meeting_id)
    dialog = show(qtbot, VersionsDialog(fresh_db, data.first_meeting_id))
    rows = [(v.version, v.reason) for v in dialog.table.rows_model().rows]
    assert rows == [(1, ""), (2, "Tekst van het besluit verbeterd.")]
    model = dialog.table.model()
    assert model.index(1, 1).data() == "woensdag 20 januari 2027"
    assert "Gecorrigeerd verslag." in dialog.view.toPlainText()
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Up)
    text = dialog.view.toPlainText()
    assert "Basisteamdriehoek Haarlem, 3 december 2026, versie 1" in text
    assert "Het beeld is besproken.\nRIEC <analyse> & plan." in text  # user text exactly
    assert "De driehoek stemt in met het plan van aanpak." in text
    assert "Aanwezig: A. de Vries (burgemeester)" in text
    assert "Gecorrigeerd verslag." not in text
    assert dialog.view.isReadOnly()
    assert nameless_widgets(dialog) == []
    titles = {"Tekst van het besluit verbeterd.", "donderdag 14 januari 2027",
              "woensdag 20 januari 2027", "Basisteamdriehoek Haarlem, 3 december 2026"}  # fmt: skip
    assert english_texts(dialog, titles) == []


def test_versions_of_a_meeting_never_approved(qtbot, fresh_db):
    data = haarlem(fresh_db)
    dialog = show(qtbot, VersionsDialog(fresh_db, data.next_meeting_id))
    assert dialog.empty.isVisible()
    assert dialog.view.toPlainText() == ""

"""Ctrl+Z and Ctrl+Y on the meeting screen also cover attendance, attachments, taken-over items,
the meeting details and the phenomena linked to an item; a vastgesteld meeting undoes nothing."""

import pytest
from dialog_checks import click, haarlem
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_meetings_support import press, select_item
from test_ondermijning_support import fill_with, haarlem_beelden, haarlem_meeting

from driehoek_app.core import agenda, approval, attachments, attendance, decisions, meetings
from driehoek_app.core.beeld_links import item_link_records, link, link_record, links_to_item
from driehoek_app.gui import dialogs
from driehoek_app.gui.meetings.dialogs import common, copy_item, guest_dialog, meeting_properties
from driehoek_app.gui.ondermijning.item_links import LinkPhenomenaDialog

PDF = b"%PDF-1.4\n" + bytes(range(256)) * 300
WORD = b"PK\x03\x04 notitie" + bytes(range(256))


@pytest.fixture
def data(window):
    """Fictional Haarlem members and two concept meetings made from the standard template."""
    return haarlem(window.db)


def _open(qtbot, window, meeting_id: int):
    """Show a meeting on its screen."""
    window.show_area("vergaderingen")
    screen = window.meetings().open_meeting(meeting_id)
    qtbot.waitUntil(screen.isVisible)
    return screen


def _undo_text(screen) -> str:
    """Return what Ctrl+Z says it will undo."""
    return screen.commands["undo"].text()


def _statuses(screen) -> list[tuple[str, str, str]]:
    """Return the attendance list as shown: name, role and status (Dutch)."""
    model = screen.attendance.table.rows_model()
    return [(a.person.name, a.role, a.status) for a in model.rows]


def test_attendance_changes_are_undone_and_redone(qtbot, window, data, monkeypatch):
    db = window.db
    screen = _open(qtbot, window, data.first_meeting_id)
    press(qtbot, screen, "Ctrl+Shift+P")
    table = screen.attendance.table
    qtbot.waitUntil(table.hasFocus)
    before = attendance.list_attendance(db, data.first_meeting_id)
    qtbot.keyClick(table, Qt.Key.Key_Down)  # E. Visser
    qtbot.keyClick(table, Qt.Key.Key_2)
    assert _undo_text(screen) == "Aanwezigheid wijzigen ongedaan maken"
    press(qtbot, table, "Ctrl+Z")
    assert attendance.list_attendance(db, data.first_meeting_id) == before
    assert _statuses(screen)[1] == ("E. Visser", "burgemeester", "aanwezig")
    assert screen.status.text.text().endswith("Ongedaan gemaakt: Aanwezigheid wijzigen")
    assert screen.right.currentWidget() is screen.attendance
    assert table.current_row().person.name == "E. Visser"
    press(qtbot, table, "Ctrl+Y")
    assert _statuses(screen)[1][2] == "afwezig met kennisgeving"

    # the prosecutor is taken off the list and comes back at her place
    screen.attendance.table.select_where(lambda a: a.person.name == "mr. B. Jansen")
    with_visser_absent = attendance.list_attendance(db, data.first_meeting_id)
    click(qtbot, screen.attendance.remove)
    assert "mr. B. Jansen" not in [row[0] for row in _statuses(screen)]
    assert _undo_text(screen) == "Persoon van de presentielijst halen ongedaan maken"
    press(qtbot, table, "Ctrl+Z")
    assert attendance.list_attendance(db, data.first_meeting_id) == with_visser_absent

    # a guest added for this meeting only
    monkeypatch.setattr(guest_dialog, "pick_attendee", lambda *args: (data.secretary_id, "gast"))
    remove_secretary = attendance.remove_attendee(db, data.first_meeting_id, data.secretary_id)
    screen.attendance.refresh()
    click(qtbot, screen.attendance.add_guest)
    assert _statuses(screen)[-1] == ("D. Smit", "gast", "aanwezig")
    press(qtbot, table, "Ctrl+Z")
    assert attendance.list_attendance(db, data.first_meeting_id) == remove_secretary
    # the names offered as action owners follow the list
    assert "D. Smit" not in screen.editor.actions.owners.stringList()


def test_attachments_added_removed_and_renamed_are_undone(qtbot, window, data, monkeypatch,
                                                          tmp_path):  # fmt: skip
    db = window.db
    screen = _open(qtbot, window, data.first_meeting_id)
    select_item(qtbot, screen, "Ondermijning")
    item_id = screen.editor.handle.id
    files = [tmp_path / "Beeld Haarlem.pdf", tmp_path / "Notitie RIEC.docx"]
    files[0].write_bytes(PDF)
    files[1].write_bytes(WORD)
    panel = screen.editor.attachments
    screen.editor.show_tab(panel)
    monkeypatch.setattr(dialogs, "ask_open_files", lambda parent, title: files)
    click(qtbot, panel.add)
    assert [a.name for a in attachments.list_attachments(db, item_id)] == [f.name for f in files]
    assert _undo_text(screen) == "Bijlagen toevoegen ongedaan maken"
    press(qtbot, panel.table, "Ctrl+Z")  # both files in one step
    assert attachments.list_attachments(db, item_id) == []
    assert panel.table.rows_model().rows == []
    press(qtbot, panel.table, "Ctrl+Y")
    stored = attachments.list_attachments(db, item_id)
    assert [attachments.read_attachment(db, a.id) for a in stored] == [PDF, WORD]

    # removing the first one: Ctrl+Z puts back the same bytes, name, date and place
    monkeypatch.setattr(dialogs, "confirm", lambda *args: True)
    panel.table.select_row(0)
    click(qtbot, panel.remove)
    assert [a.name for a in panel.table.rows_model().rows] == ["Notitie RIEC.docx"]
    assert "Ctrl+Z" in screen.status.text.text()
    assert _undo_text(screen) == "Bijlage verwijderen ongedaan maken"
    press(qtbot, panel.table, "Ctrl+Z")
    assert attachments.list_attachments(db, item_id) == stored
    assert attachments.read_attachment(db, stored[0].id) == PDF
    assert screen.editor.tabs.currentWidget() is panel
    assert panel.table.current_row() == stored[0]

    monkeypatch.setattr(dialogs, "ask_text", lambda *args: "Ondermijningsbeeld 2026.pdf")
    click(qtbot, panel.rename)
    assert attachments.get_attachment(db, stored[0].id).name == "Ondermijningsbeeld 2026.pdf"
    press(qtbot, panel.table, "Ctrl+Z")
    assert attachments.get_attachment(db, stored[0].id).name == "Beeld Haarlem.pdf"
    assert panel.table.rows_model().rows[0].name == "Beeld Haarlem.pdf"
    press(qtbot, panel.table, "Ctrl+Y")
    assert panel.table.rows_model().rows[0].name == "Ondermijningsbeeld 2026.pdf"


def test_undo_goes_back_through_a_restored_item_to_its_attachments(
    qtbot, window, data, monkeypatch, tmp_path
):
    db = window.db
    screen = _open(qtbot, window, data.first_meeting_id)
    select_item(qtbot, screen, "Cybercrime")
    source = tmp_path / "Phishing.pdf"
    source.write_bytes(PDF)
    monkeypatch.setattr(dialogs, "ask_open_files", lambda parent, title: [source])
    screen.editor.show_tab(screen.editor.attachments)
    click(qtbot, screen.editor.attachments.add)
    press(qtbot, screen, "Ctrl+L")
    qtbot.keyClick(screen.agenda.view, Qt.Key.Key_Delete)
    press(qtbot, screen, "Ctrl+Z")  # the item returns with its attachment (same id)
    restored = screen.editor.item
    assert restored.title == "Cybercrime"
    assert [a.name for a in attachments.list_attachments(db, restored.id)] == ["Phishing.pdf"]
    assert _undo_text(screen) == "Bijlage toevoegen ongedaan maken"
    press(qtbot, screen, "Ctrl+Z")  # then the attachment that was added to it
    assert attachments.list_attachments(db, restored.id) == []
    press(qtbot, screen, "Ctrl+Y")
    assert (
        attachments.read_attachment(db, attachments.list_attachments(db, restored.id)[0].id) == PDF
    )


def test_an_item_copied_or_moved_from_another_meeting_goes_back(qtbot, window, data,
                                                                monkeypatch):  # fmt: skip
    db = window.db
    other = data.next_meeting_id
    copied = agenda.add_item(db, other, "Evaluatie cameratoezicht", planned_minutes=5)
    moved = agenda.add_item(db, other, "Woonoverlast Schalkwijk", position=2)
    screen = _open(qtbot, window, data.first_meeting_id)
    titles = [i.title for i in agenda.list_items(db, data.first_meeting_id)]

    def take(item_id: int, move: bool):
        """Stand in for the dialog: copy or move an item of the other meeting here."""

        def dialog(parent, database, meeting_id):
            """Do what the dialog does on OK."""
            if move:
                source = agenda.get_item(database, item_id)
                agenda.move_item_to_meeting(database, item_id, meeting_id)
                return copy_item.TakenItem(item_id, source.meeting_id, source.number)
            return copy_item.TakenItem(agenda.copy_item(database, item_id, meeting_id).id)

        monkeypatch.setattr(copy_item, "copy_or_move_item_dialog", dialog)
        click(qtbot, screen.agenda.copy_button)

    take(copied.id, move=False)
    assert screen.editor.item.title == "Evaluatie cameratoezicht"
    assert _undo_text(screen) == "Agendapunt uit een andere vergadering kopiëren ongedaan maken"
    press(qtbot, screen, "Ctrl+Z")
    assert [i.title for i in agenda.list_items(db, data.first_meeting_id)] == titles
    press(qtbot, screen, "Ctrl+Y")
    assert agenda.list_items(db, data.first_meeting_id)[-1].title == "Evaluatie cameratoezicht"
    assert agenda.get_item(db, copied.id).meeting_id == other  # the original stays

    take(moved.id, move=True)
    assert agenda.get_item(db, moved.id).meeting_id == data.first_meeting_id
    press(qtbot, screen, "Ctrl+Z")
    back = agenda.get_item(db, moved.id)
    assert (back.meeting_id, back.number) == (other, 2)
    press(qtbot, screen, "Ctrl+Y")
    assert screen.agenda.model.item(screen.agenda.model.rowCount() - 1).title == (
        "Woonoverlast Schalkwijk"
    )


def test_changed_meeting_details_are_undone(qtbot, window, data, monkeypatch):
    db = window.db
    screen = _open(qtbot, window, data.first_meeting_id)

    def change(parent, database, meeting_id):
        """Stand in for the details dialog: another place and a later end."""
        meetings.update_meeting(database, meeting_id, location="Raadszaal", end_time="11:00")
        return True

    monkeypatch.setattr(meeting_properties, "edit_meeting_properties", change)
    click(qtbot, screen.header.properties)
    assert "Raadszaal" in screen.header.location.text()
    assert _undo_text(screen) == "Gegevens van de vergadering wijzigen ongedaan maken"
    press(qtbot, screen, "Ctrl+Z")
    meeting = meetings.get_meeting(db, data.first_meeting_id)
    assert (meeting.location, meeting.end_time) == ("Stadhuis", "10:30")
    assert "Stadhuis" in screen.header.location.text()
    press(qtbot, screen, "Ctrl+Y")
    assert meetings.get_meeting(db, data.first_meeting_id).location == "Raadszaal"


def _tick_first(qtbot):
    """Return a dialog filler that ticks (or unticks) the first phenomenon and presses OK."""

    def tick(dialog: LinkPhenomenaDialog) -> None:
        """Toggle the first row with the space bar, as a user would."""
        dialog.list.setFocus()
        qtbot.keyClick(dialog.list, Qt.Key.Key_Space)
        click(qtbot, common.ok_button(dialog.buttons))

    return tick


def _back_in(qtbot, window) -> None:
    """Wait until the main window is active again after a dialog closed."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_linked_phenomena_are_undone_and_come_back_with_deleted_rows(qtbot, window,
                                                                     monkeypatch):  # fmt: skip
    db = window.db
    ids = haarlem_beelden(db)
    meeting = haarlem_meeting(db)
    window.show_area("vergaderingen")
    screen = window.meetings().open_item(meeting["meeting"], meeting["item"])
    strip = screen.editor.phenomena
    fill_with(monkeypatch, qtbot, LinkPhenomenaDialog, _tick_first(qtbot))
    click(qtbot, strip.button)
    _back_in(qtbot, window)
    made = item_link_records(db, meeting["item"])
    assert len(made) == 1 and strip.label.text() == "Fenomenen: Drugs: hennep"
    assert _undo_text(screen) == "Fenomenen koppelen ongedaan maken"
    press(qtbot, screen, "Ctrl+Z")
    assert links_to_item(db, meeting["item"]) == [] and strip.label.text() == ""
    press(qtbot, screen, "Ctrl+Y")
    assert item_link_records(db, meeting["item"]) == made  # same id and date

    # the decision was linked from the beeld; deleting it and Ctrl+Z keep that link
    link(db, "intervention", ids["closing"], "decision", meeting["decision"])
    screen.editor.load(meeting["item"])
    click(qtbot, screen.editor.decisions.rows[0].remove)
    press(qtbot, screen, "Ctrl+Z")
    decision = decisions.item_decisions(db, meeting["item"])[0]
    kinds = [
        (r.owner_kind, r.target_kind, r.target_id) for r in item_link_records(db, meeting["item"])
    ]
    assert kinds == [("phenomenon", "item", meeting["item"]),
                     ("intervention", "decision", decision.id)]  # fmt: skip

    # the whole item, with both links
    kept = item_link_records(db, meeting["item"])
    press(qtbot, screen, "Ctrl+L")
    qtbot.keyClick(screen.agenda.view, Qt.Key.Key_Delete)
    press(qtbot, screen, "Ctrl+Z")
    restored = screen.editor.item
    back = item_link_records(db, restored.id)
    assert [(r.id, r.owner_kind, r.created_at) for r in back] == [
        (r.id, r.owner_kind, r.created_at) for r in kept
    ]
    assert screen.editor.phenomena.label.text() == "Fenomenen: Drugs: hennep"
    # Ctrl+Z further back reaches the phenomenon linked to the item before it was restored
    assert _undo_text(screen) == "Fenomenen koppelen ongedaan maken"
    press(qtbot, screen, "Ctrl+Z")
    assert [r.owner_kind for r in item_link_records(db, restored.id)] == ["intervention"]
    assert link_record(db, back[1].id).target_kind == "decision"


def test_a_vastgesteld_meeting_offers_no_undo(qtbot, window, data, monkeypatch):
    db = window.db
    ids = haarlem_beelden(db)
    meeting = haarlem_meeting(db)
    approval.approve_meeting(db, meeting["meeting"], "2026-04-16")
    window.show_area("vergaderingen")
    screen = window.meetings().open_item(meeting["meeting"], meeting["item"])
    fill_with(monkeypatch, qtbot, LinkPhenomenaDialog, _tick_first(qtbot))
    click(qtbot, screen.editor.phenomena.button)  # links belong to the beeld: allowed
    _back_in(qtbot, window)
    assert [r.owner_id for r in item_link_records(db, meeting["item"])] == [ids["hennep"]]
    assert not screen.commands["undo"].isEnabled()
    assert screen.edits.stack.count() == 0
    press(qtbot, screen, "Ctrl+Z")
    assert len(item_link_records(db, meeting["item"])) == 1
    assert screen.commands["undo"].text() == "De laatste wijziging ongedaan maken"


def test_an_undo_refused_by_core_says_why(qtbot, window, data, monkeypatch):
    db = window.db
    screen = _open(qtbot, window, data.first_meeting_id)
    press(qtbot, screen, "Ctrl+Shift+P")
    qtbot.keyClick(screen.attendance.table, Qt.Key.Key_3)
    approval.approve_meeting(db, data.first_meeting_id, "2026-12-03")  # behind its back
    press(qtbot, screen.attendance.table, "Ctrl+Z")
    assert "is vastgesteld" in screen.status.text.text()
    assert screen.status.icon.isVisible()
    assert attendance.list_attendance(db, data.first_meeting_id)[0].status == "afwezig"
    assert screen.edits.stack.count() == 0  # the refused step is gone

"""A vastgesteld meeting is read-only everywhere; a correction reopens it as a new version."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QPlainTextEdit
from test_meetings_support import LAST_WEEK, NEXT_MONTH, haarlem, members, press, select_item

from driehoek_app.core import actions, agenda, approval, decisions
from driehoek_app.core.agenda_templates import default_template
from driehoek_app.core.meetings import create_meeting
from driehoek_app.gui.meetings.dialogs import approval as approval_dialogs

STILL_ALLOWED = {
    "Terug naar de lijst met vergaderingen",
    "Sneltoetsen",
    "Een correctie beginnen",
    "Vastgestelde versies",
    "De agenda maken",  # the PDFs of approved minutes are made, printed and sent
    "Het verslag maken",
}
OPENING_ATTACHMENTS = {"Bijlage openen", "Bijlage opslaan als"}
LINKING_PHENOMENA = {"Fenomenen koppelen"}  # links belong to the beeld, not the meeting


@pytest.fixture
def approved(qtbot, window):
    """A meeting with a decision and an action, approved in the next one, on screen."""
    db = window.db
    members(db)
    template = default_template(db).id
    first = create_meeting(db, haarlem(db).id, LAST_WEEK, template_id=template)
    second = create_meeting(db, haarlem(db).id, NEXT_MONTH, template_id=template)
    item = agenda.list_items(db, first.id)[4]
    decisions.add_decision(db, item.id, "Aanpak vastgesteld.")
    actions.add_action(db, item.id, "Rapport schrijven", "C. Bakker")
    approval.approve_meeting(db, first.id, NEXT_MONTH, second.id)
    window.show_area("vergaderingen")
    screen = window.meetings().open_meeting(first.id)
    qtbot.waitUntil(screen.isVisible)
    select_item(qtbot, screen, item.title)
    return screen


def test_every_editor_is_read_only_with_a_banner(qtbot, approved):
    screen = approved
    assert screen.header.banner.isVisible()
    text = screen.header.banner_text.text()
    assert text.startswith("Vastgesteld op ") and "in de vergadering van " in text
    assert text.endswith("wijzigen kan via Correctie.")
    for tab in range(screen.editor.tabs.count()):
        screen.editor.tabs.setCurrentIndex(tab)
        for widget in screen.findChildren(QLineEdit) + screen.findChildren(QPlainTextEdit):
            if widget.isVisible() and widget.objectName() != "qt_spinbox_lineedit":
                assert widget.isReadOnly() or not widget.isEnabled(), widget.accessibleName()
        enabled = {
            button.accessibleName()
            for button in screen.findChildren(QAbstractButton)
            if button.isVisible() and button.isEnabled()
        }
        assert enabled <= STILL_ALLOWED | OPENING_ATTACHMENTS | LINKING_PHENOMENA, enabled
    before = decisions.list_decisions(screen.db, screen.meeting_id)
    press(qtbot, screen, "Ctrl+B")
    press(qtbot, screen, "Ctrl+N")
    assert decisions.list_decisions(screen.db, screen.meeting_id) == before
    assert len(agenda.list_items(screen.db, screen.meeting_id)) == 10
    assert not screen.agenda.model.flags(screen.agenda.model.index(0, 1)) & (
        Qt.ItemFlag.ItemIsDragEnabled
    )


def test_a_correction_reopens_the_minutes_as_version_two(qtbot, approved, monkeypatch):
    screen = approved
    monkeypatch.setattr(
        approval_dialogs,
        "start_correction_dialog",
        lambda parent, db, meeting_id: bool(
            approval.start_correction(db, meeting_id, "Naam van de officier verbeterd")
        ),
    )
    qtbot.mouseClick(screen.header.correction, Qt.MouseButton.LeftButton)
    assert screen.header.status.text() == "Concept, versie 2"
    assert screen.header.banner_text.text() == "Correctie, versie 2: Naam van de officier verbeterd"
    assert screen.header.approve.isVisible() and screen.header.versions.isVisible()
    assert not screen.editor.minutes.isReadOnly()
    press(qtbot, screen, "Ctrl+M")
    qtbot.keyClicks(screen.editor.minutes, "Gecorrigeerd.")
    item_id = screen.editor.handle.id
    qtbot.waitUntil(lambda: agenda.get_item(screen.db, item_id).minutes == "Gecorrigeerd.")
    assert [v.version for v in approval.list_versions(screen.db, screen.meeting_id)] == [1]


def test_closing_the_window_saves_what_was_just_typed(qtbot, window):
    db = window.db
    meeting = create_meeting(db, haarlem(db).id, NEXT_MONTH, template_id=default_template(db).id)
    window.show_area("vergaderingen")
    screen = window.meetings().open_meeting(meeting.id)
    item_id = screen.editor.handle.id
    press(qtbot, screen, "Ctrl+M")
    qtbot.keyClicks(screen.editor.minutes, "Laatste woorden")
    window.close()  # well within the autosave pause
    assert agenda.get_item(db, item_id).minutes == "Laatste woorden"

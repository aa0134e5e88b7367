"""The secretary's workflow, driven as a user: plan, take minutes, approve, carry actions over."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_meetings_support import (
    LAST_WEEK,
    NEXT_MONTH,
    members,
    new_meeting_on_screen,
    open_meetings_area,
    press,
    select_item,
)

from driehoek_app.core import actions, agenda, approval, attendance, decisions
from driehoek_app.gui.meetings.dialogs import approval as approval_dialogs
from driehoek_app.gui.meetings.dialogs.approval import ApproveDialog


def _saved(qtbot, screen):
    """Wait until the status line says the last change was saved."""
    qtbot.waitUntil(lambda: screen.status.text.text().startswith("Opgeslagen"))


def test_from_template_to_approved_minutes_and_the_next_actielijst(qtbot, window, monkeypatch):
    db = window.db
    persons = members(db)
    page = open_meetings_area(qtbot, window)

    # Plan a meeting from the standard template through the Nieuwe vergadering button.
    screen = new_meeting_on_screen(qtbot, page, monkeypatch, LAST_WEEK)
    titles = [item.title for item in screen.agenda.model.items()]
    assert titles[:4] == ["Opening", "Verslag vorige vergadering", "Actielijst", "Mededelingen"]
    assert titles[-2:] == ["Rondvraag", "Sluiting"]
    assert screen.agenda.total.text() == "Gepland 90 van 90 minuten (0 over)"
    assert screen.header.status.text() == "Concept, versie 1"

    # A new item after Mededelingen: the cursor lands in its title, typed over at once.
    select_item(qtbot, screen, "Mededelingen")
    qtbot.mouseClick(screen.agenda.add_button, Qt.MouseButton.LeftButton)
    title = screen.editor.details.title
    qtbot.waitUntil(title.hasFocus)
    assert title.selectedText() == "Nieuw agendapunt"
    qtbot.keyClicks(title, "Woonoverlast Schalkwijk")
    new_id = screen.editor.handle.id
    qtbot.waitUntil(lambda: agenda.get_item(db, new_id).title == "Woonoverlast Schalkwijk")
    assert agenda.get_item(db, new_id).number == 5
    assert screen.agenda.model.item(4).title == "Woonoverlast Schalkwijk"

    # Minutes typed live: saved after a short pause, exactly as typed.
    press(qtbot, screen, "Ctrl+M")
    minutes = screen.editor.minutes
    assert minutes.hasFocus()
    qtbot.keyClicks(minutes, "Burgemeester meldt <overlast> & klachten.")
    qtbot.keyClick(minutes, Qt.Key.Key_Return)
    qtbot.keyClicks(minutes, "Teamchef zet extra surveillance in.")
    expected = "Burgemeester meldt <overlast> & klachten.\nTeamchef zet extra surveillance in."
    qtbot.waitUntil(lambda: agenda.get_item(db, new_id).minutes == expected)
    _saved(qtbot, screen)

    # Ctrl+B: a decision with its number at once.
    press(qtbot, minutes, "Ctrl+B")
    number = f"HLM-{LAST_WEEK.year}-001"
    row = screen.editor.decisions.rows[0]
    assert row.number.text() == number
    assert row.editor.hasFocus()
    assert screen.editor.tabs.tabText(screen.editor.tabs.currentIndex()) == "Besluiten (1)"
    qtbot.keyClicks(row.editor, "De driehoek stemt in met een sluiting van het pand.")
    qtbot.waitUntil(
        lambda: (
            decisions.item_decisions(db, new_id)[0].text
            == "De driehoek stemt in met een sluiting van het pand."
        )
    )

    # Ctrl+T: an action; Tab to the owner and the due date.
    press(qtbot, row.editor, "Ctrl+T")
    action_row = screen.editor.actions.rows[0]
    assert action_row.text.hasFocus()
    qtbot.keyClicks(action_row.text, "Plan van aanpak opstellen")
    qtbot.keyClick(action_row.text, Qt.Key.Key_Tab)
    assert action_row.owner.hasFocus()
    qtbot.keyClicks(action_row.owner, "C. Bakker")
    qtbot.keyClick(action_row.owner, Qt.Key.Key_Tab)
    assert action_row.due.hasFocus()
    qtbot.keyClicks(action_row.due, f"15{NEXT_MONTH.month:02d}{NEXT_MONTH.year}")
    qtbot.keyClick(action_row.due, Qt.Key.Key_Tab)
    due = NEXT_MONTH.replace(day=15).isoformat()
    qtbot.waitUntil(lambda: actions.item_actions(db, new_id)[0].due_date == due)
    action = actions.item_actions(db, new_id)[0]
    assert (action.text, action.owner, action.status) == (
        "Plan van aanpak opstellen",
        "C. Bakker",
        "open",
    )

    # Attendance: the ovj sent notice of absence (key 2 in the list).
    press(qtbot, screen, "Ctrl+Shift+P")
    panel = screen.attendance
    assert screen.right.currentWidget() is panel
    ovj_row = next(
        r
        for r in range(panel.table.model().rowCount())
        if panel.table.model().index(r, 0).data() == "mr. B. Jansen"
    )
    panel.table.setCurrentIndex(panel.table.model().index(ovj_row, 0))
    qtbot.keyClick(panel.table, Qt.Key.Key_2)
    statuses = {a.person.name: a.status for a in attendance.list_attendance(db, screen.meeting_id)}
    assert statuses["mr. B. Jansen"] == "afwezig met kennisgeving"
    assert statuses["A. de Vries"] == "aanwezig"
    assert persons["ovj"].name == "mr. B. Jansen"

    # The next meeting is planned; the first one is approved in it.
    first_id = screen.meeting_id
    qtbot.mouseClick(screen.header.back, Qt.MouseButton.LeftButton)
    second = new_meeting_on_screen(qtbot, page, monkeypatch, NEXT_MONTH)
    second_id = second.meeting_id
    qtbot.mouseClick(second.header.back, Qt.MouseButton.LeftButton)
    page.list.table.setCurrentIndex(page.list.model.index(page.list.model.row_of(first_id), 1))
    page.list.table.setFocus()
    qtbot.keyClick(page.list.table, Qt.Key.Key_Return)
    screen = page.screen
    assert screen.meeting_id == first_id

    def approve_in_next(parent, database, meeting_id):
        """Press OK in the real approve dialog, which proposes the next meeting."""
        dialog = ApproveDialog(database, meeting_id, parent)
        assert dialog.approved_in.currentData() == second_id
        dialog.accept()
        return dialog.result() == dialog.DialogCode.Accepted

    monkeypatch.setattr(approval_dialogs, "approve_meeting_dialog", approve_in_next)
    qtbot.mouseClick(screen.header.approve, Qt.MouseButton.LeftButton)
    assert approval.list_versions(db, first_id)[0].approved_in_meeting_id == second_id
    assert screen.header.status.text() == "Vastgesteld, versie 1"
    assert screen.header.banner.isVisible()
    assert screen.header.banner_text.text().startswith("Vastgesteld op ")
    assert "wijzigen kan via Correctie" in screen.header.banner_text.text()
    assert screen.header.correction.isVisible() and not screen.header.approve.isVisible()
    assert screen.editor.minutes.isReadOnly()

    # In the next meeting, the open action is on the actielijst and is closed there.
    qtbot.mouseClick(screen.header.back, Qt.MouseButton.LeftButton)
    page.list.table.setCurrentIndex(page.list.model.index(page.list.model.row_of(second_id), 1))
    qtbot.mouseClick(page.list.open_button, Qt.MouseButton.LeftButton)
    screen = page.screen
    select_item(qtbot, screen, "Actielijst")
    carried = screen.editor.actielijst
    assert screen.editor.tabs.currentWidget() is carried
    assert screen.editor.tabs.tabText(0) == "Actielijst (1)"
    carried_row = carried.rows[0]
    assert carried_row.text.text() == "Plan van aanpak opstellen"
    assert carried_row.owner.text() == "C. Bakker"
    carried_row.status.setFocus()
    qtbot.keyClick(carried_row.status, Qt.Key.Key_Down)  # open -> afgerond
    assert actions.get_action(db, action.id).status == "afgerond"
    history = actions.action_history(db, action.id)
    assert [(h.field, h.old_value, h.new_value, h.meeting_id) for h in history] == [
        ("status", "open", "afgerond", second_id)
    ]
    assert QApplication.focusWidget() is carried_row.status

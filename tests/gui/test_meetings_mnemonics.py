"""Alt keys: on every meetings screen and dialog each letter leads to one place, never a menu's."""

from collections import defaultdict

from dialog_checks import haarlem as haarlem_data
from dialog_checks import show
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QTabBar, QWidget
from test_meetings_support import LAST_WEEK, haarlem, members, press, select_item

from driehoek_app.core import agenda, approval
from driehoek_app.core.agenda_templates import default_template
from driehoek_app.core.meetings import create_meeting
from driehoek_app.gui.documents import DocumentDialog
from driehoek_app.gui.meetings.dialogs.approval import ApproveDialog, CorrectionDialog
from driehoek_app.gui.meetings.dialogs.body_dialog import NewBodyDialog
from driehoek_app.gui.meetings.dialogs.copy_item import CopyItemDialog
from driehoek_app.gui.meetings.dialogs.guest_dialog import GuestDialog
from driehoek_app.gui.meetings.dialogs.meeting_properties import MeetingPropertiesDialog
from driehoek_app.gui.meetings.dialogs.new_meeting import NewMeetingDialog
from driehoek_app.gui.meetings.dialogs.people import BodiesAndPeopleDialog
from driehoek_app.gui.meetings.dialogs.person_dialog import PersonDialog, PersonPickerDialog
from driehoek_app.gui.meetings.dialogs.templates import TemplatesDialog
from driehoek_app.gui.meetings.dialogs.versions import VersionsDialog


def mnemonic(text: str) -> str | None:
    """Return the Alt letter of a text ('Nieuw &besluit' -> 'b'; '&&' is a plain ampersand)."""
    index = 0
    while True:
        index = text.find("&", index)
        if index < 0 or index + 1 >= len(text):
            return None
        if text[index + 1] != "&":
            return text[index + 1].casefold()
        index += 2


def _texts(root: QWidget):
    """Yield (text, where) for every visible control with an Alt key under root."""
    bar = root.menuBar() if hasattr(root, "menuBar") else None
    if bar is not None:
        for action in bar.actions():
            if action.isVisible():
                yield action.text(), "menu"
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not root:
            continue
        if isinstance(widget, QAbstractButton):
            yield widget.text(), "button"
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            yield widget.text(), "label"
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            yield widget.title(), "group"
        elif isinstance(widget, QTabBar):
            for tab in range(widget.count()):
                if widget.isTabVisible(tab) and widget.isTabEnabled(tab):
                    yield widget.tabText(tab), "tab"


def clashes(root: QWidget) -> dict[str, list[str]]:
    """Return the Alt letters used by more than one visible control (or menu) of a window."""
    found: dict[str, list[str]] = defaultdict(list)
    for text, where in _texts(root):
        letter = mnemonic(text)
        if letter:
            found[letter].append(f"{where} {text!r}")
    return {letter: places for letter, places in found.items() if len(places) > 1}


def missing(root: QWidget, texts: set[str]) -> list[str]:
    """Return the given (Dutch, mnemonic-free) texts whose control has no Alt key."""
    shown = {text.replace("&", ""): text for text, _ in _texts(root)}
    return sorted(text for text in texts if mnemonic(shown.get(text, "")) is None)


def _meeting_with_everything(window):
    """Give Haarlem an earlier concept meeting and a meeting opened on the screen."""
    db = window.db
    members(db)
    template = default_template(db).id
    body = haarlem(db).id
    earlier = create_meeting(db, body, "2026-01-08", location="Stadhuis", template_id=template)
    current = create_meeting(db, body, LAST_WEEK, location="Stadhuis", template_id=template)
    window.meetings().list.reload()
    window.meetings().list.select_body(body)
    return earlier, current


def _open(qtbot, window, meeting_id: int):
    """Show the Vergaderingen area with a meeting opened on its screen."""
    window.show_area("vergaderingen")
    screen = window.meetings().open_meeting(meeting_id)
    qtbot.waitUntil(screen.isVisible)
    return screen


def _screens(qtbot, window, meeting_id):
    """Yield a name for every state of the meeting screen a user can reach."""
    window.show_area("vergaderingen")
    QApplication.processEvents()
    yield "list"
    screen = window.meetings().open_meeting(meeting_id)
    qtbot.waitUntil(screen.isVisible)
    for title in ("Verslag vorige vergadering", "Actielijst", "Ondermijning"):
        select_item(qtbot, screen, title)
        for tab in range(screen.editor.tabs.count()):
            screen.editor.tabs.setCurrentIndex(tab)
            QApplication.processEvents()
            yield f"{title}/tab {tab}"
    screen.right.setCurrentWidget(screen.attendance)
    QApplication.processEvents()
    yield "attendance"
    approval.approve_meeting(window.db, meeting_id, approved_on=LAST_WEEK.isoformat())
    screen.reload()
    QApplication.processEvents()
    yield "vastgesteld"


def test_no_alt_key_of_the_meetings_area_clashes_with_the_menu_or_another(qtbot, window):
    _earlier, current = _meeting_with_everything(window)
    found = {}
    for name in _screens(qtbot, window, current.id):
        if clashes(window):
            found[name] = clashes(window)
    assert found == {}, "\n".join(f"{name}: {places}" for name, places in found.items())


def test_the_commands_named_by_the_tester_have_an_alt_key(qtbot, window):
    _earlier, current = _meeting_with_everything(window)
    screen = _open(qtbot, window, current.id)
    select_item(qtbot, screen, "Verslag vorige vergadering")
    assert missing(window, {"Vaststellen…", "Dat verslag nu vaststellen…"}) == []
    screen.right.setCurrentWidget(screen.attendance)
    QApplication.processEvents()
    assert missing(window, {"Gast toevoegen…", "Van de lijst halen"}) == []


def test_alt_b_on_the_meeting_screen_adds_a_decision_not_the_file_menu(qtbot, window):
    _earlier, current = _meeting_with_everything(window)
    screen = _open(qtbot, window, current.id)
    select_item(qtbot, screen, "Ondermijning")
    screen.editor.show_tab(screen.editor.decisions)
    item_id = screen.editor.item.id
    letter = mnemonic(screen.editor.decisions.add_button.text())
    press(qtbot, screen.editor.minutes, f"Alt+{letter.upper()}")
    qtbot.waitUntil(lambda: len(screen.editor.decisions.rows) == 1)
    assert len(agenda.get_item(window.db, item_id).title) > 0
    assert letter not in {mnemonic(a.text()) for a in window.menuBar().actions()}


def _dialogs(qtbot, db):
    """Yield (name, dialog) for every dialog of the meetings area, shown."""
    data = haarlem_data(db)
    approval.approve_meeting(db, data.first_meeting_id, approved_on="2026-12-03")
    yield "new meeting", NewMeetingDialog(db, data.body_id)
    yield "properties", MeetingPropertiesDialog(db, data.next_meeting_id)
    yield "person", PersonDialog(db, data.mayor_id)
    yield "picker", PersonPickerDialog(db, "Kies")
    yield "guest", GuestDialog(db, "Gast toevoegen")
    bodies_dialog = BodiesAndPeopleDialog(db)
    yield "bodies", bodies_dialog
    bodies_dialog.tabs.setCurrentIndex(1)
    yield "people", bodies_dialog
    yield "new body", NewBodyDialog(db)
    yield "templates", TemplatesDialog(db)
    yield "approve", ApproveDialog(db, data.next_meeting_id)
    yield "correction", CorrectionDialog(db, data.first_meeting_id)
    yield "versions", VersionsDialog(db, data.first_meeting_id)
    yield "copy item", CopyItemDialog(db, data.next_meeting_id)
    for kind in ("agenda", "minutes"):
        yield kind, DocumentDialog(None, db, data.next_meeting_id, kind)


def test_no_alt_key_clashes_within_a_meetings_dialog(qtbot, fresh_db):
    found = {}
    for name, dialog in _dialogs(qtbot, fresh_db):
        if not dialog.isVisible():
            show(qtbot, dialog)
        QApplication.processEvents()
        if clashes(dialog):
            found[name] = clashes(dialog)
    assert found == {}, "\n".join(f"{name}: {places}" for name, places in found.items())


def test_every_field_of_the_person_dialog_has_an_alt_key(qtbot, fresh_db):
    dialog = show(qtbot, PersonDialog(fresh_db))
    assert missing(dialog, {"Naam:", "Rol:", "Organisatie:", "E-mailadres:"}) == []

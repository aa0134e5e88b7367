"""Agenda maken and Verslag maken from the meeting screen: buttons, keys, what is typed is in."""

import io
import time

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_meetings_support import NEXT_MONTH, haarlem, members, press, select_item

from driehoek_app.core.agenda_templates import default_template
from driehoek_app.core.meetings import create_meeting
from driehoek_app.gui.documents import DocumentDialog
from driehoek_app.gui.meetings import dates

PREVIEW_SECONDS = 1.5  # the target; measured here about 0.1-0.2 s for a two-page verslag


def _screen(qtbot, window):
    """Open a concept meeting made from the standard template in the Vergaderingen area."""
    db = window.db
    members(db)
    meeting = create_meeting(
        db, haarlem(db).id, NEXT_MONTH, location="Stadhuis", template_id=default_template(db).id
    )
    window.show_area("vergaderingen")
    screen = window.meetings().open_meeting(meeting.id)
    qtbot.waitUntil(screen.isVisible)
    return screen


def _dialog(qtbot, screen) -> DocumentDialog:
    """Return the document dialog opened from the screen, once its preview shows pages."""
    qtbot.waitUntil(lambda: any(d.isVisible() for d in screen.findChildren(DocumentDialog)))
    dialog = next(d for d in screen.findChildren(DocumentDialog) if d.isVisible())
    qtbot.waitUntil(lambda: dialog.document.pageCount() > 0, timeout=20_000)
    return dialog


def _text(data: bytes) -> str:
    """Return the text of a PDF in memory, whitespace runs made single spaces."""
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(data)).pages)


def test_the_header_has_both_buttons_and_the_preview_opens_quickly(qtbot, window):
    screen = _screen(qtbot, window)
    header = screen.header
    assert header.make_agenda.text() == "Agenda &maken…"
    assert header.make_minutes.text() == "Ver&slag maken…"
    started = time.perf_counter()
    qtbot.mouseClick(header.make_minutes, Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot, screen)
    elapsed = time.perf_counter() - started
    assert elapsed < 2 * PREVIEW_SECONDS, f"preview after {elapsed:.2f} s"
    when = dates.long_date(NEXT_MONTH.isoformat(), weekday=False)
    assert dialog.windowTitle() == f"Verslag – Basisteamdriehoek Haarlem, {when}"
    assert dialog.password.isVisible()
    dialog.close()
    qtbot.mouseClick(header.make_agenda, Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot, screen)
    assert dialog.windowTitle() == f"Agenda – Basisteamdriehoek Haarlem, {when}"
    assert not dialog.password.isVisible()  # only the verslag gets a password
    assert "Opening" in _text(dialog.pdf_data)


def test_ctrl_shift_v_saves_what_is_typed_and_makes_the_minutes(qtbot, window):
    screen = _screen(qtbot, window)
    select_item(qtbot, screen, "Mededelingen")
    press(qtbot, screen, "Ctrl+M")
    qtbot.keyClicks(screen.editor.minutes, "Burgemeester meldt de opening van het nieuwe bureau.")
    press(qtbot, screen.editor.minutes, "Ctrl+Shift+V")  # at once, no pause for the autosave
    dialog = _dialog(qtbot, screen)
    assert dialog.kind == "minutes"
    assert "Burgemeester meldt de opening van het nieuwe bureau." in _text(dialog.pdf_data)
    dialog.close()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    screen.editor.minutes.setFocus()
    press(qtbot, screen.editor.minutes, "Ctrl+Shift+G")
    assert _dialog(qtbot, screen).kind == "agenda"


def test_the_f1_overview_lists_the_document_keys(qtbot, window):
    screen = _screen(qtbot, window)
    press(qtbot, screen, "F1")
    qtbot.waitUntil(lambda: screen.help_window is not None and screen.help_window.isVisible())
    table = screen.help_window.table
    rows = {table.item(r, 1).text(): table.item(r, 0).text() for r in range(table.rowCount())}
    assert rows["De agenda als PDF maken"] == "Ctrl+Shift+G"
    assert rows["Het verslag als PDF maken"] == "Ctrl+Shift+V"

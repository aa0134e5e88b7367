"""The agenda/verslag dialog: background rendering, preview, save as, print, confidential option."""

import pytest
from dialog_checks import type_chars
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QAbstractButton, QWidget

from driehoek_app.core.meeting_exchange import import_meeting
from driehoek_app.gui import dialogs
from driehoek_app.gui.documents import DocumentDialog, printing, show_document_dialog
from driehoek_app.gui.i18n import catalogue

SECRET = "Geheime bespreking Kerkstraat & <buren>."
MEETING = {
    "basisteam": "Haarlem", "date": "2026-12-03", "start": "09:00", "end": "10:30",
    "location": "Stadhuis", "classification": "vertrouwelijk",
    "attendees": [{"name": "A. de Vries", "role": "burgemeester",
                   "organisation": "Gemeente Haarlem", "present": True}],
    "items": [
        {"title": "Ondermijningsbeeld", "themes": ["ondermijning"], "duration_min": 20,
         "minutes": "Het beeld is besproken.\nŁódź € ≤",
         "decisions": ["De driehoek stemt in met het plan."],
         "actions": [{"text": "Plan van aanpak opstellen", "owner": "Teamchef",
                      "due": "2027-01-15"}]},
        {"title": "Casus Kerkstraat", "confidential": True, "minutes": SECRET},
    ],
}  # fmt: skip


@pytest.fixture
def meeting_id(fresh_db) -> int:
    """The fictional Haarlem meeting with one confidential item."""
    return import_meeting(fresh_db, MEETING).id


@pytest.fixture
def parent(qtbot) -> QWidget:
    """A window to open the dialog from (as the meeting screen will)."""
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def open_dialog(qtbot, parent, db, meeting_id, kind="minutes") -> DocumentDialog:
    """Open the dialog the way the meeting screen does and wait for the preview."""
    show_document_dialog(parent, db, meeting_id, kind)
    dialog = parent.findChild(DocumentDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.document.pageCount() > 0, timeout=20_000)
    return dialog


def pdf_text(path) -> str:
    """Return the text of every page of a PDF, whitespace runs made single spaces."""
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)


def test_rendering_runs_in_the_background_then_the_preview_shows_pages(
    qtbot, parent, fresh_db, meeting_id
):
    items = [{"title": f"Punt {n}", "minutes": "Tekst\n" * 40} for n in range(150)]
    big = import_meeting(fresh_db, {**MEETING, "date": "2027-01-07", "items": items})
    show_document_dialog(parent, fresh_db, big.id, "minutes")
    dialog = parent.findChild(DocumentDialog)
    # the call returned while the PDF is still being made: the window is not blocked
    assert dialog.pdf_data is None
    assert dialog.status.text() == "Het PDF-bestand wordt gemaakt…"
    assert not dialog.save_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.document.pageCount() > 10, timeout=60_000)
    assert dialog.save_button.isEnabled() and dialog.print_button.isEnabled()
    assert dialog.status.text().startswith(f"{dialog.document.pageCount()} pagina's")
    assert dialog.windowTitle() == "Verslag – Basisteamdriehoek Haarlem, 7 januari 2027"


def test_save_as_writes_the_previewed_pdf(qtbot, parent, fresh_db, meeting_id, tmp_path,
                                          monkeypatch):  # fmt: skip
    dialog = open_dialog(qtbot, parent, fresh_db, meeting_id)
    asked = []

    def choose(_parent, title, suggested):
        asked.append((title, suggested))
        return tmp_path / "verslag"

    monkeypatch.setattr(dialogs, "ask_save_file", choose)
    dialog.save_button.click()
    saved = tmp_path / "verslag.pdf"
    assert saved.read_bytes() == dialog.pdf_data
    assert asked == [("PDF opslaan", "Verslag Basisteamdriehoek Haarlem 2026-12-03 concept.pdf")]
    assert dialog.status.text() == f"Opgeslagen als {saved}"
    text = pdf_text(saved)
    assert "Het beeld is besproken. Łódź € ≤" in text
    assert "Plan van aanpak opstellen Teamchef 15 januari 2027" in text
    assert SECRET not in text
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix != ".sqlite3") == ["verslag.pdf"]


def test_save_errors_are_shown_in_dutch(qtbot, parent, fresh_db, meeting_id, tmp_path,
                                        monkeypatch):  # fmt: skip
    dialog = open_dialog(qtbot, parent, fresh_db, meeting_id)
    errors = []
    monkeypatch.setattr(dialogs, "ask_save_file", lambda *_: tmp_path / "weg" / "v.pdf")
    monkeypatch.setattr(dialogs, "show_error", lambda _parent, message: errors.append(message))
    dialog.save_button.click()
    assert len(errors) == 1 and "bestaat niet" in errors[0]


def test_the_confidential_option_renders_again_with_the_casus(
    qtbot, parent, fresh_db, meeting_id, tmp_path, monkeypatch
):
    dialog = open_dialog(qtbot, parent, fresh_db, meeting_id)
    assert "vertrouwelijke agendapunten 2 weggelaten" in dialog.status.text()
    first = dialog.pdf_data
    dialog.confidential.click()
    qtbot.waitUntil(lambda: dialog.pdf_data is not None and dialog.pdf_data != first)
    monkeypatch.setattr(dialogs, "ask_save_file", lambda *_: tmp_path / "volledig.pdf")
    dialog.save_button.click()
    assert SECRET in pdf_text(tmp_path / "volledig.pdf")
    assert "weggelaten" not in dialog.status.text()


def test_print_paints_every_page(qtbot, parent, fresh_db, meeting_id, tmp_path, monkeypatch):
    dialog = open_dialog(qtbot, parent, fresh_db, meeting_id)
    output = tmp_path / "afdruk.pdf"

    def to_file(_parent, printer: QPrinter, page_count: int) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(output))
        printer.setResolution(150)
        return True

    monkeypatch.setattr(printing, "ask_printer", to_file)
    dialog.print_button.click()
    pages = dialog.document.pageCount()
    assert len(PdfReader(output).pages) == pages
    assert dialog.status.text() == (
        "1 pagina naar de printer gestuurd"
        if pages == 1
        else f"{pages} pagina's naar de printer gestuurd"
    )


def test_agenda_dialog(qtbot, parent, fresh_db, meeting_id):
    dialog = open_dialog(qtbot, parent, fresh_db, meeting_id, kind="agenda")
    assert dialog.windowTitle() == "Agenda – Basisteamdriehoek Haarlem, 3 december 2026"
    assert dialog.status.text().startswith("1 pagina")


def test_unknown_meeting_shows_an_error_and_no_dialog(qtbot, parent, fresh_db, monkeypatch):
    errors = []
    monkeypatch.setattr(dialogs, "show_error", lambda _parent, message: errors.append(message))
    show_document_dialog(parent, fresh_db, 999, "agenda")
    assert errors == ["Vergadering 999 bestaat niet."]
    assert all(not d.isVisible() for d in parent.findChildren(DocumentDialog))


def test_controls_have_dutch_accessible_names(qtbot, parent, fresh_db, meeting_id):
    dialog = open_dialog(qtbot, parent, fresh_db, meeting_id)
    dutch = set(catalogue().values())
    buttons = dialog.findChildren(QAbstractButton)
    assert {b.accessibleName() for b in buttons} == {
        "Sluiten", "Opslaan als", "Afdrukken", "Vertrouwelijke agendapunten opnemen",
        "Het PDF beveiligen met een wachtwoord",
    }  # fmt: skip
    for widget in [*buttons, dialog.view]:
        assert widget.accessibleName().strip()
    assert dialog.view.accessibleName() in dutch
    assert dialog.confidential.text() in dutch
    dialog.password.protect.click()
    for field in (dialog.password.password, dialog.password.repeat):
        assert field.isVisible() and field.accessibleName() in dutch


def test_quick_toggles_show_the_last_choice(qtbot, parent, fresh_db, meeting_id, tmp_path,
                                           monkeypatch):  # fmt: skip
    dialog = open_dialog(qtbot, parent, fresh_db, meeting_id)
    dialog.confidential.click()
    dialog.confidential.click()
    dialog.confidential.click()
    assert dialog.pdf_data is None  # the earlier preview is withdrawn at once
    qtbot.waitUntil(lambda: dialog.pdf_data is not None, timeout=20_000)
    qtbot.wait(300)  # results of the outdated renders, if any, must not replace it
    monkeypatch.setattr(dialogs, "ask_save_file", lambda *_: tmp_path / "laatste.pdf")
    dialog.save_button.click()
    assert SECRET in pdf_text(tmp_path / "laatste.pdf")


def test_the_minutes_are_saved_with_a_password_typed_twice(qtbot, parent, fresh_db, meeting_id,
                                                           tmp_path, monkeypatch):  # fmt: skip
    dialog = open_dialog(qtbot, parent, fresh_db, meeting_id)
    errors = []
    monkeypatch.setattr(dialogs, "show_error", lambda _parent, message: errors.append(message))
    monkeypatch.setattr(dialogs, "ask_save_file", lambda *_: tmp_path / "beveiligd.pdf")
    box = dialog.password
    assert not box.password.isVisible()
    qtbot.mouseClick(box.protect, Qt.MouseButton.LeftButton)
    assert box.password.isVisible() and box.password.hasFocus()
    type_chars(qtbot, box.password, "Ĳsvogel-2026")
    type_chars(qtbot, box.repeat, "Ĳsvogel-2025")  # a typo
    dialog.save_button.click()
    assert errors == ["De twee wachtwoorden zijn niet gelijk; typ twee keer hetzelfde wachtwoord."]
    assert not (tmp_path / "beveiligd.pdf").exists()
    box.repeat.selectAll()
    type_chars(qtbot, box.repeat, "Ĳsvogel-2026")
    dialog.save_button.click()
    assert errors[1:] and "'Ĳ'" in errors[1]  # a character not every reader reads alike
    for field in (box.password, box.repeat):
        field.selectAll()
        qtbot.keyClicks(field, "Kerkstraat&Zon-2026")
    dialog.save_button.click()
    saved = tmp_path / "beveiligd.pdf"
    assert len(errors) == 2
    assert dialog.status.text() == f"Opgeslagen als {saved}, beveiligd met het wachtwoord"
    reader = PdfReader(saved)
    assert reader.is_encrypted
    assert reader.decrypt("Kerkstraat&Zon-2026")
    text = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    assert "Het beeld is besproken. Łódź € ≤" in text
    assert dialog.pdf_data and b"/Encrypt" not in dialog.pdf_data  # the preview stays plain


def test_without_the_tick_the_minutes_are_saved_plain(qtbot, parent, fresh_db, meeting_id,
                                                       tmp_path, monkeypatch):  # fmt: skip
    dialog = open_dialog(qtbot, parent, fresh_db, meeting_id)
    monkeypatch.setattr(dialogs, "ask_save_file", lambda *_: tmp_path / "open.pdf")
    qtbot.mouseClick(dialog.password.protect, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.password.password, "geheim")
    qtbot.mouseClick(dialog.password.protect, Qt.MouseButton.LeftButton)  # changed her mind
    dialog.save_button.click()
    assert not PdfReader(tmp_path / "open.pdf").is_encrypted


def test_a_render_that_ends_after_its_dialog_closed_reports_to_nobody(qapp, caplog):
    import shiboken6

    from driehoek_app.gui.documents.render_task import RenderSignals, RenderTask

    signals = RenderSignals()  # as a dialog owns it
    got = []
    signals.finished.connect(lambda generation, data: got.append(data))
    task = RenderTask(1, lambda: b"%PDF-1.4", lambda generation: True, signals)
    task.run()
    qapp.processEvents()
    assert got == [b"%PDF-1.4"]
    shiboken6.delete(signals)  # the dialog closes while the next render runs
    with caplog.at_level("INFO", logger="driehoek_app"):
        task.run()  # no exception on the render thread
    assert "nadat het venster was gesloten" in caplog.text

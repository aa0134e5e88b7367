"""The attachments panel: add, open in a private folder, rename, remove, save as."""

import stat
from pathlib import Path

from dialog_checks import capture_errors, click, english_texts, haarlem, nameless_widgets, show
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDropEvent
from PySide6.QtWidgets import QApplication

from driehoek_app.core import agenda, approval, attachments
from driehoek_app.gui import dialogs, private_temp
from driehoek_app.gui.meetings.dialogs.attachments import AttachmentsPanel

PDF = b"%PDF-1.4\n" + bytes(range(256)) * 5000  # 1,2 MB, every byte value


def _item(db):
    """Return the Ondermijning item of the first Haarlem meeting."""
    data = haarlem(db)
    items = agenda.list_items(db, data.first_meeting_id)
    return data, next(item for item in items if item.title == "Ondermijning")


def _panel(qtbot, db, item_id):
    """Show the panel for one item."""
    panel = show(qtbot, AttachmentsPanel(db))
    panel.set_item(item_id)
    return panel


def test_added_file_is_stored_exactly_and_shown_with_dutch_size(qtbot, fresh_db, tmp_path,
                                                                monkeypatch):  # fmt: skip
    _, item = _item(fresh_db)
    source = tmp_path / "Ondermijningsbeeld Haarlem.pdf"
    source.write_bytes(PDF)
    monkeypatch.setattr(dialogs, "ask_open_files", lambda parent, title: [source])
    panel = _panel(qtbot, fresh_db, item.id)
    assert not panel.open.isEnabled()
    click(qtbot, panel.add)
    stored = attachments.list_attachments(fresh_db, item.id)
    assert [(a.name, a.size) for a in stored] == [("Ondermijningsbeeld Haarlem.pdf", len(PDF))]
    assert attachments.read_attachment(fresh_db, stored[0].id) == PDF
    model = panel.table.model()
    assert model.index(0, 0).data() == "Ondermijningsbeeld Haarlem.pdf"
    assert model.index(0, 1).data() == "1,2 MB"
    assert panel.open.isEnabled()
    assert nameless_widgets(panel) == []
    shown = {"Ondermijningsbeeld Haarlem.pdf", "1,2 MB"}
    assert english_texts(panel, shown) == []


def test_open_writes_into_the_private_folder_which_cleanup_removes(qtbot, fresh_db):
    _, item = _item(fresh_db)
    stored = attachments.add_attachment(fresh_db, item.id, "notitie: RIEC?.pdf", PDF)
    panel = _panel(qtbot, fresh_db, item.id)
    opened: list[QUrl] = []
    original = QDesktopServices.openUrl
    QDesktopServices.openUrl = staticmethod(lambda url: opened.append(url) or True)
    try:
        panel.table.setFocus()
        qtbot.keyClick(panel.table, Qt.Key.Key_Return)  # Enter opens
    finally:
        QDesktopServices.openUrl = original
    assert len(opened) == 1
    path = opened[0].toLocalFile()
    folder = private_temp.private_folder()
    assert path.startswith(str(folder))
    assert Path(path).read_bytes() == PDF
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert path.endswith("notitie_ RIEC_.pdf")  # characters Windows forbids are replaced
    assert stored.name == "notitie: RIEC?.pdf"  # the stored name stays as typed
    private_temp.cleanup()
    assert not folder.exists()
    assert not private_temp.SESSION_FOLDER.exists()


def test_cleanup_is_registered_on_application_quit(qtbot, fresh_db):
    private_temp.private_folder()
    app = QApplication.instance()
    assert app.receivers("2aboutToQuit()") >= 1
    private_temp.cleanup()


def test_no_viewer_gives_a_dutch_message(qtbot, fresh_db, monkeypatch):
    _, item = _item(fresh_db)
    attachments.add_attachment(fresh_db, item.id, "kaart.xyz", b"data")
    errors = capture_errors(monkeypatch)
    panel = _panel(qtbot, fresh_db, item.id)
    original = QDesktopServices.openUrl
    QDesktopServices.openUrl = staticmethod(lambda url: False)
    try:
        click(qtbot, panel.open)
    finally:
        QDesktopServices.openUrl = original
    assert errors == ["Er is geen programma gevonden om kaart.xyz te openen; bewaar de bijlage "
                      "met ‘Opslaan als’."]  # fmt: skip
    private_temp.cleanup()


def test_rename_remove_with_confirmation_and_save_as(qtbot, fresh_db, tmp_path, monkeypatch):
    _, item = _item(fresh_db)
    first = attachments.add_attachment(fresh_db, item.id, "concept.docx", b"eerste")
    attachments.add_attachment(fresh_db, item.id, "bijlage.pdf", PDF)
    panel = _panel(qtbot, fresh_db, item.id)
    monkeypatch.setattr(
        dialogs, "ask_text", lambda parent, title, label, text: "Plan van aanpak.docx"
    )
    click(qtbot, panel.rename)
    assert attachments.get_attachment(fresh_db, first.id).name == "Plan van aanpak.docx"
    target = tmp_path / "kopie.docx"
    monkeypatch.setattr(dialogs, "ask_save_file", lambda parent, title, suggested: target)
    click(qtbot, panel.save_as)
    assert target.read_bytes() == b"eerste"
    questions = []
    monkeypatch.setattr(dialogs, "confirm", lambda *args: questions.append(args[2]) and False)
    click(qtbot, panel.remove)
    assert questions == ["De bijlage Plan van aanpak.docx uit dit agendapunt verwijderen?"]
    assert len(attachments.list_attachments(fresh_db, item.id)) == 2  # answered no
    monkeypatch.setattr(dialogs, "confirm", lambda *args: True)
    click(qtbot, panel.remove)
    assert [a.name for a in attachments.list_attachments(fresh_db, item.id)] == ["bijlage.pdf"]
    assert panel.table.current_row().name == "bijlage.pdf"


def test_dropped_files_are_added(qtbot, fresh_db, tmp_path):
    _, item = _item(fresh_db)
    source = tmp_path / "foto.jpg"
    source.write_bytes(b"\xff\xd8\xff" + b"0" * 2000)
    panel = _panel(qtbot, fresh_db, item.id)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(source))])
    drop = QDropEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)  # fmt: skip
    panel.dropEvent(drop)
    stored = attachments.list_attachments(fresh_db, item.id)
    assert [(a.name, a.size_text) for a in stored] == [("foto.jpg", "2,0 kB")]


def test_without_item_or_read_only_nothing_can_change(qtbot, fresh_db, monkeypatch):
    data, item = _item(fresh_db)
    attachments.add_attachment(fresh_db, item.id, "bijlage.pdf", PDF)
    panel = show(qtbot, AttachmentsPanel(fresh_db))
    assert not panel.add.isEnabled() and panel.table.model().rowCount() == 0
    panel.set_item(item.id)
    approval.approve_meeting(fresh_db, data.first_meeting_id, "2027-01-14")
    panel.set_read_only(True)
    assert not panel.add.isEnabled()
    assert not panel.rename.isEnabled() and not panel.remove.isEnabled()
    assert panel.open.isEnabled() and panel.save_as.isEnabled()
    errors = capture_errors(monkeypatch)
    panel.set_read_only(False)  # even if the screen forgot: core refuses
    monkeypatch.setattr(dialogs, "confirm", lambda *args: True)
    click(qtbot, panel.remove)
    assert errors and "is vastgesteld" in errors[0]
    assert len(attachments.list_attachments(fresh_db, item.id)) == 1


def test_a_missing_file_gives_a_dutch_message(qtbot, fresh_db, tmp_path, monkeypatch):
    _, item = _item(fresh_db)
    errors = capture_errors(monkeypatch)
    monkeypatch.setattr(dialogs, "ask_open_files", lambda parent, title: [tmp_path / "weg.pdf"])
    panel = _panel(qtbot, fresh_db, item.id)
    click(qtbot, panel.add)
    assert len(errors) == 1 and errors[0].startswith("Bijlage: ")
    assert attachments.list_attachments(fresh_db, item.id) == []


def test_a_name_with_hidden_direction_controls_is_stored_exactly_and_shown_unmasked(
    qtbot, fresh_db
):
    _, item = _item(fresh_db)
    disguised = "factuur\u202efdp.exe"  # a right-to-left override: reads as 'factuurexe.pdf'
    arabic = "تقرير الشرطة.pdf"  # right-to-left text without controls stays as it is
    attachments.add_attachment(fresh_db, item.id, disguised, PDF)
    attachments.add_attachment(fresh_db, item.id, arabic, PDF)
    panel = _panel(qtbot, fresh_db, item.id)
    model = panel.table.model()
    shown = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert shown == ["factuur[U+202E]fdp.exe", arabic]
    assert [a.name for a in attachments.list_attachments(fresh_db, item.id)] == [disguised, arabic]

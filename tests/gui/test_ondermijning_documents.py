"""The beeld's documents: stored exactly, size in Dutch, opened from the private folder."""

import stat
from pathlib import Path

from dialog_checks import click
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from test_ondermijning_support import haarlem_beelden, open_page, texts_of

from driehoek_app.core.beeld_documents import list_documents, read_document
from driehoek_app.core.ondermijningsbeeld import find_beeld
from driehoek_app.gui import dialogs, private_temp

REPORT = b"%PDF-1.4\n" + bytes(range(256)) * 5000  # 1,2 MB, every byte value
DOCUMENTS_TAB = 2


def test_a_document_is_kept_with_the_beeld_and_opened_privately(qtbot, fresh_db, tmp_path,
                                                               monkeypatch):  # fmt: skip
    ids = haarlem_beelden(fresh_db)
    source = tmp_path / "RIEC-analyse Haarlem 2026.pdf"
    source.write_bytes(REPORT)
    monkeypatch.setattr(dialogs, "ask_open_files", lambda parent, title: [source])
    page = open_page(qtbot, fresh_db)
    page.tabs.setCurrentIndex(DOCUMENTS_TAB)
    panel = page.documents
    assert not panel.open.isEnabled()
    click(qtbot, panel.add)
    stored = list_documents(fresh_db, ids["beeld"])
    assert [(d.name, d.size) for d in stored] == [(source.name, len(REPORT))]
    assert read_document(fresh_db, stored[0].id) == REPORT
    assert texts_of(panel.table, 0) == [source.name]
    assert texts_of(panel.table, 1) == ["1,2 MB"]
    assert page.tabs.tabText(DOCUMENTS_TAB) == "Documenten (1)"

    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    click(qtbot, panel.open)
    path = Path(opened[0].toLocalFile())
    assert path.read_bytes() == REPORT
    assert path.parent.parent == private_temp.SESSION_FOLDER.path()
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_a_document_dropped_on_an_empty_year_makes_the_beeld(qtbot, fresh_db, tmp_path,
                                                            monkeypatch):  # fmt: skip
    source = tmp_path / "kaart.png"
    source.write_bytes(b"\x89PNG fictief")
    page = open_page(qtbot, fresh_db, "Zaanstad", 2026)
    assert page.documents.add_files([source]) == 1
    beeld = find_beeld(fresh_db, "Zaanstad", 2026)
    assert [d.name for d in list_documents(fresh_db, beeld.id)] == ["kaart.png"]
    assert page.overview.title.text() == "Ondermijningsbeeld Zaanstad 2026"

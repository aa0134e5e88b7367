"""The documents of a beeld (RIEC report, maps): add, open privately, rename, remove, save as."""

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QVBoxLayout

from driehoek_app.core.beeld_documents import (
    add_document_file,
    delete_document,
    list_documents,
    read_document,
    rename_document,
    write_document_to_folder,
)
from driehoek_app.core.ondermijningsbeeld import Beeld
from driehoek_app.gui import dialogs, formatting, private_temp
from driehoek_app.gui.i18n import t
from driehoek_app.gui.meetings.dialogs import common
from driehoek_app.gui.ondermijning.list_panel import BeeldListPanel
from driehoek_app.gui.ondermijning.table import Column, DataTable

PRIVATE_PREFIX = "beeld-"


def document_columns() -> list[Column]:
    """Return the columns of the documents list."""
    return [
        Column(t("Name"), lambda d: formatting.file_name(d.name)),
        Column(t("Size"), lambda d: d.size_text, sort=lambda d: d.size, align_right=True),
        Column(t("Added"), lambda d: formatting.date(d.added_at[:10]), sort=lambda d: d.added_at),
    ]


class DocumentsPanel(BeeldListPanel):
    """Lists the documents kept with the beeld; files can also be dropped onto the list."""

    def _build(self) -> None:
        """Build the list and its buttons."""
        self.table = DataTable(document_columns(), t("Documents"), t("Columns of the list"))
        self.table.setToolTip(t("Enter opens the chosen document; files can be dropped here"))
        self.add = common.button(t("&Add document..."), t("Add document"))
        self.open = common.button(t("&Open document"), t("Open document"))
        self.rename = common.button(t("Re&name document..."), t("Rename document"))
        self.remove = common.button(t("Remove docu&ment"), t("Remove document"))
        self.save_as = common.button(t("&Save as..."), t("Save document as"))
        self.row_buttons = [self.open, self.rename, self.remove, self.save_as]
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.button_row([self.add, *self.row_buttons]))
        self.setAcceptDrops(True)
        self.table.activated.connect(self.open_current)
        self.table.selectionModel().currentRowChanged.connect(self._enable)
        self.add.clicked.connect(self._add)
        self.open.clicked.connect(self.open_current)
        self.rename.clicked.connect(self._rename)
        self.remove.clicked.connect(self._remove)
        self.save_as.clicked.connect(self._save_as)

    def show_beeld(self, beeld: Beeld | None) -> None:
        """Show the documents of a beeld (none when there is no beeld yet)."""
        keep = self.chosen_again()
        self.beeld = beeld
        documents = list_documents(self.db, beeld.id) if beeld else []
        self.table.set_rows(documents, keep)
        self._enable()

    def add_files(self, paths: list[Path]) -> int:
        """Store files with the beeld (made if there is none yet); return how many were added."""
        added = []
        for path in paths:
            document = common.attempt(
                self, lambda p=path: add_document_file(self.db, self.ensure_beeld().id, p)
            )
            if common.ok(document):
                added.append(document)
        if added:
            self.changed.emit()
            self.table.select_where(lambda d: d.id == added[-1].id)
        return len(added)

    def _add(self) -> None:
        """Choose files and add them."""
        paths = dialogs.ask_open_files(self, t("Add documents to the beeld"))
        if paths:
            self.add_files(paths)
            self.table.setFocus()

    def open_current(self) -> None:
        """Write the chosen document into the private folder; open it in the system viewer."""
        document = self.table.current_row()
        if document is None:
            return
        folder = private_temp.private_subfolder(f"{PRIVATE_PREFIX}{document.id}")
        path = common.attempt(self, lambda: write_document_to_folder(self.db, document.id, folder))
        if not common.ok(path):
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            dialogs.show_error(
                self,
                t("No program was found to open {name}; save it with 'Save as' instead.").format(
                    name=document.name
                ),
            )

    def _rename(self) -> None:
        """Give the chosen document another name."""
        document = self.table.current_row()
        if document is None:
            return
        name = dialogs.ask_text(
            self, t("Rename document"), t("New name of the document:"), document.name
        )
        if name is None or name.strip() == document.name:
            return
        renamed = common.attempt(self, lambda: rename_document(self.db, document.id, name.strip()))
        if common.ok(renamed):
            self.changed.emit()

    def _remove(self) -> None:
        """Remove the chosen document after confirmation."""
        document = self.table.current_row()
        if document is None:
            return
        question = t("Remove the document {name} from this beeld?").format(name=document.name)
        self.remove_confirmed(
            t("Remove document"), question, t("Remove docu&ment"),
            lambda: delete_document(self.db, document.id),
        )  # fmt: skip

    def _save_as(self) -> None:
        """Save a copy of the chosen document where the user wants it."""
        from driehoek_app.core.pdf.document import write_atomically  # ReportLab: on first use

        document = self.table.current_row()
        if document is None:
            return
        target = dialogs.ask_save_file(self, t("Save document as"), document.name)
        if target is None:
            return
        data = common.attempt(self, lambda: read_document(self.db, document.id))
        if common.ok(data):
            common.attempt(self, lambda: write_atomically(target, data))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept files dragged onto the panel."""
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Add the dropped files."""
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            self.add_files(paths)
            event.acceptProposedAction()

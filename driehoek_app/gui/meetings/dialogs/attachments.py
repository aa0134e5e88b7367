"""The attachments of an agenda item: add, open in the system viewer, rename, remove, save as."""

from pathlib import Path

import sqlite_utils
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from driehoek_app.core.attachments import (
    add_attachment_file,
    delete_attachment,
    list_attachments,
    read_attachment,
    rename_attachment,
    write_attachment_to_folder,
)
from driehoek_app.gui import dialogs, formatting, private_temp
from driehoek_app.gui.formatting import date as dutch_date
from driehoek_app.gui.i18n import t
from driehoek_app.gui.meetings.dialogs import common
from driehoek_app.gui.meetings.dialogs.rows_model import Column, RowsModel, RowsTable
from driehoek_app.gui.meetings.host import ChangeRecorder


def attachment_columns() -> list[Column]:
    """Return the columns of the attachment list."""
    return [
        Column(t("Name"), lambda a: formatting.file_name(a.name)),
        Column(t("Size"), lambda a: a.size_text, align_right=True),
        Column(t("Added"), lambda a: dutch_date(a.added_at[:10])),
    ]


class AttachmentsPanel(QWidget):
    """Lists the documents of one agenda item; files can also be dropped onto the list."""

    def __init__(
        self,
        db: sqlite_utils.Database,
        parent: QWidget | None = None,
        recorder: ChangeRecorder | None = None,
    ) -> None:
        """Build the list and its buttons (changes go to the recorder's undo stack, if any)."""
        super().__init__(parent)
        self.db = db
        self.recorder = recorder
        self.item_id: int | None = None
        self.read_only = False
        self.table = RowsTable(
            RowsModel(attachment_columns()), t("Attachments"), t("Columns of the list")
        )
        self.table.setToolTip(t("Enter opens the chosen attachment; files can be dropped here"))
        self.add = common.button(t("&Add..."), t("Add attachment"))
        self.open = common.button(t("&Open"), t("Open attachment"))
        self.rename = common.button(t("Re&name..."), t("Rename attachment"))
        self.remove = common.button(t("Remove attach&ment"), t("Remove attachment"))
        self.save_as = common.button(t("Save attachment &as..."), t("Save attachment as"))
        buttons = QHBoxLayout()
        for widget in (self.add, self.open, self.rename, self.remove, self.save_as):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.setAcceptDrops(True)
        self.table.activated.connect(self.open_current)
        self.table.selectionModel().currentRowChanged.connect(self._enable)
        self.add.clicked.connect(self._add)
        self.open.clicked.connect(self.open_current)
        self.rename.clicked.connect(self._rename)
        self.remove.clicked.connect(self._remove)
        self.save_as.clicked.connect(self._save_as)
        self.set_item(None)

    def set_item(self, item_id: int | None) -> None:
        """Show the attachments of an agenda item (nothing for None)."""
        self.item_id = item_id
        self.refresh()

    def set_read_only(self, read_only: bool) -> None:
        """Allow or forbid changes; opening and saving a copy stay possible."""
        self.read_only = read_only
        self._enable()

    def refresh(self, keep_id: int | None = None) -> None:
        """Reload the list; keep_id (or the current attachment) stays chosen."""
        current = self.table.current_row()
        keep_id = keep_id if keep_id is not None else (current.id if current else None)
        rows = []
        if self.item_id is not None:
            found = common.attempt(self, lambda: list_attachments(self.db, self.item_id))
            rows = found if common.ok(found) else []
        self.table.rows_model().set_rows(rows)
        self.table.fit_columns()
        if keep_id is None or not self.table.select_where(lambda a: a.id == keep_id):
            self.table.select_row(0)
        self._enable()

    def _enable(self) -> None:
        """Enable the buttons that apply to the current item and attachment."""
        chosen = self.table.current_row() is not None
        editable = self.item_id is not None and not self.read_only
        self.add.setEnabled(editable)
        self.open.setEnabled(chosen)
        self.save_as.setEnabled(chosen)
        self.rename.setEnabled(chosen and editable)
        self.remove.setEnabled(chosen and editable)
        self.table.setEnabled(self.item_id is not None)

    def add_files(self, paths: list[Path]) -> int:
        """Store files with the current item; return how many were added."""
        if self.item_id is None or self.read_only:
            return 0
        added = []
        for path in paths:
            attachment = common.attempt(
                self, lambda p=path: add_attachment_file(self.db, self.item_id, p)
            )
            if common.ok(attachment):
                added.append(attachment)
        if added and self.recorder is not None:
            self.recorder.record_attachments_added(self.item_id, added)
        self.refresh(added[-1].id if added else None)
        return len(added)

    def _add(self) -> None:
        """Choose files and add them."""
        paths = dialogs.ask_open_files(self, t("Add attachments"))
        if paths:
            self.add_files(paths)
            self.table.setFocus()

    def open_current(self) -> None:
        """Write the chosen attachment into the private folder; open it in the system viewer."""
        attachment = self.table.current_row()
        if attachment is None:
            return
        folder = private_temp.private_subfolder(str(attachment.id))
        path = common.attempt(
            self, lambda: write_attachment_to_folder(self.db, attachment.id, folder)
        )
        if not common.ok(path):
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            dialogs.show_error(
                self,
                t("No program was found to open {name}; save it with 'Save as' instead.").format(
                    name=attachment.name
                ),
            )

    def _rename(self) -> None:
        """Give the chosen attachment another name."""
        attachment = self.table.current_row()
        if attachment is None or self.read_only:
            return
        name = dialogs.ask_text(
            self, t("Rename attachment"), t("New name of the attachment:"), attachment.name
        )
        if name is None or name == attachment.name:
            return
        renamed = common.attempt(
            self, lambda: rename_attachment(self.db, attachment.id, name.strip())
        )
        if common.ok(renamed):
            if self.recorder is not None and renamed.name != attachment.name:
                self.recorder.record_attachment_renamed(attachment, renamed.name)
            self.refresh(attachment.id)

    def _remove(self) -> None:
        """Remove the chosen attachment after confirmation."""
        attachment = self.table.current_row()
        if attachment is None or self.read_only:
            return
        question = t("Remove the attachment {name} from this agenda item?").format(
            name=attachment.name
        )
        if not dialogs.confirm(self, t("Remove attachment"), question, t("Remo&ve")):
            return
        row = self.table.currentIndex().row()
        removed = common.attempt(self, lambda: delete_attachment(self.db, attachment.id))
        if common.ok(removed):
            if self.recorder is not None:
                self.recorder.record_attachment_removed(removed)
            self.refresh()
            self.table.select_row(row)
            self._enable()

    def _save_as(self) -> None:
        """Save a copy of the chosen attachment where the user wants it."""
        attachment = self.table.current_row()
        if attachment is None:
            return
        target = dialogs.ask_save_file(self, t("Save attachment as"), attachment.name)
        if target is None:
            return
        data = common.attempt(self, lambda: read_attachment(self.db, attachment.id))
        if not common.ok(data):
            return
        try:
            target.write_bytes(data)
        except OSError as error:
            dialogs.show_error(
                self,
                t("The attachment could not be saved as {path} ({reason}).").format(
                    path=target, reason=error.strerror or error
                ),
            )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept files dragged onto the panel while the item can be changed."""
        if event.mimeData().hasUrls() and self.item_id is not None and not self.read_only:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Add the dropped files."""
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            self.add_files(paths)
            event.acceptProposedAction()

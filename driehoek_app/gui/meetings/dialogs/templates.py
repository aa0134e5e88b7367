"""Manage agenda templates: list, create, rename and delete them, and edit their items."""

import sqlite_utils
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from driehoek_app.core.agenda_templates import (
    create_template,
    delete_template,
    list_templates,
    update_template,
)
from driehoek_app.gui import dialogs
from driehoek_app.gui.i18n import t
from driehoek_app.gui.meetings.dialogs import common
from driehoek_app.gui.meetings.dialogs.template_items import TemplateItemsEditor

ID_ROLE = Qt.ItemDataRole.UserRole
SIZE_CHARS = (150, 42)  # width in characters, height in lines


class TemplatesDialog(QDialog):
    """Templates on the left, the chosen template's items on the right; changes save at once."""

    def __init__(self, db: sqlite_utils.Database, parent: QWidget | None = None) -> None:
        """Build the template list with its buttons and the item editor."""
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(t("Agenda templates"))
        self.list = QListWidget()
        self.list.setAccessibleName(t("Agenda templates"))
        self.new = common.button(t("&New template..."), t("New template"))
        self.rename = common.button(t("&Rename..."), t("Rename template"))
        self.delete = common.button(t("De&lete"), t("Delete template"))
        self.items = TemplateItemsEditor(db)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        for widget in (self.new, self.rename, self.delete):
            left_layout.addWidget(widget)
        right = QGroupBox(t("Items (saved as you go)"))
        right_layout = QHBoxLayout(right)
        right_layout.addWidget(self.items)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        width = self.fontMetrics().averageCharWidth()
        self.splitter = splitter
        self.buttons = common.dialog_buttons(self, close_only=True)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        self.list.currentItemChanged.connect(self._show_current)
        self.new.clicked.connect(self._new)
        self.rename.clicked.connect(self._rename)
        self.delete.clicked.connect(self._delete)
        self.resize(width * SIZE_CHARS[0], self.fontMetrics().lineSpacing() * SIZE_CHARS[1])
        self.refresh()
        list_width = self.list.sizeHintForColumn(0) + 2 * self.list.frameWidth() + 4 * width
        splitter.setSizes([list_width, width * SIZE_CHARS[0] - list_width])
        self.list.setFocus()

    def refresh(self, keep_id: int | None = None) -> None:
        """Reload the template list and choose keep_id (or the current one, or the first)."""
        current = self.current_id()
        keep_id = keep_id if keep_id is not None else current
        self.list.blockSignals(True)
        self.list.clear()
        for template in list_templates(self.db):
            entry = QListWidgetItem(template.name)
            entry.setData(ID_ROLE, template.id)
            self.list.addItem(entry)
            if template.id == keep_id:
                self.list.setCurrentItem(entry)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.list.blockSignals(False)
        self._show_current()

    def current_id(self) -> int | None:
        """Return the id of the chosen template."""
        entry = self.list.currentItem()
        return entry.data(ID_ROLE) if entry else None

    def _show_current(self) -> None:
        """Show the items of the chosen template."""
        template_id = self.current_id()
        self.rename.setEnabled(template_id is not None)
        self.delete.setEnabled(template_id is not None)
        self.items.set_template(template_id)

    def _ask_name(self, title: str, text: str = "") -> str | None:
        """Ask for a template name; None when cancelled or left empty (with a message)."""
        name = dialogs.ask_text(self, title, t("Name of the template:"), text)
        if name is None:
            return None
        if not name.strip():
            dialogs.show_error(self, t("Fill in a name for the template."))
            return None
        return name.strip()

    def _new(self) -> None:
        """Create an empty template and choose it."""
        name = self._ask_name(t("New template"))
        if name is None:
            return
        template = common.attempt(self, lambda: create_template(self.db, name))
        if common.ok(template):
            self.refresh(template.id)
            self.items.add.setFocus()

    def _rename(self) -> None:
        """Give the chosen template another name."""
        template_id = self.current_id()
        if template_id is None:
            return
        name = self._ask_name(t("Rename template"), self.list.currentItem().text())
        if name is None:
            return
        if common.ok(
            common.attempt(self, lambda: update_template(self.db, template_id, name=name))
        ):
            self.refresh(template_id)

    def _delete(self) -> None:
        """Delete the chosen template after confirmation (meetings keep their agenda)."""
        template_id = self.current_id()
        if template_id is None:
            return
        question = t("Delete the template {name}? Meetings made with it keep their agenda.").format(
            name=self.list.currentItem().text()
        )
        if not dialogs.confirm(self, t("Delete template"), question, t("De&lete")):
            return
        self.items.set_template(None)
        if common.ok(common.attempt(self, lambda: delete_template(self.db, template_id))):
            self.refresh()

    def done(self, result: int) -> None:
        """Save what is still being typed before the window closes."""
        self.items.save()
        super().done(result)


def manage_templates(parent: QWidget | None, db: sqlite_utils.Database) -> None:
    """Show the agenda templates window until the user closes it."""
    TemplatesDialog(db, parent).exec()

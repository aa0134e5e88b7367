"""The items of one agenda template: list, add, remove, reorder, and edit each item's fields."""

import sqlite_utils
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from driehoek_app.core import reference
from driehoek_app.core.agenda_templates import (
    Template,
    TemplateItem,
    add_template_item,
    delete_template_item,
    get_template,
    move_template_item,
    update_template_item,
)
from driehoek_app.gui.i18n import t
from driehoek_app.gui.meetings.dialogs import common
from driehoek_app.gui.meetings.dialogs.rows_model import Column, RowsModel, RowsTable

CODE_ROLE = Qt.ItemDataRole.UserRole
SAVE_DELAY_MS = 500
MAX_MINUTES = 24 * 60


def item_columns(theme_titles: dict[str, str]) -> list[Column]:
    """Return the columns of the template item list."""
    return [
        Column(t("No."), lambda i: str(i.number), align_right=True),
        Column(t("Title"), lambda i: i.title),
        Column(
            t("Minutes"),
            lambda i: "" if i.planned_minutes is None else str(i.planned_minutes),
            align_right=True,
        ),
        Column(t("Themes"), lambda i: ", ".join(theme_titles.get(c, c) for c in i.themes)),
    ]


class TemplateItemsEditor(QWidget):
    """Edits the items of one template; every change is saved at once (text after a pause)."""

    def __init__(self, db: sqlite_utils.Database, parent: QWidget | None = None) -> None:
        """Build the item list with its buttons and the item form."""
        super().__init__(parent)
        self.db = db
        self.template: Template | None = None
        self.item: TemplateItem | None = None
        self._loading = False
        themes = reference.themes(db)
        self.table = RowsTable(
            RowsModel(item_columns({th.code: th.short_title for th in themes})),
            t("Items of the template"),
            t("Columns of the list"),
        )
        self.add = common.button(
            t("&New item"), t("New item"), tip=t("Adds an item below the chosen one")
        )
        self.remove = common.button(t("Remove i&tem"), t("Remove item"))
        self.up = common.button(t("Move &up"), t("Move up"), tip=t("Ctrl+Up"))
        self.down = common.button(t("Move do&wn"), t("Move down"), tip=t("Ctrl+Down"))
        self.total = QLabel()
        self.title = QLineEdit()
        self.title.setAccessibleName(t("Title of the item"))
        self.minutes = QSpinBox()
        self.minutes.setAccessibleName(t("Planned minutes"))
        self.minutes.lineEdit().setAccessibleName(t("Planned minutes"))
        self.minutes.setRange(0, MAX_MINUTES)
        self.minutes.setSuffix(t(" min"))
        self.minutes.setKeyboardTracking(False)
        self.themes = QListWidget()
        self.themes.setAccessibleName(t("IMV themes of the item"))
        for theme in themes:
            entry = QListWidgetItem(theme.short_title)
            entry.setData(CODE_ROLE, theme.code)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Unchecked)
            self.themes.addItem(entry)
        self.themes.setMaximumHeight(self.themes.sizeHintForRow(0) * (len(themes) + 1))
        self.description = QPlainTextEdit()
        self.description.setAccessibleName(t("Description of the item"))
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(self.fontMetrics().lineSpacing() * 7)
        self._timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._build_layout()
        self._connect()

    def _build_layout(self) -> None:
        """Place the list and its buttons above the form of the chosen item."""
        buttons = QHBoxLayout()
        for widget in (self.add, self.remove, self.up, self.down):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.total)
        form = QFormLayout()
        form.addRow(common.buddy_label(t("T&itle:"), self.title), self.title)
        form.addRow(common.buddy_label(t("&Planned time:"), self.minutes), self.minutes)
        form.addRow(common.buddy_label(t("T&hemes:"), self.themes), self.themes)
        form.addRow(common.buddy_label(t("&Description:"), self.description), self.description)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addLayout(form)

    def _connect(self) -> None:
        """Wire the buttons, shortcuts and fields."""
        self.add.clicked.connect(self._add)
        self.remove.clicked.connect(self._remove)
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(+1))
        for keys, step in (("Ctrl+Up", -1), ("Ctrl+Down", +1)):
            shortcut = QShortcut(QKeySequence(keys), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda step=step: self._move(step))
        self.table.selectionModel().currentRowChanged.connect(self._show_current)
        self.title.editingFinished.connect(self.save)
        self.minutes.valueChanged.connect(self.save)
        self.themes.itemChanged.connect(self.save)
        self.description.textChanged.connect(self._timer.start)
        self._timer.timeout.connect(self.save)

    def set_template(self, template_id: int | None, keep_item: int | None = None) -> None:
        """Show the items of a template (none for None); keep_item stays chosen if given."""
        self.save()
        self.template = get_template(self.db, template_id) if template_id else None
        items = list(self.template.items) if self.template else []
        self.table.rows_model().set_rows(items)
        self.table.fit_columns(stretch=1)
        if keep_item is None or not self.table.select_where(lambda i: i.id == keep_item):
            self.table.select_row(0)
        minutes = sum(item.planned_minutes or 0 for item in items)
        self.total.setText(t("Total: {minutes} minutes").format(minutes=minutes))
        self.add.setEnabled(self.template is not None)
        self._show_current()

    def _show_current(self) -> None:
        """Show the fields of the chosen item (after saving the one left)."""
        self.save()
        item = self.table.current_row()
        self.item = item
        self._loading = True
        for widget in (self.title, self.minutes, self.themes, self.description, self.remove):
            widget.setEnabled(item is not None)
        self.up.setEnabled(item is not None and item.number > 1)
        self.down.setEnabled(item is not None and item.number < self.table.model().rowCount())
        self.title.setText(item.title if item else "")
        self.minutes.setValue(item.planned_minutes or 0 if item else 0)
        for row in range(self.themes.count()):
            entry = self.themes.item(row)
            checked = item is not None and entry.data(CODE_ROLE) in item.themes
            entry.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.description.setPlainText(item.description if item else "")
        self._loading = False

    def _form_fields(self) -> dict[str, object]:
        """Return the item fields as the form shows them."""
        codes = [
            self.themes.item(row).data(CODE_ROLE)
            for row in range(self.themes.count())
            if self.themes.item(row).checkState() == Qt.CheckState.Checked
        ]
        return {
            "title": self.title.text().strip(),
            "planned_minutes": self.minutes.value(),
            "themes": tuple(codes),
            "description": self.description.toPlainText(),
        }

    def save(self) -> None:
        """Store the fields of the chosen item that differ from what is stored."""
        self._timer.stop()
        if self._loading or self.item is None:
            return
        stored = {"title": self.item.title, "planned_minutes": self.item.planned_minutes or 0,
                  "themes": self.item.themes, "description": self.item.description}  # fmt: skip
        changed = {k: v for k, v in self._form_fields().items() if stored[k] != v}
        if not changed:
            return
        if "themes" in changed:
            changed["themes"] = list(changed["themes"])
        item = self.item
        self._loading = True  # the refusal message takes the focus: do not save twice
        template = common.attempt(self, lambda: update_template_item(self.db, item.id, **changed))
        self._loading = False
        if common.ok(template):
            self.item = next(i for i in template.items if i.id == item.id)
            self._refresh_rows(template)
        else:
            self.title.setText(item.title)
            self.title.setFocus()

    def _refresh_rows(self, template: Template) -> None:
        """Show the stored items without changing the choice or the form."""
        self.template = template
        current = self.table.currentIndex().row()
        model = self.table.rows_model()
        model.set_rows(list(template.items))
        self.table.selectionModel().blockSignals(True)
        self.table.select_row(current)
        self.table.selectionModel().blockSignals(False)
        minutes = sum(item.planned_minutes or 0 for item in template.items)
        self.total.setText(t("Total: {minutes} minutes").format(minutes=minutes))

    def _add(self) -> None:
        """Add an item below the chosen one and put the cursor in its title."""
        if self.template is None:
            return
        self.save()
        position = self.item.number + 1 if self.item else None
        template_id = self.template.id
        before = {i.id for i in self.template.items}
        template = common.attempt(
            self, lambda: add_template_item(self.db, template_id, t("New item"), position=position)
        )
        if common.ok(template):
            new_id = next(i.id for i in template.items if i.id not in before)
            self.set_template(template_id, new_id)
            self.title.setFocus()
            self.title.selectAll()

    def _remove(self) -> None:
        """Remove the chosen item."""
        if self.template is None or self.item is None:
            return
        template_id, item = self.template.id, self.item
        self.item = None
        if common.ok(common.attempt(self, lambda: delete_template_item(self.db, item.id))):
            self.set_template(template_id)
            self.table.select_row(item.number - 1)

    def _move(self, step: int) -> None:
        """Move the chosen item one place up (-1) or down (+1)."""
        if self.template is None or self.item is None:
            return
        self.save()
        target = self.item.number + step
        if not 1 <= target <= len(self.template.items):
            return
        item_id, template_id = self.item.id, self.template.id
        if common.ok(common.attempt(self, lambda: move_template_item(self.db, item_id, target))):
            self.set_template(template_id, item_id)
            self.table.setFocus()

"""From an agenda item: link (pull in) the phenomena of the basisteam's ondermijningsbeeld.

A self-contained strip for the meeting screen: which phenomena are linked to the item, and
a button that opens a dialog to tick them. Links belong to the beeld and change nothing in
the meeting, so they can also be made for a vastgesteld meeting. What the dialog changed
goes to the meeting screen's undo stack (a concept meeting only: Ctrl+Z).
"""

import sqlite_utils
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from driehoek_app.core.agenda import get_item
from driehoek_app.core.beeld_links import (
    LinkRecord,
    link,
    link_record,
    links_to_item,
    suggested_entries,
    unlink,
)
from driehoek_app.core.beeld_phenomena import PhenomenonEntry
from driehoek_app.core.ondermijningsbeeld import get_beeld
from driehoek_app.gui.i18n import t
from driehoek_app.gui.meetings.dialogs import common
from driehoek_app.gui.meetings.host import ChangeRecorder
from driehoek_app.gui.ondermijning import labels

DATA_ROLE = Qt.ItemDataRole.UserRole


def entry_text(entry: PhenomenonEntry) -> str:
    """Return a phenomenon with its assessment: 'Drugs: hennep – ernst 4 ernstig, ↑ stijgend'."""
    parts = []
    if entry.ernst is not None:
        parts.append(t("ernst {value}").format(
            value=labels.scale_label(entry.ernst, labels.ernst_words())))  # fmt: skip
    if entry.trend:
        parts.append(labels.trend_label(entry.trend))
    return f"{entry.label} – {', '.join(parts)}" if parts else entry.label


def linked_entries(db: sqlite_utils.Database, item_id: int) -> dict[int, int]:
    """Return the phenomenon entries linked to the item itself: entry id -> link id."""
    return {
        owner.owner_id: owner.id
        for owner in links_to_item(db, item_id)
        if owner.owner_kind == "phenomenon" and owner.target_kind == "item"
        and owner.target_id == item_id
    }  # fmt: skip


class LinkPhenomenaDialog(QDialog):
    """Tick the phenomena of the beeld that this agenda item is about."""

    def __init__(self, db: sqlite_utils.Database, item_id: int, parent: QWidget | None = None):
        """Offer the phenomena of the beeld of the meeting's basisteam (its year or earlier)."""
        super().__init__(parent)
        self.db = db
        self.item_id = item_id
        item = get_item(db, item_id)
        self.setWindowTitle(
            t("Link phenomena – item {number}: {title}").format(
                number=item.number, title=item.title
            )
        )
        common.set_width(self, 80)
        self.entries = suggested_entries(db, item_id)
        self.linked = linked_entries(db, item_id)
        self.added: list[LinkRecord] = []
        self.removed: list[LinkRecord] = []
        intro = QLabel()
        intro.setWordWrap(True)
        if self.entries:
            beeld = get_beeld(db, self.entries[0].beeld_id)
            intro.setText(
                t("Tick the phenomena of the {beeld} that this agenda item discusses. The links "
                  "show in the beeld under 'Discussed in meetings'.").format(
                    beeld=beeld.display_title)
            )  # fmt: skip
        else:
            intro.setText(
                t("There is no ondermijningsbeeld of the basisteam of this meeting for its year "
                  "or an earlier year, so there are no phenomena to link.")
            )  # fmt: skip
        self.list = QListWidget()
        self.list.setAccessibleName(t("Phenomena of the beeld"))
        for entry in self.entries:
            row = QListWidgetItem(entry_text(entry))
            row.setData(DATA_ROLE, entry.id)
            row.setToolTip(entry.narrative or entry.label)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = entry.id in self.linked
            row.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.list.addItem(row)
        if self.entries:
            self.list.setCurrentRow(0)
        self.buttons = common.dialog_buttons(self, t("&Link"), t("Link"))
        common.ok_button(self.buttons).setEnabled(bool(self.entries))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.list.setFocus()

    def ticked(self) -> set[int]:
        """Return the ids of the ticked phenomenon entries."""
        return {
            self.list.item(row).data(DATA_ROLE)
            for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        }

    def _save(self) -> None:
        """Link the newly ticked phenomena and unlink the cleared ones (one transaction).

        Keeps the links made and removed as stored (self.added, self.removed) for undo.
        """
        ticked = self.ticked()
        added, removed = [], []
        with self.db.atomic():
            for entry in self.entries:
                if entry.id in ticked and entry.id not in self.linked:
                    made = link(self.db, "phenomenon", entry.id, "item", self.item_id)
                    added.append(link_record(self.db, made.id))
                elif entry.id not in ticked and entry.id in self.linked:
                    removed.append(link_record(self.db, self.linked[entry.id]))
                    unlink(self.db, self.linked[entry.id])
        self.added, self.removed = added, removed

    def accept(self) -> None:
        """Store the links; stay open with a Dutch message on a problem."""
        if common.ok(common.attempt(self, self._save)):
            super().accept()


def link_phenomena_dialog(
    parent: QWidget | None, db: sqlite_utils.Database, item_id: int
) -> LinkPhenomenaDialog | None:
    """Show the dialog; return it (with the links made and removed) when they were saved."""
    dialog = LinkPhenomenaDialog(db, item_id, parent)
    return dialog if dialog.exec() == QDialog.DialogCode.Accepted else None


class ItemPhenomena(QWidget):
    """A line above the item's details: the linked phenomena and 'Link phenomena...'."""

    def __init__(
        self,
        db: sqlite_utils.Database,
        parent: QWidget | None = None,
        recorder: ChangeRecorder | None = None,
    ) -> None:
        """Build the label and the button; nothing is shown until set_item."""
        super().__init__(parent)
        self.db = db
        self.recorder = recorder
        self.item_id: int | None = None
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.button = common.button(
            t("Link p&henomena..."), t("Link phenomena"),
            t("Link phenomena of the ondermijningsbeeld to this agenda item"),
        )  # fmt: skip
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.button.clicked.connect(self.choose)
        self.set_item(None)

    def set_item(self, item_id: int | None) -> None:
        """Show the phenomena linked to an item (nothing for None)."""
        self.item_id = item_id
        names = []
        if item_id is not None:
            owners = links_to_item(self.db, item_id)
            names = [o.text for o in owners if o.owner_kind == "phenomenon"]
        self.label.setText(
            t("Phenomena: {names}").format(names=", ".join(dict.fromkeys(names))) if names else ""
        )
        self.button.setEnabled(item_id is not None)

    def choose(self) -> None:
        """Open the dialog, record what changed for undo and show the result."""
        if self.item_id is None:
            return
        item_id = self.item_id
        saved = link_phenomena_dialog(self, self.db, item_id)
        if saved is None:
            return
        self.set_item(item_id)
        if self.recorder is not None:
            self.recorder.record_links(item_id, saved.added, saved.removed)

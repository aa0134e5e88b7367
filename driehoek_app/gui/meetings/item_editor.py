"""The right side of the meeting screen: the chosen item's details, minutes and what follows."""

import sqlite_utils
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter, QTabWidget, QVBoxLayout, QWidget

from driehoek_app.core import actions, agenda, decisions, reference
from driehoek_app.core.agenda import AgendaItem
from driehoek_app.gui import theme
from driehoek_app.gui.i18n import t
from driehoek_app.gui.meetings.actions_panel import ActionsPanel
from driehoek_app.gui.meetings.autosave import FieldSaver
from driehoek_app.gui.meetings.decisions_panel import DecisionsPanel
from driehoek_app.gui.meetings.dialogs.attachments import AttachmentsPanel
from driehoek_app.gui.meetings.editors import TextEdit
from driehoek_app.gui.meetings.handles import ITEM, Handle
from driehoek_app.gui.meetings.host import EditorHost
from driehoek_app.gui.meetings.item_details import ItemDetails
from driehoek_app.gui.meetings.previous_minutes import PreviousMinutesBar
from driehoek_app.gui.ondermijning.item_links import ItemPhenomena

ACTIELIJST_TITLE = "actielijst"
MINUTES_MIN_LINES = 8


def is_actielijst(item: AgendaItem | None) -> bool:
    """Tell whether an item is the actielijst, where earlier open actions are discussed."""
    return item is not None and item.title.strip().casefold() == ACTIELIJST_TITLE


class ItemEditor(QWidget):
    """Details, minutes, decisions, actions, actielijst and attachments of one agenda item."""

    def __init__(self, host: EditorHost, parent: QWidget | None = None) -> None:
        """Build the editors; they stay empty until load() is called."""
        super().__init__(parent)
        self.host = host
        self.db: sqlite_utils.Database = host.db
        self.item: AgendaItem | None = None
        self.handle: Handle | None = None
        self.read_only = False
        self._sizes: list[int] = []
        self.heading = QLabel()
        self.heading.setFont(theme.scaled(theme.bold(self.heading.font()), 1.15))
        self.heading.setWordWrap(True)
        self.previous = PreviousMinutesBar(self.db)
        self.previous.approved.connect(self.show_title)
        self.details = ItemDetails(host, reference.themes(self.db))
        self.phenomena = ItemPhenomena(self.db, recorder=host)
        self.minutes_label = QLabel(t("Minutes (Ctrl+M):"))
        self.minutes = TextEdit(t("Minutes of the agenda item"))
        self.minutes.setPlaceholderText(
            t("Type the minutes of this item here; they are saved as you type.")
        )
        self.minutes.setMinimumHeight(self.minutes.fontMetrics().lineSpacing() * MINUTES_MIN_LINES)
        self.minutes_label.setBuddy(self.minutes)
        self.minutes_saver = FieldSaver(self.minutes, self._commit_minutes)
        self.decisions = DecisionsPanel(host)
        self.actions = ActionsPanel(host)
        self.actielijst = ActionsPanel(host, carried=True)
        self.attachments = AttachmentsPanel(self.db, recorder=host)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(t("Decisions, actions and attachments"))
        self.tabs.tabBar().setAccessibleName(t("Decisions, actions and attachments"))
        self.tabs.addTab(self.decisions, t("Decisions"))
        self.tabs.addTab(self.actions, t("Actions"))
        self.tabs.addTab(self.attachments, t("Attachments"))
        self._layout()

    def _layout(self) -> None:
        """Details and minutes on top, the tabs below, split so the user can resize."""
        top = QWidget()
        column = QVBoxLayout(top)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.heading)
        column.addWidget(self.previous)
        column.addWidget(self.phenomena)
        column.addWidget(self.details)
        column.addWidget(self.minutes_label)
        column.addWidget(self.minutes, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    def _commit_minutes(self, old: str, new: str) -> bool:
        """Store the minutes of the current item."""
        if self.handle is None:
            return True
        return self.host.edit_field(self.handle, "minutes", old, new)

    def flush(self) -> bool:
        """Save every field of the item that is not stored yet; False if one was refused."""
        results = [
            self.details.flush(),
            self.minutes_saver.flush(),
            self.decisions.flush(),
            self.actions.flush(),
            self.actielijst.flush(),
        ]
        return all(results)

    def load(self, item_id: int | None) -> None:
        """Show an item (None: nothing chosen); pending edits of the previous one are saved.

        Reloading the item shown keeps its refused (unsaved) text on the screen.
        """
        self.flush()
        same = self.handle is not None and item_id == self.handle.id
        item = agenda.get_item(self.db, item_id) if item_id is not None else None
        self.item = item
        self.handle = self.host.handles.get(ITEM, item.id) if item else None
        self.details.load(item, self.handle, keep_unsaved=same)
        self.minutes_saver.load(item.minutes if item else "", keep_unsaved=same)
        self.refresh_lists()
        self.attachments.set_item(item.id if item else None)
        self.phenomena.set_item(item.id if item else None)
        self.setEnabled(item is not None)
        self.show_title()

    def unsaved(self) -> list[FieldSaver]:
        """Return the fields whose typed value was refused and is not stored yet."""
        savers = self.findChildren(FieldSaver)
        return [s for s in savers if s.is_unsaved() and not s.widget.isHidden()]

    def discard_unsaved(self) -> None:
        """Throw the refused values away: every field shows what is stored again."""
        for saver in self.unsaved():
            saver.discard()

    def show_title(self) -> None:
        """Show the number and title of the item above its details."""
        item = agenda.get_item(self.db, self.handle.id) if self.handle else None
        self.item = item
        self.heading.setText(
            t("Item {number}: {title}").format(number=item.number, title=item.title)
            if item
            else t("The agenda is empty. Add an item with Ctrl+N.")
        )
        self.previous.show_for(self.host.meeting_id, item.title if item else None, self.read_only)

    def refresh_lists(self) -> None:
        """Reload decisions, actions and (for the actielijst item) the earlier open actions."""
        item = self.item
        self.decisions.set_decisions(decisions.item_decisions(self.db, item.id) if item else [])
        self.actions.set_actions(actions.item_actions(self.db, item.id) if item else [])
        carried = is_actielijst(item)
        self.actielijst.set_actions(
            actions.actielijst(self.db, self.host.meeting_id) if carried else []
        )
        index = self.tabs.indexOf(self.actielijst)
        if carried and index < 0:
            self.tabs.insertTab(0, self.actielijst, "")
            self.tabs.setCurrentWidget(self.actielijst)
            self._sizes = self.splitter.sizes()
            total = sum(self._sizes)
            self.splitter.setSizes([total * 2 // 5, total - total * 2 // 5])
        elif not carried and index >= 0:
            self.tabs.removeTab(index)
            if self._sizes:
                self.splitter.setSizes(self._sizes)
        self._tab_titles()

    def _tab_titles(self) -> None:
        """Show how many decisions, actions and open earlier actions there are."""
        counts = (
            (self.decisions, t("Decisions ({count})"), len(self.decisions.rows)),
            (self.actions, t("Actions ({count})"), len(self.actions.rows)),
            (self.actielijst, t("Actielijst ({count})"), len(self.actielijst.rows)),
        )
        for widget, title, count in counts:
            index = self.tabs.indexOf(widget)
            if index >= 0:
                self.tabs.setTabText(index, title.format(count=count))

    def show_tab(self, widget: QWidget) -> None:
        """Bring one of the tabs to the front."""
        index = self.tabs.indexOf(widget)
        if index >= 0:
            self.tabs.setCurrentIndex(index)

    def set_owner_names(self, names: list[str]) -> None:
        """Offer these names (the attendees) when an owner is typed."""
        self.actions.set_owner_names(names)
        self.actielijst.set_owner_names(names)

    def set_read_only(self, read_only: bool) -> None:
        """Make every editor read-only (a vastgesteld meeting)."""
        self.read_only = read_only
        self.details.set_read_only(read_only)
        self.minutes.setReadOnly(read_only)
        self.decisions.set_read_only(read_only)
        self.actions.set_read_only(read_only)
        self.actielijst.set_read_only(read_only)
        self.attachments.set_read_only(read_only)

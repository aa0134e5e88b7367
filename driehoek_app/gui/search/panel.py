"""The search results beside the area: grouped by kind, newest first or by relevance."""

import sqlite_utils
from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from driehoek_app.core.agenda import get_item
from driehoek_app.core.search import SearchHit, search, search_kind
from driehoek_app.gui import formatting, theme
from driehoek_app.gui.i18n import t
from driehoek_app.gui.meetings.dialogs.common import attempt, button, combo, ok
from driehoek_app.gui.registers import filters
from driehoek_app.gui.search.delegate import HitDelegate
from driehoek_app.gui.search.results_model import HIT_ROLE, MORE_ROLE, SearchResultsModel

FIRST_PAGE = 10  # hits per kind while typing
MORE_PAGE = 50  # hits added by 'show more'
PANEL_CHARS = 56
SUMMARY_CHARS = 40  # of the search text repeated in the summary line


def summary_text(total: int, text: str) -> str:
    """Return '23 treffers voor "hennep"', or that nothing was found (a long text shortened)."""
    if len(text) > SUMMARY_CHARS:  # a pasted page or one long word must not widen the panel
        text = text[: SUMMARY_CHARS - 1].rstrip() + "\u2026"
    if total == 0:
        return t("Nothing found for \u201c{text}\u201d").format(text=text)
    if total == 1:
        return t("1 hit for \u201c{text}\u201d").format(text=text)
    return t("{count} hits for \u201c{text}\u201d").format(
        count=formatting.decimal(total, 0), text=text
    )


class ResultsTree(QTreeView):
    """The tree of results; Enter opens a hit, Escape goes back to the search box."""

    open_index = Signal(QModelIndex)
    escape_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter or Return opens the current row; Escape returns to the search box."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_index.emit(self.currentIndex())
            return
        if event.key() == Qt.Key.Key_Escape:
            self.escape_pressed.emit()
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Wrap the snippets again at the new width."""
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.doItemsLayout()


class SearchPanel(QWidget):
    """Runs a search through core and lists the hits; activating one asks to open it."""

    open_requested = Signal(int, int, str, int)  # meeting, item, kind, ref id
    close_requested = Signal()

    def __init__(self, db: sqlite_utils.Database, parent: QWidget | None = None) -> None:
        """Build the heading, the order choice and the tree; hidden until a search runs."""
        super().__init__(parent)
        self.db = db
        self.query = ""
        heading = QLabel(t("Search results"))
        heading.setFont(theme.bold(heading.font()))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.order = combo(
            t("Order of the results"),
            {"newest": t("Newest first"), "relevance": t("Most relevant first")},
        )
        self.order.setToolTip(t("Newest meeting first, or the best matches first"))
        self.order.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.order.currentIndexChanged.connect(lambda _index: self.run(self.query))
        self.close_button = button(
            t("Close"), t("Close the search results"), t("Close the search results (Escape)")
        )
        self.close_button.clicked.connect(self.close_requested)
        self.bodies = filters.body_box(t("Search the meetings of one body only"))
        filters.fill_bodies(self.bodies, db)
        self.bodies.currentIndexChanged.connect(lambda _index: self.run(self.query))
        self.model = SearchResultsModel(self)
        self.tree = ResultsTree()
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(t("Search results"))
        self.tree.setHeaderHidden(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.tree.setWordWrap(True)
        self.tree.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)  # fixed width
        self.tree.setItemDelegate(HitDelegate(self.tree))
        self.tree.open_index.connect(self.activate)
        self.tree.doubleClicked.connect(self.activate)
        self.tree.escape_pressed.connect(self.close_requested)
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(self.order)
        top.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.bodies)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * PANEL_CHARS)
        self.setMaximumWidth(self.fontMetrics().averageCharWidth() * PANEL_CHARS * 2)
        self.hide()

    def order_key(self) -> str:
        """Return 'newest' or 'relevance'."""
        return self.order.currentData()

    def body_ids(self) -> tuple[int, ...]:
        """Return the body searched (empty: every body)."""
        return filters.chosen_bodies(self.bodies)

    def set_order(self, key: str) -> None:
        """Choose the order (unknown keys are ignored)."""
        index = self.order.findData(key)
        if index >= 0:
            self.order.setCurrentIndex(index)

    def run(self, text: str) -> None:
        """Search for text and show the grouped hits (an empty text hides the panel)."""
        self.query = text
        if not text.strip():
            self.model.clear()
            self.hide()
            return
        if self.isHidden():
            filters.fill_bodies(self.bodies, self.db)  # bodies may have changed meanwhile
        results = search(
            self.db, text, limit=FIRST_PAGE, order=self.order_key(), body_ids=self.body_ids()
        )
        self.model.show_results(results)
        self.tree.expandAll()
        self.summary.setText(summary_text(results.total, text.strip()))
        self.show()

    def hits(self) -> list[SearchHit]:
        """Return the hits listed now."""
        return self.model.hits()

    def first_hit_index(self) -> QModelIndex:
        """Return the index of the first hit (invalid when there is none)."""
        for row in range(self.model.rowCount()):
            group = self.model.index(row, 0)
            if self.model.rowCount(group):
                return self.model.index(0, 0, group)
        return QModelIndex()

    def focus_results(self) -> None:
        """Put the keyboard in the results, on the first hit (it stays put when there is none)."""
        index = self.first_hit_index()
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.setFocus()

    def open_first(self) -> bool:
        """Open the chosen hit, or the first one; False when there is none."""
        index = self.tree.currentIndex()
        if not (index.isValid() and index.data(HIT_ROLE)):
            index = self.first_hit_index()
        if not index.isValid():
            return False
        self.activate(index)
        return True

    def activate(self, index: QModelIndex) -> None:
        """Open a hit, or list more hits of a kind."""
        hit = index.data(HIT_ROLE)
        if hit is not None:
            if not ok(attempt(self, lambda: get_item(self.db, hit.item_id))):
                self.run(self.query)  # removed since the search: show what is there now
                return
            self.open_requested.emit(hit.meeting_id, hit.item_id, hit.kind, hit.ref_id)
            return
        kind = index.data(MORE_ROLE)
        if kind:
            self.show_more(kind)

    def show_more(self, kind: str) -> None:
        """List the next hits of one kind."""
        group = self.model.group_item(kind)
        if group is None:
            return
        shown = self.model.hit_count(group)
        more = search_kind(
            self.db,
            self.query,
            kind,
            offset=shown,
            limit=MORE_PAGE,
            order=self.order_key(),
            body_ids=self.body_ids(),
        )
        self.model.add_hits(more)
        next_row = group.child(shown)
        if next_row is not None:
            self.tree.setCurrentIndex(next_row.index())

"""The search results as a tree: one row per kind (with its total), the hits below it.

Each group ends with a 'show more' row while not every hit of that kind is listed.
"""

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from driehoek_app.core.search import KindResults, SearchHit, SearchResults
from driehoek_app.gui import formatting, theme
from driehoek_app.gui.i18n import t
from driehoek_app.gui.search.snippet import hit_text, hit_tooltip

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
MORE_ROLE = Qt.ItemDataRole.UserRole + 3


def group_title(label: str, total: int) -> str:
    """Return 'Besluiten (23)'."""
    return t("{kind} ({count})").format(kind=label, count=formatting.decimal(total, 0))


def more_title(shown: int, total: int) -> str:
    """Return 'Meer tonen (13 van 23 nog niet getoond)'."""
    return t("Show more ({left} of {total} not shown yet)").format(
        left=formatting.decimal(total - shown, 0), total=formatting.decimal(total, 0)
    )


def _read_only(item: QStandardItem) -> QStandardItem:
    """Make an item selectable but not editable."""
    item.setEditable(False)
    return item


class SearchResultsModel(QStandardItemModel):
    """Groups of hits, in the order core returns them."""

    def __init__(self, parent: QObject | None = None) -> None:
        """Start empty."""
        super().__init__(parent)
        self.totals: dict[str, int] = {}

    def show_results(self, results: SearchResults) -> None:
        """Replace the tree by new results."""
        self.clear()
        self.totals = {}
        for group in results.groups:
            self.totals[group.kind] = group.total
            parent = _read_only(QStandardItem(group_title(group.label, group.total)))
            parent.setData(group.kind, KIND_ROLE)
            parent.setFont(theme.bold())
            self.appendRow(parent)
            self._append_hits(parent, group)

    def _append_hits(self, parent: QStandardItem, group: KindResults) -> None:
        """Add a page of hits under a group, with a 'show more' row when some are missing."""
        more = self.more_row(parent)
        if more is not None:
            parent.removeRow(more.row())
        for hit in group.hits:
            parent.appendRow(self.hit_item(hit))
        shown = self.hit_count(parent)
        if shown < group.total:
            item = _read_only(QStandardItem(more_title(shown, group.total)))
            item.setData(group.kind, MORE_ROLE)
            parent.appendRow(item)

    def add_hits(self, group: KindResults) -> None:
        """Add more hits of one kind (after 'show more')."""
        parent = self.group_item(group.kind)
        if parent is not None:
            self._append_hits(parent, group)

    @staticmethod
    def hit_item(hit: SearchHit) -> QStandardItem:
        """Return the row of one hit (its plain text is what screen readers read)."""
        item = _read_only(QStandardItem(hit_text(hit)))
        item.setData(hit, HIT_ROLE)
        item.setToolTip(hit_tooltip(hit))
        return item

    def group_item(self, kind: str) -> QStandardItem | None:
        """Return the group row of a kind."""
        for row in range(self.rowCount()):
            if self.item(row).data(KIND_ROLE) == kind:
                return self.item(row)
        return None

    @staticmethod
    def more_row(parent: QStandardItem) -> QStandardItem | None:
        """Return the 'show more' row of a group, if it has one."""
        last = parent.child(parent.rowCount() - 1) if parent.rowCount() else None
        return last if last is not None and last.data(MORE_ROLE) else None

    @staticmethod
    def hit_count(parent: QStandardItem) -> int:
        """Return how many hits a group lists."""
        return sum(1 for row in range(parent.rowCount()) if parent.child(row).data(HIT_ROLE))

    def hits(self) -> list[SearchHit]:
        """Return every hit listed, group after group."""
        found = []
        for row in range(self.rowCount()):
            group = self.item(row)
            for child in range(group.rowCount()):
                hit = group.child(child).data(HIT_ROLE)
                if hit is not None:
                    found.append(hit)
        return found

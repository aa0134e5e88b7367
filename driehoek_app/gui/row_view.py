"""How every read-only table of whole rows looks and behaves (registers, lists, Naslag)."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

ROW_PADDING = 8  # pixels above and below the text of a row


def configure_row_view(view: QTableView, name: str, header_name: str) -> None:
    """Make a read-only table choose whole rows, fixed-height, named, Tab leaving it."""
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)  # Tab leaves the table; arrow keys move inside it
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    rows = view.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no row measuring
    rows.setDefaultSectionSize(view.fontMetrics().lineSpacing() + ROW_PADDING)
    header = view.horizontalHeader()
    header.setAccessibleName(header_name)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setHighlightSections(False)
    header.setStretchLastSection(True)

"""The Formatie tab: the police formation per district and basisteam, 2018 beside 2022."""

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from driehoek_app.core.reference import District
from driehoek_app.gui import formatting
from driehoek_app.gui.i18n import t
from driehoek_app.gui.naslag.formation_model import (
    ALL_ROWS,
    BASISTEAMS,
    DISTRICT_PREFIX,
    FormationFilterProxy,
    FormationLine,
    FormationTableModel,
)
from driehoek_app.gui.naslag.table_view import ReferenceTable


class FormationView(QWidget):
    """Filter, table and explanation of the Sterkteverdeling politie."""

    def __init__(
        self,
        lines: list[FormationLine],
        peildatums: list[str],
        districts: list[District],
        parent: QWidget | None = None,
    ) -> None:
        """Build the filter row, the table and the note below it."""
        super().__init__(parent)
        intro = QLabel(
            t(
                "Formation of the police unit Noord-Holland in fte on {first} and on {last}, as "
                "fixed in the IMV 2019-2022 (chapter 6, Sterkteverdeling politie)."
            ).format(first=formatting.date(peildatums[0]), last=formatting.date(peildatums[-1]))
        )
        intro.setWordWrap(True)

        self.filter = QComboBox()
        self.filter.setAccessibleName(t("Show rows"))
        self.filter.addItem(t("All parts of the unit"), ALL_ROWS)
        self.filter.addItem(t("Basisteams only"), BASISTEAMS)
        for district in districts:
            self.filter.addItem(district.name, DISTRICT_PREFIX + district.name)
        filter_label = QLabel(t("&Show:"))
        filter_label.setBuddy(self.filter)

        self.order_button = QPushButton(t("&Document order"))
        self.order_button.setAccessibleName(t("Restore the order of the IMV table"))
        self.order_button.setToolTip(t("Undo the sorting by column: show the rows as in the IMV"))

        self.model = FormationTableModel(lines, peildatums, self)
        self.proxy = FormationFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = ReferenceTable(
            self.proxy, t("Formation table"), t("Formation columns"), column_chars={0: 60}
        )

        note = QLabel(
            t(
                "Bold rows are the unit, its parts and the district totals. Empty cells and dashes "
                "are as printed in the IMV. Click a column title to sort."
            )
        )
        note.setWordWrap(True)

        controls = QHBoxLayout()
        controls.addWidget(filter_label)
        controls.addWidget(self.filter)
        controls.addStretch(1)
        controls.addWidget(self.order_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(controls)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)

        self.filter.currentIndexChanged.connect(self._apply_filter)
        self.order_button.clicked.connect(self.table.restore_document_order)

    def _apply_filter(self) -> None:
        """Filter the table by the chosen entry."""
        self.proxy.set_row_filter(self.filter.currentData())

    def filter_key(self) -> str:
        """Return the key of the chosen filter."""
        return self.filter.currentData()

    def set_filter_key(self, key: str) -> None:
        """Choose a filter by key (ignored when unknown, e.g. from an older settings file)."""
        index = self.filter.findData(key)
        if index >= 0:
            self.filter.setCurrentIndex(index)

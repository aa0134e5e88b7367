"""The Ondermijningsbeelden area: pick basisteam and year; see and keep its beeld on one screen."""

import datetime as dt

import sqlite_utils
from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from driehoek_app.core import reference
from driehoek_app.core.beeld_compare import compare_years
from driehoek_app.core.beeld_summary import result_totals, signal_outcomes
from driehoek_app.core.interventions import list_interventions
from driehoek_app.core.ondermijning_schema import MAX_YEAR, MIN_YEAR
from driehoek_app.core.ondermijningsbeeld import (
    Beeld,
    beeld_content_counts,
    beeld_years,
    find_beeld,
    get_or_create_beeld,
)
from driehoek_app.gui import dialogs, theme
from driehoek_app.gui import settings as config
from driehoek_app.gui.i18n import t
from driehoek_app.gui.meetings.dialogs import common
from driehoek_app.gui.meetings.page import scrolled
from driehoek_app.gui.ondermijning import beeld_dialog
from driehoek_app.gui.ondermijning.documents_panel import DocumentsPanel
from driehoek_app.gui.ondermijning.interventions_panel import InterventionsPanel
from driehoek_app.gui.ondermijning.links_panel import LinksPanel, beeld_links, link_counts
from driehoek_app.gui.ondermijning.overview import BeeldOverview, figures_text
from driehoek_app.gui.ondermijning.phenomena_panel import PhenomenaPanel
from driehoek_app.gui.ondermijning.signals_panel import SignalsPanel

SIGNALS_TAB, INTERVENTIONS_TAB, DOCUMENTS_TAB, LINKS_TAB = range(4)
TEMPLATE_NAME = "sjabloon-ondermijningsbeeld.xlsx"


class OndermijningPage(QWidget):
    """The beeld of one basisteam for one year: overview, phenomena, and tabs for the rest."""

    open_item_requested = Signal(int, int)  # meeting id, agenda item id

    def __init__(self, db: sqlite_utils.Database, parent: QWidget | None = None) -> None:
        """Build the pickers, the overview, the phenomena list and the tabs; pick a beeld."""
        super().__init__(parent)
        self.db = db
        self.beeld: Beeld | None = None
        self.basisteam = common.combo(t("Basisteam"))
        for team in reference.basisteams(db):
            self.basisteam.addItem(team.name, team.name)
        self.year = QSpinBox()
        self.year.setRange(MIN_YEAR, MAX_YEAR)
        self.year.setAccessibleName(t("Year"))
        self.year.lineEdit().setAccessibleName(t("Year"))
        self.year.setKeyboardTracking(False)
        self.edit_beeld = common.button(
            t("&Edit beeld..."), t("Edit beeld"), t("Title, summary, peildatum, made with whom")
        )
        self.import_button = common.button(
            t("Im&port from Excel/CSV..."), t("Import from Excel or CSV")
        )
        self.template = common.button(
            t("Save &template..."), t("Save template"), t("An empty Excel workbook to fill in")
        )
        self.notice = QLabel()
        self.overview = BeeldOverview()
        self.phenomena = PhenomenaPanel(db, self.ensure_beeld)
        self.signals = SignalsPanel(db, self.ensure_beeld)
        self.interventions = InterventionsPanel(db, self.ensure_beeld)
        self.documents = DocumentsPanel(db, self.ensure_beeld)
        self.links = LinksPanel(db)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(t("Signals, interventions, documents and meetings"))
        self.tabs.tabBar().setAccessibleName(t("Signals, interventions, documents and meetings"))
        for panel in (self.signals, self.interventions, self.documents, self.links):
            self.tabs.addTab(panel, "")
        self._layout()
        self._connect()
        self.select(self.basisteam.currentData())

    def _layout(self) -> None:
        """Pickers and buttons on top, then the overview, then phenomena above the tabs."""
        top = QHBoxLayout()
        top.addWidget(common.buddy_label(t("&Basisteam:"), self.basisteam))
        top.addWidget(self.basisteam)
        top.addWidget(common.buddy_label(t("&Year:"), self.year))
        top.addWidget(self.year)
        top.addWidget(self.notice, 1)
        for button in (self.edit_beeld, self.import_button, self.template):
            top.addWidget(button)
        heading = QLabel(t("Phenomena"))
        heading.setFont(theme.bold(heading.font()))
        upper = QWidget()
        column = QVBoxLayout(upper)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(heading)
        column.addWidget(self.phenomena, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(upper)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addLayout(top)
        layout.addWidget(self.overview)
        layout.addWidget(self.splitter, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolled(content))  # a small window scrolls instead of squeezing

    def _connect(self) -> None:
        """Reload after every change; pickers choose the beeld."""
        self.basisteam.currentIndexChanged.connect(lambda _i: self._picked(year_follows=True))
        self.year.valueChanged.connect(lambda _v: self._picked(year_follows=False))
        for panel in (self.phenomena, self.signals, self.interventions, self.documents, self.links):
            panel.changed.connect(self.reload)  # fmt: skip
        self.links.open_item_requested.connect(self.open_item_requested)
        self.edit_beeld.clicked.connect(self.edit_description)
        self.import_button.clicked.connect(self.import_file)
        self.template.clicked.connect(self.save_template)

    def showEvent(self, event) -> None:
        """Read the beeld again when the area is shown (links may have been made meanwhile)."""
        super().showEvent(event)
        self.reload()

    def current_basisteam(self) -> str:
        """Return the name of the basisteam shown."""
        return self.basisteam.currentData() or ""

    def select(self, basisteam: str, year: int | None = None) -> None:
        """Show the beeld of a basisteam for a year (default: its latest beeld, else this year)."""
        self.basisteam.blockSignals(True)
        common.select_data(self.basisteam, basisteam)
        self.basisteam.blockSignals(False)
        if year is None:
            years = beeld_years(self.db, self.current_basisteam())
            year = years[0] if years else dt.date.today().year
        self.year.blockSignals(True)
        self.year.setValue(year)
        self.year.blockSignals(False)
        self.notice.clear()
        self.reload()

    def _picked(self, year_follows: bool) -> None:
        """Show the beeld picked; a new basisteam opens at its latest beeld."""
        self.select(self.current_basisteam(), None if year_follows else self.year.value())

    def ensure_beeld(self) -> Beeld:
        """Return the beeld shown, making an empty one when there is none yet."""
        return get_or_create_beeld(self.db, self.current_basisteam(), self.year.value())

    def reload(self) -> None:
        """Read the beeld again and show it everywhere (a hidden page reads it when shown)."""
        if not self.isVisible():
            return
        team, year = self.current_basisteam(), self.year.value()
        beeld = find_beeld(self.db, team, year)
        self.beeld = beeld
        comparison = compare_years(self.db, team, year)
        rows = beeld_links(self.db, beeld)
        figures = ""
        if beeld is not None:
            interventions = len(list_interventions(self.db, beeld.id))
            figures = figures_text(
                signal_outcomes(self.db, year, team), interventions,
                result_totals(self.db, year, team),
            )  # fmt: skip
        self.overview.show_beeld(team, year, beeld, beeld_years(self.db, team), comparison, figures)
        self.phenomena.show_comparison(beeld, comparison, link_counts(rows))
        self.signals.show_beeld(beeld, year)
        self.interventions.show_beeld(beeld)
        self.documents.show_beeld(beeld)
        self.links.show_links(beeld, rows)
        self.edit_beeld.setText(t("&Edit beeld...") if beeld else t("&Describe beeld..."))
        self._tab_titles(beeld, len(rows))

    def _tab_titles(self, beeld: Beeld | None, links: int) -> None:
        """Show how many signals, interventions, documents and links there are."""
        counts = beeld_content_counts(self.db, beeld.id) if beeld else {}
        titles = (
            (SIGNALS_TAB, t("Signals ({count})"), counts.get("signalen", 0)),
            (INTERVENTIONS_TAB, t("Interventions ({count})"), counts.get("interventies", 0)),
            (DOCUMENTS_TAB, t("Documents ({count})"), counts.get("documenten", 0)),
            (LINKS_TAB, t("Discussed in meetings ({count})"), links),
        )
        for index, title, count in titles:
            self.tabs.setTabText(index, title.format(count=count))

    def edit_description(self) -> None:
        """Describe the beeld (made if there is none), or delete it."""
        if beeld_dialog.edit_beeld(self, self.db, self.current_basisteam(), self.year.value()):
            self.reload()

    def import_file(self) -> None:
        """Import a workbook or CSV files into the beeld shown."""
        from driehoek_app.gui.ondermijning import import_dialog  # pandas: on first use

        if import_dialog.import_beeld_dialog(
            self, self.db, self.current_basisteam(), self.year.value()
        ):
            self.reload()

    def save_template(self) -> None:
        """Save the empty import template where the user wants it."""
        from driehoek_app.core.beeld_template import write_template  # openpyxl: on first use

        path = dialogs.ask_save_file(self, t("Save template"), TEMPLATE_NAME)
        if path is None:
            return
        if not path.suffix:
            path = path.with_suffix(".xlsx")
        written = common.attempt(self, lambda: write_template(path, self.db))
        if common.ok(written):
            self.notice.setText(t("Template saved as {path}").format(path=written))

    def save_state(self, settings: QSettings) -> None:
        """Remember basisteam, year, open tab and the split between phenomena and tabs."""
        config.ONDERMIJNING_BASISTEAM.write(settings, self.current_basisteam())
        config.ONDERMIJNING_YEAR.write(settings, self.year.value())
        config.ONDERMIJNING_TAB.write(settings, self.tabs.currentIndex())
        config.ONDERMIJNING_SPLITTER.write(settings, self.splitter.saveState())

    def restore_state(self, settings: QSettings) -> None:
        """Show the beeld of last time (unknown values are ignored)."""
        team = config.ONDERMIJNING_BASISTEAM.read(settings)
        year = config.ONDERMIJNING_YEAR.read(settings)
        if team and self.basisteam.findData(team) >= 0:
            self.select(team, year if MIN_YEAR <= year <= MAX_YEAR else None)
        tab = config.ONDERMIJNING_TAB.read(settings)
        if 0 <= tab < self.tabs.count():
            self.tabs.setCurrentIndex(tab)
        splitter = config.ONDERMIJNING_SPLITTER.read(settings)
        if not splitter.isEmpty():
            self.splitter.restoreState(splitter)

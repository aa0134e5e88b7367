"""The Naslag area: tabs for the IMV themes, the formation and the Veiligheidsagenda.

The Formation and Veiligheidsagenda tabs are built (their tables read and fitted) the first
time they are shown or asked for; until then an empty widget holds their place.
"""

import sqlite_utils
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from driehoek_app.core import reference
from driehoek_app.gui import settings as config
from driehoek_app.gui.i18n import t
from driehoek_app.gui.naslag.agenda_view import AgendaView
from driehoek_app.gui.naslag.document_picker import Document, DocumentPicker
from driehoek_app.gui.naslag.formation_model import pair_by_unit
from driehoek_app.gui.naslag.formation_view import FormationView
from driehoek_app.gui.naslag.markdown import theme_markdown
from driehoek_app.gui.tab_order import tab_after

THEMES_TAB, FORMATION_TAB, AGENDA_TAB = range(3)


def theme_documents(db: sqlite_utils.Database) -> list[Document]:
    """Return the four IMV themes as readable documents."""
    return [
        Document(item.code, f"{item.number}. {item.short_title}", theme_markdown(item))
        for item in reference.themes(db)
    ]


class NaslagPage(QWidget):
    """Reads the IMV reference data from the database and shows it in three tabs."""

    def __init__(self, db: sqlite_utils.Database, parent: QWidget | None = None) -> None:
        """Load the themes through core.reference and build the tabs (the others when shown)."""
        super().__init__(parent)
        self.db = db
        self._formation: FormationView | None = None
        self._agenda: AgendaView | None = None
        self._settings: QSettings | None = None  # restored from; read by tabs built later
        heading = QLabel(t("Reference: IMV 2019-2022 of the police unit Noord-Holland"))
        heading.setObjectName("areaHeading")
        heading.setWordWrap(True)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)

        self.themes = DocumentPicker(theme_documents(db), t("IMV themes"), t("Text of the theme"))
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(t("Reference sections"))
        self.tabs.tabBar().setAccessibleName(t("Reference sections"))
        self.tabs.addTab(self.themes, t("IMV themes"))
        self.tabs.addTab(QWidget(), t("Formation"))
        self.tabs.addTab(QWidget(), t("Veiligheidsagenda"))
        self.tabs.setTabToolTip(THEMES_TAB, t("The four priority themes of the IMV 2019-2022"))
        self.tabs.setTabToolTip(FORMATION_TAB, t("Police formation per district and basisteam"))
        self.tabs.setTabToolTip(AGENDA_TAB, t("National policy goals and targets per police unit"))

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(self._tab_shown)

    @property
    def formation(self) -> FormationView:
        """Return the Formation tab, building it the first time."""
        if self._formation is None:
            peildatums = reference.peildatums(self.db)
            self._formation = FormationView(
                pair_by_unit(reference.formation(self.db), peildatums),
                peildatums,
                reference.districts(self.db),
            )
            self._place(FORMATION_TAB, self._formation)
            if self._settings is not None:
                self._restore_formation(self._settings)
        return self._formation

    @property
    def agenda(self) -> AgendaView:
        """Return the Veiligheidsagenda tab, building it the first time."""
        if self._agenda is None:
            self._agenda = AgendaView(
                reference.targets(self.db),
                reference.policy_goals(self.db),
                reference.national_themes(self.db),
            )
            self._place(AGENDA_TAB, self._agenda)
            if self._settings is not None:
                self._restore_agenda(self._settings)
        return self._agenda

    def _tab_shown(self, index: int) -> None:
        """Build the tab that comes into view, if it is not built yet."""
        if index == FORMATION_TAB:
            self.formation  # noqa: B018 (reading the property builds the tab)
        elif index == AGENDA_TAB:
            self.agenda  # noqa: B018 (reading the property builds the tab)

    def _place(self, index: int, view: QWidget) -> None:
        """Put a newly built view in its tab, where the empty widget was, title and tip kept."""
        empty, current = self.tabs.widget(index), self.tabs.currentIndex()
        title, tip = self.tabs.tabText(index), self.tabs.tabToolTip(index)
        blocked = self.tabs.blockSignals(True)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, view, title)
        self.tabs.setTabToolTip(index, tip)
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(blocked)
        empty.deleteLater()
        tab_after(self.tabs.tabBar(), view)

    def save_state(self, settings: QSettings) -> None:
        """Remember the open tab, the chosen theme, the filters and the splitter sizes."""
        config.NASLAG_TAB.write(settings, self.tabs.currentIndex())
        config.LAST_THEME.write(settings, self.themes.current_key())
        config.THEMES_SPLITTER.write(settings, self.themes.save_splitter())
        if self._formation is not None:  # a tab never built keeps what the settings hold
            config.FORMATION_FILTER.write(settings, self._formation.filter_key())
        if self._agenda is not None:
            config.AGENDA_TAB.write(settings, self._agenda.currentIndex())
            config.TARGETS_GOAL.write(settings, self._agenda.targets.goal_code())

    def restore_state(self, settings: QSettings) -> None:
        """Reopen what was open last time (unknown values are ignored)."""
        self._settings = settings
        if self._formation is not None:
            self._restore_formation(settings)
        if self._agenda is not None:
            self._restore_agenda(settings)
        tab = config.NASLAG_TAB.read(settings)
        if 0 <= tab < self.tabs.count():
            self.tabs.setCurrentIndex(tab)
        theme_key = config.LAST_THEME.read(settings)
        if theme_key:
            self.themes.select(theme_key)
        self.themes.restore_splitter(config.THEMES_SPLITTER.read(settings))

    def _restore_formation(self, settings: QSettings) -> None:
        """Choose the formation filter of last time."""
        self.formation.set_filter_key(config.FORMATION_FILTER.read(settings))

    def _restore_agenda(self, settings: QSettings) -> None:
        """Open the Veiligheidsagenda tab and policy goal of last time."""
        agenda_tab = config.AGENDA_TAB.read(settings)
        if 0 <= agenda_tab < self.agenda.count():
            self.agenda.setCurrentIndex(agenda_tab)
        self.agenda.targets.set_goal_code(config.TARGETS_GOAL.read(settings))

"""The Naslag area: tabs for the IMV themes, the formation and the Veiligheidsagenda."""

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
        """Load the reference data through core.reference and build the tabs."""
        super().__init__(parent)
        heading = QLabel(t("Reference: IMV 2019-2022 of the police unit Noord-Holland"))
        heading.setObjectName("areaHeading")
        heading.setWordWrap(True)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)

        self.themes = DocumentPicker(theme_documents(db), t("IMV themes"), t("Text of the theme"))
        peildatums = reference.peildatums(db)
        self.formation = FormationView(
            pair_by_unit(reference.formation(db), peildatums), peildatums, reference.districts(db)
        )
        self.agenda = AgendaView(
            reference.targets(db), reference.policy_goals(db), reference.national_themes(db)
        )
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(t("Reference sections"))
        self.tabs.tabBar().setAccessibleName(t("Reference sections"))
        self.tabs.addTab(self.themes, t("IMV themes"))
        self.tabs.addTab(self.formation, t("Formation"))
        self.tabs.addTab(self.agenda, t("Veiligheidsagenda"))
        self.tabs.setTabToolTip(THEMES_TAB, t("The four priority themes of the IMV 2019-2022"))
        self.tabs.setTabToolTip(FORMATION_TAB, t("Police formation per district and basisteam"))
        self.tabs.setTabToolTip(AGENDA_TAB, t("National policy goals and targets per police unit"))

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.tabs, 1)

    def save_state(self, settings: QSettings) -> None:
        """Remember the open tab, the chosen theme, the filters and the splitter sizes."""
        config.NASLAG_TAB.write(settings, self.tabs.currentIndex())
        config.LAST_THEME.write(settings, self.themes.current_key())
        config.THEMES_SPLITTER.write(settings, self.themes.save_splitter())
        config.FORMATION_FILTER.write(settings, self.formation.filter_key())
        config.AGENDA_TAB.write(settings, self.agenda.currentIndex())
        config.TARGETS_GOAL.write(settings, self.agenda.targets.goal_code())

    def restore_state(self, settings: QSettings) -> None:
        """Reopen what was open last time (unknown values are ignored)."""
        tab = config.NASLAG_TAB.read(settings)
        if 0 <= tab < self.tabs.count():
            self.tabs.setCurrentIndex(tab)
        theme_key = config.LAST_THEME.read(settings)
        if theme_key:
            self.themes.select(theme_key)
        self.themes.restore_splitter(config.THEMES_SPLITTER.read(settings))
        self.formation.set_filter_key(config.FORMATION_FILTER.read(settings))
        agenda_tab = config.AGENDA_TAB.read(settings)
        if 0 <= agenda_tab < self.agenda.count():
            self.agenda.setCurrentIndex(agenda_tab)
        self.agenda.targets.set_goal_code(config.TARGETS_GOAL.read(settings))

"""The Monitoring area: Veiligheidsagenda realisations with charts, attention per theme, report."""

import datetime as dt

import sqlite_utils
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QTabWidget, QVBoxLayout, QWidget

from driehoek_app.core import reference
from driehoek_app.core.ondermijning_schema import MAX_YEAR, MIN_YEAR
from driehoek_app.gui import settings as config
from driehoek_app.gui import theme
from driehoek_app.gui.i18n import t
from driehoek_app.gui.meetings.dialogs import common
from driehoek_app.gui.monitoring.attention_panel import AttentionPanel
from driehoek_app.gui.monitoring.targets_panel import TargetsPanel

UNIT = ""  # the scope value of the whole unit
TARGETS_TAB, ATTENTION_TAB = range(2)


class MonitoringPage(QWidget):
    """Pick a year and a basisteam (or the unit); targets, attention and the Jaarrapportage."""

    def __init__(self, db: sqlite_utils.Database, parent: QWidget | None = None) -> None:
        """Build the pickers, the report button and the two tabs; figures are read when shown."""
        super().__init__(parent)
        self.db = db
        heading = QLabel(t("Monitoring of the IMV themes and the Veiligheidsagenda"))
        heading.setObjectName("areaHeading")
        heading.setFont(theme.scaled(theme.bold(heading.font()), 1.15))
        heading.setWordWrap(True)
        self.scope = common.combo(t("Basisteam or unit"))
        self.scope.addItem(t("Unit Noord-Holland"), UNIT)
        for team in reference.basisteams(db):
            self.scope.addItem(team.name, team.name)
        self.scope.setToolTip(t("Attention and Jaarrapportage of one basisteam or the whole unit"))
        self.year = QSpinBox()
        self.year.setRange(MIN_YEAR, MAX_YEAR)
        self.year.setValue(dt.date.today().year)
        self.year.setAccessibleName(t("Year"))
        self.year.lineEdit().setAccessibleName(t("Year"))
        self.year.setKeyboardTracking(False)
        self.report = common.button(
            t("Make &Jaarrapportage..."), t("Make Jaarrapportage"),
            t("The annual report as PDF: attention, decisions, interventions, targets"),
        )  # fmt: skip
        self.targets = TargetsPanel(db)
        self.attention = AttentionPanel(db)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(t("Monitoring sections"))
        self.tabs.tabBar().setAccessibleName(t("Monitoring sections"))
        self.tabs.addTab(self.targets, t("Veiligheidsagenda: targets and realisations"))
        self.tabs.addTab(self.attention, t("Attention per IMV theme"))
        self.tabs.setTabToolTip(
            TARGETS_TAB, t("The targets of the unit Noord-Holland; type what was realised")
        )
        self.tabs.setTabToolTip(ATTENTION_TAB, t("Counted from the meetings of the chosen scope"))
        top = QHBoxLayout()
        top.addWidget(common.buddy_label(t("&Year:"), self.year))
        top.addWidget(self.year)
        top.addWidget(common.buddy_label(t("&Basisteam:"), self.scope))
        top.addWidget(self.scope)
        top.addStretch(1)
        top.addWidget(self.report)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.year.valueChanged.connect(lambda _v: self.reload())
        self.scope.currentIndexChanged.connect(lambda _i: self.reload())
        self.report.clicked.connect(self.make_report)

    def basisteam(self) -> str | None:
        """Return the chosen basisteam, or None for the unit."""
        return self.scope.currentData() or None

    def select(self, year: int, basisteam: str | None = None) -> None:
        """Show a year and a basisteam (None: the unit)."""
        self.scope.blockSignals(True)
        common.select_data(self.scope, basisteam or UNIT)
        self.scope.blockSignals(False)
        self.year.blockSignals(True)
        self.year.setValue(year)
        self.year.blockSignals(False)
        self.reload()

    def reload(self) -> None:
        """Show the targets of the year and the attention of the chosen scope.

        A hidden page reads nothing: showing it reads the figures (once).
        """
        if not self.isVisible():
            return
        self.targets.show_year(self.year.value())
        self.attention.show_scope(self.basisteam(), self.year.value())

    def showEvent(self, event) -> None:
        """Read the figures again when the area is shown (meetings may have changed)."""
        super().showEvent(event)
        self.reload()

    def make_report(self) -> None:
        """Open the Jaarrapportage of the chosen year and scope (rendered in the background)."""
        from driehoek_app.gui.monitoring import report_dialog  # ReportLab, QtPdf: on first use

        report_dialog.show_annual_report(self, self.db, self.year.value(), self.basisteam())

    def save_state(self, settings: QSettings) -> None:
        """Remember year, scope and open tab."""
        config.MONITORING_SCOPE.write(settings, self.scope.currentData() or UNIT)
        config.MONITORING_YEAR.write(settings, self.year.value())
        config.MONITORING_TAB.write(settings, self.tabs.currentIndex())

    def restore_state(self, settings: QSettings) -> None:
        """Show what was shown last time (unknown values are ignored)."""
        scope = config.MONITORING_SCOPE.read(settings)
        year = config.MONITORING_YEAR.read(settings)
        if self.scope.findData(scope) < 0:
            scope = UNIT
        self.select(year if MIN_YEAR <= year <= MAX_YEAR else self.year.value(), scope or None)
        tab = config.MONITORING_TAB.read(settings)
        if 0 <= tab < self.tabs.count():
            self.tabs.setCurrentIndex(tab)

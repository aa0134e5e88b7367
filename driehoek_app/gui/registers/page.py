"""The Besluiten en acties area: the besluitenregister and the actieregister in two tabs."""

import datetime as dt

import sqlite_utils
from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from driehoek_app.gui import settings as config
from driehoek_app.gui import theme
from driehoek_app.gui.i18n import t
from driehoek_app.gui.meetings.page import scrolled
from driehoek_app.gui.registers.actions_tab import ActionsRegister
from driehoek_app.gui.registers.decisions_tab import DecisionsRegister

DECISIONS_TAB, ACTIONS_TAB = range(2)


class RegistersPage(QWidget):
    """Both registers over every meeting; opening a row shows its meeting at the item."""

    open_requested = Signal(int, int, str, int)  # meeting, item, kind, decision or action id

    def __init__(
        self, db: sqlite_utils.Database, parent: QWidget | None = None, today: dt.date | None = None
    ) -> None:
        """Build both tabs; their rows are read when the area is shown."""
        super().__init__(parent)
        heading = QLabel(t("Decisions and actions"))
        heading.setObjectName("areaHeading")
        heading.setFont(theme.scaled(theme.bold(heading.font()), 1.3))
        self.decisions = DecisionsRegister(db)
        self.actions = ActionsRegister(db, today=today)
        for register in (self.decisions, self.actions):
            register.open_requested.connect(self.open_requested)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(t("Registers"))
        self.tabs.tabBar().setAccessibleName(t("Registers"))
        # scrolled: a narrow window scrolls a register instead of growing to fit its buttons
        self.tabs.addTab(scrolled(self.decisions), t("Besluitenregister"))
        self.tabs.addTab(scrolled(self.actions), t("Actieregister"))
        self.tabs.setTabToolTip(DECISIONS_TAB, t("Every decision of every body"))
        self.tabs.setTabToolTip(ACTIONS_TAB, t("Every action of every body: who does what by when"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.tabs, 1)

    def showEvent(self, event: QShowEvent) -> None:
        """Read both registers again whenever the area comes into view (others change data)."""
        super().showEvent(event)
        self.load()

    def load(self) -> None:
        """Read filter choices and rows of both registers again."""
        self.decisions.load()
        self.actions.load()

    def show_actions(self) -> ActionsRegister:
        """Bring the actieregister to the front."""
        self.tabs.setCurrentIndex(ACTIONS_TAB)
        return self.actions

    def save_state(self, settings: QSettings) -> None:
        """Remember the register shown."""
        config.REGISTERS_TAB.write(settings, self.tabs.currentIndex())

    def restore_state(self, settings: QSettings) -> None:
        """Show the register of last time."""
        tab = config.REGISTERS_TAB.read(settings)
        if 0 <= tab < self.tabs.count():
            self.tabs.setCurrentIndex(tab)

"""Manage the bodies (with gemeenten and members) and the people who take part in meetings."""

import sqlite_utils
from PySide6.QtWidgets import QDialog, QLabel, QTabWidget, QVBoxLayout, QWidget

from driehoek_app.gui.i18n import t
from driehoek_app.gui.meetings.dialogs import common
from driehoek_app.gui.meetings.dialogs.bodies_tab import BodiesTab
from driehoek_app.gui.meetings.dialogs.people_tab import PeopleTab

SIZE_CHARS = (150, 38)  # width in characters, height in lines


class BodiesAndPeopleDialog(QDialog):
    """Two tabs: the bodies with their members, and everyone entered; changes save at once."""

    def __init__(self, db: sqlite_utils.Database, parent: QWidget | None = None) -> None:
        """Build both tabs; a change of a person shows at once in the member lists."""
        super().__init__(parent)
        self.setWindowTitle(t("Bodies and people"))
        self.bodies = BodiesTab(db)
        self.people = PeopleTab(db)
        self.tabs = QTabWidget()
        self.tabs.tabBar().setAccessibleName(t("Parts of the window"))
        self.tabs.addTab(self.bodies, t("&Bodies"))
        self.tabs.addTab(self.people, t("&People"))
        note = QLabel(
            t(
                "People are entered once with name, role, organisation and e-mail address; "
                "nothing more is kept about them."
            )
        )
        note.setWordWrap(True)
        self.buttons = common.dialog_buttons(self, close_only=True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.people.changed.connect(self.bodies.refresh)
        metrics = self.fontMetrics()
        self.resize(
            metrics.averageCharWidth() * SIZE_CHARS[0], metrics.lineSpacing() * SIZE_CHARS[1]
        )
        self.bodies.list.setFocus()


def manage_bodies_and_people(parent: QWidget | None, db: sqlite_utils.Database) -> None:
    """Show the bodies-and-people window until the user closes it."""
    BodiesAndPeopleDialog(db, parent).exec()

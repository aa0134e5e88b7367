"""The menus of the main window: Bestand, Bewerken, Ga naar and Help, with their shortcuts.

Shortcuts are set with setShortcuts([...]): PySide's setShortcut(...) builds all of Qt's
enums on its first call (12 ms before the window's first paint).
"""

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence

from driehoek_app.gui.areas import MEETINGS
from driehoek_app.gui.edit_menu import EditMenu
from driehoek_app.gui.i18n import t
from driehoek_app.gui.safety.menu import SafetyActions

if TYPE_CHECKING:
    from driehoek_app.gui.main_window import MainWindow


class WindowMenus:
    """Builds the menu bar of a main window and keeps the actions others enable or trigger."""

    def __init__(self, window: "MainWindow") -> None:
        """Create the Bestand, Ga naar and Help menus in window's menu bar."""
        bar = window.menuBar()
        bar.setAccessibleName(t("Menu bar"))
        file_menu = bar.addMenu(t("&File"))
        self.quit = QAction(t("&Quit"), window)
        self.quit.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Quit))
        if self.quit.shortcut().isEmpty():  # Windows has no standard Quit key
            self.quit.setShortcuts([QKeySequence("Ctrl+Q")])
        self.quit.setStatusTip(t("Close driehoek_app"))
        self.quit.triggered.connect(window.close)
        calendar = QAction(t("Save &calendar file (.ics)…"), window)
        calendar.setStatusTip(t("A meeting, or a body's year, as a file for Outlook"))
        calendar.triggered.connect(lambda: save_calendar(window))
        demo = QAction(t("Load &demo data…"), window)
        demo.setStatusTip(t("Fill an empty database with fictional meetings"))
        demo.triggered.connect(window.load_demo)
        file_menu.addActions([calendar, demo])
        self.database = [calendar, demo]  # only while the window has a database
        file_menu.addSeparator()
        file_menu.addAction(self.quit)
        self.safety = SafetyActions(window, file_menu, self.quit)  # Session enables

        self.edit = EditMenu(window, bar)

        go_menu = bar.addMenu(t("&Go to"))
        self.areas: dict[str, QAction] = {}
        for number, area in enumerate(window.areas, start=1):
            action = QAction(area.title, window)
            action.setShortcuts([QKeySequence(f"Ctrl+{number}")])
            action.triggered.connect(lambda _checked=False, key=area.key: window.show_area(key))
            go_menu.addAction(action)
            self.areas[area.key] = action

        help_menu = bar.addMenu(t("&Help"))
        about = QAction(t("&About driehoek_app"), window)
        about.triggered.connect(window.show_about)
        help_menu.addAction(about)
        self.enable_database_actions(False)

    def enable_database_actions(self, enabled: bool) -> None:
        """Enable or disable the actions that work on the database."""
        for action in self.database:
            action.setEnabled(enabled)


def save_calendar(window: "MainWindow") -> None:
    """Save the meeting at hand, or a body's year, as an .ics file."""
    from driehoek_app.gui.registers.calendar_dialog import save_calendar as ask_and_save

    page = window.meetings()
    meeting_id = None
    if window.current_area() == MEETINGS:
        meeting_id = page.screen.meeting_id if page.showing_meeting() else None
        meeting_id = meeting_id or page.list.current_meeting_id()
    path = ask_and_save(window, window.db, meeting_id, page.list.current_body_id())
    if path is not None:
        window.statusBar().showMessage(t("Saved as {path}").format(path=path))

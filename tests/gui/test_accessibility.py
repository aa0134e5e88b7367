"""Every control has a Dutch accessible name, and the window works from the keyboard."""

from gui_walk import every_screen, interactive_widgets
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QHeaderView, QMenuBar

from driehoek_app.gui.registers.page import RegistersPage


def test_every_interactive_widget_has_an_accessible_name(window):
    nameless = set()
    kinds = set()
    for screen in every_screen(window):
        for widget in interactive_widgets(window):
            kinds.add(type(widget).__name__)
            if not widget.accessibleName().strip():
                nameless.add((screen, type(widget).__name__, widget.objectName()))
    assert sorted(nameless) == []
    assert kinds >= {
        "QMenuBar",
        "QListWidget",
        "QTabBar",
        "ReadingView",
        "QComboBox",
        "QPushButton",
        "QCheckBox",
        "ReferenceTable",
        "QHeaderView",
    }


def test_every_interactive_widget_takes_keyboard_focus(window):
    unreachable = set()
    for screen in every_screen(window):
        for widget in interactive_widgets(window):
            if isinstance(widget, QHeaderView | QMenuBar):
                continue  # reached through their table (arrow keys) and Alt + letter
            if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                unreachable.add((screen, type(widget).__name__, widget.accessibleName()))
    assert sorted(unreachable) == []


def test_ctrl_number_switches_areas(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    expected = ["vergaderingen", "besluiten_acties", "ondermijningsbeelden", "monitoring", "naslag"]
    keys = [Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5]
    for key, area in zip(keys, expected, strict=True):
        qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
        assert window.current_area() == area
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(window.stack.currentWidget(), RegistersPage)
    assert window.windowTitle() == "Besluiten en acties"


def test_tab_moves_from_the_navigation_into_the_naslag_tabs(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.show_area("naslag")
    window.navigation.setFocus()
    qtbot.waitUntil(window.navigation.hasFocus)
    qtbot.keyClick(window.navigation, Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert focused is window.naslag().tabs.tabBar()
    qtbot.keyClick(focused, Qt.Key.Key_Right)
    assert window.naslag().tabs.currentIndex() == 1

"""The registers and the search results, filled with demo data, are named and Dutch throughout."""

import pytest
from demo_data import copy_of, make_demo_file
from dialog_checks import english_texts, nameless_widgets
from gui_walk import interactive_widgets
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QHeaderView, QLineEdit, QMenuBar

from driehoek_app.core import reference
from driehoek_app.core.action_register import owner_names
from driehoek_app.core.registers import register_labels, register_years
from driehoek_app.gui.main_window import MainWindow
from driehoek_app.gui.settings import open_settings


@pytest.fixture
def window(qtbot, tmp_path, settings_path):
    """The main window on one year of fictional meetings, showing the registers."""
    db = copy_of(make_demo_file(tmp_path), tmp_path)
    main = MainWindow(db, open_settings(settings_path))
    qtbot.addWidget(main)
    main.resize(1400, 850)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main)
    yield main
    db.close()


def data_texts(db) -> set[str]:
    """Return the stored texts the filter boxes offer: years, themes, labels, owners."""
    themes = {f"{th.number}. {th.short_title}" for th in reference.themes(db)}
    return (
        {str(year) for year in register_years(db)}
        | themes
        | set(register_labels(db))
        | set(owner_names(db))
    )


def screens(window):
    """Show both registers, then search results beside them; yield a name for each."""
    window.show_area("besluiten_acties")
    page = window.registers()
    for tab in range(page.tabs.count()):
        page.tabs.setCurrentIndex(tab)
        QApplication.processEvents()
        yield f"register {tab}"
    window.search.box.setText("hennep")
    window.search.box.search_now()
    QApplication.processEvents()
    yield "search results"


def test_every_control_is_named_dutch_and_reachable_by_keyboard(window):
    data = data_texts(window.db)
    for screen in screens(window):
        assert nameless_widgets(window) == [], screen
        assert english_texts(window, data) == [], screen
        unreachable = [
            w.accessibleName()
            for w in interactive_widgets(window)
            if not isinstance(w, QHeaderView | QMenuBar)
            and not isinstance(w.parentWidget(), QLineEdit)  # Qt's clear button: Escape
            and not w.focusPolicy() & Qt.FocusPolicy.TabFocus
        ]
        assert unreachable == [], screen


def test_tab_goes_from_the_filters_to_the_table(qtbot, window):
    window.show_area("besluiten_acties")
    register = window.registers().decisions
    register.text.setFocus()
    qtbot.waitUntil(register.text.hasFocus)
    seen = []
    for _ in range(6):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget().accessibleName())
    assert "Besluitenregister" in seen

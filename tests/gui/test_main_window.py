"""The main window: areas, placeholders, menus, status bar and remembered state."""

from pathlib import Path

from PySide6.QtCore import Qt

from driehoek_app import __version__
from driehoek_app.gui import dialogs
from driehoek_app.gui import settings as config
from driehoek_app.gui.main_window import MainWindow
from driehoek_app.gui.registers.page import RegistersPage
from driehoek_app.gui.settings import open_settings

GUI = Path(__file__).resolve().parents[2] / "driehoek_app" / "gui"


def test_navigation_lists_the_areas_in_dutch(window):
    titles = [window.navigation.item(r).text() for r in range(window.navigation.count())]
    assert titles == [
        "Vergaderingen",
        "Besluiten en acties",
        "Ondermijningsbeelden",
        "Monitoring",
        "Naslag",
    ]
    assert window.current_area() == "naslag"  # the first start opens the working area
    assert window.windowTitle() == "Naslag"


def test_besluiten_en_acties_shows_both_registers(qtbot, window):
    window.show_area("besluiten_acties")
    page = window.stack.currentWidget()
    assert isinstance(page, RegistersPage)
    tabs = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert tabs == ["Besluitenregister", "Actieregister"]
    assert page.decisions.count.text() == "0 besluiten"


def test_status_bar_shows_the_database_file(window, fresh_db):
    assert window.database_label.text() == f"Database: {window.database_path}"
    assert window.database_path.endswith("test.sqlite3")
    assert window.database_label.isVisible()


def test_menus_are_dutch(window):
    menus = {a.text(): [x.text() for x in a.menu().actions()] for a in window.menuBar().actions()}
    assert menus["&Bestand"][:2] == ["Agenda-bestand (.ics) &opslaan…", "&Demogegevens laden…"]
    assert menus["&Bestand"][-1] == "&Afsluiten"
    assert menus["&Ga naar"] == [
        "Vergaderingen",
        "Besluiten en acties",
        "Ondermijningsbeelden",
        "Monitoring",
        "Naslag",
    ]
    assert menus["&Help"] == ["&Over driehoek_app"]


def test_about_shows_version_and_database(qtbot, window, monkeypatch):
    shown = []
    monkeypatch.setattr(
        dialogs, "show_about", lambda parent, title, text: shown.append((title, text))
    )
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    help_menu.actions()[0].trigger()
    title, text = shown[0]
    assert title == "Over driehoek_app"
    assert __version__ in text and window.database_path in text


def test_quit_closes_the_window(qtbot, window):
    file_menu = window.menuBar().actions()[0].menu()
    next(a for a in file_menu.actions() if a.text() == "&Afsluiten").trigger()
    assert not window.isVisible()


def test_geometry_area_and_naslag_state_come_back_from_the_ini_file(qtbot, fresh_db, tmp_path):
    path = tmp_path / "venster.ini"
    first = MainWindow(fresh_db, open_settings(path))
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    first.setGeometry(40, 50, 711, 555)  # fits the offscreen screen (800 x 800)
    naslag = first.naslag()
    naslag.tabs.setCurrentIndex(1)
    naslag.formation.set_filter_key("basisteams")
    naslag.themes.list.setCurrentRow(2)
    first.show_area("besluiten_acties")
    first.close()
    assert "geometry=@ByteArray" in path.read_text()

    second = MainWindow(fresh_db, open_settings(path))
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert (second.width(), second.height()) == (711, 555)
    assert second.current_area() == "besluiten_acties"
    assert second.naslag().tabs.currentIndex() == 1
    assert second.naslag().formation.filter_key() == "basisteams"
    assert second.naslag().themes.list.currentRow() == 2


def test_unknown_area_in_settings_opens_naslag(qtbot, fresh_db, settings_path):
    settings = open_settings(settings_path)
    config.LAST_AREA.write(settings, "bestaat-niet")
    main = MainWindow(fresh_db, settings)
    qtbot.addWidget(main)
    assert main.current_area() == "naslag"


def test_modules_stay_small():
    assert len((GUI / "main_window.py").read_text().splitlines()) < 300
    for path in GUI.rglob("*.py"):
        assert len(path.read_text().splitlines()) < 400, path.name


def test_arrow_keys_in_the_navigation_switch_areas(qtbot, window):
    window.navigation.setFocus()
    window.show_area("vergaderingen")
    qtbot.keyClick(window.navigation, Qt.Key.Key_Down)
    assert window.current_area() == "besluiten_acties"
    assert isinstance(window.stack.currentWidget(), RegistersPage)
    qtbot.keyClick(window.navigation, Qt.Key.Key_End)
    assert window.current_area() == "naslag"
    assert window.stack.currentWidget() is window.naslag()


def test_status_messages_are_visible_beside_the_database_name(qtbot, fresh_db, settings_path):
    window = MainWindow(fresh_db, open_settings(settings_path))
    qtbot.addWidget(window)
    window.resize(1200, 600)
    window.show()
    qtbot.waitExposed(window)
    bar = window.statusBar()
    before = bar.grab().toImage()
    bar.showMessage("Opgeslagen als vergadering.ics")
    qtbot.wait(50)
    after = bar.grab().toImage()
    left = window.database_label.x()
    assert left > bar.width() // 2  # the database name sits on the right
    changed = [
        x
        for x in range(0, left, 2)
        for y in range(after.height())
        if before.pixel(x, y) != after.pixel(x, y)
    ]
    assert changed  # the message is drawn in the free room on the left

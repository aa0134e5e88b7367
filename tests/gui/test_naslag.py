"""The Naslag area, driven as a user: themes, the formation table, the Veiligheidsagenda."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from driehoek_app.core import reference
from driehoek_app.gui.naslag.page import AGENDA_TAB, FORMATION_TAB, THEMES_TAB


def _open_naslag(qtbot, window, tab):
    """Switch to Naslag with Ctrl+4 and open one of its tabs by clicking it."""
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    naslag = window.naslag()
    bar = naslag.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(tab).center())
    assert naslag.tabs.currentIndex() == tab
    return naslag


def _rows(view):
    """Return the displayed texts of a table view, row by row."""
    model = view.model()
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def _click_header(qtbot, view, column):
    """Click a column title of a table view."""
    header = view.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )


def test_choosing_a_theme_shows_its_doelstelling(qtbot, window):
    naslag = _open_naslag(qtbot, window, THEMES_TAB)
    picker = naslag.themes
    item = picker.list.item(1)
    qtbot.mouseClick(
        picker.list.viewport(),
        Qt.MouseButton.LeftButton,
        pos=picker.list.visualItemRect(item).center(),
    )
    text = picker.view.toPlainText()
    assert text.startswith(
        "2. Versterken ketensamenwerking tussen het zorg- en het veiligheidsdomein"
    )
    assert "Doelstelling" in text
    assert "Waar staan we nu?" in text
    assert picker.current_key() == reference.themes(window.db)[1].code


def test_theme_elements_are_sub_headings(qtbot, window):
    naslag = _open_naslag(qtbot, window, THEMES_TAB)
    naslag.themes.list.setFocus()
    qtbot.keyClick(naslag.themes.list, Qt.Key.Key_Home)
    document = naslag.themes.view.document()
    headings = {}
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel():
            headings[block.text()] = block.blockFormat().headingLevel()
        block = block.next()
    title = "1. Aanpak van criminaliteit met een ondermijnend effect op de samenleving"
    assert headings[title] == 1
    assert headings["Doelstelling"] == 2
    assert headings["Wat gaan we doen?"] == 2
    assert headings["Vergroten van het bewustzijn over ondermijning"] == 3


def test_formation_shows_haarlem_2018_beside_2022_with_difference(qtbot, window):
    naslag = _open_naslag(qtbot, window, FORMATION_TAB)
    view = naslag.formation.table
    model = view.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[0] == "Onderdeel"
    assert headers[-3:] == ["Totaal\n2018", "Totaal\n2022", "Verschil\ntotaal"]
    rows = {row[0]: row for row in _rows(view)}
    haarlem = rows["Basisteam Haarlem"]
    assert haarlem[headers.index("Totaal\n2018")] == "215,20"
    assert haarlem[headers.index("Totaal\n2022")] == "217,20"
    assert haarlem[-1] == "2,00"
    assert haarlem[headers.index("Wijkagent\n2018")] == "30,00"
    assert haarlem[headers.index("Wijkagent\n2022")] == "32,00"
    unit_total = next(r for r in _rows(view) if r[0] == "Eenheid Noord-Holland" and r[-1])
    assert unit_total[headers.index("Totaal\n2018")] == "3.494,60"
    assert unit_total[-1] == "0,00"


def test_formation_district_and_subtotal_rows_are_bold(qtbot, window):
    naslag = _open_naslag(qtbot, window, FORMATION_TAB)
    model = naslag.formation.table.model()
    fonts = {}
    for r in range(model.rowCount()):
        font = model.index(r, 0).data(Qt.ItemDataRole.FontRole)
        fonts[model.index(r, 0).data()] = font is not None and font.bold()
        assert model.index(r, 0).data(Qt.ItemDataRole.BackgroundRole) is None  # font, not colour
    assert fonts["District Kennemerland"] is True
    assert fonts["Basisteam Haarlem"] is False


def test_formation_filter_basisteams_and_one_district(qtbot, window):
    naslag = _open_naslag(qtbot, window, FORMATION_TAB)
    combo = naslag.formation.filter
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # "Alleen basisteams"
    assert combo.currentText() == "Alleen basisteams"
    names = [row[0] for row in _rows(naslag.formation.table)]
    assert len(names) == 10
    assert all(name.startswith("Basisteam ") for name in names)
    combo.setCurrentIndex(combo.findText("District Kennemerland"))
    names = [row[0] for row in _rows(naslag.formation.table)]
    assert "Basisteam Haarlem" in names
    assert "Basisteam Alkmaar" not in names
    assert "District Kennemerland" in names


def test_sorting_formation_by_difference_and_back_to_document_order(qtbot, window):
    naslag = _open_naslag(qtbot, window, FORMATION_TAB)
    formation = naslag.formation
    formation.set_filter_key("basisteams")
    view = formation.table
    document_order = [row[0] for row in _rows(view)]
    difference = view.model().columnCount() - 1
    _click_header(qtbot, view, difference)
    ascending = [row[-1] for row in _rows(view)]
    numbers = [float(value.replace(".", "").replace(",", ".")) for value in ascending]
    assert numbers == sorted(numbers)
    assert ascending[0] == "2,00" and ascending[-1] == "7,00"  # numeric, not text order
    _click_header(qtbot, view, difference)
    assert _rows(view)[0][0] == "Basisteam Den Helder"  # +7,00, the largest growth
    qtbot.mouseClick(formation.order_button, Qt.MouseButton.LeftButton)
    assert [row[0] for row in _rows(view)] == document_order


def test_targets_highlight_noord_holland_rows(qtbot, window):
    naslag = _open_naslag(qtbot, window, AGENDA_TAB)
    view = naslag.agenda.targets.table
    model = view.model()
    highlight = QApplication.palette().color(QPalette.ColorRole.Highlight)
    seen = 0
    for r in range(model.rowCount()):
        brush = model.index(r, 0).data(Qt.ItemDataRole.BackgroundRole)
        font = model.index(r, 2).data(Qt.ItemDataRole.FontRole)
        if model.index(r, 2).data() == "Noord-Holland":
            seen += 1
            assert brush.color().rgb() == highlight.rgb()  # derived from the palette
            assert 0 < brush.color().alpha() < 255  # a tint: text stays readable
            assert font.bold()
        else:
            assert brush is None
    assert seen >= 3


def test_targets_filter_by_goal_and_noord_holland(qtbot, window):
    naslag = _open_naslag(qtbot, window, AGENDA_TAB)
    targets = naslag.agenda.targets
    targets.goal.setCurrentIndex(targets.goal.findData("mensenhandel"))
    rows = _rows(targets.table)
    assert rows and {row[0] for row in rows} == {"Mensenhandel"}
    qtbot.mouseClick(targets.only_noord_holland, Qt.MouseButton.LeftButton)
    rows = _rows(targets.table)
    assert [(row[2], row[3], row[4]) for row in rows] == [
        ("Noord-Holland", "2019", "14"),
        ("Noord-Holland", "2020", "15"),
        ("Noord-Holland", "2021", "16"),
        ("Noord-Holland", "2022", "18"),
    ]


def test_targets_show_ntb_and_sort_numerically(qtbot, window):
    naslag = _open_naslag(qtbot, window, AGENDA_TAB)
    targets = naslag.agenda.targets
    rows = _rows(targets.table)
    assert "n.t.b." in {row[4] for row in rows}
    assert "ntb" not in {row[4] for row in rows}
    _click_header(qtbot, targets.table, 4)
    _click_header(qtbot, targets.table, 4)  # descending: the largest value first
    assert _rows(targets.table)[0][4] == "1.370"


def test_policy_goals_and_national_themes_are_readable(qtbot, window):
    naslag = _open_naslag(qtbot, window, AGENDA_TAB)
    agenda = naslag.agenda
    bar = agenda.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    goals = [agenda.goals.list.item(r).text() for r in range(agenda.goals.list.count())]
    assert goals == [
        "2a Ondermijning",
        "2b Mensenhandel",
        "2c Cybercrime en online seksueel kindermisbruik",
        "2d Executie",
    ]
    assert agenda.goals.view.toPlainText().startswith("2a Ondermijning")
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(2).center())
    national = agenda.national.list
    national.setFocus()
    qtbot.keyClick(national, Qt.Key.Key_End)
    qtbot.keyClick(national, Qt.Key.Key_Up)
    assert agenda.national.view.toPlainText().startswith("3d Personen met verward gedrag")

"""The besluitenregister as a user sees it: filters, header sorting, Enter opens, export."""

from pathlib import Path

import pandas as pd
import pytest
from demo_data import TODAY, copy_of, make_demo_file
from dialog_checks import choose, type_text
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from driehoek_app.core.bodies import body_by_code
from driehoek_app.core.registers import DecisionFilter, count_decisions, decision_page
from driehoek_app.gui import dialogs
from driehoek_app.gui.main_window import MainWindow
from driehoek_app.gui.meetings.handles import DECISION
from driehoek_app.gui.registers import export
from driehoek_app.gui.registers.decision_model import DecisionTableModel
from driehoek_app.gui.registers.page import RegistersPage
from driehoek_app.gui.settings import open_settings


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    """One year of fictional meetings, made once for this module."""
    return make_demo_file(tmp_path_factory.mktemp("demo"))


@pytest.fixture
def demo_db(demo_file, tmp_path):
    """A private copy of the demo database."""
    db = copy_of(demo_file, tmp_path)
    yield db
    db.close()


@pytest.fixture
def page(qtbot, demo_db) -> RegistersPage:
    """The Besluiten en acties area on the demo data, shown."""
    widget = RegistersPage(demo_db, today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def shown_numbers(register, rows: int = 5) -> list[str]:
    """Return the numbers in the first rows of the table, as displayed."""
    model = register.table.model()
    return [model.index(row, 0).data() for row in range(min(rows, model.rowCount()))]


def test_every_decision_is_listed_newest_first(page, demo_db):
    register = page.decisions
    model = register.model
    assert model.rowCount() == count_decisions(demo_db) > 100
    assert register.count.text() == f"{model.rowCount()} besluiten"
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert titles == ["Nummer", "Datum", "Basisteam", "Agendapunt", "Besluit", "Thema's"]
    newest = decision_page(demo_db, limit=1)[0]
    assert shown_numbers(register, 1) == [newest.number]
    dates = [model.decision(row).date for row in range(50)]
    assert dates == sorted(dates, reverse=True)
    assert model.fetches == 1  # only the first block was read


def test_filters_narrow_the_rows_like_the_core_does(qtbot, page, demo_db):
    register = page.decisions
    hoorn = body_by_code(demo_db, "HRN")
    choose(qtbot, register.bodies, "Basisteamdriehoek Hoorn (HRN)")
    expected = count_decisions(demo_db, DecisionFilter(body_ids=(hoorn.id,)))
    assert register.model.rowCount() == expected
    assert {register.model.decision(r).basisteam for r in range(expected)} == {"Hoorn"}

    choose(qtbot, register.years, "2026")
    choose(qtbot, register.theme, "1. Ondermijning")
    flt = DecisionFilter(body_ids=(hoorn.id,), year=2026, theme="ondermijning")
    assert register.model.rowCount() == count_decisions(demo_db, flt) > 0

    labelled = next(d for d in decision_page(demo_db, flt, limit=100) if d.labels)
    word = max(labelled.text.split(), key=len).strip(".,")
    choose(qtbot, register.theme, "Alle thema's")
    choose(qtbot, register.label, labelled.labels[0])
    type_text(qtbot, register.text, word)
    flt = DecisionFilter(body_ids=(hoorn.id,), year=2026, label=labelled.labels[0], text=word)
    expected = count_decisions(demo_db, flt)
    qtbot.waitUntil(lambda: register.model.filter == flt)
    assert register.model.rowCount() == expected > 0
    assert register.count.text() in {"1 besluit", f"{expected} besluiten"}


def test_a_header_click_sorts_in_sqlite_and_themes_cannot_be_sorted(qtbot, page, demo_db):
    register = page.decisions
    header = register.table.horizontalHeader()

    def click(column: int) -> None:
        """Click a column title."""
        x = header.sectionViewportPosition(column) + 5
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))

    click(0)  # Nummer
    assert register.model.sort_key == "number"
    first = decision_page(demo_db, sort="number", descending=register.model.descending, limit=5)
    assert shown_numbers(register) == [d.number for d in first]
    click(5)  # Thema's: not sortable, the order and the indicator stay
    assert register.model.sort_key == "number"
    assert header.sortIndicatorSection() == 0
    click(1)  # Datum: newest first on the first click
    assert (register.model.sort_key, register.model.descending) == ("date", True)


def test_enter_opens_the_meeting_at_the_decision(qtbot, demo_db, settings_path):
    window = MainWindow(demo_db, open_settings(settings_path))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.show_area("besluiten_acties")
    register = window.registers().decisions
    register.table.select_row(3)
    decision = register.model.decision(3)
    register.table.setFocus()
    qtbot.keyClick(register.table, Qt.Key.Key_Return)

    assert window.current_area() == "vergaderingen"
    screen = window.meetings().screen
    assert screen.meeting_id == decision.meeting_id
    assert screen.agenda.current_item_id() == decision.item_id
    editor = screen.editor.decisions.editor_of(screen.handles.get(DECISION, decision.id))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor)
    assert editor.toPlainText() == decision.text
    window.meetings().show_list()  # Back: the list shows the body of that meeting
    assert window.meetings().list.current_body_id() == decision.body_id


def test_export_writes_the_filtered_rows_as_dutch_csv(qtbot, page, demo_db, tmp_path, monkeypatch):
    register = page.decisions
    choose(qtbot, register.bodies, "Basisteamdriehoek Hoorn (HRN)")
    asked = []
    target = tmp_path / "besluiten hoorn"

    def ask_save_file(parent, title, suggested):
        """Answer the file dialog like a user who types a name without extension."""
        asked.append((title, suggested))
        return target

    monkeypatch.setattr(dialogs, "ask_save_file", ask_save_file)
    csv, _xlsx = register.export_button.menu().actions()
    csv.trigger()

    assert asked[0][0] == "Besluitenregister exporteren"
    assert asked[0][1].startswith("besluitenregister-") and asked[0][1].endswith(".csv")
    written = tmp_path / "besluiten hoorn.csv"
    frame = pd.read_csv(written, sep=";", encoding="utf-8-sig", dtype=str)
    assert len(frame) == register.model.rowCount()
    assert {"nummer", "datum", "basisteam", "agendapunt", "besluit", "themas"} <= set(frame)
    assert set(frame["basisteam"]) == {"Hoorn"}
    assert register.message.text() == f"{len(frame)} besluiten opgeslagen als {written}"


def test_the_decision_model_passes_the_model_tester(qtmodeltester, demo_db):
    model = DecisionTableModel(demo_db)
    model.set_filter(DecisionFilter(body_ids=(body_by_code(demo_db, "HLM").id,)))
    qtmodeltester.check(model, force_py=True)
    model.sort(3, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(model, force_py=True)


def test_a_typed_file_extension_chooses_the_export_format():
    assert export.target_path(Path("a/lijst"), "xlsx") == (Path("a/lijst.xlsx"), "xlsx")
    assert export.target_path(Path("a/lijst.CSV"), "xlsx") == (Path("a/lijst.CSV"), "csv")

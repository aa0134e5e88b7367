"""The Monitoring area: realisations typed in, the chart and its text, attention, Jaarrapportage."""

import io

from dialog_checks import capture_errors, choose, click, show
from pypdf import PdfReader
from PySide6.QtCore import Qt
from test_ondermijning_support import haarlem_beelden, haarlem_meeting, texts_of

from driehoek_app.core.agenda import add_item
from driehoek_app.core.attention import theme_attention, total_attention
from driehoek_app.core.bodies import body_for_basisteam
from driehoek_app.core.meetings import create_meeting
from driehoek_app.core.monitoring import get_realisation, set_realisation
from driehoek_app.gui import dialogs
from driehoek_app.gui.monitoring.page import MonitoringPage
from driehoek_app.gui.monitoring.report_dialog import AnnualReportDialog
from driehoek_app.gui.monitoring.targets_model import INDICATOR, PROGRESS, REALISED, TARGET

MENSENHANDEL = "om-verdachten-mensenhandel"


def _page(qtbot, db, year: int = 2026) -> MonitoringPage:
    """Show the Monitoring page on a year."""
    page = show(qtbot, MonitoringPage(db))
    page.resize(1300, 850)
    page.select(year)
    return page


def _row_of(page: MonitoringPage, indicator: str, category: str = "") -> int:
    """Return the table row of a target."""
    rows = page.targets.model.rows
    return next(
        n for n, r in enumerate(rows) if (r.key.indicator, r.key.category) == (indicator, category)
    )


def _type_realisation(qtbot, page: MonitoringPage, row: int, text: str) -> None:
    """Go to the Realised cell of a row and type a figure, then Enter."""
    table = page.targets.table
    table.setFocus()
    table.setCurrentIndex(page.targets.model.index(row, REALISED))
    qtbot.keyClicks(table, text[0])  # any key starts editing the current cell
    editor = table.focusWidget()
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_a_typed_realisation_shows_in_table_and_chart(qtbot, fresh_db, monkeypatch):
    for year, value in ((2019, 13), (2020, 16), (2021, 15), (2022, 19)):
        set_realisation(fresh_db, MENSENHANDEL, year, value)
    page = _page(qtbot, fresh_db)
    model = page.targets.model
    row = _row_of(page, MENSENHANDEL)
    assert model.index(row, TARGET).data() == "geen (laatst 18 in 2022)"
    assert model.index(row, INDICATOR).data() == "OM-verdachten van mensenhandel"
    _type_realisation(qtbot, page, row, "21")
    qtbot.waitUntil(lambda: model.index(row, REALISED).data() == "21")
    assert get_realisation(fresh_db, MENSENHANDEL, 2026).value == 21
    assert page.targets.current().key.indicator == MENSENHANDEL
    data = page.targets.chart.data
    assert data.categories == ("2019", "2020", "2021", "2022", "2023", "2024", "2025", "2026")
    assert data.realised == (13, 16, 15, 19, None, None, None, 21)
    assert data.target == (14, 15, 16, 18, None, None, None, None)
    summary = (
        "2019: streefcijfer 14, gerealiseerd 13 (93%); 2020: streefcijfer 15, gerealiseerd 16 "
        "(107%); 2021: streefcijfer 16, gerealiseerd 15 (94%); 2022: streefcijfer 18, "
        "gerealiseerd 19 (106%); 2026: streefcijfer geen, gerealiseerd 21."
    )
    assert page.targets.summary.text() == summary
    assert page.targets.chart.accessibleDescription() == summary
    assert page.targets.chart.accessibleName() == "Grafiek: OM-verdachten van mensenhandel"
    assert page.targets.chart.grab().width() > 0  # the chart paints without errors


def test_decimals_are_typed_the_dutch_way(qtbot, fresh_db, monkeypatch):
    errors = capture_errors(monkeypatch)
    page = _page(qtbot, fresh_db)
    model = page.targets.model
    row = _row_of(page, "regeerakkoord-fte")
    _type_realisation(qtbot, page, row, "58.5")
    qtbot.waitUntil(lambda: errors != [])  # the editor commits after the key press
    assert errors == [
        "Realisatie van Extra formatie uit de Regeerakkoordgelden (structureel): totaal: "
        "gebruik een komma voor decimalen (bijvoorbeeld 58,5)."
    ]
    assert get_realisation(fresh_db, "regeerakkoord-fte", 2026) is None
    _type_realisation(qtbot, page, row, "58,5")
    qtbot.waitUntil(lambda: model.index(row, REALISED).data() == "58,50")
    assert get_realisation(fresh_db, "regeerakkoord-fte", 2026).value == 58.5
    assert model.index(row, TARGET).data() == "61,30"
    assert model.index(row, PROGRESS).data() == "95%"
    _type_realisation(qtbot, page, row, " ")  # an empty figure removes the realisation
    qtbot.waitUntil(lambda: model.index(row, REALISED).data() == "")
    assert get_realisation(fresh_db, "regeerakkoord-fte", 2026) is None


def test_attention_per_theme_matches_the_meetings(qtbot, fresh_db):
    haarlem_meeting(fresh_db)
    body = body_for_basisteam(fresh_db, "Haarlem")
    later = create_meeting(fresh_db, body.id, "2026-09-24", invite_members=False)
    add_item(fresh_db, later.id, "Bibob-beleid", themes=["ondermijning"], planned_minutes=15)
    add_item(fresh_db, later.id, "Verward gedrag", themes=["zorg-en-veiligheid", "ondermijning"])
    page = _page(qtbot, fresh_db)
    page.tabs.setCurrentWidget(page.attention)
    choose(qtbot, page.scope, "Haarlem")
    table = page.attention.table
    expected = [
        *theme_attention(fresh_db, 2026, "Haarlem"),
        total_attention(fresh_db, 2026, "Haarlem"),
    ]
    assert texts_of(table, 1) == [str(r.meetings) for r in expected]
    assert texts_of(table, 2) == [str(r.items) for r in expected]
    assert texts_of(table, 3) == [str(r.planned_minutes) for r in expected]
    assert texts_of(table, 4) == [str(r.decisions) for r in expected]
    assert texts_of(table, 2)[0] == "3"  # ondermijning: three items in two meetings
    assert texts_of(table, 3)[0] == "35"
    assert texts_of(table, 0)[-1] == "Alle agendapunten"
    assert page.attention.heading.text() == (
        "Aandacht per IMV-thema in 2026: basisteamdriehoek Haarlem"
    )
    choose(qtbot, page.scope, "Eenheid Noord-Holland")
    assert texts_of(table, 2)[0] == str(theme_attention(fresh_db, 2026)[0].items)


def test_the_jaarrapportage_is_made_in_the_background_and_saved(qtbot, fresh_db, tmp_path,
                                                                monkeypatch):  # fmt: skip
    haarlem_beelden(fresh_db)
    haarlem_meeting(fresh_db)
    page = _page(qtbot, fresh_db)
    choose(qtbot, page.scope, "Haarlem")
    click(qtbot, page.report)
    dialog = page.findChild(AnnualReportDialog)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Jaarrapportage 2026 – basisteam Haarlem"
    qtbot.waitUntil(lambda: dialog.pdf_data is not None, timeout=30_000)
    assert dialog.save_button.isEnabled()
    assert dialog.status.text().endswith("pagina's") or dialog.status.text() == "1 pagina"
    asked = []
    monkeypatch.setattr(
        dialogs, "ask_save_file",
        lambda parent, title, suggested: asked.append(suggested) or tmp_path / "rapport",
    )  # fmt: skip
    click(qtbot, dialog.save_button)
    saved = tmp_path / "rapport.pdf"
    assert asked == ["Jaarrapportage Haarlem 2026.pdf"]
    assert dialog.status.text() == f"Opgeslagen als {saved}"
    assert saved.read_bytes() == dialog.pdf_data
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(saved.read_bytes())).pages)
    assert "Jaarrapportage" in text and "Haarlem" in text
    dialog.close()

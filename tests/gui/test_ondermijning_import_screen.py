"""Import a beeld from Excel in the background: all or nothing, every row error listed; template."""

from pathlib import Path

import openpyxl
import pandas as pd
from dialog_checks import click, english_texts, nameless_widgets
from test_ondermijning_support import fill_with, haarlem_beelden, open_page, texts_of

from driehoek_app.core.beeld_phenomena import list_entries
from driehoek_app.core.beeld_template import write_template
from driehoek_app.core.beeld_template_spec import SHEETS
from driehoek_app.core.interventions import list_interventions
from driehoek_app.core.ondermijningsbeeld import find_beeld
from driehoek_app.core.signals import list_signals
from driehoek_app.gui import dialogs
from driehoek_app.gui.ondermijning.import_dialog import ImportDialog

GOOD = {
    "Fenomenen": [
        {"fenomeen": "hennep", "beschrijving": "Kwekerijen op zolders & in schuren.",
         "ernst": 4, "omvang": "veelvuldig", "trend": "stijgend", "wijken": "Schalkwijk"},
        {"fenomeen": "Zorgfraude", "ernst": 3, "trend": "stabiel", "categorie": "Financieel"},
    ],
    "Signalen": [
        {"nr": "S1", "datum": "03-02-2026", "bron": "politie", "fenomeen": "hennep",
         "omschrijving": "Hoog stroomverbruik.", "partner": "gemeente", "hoe": "Sluiting 13b"},
        {"nr": "S2", "datum": "2026-03-04", "bron": "Meld Misdaad Anoniem",
         "omschrijving": "Tip over een zorgbureau."},
    ],
    "Interventies": [
        {"nr": "I1", "soort": "bestuurlijk", "omschrijving": "Sluiting woning.",
         "partner": "gemeente", "status": "afgerond", "signalen": "S1", "fenomenen": "hennep"},
    ],
    "Resultaten": [
        {"interventie": "I1", "soort": "beslag", "bedrag": "12.500,50", "toelichting": "contant"},
    ],
}  # fmt: skip
BROKEN = {
    "Signalen": [{"nr": "S1", "datum": "31-02-2026", "bron": "politie", "omschrijving": "x"}],
    "Interventies": [
        {"nr": "I1", "soort": "bestuurlijk", "omschrijving": "y", "partner": "burgemeester"}
    ],
}


def workbook(path: Path, sheets: dict[str, list[dict]]) -> Path:
    """Write the core template and fill its sheets with pandas, as a user fills it in Excel."""
    write_template(path)
    columns = {sheet.name: sheet.column_names() for sheet in SHEETS}
    with pd.ExcelWriter(path, mode="a", engine="openpyxl", if_sheet_exists="replace") as writer:
        for name, rows in sheets.items():
            frame = pd.DataFrame(rows, columns=columns[name])
            frame.to_excel(writer, sheet_name=name, index=False)
    return path


def _run_import(monkeypatch, qtbot, path: Path, replace: bool = False) -> list[ImportDialog]:
    """Let the import dialog choose path, (tick replace,) import and wait for the result."""
    monkeypatch.setattr(dialogs, "ask_open_files", lambda parent, title: [path])

    def fill(dialog: ImportDialog) -> None:
        click(qtbot, dialog.choose)
        assert dialog.files.text() == str(path)
        if replace:
            click(qtbot, dialog.replace)
        click(qtbot, dialog.start)
        qtbot.waitUntil(lambda: not dialog.busy() and dialog.status.text() != "")
        qtbot.waitUntil(lambda: dialog.start.isEnabled())

    return fill_with(monkeypatch, qtbot, ImportDialog, fill)


def test_a_valid_workbook_is_imported_in_the_background(qtbot, fresh_db, tmp_path, monkeypatch):
    page = open_page(qtbot, fresh_db)
    opened = _run_import(monkeypatch, qtbot, workbook(tmp_path / "haarlem.xlsx", GOOD))
    click(qtbot, page.import_button)
    dialog = opened[0]
    assert dialog.status.text() == (
        "Ingelezen – fenomenen: 2, signalen: 2, interventies: 1, resultaten: 1. "
        "Nieuwe eigen fenomenen: Zorgfraude."
    )
    assert not dialog.errors.isVisible()
    assert nameless_widgets(dialog) == []
    assert english_texts(dialog, {str(tmp_path / "haarlem.xlsx"), dialog.status.text()}) == []
    beeld = find_beeld(fresh_db, "Haarlem", 2026)
    assert [e.label for e in list_entries(fresh_db, beeld.id)] == ["Drugs: hennep", "Zorgfraude"]
    assert [s.triage for s in list_signals(fresh_db, beeld.id)] == ["gewogen", "te wegen"]
    assert list_interventions(fresh_db, beeld.id)[0].amount_cents == 1_250_050
    assert texts_of(page.phenomena.table, 0) == ["Drugs: hennep", "Zorgfraude"]
    assert page.tabs.tabText(0) == "Signalen (2)"


def test_a_broken_workbook_lists_every_row_error_and_writes_nothing(qtbot, fresh_db, tmp_path,
                                                                  monkeypatch):  # fmt: skip
    page = open_page(qtbot, fresh_db)
    opened = _run_import(monkeypatch, qtbot, workbook(tmp_path / "fout.xlsx", BROKEN))
    click(qtbot, page.import_button)
    dialog = opened[0]
    assert dialog.status.text() == "Er is niets ingelezen."
    assert dialog.errors_label.text() == "Fouten in het bestand (2):"
    assert [dialog.errors.item(row).text() for row in range(dialog.errors.count())] == [
        "blad Signalen, rij 2, kolom datum: geen geldige datum (gebruik JJJJ-MM-DD of DD-MM-JJJJ).",
        "blad Interventies, rij 2, kolom partner: 'burgemeester' is geen geldige keuze; kies "
        "uit: gemeente, OM, politie, belastingdienst, RIEC, anders.",
    ]
    assert dialog.errors.isVisible()
    assert find_beeld(fresh_db, "Haarlem", 2026) is None
    assert page.overview.title.text() == "Nog geen ondermijningsbeeld van Haarlem voor 2026"


def test_a_filled_beeld_is_only_replaced_when_ticked(qtbot, fresh_db, tmp_path, monkeypatch):
    ids = haarlem_beelden(fresh_db)
    page = open_page(qtbot, fresh_db)
    path = workbook(tmp_path / "haarlem.xlsx", GOOD)
    opened = _run_import(monkeypatch, qtbot, path)
    click(qtbot, page.import_button)
    assert opened[0].replace.isVisible()
    assert "kies 'vervangen' om die te vervangen" in opened[0].errors.item(0).text()
    assert len(list_signals(fresh_db, ids["beeld"])) == 2
    opened = _run_import(monkeypatch, qtbot, path, replace=True)
    click(qtbot, page.import_button)
    assert opened[0].status.text().startswith("Ingelezen – fenomenen: 2")
    assert [s.source for s in list_signals(fresh_db, ids["beeld"])] == [
        "politie", "Meld Misdaad Anoniem"
    ]  # fmt: skip
    assert texts_of(page.signals.table, 3) == ["Hoog stroomverbruik.", "Tip over een zorgbureau."]


def test_the_template_is_saved_where_the_user_wants(qtbot, fresh_db, tmp_path, monkeypatch):
    page = open_page(qtbot, fresh_db)
    asked = []
    monkeypatch.setattr(
        dialogs, "ask_save_file",
        lambda parent, title, suggested: asked.append((title, suggested)) or tmp_path / "sjabloon",
    )  # fmt: skip
    click(qtbot, page.template)
    assert asked == [("Sjabloon opslaan", "sjabloon-ondermijningsbeeld.xlsx")]
    saved = tmp_path / "sjabloon.xlsx"
    assert page.notice.text() == f"Sjabloon opgeslagen als {saved}"
    sheets = openpyxl.load_workbook(saved).sheetnames
    assert {"Fenomenen", "Signalen", "Interventies", "Resultaten"} <= set(sheets)

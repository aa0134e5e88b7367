"""Import of an ondermijningsbeeld from Excel and CSV, and the template that goes with it."""

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from driehoek_app.core.beeld_import import import_beeld
from driehoek_app.core.beeld_phenomena import list_entries
from driehoek_app.core.beeld_read import BeeldImportError
from driehoek_app.core.beeld_template import write_template
from driehoek_app.core.beeld_template_spec import SHEETS
from driehoek_app.core.interventions import list_interventions
from driehoek_app.core.ondermijningsbeeld import find_beeld
from driehoek_app.core.phenomena import find_phenomenon
from driehoek_app.core.signals import list_signals

DOCS = Path(__file__).resolve().parents[2] / "docs" / "ondermijningsbeeld-template.md"
STORY = "Kwekerijen op zolders & in schuren <vooral huur>.\nTweede regel: ĳsvrij, Łódź, €."


def filled_workbook(path: Path, *, signal_rows: int = 2) -> Path:
    """Write a template filled with a small fictional beeld (extra signals on request)."""
    write_template(path)
    book = openpyxl.load_workbook(path)
    book["Beeld"].append(["Beeld Haarlem 2026", "Samenvatting", "20-01-2026", "RIEC", None])
    book["Fenomenen"].append(["hennep", STORY, 4, "veelvuldig", "23 kwekerijen", "Stijgend",
                              "hoog", "Schalkwijk; Delftwijk", "horeca", None])  # fmt: skip
    book["Fenomenen"].append(["Zorgfraude", "PGB-fraude.", 3, 2, None, "stabiel", "laag", None,
                              None, "Financieel"])  # fmt: skip
    signals = book["Signalen"]
    signals.append(["S1", dt.datetime(2026, 2, 3), "politie", "Drugs: hennep",
                    "Hoog stroomverbruik.", None, "gemeente", None, "Sluiting 13b",
                    "2026-02-10"])  # fmt: skip
    signals.append(["S2", "04-03-2026", "Meld Misdaad Anoniem", "zorgfraude", "Tip over PGB.",
                    None, None, None, None, None])  # fmt: skip
    for number in range(3, signal_rows + 1):
        signals.append([f"S{number}", "2026-05-01", "inwoner", None, f"Signaal {number}.",
                        None, None, None, None, None])  # fmt: skip
    book["Interventies"].append(["I1", "bestuurlijk", "Sluiting woning.", "gemeente", None,
                                 "afgerond", "2026-02-11", "2026-05-11", "Pand dicht.", "S1",
                                 "hennep; Zorgfraude"])  # fmt: skip
    book["Interventies"].append(
        [
            "I2",
            "preventief/weerbaarheid",
            "Voorlichting.",
            "anders",
            "Arbeidsinspectie",
            "lopend",
            None,
            None,
            None,
            None,
            None,
        ]
    )
    book["Resultaten"].append(["I1", "pand gesloten", 2, None, None])
    book["Resultaten"].append(["I1", "beslag", None, "12.500,50", "contant geld"])
    book.save(path)
    return path


def test_the_template_has_every_sheet_column_and_choice(tmp_path, fresh_db):
    path = write_template(tmp_path / "sjabloon.xlsx", fresh_db)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Toelichting", *[s.name for s in SHEETS], "Keuzelijsten"]
    for spec in SHEETS:
        sheet = book[spec.name]
        assert [cell.value for cell in sheet[1]] == spec.column_names()
        choice_columns = [c for c in spec.columns if c.choices]
        assert len(sheet.data_validations.dataValidation) == len(choice_columns)
    choices = [cell.value for cell in book["Keuzelijsten"]["B"]]
    assert "Drugs: cocaïne" in choices and "Misstanden in (lucht)havengebieden" in choices
    assert book["Signalen"]["B1"].comment is not None


def test_every_template_column_is_documented():
    text = DOCS.read_text(encoding="utf-8")
    for spec in SHEETS:
        assert f"## Blad {spec.name}" in text
        for column in spec.columns:
            assert f"`{column.name}`" in text, column.name


def test_a_filled_workbook_is_imported_completely(tmp_path, fresh_db):
    summary = import_beeld(fresh_db, filled_workbook(tmp_path / "beeld.xlsx"), "Haarlem", 2026)
    assert (summary.phenomena, summary.signals, summary.interventions, summary.results) == (
        2, 2, 2, 2)  # fmt: skip
    assert summary.new_phenomena == ("Zorgfraude",) and not summary.replaced
    beeld = find_beeld(fresh_db, "Haarlem", 2026)
    assert (beeld.title, beeld.peildatum, beeld.made_with) == (
        "Beeld Haarlem 2026", "2026-01-20", "RIEC")  # fmt: skip
    hennep, fraude = list_entries(fresh_db, beeld.id)
    assert hennep.narrative == STORY
    assert (hennep.ernst, hennep.omvang, hennep.trend) == (4, 4, "stijgend")
    assert hennep.wijken == ("Schalkwijk", "Delftwijk") and hennep.sectors == ("horeca",)
    assert fraude.label == "Zorgfraude" and fraude.category == "Financieel"
    first, second = list_signals(fresh_db, beeld.id)
    assert (first.date, first.triage, first.partner) == ("2026-02-03", "gewogen", "gemeente")
    assert (second.date, second.triage, second.phenomenon_label) == (
        "2026-03-04", "te wegen", "Zorgfraude")  # fmt: skip
    closing, prevention = list_interventions(fresh_db, beeld.id)
    assert closing.signal_ids == (first.id,)
    assert closing.phenomenon_codes == ("hennep", find_phenomenon(fresh_db, "Zorgfraude").code)
    assert [(r.kind, r.count, r.amount_cents) for r in closing.results] == [
        ("pand gesloten", 2, None), ("beslag", 1, 1_250_050)]  # fmt: skip
    assert prevention.partner_text == "anders: Arbeidsinspectie"


def test_errors_name_sheet_row_and_column_and_nothing_is_written(tmp_path, fresh_db):
    path = filled_workbook(tmp_path / "fout.xlsx", signal_rows=6)
    book = openpyxl.load_workbook(path)
    book["Signalen"]["B7"] = "31-02-2026"
    book["Signalen"]["G3"] = "gemente"
    book["Fenomenen"]["C3"] = 7
    book["Interventies"]["J2"] = "S1; S9"
    book["Resultaten"]["B2"] = "pand gesloten"
    book["Resultaten"]["D2"] = "100"
    book.save(path)
    phenomena_before = fresh_db["phenomena"].count
    with pytest.raises(BeeldImportError) as caught:
        import_beeld(fresh_db, path, "Haarlem", 2026)
    errors = caught.value.errors
    assert "blad Signalen, rij 7, kolom datum: geen geldige datum (gebruik JJJJ-MM-DD of " \
           "DD-MM-JJJJ)." in errors  # fmt: skip
    assert errors[0].startswith("blad Fenomenen, rij 3, kolom ernst: geef een cijfer van 1")
    assert any(e.startswith("blad Signalen, rij 3, kolom partner: 'gemente' is geen geldige")
               for e in errors)  # fmt: skip
    assert "blad Interventies, rij 2, kolom signalen: signaal 'S9' staat niet in kolom nr van " \
           "blad Signalen." in errors  # fmt: skip
    assert "blad Resultaten, rij 2, kolom bedrag: een bedrag hoort niet bij 'pand gesloten'." \
           in errors  # fmt: skip
    assert len(errors) == 5
    assert str(caught.value).endswith("(en nog 4 fouten). Er is niets ingelezen.")
    assert find_beeld(fresh_db, "Haarlem", 2026) is None
    assert fresh_db["phenomena"].count == phenomena_before
    assert fresh_db["signals"].count == 0


def test_a_filled_beeld_is_only_replaced_when_asked(tmp_path, fresh_db):
    path = filled_workbook(tmp_path / "beeld.xlsx")
    import_beeld(fresh_db, path, "Haarlem", 2026)
    with pytest.raises(BeeldImportError, match="bevat al fenomenen"):
        import_beeld(fresh_db, path, "Haarlem", 2026)
    assert fresh_db["signals"].count == 2
    summary = import_beeld(fresh_db, path, "Haarlem", 2026, replace=True)
    assert summary.replaced and summary.new_phenomena == ()
    assert fresh_db["signals"].count == 2 and fresh_db["interventions"].count == 2


def test_dutch_excel_csv_files_are_read_per_sheet(tmp_path, fresh_db):
    phenomena = tmp_path / "haarlem-fenomenen.csv"
    phenomena.write_bytes(
        "fenomeen;ernst;trend;wijken\r\nDrugs: cocaïne;ernstig;stijgend;Centrum\r\n"
        .encode("cp1252")
    )  # fmt: skip
    signals = tmp_path / "export.csv"  # recognised by its columns
    signals.write_text(
        "nr;datum;bron;omschrijving;partner;hoe\r\n"
        '1;03-02-2026;politie;"Koerier; scooter";OM;Onderzoek\r\n\r\n'
        "2;2026-02-09;inwoner;Overlast;;\r\n",
        encoding="utf-8-sig",
    )
    results = tmp_path / "resultaten.csv"
    results.write_text('interventie,soort,bedrag\r\nX,beslag,"1.234,56"\r\n', encoding="utf-8")
    interventions = tmp_path / "interventies.csv"
    interventions.write_text("nr;soort;omschrijving;partner;signalen\r\n"
                             "X;strafrechtelijk;Aanhouding koerier;politie;1\r\n")  # fmt: skip
    summary = import_beeld(fresh_db, [phenomena, signals, interventions, results], "Haarlem",
                           2026)  # fmt: skip
    assert (summary.phenomena, summary.signals, summary.interventions, summary.results) == (
        1, 2, 1, 1)  # fmt: skip
    beeld = find_beeld(fresh_db, "Haarlem", 2026)
    (entry,) = list_entries(fresh_db, beeld.id)
    assert (entry.label, entry.ernst, entry.wijken) == ("Drugs: cocaïne", 4, ("Centrum",))
    first, second = list_signals(fresh_db, beeld.id)
    assert (first.date, first.description, first.partner) == ("2026-02-03", "Koerier; scooter",
                                                              "OM")  # fmt: skip
    assert second.triage == "te wegen"
    (intervention,) = list_interventions(fresh_db, beeld.id)
    assert intervention.results[0].amount_cents == 123_456


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("leeg.csv", "", "geen leesbaar CSV-bestand"),
        ("signalen.csv", "nr;datum;bron;omschrijving;kleur\r\n", "kolom kleur: onbekende kolom"),
        ("signalen.csv", "nr;datum;omschrijving\r\n1;2026-01-01;x\r\n",
         "Blad Signalen, kolom bron: deze kolom ontbreekt"),
        ("signalen.csv", "nr;datum;bron;omschrijving\r\n1;2026-01-01;x;y\r\n1;2026-01-02;x;z\r\n",
         "Blad Signalen, rij 3, kolom nr: nummer '1' staat al op een eerdere rij"),
        ("iets.csv", "a;b\r\n1;2\r\n", "niet duidelijk welk blad"),
        ("signalen.csv", "nr;datum;bron;omschrijving\r\n", "alleen kopregels"),
        ("beeld.pdf", "%PDF", "geen .xlsx- of .csv-bestand"),
    ],
)  # fmt: skip
def test_unreadable_files_are_refused_in_dutch(tmp_path, fresh_db, name, content, message):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(BeeldImportError, match=message):
        import_beeld(fresh_db, path, "Haarlem", 2026)
    assert find_beeld(fresh_db, "Haarlem", 2026) is None


def test_data_in_a_column_without_header_is_refused(tmp_path, fresh_db):
    path = write_template(tmp_path / "sjabloon.xlsx")
    book = openpyxl.load_workbook(path)
    book["Signalen"].append(["1", "2026-01-01", "politie", None, "Signaal.", None, None, None,
                             None, None, "losse opmerking"])  # fmt: skip
    book.save(path)
    with pytest.raises(BeeldImportError, match="Blad Signalen, rij 2: er staat iets in een "
                                               "kolom zonder kop"):  # fmt: skip
        import_beeld(fresh_db, path, "Haarlem", 2026)


def test_a_broken_workbook_or_unknown_sheet_is_refused(tmp_path, fresh_db):
    broken = tmp_path / "kapot.xlsx"
    broken.write_bytes(b"geen zip")
    with pytest.raises(BeeldImportError, match="geen leesbaar Excel-werkboek"):
        import_beeld(fresh_db, broken, "Haarlem", 2026)
    book = openpyxl.Workbook()
    book.active.title = "Signaal"
    book.save(tmp_path / "blad.xlsx")
    with pytest.raises(BeeldImportError, match="Blad Signaal: onbekend blad"):
        import_beeld(fresh_db, tmp_path / "blad.xlsx", "Haarlem", 2026)
    with pytest.raises(BeeldImportError, match="bestaat niet"):
        import_beeld(fresh_db, tmp_path / "weg.xlsx", "Haarlem", 2026)

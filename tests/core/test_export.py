"""Dutch CSV and XLSX export: round trips, formula injection, atomic writing, reference tables."""

import datetime as dt
import errno
import os
import re

import openpyxl
import pandas as pd
import pytest

from driehoek_app.core import export
from driehoek_app.core.errors import ExportError
from driehoek_app.core.export import write_table
from driehoek_app.core.reference_tables import (
    FORMATION_DECIMALS,
    REFERENCE_TABLES,
    formation_frame,
    targets_frame,
    themes_frame,
)

RISKY_TEXTS = ["=SOM(A1)", "+31 6 12345678", "-2+3", "@HYPERLINK", "\tgetabd", "\rregel"]


def sample_frame() -> pd.DataFrame:
    """A small table with text, numbers (one negative), a blank and dates."""
    return pd.DataFrame(
        {
            "onderdeel": ["Basisteam Haarlem", "Eenheid Noord-Holland", "Team ZSM"],
            "peildatum": pd.to_datetime(["2022-01-01", "2018-12-31", "2022-01-01"]),
            "totaal": [217.2, 3494.6, None],
            "verschil": [-20.5, 0.0, 18.5],
            "jaar": pd.array([2019, None, 2022], dtype="Int64"),
        }
    )


def read_dutch_csv(path) -> pd.DataFrame:
    """Read a CSV the way a Dutch Excel user's tools would."""
    return pd.read_csv(path, sep=";", decimal=",", encoding="utf-8-sig")


# ----- CSV ---------------------------------------------------------------------------------


def test_csv_round_trip_keeps_every_figure(tmp_path):
    path = tmp_path / "formatie.csv"
    write_table(sample_frame(), path, "csv", decimals={"totaal": 2, "verschil": 2})
    back = read_dutch_csv(path)
    assert list(back.columns) == ["onderdeel", "peildatum", "totaal", "verschil", "jaar"]
    assert back["onderdeel"].tolist() == ["Basisteam Haarlem", "Eenheid Noord-Holland", "Team ZSM"]
    assert back["peildatum"].tolist() == ["2022-01-01", "2018-12-31", "2022-01-01"]
    assert back["totaal"].tolist()[:2] == [217.2, 3494.6]
    assert pd.isna(back["totaal"][2])
    assert back["verschil"].tolist() == [-20.5, 0.0, 18.5]
    assert back["jaar"].tolist()[0] == 2019


def test_csv_is_utf8_with_bom_semicolons_and_decimal_commas(tmp_path):
    path = tmp_path / "formatie.csv"
    write_table(sample_frame(), path, "csv", decimals={"totaal": 2, "verschil": 2})
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8-sig").split("\r\n")
    assert lines[0] == "onderdeel;peildatum;totaal;verschil;jaar"
    assert lines[1] == "Basisteam Haarlem;2022-01-01;217,20;-20,50;2019"
    assert lines[2] == "Eenheid Noord-Holland;2018-12-31;3494,60;0,00;"
    assert lines[3] == "Team ZSM;2022-01-01;;18,50;2022"


def test_csv_numbers_without_fixed_decimals_print_as_needed(tmp_path):
    path = tmp_path / "doelen.csv"
    frame = pd.DataFrame({"streefwaarde": [70.0, 61.3, 1370.0, None], "aantal": [1, 2, 3, 4]})
    write_table(frame, path, "csv")
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    assert lines[1:] == ["70;1", "61,3;2", "1370;3", ";4"]


def test_csv_text_that_looks_like_a_formula_is_prefixed_but_numbers_are_not(tmp_path):
    path = tmp_path / "injectie.csv"
    frame = pd.DataFrame({"tekst": [*RISKY_TEXTS, "gewoon"], "getal": [-20.5] * 7})
    write_table(frame, path, "csv")
    back = pd.read_csv(path, sep=";", decimal=",", encoding="utf-8-sig", dtype={"tekst": str})
    assert back["tekst"].tolist() == ["'" + text for text in RISKY_TEXTS] + ["gewoon"]
    assert back["getal"].tolist() == [-20.5] * 7
    raw = path.read_bytes().decode("utf-8-sig")
    assert "\r\n-20,5" not in raw
    assert ";-20,5\r\n" in raw


def test_csv_header_that_looks_like_a_formula_is_prefixed(tmp_path):
    path = tmp_path / "kop.csv"
    write_table(pd.DataFrame({"=kolom": ["a"]}), path, "csv")
    assert path.read_text(encoding="utf-8-sig").splitlines()[0] == "'=kolom"


def test_csv_keeps_user_text_with_separators_quotes_and_newlines(tmp_path):
    path = tmp_path / "tekst.csv"
    text = 'Besluit; "vaststellen"\nmet tweede regel en café'
    write_table(pd.DataFrame({"tekst": [text]}), path, "csv")
    assert read_dutch_csv(path)["tekst"][0] == text


# ----- XLSX --------------------------------------------------------------------------------


def test_xlsx_has_a_bold_frozen_header_and_numeric_values(tmp_path):
    path = tmp_path / "formatie.xlsx"
    write_table(sample_frame(), path, "xlsx", decimals={"totaal": 2}, sheet_name="Formatie")
    sheet = openpyxl.load_workbook(path).active
    assert sheet.title == "Formatie"
    assert [c.value for c in sheet[1]] == ["onderdeel", "peildatum", "totaal", "verschil", "jaar"]
    assert all(c.font.b for c in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet["C2"].value == 217.2 and sheet["C2"].data_type == "n"
    assert sheet["C2"].number_format == "0.00"
    assert sheet["D2"].value == -20.5 and sheet["D2"].data_type == "n"
    assert sheet["C4"].value is None
    assert sheet["B2"].value == dt.datetime(2022, 1, 1)
    assert sheet["B2"].number_format == "yyyy-mm-dd"
    assert sheet["E2"].value == 2019
    assert sheet.column_dimensions["A"].width >= len("Eenheid Noord-Holland")


def test_xlsx_formula_like_text_is_stored_as_plain_text_never_as_a_formula(tmp_path):
    path = tmp_path / "injectie.xlsx"
    frame = pd.DataFrame({"tekst": [*RISKY_TEXTS, "gewoon"], "getal": [-20.5] * 7})
    write_table(frame, path, "xlsx")
    sheet = openpyxl.load_workbook(path).active
    cells = [sheet.cell(row=r, column=1) for r in range(2, 9)]
    stored = [*RISKY_TEXTS[:-1], "\nregel", "gewoon"]  # XML keeps a line break as LF
    assert [c.value for c in cells] == stored
    assert all(c.data_type == "s" for c in cells)
    assert [c.quotePrefix for c in cells] == [True] * 6 + [False]
    assert all(sheet.cell(row=r, column=2).value == -20.5 for r in range(2, 9))
    assert not any(c.data_type == "f" for row in sheet.iter_rows() for c in row)


def test_xlsx_long_text_wraps_within_a_capped_width(tmp_path):
    path = tmp_path / "thema.xlsx"
    write_table(pd.DataFrame({"tekst": ["woord " * 100]}), path, "xlsx")
    sheet = openpyxl.load_workbook(path).active
    assert sheet.column_dimensions["A"].width == export.MAX_COLUMN_WIDTH
    assert sheet["A2"].alignment.wrap_text


# ----- refusals and atomic writing ---------------------------------------------------------


def test_missing_folder_is_refused_with_a_sentence_naming_the_file(tmp_path):
    target = tmp_path / "bestaat-niet" / "export.csv"
    with pytest.raises(ExportError, match=r"bestaat-niet bestaat niet; export\.csv"):
        write_table(sample_frame(), target, "csv")
    assert not target.parent.exists()


def test_a_folder_as_target_is_refused(tmp_path):
    with pytest.raises(ExportError, match="is een map"):
        write_table(sample_frame(), tmp_path, "csv")


def test_unknown_format_and_mismatched_suffix_are_refused(tmp_path):
    with pytest.raises(ExportError, match="exportformaat 'pdf' is onbekend"):
        write_table(sample_frame(), tmp_path / "x.pdf", "pdf")
    with pytest.raises(ExportError, match=r"eindigt op \.xlsx, maar het formaat is csv"):
        write_table(sample_frame(), tmp_path / "x.xlsx", "csv")
    assert list(tmp_path.iterdir()) == []


def test_other_suffixes_are_accepted(tmp_path):
    write_table(sample_frame(), tmp_path / "export.txt", "csv")
    assert (tmp_path / "export.txt").read_bytes().startswith(b"\xef\xbb\xbf")


class Unprintable:
    """A cell value whose text cannot be made: the write fails halfway."""

    def __str__(self) -> str:
        raise RuntimeError("kapot")


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_failure_mid_write_leaves_no_file_and_no_temporary_file(tmp_path, fmt):
    frame = pd.DataFrame({"tekst": ["een", "twee", Unprintable()]})
    with pytest.raises(RuntimeError):
        write_table(frame, tmp_path / f"export.{fmt}", fmt)
    assert list(tmp_path.iterdir()) == []


def test_failure_leaves_an_existing_file_untouched(tmp_path):
    target = tmp_path / "export.csv"
    target.write_text("oude inhoud", encoding="utf-8")
    frame = pd.DataFrame({"tekst": ["een", Unprintable()]})
    with pytest.raises(RuntimeError):
        write_table(frame, target, "csv")
    assert target.read_text(encoding="utf-8") == "oude inhoud"
    assert list(tmp_path.iterdir()) == [target]


def test_full_disk_is_one_dutch_sentence_and_leaves_nothing(tmp_path, monkeypatch):
    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(export.os, "fsync", full)
    target = tmp_path / "export.csv"
    with pytest.raises(
        ExportError, match=re.escape(f"De schijf is vol; {target} is niet geschreven")
    ):
        write_table(sample_frame(), target, "csv")
    assert list(tmp_path.iterdir()) == []


def test_no_permission_names_the_target_not_the_temporary_file(tmp_path, monkeypatch):
    def refuse(**kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", str(tmp_path / ".tmp123"))

    monkeypatch.setattr(export.tempfile, "mkstemp", refuse)
    target = tmp_path / "export.xlsx"
    with pytest.raises(ExportError, match=re.escape(f"Geen toestemming om {target} te schrijven")):
        write_table(sample_frame(), target, "xlsx")


def test_rewriting_replaces_the_file_and_keeps_its_permissions(tmp_path):
    target = tmp_path / "export.csv"
    target.write_text("oud", encoding="utf-8")
    os.chmod(target, 0o640)
    write_table(sample_frame(), target, "csv")
    assert target.read_text(encoding="utf-8-sig").startswith("onderdeel;")
    assert target.stat().st_mode & 0o777 == 0o640
    assert list(tmp_path.iterdir()) == [target]


# ----- reference tables --------------------------------------------------------------------


def test_formation_frame_has_one_row_per_unit_per_peildatum(fresh_db):
    frame = formation_frame(fresh_db)
    assert list(frame.columns)[:5] == ["onderdeel", "soort", "district", "basisteam", "peildatum"]
    assert frame.groupby("onderdeel")["peildatum"].nunique().max() == 2
    haarlem = frame[(frame["onderdeel"] == "Basisteam Haarlem")]
    row_2022 = haarlem[haarlem["peildatum"] == pd.Timestamp("2022-01-01")].iloc[0]
    assert (row_2022["aspirant"], row_2022["wijkagent"]) == (16.0, 32.0)
    assert (row_2022["overig"], row_2022["totaal"]) == (169.2, 217.2)
    assert row_2022["basisteam"] == "Haarlem"
    unit = frame[frame["onderdeel"] == "Eenheid Noord-Holland"]
    assert unit["totaal"].dropna().tolist() == [3494.6, 3494.6]


def test_formation_csv_prints_two_decimals_as_in_the_document(fresh_db, tmp_path):
    path = tmp_path / "formatie.csv"
    write_table(formation_frame(fresh_db), path, "csv", decimals=FORMATION_DECIMALS)
    text = path.read_bytes().decode("utf-8-sig")
    assert ";2022-01-01;16,00;32,00;169,20;217,20\r\n" in text
    assert ";2018-12-31;364,00;298,00;2832,60;3494,60\r\n" in text


def test_targets_frame_holds_the_veiligheidsagenda_figures(fresh_db):
    frame = targets_frame(fresh_db)
    csvs = frame[(frame["indicator"] == "aangepakte-csvs") & (frame["eenheid"] == "Noord-Holland")]
    assert csvs["jaar"].tolist() == [2019]
    assert csvs["streefwaarde"].tolist() == [70.0]
    assert {"doel", "indicator", "omschrijving", "maat", "opmerking"} <= set(frame.columns)


def test_themes_frame_has_one_row_per_section_and_element(fresh_db):
    from driehoek_app.core.reference import themes

    frame = themes_frame(fresh_db)
    expected = sum(len(t.sections) + len(t.elements) for t in themes(fresh_db))
    assert len(frame) == expected
    assert frame["thema_nummer"].unique().tolist() == [1, 2, 3, 4]
    first = frame[frame["thema_code"] == "ondermijning"]
    assert first["onderdeel"].tolist()[0] == "analyse"
    assert "element" in first["onderdeel"].tolist()


@pytest.mark.parametrize("name", sorted(REFERENCE_TABLES))
def test_every_reference_table_exports_in_both_formats(fresh_db, tmp_path, name):
    table = REFERENCE_TABLES[name]
    frame = table.build(fresh_db)
    write_table(frame, tmp_path / f"{name}.csv", "csv", decimals=table.decimals)
    write_table(frame, tmp_path / f"{name}.xlsx", "xlsx", decimals=table.decimals)
    assert len(read_dutch_csv(tmp_path / f"{name}.csv")) == len(frame)
    sheet = openpyxl.load_workbook(tmp_path / f"{name}.xlsx").active
    assert sheet.max_row == len(frame) + 1

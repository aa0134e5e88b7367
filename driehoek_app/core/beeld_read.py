"""Reading an ondermijningsbeeld spreadsheet into raw sheets: an XLSX workbook or CSV files.

An XLSX workbook holds the sheets by name (Beeld, Fenomenen, Signalen, Interventies,
Resultaten; Toelichting and Keuzelijsten are ignored). A CSV file holds one sheet, recognised
by a sheet name in the file name (haarlem-2026-signalen.csv) or else by its columns. CSV
may use ; or , as separator and be UTF-8 or Windows-1252 (what Dutch Excel writes).
"""

import csv
import io
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from driehoek_app.core.beeld_template_spec import INFO_SHEETS, SHEETS, Sheet
from driehoek_app.core.errors import DriehoekError

HEADER_ROW = 1


class BeeldImportError(DriehoekError):
    """The spreadsheet cannot be imported; errors lists every problem found, one per line."""

    def __init__(self, errors: Sequence[str]) -> None:
        self.errors = list(errors)
        first = self.errors[0].rstrip(".")
        if len(self.errors) == 1:
            message = f"{first}. Er is niets ingelezen."
        else:
            message = f"{first} (en nog {len(self.errors) - 1} fouten). Er is niets ingelezen."
        super().__init__(message[0].upper() + message[1:])


@dataclass(frozen=True)
class RawSheet:
    """One sheet as read: its template declaration, header names and rows with row numbers."""

    sheet: Sheet
    headers: tuple[str, ...]
    rows: tuple[tuple[int, dict[str, object]], ...]


def normalise_header(name: object) -> str:
    """Return a column header in template form: lower case, underscores for spaces."""
    return "_".join(str(name).strip().casefold().split())


def _sheet_named(name: str) -> Sheet | None:
    """Return the template sheet with this name (case ignored), or None."""
    for sheet in SHEETS:
        if sheet.name.casefold() == name.strip().casefold():
            return sheet
    return None


def _raw(sheet: Sheet, frame: pd.DataFrame) -> RawSheet:
    """Turn a DataFrame into a RawSheet; spreadsheet row numbers start under the header."""
    headers = tuple(normalise_header(column) for column in frame.columns)
    rows = []
    for index, values in enumerate(frame.itertuples(index=False, name=None)):
        rows.append((index + HEADER_ROW + 1, dict(zip(headers, values, strict=True))))
    return RawSheet(sheet, headers, tuple(rows))


def read_xlsx(path: Path) -> list[RawSheet]:
    """Read every template sheet of an XLSX workbook; refuse unknown sheets."""
    try:
        frames = pd.read_excel(path, sheet_name=None, dtype=object, engine="openpyxl")
    except (zipfile.BadZipFile, ValueError, KeyError) as exc:
        raise BeeldImportError(
            [f"het bestand {path.name} is geen leesbaar Excel-werkboek (.xlsx) ({exc})."]
        ) from None
    sheets, errors = [], []
    for name, frame in frames.items():
        if name.strip().casefold() in (info.casefold() for info in INFO_SHEETS):
            continue
        sheet = _sheet_named(name)
        if sheet is None:
            valid = ", ".join(s.name for s in SHEETS)
            errors.append(f"blad {name}: onbekend blad; verwacht zijn: {valid}.")
            continue
        sheets.append(_raw(sheet, frame))
    if errors:
        raise BeeldImportError(errors)
    return sheets


def _decode(data: bytes) -> str:
    """Return CSV text: UTF-8 (with or without BOM), else Windows-1252."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _sheet_for_csv(path: Path, headers: Sequence[str]) -> Sheet:
    """Return the sheet a CSV file holds: by a sheet name in its file name, else its columns."""
    stem = path.stem.casefold()
    named = [sheet for sheet in SHEETS if sheet.name.casefold() in stem]
    if len(named) == 1:
        return named[0]
    fitting = [
        sheet for sheet in SHEETS
        if set(sheet.required_names()) <= set(headers) and set(headers) <= set(sheet.column_names())
    ]  # fmt: skip
    if len(fitting) == 1:
        return fitting[0]
    valid = ", ".join(s.name.lower() for s in SHEETS)
    raise BeeldImportError(
        [f"bestand {path.name}: niet duidelijk welk blad dit is; zet een van deze woorden in "
         f"de bestandsnaam: {valid}."]
    )  # fmt: skip


def read_csv(path: Path) -> RawSheet:
    """Read one CSV file as one template sheet."""
    content = _decode(path.read_bytes())
    first_line = content.split("\n", 1)[0]
    separator = ";" if first_line.count(";") >= first_line.count(",") else ","
    try:
        frame = pd.read_csv(
            io.StringIO(content), sep=separator, dtype=str, keep_default_na=False,
            skip_blank_lines=False, quoting=csv.QUOTE_MINIMAL,
        )  # fmt: skip
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        raise BeeldImportError(
            [f"bestand {path.name}: geen leesbaar CSV-bestand ({exc})."]
        ) from None
    headers = [normalise_header(column) for column in frame.columns]
    return _raw(_sheet_for_csv(path, headers), frame)


def read_sheets(paths: Sequence[Path | str]) -> list[RawSheet]:
    """Read an XLSX workbook or one or more CSV files; refuse a sheet given twice."""
    if isinstance(paths, str | Path):
        paths = [paths]
    sheets: list[RawSheet] = []
    for path in map(Path, paths):
        if not path.is_file():
            raise BeeldImportError([f"het bestand {path} bestaat niet."])
        suffix = path.suffix.casefold()
        if suffix in (".xlsx", ".xlsm"):
            sheets.extend(read_xlsx(path))
        elif suffix in (".csv", ".txt"):
            sheets.append(read_csv(path))
        else:
            raise BeeldImportError([f"het bestand {path.name} is geen .xlsx- of .csv-bestand."])
    seen = set()
    for raw in sheets:
        if raw.sheet.name in seen:
            raise BeeldImportError([f"blad {raw.sheet.name} is meer dan eens opgegeven."])
        seen.add(raw.sheet.name)
    if not sheets:
        raise BeeldImportError(["het bestand bevat geen van de bladen van het sjabloon."])
    return sheets

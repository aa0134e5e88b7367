"""Writes a table (a pandas DataFrame) as Dutch-Excel-friendly CSV or as XLSX, atomically.

CSV: `;` separator, decimal comma, UTF-8 with BOM, CRLF line ends, ISO dates, no thousands
separator. XLSX: one sheet, bold frozen header row, auto filter, column widths fitted to the
content, numbers stored as numbers, dates as dates shown as yyyy-mm-dd.

Formula injection: a text cell that starts with = + - @, a tab or a carriage return would be
run as a formula by a spreadsheet. In CSV such text gets a leading apostrophe (the only
defence the format allows). In XLSX the text is stored exactly, as an explicit string cell
with Excel's "quote prefix" flag: it is never evaluated, not even after editing the cell.
Numbers (including negative ones) are never prefixed. The DataFrame index is not written.

XLSX cannot hold every character: line breaks are stored as LF (Excel's own cell line break)
and control characters XML forbids become U+FFFD. CSV keeps every character.

The file appears complete or not at all: it is written to a temporary file in the target
folder, flushed to disk and then renamed over the target.
"""

import contextlib
import csv
import datetime as dt
import errno
import io
import math
import os
import re
import tempfile
from collections.abc import Callable, Mapping
from decimal import ROUND_HALF_UP, Decimal
from numbers import Integral, Real
from pathlib import Path
from typing import IO, Any

import numpy as np
import pandas as pd

from driehoek_app.core.errors import ExportError
from driehoek_app.core.export_target import check_target
from driehoek_app.core.os_errors import os_reason

CSV_SEPARATOR = ";"
CSV_DECIMAL = ","
CSV_ENCODING = "utf-8-sig"
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
DEFAULT_SHEET_NAME = "Gegevens"
MIN_COLUMN_WIDTH = 8
MAX_COLUMN_WIDTH = 60
# Characters XML 1.0 cannot hold; an XLSX cell cannot store them at all.
# A bare CR does not survive XML line-end handling: line breaks are stored as LF, as Excel does.
_LINE_BREAKS = re.compile(r"\r\n?")
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_SHEET_NAME_ILLEGAL = re.compile(r"[\[\]:*?/\\]")


def write_table(
    df: pd.DataFrame,
    path: str | os.PathLike[str],
    fmt: str,
    *,
    decimals: Mapping[str, int] | None = None,
    sheet_name: str = DEFAULT_SHEET_NAME,
) -> Path:
    """Write df to path as 'csv' or 'xlsx'; decimals fixes the decimal places per column."""
    fmt = check_target(path, fmt)
    target = Path(path)
    places = _column_places(df, decimals or {})
    if fmt == "csv":
        _atomic_write(target, lambda handle: _write_csv(df, handle, places))
    else:
        _atomic_write(target, lambda handle: _write_xlsx(df, handle, places, sheet_name))
    return target


def _column_places(df: pd.DataFrame, decimals: Mapping[str, int]) -> list[int | None]:
    """Return the fixed decimal places of each column (None: as many as the value needs)."""
    unknown = sorted(set(decimals) - {str(c) for c in df.columns})
    if unknown:
        raise ValueError(f"decimals names columns that do not exist: {unknown}")
    return [decimals.get(str(column)) for column in df.columns]


# ----- cell values -------------------------------------------------------------------------


def _is_missing(value: Any) -> bool:
    """Return True for None, NaN, NaT and pd.NA."""
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    return isinstance(value, float | np.floating) and math.isnan(value)


def _is_number(value: Any) -> bool:
    """Return True for real numbers (ints, floats, Decimals), never for booleans."""
    if isinstance(value, bool | np.bool_):
        return False
    return isinstance(value, Real | Decimal | np.number)


def is_formula_risk(text: str) -> bool:
    """Return True when a spreadsheet could read this text as a formula."""
    return text.startswith(FORMULA_TRIGGERS)


def neutralise_formula(text: str) -> str:
    """Prefix text that a spreadsheet would run as a formula with an apostrophe."""
    return "'" + text if is_formula_risk(text) else text


def _date_text(value: dt.date) -> str:
    """Return a date or datetime as ISO 8601 (a datetime at midnight as a bare date)."""
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0) and value.tzinfo is None:
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="seconds")
    return value.isoformat()


def _plain_value(value: Any) -> Any:
    """Turn pandas/numpy scalars into plain Python values (Timestamp -> datetime, etc.)."""
    if isinstance(value, pd.Timestamp):
        return value.to_pydatetime()
    if isinstance(value, np.generic):
        return value.item()
    return value


def format_number(value: Any, places: int | None) -> str:
    """Spell a number with a decimal comma: fixed places, or as many as it needs."""
    if isinstance(value, Integral) and places is None:
        return str(int(value))
    if places is not None:
        exact = Decimal(str(value)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
        text = format(exact, "f")
    elif isinstance(value, Decimal):
        text = format(value, "f")
    else:
        text = np.format_float_positional(float(value), trim="-")
    return text.replace(".", CSV_DECIMAL)


def _csv_cell(value: Any, places: int | None) -> str:
    """Return the CSV text of one cell."""
    value = _plain_value(value)
    if _is_missing(value):
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if _is_number(value):
        return format_number(value, places)
    if isinstance(value, dt.date | dt.time):
        return _date_text(value) if isinstance(value, dt.date) else value.isoformat()
    return neutralise_formula(str(value))


# ----- CSV ---------------------------------------------------------------------------------


def _write_csv(df: pd.DataFrame, handle: IO[bytes], places: list[int | None]) -> None:
    """Write df as Dutch CSV to a binary handle."""
    text = io.TextIOWrapper(handle, encoding=CSV_ENCODING, newline="")
    writer = csv.writer(text, delimiter=CSV_SEPARATOR, lineterminator="\r\n")
    writer.writerow([neutralise_formula(str(column)) for column in df.columns])
    columns = [df.iloc[:, i].tolist() for i in range(df.shape[1])]
    for row in zip(*columns, strict=True):
        writer.writerow([_csv_cell(v, p) for v, p in zip(row, places, strict=True)])
    text.flush()
    text.detach()


# ----- XLSX --------------------------------------------------------------------------------


def _xlsx_number_format(places: int | None) -> str:
    """Return the Excel number format for a column with fixed or free decimals."""
    if places is None:
        return "General"
    return "0" if places == 0 else "0." + "0" * places


def _set_xlsx_cell(cell: Any, value: Any, places: int | None) -> str:
    """Fill one openpyxl cell and return the text it shows (for the column width)."""
    value = _plain_value(value)
    if _is_missing(value):
        return ""
    if isinstance(value, bool):
        value = "ja" if value else "nee"
    if _is_number(value):
        cell.value = value
        cell.number_format = _xlsx_number_format(places)
        return format_number(value, places)
    if isinstance(value, dt.datetime) and value.tzinfo is None:
        cell.value = value
        midnight = value.time() == dt.time(0)
        cell.number_format = "yyyy-mm-dd" if midnight else "yyyy-mm-dd hh:mm:ss"
        return _date_text(value)
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        cell.value = value
        cell.number_format = "yyyy-mm-dd"
        return _date_text(value)
    text = _date_text(value) if isinstance(value, dt.datetime) else str(value)
    risky = is_formula_risk(text)
    text = _XML_ILLEGAL.sub("\ufffd", _LINE_BREAKS.sub("\n", text))
    cell.value = text
    cell.data_type = "s"  # never a formula, whatever the text starts with
    cell.quotePrefix = risky
    return text


def _sheet_title(name: str) -> str:
    """Return a valid Excel sheet title (max 31 characters, no []:*?/\\)."""
    title = _SHEET_NAME_ILLEGAL.sub("_", name).strip("'")[:31]
    return title or DEFAULT_SHEET_NAME


def _write_xlsx(
    df: pd.DataFrame, handle: IO[bytes], places: list[int | None], sheet_name: str
) -> None:
    """Write df as an XLSX workbook with one sheet to a binary handle."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _sheet_title(sheet_name)
    widths = []
    bold = Font(bold=True)
    for col, column in enumerate(df.columns, start=1):
        cell = sheet.cell(row=1, column=col)
        widths.append(len(_set_xlsx_cell(cell, str(column), None)))
        cell.font = bold
    for col in range(1, df.shape[1] + 1):
        values = df.iloc[:, col - 1].tolist()
        for row, value in enumerate(values, start=2):
            shown = _set_xlsx_cell(sheet.cell(row=row, column=col), value, places[col - 1])
            longest_line = max((len(line) for line in shown.splitlines()), default=0)
            widths[col - 1] = max(widths[col - 1], longest_line)
    for col, width in enumerate(widths, start=1):
        letter = get_column_letter(col)
        sheet.column_dimensions[letter].width = min(
            max(width + 2, MIN_COLUMN_WIDTH), MAX_COLUMN_WIDTH
        )
        if width > MAX_COLUMN_WIDTH:
            for (cell,) in sheet.iter_rows(min_row=2, min_col=col, max_col=col):
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "A2"
    if df.shape[1]:
        sheet.auto_filter.ref = f"A1:{get_column_letter(df.shape[1])}{df.shape[0] + 1}"
    workbook.save(handle)


# ----- atomic file writing -----------------------------------------------------------------


def _describe_os_error(exc: OSError, target: Path) -> str:
    """Turn an OSError while writing target into one Dutch sentence naming the file."""
    code = exc.errno
    if code == errno.ENOENT:
        return f"De map {target.parent} bestaat niet; {target.name} is niet geschreven."
    if code in (errno.EACCES, errno.EPERM) or isinstance(exc, PermissionError):
        return (
            f"Geen toestemming om {target} te schrijven; controleer de map of sluit het "
            "bestand als het in een ander programma geopend is."
        )
    if code == errno.ENOSPC:
        return f"De schijf is vol; {target} is niet geschreven."
    if code == errno.EROFS:
        return f"De map {target.parent} is alleen-lezen; {target.name} is niet geschreven."
    if code == errno.EISDIR:
        return f"{target} is een map; kies een bestandsnaam."
    if code == errno.ENAMETOOLONG:
        return f"De bestandsnaam {target} is te lang."
    return f"Het bestand {target} kan niet worden geschreven ({os_reason(exc)})."


def _fsync_folder(folder: Path) -> None:
    """Flush a folder's entry list to disk so a rename survives a crash (POSIX only)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _atomic_write(target: Path, write: Callable[[IO[bytes]], None]) -> None:
    """Write through a temporary file in the target folder, fsync it, then rename it over."""
    folder = target.parent
    temp_name = None
    try:
        fd, temp_name = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        if target.exists():
            with contextlib.suppress(OSError):
                os.chmod(temp_name, target.stat().st_mode & 0o7777)
        os.replace(temp_name, target)
        temp_name = None
    except OSError as exc:
        raise ExportError(_describe_os_error(exc, target)) from exc
    finally:
        if temp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp_name)
    _fsync_folder(folder)

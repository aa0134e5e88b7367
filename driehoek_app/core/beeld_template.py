"""Writes the empty Excel template for an ondermijningsbeeld, with help and drop-down lists.

The workbook has a Toelichting sheet (every column explained), one sheet per part of the
beeld with its header row, drop-down lists for the columns with fixed choices, and a
Keuzelijsten sheet with those choices and the phenomena catalogue.
"""

import io
import os
from pathlib import Path

import sqlite_utils
from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from driehoek_app.core.beeld_template_spec import SHEETS, Column
from driehoek_app.core.export import _atomic_write
from driehoek_app.core.export_target import check_target
from driehoek_app.core.phenomena import BUILTIN_PHENOMENA, OWN_CATEGORY, list_phenomena

HEADER_FILL = PatternFill("solid", fgColor="E9EEF4")
REQUIRED_FONT = Font(bold=True, color="A4161A")
HEADER_FONT = Font(bold=True)
DATA_ROWS = 500
CHOICES_SHEET = "Keuzelijsten"
HELP_SHEET = "Toelichting"
INTRO = (
    "Sjabloon voor het inlezen van een ondermijningsbeeld in driehoek_app.",
    "Vul per blad één rij per fenomeen, signaal, interventie of resultaat in; laat de kopregel "
    "staan. Rode kolomkoppen zijn verplicht.",
    "Inlezen: driehoek import-beeld BESTAND --basisteam NAAM --year JAAR. Bij een fout wordt "
    "niets ingelezen en staat de plaats in de melding (blad, rij, kolom).",
    "Datums als JJJJ-MM-DD of DD-MM-JJJJ; bedragen in euro met een komma voor de centen.",
)


def _phenomena_rows(db: sqlite_utils.Database | None) -> list[tuple[str, str, str]]:
    """Return (code, label, category) of the catalogue: the database's, or the built-in one."""
    if db is None:
        return [(code, label, category) for code, category, label in BUILTIN_PHENOMENA]
    return [(p.code, p.label, p.category) for p in list_phenomena(db)]


def _write_choices(sheet: Worksheet, db: sqlite_utils.Database | None) -> dict[str, str]:
    """Fill the Keuzelijsten sheet; return the cell range of each choice column by column name."""
    ranges: dict[str, str] = {}
    column = 1
    rows = _phenomena_rows(db)
    catalogue = (
        ("fenomeen (code)", [r[0] for r in rows]),
        ("fenomeen (naam)", [r[1] for r in rows]),
        ("categorie", [r[2] for r in rows]),
    )
    for title, values in catalogue:
        sheet.cell(row=1, column=column, value=title).font = HEADER_FONT
        for row, value in enumerate(values, start=2):
            sheet.cell(row=row, column=column, value=value)
        sheet.column_dimensions[get_column_letter(column)].width = 44 if column == 2 else 24
        column += 1
    seen: dict[tuple[str, ...], str] = {}
    for spec in SHEETS:
        for col in spec.columns:
            if not col.choices:
                continue
            if col.choices in seen:
                ranges[f"{spec.name}.{col.name}"] = seen[col.choices]
                continue
            letter = get_column_letter(column)
            sheet.cell(row=1, column=column, value=f"{col.name} ({spec.name})").font = HEADER_FONT
            for row, value in enumerate(col.choices, start=2):
                sheet.cell(row=row, column=column, value=value)
            sheet.column_dimensions[letter].width = 26
            area = f"'{CHOICES_SHEET}'!${letter}$2:${letter}${len(col.choices) + 1}"
            seen[col.choices] = area
            ranges[f"{spec.name}.{col.name}"] = area
            column += 1
    sheet.freeze_panes = "A2"
    return ranges


def _header(sheet: Worksheet, index: int, column: Column) -> None:
    """Write one header cell with its help as a comment and its width."""
    cell = sheet.cell(row=1, column=index, value=column.name)
    cell.font = REQUIRED_FONT if column.required else HEADER_FONT
    cell.fill = HEADER_FILL
    word = "verplicht" if column.required else "niet verplicht"
    cell.comment = Comment(f"{column.help} ({word})", "driehoek_app", width=260, height=110)
    sheet.column_dimensions[get_column_letter(index)].width = column.width


def _write_data_sheets(workbook: Workbook, ranges: dict[str, str]) -> None:
    """Add one sheet per template part with its headers and drop-down lists."""
    for spec in SHEETS:
        sheet = workbook.create_sheet(spec.name)
        for index, column in enumerate(spec.columns, start=1):
            _header(sheet, index, column)
            area = ranges.get(f"{spec.name}.{column.name}")
            if area:
                letter = get_column_letter(index)
                validation = DataValidation(type="list", formula1=f"={area}", allow_blank=True)
                validation.error = f"Kies een waarde uit de lijst voor {column.name}."
                validation.errorTitle = "Ongeldige keuze"
                validation.showErrorMessage = True
                sheet.add_data_validation(validation)
                validation.add(f"{letter}2:{letter}{DATA_ROWS}")
        sheet.freeze_panes = "A2"


def _write_help(sheet: Worksheet) -> None:
    """Fill the Toelichting sheet: the introduction and a table of every column."""
    wrap = Alignment(wrap_text=True, vertical="top")
    for row, line in enumerate(INTRO, start=1):
        sheet.cell(row=row, column=1, value=line)
    start = len(INTRO) + 2
    for index, title in enumerate(("blad", "kolom", "verplicht", "uitleg", "keuzes"), start=1):
        cell = sheet.cell(row=start, column=index, value=title)
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
    row = start + 1
    for spec in SHEETS:
        for column in spec.columns:
            values = (spec.name, column.name, "ja" if column.required else "nee", column.help,
                      ", ".join(column.choices))  # fmt: skip
            for index, value in enumerate(values, start=1):
                sheet.cell(row=row, column=index, value=value).alignment = wrap
            row += 1
    for letter, width in zip("ABCDE", (14, 20, 10, 70, 50), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.cell(row=row + 1, column=1, value=f"Eigen fenomenen krijgen de categorie {OWN_CATEGORY}"
               " tenzij kolom categorie iets anders zegt.")  # fmt: skip


def template_bytes(db: sqlite_utils.Database | None = None) -> bytes:
    """Return the template workbook as XLSX bytes (with the database's own phenomena if given)."""
    workbook = Workbook()
    help_sheet = workbook.active
    help_sheet.title = HELP_SHEET
    _write_help(help_sheet)
    choices = workbook.create_sheet(CHOICES_SHEET)
    ranges = _write_choices(choices, db)
    _write_data_sheets(workbook, ranges)
    workbook.move_sheet(CHOICES_SHEET, offset=len(workbook.sheetnames))
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def write_template(path: str | os.PathLike[str], db: sqlite_utils.Database | None = None) -> Path:
    """Write the template workbook to path (.xlsx) atomically and return the path."""
    target = Path(path)
    check_target(target, "xlsx")
    data = template_bytes(db)
    _atomic_write(target, lambda handle: handle.write(data))
    return target

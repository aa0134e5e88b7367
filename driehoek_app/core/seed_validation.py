"""Shared helpers for reading seed files: located errors, CSV rows with line numbers, figures."""

import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from driehoek_app.core.errors import SeedError
from driehoek_app.core.os_errors import os_reason

DASH = "-"
_FIGURE = re.compile(r"-?\d+(\.\d+)?")


@dataclass(frozen=True)
class SeedFile:
    """A seed file with the name shown to the user (e.g. 'seeds/formation.csv')."""

    path: Path
    display: str

    @classmethod
    def in_folder(cls, folder: Path, *parts: str) -> "SeedFile":
        """Return the file folder/parts, displayed as '<folder name>/<parts>'."""
        return cls(folder.joinpath(*parts), "/".join((folder.name, *parts)))

    def error(self, message: str, line: int | None = None, column: str | None = None) -> SeedError:
        """Build a SeedError 'file, regel N, kolom C: message' (line and column optional)."""
        where = [self.display]
        if line is not None:
            where.append(f"regel {line}")
        if column is not None:
            where.append(f"kolom {column}")
        return SeedError(f"{', '.join(where)}: {message}")

    def read_text(self) -> str:
        """Return the file's text, refusing a missing or non-UTF-8 file."""
        if not self.path.is_file():
            raise SeedError(f"{self.display} ontbreekt.")
        try:
            return self.path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError:
            raise SeedError(f"{self.display} is geen geldig UTF-8-tekstbestand.") from None
        except OSError as exc:
            raise SeedError(f"{self.display} kan niet worden gelezen: {os_reason(exc)}.") from None


@dataclass(frozen=True)
class CsvRow:
    """One data row of a seed CSV file with the line number it starts on."""

    line: int
    values: dict[str, str]

    def __getitem__(self, column: str) -> str:
        """Return the stripped text of a column."""
        return self.values[column]


def read_csv(seed: SeedFile, required: Iterable[str]) -> list[CsvRow]:
    """Read a comma-separated seed file with a header; refuse missing columns or ragged rows."""
    lines = seed.read_text().splitlines()
    reader = csv.reader(lines)
    try:
        header = [name.strip() for name in next(reader)]
    except StopIteration:
        raise SeedError(f"{seed.display} is leeg.") from None
    for column in required:
        if column not in header:
            raise seed.error(f"de kolom {column} ontbreekt in de kopregel.", line=1)
    rows = []
    while True:
        line = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise seed.error(f"de regel is geen geldige CSV ({exc}).", line=line) from None
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) != len(header):
            raise seed.error(f"{len(header)} kolommen verwacht, {len(cells)} gevonden.", line=line)
        rows.append(CsvRow(line, {k: v.strip() for k, v in zip(header, cells, strict=True)}))
    if not rows:
        raise SeedError(f"{seed.display} bevat geen gegevens.")
    return rows


def dutch(value: Decimal | None) -> str:
    """Show a figure the Dutch way (decimal comma), or 'leeg' for an empty cell."""
    if value is None:
        return "leeg"
    return str(value).replace(".", ",")


def parse_figure(
    seed: SeedFile, row: CsvRow, column: str, *, allow_dash: bool = False
) -> Decimal | None:
    """Parse a figure written with a decimal point; '' (and '-' if allowed) give None."""
    text = row[column]
    if text == "" or (allow_dash and text == DASH):
        return None
    if not _FIGURE.fullmatch(text):
        raise seed.error(
            f"'{text}' is geen getal (schrijf cijfers met een decimale punt, bijvoorbeeld 120.10).",
            line=row.line,
            column=column,
        )
    return Decimal(text)


def parse_int(seed: SeedFile, row: CsvRow, column: str, *, required: bool = True) -> int | None:
    """Parse a whole number (a position or a year); an empty optional cell gives None."""
    text = row[column]
    if text == "" and not required:
        return None
    if not text.isdigit():
        raise seed.error(f"'{text}' is geen geheel getal.", line=row.line, column=column)
    return int(text)


def parse_choice(seed: SeedFile, row: CsvRow, column: str, choices: Iterable[str]) -> str:
    """Return the cell if it is one of the allowed values, else refuse naming them."""
    allowed = list(choices)
    text = row[column]
    if text not in allowed:
        listed = ", ".join(f"'{c}'" if c else "leeg" for c in allowed)
        raise seed.error(
            f"'{text}' is geen toegestane waarde (toegestaan: {listed}).",
            line=row.line,
            column=column,
        )
    return text


def require_text(seed: SeedFile, row: CsvRow, column: str) -> str:
    """Return the cell's text, refusing an empty cell."""
    text = row[column]
    if not text:
        raise seed.error("deze kolom mag niet leeg zijn.", line=row.line, column=column)
    return text


def check_sum(
    seed: SeedFile,
    row: CsvRow,
    column: str,
    found: Decimal | None,
    parts: Iterable[Decimal | None],
    *,
    deviation: Decimal = Decimal(0),
    what: str = "som van de onderdelen",
) -> None:
    """Refuse a total cell that differs from the sum of its parts (plus a documented deviation)."""
    part_values = list(parts)
    if found is None and all(p is None for p in part_values):
        return
    expected = sum((p for p in part_values if p is not None), Decimal(0)) + deviation
    if found is None or found != expected:
        if deviation:
            what = f"{what} plus de afwijking {dutch(deviation)}"
        raise seed.error(
            f"{dutch(expected)} verwacht ({what}), {dutch(found)} gevonden.",
            line=row.line,
            column=column,
        )

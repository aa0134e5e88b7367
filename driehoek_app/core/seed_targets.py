"""Reads and checks seeds/targets.csv: the quantitative targets and how their totals add up."""

import re
from collections.abc import Collection
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from driehoek_app.core.seed_validation import (
    CsvRow,
    SeedFile,
    check_sum,
    parse_choice,
    parse_figure,
    parse_int,
    read_csv,
    require_text,
)

TARGETS_FILE = "targets.csv"
COLUMNS = (
    "doel",
    "indicator",
    "omschrijving",
    "eenheid",
    "categorie",
    "jaar",
    "streefwaarde",
    "maat",
    "totaalregel",
    "deel_van",
    "afwijking",
    "opmerking",
    "bron",
)
MEASURES = ("aantal", "procent", "fte", "dossiers")
NOT_YET_KNOWN = "ntb"
_CODE = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")


@dataclass(frozen=True)
class TargetSeed:
    """One row of targets.csv, checked."""

    line: int
    goal_code: str
    indicator: str
    label: str
    eenheid: str
    category: str
    year: int | None
    value: Decimal | None
    measure: str
    is_total: bool
    part_of: str
    deviation: Decimal | None
    note: str
    source: str

    @property
    def key(self) -> tuple[str, int | None, str]:
        """Identify the row within its table: indicator, year and its name (category or unit)."""
        return (self.indicator, self.year, self.category or self.eenheid)


def read_targets(folder: Path, goal_codes: Collection[str]) -> tuple[TargetSeed, ...]:
    """Read targets.csv from folder and check every rule; raise SeedError on the first fault."""
    seed = SeedFile.in_folder(folder, TARGETS_FILE)
    rows = read_csv(seed, COLUMNS)
    targets = tuple(_parse_row(seed, row, goal_codes) for row in rows)
    _check_indicators(seed, rows, targets)
    _check_totals(seed, rows, targets)
    return targets


def _parse_row(seed: SeedFile, row: CsvRow, goal_codes: Collection[str]) -> TargetSeed:
    """Parse one row and check its own cells."""
    goal = row["doel"]
    if goal not in goal_codes:
        raise seed.error(
            f"'{goal}' is geen bekend beleidsdoel (bekend: {', '.join(sorted(goal_codes))}).",
            line=row.line,
            column="doel",
        )
    indicator = require_text(seed, row, "indicator")
    if not _CODE.fullmatch(indicator):
        raise seed.error(
            f"'{indicator}' is geen geldige code (kleine letters, cijfers en streepjes).",
            line=row.line,
            column="indicator",
        )
    year = parse_int(seed, row, "jaar", required=False)
    if year is not None and not 2000 <= year <= 2100:
        raise seed.error(f"{year} is geen geldig jaar.", line=row.line, column="jaar")
    value = parse_figure(seed, row, "streefwaarde")
    note = row["opmerking"]
    if value is None and NOT_YET_KNOWN not in note.split("; "):
        raise seed.error(
            f"een lege streefwaarde moet in de kolom opmerking als '{NOT_YET_KNOWN}' "
            "(nader te bepalen) zijn aangeduid.",
            line=row.line,
            column="streefwaarde",
        )
    is_total = parse_choice(seed, row, "totaalregel", ("0", "1")) == "1"
    deviation = parse_figure(seed, row, "afwijking")
    if deviation is not None and not is_total:
        raise seed.error(
            "alleen een totaalregel kan een afwijking van de som van zijn delen hebben.",
            line=row.line,
            column="afwijking",
        )
    return TargetSeed(
        line=row.line,
        goal_code=goal,
        indicator=indicator,
        label=require_text(seed, row, "omschrijving"),
        eenheid=require_text(seed, row, "eenheid"),
        category=row["categorie"],
        year=year,
        value=value,
        measure=parse_choice(seed, row, "maat", MEASURES),
        is_total=is_total,
        part_of=row["deel_van"],
        deviation=deviation,
        note=note,
        source=require_text(seed, row, "bron"),
    )


def _check_indicators(seed: SeedFile, rows: list[CsvRow], targets: tuple[TargetSeed, ...]) -> None:
    """Check that rows are unique and that an indicator keeps one goal and one measure."""
    first: dict[str, TargetSeed] = {}
    seen: dict[tuple[str, int | None, str], int] = {}
    for row, target in zip(rows, targets, strict=True):
        if target.key in seen:
            raise seed.error(
                f"deze rij ({target.key[2]}, {target.year or 'zonder jaar'}) staat al op "
                f"regel {seen[target.key]} voor indicator {target.indicator}.",
                line=row.line,
                column="eenheid",
            )
        seen[target.key] = row.line
        earlier = first.setdefault(target.indicator, target)
        for column, mine, theirs in (
            ("doel", target.goal_code, earlier.goal_code),
            ("maat", target.measure, earlier.measure),
        ):
            if mine != theirs:
                raise seed.error(
                    f"'{theirs}' verwacht (zoals op regel {earlier.line} voor indicator "
                    f"{target.indicator}), '{mine}' gevonden.",
                    line=row.line,
                    column=column,
                )


def _check_totals(seed: SeedFile, rows: list[CsvRow], targets: tuple[TargetSeed, ...]) -> None:
    """Check deel_van references and that every total equals its parts plus its deviation."""
    totals = {t.key: t for t in targets if t.is_total}
    for row, target in zip(rows, targets, strict=True):
        if target.part_of and (target.indicator, target.year, target.part_of) not in totals:
            raise seed.error(
                f"er is geen totaalregel '{target.part_of}' voor indicator {target.indicator}"
                f"{f' in {target.year}' if target.year else ''}.",
                line=row.line,
                column="deel_van",
            )
    for row, target in zip(rows, targets, strict=True):
        if not target.is_total:
            continue
        parts = [t for t in targets if (t.indicator, t.year, t.part_of) == target.key]
        if not parts:
            raise seed.error(
                "deze totaalregel heeft geen rijen die ernaar verwijzen (kolom deel_van).",
                line=row.line,
                column="totaalregel",
            )
        check_sum(
            seed,
            row,
            "streefwaarde",
            target.value,
            [p.value for p in parts],
            deviation=target.deviation or Decimal(0),
            what=f"som van {', '.join(p.key[2] for p in parts)}"
            if len(parts) <= 4
            else f"som van de {len(parts)} delen",
        )

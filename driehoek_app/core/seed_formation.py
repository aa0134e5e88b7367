"""Reads and checks seeds/formation.csv: the IMV formation table, districts and basisteams."""

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from driehoek_app.core.reference import PEILDATUM_2018, PEILDATUM_2022
from driehoek_app.core.seed_validation import (
    DASH,
    CsvRow,
    SeedFile,
    check_sum,
    dutch,
    parse_choice,
    parse_figure,
    parse_int,
    read_csv,
    require_text,
)

FORMATION_FILE = "formation.csv"
FIGURES = ("aspirant", "wijkagent", "overig", "totaal")
YEARS = {"2018": PEILDATUM_2018, "2022": PEILDATUM_2022}
FIGURE_COLUMNS = tuple(f"{figure}_{year}" for year in YEARS for figure in FIGURES)
COLUMNS = ("position", "code", "onderdeel", "soort", "district", "basisteam", "deel_van")
KINDS = ("eenheid", "onderdeel", "afdeling", "subtotaal")
DISTRICT_CODES = ("NHN", "ZAW", "KEN")
BASISTEAM_PREFIX = "Basisteam "
BASISTEAM_COUNT = 10
UNIT_TOTAL = Decimal("3494.60")


@dataclass(frozen=True)
class FormationUnitSeed:
    """One printed row of the formation table with its figures at both peildatums."""

    line: int
    position: int
    code: str
    name: str
    kind: str
    district_code: str
    basisteam: str
    part_of: int | None
    parent: int | None
    figures: dict[str, dict[str, Decimal | None]]
    dashes: dict[str, tuple[str, ...]]


@dataclass(frozen=True)
class FormationSeed:
    """The checked formation table plus the districts and basisteams it defines."""

    units: tuple[FormationUnitSeed, ...]
    districts: tuple[tuple[str, str], ...]
    basisteams: tuple[tuple[str, str], ...]


def read_formation(folder: Path) -> FormationSeed:
    """Read formation.csv from folder and check every rule; raise SeedError on the first fault."""
    seed = SeedFile.in_folder(folder, FORMATION_FILE)
    rows = read_csv(seed, COLUMNS + FIGURE_COLUMNS)
    parsed = [_parse_row(seed, row, index) for index, row in enumerate(rows, start=1)]
    headers = _header_positions(seed, rows, parsed)
    units = tuple(
        _with_parent(seed, row, unit, headers) for row, unit in zip(rows, parsed, strict=True)
    )
    _check_structure(seed, rows, units)
    _check_subtotals(seed, rows, units)
    return FormationSeed(units, _districts(seed, units), _basisteams(seed, units))


def _parse_row(seed: SeedFile, row: CsvRow, expected_position: int) -> FormationUnitSeed:
    """Parse one row and check its own cells (position, kind, district, basisteam, row sum)."""
    position = parse_int(seed, row, "position")
    if position != expected_position:
        raise seed.error(
            f"positie {expected_position} verwacht (rijen staan in tabelvolgorde), "
            f"{position} gevonden.",
            line=row.line,
            column="position",
        )
    name = require_text(seed, row, "onderdeel")
    kind = parse_choice(seed, row, "soort", KINDS)
    district = parse_choice(seed, row, "district", ("", *DISTRICT_CODES))
    basisteam = row["basisteam"]
    is_basisteam = bool(basisteam) or name.startswith(BASISTEAM_PREFIX)
    if is_basisteam and (
        name != BASISTEAM_PREFIX + basisteam or kind != "afdeling" or not district
    ):
        raise seed.error(
            f"een basisteamregel heeft soort afdeling, een district en de naam van "
            f"'{name}' zonder 'Basisteam' in deze kolom.",
            line=row.line,
            column="basisteam",
        )
    figures: dict[str, dict[str, Decimal | None]] = {}
    dashes: dict[str, tuple[str, ...]] = {}
    for year in YEARS:
        values = {f: parse_figure(seed, row, f"{f}_{year}", allow_dash=True) for f in FIGURES}
        check_sum(
            seed,
            row,
            f"totaal_{year}",
            values["totaal"],
            [values["aspirant"], values["wijkagent"], values["overig"]],
            what="aspirant + wijk-agent + overig",
        )
        figures[year] = values
        dashes[year] = tuple(f for f in FIGURES if row[f"{f}_{year}"] == DASH)
    return FormationUnitSeed(
        line=row.line,
        position=position,
        code=require_text(seed, row, "code"),
        name=name,
        kind=kind,
        district_code=district,
        basisteam=basisteam,
        part_of=parse_int(seed, row, "deel_van", required=False),
        parent=None,
        figures=figures,
        dashes=dashes,
    )


def _header_positions(
    seed: SeedFile, rows: list[CsvRow], units: list[FormationUnitSeed]
) -> dict[str, FormationUnitSeed]:
    """Map each block code to its header row (the eenheid row or an onderdeel row)."""
    heads = [u for u in units if u.kind == "eenheid"]
    if len(heads) != 1:
        raise seed.error(f"precies één rij met soort eenheid verwacht, {len(heads)} gevonden.")
    headers: dict[str, FormationUnitSeed] = {}
    for row, unit in zip(rows, units, strict=True):
        if unit.kind in ("eenheid", "onderdeel"):
            if unit.code in headers:
                raise seed.error(
                    f"de code '{unit.code}' staat al op regel {headers[unit.code].line}.",
                    line=row.line,
                    column="code",
                )
            headers[unit.code] = unit
    return headers


def _with_parent(
    seed: SeedFile, row: CsvRow, unit: FormationUnitSeed, headers: dict[str, FormationUnitSeed]
) -> FormationUnitSeed:
    """Attach the parent row: the eenheid for onderdelen, the block header for the rest."""
    if unit.kind == "eenheid":
        return unit
    if unit.kind == "onderdeel":
        top = next(h for h in headers.values() if h.kind == "eenheid")
        return _replace_parent(unit, top.position)
    header = headers.get(unit.code)
    if header is None:
        raise seed.error(
            f"geen onderdeel met de code '{unit.code}' gevonden om deze rij onder te hangen.",
            line=row.line,
            column="code",
        )
    if unit.district_code != header.district_code:
        raise seed.error(
            f"'{header.district_code or 'leeg'}' verwacht (het district van '{header.name}'), "
            f"'{unit.district_code or 'leeg'}' gevonden.",
            line=row.line,
            column="district",
        )
    return _replace_parent(unit, header.position)


def _replace_parent(unit: FormationUnitSeed, parent: int) -> FormationUnitSeed:
    """Return a copy of unit with its parent position set."""
    return FormationUnitSeed(**{**unit.__dict__, "parent": parent})


def _check_structure(
    seed: SeedFile, rows: list[CsvRow], units: tuple[FormationUnitSeed, ...]
) -> None:
    """Check deel_van: it points at a subtotal row, and only the unit total has none."""
    by_position = {u.position: u for u in units}
    roots = []
    for row, unit in zip(rows, units, strict=True):
        has_figures = any(v is not None for y in unit.figures.values() for v in y.values())
        if unit.part_of is None:
            if has_figures:
                if unit.kind != "subtotaal":
                    raise seed.error(
                        "een rij met cijfers moet aangeven bij welke totaalregel hij hoort.",
                        line=row.line,
                        column="deel_van",
                    )
                roots.append(unit)
            continue
        target = by_position.get(unit.part_of)
        if target is None or target.kind != "subtotaal" or target is unit:
            raise seed.error(
                f"{unit.part_of} is niet de positie van een totaalregel (soort subtotaal).",
                line=row.line,
                column="deel_van",
            )
    if len(roots) != 1:
        raise seed.error(
            f"precies één totaalregel voor de hele eenheid verwacht (soort subtotaal zonder "
            f"deel_van), {len(roots)} gevonden."
        )
    root = roots[0]
    for year in YEARS:
        found = root.figures[year]["totaal"]
        if found != UNIT_TOTAL:
            raise seed.error(
                f"{dutch(UNIT_TOTAL)} verwacht (totale formatie van de eenheid volgens het IMV), "
                f"{dutch(found)} gevonden.",
                line=root.line,
                column=f"totaal_{year}",
            )


def _check_subtotals(
    seed: SeedFile, rows: list[CsvRow], units: tuple[FormationUnitSeed, ...]
) -> None:
    """Check that every subtotal row equals the sum of its rows, per column and peildatum."""
    for row, unit in zip(rows, units, strict=True):
        if unit.kind != "subtotaal":
            continue
        parts = [u for u in units if u.part_of == unit.position]
        if not parts:
            raise seed.error(
                "deze totaalregel heeft geen rijen die ernaar verwijzen (kolom deel_van).",
                line=row.line,
                column="soort",
            )
        for year in YEARS:
            for figure in FIGURES:
                check_sum(
                    seed,
                    row,
                    f"{figure}_{year}",
                    unit.figures[year][figure],
                    [p.figures[year][figure] for p in parts],
                )


def _districts(seed: SeedFile, units: tuple[FormationUnitSeed, ...]) -> tuple[tuple[str, str], ...]:
    """Return (code, name) of the three districts from their header rows, in table order."""
    heads = [(u.district_code, u.name) for u in units if u.kind == "onderdeel" and u.district_code]
    codes = [code for code, _ in heads]
    if sorted(codes) != sorted(DISTRICT_CODES):
        raise seed.error(
            f"precies één kopregel per district {', '.join(DISTRICT_CODES)} verwacht, "
            f"gevonden: {', '.join(codes) or 'geen'}.",
            column="district",
        )
    return tuple(heads)


def _basisteams(
    seed: SeedFile, units: tuple[FormationUnitSeed, ...]
) -> tuple[tuple[str, str], ...]:
    """Return (name, district code) of the ten basisteams in table order."""
    teams = [(u.basisteam, u.district_code) for u in units if u.basisteam]
    names = [name for name, _ in teams]
    if len(teams) != BASISTEAM_COUNT or len(set(names)) != len(names):
        raise seed.error(
            f"{BASISTEAM_COUNT} verschillende basisteams verwacht, {len(set(names))} gevonden.",
            column="basisteam",
        )
    missing = [code for code in DISTRICT_CODES if code not in {d for _, d in teams}]
    if missing:
        raise seed.error(
            f"district {missing[0]} heeft geen basisteam.",
            column="basisteam",
        )
    return tuple(teams)

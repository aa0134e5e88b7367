"""Import of an ondermijningsbeeld from Excel or CSV (see docs/ondermijningsbeeld-template.md).

All or nothing: every sheet is read and checked first, every problem is reported with its
place ('blad Signalen, rij 7, kolom datum: geen geldige datum'), and only a file without
problems is written, in one transaction. A beeld that already holds fenomenen, signalen or
interventies is only filled again with replace=True, which first removes that content (its
documents stay).
"""

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlite_utils

from driehoek_app.core import beeld_import_cells as cells
from driehoek_app.core.beeld_phenomena import add_entry
from driehoek_app.core.beeld_read import BeeldImportError, RawSheet, read_sheets
from driehoek_app.core.beeld_template_spec import (
    BEELD_SHEET,
    INTERVENTIONS_SHEET,
    PHENOMENA_SHEET,
    RESULTS_SHEET,
    SHEETS,
    SIGNALS_SHEET,
)
from driehoek_app.core.errors import DriehoekError
from driehoek_app.core.interventions import add_intervention, add_result
from driehoek_app.core.meeting_schema import CLASSIFICATIONS
from driehoek_app.core.ondermijning_schema import (
    AMOUNT_RESULT_KINDS,
    BETROUWBAARHEDEN,
    ERNST_LABELS,
    INTERVENTION_KINDS,
    INTERVENTION_STATUSES,
    OMVANG_LABELS,
    PARTNERS,
    RESULT_KINDS,
    TRENDS,
    TRIAGE_STATUSES,
)
from driehoek_app.core.ondermijningsbeeld import (
    Beeld,
    basisteam_id,
    beeld_content_counts,
    check_year,
    find_beeld,
    get_or_create_beeld,
    update_beeld,
)
from driehoek_app.core.phenomena import OWN_CATEGORY, add_phenomenon, find_phenomenon
from driehoek_app.core.signals import add_signal

MAX_ERRORS = 100


@dataclass(frozen=True)
class ImportSummary:
    """What an import wrote."""

    beeld: Beeld
    phenomena: int
    signals: int
    interventions: int
    results: int
    new_phenomena: tuple[str, ...]
    replaced: bool


@dataclass
class _Rows:
    """The checked rows of every sheet, ready to write, and the problems found."""

    problems: list[tuple[int, int, int, str]] = field(default_factory=list)
    beeld: dict[str, Any] = field(default_factory=dict)
    phenomena: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    beeld_row: int = 0
    new_phenomena: dict[str, tuple[str, str]] = field(default_factory=dict)  # folded: label, cat
    signals: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    interventions: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    results: list[tuple[int, dict[str, Any]]] = field(default_factory=list)

    def add(self, sheet: str, row: int | None, column: str | None, reason: str) -> None:
        """Record one problem with its place."""
        place = f"blad {sheet}"
        if row is not None:
            place += f", rij {row}"
        if column is not None:
            place += f", kolom {column}"
        sheet_order = next((i for i, s in enumerate(SHEETS) if s.name == sheet), len(SHEETS))
        columns = SHEETS[sheet_order].column_names() if sheet_order < len(SHEETS) else []
        column_order = columns.index(column) if column in columns else len(columns)
        self.problems.append((sheet_order, row or 0, column_order, f"{place}: {reason}."))

    @property
    def errors(self) -> list[str]:
        """Return the problems in sheet, row and column order (at most MAX_ERRORS)."""
        return [problem[3] for problem in sorted(self.problems)[:MAX_ERRORS]]


def _check_headers(raw: RawSheet, found: _Rows) -> bool:
    """Record missing, unknown and doubled columns; return True when the sheet can be read."""
    known, ok = raw.sheet.column_names(), True
    for name in raw.sheet.required_names():
        if name not in raw.headers:
            found.add(raw.sheet.name, None, name, "deze kolom ontbreekt")
            ok = False
    for name in raw.headers:
        if name.startswith("unnamed:"):
            filled = [row for row, values in raw.rows if not cells.is_empty(values.get(name))]
            if filled:
                found.add(raw.sheet.name, filled[0], None, "er staat iets in een kolom zonder kop")
                ok = False
            continue
        if name not in known:
            found.add(
                raw.sheet.name, None, name, f"onbekende kolom; geldig zijn: {', '.join(known)}"
            )
            ok = False
        if raw.headers.count(name) > 1:
            found.add(raw.sheet.name, None, name, "deze kolom staat er meer dan eens")
            ok = False
    return ok


def _filled_rows(raw: RawSheet) -> list[tuple[int, dict[str, Any]]]:
    """Return the rows that hold anything, with empty cells for missing optional columns."""
    rows = []
    for number, values in raw.rows:
        if all(cells.is_empty(value) for value in values.values()):
            continue
        rows.append((number, {name: values.get(name) for name in raw.sheet.column_names()}))
    return rows


class _Reader:
    """Reads the cells of one row, recording each problem at its place."""

    def __init__(self, found: _Rows, sheet: str, row: int, values: dict[str, Any]) -> None:
        self.found, self.sheet, self.row, self.values = found, sheet, row, values

    def get(self, column: str, reader: Callable[[Any], Any], required: bool = False) -> Any:
        """Return the cell read by reader; record an error (and return None) when it fails."""
        value = self.values.get(column)
        if required and cells.is_empty(value):
            self.found.add(self.sheet, self.row, column, "moet ingevuld zijn")
            return None
        try:
            return reader(value)
        except cells.CellError as exc:
            self.found.add(self.sheet, self.row, column, str(exc))
        return None

    def error(self, column: str | None, reason: str) -> None:
        """Record a problem in this row."""
        self.found.add(self.sheet, self.row, column, reason)


def _choice(options: Sequence[str]) -> Callable[[Any], str | None]:
    """Return a cell reader for one of options."""
    return lambda value: cells.choice(value, options)


def _read_beeld(raw: RawSheet, found: _Rows) -> None:
    """Read the first filled row of the Beeld sheet."""
    rows = _filled_rows(raw)
    if not rows:
        return
    number, values = rows[0]
    cell = _Reader(found, raw.sheet.name, number, values)
    fields = {
        "title": cell.get("titel", cells.text),
        "summary": cell.get("samenvatting", cells.text),
        "peildatum": cell.get("peildatum", cells.date),
        "made_with": cell.get("opgesteld_met", cells.text),
        "classification": cell.get("rubricering", _choice(CLASSIFICATIONS)),
    }
    found.beeld = {k: v for k, v in fields.items() if v not in (None, "")}
    found.beeld_row = number


def _phenomenon_code(
    db: sqlite_utils.Database, found: _Rows, cell: _Reader, column: str, text: str
) -> str | None:
    """Return the code of a known phenomenon, or the new label defined on blad Fenomenen."""
    known = find_phenomenon(db, text)
    if known is not None:
        return known.code
    if cells.key(text).casefold() in found.new_phenomena:
        return cells.key(text)
    cell.error(
        column,
        f"onbekend fenomeen {text!r}; gebruik een code of naam uit de "
        "fenomenenlijst of zet het op blad Fenomenen",
    )
    return None  # fmt: skip


def _read_phenomena(db: sqlite_utils.Database, raw: RawSheet, found: _Rows) -> None:
    """Read the Fenomenen sheet: one assessed phenomenon per row, each phenomenon once."""
    seen: set[str] = set()
    for number, values in _filled_rows(raw):
        cell = _Reader(found, raw.sheet.name, number, values)
        name = cell.get("fenomeen", cells.key, required=True)
        category = cell.get("categorie", cells.key) or OWN_CATEGORY
        known = find_phenomenon(db, name) if name else None
        if name and known is None:
            found.new_phenomena.setdefault(name.casefold(), (name, category))
        identity = known.code if known else (name or "").casefold()
        if name and identity in seen:
            cell.error("fenomeen", f"{name!r} staat al op een eerdere rij")
        seen.add(identity)
        entry = {
            "phenomenon": known.code if known else name,
            "narrative": cell.get("beschrijving", cells.text),
            "ernst": cell.get("ernst", lambda v: cells.score(v, ERNST_LABELS)),
            "omvang": cell.get("omvang", lambda v: cells.score(v, OMVANG_LABELS)),
            "omvang_toelichting": cell.get("toelichting_omvang", cells.text),
            "trend": cell.get("trend", _choice(TRENDS)),
            "betrouwbaarheid": cell.get("betrouwbaarheid", _choice(BETROUWBAARHEDEN)),
            "wijken": cell.get("wijken", cells.names),
            "sectors": cell.get("sectoren", cells.names),
        }
        found.phenomena.append((number, entry))


def _unique_key(cell: _Reader, value: str, seen: set[str]) -> None:
    """Record an error when a row number (kolom nr) is used twice."""
    if value and value in seen:
        cell.error("nr", f"nummer {value!r} staat al op een eerdere rij")
    seen.add(value)


def _partner(cell: _Reader, partner: str | None, other: str) -> None:
    """Record an error when 'anders' has no name or a name comes without 'anders'."""
    if partner == "anders" and not other.strip():
        cell.error("partner_anders", "geef de naam van de partner bij 'anders'")
    if partner != "anders" and other.strip():
        cell.error("partner_anders", "alleen invullen als partner 'anders' is")


def _read_signals(db: sqlite_utils.Database, raw: RawSheet, found: _Rows) -> None:
    """Read the Signalen sheet, checking that triage and partner agree."""
    seen: set[str] = set()
    for number, values in _filled_rows(raw):
        cell = _Reader(found, raw.sheet.name, number, values)
        nr = cell.get("nr", cells.key) or ""
        _unique_key(cell, nr, seen)
        phenomenon = cell.get("fenomeen", cells.key)
        partner = cell.get("partner", _choice(PARTNERS))
        triage = cell.get("triage", _choice(TRIAGE_STATUSES))
        if triage is None:
            triage = "gewogen" if partner else "te wegen"
        if triage == "gewogen" and partner is None:
            cell.error("partner", "bij triage 'gewogen' hoort de partner die aan zet is")
        if triage != "gewogen" and partner is not None:
            cell.error("partner", f"een partner hoort alleen bij 'gewogen', niet bij {triage!r}")
        other = cell.get("partner_anders", cells.text) or ""
        _partner(cell, partner, other)
        signal = {
            "date": cell.get("datum", cells.date, required=True),
            "source": cell.get("bron", cells.text, required=True),
            "description": cell.get("omschrijving", cells.text, required=True),
            "phenomenon": _phenomenon_code(db, found, cell, "fenomeen", phenomenon)
            if phenomenon else None,
            "triage": triage, "partner": partner, "partner_other": other,
            "triage_how": cell.get("hoe", cells.text) or "",
            "triage_date": cell.get("datum_triage", cells.date),
        }  # fmt: skip
        found.signals.append((number, {"nr": nr, **signal}))


def _read_interventions(db: sqlite_utils.Database, raw: RawSheet, found: _Rows) -> None:
    """Read the Interventies sheet with its references to signals and phenomena."""
    seen: set[str] = set()
    signal_nrs = {signal["nr"] for _, signal in found.signals if signal["nr"]}
    for number, values in _filled_rows(raw):
        cell = _Reader(found, raw.sheet.name, number, values)
        nr = cell.get("nr", cells.key) or ""
        _unique_key(cell, nr, seen)
        partner = cell.get("partner", _choice(PARTNERS), required=True)
        other = cell.get("partner_anders", cells.text) or ""
        _partner(cell, partner, other)
        signals = cell.get("signalen", cells.keys) or []
        for signal in signals:
            if signal not in signal_nrs:
                cell.error("signalen", f"signaal {signal!r} staat niet in kolom nr van blad "
                                       "Signalen")  # fmt: skip
        codes = [
            _phenomenon_code(db, found, cell, "fenomenen", name)
            for name in cell.get("fenomenen", cells.names) or []
        ]
        start = cell.get("startdatum", cells.date)
        end = cell.get("einddatum", cells.date)
        if start and end and end < start:
            cell.error("einddatum", "ligt vóór de startdatum")
        intervention = {
            "kind": cell.get("soort", _choice(INTERVENTION_KINDS), required=True),
            "description": cell.get("omschrijving", cells.text, required=True),
            "partner": partner, "partner_other": other,
            "status": cell.get("status", _choice(INTERVENTION_STATUSES)) or "in voorbereiding",
            "start_date": start, "end_date": end,
            "result_text": cell.get("resultaat", cells.text) or "",
            "signals": signals, "phenomena": [code for code in codes if code],
        }  # fmt: skip
        found.interventions.append((number, {"nr": nr, **intervention}))


def _read_results(raw: RawSheet, found: _Rows) -> None:
    """Read the Resultaten sheet; each row names its intervention by nr."""
    intervention_nrs = {item["nr"] for _, item in found.interventions if item["nr"]}
    for number, values in _filled_rows(raw):
        cell = _Reader(found, raw.sheet.name, number, values)
        nr = cell.get("interventie", cells.key, required=True)
        if nr and nr not in intervention_nrs:
            cell.error("interventie", f"interventie {nr!r} staat niet in kolom nr van blad "
                                      "Interventies")  # fmt: skip
        kind = cell.get("soort", _choice(RESULT_KINDS), required=True)
        amount = cell.get("bedrag", cells.amount)
        if amount is not None and kind is not None and kind not in AMOUNT_RESULT_KINDS:
            cell.error("bedrag", f"een bedrag hoort niet bij {kind!r}")
        result = {
            "kind": kind,
            "count": cell.get("aantal", cells.count) or 1,
            "amount_cents": amount,
            "note": cell.get("toelichting", cells.text) or "",
        }
        found.results.append((number, {"nr": nr, **result}))


def check_sheets(db: sqlite_utils.Database, sheets: Sequence[RawSheet]) -> _Rows:
    """Read and check every sheet; the returned rows carry every problem found."""
    found = _Rows()
    by_name = {raw.sheet.name: raw for raw in sheets}
    readable = {name: _check_headers(raw, found) for name, raw in by_name.items()}
    steps = (
        (BEELD_SHEET, lambda raw: _read_beeld(raw, found)),
        (PHENOMENA_SHEET, lambda raw: _read_phenomena(db, raw, found)),
        (SIGNALS_SHEET, lambda raw: _read_signals(db, raw, found)),
        (INTERVENTIONS_SHEET, lambda raw: _read_interventions(db, raw, found)),
        (RESULTS_SHEET, lambda raw: _read_results(raw, found)),
    )
    for sheet, read in steps:
        if readable.get(sheet.name):
            read(by_name[sheet.name])
    return found


def _clear(db: sqlite_utils.Database, beeld_id: int) -> None:
    """Remove the fenomenen, signalen and interventies of a beeld (documents stay)."""
    for table in ("interventions", "signals", "beeld_phenomena"):
        db.execute(f"DELETE FROM {table} WHERE beeld_id = ?", [beeld_id])


@contextmanager
def _at(sheet: str, row: int) -> Iterator[None]:
    """Turn a refusal by a core service into an import error that names the row."""
    try:
        yield
    except DriehoekError as exc:
        raise BeeldImportError([f"blad {sheet}, rij {row}: {exc.message}"]) from None


def _write_phenomena(
    db: sqlite_utils.Database, beeld_id: int, found: _Rows
) -> Callable[[str], str]:
    """Add the new phenomena to the catalogue and the entries to the beeld; return a code map."""
    new_codes = {
        folded: add_phenomenon(db, label, category).code
        for folded, (label, category) in found.new_phenomena.items()
    }

    def code(name: str) -> str:
        """Return the catalogue code for a phenomenon named in the file."""
        return new_codes.get(name.casefold(), name)

    for number, values in found.phenomena:
        with _at(PHENOMENA_SHEET.name, number):
            fields = {k: v for k, v in values.items() if k != "phenomenon" and v is not None}
            add_entry(db, beeld_id, code(values["phenomenon"]), **fields)
    return code


def _write_signals(
    db: sqlite_utils.Database, beeld_id: int, found: _Rows, code: Callable[[str], str]
) -> dict[str, int]:
    """Add the signals; return the ids of those that have a nr."""
    ids = {}
    triage_keys = ("triage", "partner", "partner_other", "triage_how", "triage_date")
    for number, values in found.signals:
        with _at(SIGNALS_SHEET.name, number):
            phenomenon = code(values["phenomenon"]) if values["phenomenon"] else None
            signal = add_signal(
                db, beeld_id, values["date"], values["source"], values["description"],
                phenomenon, **{key: values[key] for key in triage_keys},
            )  # fmt: skip
        if values["nr"]:
            ids[values["nr"]] = signal.id
    return ids


def _write_interventions(
    db: sqlite_utils.Database,
    beeld_id: int,
    found: _Rows,
    code: Callable[[str], str],
    signal_ids: dict[str, int],
) -> None:
    """Add the interventions with their links, then the results."""
    ids = {}
    for number, values in found.interventions:
        fields = {key: values[key] for key in ("partner_other", "status", "start_date",
                                                "end_date", "result_text")}  # fmt: skip
        fields["signals"] = [signal_ids[nr] for nr in values["signals"]]
        fields["phenomena"] = [code(name) for name in values["phenomena"]]
        with _at(INTERVENTIONS_SHEET.name, number):
            intervention = add_intervention(
                db, beeld_id, values["kind"], values["description"], values["partner"], **fields
            )
        if values["nr"]:
            ids[values["nr"]] = intervention.id
    for number, values in found.results:
        with _at(RESULTS_SHEET.name, number):
            add_result(db, ids[values["nr"]], values["kind"], values["count"],
                       values["amount_cents"], values["note"])  # fmt: skip


def _write(db: sqlite_utils.Database, beeld: Beeld, found: _Rows) -> None:
    """Write the checked rows into the beeld (inside the caller's transaction)."""
    if found.beeld:
        with _at(BEELD_SHEET.name, found.beeld_row):
            update_beeld(db, beeld.id, **found.beeld)
    code = _write_phenomena(db, beeld.id, found)
    signal_ids = _write_signals(db, beeld.id, found, code)
    _write_interventions(db, beeld.id, found, code, signal_ids)


def import_sheets(
    db: sqlite_utils.Database,
    sheets: Sequence[RawSheet],
    basisteam: str | int,
    year: int,
    *,
    replace: bool = False,
) -> ImportSummary:
    """Check the sheets and, when all is well, write them into the beeld of basisteam and year."""
    check_year(year)
    team = basisteam_id(db, basisteam)
    found = check_sheets(db, sheets)
    if found.errors:
        raise BeeldImportError(found.errors)
    if not (found.beeld or found.phenomena or found.signals or found.interventions):
        raise BeeldImportError(
            ["het bestand bevat geen fenomenen, signalen of interventies (alleen kopregels)."]
        )
    with db.atomic():
        existing = find_beeld(db, team, year)
        filled = existing and any(
            count for key, count in beeld_content_counts(db, existing.id).items()
            if key != "documenten"
        )  # fmt: skip
        if filled and not replace:
            raise BeeldImportError(
                [f"het ondermijningsbeeld van {existing.basisteam_name} {year} bevat al "
                 "fenomenen, signalen of interventies; kies 'vervangen' om die te vervangen."]
            )  # fmt: skip
        beeld = get_or_create_beeld(db, team, year)
        if filled:
            _clear(db, beeld.id)
        _write(db, beeld, found)
        return ImportSummary(
            beeld=find_beeld(db, team, year) or beeld,
            phenomena=len(found.phenomena),
            signals=len(found.signals),
            interventions=len(found.interventions),
            results=len(found.results),
            new_phenomena=tuple(label for label, _ in found.new_phenomena.values()),
            replaced=bool(filled),
        )


def import_beeld(
    db: sqlite_utils.Database,
    paths: Path | str | Sequence[Path | str],
    basisteam: str | int,
    year: int,
    *,
    replace: bool = False,
) -> ImportSummary:
    """Import an XLSX workbook or CSV files into the beeld of a basisteam and year."""
    check_year(year)
    basisteam_id(db, basisteam)
    return import_sheets(db, read_sheets(paths), basisteam, year, replace=replace)

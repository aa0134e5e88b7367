"""Interventies of a beeld: type, partner, status, result, and the signals and phenomena behind.

A result is free text plus structured results (pand gesloten, vergunning geweigerd, beslag
with an amount, ...), each with a count and, where it applies, an amount in whole cents.
Links to meetings (decisions, actions, agenda items) are in beeld_links.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from driehoek_app.core.meeting_base import (
    NotFoundError,
    ValidationError,
    check_choice,
    check_fields,
    check_optional_date,
    check_text,
    next_position,
    now_iso,
)
from driehoek_app.core.money import MAX_CENTS, format_euro
from driehoek_app.core.ondermijning_schema import (
    AMOUNT_RESULT_KINDS,
    INTERVENTION_KINDS,
    INTERVENTION_STATUSES,
    RESULT_KINDS,
)
from driehoek_app.core.ondermijningsbeeld import get_beeld, touch_beeld
from driehoek_app.core.phenomena import resolve_phenomenon
from driehoek_app.core.signals import check_partner, partner_text

INTERVENTION_FIELDS = (
    "kind", "description", "partner", "partner_other", "status", "start_date", "end_date",
    "result_text", "signals", "phenomena",
)  # fmt: skip
RESULT_FIELDS = ("kind", "count", "amount_cents", "note")


@dataclass(frozen=True)
class Result:
    """One structured result of an intervention (e.g. 2 x pand gesloten, beslag € 40.000)."""

    id: int
    intervention_id: int
    kind: str
    count: int
    amount_cents: int | None
    note: str
    position: int

    @property
    def amount_text(self) -> str:
        """Return the amount as '€ 40.000,00', or '' when there is none."""
        return format_euro(self.amount_cents)

    @property
    def text(self) -> str:
        """Return the result in one line: '2 × pand gesloten', 'beslag € 40.000,00'."""
        words = self.kind if self.count == 1 else f"{self.count} × {self.kind}"
        if self.amount_cents is not None:
            words += f" {self.amount_text}"
        return f"{words} ({self.note})" if self.note else words


@dataclass(frozen=True)
class Intervention:
    """An intervention with its results and the signals and phenomena it answers."""

    id: int
    beeld_id: int
    kind: str
    description: str
    partner: str
    partner_other: str
    status: str
    start_date: str | None
    end_date: str | None
    result_text: str
    created_at: str
    updated_at: str
    results: tuple[Result, ...] = ()
    signal_ids: tuple[int, ...] = ()
    phenomenon_codes: tuple[str, ...] = ()

    @property
    def partner_text(self) -> str:
        """Return the partner for display ('anders: <name>' for anders)."""
        return partner_text(self.partner, self.partner_other)

    @property
    def amount_cents(self) -> int:
        """Return the sum of the amounts of all results, in cents."""
        return sum(r.amount_cents or 0 for r in self.results)


def check_count(value: Any, where: str = "Aantal") -> int:
    """Return a whole number of at least 1, or raise ValidationError."""
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 1_000_000:
        raise ValidationError(f"{where}: geef een geheel aantal van 1 of meer.")
    return value


def check_amount(value: Any, kind: str, where: str = "Bedrag") -> int | None:
    """Return an amount in whole cents (or None); only result kinds with money take one."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_CENTS:
        raise ValidationError(f"{where}: geef een bedrag in hele centen (0 of meer).")
    if kind not in AMOUNT_RESULT_KINDS:
        kinds = ", ".join(AMOUNT_RESULT_KINDS)
        raise ValidationError(f"{where}: een bedrag hoort niet bij {kind!r}, alleen bij: {kinds}.")
    return value


def _results(db: sqlite_utils.Database, intervention_id: int) -> tuple[Result, ...]:
    """Return the results of an intervention in their order."""
    sql = """SELECT id, intervention_id, kind, count, amount_cents, note, position
             FROM intervention_results WHERE intervention_id = ? ORDER BY position, id"""
    return tuple(Result(**row) for row in db.query(sql, [intervention_id]))


def _intervention(db: sqlite_utils.Database, row: dict[str, Any]) -> Intervention:
    """Build an Intervention from its row plus results and linked signals and phenomena."""
    signal_ids = tuple(
        r[0] for r in db.execute(
            "SELECT signal_id FROM intervention_signals WHERE intervention_id = ? ORDER BY 1",
            [row["id"]],
        ).fetchall()
    )  # fmt: skip
    codes = tuple(
        r[0] for r in db.execute(
            """SELECT ip.phenomenon_code FROM intervention_phenomena ip
               JOIN phenomena p ON p.code = ip.phenomenon_code
               WHERE ip.intervention_id = ? ORDER BY p.position""",
            [row["id"]],
        ).fetchall()
    )  # fmt: skip
    return Intervention(
        **row, results=_results(db, row["id"]), signal_ids=signal_ids, phenomenon_codes=codes
    )


_SQL = """SELECT id, beeld_id, kind, description, partner, partner_other, status, start_date,
                 end_date, result_text, created_at, updated_at FROM interventions"""


def get_intervention(db: sqlite_utils.Database, intervention_id: int) -> Intervention:
    """Return one intervention, or raise NotFoundError."""
    rows = list(db.query(_SQL + " WHERE id = ?", [intervention_id]))
    if not rows:
        raise NotFoundError(f"Interventie {intervention_id} bestaat niet.")
    return _intervention(db, rows[0])


def list_interventions(
    db: sqlite_utils.Database,
    beeld_id: int,
    *,
    kind: str | None = None,
    status: str | None = None,
    partner: str | None = None,
    phenomenon: str | None = None,
) -> list[Intervention]:
    """Return the interventions of a beeld in the order they were added, optionally filtered."""
    get_beeld(db, beeld_id)
    if kind is not None:
        check_choice(kind, INTERVENTION_KINDS, "Soort interventie")
    if status is not None:
        check_choice(status, INTERVENTION_STATUSES, "Status")
    code = None if phenomenon is None else resolve_phenomenon(db, phenomenon).code
    sql = (
        _SQL
        + """ WHERE beeld_id = :beeld AND (:kind IS NULL OR kind = :kind)
              AND (:status IS NULL OR status = :status)
              AND (:partner IS NULL OR partner = :partner)
              AND (:code IS NULL OR id IN (SELECT intervention_id FROM intervention_phenomena
                                           WHERE phenomenon_code = :code))
              ORDER BY id"""
    )
    params = {"beeld": beeld_id, "kind": kind, "status": status, "partner": partner,
              "code": code}  # fmt: skip
    return [_intervention(db, row) for row in db.query(sql, params)]


def _checked(db: sqlite_utils.Database, fields: dict[str, Any]) -> dict[str, Any]:
    """Validate intervention fields; phenomena become codes, dates ISO text."""
    check_fields(fields, INTERVENTION_FIELDS, "Interventie")
    result = dict(fields)
    if "kind" in fields:
        check_choice(fields["kind"], INTERVENTION_KINDS, "Soort interventie")
    if "description" in fields:
        check_text(fields["description"], "Omschrijving van de interventie", required=True,
                   long=True)  # fmt: skip
    if "status" in fields:
        check_choice(fields["status"], INTERVENTION_STATUSES, "Status")
    for key, label in (("start_date", "Startdatum"), ("end_date", "Einddatum")):
        if key in fields:
            result[key] = check_optional_date(fields[key], label)
    if "result_text" in fields:
        check_text(fields["result_text"], "Resultaat", long=True)
    if "phenomena" in fields:
        codes = [resolve_phenomenon(db, p, "Fenomenen").code for p in fields["phenomena"]]
        result["phenomena"] = list(dict.fromkeys(codes))
    if "signals" in fields:
        ids = fields["signals"]
        if isinstance(ids, str) or not all(isinstance(i, int) for i in ids):
            raise ValidationError("Signalen: geef een lijst met signaalnummers.")
        result["signals"] = list(dict.fromkeys(ids))
    return result


def _check_dates(start: str | None, end: str | None) -> None:
    """Refuse an end date before the start date."""
    if start and end and end < start:
        raise ValidationError("Einddatum: ligt vóór de startdatum.")


def _write_links(
    db: sqlite_utils.Database, intervention_id: int, beeld_id: int, fields: dict[str, Any]
) -> None:
    """Replace the linked signals and/or phenomena given in fields."""
    if "signals" in fields:
        for signal_id in fields["signals"]:
            row = db.execute("SELECT beeld_id FROM signals WHERE id = ?", [signal_id]).fetchone()
            if row is None or row[0] != beeld_id:
                raise ValidationError(f"Signalen: signaal {signal_id} hoort niet bij dit beeld.")
        db.execute("DELETE FROM intervention_signals WHERE intervention_id = ?",
                   [intervention_id])  # fmt: skip
        for signal_id in fields["signals"]:
            db.execute("INSERT INTO intervention_signals VALUES (?, ?)",
                       [intervention_id, signal_id])  # fmt: skip
    if "phenomena" in fields:
        db.execute("DELETE FROM intervention_phenomena WHERE intervention_id = ?",
                   [intervention_id])  # fmt: skip
        for code in fields["phenomena"]:
            db.execute("INSERT INTO intervention_phenomena VALUES (?, ?)", [intervention_id, code])


def add_intervention(
    db: sqlite_utils.Database,
    beeld_id: int,
    kind: str,
    description: str,
    partner: str,
    **fields: Any,
) -> Intervention:
    """Add an intervention to a beeld; signals (ids) and phenomena (codes) may be linked at once."""
    fields = _checked(db, {"kind": kind, "description": description, **fields})
    partner, other = check_partner(partner, fields.pop("partner_other", ""))
    values = {"status": "in voorbereiding", "start_date": None, "end_date": None,
              "result_text": "", **fields}  # fmt: skip
    _check_dates(values["start_date"], values["end_date"])
    with db.atomic():
        get_beeld(db, beeld_id)
        stamp = now_iso()
        cursor = db.execute(
            """INSERT INTO interventions (beeld_id, kind, description, partner, partner_other,
                   status, start_date, end_date, result_text, created_at, updated_at)
               VALUES (:beeld_id, :kind, :description, :partner, :partner_other, :status,
                   :start_date, :end_date, :result_text, :stamp, :stamp)""",
            {**values, "beeld_id": beeld_id, "partner": partner, "partner_other": other,
             "stamp": stamp},
        )  # fmt: skip
        _write_links(db, cursor.lastrowid, beeld_id, fields)
        touch_beeld(db, beeld_id)
        return get_intervention(db, cursor.lastrowid)


def update_intervention(
    db: sqlite_utils.Database, intervention_id: int, **fields: Any
) -> Intervention:
    """Change an intervention, its status or result text, or its linked signals and phenomena."""
    fields = _checked(db, fields)
    with db.atomic():
        current = get_intervention(db, intervention_id)
        if "partner" in fields or "partner_other" in fields:
            fields["partner"], fields["partner_other"] = check_partner(
                fields.get("partner", current.partner),
                fields.get("partner_other", current.partner_other),
            )
        _check_dates(fields.get("start_date", current.start_date),
                     fields.get("end_date", current.end_date))  # fmt: skip
        columns = {k: v for k, v in fields.items() if k not in ("signals", "phenomena")}
        if columns:
            assignments = ", ".join(f"{key} = :{key}" for key in columns)
            db.execute(
                f"UPDATE interventions SET {assignments}, updated_at = :stamp WHERE id = :id",
                {**columns, "stamp": now_iso(), "id": intervention_id},
            )
        _write_links(db, intervention_id, current.beeld_id, fields)
        touch_beeld(db, current.beeld_id)
        return get_intervention(db, intervention_id)


def delete_intervention(db: sqlite_utils.Database, intervention_id: int) -> Intervention:
    """Remove an intervention with its results and links."""
    with db.atomic():
        intervention = get_intervention(db, intervention_id)
        db.execute("DELETE FROM interventions WHERE id = ?", [intervention_id])
        touch_beeld(db, intervention.beeld_id)
        return intervention


def get_result(db: sqlite_utils.Database, result_id: int) -> Result:
    """Return one result, or raise NotFoundError."""
    rows = list(
        db.query(
            """SELECT id, intervention_id, kind, count, amount_cents, note, position
               FROM intervention_results WHERE id = ?""",
            [result_id],
        )
    )
    if not rows:
        raise NotFoundError(f"Resultaat {result_id} bestaat niet.")
    return Result(**rows[0])


def add_result(
    db: sqlite_utils.Database,
    intervention_id: int,
    kind: str,
    count: int = 1,
    amount_cents: int | None = None,
    note: str = "",
) -> Result:
    """Add a structured result to an intervention (amount in whole cents where it applies)."""
    check_choice(kind, RESULT_KINDS, "Soort resultaat")
    check_count(count)
    check_amount(amount_cents, kind)
    check_text(note, "Toelichting bij het resultaat")
    with db.atomic():
        intervention = get_intervention(db, intervention_id)
        cursor = db.execute(
            """INSERT INTO intervention_results (intervention_id, kind, count, amount_cents,
                   note, position) VALUES (?, ?, ?, ?, ?, ?)""",
            [intervention_id, kind, count, amount_cents, note,
             next_position(db, "intervention_results", "intervention_id", intervention_id)],
        )  # fmt: skip
        touch_beeld(db, intervention.beeld_id)
        return get_result(db, cursor.lastrowid)


def update_result(db: sqlite_utils.Database, result_id: int, **fields: Any) -> Result:
    """Change the kind, count, amount or note of a result."""
    check_fields(fields, RESULT_FIELDS, "Resultaat")
    with db.atomic():
        current = get_result(db, result_id)
        values = {
            "kind": current.kind,
            "count": current.count,
            "amount_cents": current.amount_cents,
            "note": current.note,
            **fields,
        }
        check_choice(values["kind"], RESULT_KINDS, "Soort resultaat")
        check_count(values["count"])
        check_amount(values["amount_cents"], values["kind"])
        check_text(values["note"], "Toelichting bij het resultaat")
        db.execute(
            """UPDATE intervention_results SET kind = :kind, count = :count,
                   amount_cents = :amount_cents, note = :note WHERE id = :id""",
            {**values, "id": result_id},
        )
        beeld_id = get_intervention(db, current.intervention_id).beeld_id
        touch_beeld(db, beeld_id)
        return get_result(db, result_id)


def delete_result(db: sqlite_utils.Database, result_id: int) -> Result:
    """Remove a result from its intervention."""
    with db.atomic():
        result = get_result(db, result_id)
        db.execute("DELETE FROM intervention_results WHERE id = ?", [result_id])
        touch_beeld(db, get_intervention(db, result.intervention_id).beeld_id)
        return result


def phenomenon_labels(db: sqlite_utils.Database, codes: Sequence[str]) -> list[str]:
    """Return the labels of phenomenon codes, in the order given."""
    labels = dict(db.execute("SELECT code, label FROM phenomena").fetchall())
    return [labels.get(code, code) for code in codes]

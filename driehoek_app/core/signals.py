"""Signalen of a beeld and their triage: weighed together, which partner acts, and how.

Triage follows the IMV: shared information is weighed together ('gezamenlijk wegen') and the
partner with the greatest effect acts. A signal is 'te wegen' until then; 'gewogen' names the
acting partner (gemeente, OM, politie, belastingdienst, RIEC or anders, with a name) and
how; 'geen vervolg' records that the partners decided not to act.
"""

import datetime as dt
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from driehoek_app.core.meeting_base import (
    NotFoundError,
    ValidationError,
    check_choice,
    check_date,
    check_fields,
    check_optional_date,
    check_text,
    now_iso,
)
from driehoek_app.core.ondermijning_schema import PARTNERS, TRIAGE_STATUSES
from driehoek_app.core.ondermijningsbeeld import get_beeld, touch_beeld
from driehoek_app.core.phenomena import resolve_phenomenon

SIGNAL_FIELDS = (
    "date", "source", "description", "phenomenon", "triage", "partner", "partner_other",
    "triage_how", "triage_date",
)  # fmt: skip
SOURCE_SUGGESTIONS = (
    "politie", "gemeente", "RIEC", "OM", "belastingdienst", "Meld Misdaad Anoniem",
    "inwoner", "ondernemer", "woningcorporatie",
)  # fmt: skip


@dataclass(frozen=True)
class Signal:
    """A signal with its phenomenon and triage."""

    id: int
    beeld_id: int
    date: str
    source: str
    phenomenon_code: str | None
    phenomenon_label: str | None
    description: str
    triage: str
    partner: str | None
    partner_other: str
    triage_how: str
    triage_date: str | None
    created_at: str

    @property
    def partner_text(self) -> str:
        """Return the acting partner for display: 'gemeente', 'anders: Waddenunit' or ''."""
        return partner_text(self.partner, self.partner_other)


def partner_text(partner: str | None, other: str) -> str:
    """Return a partner for display; 'anders' shows the name given."""
    if partner is None:
        return ""
    if partner == "anders" and other:
        return f"anders: {other}"
    return partner


def check_partner(partner: Any, other: Any, where: str = "Partner") -> tuple[str, str]:
    """Return (partner, other name) if valid: 'anders' needs a name, the others take none."""
    check_choice(partner, PARTNERS, where)
    check_text(other, f"{where} (anders)")
    if partner == "anders" and not other.strip():
        raise ValidationError(f"{where}: geef bij 'anders' de naam van de partner.")
    return partner, other if partner == "anders" else ""


_SIGNAL_SQL = """SELECT s.id, s.beeld_id, s.date, s.source, s.phenomenon_code,
                        p.label AS phenomenon_label, s.description, s.triage, s.partner,
                        s.partner_other, s.triage_how, s.triage_date, s.created_at
                 FROM signals s LEFT JOIN phenomena p ON p.code = s.phenomenon_code"""


def get_signal(db: sqlite_utils.Database, signal_id: int) -> Signal:
    """Return one signal, or raise NotFoundError."""
    rows = list(db.query(_SIGNAL_SQL + " WHERE s.id = ?", [signal_id]))
    if not rows:
        raise NotFoundError(f"Signaal {signal_id} bestaat niet.")
    return Signal(**rows[0])


def list_signals(
    db: sqlite_utils.Database,
    beeld_id: int,
    *,
    phenomenon: str | None = None,
    triage: str | None = None,
    partner: str | None = None,
    text: str = "",
) -> list[Signal]:
    """Return the signals of a beeld, oldest first, optionally filtered."""
    get_beeld(db, beeld_id)
    code = None if phenomenon is None else resolve_phenomenon(db, phenomenon).code
    if triage is not None:
        check_choice(triage, TRIAGE_STATUSES, "Triage")
    if partner is not None:
        check_choice(partner, PARTNERS, "Partner")
    sql = (
        _SIGNAL_SQL
        + """ WHERE s.beeld_id = :beeld
              AND (:code IS NULL OR s.phenomenon_code = :code)
              AND (:triage IS NULL OR s.triage = :triage)
              AND (:partner IS NULL OR s.partner = :partner)
              AND (:text = '' OR instr(lower(s.description || ' ' || s.source || ' '
                   || s.triage_how), lower(:text)) > 0)
              ORDER BY s.date, s.id"""
    )
    params = {"beeld": beeld_id, "code": code, "triage": triage, "partner": partner,
              "text": text.strip()}  # fmt: skip
    return [Signal(**row) for row in db.query(sql, params)]


def _checked(db: sqlite_utils.Database, fields: dict[str, Any]) -> dict[str, Any]:
    """Validate signal fields; return them as column values (phenomenon as code)."""
    check_fields(fields, SIGNAL_FIELDS, "Signaal")
    result = dict(fields)
    if "date" in fields:
        result["date"] = check_date(fields["date"], "Datum van het signaal")
    if "source" in fields:
        check_text(fields["source"], "Bron", required=True)
    if "description" in fields:
        check_text(fields["description"], "Omschrijving", required=True, long=True)
    if "phenomenon" in fields:
        value = result.pop("phenomenon")
        result["phenomenon_code"] = (
            None if value in (None, "") else resolve_phenomenon(db, value).code
        )
    if "triage" in fields:
        check_choice(fields["triage"], TRIAGE_STATUSES, "Triage")
    if "triage_how" in fields:
        check_text(fields["triage_how"], "Hoe (triage)", long=True)
    if "triage_date" in fields:
        result["triage_date"] = check_optional_date(fields["triage_date"], "Datum van de triage")
    return result


def _check_triage(values: dict[str, Any]) -> dict[str, Any]:
    """Check that triage and partner agree; return the values with the partner normalised."""
    if values["triage"] == "gewogen":
        if values["partner"] is None:
            raise ValidationError("Triage: geef bij 'gewogen' aan welke partner aan zet is.")
        partner, other = check_partner(values["partner"], values["partner_other"])
        return {**values, "partner": partner, "partner_other": other}
    if values["partner"] is not None:
        raise ValidationError(
            f"Triage: een partner hoort alleen bij 'gewogen', niet bij {values['triage']!r}."
        )
    return {**values, "partner_other": ""}


def add_signal(
    db: sqlite_utils.Database,
    beeld_id: int,
    date: dt.date | str,
    source: str,
    description: str,
    phenomenon: str | None = None,
    **triage: Any,
) -> Signal:
    """Record a signal in a beeld; triage fields may be given at once (default 'te wegen')."""
    fields = _checked(
        db, {"date": date, "source": source, "description": description,
             "phenomenon": phenomenon, **triage}
    )  # fmt: skip
    if "partner" in triage and "triage" not in triage and triage["partner"] is not None:
        fields["triage"] = "gewogen"
    values = _check_triage(
        {"triage": "te wegen", "partner": None, "partner_other": "", "triage_how": "",
         "triage_date": None, **fields}
    )  # fmt: skip
    with db.atomic():
        get_beeld(db, beeld_id)
        cursor = db.execute(
            """INSERT INTO signals (beeld_id, date, source, phenomenon_code, description, triage,
                   partner, partner_other, triage_how, triage_date, created_at)
               VALUES (:beeld_id, :date, :source, :phenomenon_code, :description, :triage,
                   :partner, :partner_other, :triage_how, :triage_date, :stamp)""",
            {**values, "beeld_id": beeld_id, "stamp": now_iso()},
        )
        touch_beeld(db, beeld_id)
        return get_signal(db, cursor.lastrowid)


def update_signal(db: sqlite_utils.Database, signal_id: int, **fields: Any) -> Signal:
    """Change a signal or its triage; triage and partner must agree afterwards."""
    fields = _checked(db, fields)
    with db.atomic():
        signal = get_signal(db, signal_id)
        current = {
            "triage": signal.triage, "partner": signal.partner,
            "partner_other": signal.partner_other,
        }  # fmt: skip
        if fields.get("triage") in ("te wegen", "geen vervolg") and "partner" not in fields:
            fields["partner"] = None
        if fields.get("partner") is not None and "triage" not in fields:
            fields["triage"] = "gewogen"
        values = _check_triage({**current, **{k: v for k, v in fields.items() if k in current}})
        fields.update(values)
        assignments = ", ".join(f"{key} = :{key}" for key in fields)
        db.execute(f"UPDATE signals SET {assignments} WHERE id = :id", {**fields, "id": signal_id})
        touch_beeld(db, signal.beeld_id)
        return get_signal(db, signal_id)


def weigh_signal(
    db: sqlite_utils.Database,
    signal_id: int,
    partner: str | None,
    how: str = "",
    date: dt.date | str | None = None,
    partner_other: str = "",
) -> Signal:
    """Record the triage decision: partner acts (how), or None for 'geen vervolg'."""
    if partner is None:
        return update_signal(
            db, signal_id, triage="geen vervolg", partner=None, triage_how=how, triage_date=date
        )
    return update_signal(
        db, signal_id, triage="gewogen", partner=partner, partner_other=partner_other,
        triage_how=how, triage_date=date,
    )  # fmt: skip


def delete_signal(db: sqlite_utils.Database, signal_id: int) -> Signal:
    """Remove a signal (its links to interventions and meetings go with it)."""
    with db.atomic():
        signal = get_signal(db, signal_id)
        db.execute("DELETE FROM signals WHERE id = ?", [signal_id])
        touch_beeld(db, signal.beeld_id)
        return signal


def triage_counts(db: sqlite_utils.Database, beeld_id: int) -> dict[str, int]:
    """Return the number of signals per triage outcome: 'te wegen', each partner, 'geen vervolg'."""
    get_beeld(db, beeld_id)
    counts = {"te wegen": 0, **dict.fromkeys(PARTNERS, 0), "geen vervolg": 0}
    sql = """SELECT COALESCE(partner, triage) AS outcome, COUNT(*) AS n FROM signals
             WHERE beeld_id = ? GROUP BY outcome"""
    for row in db.query(sql, [beeld_id]):
        counts[row["outcome"]] = row["n"]
    return counts

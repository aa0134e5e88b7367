"""The registers as tables with Dutch column headers, for CSV/XLSX exports (with filters).

decisions: one row per decision, in number order (body code, year, serial).
actions: one row per action, in the order of the meeting where it was agreed.
meetings: one row per meeting, by date, with counts of items, decisions and actions.
Dates are real dates (date cells in Excel, ISO text in CSV); lists are joined with ', '.
"""

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd
import sqlite_utils

from driehoek_app.core.action_register import ActionFilter, iter_actions
from driehoek_app.core.agenda import check_themes
from driehoek_app.core.export import write_table
from driehoek_app.core.meeting_base import check_choice
from driehoek_app.core.meeting_schema import MEETING_STATUSES
from driehoek_app.core.registers import DecisionFilter, id_list, iter_decisions

DECISION_COLUMNS = [
    "nummer", "datum", "overleg", "basisteam", "agendapunt_nr", "agendapunt", "besluit",
    "themas", "labels", "vertrouwelijk", "status_verslag", "vergadering_id",
]  # fmt: skip
ACTION_COLUMNS = [
    "actie", "eigenaar", "deadline", "status", "te_laat", "opmerking", "datum_vergadering",
    "overleg", "basisteam", "agendapunt", "vertrouwelijk", "vergadering_id",
]  # fmt: skip
MEETING_COLUMNS = [
    "vergadering_id", "datum", "begintijd", "eindtijd", "overleg", "basisteam", "locatie",
    "rubricering", "status", "versie", "vastgesteld_op", "voorzitter", "agendapunten",
    "besluiten", "acties", "open_acties", "demo",
]  # fmt: skip


@dataclass(frozen=True)
class MeetingFilter:
    """Which meetings the meetings export holds; empty fields do not filter."""

    body_ids: tuple[int, ...] = ()
    year: int | None = None
    status: str | None = None
    theme: str | None = None


def _date(value: str | None) -> dt.date | None:
    """Return an ISO date text as a date (None stays None)."""
    return dt.date.fromisoformat(value) if value else None


def decisions_frame(db: sqlite_utils.Database, flt: DecisionFilter | None = None) -> pd.DataFrame:
    """One row per filtered decision, in number order."""
    flt = flt or DecisionFilter()
    if flt.theme:
        check_themes(db, [flt.theme], "--theme")
    rows = [
        {
            "nummer": d.number,
            "datum": _date(d.date),
            "overleg": d.body_name,
            "basisteam": d.basisteam or "",
            "agendapunt_nr": d.item_number,
            "agendapunt": d.item_title,
            "besluit": d.text,
            "themas": ", ".join(d.themes),
            "labels": ", ".join(d.labels),
            "vertrouwelijk": d.confidential,
            "status_verslag": d.meeting_status,
            "vergadering_id": d.meeting_id,
        }
        for d in iter_decisions(db, flt)
    ]
    return pd.DataFrame(rows, columns=DECISION_COLUMNS)


def actions_frame(
    db: sqlite_utils.Database, flt: ActionFilter | None = None, today: dt.date | None = None
) -> pd.DataFrame:
    """One row per filtered action, in the order of the meeting where it was agreed."""
    flt = flt or ActionFilter()
    rows = [
        {
            "actie": a.text,
            "eigenaar": a.owner,
            "deadline": _date(a.due_date),
            "status": a.status,
            "te_laat": a.overdue,
            "opmerking": a.remark,
            "datum_vergadering": _date(a.meeting_date),
            "overleg": a.body_name,
            "basisteam": a.basisteam or "",
            "agendapunt": a.item_title,
            "vertrouwelijk": a.confidential,
            "vergadering_id": a.meeting_id,
        }
        for a in iter_actions(db, flt, today=today)
    ]
    return pd.DataFrame(rows, columns=ACTION_COLUMNS)


def meetings_frame(db: sqlite_utils.Database, flt: MeetingFilter | None = None) -> pd.DataFrame:
    """One row per filtered meeting, by date, with its counts."""
    flt = flt or MeetingFilter()
    clauses, params = ["1"], {}
    if flt.body_ids:
        clauses.append(f"m.body_id IN ({id_list(flt.body_ids)})")
    if flt.year is not None:
        clauses.append("m.date >= :start AND m.date < :end")
        params.update(start=f"{int(flt.year):04d}-01-01", end=f"{int(flt.year) + 1:04d}-01-01")
    if flt.status is not None:
        check_choice(flt.status, MEETING_STATUSES, "--status")
        clauses.append("m.status = :status")
        params["status"] = flt.status
    if flt.theme:
        check_themes(db, [flt.theme], "--theme")
        clauses.append(
            """m.id IN (SELECT i.meeting_id FROM agenda_items i
                        JOIN agenda_item_themes t ON t.item_id = i.id
                        WHERE t.theme_code = :theme)"""
        )
        params["theme"] = flt.theme
    sql = f"""SELECT m.id, m.date, m.start_time, m.end_time, b.name AS body_name,
                     bt.name AS basisteam, m.location, m.classification, m.status, m.version,
                     m.approved_on, p.name AS chair,
                     (SELECT count(*) FROM agenda_items i WHERE i.meeting_id = m.id) AS items,
                     (SELECT count(*) FROM decisions d JOIN agenda_items i ON i.id = d.item_id
                      WHERE i.meeting_id = m.id) AS decisions,
                     (SELECT count(*) FROM actions a JOIN agenda_items i ON i.id = a.item_id
                      WHERE i.meeting_id = m.id) AS actions,
                     (SELECT count(*) FROM actions a JOIN agenda_items i ON i.id = a.item_id
                      WHERE i.meeting_id = m.id AND a.status = 'open') AS open_actions,
                     EXISTS (SELECT 1 FROM demo_meetings x WHERE x.meeting_id = m.id) AS demo
              FROM meetings m JOIN bodies b ON b.id = m.body_id
              LEFT JOIN basisteams bt ON bt.id = b.basisteam_id
              LEFT JOIN people p ON p.id = m.chair_id
              WHERE {" AND ".join(clauses)}
              ORDER BY m.date, m.start_time, b.position, m.id"""
    rows = [
        {
            "vergadering_id": r["id"],
            "datum": _date(r["date"]),
            "begintijd": r["start_time"],
            "eindtijd": r["end_time"],
            "overleg": r["body_name"],
            "basisteam": r["basisteam"] or "",
            "locatie": r["location"],
            "rubricering": r["classification"],
            "status": r["status"],
            "versie": r["version"],
            "vastgesteld_op": _date(r["approved_on"]),
            "voorzitter": r["chair"] or "",
            "agendapunten": r["items"],
            "besluiten": r["decisions"],
            "acties": r["actions"],
            "open_acties": r["open_actions"],
            "demo": bool(r["demo"]),
        }
        for r in db.query(sql, params)
    ]
    return pd.DataFrame(rows, columns=MEETING_COLUMNS)


@dataclass(frozen=True)
class RegisterExport:
    """An exportable register: its sheet title, a description and its filter type."""

    name: str
    sheet_name: str
    description: str
    filter_type: type


REGISTER_EXPORTS = {
    "decisions": RegisterExport(
        "decisions", "Besluiten", "de besluiten van alle overleggen (besluitenregister)",
        DecisionFilter,
    ),
    "actions": RegisterExport(
        "actions", "Acties", "de acties van alle overleggen (actieregister)", ActionFilter
    ),
    "meetings": RegisterExport(
        "meetings", "Vergaderingen", "de vergaderingen met hun aantallen", MeetingFilter
    ),
}  # fmt: skip


def register_frame(
    db: sqlite_utils.Database, kind: str, flt: Any = None, today: dt.date | None = None
) -> pd.DataFrame:
    """Return the table of one register ('decisions', 'actions' or 'meetings') with a filter."""
    export = REGISTER_EXPORTS[kind]
    flt = flt if flt is not None else export.filter_type()
    if not isinstance(flt, export.filter_type):
        raise TypeError(f"{kind} needs a {export.filter_type.__name__}")
    if kind == "decisions":
        return decisions_frame(db, flt)
    if kind == "actions":
        return actions_frame(db, flt, today)
    return meetings_frame(db, flt)


def export_register(
    db: sqlite_utils.Database,
    kind: str,
    path: str | os.PathLike[str],
    fmt: str,
    flt: Any = None,
    today: dt.date | None = None,
) -> int:
    """Write one register with a filter to a CSV or XLSX file; return the number of rows."""
    frame = register_frame(db, kind, flt, today)
    write_table(frame, Path(path), fmt, sheet_name=REGISTER_EXPORTS[kind].sheet_name)
    return len(frame)

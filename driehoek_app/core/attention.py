"""Attention per IMV theme, computed from the meetings themselves (nothing is stored twice).

For a year (the meeting date) and a basisteam (its basisteamdriehoek) or the whole unit
(every body: the ten basisteamdriehoeken and any district or unit meeting):
- agendapunten: items carrying the theme; an item with two themes counts for both;
- minuten: the planned minutes of those items (an item without planned time adds 0);
- vergaderingen: meetings in which the theme was on the agenda;
- besluiten: decisions taken under those items;
- acties open / afgerond / vervallen: actions agreed under those items, by their status now.
Concept and vastgesteld meetings both count. The 'totaal' row counts every item of the
meetings once, with or without a theme.
"""

from dataclasses import dataclass

import pandas as pd
import sqlite_utils

from driehoek_app.core.ondermijningsbeeld import basisteam_id, check_year

COUNT_COLUMNS = ("items", "planned_minutes", "decisions", "actions_open", "actions_done",
                 "actions_dropped")  # fmt: skip
TOTAL_CODE = ""


@dataclass(frozen=True)
class ThemeAttention:
    """What one IMV theme (or, with code '', all items) received in a year."""

    theme_code: str
    theme_title: str
    meetings: int
    items: int
    planned_minutes: int
    decisions: int
    actions_open: int
    actions_done: int
    actions_dropped: int

    @property
    def actions_closed(self) -> int:
        """Return the actions no longer open (afgerond plus vervallen)."""
        return self.actions_done + self.actions_dropped

    @property
    def actions(self) -> int:
        """Return every action, whatever its status."""
        return self.actions_open + self.actions_closed


@dataclass(frozen=True)
class DecisionLine:
    """A decision as the annual report lists it."""

    number: str
    text: str
    meeting_date: str
    body_name: str
    item_title: str
    confidential: bool


# `+a.status` keeps SQLite on the index by item: by status it read every open action per item
# (1.6 s instead of 6 ms for a year of the whole unit in the 10-year demo database).
_ITEMS_SQL = """
    SELECT i.id AS item_id, i.meeting_id, bo.basisteam_id,
           COALESCE(i.planned_minutes, 0) AS planned_minutes,
           (SELECT COUNT(*) FROM decisions d WHERE d.item_id = i.id) AS decisions,
           (SELECT COUNT(*) FROM actions a WHERE a.item_id = i.id AND +a.status = 'open')
               AS actions_open,
           (SELECT COUNT(*) FROM actions a WHERE a.item_id = i.id AND +a.status = 'afgerond')
               AS actions_done,
           (SELECT COUNT(*) FROM actions a WHERE a.item_id = i.id AND +a.status = 'vervallen')
               AS actions_dropped
    FROM agenda_items i JOIN meetings m ON m.id = i.meeting_id
    JOIN bodies bo ON bo.id = m.body_id
    WHERE m.date BETWEEN :first AND :last AND (:team IS NULL OR bo.basisteam_id = :team)"""


def _scope(db: sqlite_utils.Database, year: int, basisteam: str | int | None) -> dict:
    """Return the query parameters for a year and a basisteam (None: the unit)."""
    check_year(year)
    team = None if basisteam is None else basisteam_id(db, basisteam)
    return {"first": f"{year}-01-01", "last": f"{year}-12-31", "team": team}


def _frame(db: sqlite_utils.Database, sql: str, params: dict) -> pd.DataFrame:
    """Run a query and return its rows as a DataFrame with the query's column names."""
    cursor = db.execute(sql, params)
    return pd.DataFrame(cursor.fetchall(), columns=[c[0] for c in cursor.description])


def item_frame(
    db: sqlite_utils.Database, year: int, basisteam: str | int | None = None
) -> pd.DataFrame:
    """Return one row per agenda item in scope with its minutes, decisions and actions."""
    return _frame(db, _ITEMS_SQL, _scope(db, year, basisteam))


def theme_frame(
    db: sqlite_utils.Database, year: int, basisteam: str | int | None = None
) -> pd.DataFrame:
    """Return the items in scope joined with their themes: one row per (item, theme)."""
    sql = f"""SELECT t.theme_code, x.* FROM ({_ITEMS_SQL}) x
              JOIN agenda_item_themes t ON t.item_id = x.item_id"""
    return _frame(db, sql, _scope(db, year, basisteam))


def _row(code: str, title: str, frame: pd.DataFrame) -> ThemeAttention:
    """Sum one group of item rows into a ThemeAttention."""
    sums = {column: int(frame[column].sum()) if len(frame) else 0 for column in COUNT_COLUMNS}
    sums["items"] = int(frame["item_id"].nunique()) if len(frame) else 0
    meetings = int(frame["meeting_id"].nunique()) if len(frame) else 0
    return ThemeAttention(code, title, meetings, **sums)


def theme_attention(
    db: sqlite_utils.Database, year: int, basisteam: str | int | None = None
) -> list[ThemeAttention]:
    """Return the attention of each IMV theme (document order) for a basisteam or the unit."""
    frame = theme_frame(db, year, basisteam).assign(items=1)
    themes = db.execute("SELECT code, short_title FROM themes ORDER BY number").fetchall()
    return [_row(code, title, frame[frame["theme_code"] == code]) for code, title in themes]


def total_attention(
    db: sqlite_utils.Database, year: int, basisteam: str | int | None = None
) -> ThemeAttention:
    """Return the same figures for every agenda item in scope, each counted once."""
    return _row(TOTAL_CODE, "Alle agendapunten", item_frame(db, year, basisteam).assign(items=1))


def attention_by_basisteam(
    db: sqlite_utils.Database, year: int, measure: str = "items"
) -> pd.DataFrame:
    """Return a table basisteam x theme of one measure (items, planned_minutes, decisions, ...).

    Rows are the ten basisteams in table order (zeros included); columns the theme codes.
    Meetings of bodies without a basisteam are left out of this table.
    """
    if measure not in COUNT_COLUMNS:
        raise ValueError(f"unknown measure {measure!r}")
    frame = theme_frame(db, year).assign(items=1)
    teams = db.execute(
        """SELECT b.id, b.name FROM basisteams b JOIN districts d ON d.code = b.district_code
           ORDER BY d.position, b.position"""
    ).fetchall()
    codes = [row[0] for row in db.execute("SELECT code FROM themes ORDER BY number")]
    table = frame.pivot_table(
        index="basisteam_id", columns="theme_code", values=measure, aggfunc="sum", fill_value=0
    )
    table = table.reindex(index=[t[0] for t in teams], columns=codes, fill_value=0).astype(int)
    table.index = [t[1] for t in teams]
    table.index.name = "basisteam"
    table.columns.name = None
    return table


def theme_decisions(
    db: sqlite_utils.Database,
    year: int,
    theme_code: str,
    basisteam: str | int | None = None,
    *,
    include_confidential: bool = False,
) -> list[DecisionLine]:
    """Return the decisions taken under items of a theme, per body in date and number order.

    Decisions under vertrouwelijk items (casuïstiek) are left out unless asked for.
    """
    scope = _scope(db, year, basisteam)
    sql = """
        SELECT d.number, d.text, m.date AS meeting_date, bo.name AS body_name,
               i.title AS item_title, i.confidential
        FROM decisions d JOIN agenda_items i ON i.id = d.item_id
        JOIN agenda_item_themes t ON t.item_id = i.id AND t.theme_code = :theme
        JOIN meetings m ON m.id = i.meeting_id JOIN bodies bo ON bo.id = m.body_id
        WHERE m.date BETWEEN :first AND :last AND (:team IS NULL OR bo.basisteam_id = :team)
          AND (:all OR i.confidential = 0)
        ORDER BY bo.position, bo.id, m.date, d.year, d.serial"""
    rows = db.query(sql, {**scope, "theme": theme_code, "all": int(include_confidential)})
    return [DecisionLine(**{**row, "confidential": bool(row["confidential"])}) for row in rows]


def withheld_decision_count(
    db: sqlite_utils.Database, year: int, theme_code: str, basisteam: str | int | None = None
) -> int:
    """Return how many decisions of a theme sit under vertrouwelijk items."""
    everything = theme_decisions(db, year, theme_code, basisteam, include_confidential=True)
    return sum(1 for line in everything if line.confidential)

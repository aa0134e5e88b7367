"""The besluitenregister: every decision of every body, filtered, sorted and read page by page.

Made for a model/view list over 100,000 rows: count_decisions() gives the row count,
decision_ids() the sorted ids (cheap: one integer per row), and decisions_by_ids() or
decision_page() the full rows of only the part that is on screen. Sorting and filtering run
in SQLite on indexed columns. Each row carries meeting_id and item_id, so the GUI can jump
to the meeting and the item.

The shared parts of both registers (sort helpers, value lists for filter boxes and the
extra indexes made by migration 0004) live here too; the actions are in action_register.
"""

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from driehoek_app.core.meeting_base import ValidationError
from driehoek_app.core.search import build_match, match_subquery

REGISTER_INDEXES = (
    "CREATE INDEX IF NOT EXISTS meetings_date ON meetings (date, start_time)",
    "CREATE INDEX IF NOT EXISTS bodies_position ON bodies (position)",
    "CREATE INDEX IF NOT EXISTS decisions_year ON decisions (year, body_id)",
    "CREATE INDEX IF NOT EXISTS actions_status_due ON actions (status, due_date)",
    "CREATE INDEX IF NOT EXISTS actions_due ON actions (due_date IS NULL, due_date)",
    "CREATE INDEX IF NOT EXISTS agenda_item_themes_theme ON agenda_item_themes (theme_code)",
    "CREATE INDEX IF NOT EXISTS agenda_item_labels_label ON agenda_item_labels (label)",
)
CHUNK = 500


@dataclass(frozen=True)
class SortSpec:
    """A sort key: its ORDER BY terms, the usual FROM, and a FROM that reads in index order.

    Each term is (expression, reverses): descending reverses the terms marked True; the
    others keep their direction (undated actions stay last; within one meeting rows stay in
    agenda order). index_from, when given, forces the join order (CROSS JOIN) so that SQLite
    walks indexes already in sort order and stops after the page: a first page of 100,000
    rows then costs as much as one of 100. It is used when no selective filter is set.
    """

    terms: tuple[tuple[str, bool], ...]
    natural_from: str
    index_from: str | None = None

    def order_by(self, descending: bool) -> str:
        """Return the ORDER BY clause."""
        terms = [f"{expr} DESC" if descending and flips else expr for expr, flips in self.terms]
        return "ORDER BY " + ", ".join(terms)


def sort_spec(sorts: dict[str, SortSpec], sort: str) -> SortSpec:
    """Return the sort spec of a key, or raise a ValidationError naming the valid keys."""
    if sort not in sorts:
        raise ValidationError(f"Sorteren op {sort!r} kan niet; kies uit: {', '.join(sorts)}.")
    return sorts[sort]


_D_NATURAL = """FROM decisions d JOIN agenda_items i ON i.id = d.item_id
                JOIN meetings m ON m.id = i.meeting_id"""
_D_BODIES = " JOIN bodies b ON b.id = d.body_id"
DECISION_SORTS = {
    "date": SortSpec(
        (("m.date", True), ("m.start_time", True), ("m.id", True), ("i.position", False),
         ("d.position", False), ("d.id", False)),
        _D_NATURAL,
        """FROM meetings m CROSS JOIN agenda_items i ON i.meeting_id = m.id
           CROSS JOIN decisions d ON d.item_id = i.id""",
    ),
    "number": SortSpec(
        (("b.code", True), ("d.year", True), ("d.serial", True), ("d.id", True)),
        _D_NATURAL + _D_BODIES,
        """FROM bodies b CROSS JOIN decisions d ON d.body_id = b.id
           CROSS JOIN agenda_items i ON i.id = d.item_id
           CROSS JOIN meetings m ON m.id = i.meeting_id""",
    ),
    "body": SortSpec(
        (("b.position", True), ("m.date", True), ("m.start_time", True), ("m.id", True),
         ("i.position", False), ("d.position", False), ("d.id", False)),
        _D_NATURAL + _D_BODIES,
        """FROM bodies b CROSS JOIN meetings m ON m.body_id = b.id
           CROSS JOIN agenda_items i ON i.meeting_id = m.id
           CROSS JOIN decisions d ON d.item_id = i.id""",
    ),
    "item": SortSpec(
        (("i.title COLLATE NOCASE", True), ("m.date", True), ("d.id", True)), _D_NATURAL
    ),
    "text": SortSpec((("d.text COLLATE NOCASE", True), ("d.id", True)), _D_NATURAL),
}  # fmt: skip
DEFAULT_DECISION_SORT = ("date", True)


def create_register_indexes(db: sqlite_utils.Database) -> None:
    """Create the indexes the registers filter and sort on (migration 0004)."""
    for statement in REGISTER_INDEXES:
        db.execute(statement)


def id_list(ids: Sequence[int]) -> str:
    """Return ids as an SQL list body ('1, 2, 3'), each forced to an integer."""
    return ", ".join(str(int(i)) for i in ids)


def limit_clause(offset: int, limit: int | None) -> str:
    """Return LIMIT/OFFSET for a slice (limit None: to the end)."""
    count = -1 if limit is None else max(0, int(limit))
    return f"LIMIT {count} OFFSET {max(0, int(offset))}"


def ordered(rows: list[Any], ids: Sequence[int]) -> list[Any]:
    """Return rows (with an id attribute) in the order of ids, skipping ids that vanished."""
    by_id = {row.id: row for row in rows}
    return [by_id[i] for i in ids if i in by_id]


def item_lists(
    db: sqlite_utils.Database, item_ids: Sequence[int]
) -> tuple[dict[int, tuple[str, ...]], dict[int, tuple[str, ...]]]:
    """Return the theme codes and the labels of the given agenda items, in their order."""
    themes: dict[int, list[str]] = {}
    labels: dict[int, list[str]] = {}
    if item_ids:
        ids = id_list(sorted(set(item_ids)))
        for item_id, code in db.execute(
            f"""SELECT item_id, theme_code FROM agenda_item_themes WHERE item_id IN ({ids})
                ORDER BY item_id, position"""
        ):
            themes.setdefault(item_id, []).append(code)
        for item_id, label in db.execute(
            f"""SELECT item_id, label FROM agenda_item_labels WHERE item_id IN ({ids})
                ORDER BY item_id, position"""
        ):
            labels.setdefault(item_id, []).append(label)
    return (
        {key: tuple(value) for key, value in themes.items()},
        {key: tuple(value) for key, value in labels.items()},
    )


def register_years(db: sqlite_utils.Database) -> list[int]:
    """Return the years that have meetings, newest first (for a year filter box)."""
    rows = db.execute(
        "SELECT DISTINCT CAST(substr(date, 1, 4) AS INTEGER) FROM meetings ORDER BY 1 DESC"
    )
    return [row[0] for row in rows]


def register_labels(db: sqlite_utils.Database) -> list[str]:
    """Return every free label in use on agenda items, alphabetically (for a filter box)."""
    rows = db.execute("SELECT DISTINCT label FROM agenda_item_labels ORDER BY label COLLATE NOCASE")
    return [row[0] for row in rows]


def check_text_filter(text: Any) -> str | None:
    """Return the MATCH expression for a text filter (None: no words, so no text filter)."""
    if text is None:
        return None
    if not isinstance(text, str):
        raise ValidationError("Zoektekst: moet tekst zijn.")
    return build_match(text, "last")


# ----- decisions ---------------------------------------------------------------------------


@dataclass(frozen=True)
class DecisionFilter:
    """What the besluitenregister shows; empty fields do not filter."""

    body_ids: tuple[int, ...] = ()
    year: int | None = None
    theme: str | None = None
    label: str | None = None
    text: str = ""
    include_confidential: bool = True


@dataclass(frozen=True)
class DecisionRow:
    """One line of the besluitenregister, with where it was taken (meeting, item)."""

    id: int
    number: str
    year: int
    serial: int
    text: str
    meeting_id: int
    date: str
    start_time: str
    meeting_status: str
    item_id: int
    item_number: int
    item_title: str
    confidential: bool
    body_id: int
    body_code: str
    body_name: str
    basisteam: str | None
    themes: tuple[str, ...] = ()
    labels: tuple[str, ...] = ()


_DECISION_FROM = _D_NATURAL + _D_BODIES


def _decision_where(flt: DecisionFilter, indexed: bool = False) -> tuple[str, dict[str, Any]]:
    """Return the WHERE clause and parameters of a decision filter.

    indexed: the query walks a sort index (SortSpec.index_from); the filter columns of the
    inner tables are then written +column so that SQLite does not pick their indexes
    for the inner loop (which would cost a scan per outer row).
    """
    plus = "+" if indexed else ""
    clauses, params = ["1"], {}
    if flt.body_ids:
        bodies = id_list(flt.body_ids)
        clauses.append(f"{plus}d.body_id IN ({bodies})")
        if indexed:  # a decision's body is its meeting's body: let the walk skip other bodies
            clauses.append(f"m.body_id IN ({bodies})")
    if flt.year is not None:
        clauses.append(f"{plus}d.year = :year")
        params["year"] = int(flt.year)
    if flt.theme:
        clauses.append(
            "d.item_id IN (SELECT item_id FROM agenda_item_themes WHERE theme_code = :theme)"
        )
        params["theme"] = flt.theme
    if flt.label:
        clauses.append("d.item_id IN (SELECT item_id FROM agenda_item_labels WHERE label = :label)")
        params["label"] = flt.label
    match = check_text_filter(flt.text)
    if match is not None:
        clauses.append(f"d.id IN ({match_subquery('besluit')})")
        params["text_match"] = match
    if not flt.include_confidential:
        clauses.append(f"{plus}d.item_id IN (SELECT id FROM agenda_items WHERE confidential = 0)")
    return "WHERE " + " AND ".join(clauses), params


def _selective(flt: DecisionFilter) -> bool:
    """Return True when the filter keeps few rows (then SQLite starts from the filter)."""
    return bool(flt.theme or flt.label or check_text_filter(flt.text))


def count_decisions(db: sqlite_utils.Database, flt: DecisionFilter = DecisionFilter()) -> int:
    """Return how many decisions the filter lets through."""
    where, params = _decision_where(flt)
    return db.execute(f"SELECT count(*) FROM decisions d {where}", params).fetchone()[0]


def decision_ids(
    db: sqlite_utils.Database,
    flt: DecisionFilter = DecisionFilter(),
    sort: str = DEFAULT_DECISION_SORT[0],
    descending: bool = DEFAULT_DECISION_SORT[1],
    offset: int = 0,
    limit: int | None = None,
) -> list[int]:
    """Return the ids of the filtered decisions in sort order (optionally one slice)."""
    spec = sort_spec(DECISION_SORTS, sort)
    indexed = spec.index_from is not None and not _selective(flt)
    where, params = _decision_where(flt, indexed)
    source = spec.index_from if indexed else spec.natural_from
    sql = f"SELECT d.id {source} {where} {spec.order_by(descending)} {limit_clause(offset, limit)}"
    return [row[0] for row in db.execute(sql, params)]


def decisions_by_ids(db: sqlite_utils.Database, ids: Sequence[int]) -> list[DecisionRow]:
    """Return the rows of the given decisions, in the order of ids."""
    if not ids:
        return []
    sql = f"""SELECT d.id, d.number, d.year, d.serial, d.text, m.id AS meeting_id, m.date,
                     m.start_time, m.status AS meeting_status, i.id AS item_id,
                     i.position AS item_number, i.title AS item_title, i.confidential,
                     b.id AS body_id, b.code AS body_code, b.name AS body_name,
                     bt.name AS basisteam
              {_DECISION_FROM} LEFT JOIN basisteams bt ON bt.id = b.basisteam_id
              WHERE d.id IN ({id_list(ids)})"""
    rows = list(db.query(sql))
    themes, labels = item_lists(db, [row["item_id"] for row in rows])
    built = [
        DecisionRow(
            **{**row, "confidential": bool(row["confidential"])},
            themes=themes.get(row["item_id"], ()),
            labels=labels.get(row["item_id"], ()),
        )
        for row in rows
    ]
    return ordered(built, ids)


def decision_page(
    db: sqlite_utils.Database,
    flt: DecisionFilter = DecisionFilter(),
    sort: str = DEFAULT_DECISION_SORT[0],
    descending: bool = DEFAULT_DECISION_SORT[1],
    offset: int = 0,
    limit: int = 100,
) -> list[DecisionRow]:
    """Return one slice of the filtered, sorted besluitenregister."""
    return decisions_by_ids(db, decision_ids(db, flt, sort, descending, offset, limit))


def iter_decisions(
    db: sqlite_utils.Database,
    flt: DecisionFilter = DecisionFilter(),
    sort: str = "number",
    descending: bool = False,
) -> Iterator[DecisionRow]:
    """Yield every filtered decision in sort order, reading in chunks (for exports)."""
    ids = decision_ids(db, flt, sort, descending)
    for start in range(0, len(ids), CHUNK):
        yield from decisions_by_ids(db, ids[start : start + CHUNK])

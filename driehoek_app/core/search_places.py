"""Place words in the search index: every indexed text also carries where its meeting was held.

Each index table has one extra FTS column, `plaats`, holding for the meeting a text belongs to:
the code of its body, the name of the body's basisteam, the body's gemeenten (as the user
listed them) and the body's name, except the standard name of a basisteamdriehoek
("Basisteamdriehoek Hoorn": its basisteam already says Hoorn, and the word basisteamdriehoek
in every text would make "bas" typed into the search box match everything).

A query matches when every phrase occurs in the text or in these place words, so
"hennepconvenant hoorn" finds the Hoorn decision and not the Zaanstad one, and "hoorn" alone
finds everything of the Hoorn driehoek. Snippets are made from the text
columns only, so only words of the text itself are highlighted.

The column is filled by the insert and update triggers of search_index (from the row's
meeting), and kept in step by the triggers below when a body is renamed or gets another code
or basisteam, a basisteam is renamed, a gemeente is added, changed or removed, a meeting
moves to another body or an agenda item to another meeting.

The triggers hold the SQL below: changing what goes into `plaats` needs a new migration that
calls search_index.create_search_index. The place words come straight from the reference and
body tables; they are never shown, so they are not cleaned of the snippet marker characters.
"""

from typing import TYPE_CHECKING

from driehoek_app.core.bodies import basisteam_body_name

if TYPE_CHECKING:
    from driehoek_app.core.search_index import IndexSpec

PLACE_COLUMN = "plaats"
PLACE_WEIGHT = 0.1
PLACE_TRIGGERS = (
    "search_plaats_bodies",
    "search_plaats_basisteams",
    "search_plaats_gemeenten_insert",
    "search_plaats_gemeenten_update",
    "search_plaats_gemeenten_delete",
    "search_plaats_meetings",
    "search_plaats_items",
)


def _sql_text(text: str) -> str:
    """Return text as an SQL string literal."""
    return "'" + text.replace("'", "''") + "'"


def _standard_name_sql() -> str:
    """Return SQL for the standard name of the basisteamdriehoek of basisteam bt."""
    before, after = basisteam_body_name("\x00").split("\x00")
    return f"{_sql_text(before)} || bt.name || {_sql_text(after)}"


_PLACE_WORDS = f"""CASE WHEN bo.name = {_standard_name_sql()} THEN '' ELSE bo.name || ' ' END
    || bo.code || coalesce(' ' || bt.name, '')
    || coalesce(' ' || (SELECT group_concat(g.name, ' ') FROM (
           SELECT name FROM body_gemeenten WHERE body_id = bo.id ORDER BY position, id) g), '')"""
_BODY_FROM = "bodies bo LEFT JOIN basisteams bt ON bt.id = bo.basisteam_id"


def body_places_sql() -> str:
    """Return a SELECT of (body_id, plaats): the place words of every body."""
    return f"SELECT bo.id AS body_id, {_PLACE_WORDS} AS plaats FROM {_BODY_FROM}"


def place_of_body(body: str) -> str:
    """Return SQL for the place words of the body whose id is the SQL expression body."""
    return f"(SELECT {_PLACE_WORDS} FROM {_BODY_FROM} WHERE bo.id = {body})"


def _body_of_row(spec: "IndexSpec", alias: str) -> str:
    """Return SQL for the body id of the meeting that the source row alias belongs to."""
    if spec.link == "meeting_id":
        return f"(SELECT body_id FROM meetings WHERE id = {alias}.meeting_id)"
    return (
        "(SELECT m.body_id FROM agenda_items i JOIN meetings m ON m.id = i.meeting_id "
        f"WHERE i.id = {alias}.item_id)"
    )


def place_of_row(spec: "IndexSpec", alias: str) -> str:
    """Return SQL for the place words of the source row alias (new/src) of an index."""
    return place_of_body(_body_of_row(spec, alias))


def source_with_places(spec: "IndexSpec") -> str:
    """Return FROM ... for every source row (alias src) with its place words as p.plaats."""
    if spec.link == "meeting_id":
        meeting = "LEFT JOIN meetings m ON m.id = src.meeting_id"
    else:
        meeting = (
            "LEFT JOIN agenda_items i ON i.id = src.item_id "
            "LEFT JOIN meetings m ON m.id = i.meeting_id"
        )
    return (
        f"FROM {spec.source} AS src {meeting} "
        f"LEFT JOIN ({body_places_sql()}) AS p ON p.body_id = m.body_id"
    )


def _rows_of_meetings(spec: "IndexSpec", where: str) -> str:
    """Return a SELECT of the ids of the source rows in the meetings that satisfy where (m.*)."""
    if spec.link == "meeting_id":
        return (
            "SELECT src.id FROM meetings m JOIN agenda_items src ON src.meeting_id = m.id "
            f"WHERE {where}"
        )
    return (
        "SELECT src.id FROM meetings m JOIN agenda_items i ON i.meeting_id = m.id "
        f"JOIN {spec.source} src ON src.item_id = i.id WHERE {where}"
    )


def _refresh(spec: "IndexSpec", body: str, rows: str) -> str:
    """Return an UPDATE that gives the given index rows the place words of the body."""
    return f"UPDATE {spec.table} SET {PLACE_COLUMN} = {place_of_body(body)} WHERE rowid IN ({rows})"


def _refresh_body(spec: "IndexSpec", body: str) -> str:
    """Return an UPDATE that renews the place words of every index row of one body."""
    return _refresh(spec, body, _rows_of_meetings(spec, f"m.body_id = {body}"))


def _trigger(name: str, event: str, when: str, statements: list[str]) -> str:
    """Return a CREATE TRIGGER running the statements (when the condition holds)."""
    body = "".join(f"\n    {statement};" for statement in statements)
    condition = f" WHEN {when}" if when else ""
    return f"CREATE TRIGGER {name} {event}{condition} BEGIN{body}\nEND"


def place_trigger_statements(specs: "tuple[IndexSpec, ...]") -> list[str]:
    """Return the CREATE TRIGGER statements that keep the place words of every index in step."""
    gemeente_changed = (
        "new.name IS NOT old.name OR new.position IS NOT old.position "
        "OR new.body_id IS NOT old.body_id"
    )
    item_linked = [spec for spec in specs if spec.link == "item_id"]
    return [
        _trigger(
            "search_plaats_bodies", "AFTER UPDATE OF name, code, basisteam_id ON bodies",
            "new.name IS NOT old.name OR new.code IS NOT old.code "
            "OR new.basisteam_id IS NOT old.basisteam_id",
            [_refresh_body(spec, "new.id") for spec in specs],
        ),
        _trigger(
            "search_plaats_basisteams", "AFTER UPDATE OF name ON basisteams",
            "new.name IS NOT old.name",
            [_refresh_body(spec, "(SELECT id FROM bodies WHERE basisteam_id = new.id)")
             for spec in specs],
        ),
        _trigger(
            "search_plaats_gemeenten_insert", "AFTER INSERT ON body_gemeenten", "",
            [_refresh_body(spec, "new.body_id") for spec in specs],
        ),
        _trigger(
            "search_plaats_gemeenten_update",
            "AFTER UPDATE OF name, position, body_id ON body_gemeenten", gemeente_changed,
            [_refresh(spec, "old.body_id", _rows_of_meetings(
                spec, "m.body_id = old.body_id AND old.body_id IS NOT new.body_id"))
             for spec in specs] + [_refresh_body(spec, "new.body_id") for spec in specs],
        ),
        _trigger(
            "search_plaats_gemeenten_delete", "AFTER DELETE ON body_gemeenten", "",
            [_refresh_body(spec, "old.body_id") for spec in specs],
        ),
        _trigger(
            "search_plaats_meetings", "AFTER UPDATE OF body_id ON meetings",
            "new.body_id IS NOT old.body_id",
            [_refresh(spec, "new.body_id", _rows_of_meetings(spec, "m.id = new.id"))
             for spec in specs],
        ),
        _trigger(
            "search_plaats_items", "AFTER UPDATE OF meeting_id ON agenda_items",
            "new.meeting_id IS NOT old.meeting_id",
            [_refresh(spec, "(SELECT body_id FROM meetings WHERE id = new.meeting_id)",
                      f"SELECT id FROM {spec.source} WHERE item_id = new.id")
             for spec in item_linked],
        ),
    ]  # fmt: skip

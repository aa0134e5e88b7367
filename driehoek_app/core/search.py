"""Full-text search over agenda items, minutes, decisions, actions and attachment names.

User input never reaches FTS5's query syntax: build_match() splits it into words (letters
and digits), quotes each whitespace-separated chunk as a phrase and adds a prefix star, so
quotes, hyphens, AND/OR/NOT/NEAR, stars, brackets, colons and empty input are all safe.

Place words count too: a phrase may match the text or the place of its meeting (the body's
name and code, its basisteam, its gemeenten; see search_places), so "hennepconvenant hoorn"
finds what the Hoorn driehoek decided about the hennepconvenant. Snippets come from the text
columns only: they highlight the words of the text, never the place.

Results come grouped by kind, each group with its total and a page of hits, newest meeting
first or by relevance (bm25). A hit's snippet is plain text in which each highlighted run
starts with SNIPPET_START (U+0002) and ends with SNIPPET_END (U+0003); the indexed copy of
the text never contains these characters. Use snippet_parts() to render it safely.
"""

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from driehoek_app.core.search_index import INDEX_BY_KIND, SNIPPET_END, SNIPPET_START, IndexSpec
from driehoek_app.core.search_kinds import KIND_LABELS, KINDS, ORDERS
from driehoek_app.core.search_places import PLACE_WEIGHT

PREFIX_MODES = ("last", "all", "none")
MAX_QUERY_CHARS = 1_000
MAX_PHRASES = 32
MIN_PREFIX_CHARS = 2
SNIPPET_TOKENS = 16
_WORD = re.compile(r"[^\W_]+")
_SPACE = re.compile(r"\s+")
_CONTROL = re.compile(r"[\x00-\x01\x04-\x1f\x7f]")


@dataclass(frozen=True)
class SearchHit:
    """One found text with where it lives (meeting, item) and a highlighted snippet."""

    kind: str
    ref_id: int
    item_id: int
    item_number: int
    item_title: str
    meeting_id: int
    date: str
    start_time: str
    body_id: int
    body_code: str
    body_name: str
    basisteam: str | None
    classification: str
    meeting_status: str
    confidential: bool
    label: str
    action_status: str | None
    due_date: str | None
    snippet: str

    @property
    def kind_label(self) -> str:
        """Return the Dutch name of the hit's group, e.g. 'Besluiten'."""
        return KIND_LABELS[self.kind]

    def parts(self) -> list[tuple[str, bool]]:
        """Return the snippet as (text, highlighted) parts."""
        return snippet_parts(self.snippet)

    def as_json(self) -> dict[str, Any]:
        """Return the hit as a JSON-ready dict (the CLI's --json line)."""
        return {
            "kind": self.kind, "ref_id": self.ref_id, "meeting_id": self.meeting_id,
            "item_id": self.item_id, "item_number": self.item_number,
            "item_title": self.item_title, "date": self.date, "start_time": self.start_time,
            "basisteam": self.basisteam, "body": self.body_code, "body_name": self.body_name,
            "label": self.label, "confidential": self.confidential,
            "classification": self.classification, "meeting_status": self.meeting_status,
            "action_status": self.action_status, "due_date": self.due_date,
            "snippet": self.snippet,
        }  # fmt: skip


@dataclass(frozen=True)
class KindResults:
    """The hits of one kind: how many there are in all, and the requested page of them."""

    kind: str
    total: int
    hits: tuple[SearchHit, ...]
    offset: int = 0

    @property
    def label(self) -> str:
        """Return the Dutch name of the group, e.g. 'Acties'."""
        return KIND_LABELS[self.kind]


@dataclass(frozen=True)
class SearchResults:
    """Search results grouped by kind (in KINDS order; kinds without hits left out)."""

    query: str
    match: str | None
    groups: tuple[KindResults, ...]

    @property
    def total(self) -> int:
        """Return the number of matching texts over all kinds."""
        return sum(group.total for group in self.groups)

    @property
    def hits(self) -> list[SearchHit]:
        """Return the hits of all groups, group after group."""
        return [hit for group in self.groups for hit in group.hits]


# ----- the query ---------------------------------------------------------------------------


def query_phrases(text: Any) -> list[list[str]]:
    """Split user input into phrases (one per whitespace-separated chunk) of plain words."""
    if not isinstance(text, str):
        return []
    text = unicodedata.normalize("NFC", text[:MAX_QUERY_CHARS])
    phrases = []
    for chunk in text.split():
        words = _WORD.findall(chunk)
        if words:
            phrases.append(words)
    return phrases[:MAX_PHRASES]


def build_match(text: Any, prefix: str = "last") -> str | None:
    """Return a safe FTS5 MATCH expression for user input, or None when it has no words.

    prefix: 'last' makes the last word a prefix (search while typing), 'all' every phrase's
    last word, 'none' none; a word of one character is never a prefix (it would match
    almost everything). All phrases must match (AND).
    """
    if prefix not in PREFIX_MODES:
        raise ValueError(f"prefix must be one of {PREFIX_MODES}")
    phrases = query_phrases(text)
    if not phrases:
        return None
    parts = []
    for index, words in enumerate(phrases):
        star = prefix == "all" or (prefix == "last" and index == len(phrases) - 1)
        star = star and len(words[-1]) >= MIN_PREFIX_CHARS
        parts.append('"' + " ".join(words) + '"' + ("*" if star else ""))
    return " ".join(parts)


# ----- snippets ----------------------------------------------------------------------------


def snippet_parts(snippet: str) -> list[tuple[str, bool]]:
    """Split a snippet with markers into (text, highlighted) parts, markers removed."""
    parts: list[tuple[str, bool]] = []
    highlighted = False
    for piece in re.split(f"([{SNIPPET_START}{SNIPPET_END}])", snippet):
        if piece == SNIPPET_START:
            highlighted = True
        elif piece == SNIPPET_END:
            highlighted = False
        elif piece:
            parts.append((piece, highlighted))
    return parts


def render_snippet(snippet: str, start: str = "[", end: str = "]") -> str:
    """Return the snippet as plain text with the highlighted runs between start and end."""
    return "".join(f"{start}{text}{end}" if hit else text for text, hit in snippet_parts(snippet))


def _tidy(snippet: str) -> str:
    """Make a snippet one line: whitespace runs become one space, control characters go."""
    return _CONTROL.sub("", _SPACE.sub(" ", snippet)).strip()


# ----- the queries -------------------------------------------------------------------------


@dataclass(frozen=True)
class _KindSQL:
    """How the hits of one kind reach their agenda item: from the index, and from the source."""

    from_index: str
    from_source: str
    ref: str
    label: str
    status: str = "NULL"
    due: str = "NULL"


_KIND_SQL = {
    "agendapunt": _KindSQL("JOIN agenda_items i ON i.id = {t}.rowid", "agenda_items i", "i.id",
                           "i.title"),
    "notulen": _KindSQL("JOIN agenda_items i ON i.id = {t}.rowid", "agenda_items i", "i.id",
                        "i.title"),
    "besluit": _KindSQL(
        "JOIN decisions d ON d.id = {t}.rowid JOIN agenda_items i ON i.id = d.item_id",
        "decisions d JOIN agenda_items i ON i.id = d.item_id", "d.id", "d.number",
    ),
    "actie": _KindSQL(
        "JOIN actions a ON a.id = {t}.rowid JOIN agenda_items i ON i.id = a.item_id",
        "actions a JOIN agenda_items i ON i.id = a.item_id", "a.id", "a.owner", "a.status",
        "a.due_date",
    ),
    "bijlage": _KindSQL(
        "JOIN attachments x ON x.id = {t}.rowid JOIN agenda_items i ON i.id = x.item_id",
        "attachments x JOIN agenda_items i ON i.id = x.item_id", "x.id", "x.name",
    ),
}  # fmt: skip


def _matching(spec: IndexSpec, body_ids: Sequence[int]) -> str:
    """Return FROM ... WHERE for the matching texts of one kind, joined to their meeting."""
    joins = _KIND_SQL[spec.kind].from_index.format(t=spec.table)
    body = ""
    if body_ids:
        body = f" AND m.body_id IN ({', '.join(str(int(b)) for b in body_ids)})"
    return f"""FROM {spec.table} {joins} JOIN meetings m ON m.id = i.meeting_id
               WHERE {spec.table} MATCH :match{body}"""


def _order_by(spec: IndexSpec, order: str) -> str:
    """Return the ORDER BY clause: newest meeting first, or best bm25 score first."""
    if order == "relevance":
        weights = ", ".join(str(w) for w in (*spec.weights, PLACE_WEIGHT))
        return f"ORDER BY bm25({spec.table}, {weights}), m.date DESC, {spec.table}.rowid DESC"
    return f"ORDER BY m.date DESC, m.start_time DESC, m.id DESC, i.position, {spec.table}.rowid"


def _count(db: sqlite_utils.Database, spec: IndexSpec, match: str, body_ids: Sequence[int]) -> int:
    """Return how many texts of one kind match."""
    if body_ids:
        sql = "SELECT count(*) " + _matching(spec, body_ids)
    else:
        sql = f"SELECT count(*) FROM {spec.table} WHERE {spec.table} MATCH :match"
    return db.execute(sql, {"match": match}).fetchone()[0]


def _page(
    db: sqlite_utils.Database,
    spec: IndexSpec,
    match: str,
    body_ids: Sequence[int],
    order: str,
    offset: int,
    limit: int,
) -> list[SearchHit]:
    """Return one page of hits of one kind, with their snippets.

    Three small queries: the ids of the page in order (only the sort key is joined), then
    the details and the snippets of just those ids.
    """
    sql = f"""SELECT {spec.table}.rowid {_matching(spec, body_ids)} {_order_by(spec, order)}
              LIMIT :limit OFFSET :offset"""
    params = {"match": match, "limit": limit, "offset": offset}
    ids = [row[0] for row in db.execute(sql, params)]
    if not ids:
        return []
    kind = _KIND_SQL[spec.kind]
    details = f"""SELECT {kind.ref} AS ref_id, i.id AS item_id, i.position AS item_number,
                         i.title AS item_title, m.id AS meeting_id, m.date, m.start_time,
                         b.id AS body_id, b.code AS body_code, b.name AS body_name,
                         bt.name AS basisteam, m.classification, m.status AS meeting_status,
                         i.confidential, {kind.label} AS label, {kind.status} AS action_status,
                         {kind.due} AS due_date
                  FROM {kind.from_source} JOIN meetings m ON m.id = i.meeting_id
                  JOIN bodies b ON b.id = m.body_id
                  LEFT JOIN basisteams bt ON bt.id = b.basisteam_id
                  WHERE {kind.ref} IN ({", ".join(str(int(i)) for i in ids)})"""
    rows = {row["ref_id"]: row for row in db.query(details)}
    snippets = _snippets(db, spec, match, ids)
    return [
        SearchHit(
            kind=spec.kind,
            **{**rows[ref], "confidential": bool(rows[ref]["confidential"])},
            snippet=snippets.get(ref, ""),
        )
        for ref in ids
        if ref in rows
    ]


def _snippets(
    db: sqlite_utils.Database, spec: IndexSpec, match: str, ids: Iterable[int]
) -> dict[int, str]:
    """Return the highlighted snippet of each given index row (computed only for these).

    One snippet per text column (never the place column); the best of them is kept.
    """
    id_list = ", ".join(str(int(i)) for i in ids)
    snippets = ", ".join(
        f"snippet({spec.table}, {column}, char(2), char(3), '…', {SNIPPET_TOKENS})"
        for column in range(len(spec.columns))
    )
    sql = f"""SELECT rowid, {snippets}
              FROM {spec.table} WHERE {spec.table} MATCH :match AND rowid IN ({id_list})"""
    return {row[0]: _best_snippet(row[1:]) for row in db.execute(sql, {"match": match})}


def _best_snippet(snippets: Sequence[str | None]) -> str:
    """Return the column snippet with the most matched words (else the longest text), tidied.

    Like FTS5's own choice among columns: most different words highlighted, then most
    highlights, the first column on a tie. A text found only by its place words has no
    highlights; then the longest column (the description rather than the title) is shown.
    """

    def score(numbered: tuple[int, str]) -> tuple[int, int, int, int]:
        """Rank one column's snippet; higher is better."""
        column, snippet = numbered
        words = [text.casefold() for text, hit in snippet_parts(snippet) if hit]
        length = 0 if words else len(snippet)
        return len(set(words)), len(words), length, -column

    tidied = [_tidy(snippet or "") for snippet in snippets]
    return max(enumerate(tidied), key=score)[1] if tidied else ""


def _check(kinds: Iterable[str] | None, order: str) -> tuple[str, ...]:
    """Validate the kinds and order a caller asked for (a programming error otherwise)."""
    chosen = tuple(KINDS if kinds is None else kinds)
    unknown = [kind for kind in chosen if kind not in KINDS]
    if unknown:
        raise ValueError(f"unknown search kind {unknown[0]!r}; use one of {KINDS}")
    if order not in ORDERS:
        raise ValueError(f"order must be one of {ORDERS}")
    return tuple(kind for kind in KINDS if kind in chosen)


def search(
    db: sqlite_utils.Database,
    text: Any,
    *,
    kinds: Iterable[str] | None = None,
    limit: int = 10,
    order: str = "newest",
    body_ids: Sequence[int] = (),
    prefix: str = "last",
) -> SearchResults:
    """Search every kind (or the given kinds); return per kind its total and first hits."""
    chosen = _check(kinds, order)
    match = build_match(text, prefix)
    groups = []
    if match is not None:
        for kind in chosen:
            group = _kind_results(db, kind, match, body_ids, order, 0, max(0, int(limit)))
            if group.total:
                groups.append(group)
    return SearchResults(text if isinstance(text, str) else "", match, tuple(groups))


def search_kind(
    db: sqlite_utils.Database,
    text: Any,
    kind: str,
    *,
    offset: int = 0,
    limit: int = 50,
    order: str = "newest",
    body_ids: Sequence[int] = (),
    prefix: str = "last",
) -> KindResults:
    """Return one page of hits of one kind (for 'more results' in a list)."""
    _check([kind], order)
    match = build_match(text, prefix)
    if match is None:
        return KindResults(kind, 0, (), offset)
    return _kind_results(db, kind, match, body_ids, order, max(0, offset), max(0, limit))


def _kind_results(
    db: sqlite_utils.Database,
    kind: str,
    match: str,
    body_ids: Sequence[int],
    order: str,
    offset: int,
    limit: int,
) -> KindResults:
    """Count the matches of one kind and fetch one page of them."""
    spec = INDEX_BY_KIND[kind]
    total = _count(db, spec, match, body_ids)
    hits = _page(db, spec, match, body_ids, order, offset, limit) if total and limit else []
    return KindResults(kind, total, tuple(hits), offset)


def match_subquery(kind: str, parameter: str = "text_match") -> str:
    """Return SQL selecting the source ids of one kind whose text matches :parameter.

    Bind the parameter to build_match(user_text) (never to raw user input). Place words count
    as in search(): "hennepconvenant hoorn" keeps the Hoorn decisions about it.
    """
    _check([kind], "newest")
    spec = INDEX_BY_KIND[kind]
    return f"SELECT rowid FROM {spec.table} WHERE {spec.table} MATCH :{parameter}"

"""Links between a beeld's fenomenen, signalen, interventies and the meetings that discussed them.

A link joins one owner (a phenomenon entry of a beeld, a signal or an intervention) to one
part of a meeting (an agenda item, a decision or an action). Links may point to vastgesteld
meetings: the link belongs to the beeld and changes nothing in the meeting. A link goes
when either side is deleted (ON DELETE CASCADE); the owner and the meeting stay.
"""

from collections.abc import Sequence
from dataclasses import dataclass

import sqlite_utils

from driehoek_app.core.beeld_phenomena import PhenomenonEntry, list_entries
from driehoek_app.core.meeting_base import NotFoundError, ValidationError, check_choice, now_iso
from driehoek_app.core.ondermijning_schema import LINK_OWNERS, LINK_TARGETS

OWNER_COLUMNS = {"phenomenon": "entry_id", "signal": "signal_id", "intervention": "intervention_id"}
OWNER_TABLES = {"phenomenon": "beeld_phenomena", "signal": "signals",
                "intervention": "interventions"}  # fmt: skip
TARGET_COLUMNS = {"item": "item_id", "decision": "decision_id", "action": "action_id"}
TARGET_TABLES = {"item": "agenda_items", "decision": "decisions", "action": "actions"}
OWNER_WORDS = {"phenomenon": "Fenomeen", "signal": "Signaal", "intervention": "Interventie"}
TARGET_WORDS = {"item": "Agendapunt", "decision": "Besluit", "action": "Actie"}


@dataclass(frozen=True)
class MeetingLink:
    """A link seen from the beeld: which meeting, item, decision or action it points to."""

    id: int
    owner_kind: str
    owner_id: int
    target_kind: str
    target_id: int
    meeting_id: int
    meeting_date: str
    body_name: str
    item_id: int
    item_number: int
    item_title: str
    decision_number: str | None
    text: str

    @property
    def description(self) -> str:
        """Return the link in one line, e.g. 'Besluit HLM-2026-004: <text>'."""
        if self.target_kind == "decision":
            return f"Besluit {self.decision_number}: {self.text}"
        if self.target_kind == "action":
            return f"Actie: {self.text}"
        return f"Agendapunt {self.item_number}: {self.item_title}"


@dataclass(frozen=True)
class LinkedOwner:
    """A link seen from the meeting: which beeld entry is linked, and its text."""

    id: int
    owner_kind: str
    owner_id: int
    target_kind: str
    target_id: int
    beeld_id: int
    basisteam_name: str
    year: int
    text: str


# The columns every link query starts with: the link, what kind of beeld entry owns it, and
# what kind of meeting part (item, decision, action) it points at.
_KIND_COLUMNS = """
    SELECT l.id,
           CASE WHEN l.entry_id IS NOT NULL THEN 'phenomenon'
                WHEN l.signal_id IS NOT NULL THEN 'signal' ELSE 'intervention' END AS owner_kind,
           COALESCE(l.entry_id, l.signal_id, l.intervention_id) AS owner_id,
           CASE WHEN l.item_id IS NOT NULL THEN 'item'
                WHEN l.decision_id IS NOT NULL THEN 'decision' ELSE 'action' END AS target_kind,
           COALESCE(l.item_id, l.decision_id, l.action_id) AS target_id,"""
_LINK_SQL = f"""{_KIND_COLUMNS}
           m.id AS meeting_id, m.date AS meeting_date, bo.name AS body_name,
           i.id AS item_id, i.position AS item_number, i.title AS item_title,
           d.number AS decision_number, COALESCE(d.text, a.text, i.title) AS text
    FROM beeld_links l
    LEFT JOIN decisions d ON d.id = l.decision_id
    LEFT JOIN actions a ON a.id = l.action_id
    JOIN agenda_items i ON i.id = COALESCE(l.item_id, d.item_id, a.item_id)
    JOIN meetings m ON m.id = i.meeting_id
    JOIN bodies bo ON bo.id = m.body_id"""


def _check_exists(db: sqlite_utils.Database, table: str, row_id: int, word: str) -> None:
    """Raise NotFoundError when the row does not exist."""
    if (
        not isinstance(row_id, int)
        or not db.execute(f"SELECT 1 FROM {table} WHERE id = ?", [row_id]).fetchone()
    ):
        raise NotFoundError(f"{word} {row_id} bestaat niet.")


def get_link(db: sqlite_utils.Database, link_id: int) -> MeetingLink:
    """Return one link, or raise NotFoundError."""
    rows = list(db.query(_LINK_SQL + " WHERE l.id = ?", [link_id]))
    if not rows:
        raise NotFoundError(f"Koppeling {link_id} bestaat niet.")
    return MeetingLink(**rows[0])


def link(
    db: sqlite_utils.Database, owner_kind: str, owner_id: int, target_kind: str, target_id: int
) -> MeetingLink:
    """Link a phenomenon entry, signal or intervention to an agenda item, decision or action.

    Linking twice is harmless: the existing link is returned.
    """
    check_choice(owner_kind, LINK_OWNERS, "Koppeling van")
    check_choice(target_kind, LINK_TARGETS, "Koppeling naar")
    owner_column, target_column = OWNER_COLUMNS[owner_kind], TARGET_COLUMNS[target_kind]
    with db.atomic():
        _check_exists(db, OWNER_TABLES[owner_kind], owner_id, OWNER_WORDS[owner_kind])
        _check_exists(db, TARGET_TABLES[target_kind], target_id, TARGET_WORDS[target_kind])
        row = db.execute(
            f"SELECT id FROM beeld_links WHERE {owner_column} = ? AND {target_column} = ?",
            [owner_id, target_id],
        ).fetchone()
        if row:
            return get_link(db, row[0])
        cursor = db.execute(
            f"INSERT INTO beeld_links ({owner_column}, {target_column}, created_at)"
            " VALUES (?, ?, ?)",
            [owner_id, target_id, now_iso()],
        )
        return get_link(db, cursor.lastrowid)


def unlink(db: sqlite_utils.Database, link_id: int) -> MeetingLink:
    """Remove one link and return it."""
    with db.atomic():
        found = get_link(db, link_id)
        db.execute("DELETE FROM beeld_links WHERE id = ?", [link_id])
        return found


def links_of(db: sqlite_utils.Database, owner_kind: str, owner_id: int) -> list[MeetingLink]:
    """Return the meeting links of a phenomenon entry, signal or intervention, oldest first."""
    check_choice(owner_kind, LINK_OWNERS, "Koppeling van")
    column = OWNER_COLUMNS[owner_kind]
    sql = _LINK_SQL + f" WHERE l.{column} = ? ORDER BY m.date, i.position, l.id"
    return [MeetingLink(**row) for row in db.query(sql, [owner_id])]


_OWNER_SQL = f"""{_KIND_COLUMNS}
           b.id AS beeld_id, bt.name AS basisteam_name, b.year,
           COALESCE(p.label, s.description, iv.description) AS text
    FROM beeld_links l
    LEFT JOIN beeld_phenomena e ON e.id = l.entry_id
    LEFT JOIN phenomena p ON p.code = e.phenomenon_code
    LEFT JOIN signals s ON s.id = l.signal_id
    LEFT JOIN interventions iv ON iv.id = l.intervention_id
    JOIN beelden b ON b.id = COALESCE(e.beeld_id, s.beeld_id, iv.beeld_id)
    JOIN basisteams bt ON bt.id = b.basisteam_id
    LEFT JOIN decisions d ON d.id = l.decision_id
    LEFT JOIN actions a ON a.id = l.action_id"""


def links_to_item(db: sqlite_utils.Database, item_id: int) -> list[LinkedOwner]:
    """Return what is linked to an agenda item or to one of its decisions or actions."""
    _check_exists(db, "agenda_items", item_id, "Agendapunt")
    sql = (
        _OWNER_SQL
        + " WHERE COALESCE(l.item_id, d.item_id, a.item_id) = ? ORDER BY owner_kind, l.id"
    )
    return [LinkedOwner(**row) for row in db.query(sql, [item_id])]


def suggested_entries(db: sqlite_utils.Database, item_id: int) -> list[PhenomenonEntry]:
    """Return the phenomena to pull into an agenda item: those of the beeld of its basisteam.

    The beeld is the one of the meeting's year, or else the most recent earlier one; a body
    that is not a basisteamdriehoek gets none.
    """
    _check_exists(db, "agenda_items", item_id, "Agendapunt")
    row = db.execute(
        """SELECT b.id FROM agenda_items i JOIN meetings m ON m.id = i.meeting_id
           JOIN bodies bo ON bo.id = m.body_id
           JOIN beelden b ON b.basisteam_id = bo.basisteam_id
           WHERE i.id = ? AND b.year <= CAST(substr(m.date, 1, 4) AS INTEGER)
           ORDER BY b.year DESC LIMIT 1""",
        [item_id],
    ).fetchone()
    return list_entries(db, row[0]) if row else []


def pull_into_item(
    db: sqlite_utils.Database, item_id: int, entry_ids: Sequence[int]
) -> list[MeetingLink]:
    """Link several phenomenon entries to one agenda item at once (all or nothing)."""
    if isinstance(entry_ids, str | bytes):
        raise ValidationError("Fenomenen: geef een lijst met nummers.")
    with db.atomic():
        return [link(db, "phenomenon", entry_id, "item", item_id) for entry_id in entry_ids]


@dataclass(frozen=True)
class LinkRecord:
    """A link as stored: what is linked to what and since when; enough to put it back."""

    id: int
    owner_kind: str
    owner_id: int
    target_kind: str
    target_id: int
    created_at: str


_RECORD_SQL = f"""{_KIND_COLUMNS}
           l.created_at
    FROM beeld_links l"""


def link_record(db: sqlite_utils.Database, link_id: int) -> LinkRecord:
    """Return one link as stored, or raise NotFoundError."""
    rows = list(db.query(_RECORD_SQL + " WHERE l.id = ?", [link_id]))
    if not rows:
        raise NotFoundError(f"Koppeling {link_id} bestaat niet.")
    return LinkRecord(**rows[0])


def find_link(
    db: sqlite_utils.Database, owner_kind: str, owner_id: int, target_kind: str, target_id: int
) -> LinkRecord | None:
    """Return the link between this owner and this target, if there is one."""
    check_choice(owner_kind, LINK_OWNERS, "Koppeling van")
    check_choice(target_kind, LINK_TARGETS, "Koppeling naar")
    sql = (
        _RECORD_SQL
        + f" WHERE l.{OWNER_COLUMNS[owner_kind]} = ? AND l.{TARGET_COLUMNS[target_kind]} = ?"
    )
    rows = list(db.query(sql, [owner_id, target_id]))
    return LinkRecord(**rows[0]) if rows else None


def target_link_records(
    db: sqlite_utils.Database, target_kind: str, target_id: int
) -> list[LinkRecord]:
    """Return the links to one agenda item, decision or action (kept before deleting it)."""
    check_choice(target_kind, LINK_TARGETS, "Koppeling naar")
    sql = _RECORD_SQL + f" WHERE l.{TARGET_COLUMNS[target_kind]} = ? ORDER BY l.id"
    return [LinkRecord(**row) for row in db.query(sql, [target_id])]


def item_link_records(db: sqlite_utils.Database, item_id: int) -> list[LinkRecord]:
    """Return the links to an agenda item and to its decisions and actions, oldest first."""
    sql = (
        _RECORD_SQL
        + """ LEFT JOIN decisions d ON d.id = l.decision_id
              LEFT JOIN actions a ON a.id = l.action_id
              WHERE COALESCE(l.item_id, d.item_id, a.item_id) = ? ORDER BY l.id"""
    )
    return [LinkRecord(**row) for row in db.query(sql, [item_id])]


def remove_link(db: sqlite_utils.Database, record: LinkRecord) -> LinkRecord:
    """Remove the link between the record's owner and target; return it as it was stored."""
    with db.atomic():
        found = find_link(
            db, record.owner_kind, record.owner_id, record.target_kind, record.target_id
        )
        if found is None:
            raise NotFoundError("Deze koppeling bestaat niet meer; ze is al verwijderd.")
        db.execute("DELETE FROM beeld_links WHERE id = ?", [found.id])
        return found


def restore_link(db: sqlite_utils.Database, record: LinkRecord) -> LinkRecord:
    """Put a removed link back with its id (when still free) and its date; undo of unlink.

    A link that is already there again is returned as it is.
    """
    check_choice(record.owner_kind, LINK_OWNERS, "Koppeling van")
    check_choice(record.target_kind, LINK_TARGETS, "Koppeling naar")
    owner_column = OWNER_COLUMNS[record.owner_kind]
    target_column = TARGET_COLUMNS[record.target_kind]
    with db.atomic():
        _check_exists(db, OWNER_TABLES[record.owner_kind], record.owner_id,
                      OWNER_WORDS[record.owner_kind])  # fmt: skip
        _check_exists(db, TARGET_TABLES[record.target_kind], record.target_id,
                      TARGET_WORDS[record.target_kind])  # fmt: skip
        found = find_link(
            db, record.owner_kind, record.owner_id, record.target_kind, record.target_id
        )
        if found is not None:
            return found
        taken = db.execute("SELECT 1 FROM beeld_links WHERE id = ?", [record.id]).fetchone()
        cursor = db.execute(
            f"INSERT INTO beeld_links (id, {owner_column}, {target_column}, created_at)"
            " VALUES (?, ?, ?, ?)",
            [None if taken else record.id, record.owner_id, record.target_id, record.created_at],
        )
        return link_record(db, cursor.lastrowid)


def restore_links(db: sqlite_utils.Database, records: Sequence[LinkRecord]) -> list[LinkRecord]:
    """Put back the links of a restored item, decision or action; all or nothing.

    A link whose phenomenon, signal or intervention was deleted meanwhile stays away.
    """
    restored = []
    with db.atomic():
        for record in records:
            owner = OWNER_TABLES[record.owner_kind]
            if db.execute(f"SELECT 1 FROM {owner} WHERE id = ?", [record.owner_id]).fetchone():
                restored.append(restore_link(db, record))
    return restored

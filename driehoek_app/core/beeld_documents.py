"""The documents of an ondermijningsbeeld (the RIEC report, maps, ...), kept in the database.

Same shape and rules as the attachments of agenda items (core.attachments): bytes stored
exactly, media type guessed from the name, at most 100 MB, written to a temporary folder
for the system viewer.
"""

from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from driehoek_app.core.attachments import (
    check_stored_bytes,
    format_size,
    guess_media_type,
    read_file_to_store,
    write_bytes_to_folder,
)
from driehoek_app.core.meeting_base import NotFoundError, check_text, now_iso
from driehoek_app.core.ondermijningsbeeld import get_beeld, touch_beeld

DOCUMENT = "Document"  # how the user's messages name a beeld document


@dataclass(frozen=True)
class BeeldDocument:
    """A stored document of a beeld (without its bytes)."""

    id: int
    beeld_id: int
    name: str
    media_type: str
    size: int
    added_at: str

    @property
    def size_text(self) -> str:
        """Return the size for display, e.g. '1,2 MB'."""
        return format_size(self.size)


_SQL = "SELECT id, beeld_id, name, media_type, size, added_at FROM beeld_documents"


def get_document(db: sqlite_utils.Database, document_id: int) -> BeeldDocument:
    """Return the description of one document, or raise NotFoundError."""
    rows = list(db.query(_SQL + " WHERE id = ?", [document_id]))
    if not rows:
        raise NotFoundError(f"Document {document_id} bestaat niet.")
    return BeeldDocument(**rows[0])


def list_documents(db: sqlite_utils.Database, beeld_id: int) -> list[BeeldDocument]:
    """Return the documents of a beeld in the order they were added."""
    get_beeld(db, beeld_id)
    return [
        BeeldDocument(**row)
        for row in db.query(_SQL + " WHERE beeld_id = ? ORDER BY id", [beeld_id])
    ]


def add_document(
    db: sqlite_utils.Database,
    beeld_id: int,
    name: str,
    data: bytes,
    media_type: str | None = None,
) -> BeeldDocument:
    """Store a document with a beeld; the media type is guessed from the name if absent."""
    check_text(name, "Naam van het document", required=True)
    data = check_stored_bytes(data, DOCUMENT, "het bestand")
    media_type = guess_media_type(name, media_type)
    check_text(media_type, "Soort document", required=True)
    with db.atomic():
        get_beeld(db, beeld_id)
        cursor = db.execute(
            """INSERT INTO beeld_documents (beeld_id, name, media_type, size, data, added_at)
               VALUES (?, ?, ?, ?, ?, ?)""",
            [beeld_id, name, media_type, len(data), data, now_iso()],
        )
        touch_beeld(db, beeld_id)
        return get_document(db, cursor.lastrowid)


def add_document_file(db: sqlite_utils.Database, beeld_id: int, path: Path | str) -> BeeldDocument:
    """Store the file at path with a beeld, under its own file name."""
    path = Path(path)
    return add_document(db, beeld_id, path.name, read_file_to_store(path, DOCUMENT))


def read_document(db: sqlite_utils.Database, document_id: int) -> bytes:
    """Return the bytes of a document exactly as stored."""
    row = db.execute("SELECT data FROM beeld_documents WHERE id = ?", [document_id]).fetchone()
    if row is None:
        raise NotFoundError(f"Document {document_id} bestaat niet.")
    return bytes(row[0])


def rename_document(db: sqlite_utils.Database, document_id: int, name: str) -> BeeldDocument:
    """Give a document another name."""
    check_text(name, "Naam van het document", required=True)
    with db.atomic():
        document = get_document(db, document_id)
        db.execute("UPDATE beeld_documents SET name = ? WHERE id = ?", [name, document_id])
        touch_beeld(db, document.beeld_id)
        return get_document(db, document_id)


def delete_document(db: sqlite_utils.Database, document_id: int) -> BeeldDocument:
    """Remove a document from its beeld and return its description."""
    with db.atomic():
        document = get_document(db, document_id)
        db.execute("DELETE FROM beeld_documents WHERE id = ?", [document_id])
        touch_beeld(db, document.beeld_id)
        return document


def write_document_to_folder(
    db: sqlite_utils.Database, document_id: int, folder: Path | str | None = None
) -> Path:
    """Write a document into a (new temporary) folder so the system viewer can open it."""
    document = get_document(db, document_id)
    return write_bytes_to_folder(document.name, read_document(db, document_id), folder, DOCUMENT)

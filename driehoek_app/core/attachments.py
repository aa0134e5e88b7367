"""Documents attached to agenda items, kept inside the database as BLOBs."""

import mimetypes
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from driehoek_app.core.meeting_base import (
    NotFoundError,
    ValidationError,
    check_text,
    item_meeting_id,
    now_iso,
    require_concept,
    touch_meeting,
)
from driehoek_app.core.os_errors import os_reason

MAX_ATTACHMENT_BYTES = 100 * 1024 * 1024
DEFAULT_MEDIA_TYPE = "application/octet-stream"
_UNSAFE_NAME = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


@dataclass(frozen=True)
class Attachment:
    """A stored document (without its bytes): name, media type and size in bytes."""

    id: int
    item_id: int
    name: str
    media_type: str
    size: int
    added_at: str

    @property
    def size_text(self) -> str:
        """Return the size for display, e.g. '1,2 MB'."""
        return format_size(self.size)


@dataclass(frozen=True)
class AttachmentContent:
    """A removed attachment with its bytes, so that the removal can be undone."""

    attachment: Attachment
    data: bytes


def format_size(size: int) -> str:
    """Return a byte count as Dutch text: '512 bytes', '14 kB', '1,2 MB'."""
    if size < 1024:
        return f"{size} bytes"
    for unit, factor in (("kB", 1024), ("MB", 1024**2), ("GB", 1024**3)):
        value = size / factor
        if value < 1024 or unit == "GB":
            text = f"{value:.0f}" if value >= 10 else f"{value:.1f}"
            return f"{text.replace('.', ',')} {unit}"
    raise AssertionError("unreachable")


def check_stored_bytes(data: object, label: str = "Bijlage", noun: str = "het document") -> bytes:
    """Return the bytes to store if they are bytes of an acceptable size."""
    if not isinstance(data, bytes | bytearray | memoryview):
        raise ValidationError(f"{label}: de inhoud moet uit bytes bestaan.")
    data = bytes(data)
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise ValidationError(
            f"{label}: {noun} is te groot ({format_size(len(data))}; maximaal "
            f"{format_size(MAX_ATTACHMENT_BYTES)})."
        )
    return data


def guess_media_type(name: str, media_type: str | None) -> str:
    """Return the given media type, or the one the file name suggests."""
    return media_type or mimetypes.guess_type(name)[0] or DEFAULT_MEDIA_TYPE


def read_file_to_store(path: Path, label: str = "Bijlage") -> bytes:
    """Read a file the user chose to store, refusing one over the size limit."""
    try:
        size = path.stat().st_size
        if size > MAX_ATTACHMENT_BYTES:
            raise ValidationError(
                f"{label}: {path.name} is te groot ({format_size(size)}; maximaal "
                f"{format_size(MAX_ATTACHMENT_BYTES)})."
            )
        return path.read_bytes()
    except OSError as exc:
        raise ValidationError(
            f"{label}: {path} kan niet worden gelezen ({os_reason(exc)})."
        ) from None


def write_bytes_to_folder(
    name: str, data: bytes, folder: Path | str | None, label: str = "Bijlage"
) -> Path:
    """Write stored bytes into a (new temporary) folder so the system viewer can open them."""
    target_folder = Path(folder) if folder else Path(tempfile.mkdtemp(prefix="driehoek-"))
    path = target_folder / safe_file_name(name)
    try:
        target_folder.mkdir(parents=True, exist_ok=True)
        with open(path, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        raise ValidationError(
            f"{label}: {path} kan niet worden geschreven ({os_reason(exc)})."
        ) from None
    return path


def get_attachment(db: sqlite_utils.Database, attachment_id: int) -> Attachment:
    """Return the description of one attachment, or raise NotFoundError."""
    rows = list(
        db.query(
            "SELECT id, item_id, name, media_type, size, added_at FROM attachments WHERE id = ?",
            [attachment_id],
        )
    )
    if not rows:
        raise NotFoundError(f"Bijlage {attachment_id} bestaat niet.")
    return Attachment(**rows[0])


def list_attachments(db: sqlite_utils.Database, item_id: int) -> list[Attachment]:
    """Return the attachments of an agenda item in the order they were added."""
    item_meeting_id(db, item_id)
    sql = """SELECT id, item_id, name, media_type, size, added_at FROM attachments
             WHERE item_id = ? ORDER BY id"""
    return [Attachment(**row) for row in db.query(sql, [item_id])]


def add_attachment(
    db: sqlite_utils.Database,
    item_id: int,
    name: str,
    data: bytes,
    media_type: str | None = None,
) -> Attachment:
    """Store a document with an item of a concept meeting; the media type is guessed if absent."""
    check_text(name, "Naam van de bijlage", required=True)
    data = check_stored_bytes(data)
    media_type = guess_media_type(name, media_type)
    check_text(media_type, "Soort bijlage", required=True)
    with db.atomic():
        meeting_id = item_meeting_id(db, item_id)
        require_concept(db, meeting_id)
        cursor = db.execute(
            """INSERT INTO attachments (item_id, name, media_type, size, data, added_at)
               VALUES (?, ?, ?, ?, ?, ?)""",
            [item_id, name, media_type, len(data), data, now_iso()],
        )
        touch_meeting(db, meeting_id)
        return get_attachment(db, cursor.lastrowid)


def add_attachment_file(db: sqlite_utils.Database, item_id: int, path: Path | str) -> Attachment:
    """Store the file at path with an item, under its own file name."""
    path = Path(path)
    return add_attachment(db, item_id, path.name, read_file_to_store(path))


def read_attachment(db: sqlite_utils.Database, attachment_id: int) -> bytes:
    """Return the bytes of an attachment exactly as stored."""
    row = db.execute("SELECT data FROM attachments WHERE id = ?", [attachment_id]).fetchone()
    if row is None:
        raise NotFoundError(f"Bijlage {attachment_id} bestaat niet.")
    return bytes(row[0])


def rename_attachment(db: sqlite_utils.Database, attachment_id: int, name: str) -> Attachment:
    """Give an attachment of a concept meeting another name."""
    check_text(name, "Naam van de bijlage", required=True)
    with db.atomic():
        meeting_id = item_meeting_id(db, get_attachment(db, attachment_id).item_id)
        require_concept(db, meeting_id)
        db.execute("UPDATE attachments SET name = ? WHERE id = ?", [name, attachment_id])
        touch_meeting(db, meeting_id)
        return get_attachment(db, attachment_id)


def delete_attachment(db: sqlite_utils.Database, attachment_id: int) -> AttachmentContent:
    """Remove an attachment of a concept meeting; return it with its bytes for undo."""
    with db.atomic():
        attachment = get_attachment(db, attachment_id)
        meeting_id = item_meeting_id(db, attachment.item_id)
        require_concept(db, meeting_id)
        content = AttachmentContent(attachment, read_attachment(db, attachment_id))
        db.execute("DELETE FROM attachments WHERE id = ?", [attachment_id])
        touch_meeting(db, meeting_id)
        return content


def copy_attachments(db: sqlite_utils.Database, from_item_id: int, to_item_id: int) -> None:
    """Copy every attachment of one item to another (inside the caller's transaction)."""
    db.execute(
        """INSERT INTO attachments (item_id, name, media_type, size, data, added_at)
           SELECT ?, name, media_type, size, data, added_at FROM attachments
           WHERE item_id = ? ORDER BY id""",
        [to_item_id, from_item_id],
    )


def safe_file_name(name: str) -> str:
    """Return name without characters that are not allowed in file names."""
    cleaned = _UNSAFE_NAME.sub("_", name).strip(" .")
    return cleaned or "bijlage"


def write_attachment_to_folder(
    db: sqlite_utils.Database, attachment_id: int, folder: Path | str | None = None
) -> Path:
    """Write an attachment into a (new temporary) folder so the system viewer can open it."""
    attachment = get_attachment(db, attachment_id)
    return write_bytes_to_folder(attachment.name, read_attachment(db, attachment_id), folder)


def _free_id(db: sqlite_utils.Database, attachment_id: int) -> bool:
    """Tell whether no attachment has this id."""
    found = db.execute("SELECT 1 FROM attachments WHERE id = ?", [attachment_id]).fetchone()
    return found is None


def _next_id(db: sqlite_utils.Database) -> int:
    """Return an id above every attachment id in use."""
    return db.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM attachments").fetchone()[0]


def restore_attachment(
    db: sqlite_utils.Database, content: AttachmentContent, item_id: int | None = None
) -> Attachment:
    """Undo delete_attachment: the same name, type, bytes and date at the same place in the list.

    The list is in id order, so the attachment gets its old id back. When another attachment
    took that id meanwhile, it gets a new id and the attachments after it on the item get new
    ids too, in their order, so the order of the list stays as it was. item_id puts it under
    a restored agenda item (which has a new id).
    """
    kept = content.attachment
    target_item = kept.item_id if item_id is None else item_id
    check_text(kept.name, "Naam van de bijlage", required=True)
    check_text(kept.media_type, "Soort bijlage", required=True)
    data = check_stored_bytes(content.data)
    with db.atomic():
        meeting_id = item_meeting_id(db, target_item)
        require_concept(db, meeting_id)
        later = [a.id for a in list_attachments(db, target_item) if a.id >= kept.id]
        new_id = kept.id if _free_id(db, kept.id) else _next_id(db)
        db.execute(
            """INSERT INTO attachments (id, item_id, name, media_type, size, data, added_at)
               VALUES (?, ?, ?, ?, ?, ?, ?)""",
            [new_id, target_item, kept.name, kept.media_type, len(data), data, kept.added_at],
        )
        if new_id != kept.id:
            for sibling in later:
                db.execute("UPDATE attachments SET id = ? WHERE id = ?", [_next_id(db), sibling])
        touch_meeting(db, meeting_id)
        return get_attachment(db, new_id)

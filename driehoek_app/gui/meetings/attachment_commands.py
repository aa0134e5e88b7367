"""Undo commands for the attachments of an agenda item: added, removed, renamed.

A removed attachment comes back with its bytes, name, date and place in the list (core
restore_attachment); the commands hold Handles, so they survive a restore of the item.
"""

from driehoek_app.core.attachments import (
    AttachmentContent,
    delete_attachment,
    list_attachments,
    rename_attachment,
    restore_attachment,
)
from driehoek_app.gui.meetings.commands import CoreCommand, Host
from driehoek_app.gui.meetings.handles import ATTACHMENT, Handle


class AttachmentPresence(CoreCommand):
    """An attachment added (present after) or removed (absent after)."""

    def __init__(
        self,
        host: Host,
        text: str,
        item: Handle,
        attachment: Handle,
        present_after: bool,
        content: AttachmentContent | None = None,
    ) -> None:
        """Remember the item and the attachment; a removal passes what core returned."""
        super().__init__(host, text, item, focus=attachment)  # shown chosen when present
        self.attachment = attachment
        self.present_after = present_after
        self.content = content

    def _delete(self) -> None:
        """Remove the attachment, keeping its bytes for a later restore."""
        self.content = delete_attachment(self.host.db, self.attachment.id)
        self.host.handles.retire(self.attachment)

    def _restore(self) -> None:
        """Put the attachment back at its place under the (possibly restored) item."""
        assert self.content is not None
        db, registry = self.host.db, self.host.handles
        before = [a.id for a in list_attachments(db, self.item.id)]
        restored = restore_attachment(db, self.content, item_id=self.item.id)
        registry.rebind(self.attachment, restored.id)
        after = [a.id for a in list_attachments(db, self.item.id) if a.id != restored.id]
        for old, new in zip(before, after, strict=True):
            if old != new:  # its id was taken: the attachments after it got new ids
                registry.rebind(registry.get(ATTACHMENT, old), new)

    def apply(self) -> None:
        """Add (restore) or remove the attachment."""
        self._restore() if self.present_after else self._delete()

    def revert(self) -> None:
        """Remove or restore the attachment."""
        self._delete() if self.present_after else self._restore()


class AttachmentRename(CoreCommand):
    """An attachment given another name."""

    def __init__(
        self, host: Host, text: str, item: Handle, attachment: Handle, old: str, new: str
    ) -> None:
        """Remember the attachment and both names."""
        super().__init__(host, text, item, focus=attachment)
        self.attachment, self.old, self.new = attachment, old, new

    def apply(self) -> None:
        """Give the new name."""
        rename_attachment(self.host.db, self.attachment.id, self.new)

    def revert(self) -> None:
        """Give the old name back."""
        rename_attachment(self.host.db, self.attachment.id, self.old)

"""Undo commands that add or remove rows: agenda items, decisions and actions.

Adding and deleting are each other's inverse, so one class per kind covers both: it knows
whether the row is present after the command. A restored decision keeps its number; a
restored item brings back its decisions (same numbers), actions and attachments. Links of
the ondermijningsbeeld to the row (and, for an item, to its decisions and actions) are kept
on deletion and made again on the restored row.
"""

import dataclasses
from collections.abc import Callable, Sequence
from typing import Any

from driehoek_app.core import actions, agenda, beeld_links, decisions
from driehoek_app.core.attachments import list_attachments
from driehoek_app.core.beeld_links import LinkRecord
from driehoek_app.core.item_snapshots import ItemSnapshot, restore_item
from driehoek_app.gui.meetings.commands import CoreCommand, Host
from driehoek_app.gui.meetings.handles import ACTION, ATTACHMENT, DECISION, ITEM, Handle
from driehoek_app.gui.meetings.link_commands import relink


class ItemPresence(CoreCommand):
    """An agenda item added (present after) or deleted (absent after), with all it holds."""

    def __init__(
        self,
        host: Host,
        text: str,
        item: Handle,
        present_after: bool,
        snapshot: ItemSnapshot | None = None,
        links: Sequence[LinkRecord] = (),
    ) -> None:
        """Remember the item; a deletion passes the snapshot core returned and the links."""
        super().__init__(host, text, item, focus="item:title" if present_after else "")
        self.present_after = present_after
        self.snapshot = snapshot
        self.links = list(links)
        self.children: list[Handle] = []
        if snapshot is not None:
            self._retire_children(snapshot)

    def _retire_children(self, snapshot: ItemSnapshot) -> None:
        """Keep the handles of the deleted item's decisions, actions and attachments."""
        registry = self.host.handles
        self.children = [registry.get(DECISION, d.id) for d in snapshot.decisions]
        self.children += [registry.get(ACTION, a.id) for a in snapshot.actions]
        self.children += [registry.get(ATTACHMENT, c.attachment.id) for c in snapshot.attachments]
        for handle in [*self.children, self.item]:
            registry.retire(handle)

    def _delete(self) -> None:
        """Delete the item and keep everything of it (and its links) for a later restore."""
        db = self.host.db
        with db.atomic():
            self.links = beeld_links.item_link_records(db, self.item.id)
            snapshot = agenda.delete_item(db, self.item.id)
        self.snapshot = snapshot
        self._retire_children(snapshot)

    def _restore(self) -> None:
        """Restore the item and its links; children get new ids, the handles follow them."""
        assert self.snapshot is not None
        db, registry, snapshot = self.host.db, self.host.handles, self.snapshot
        with db.atomic():
            restored = restore_item(db, snapshot)
            by_number = {d.number: d.id for d in decisions.item_decisions(db, restored.id)}
            new_ids = {(ITEM, snapshot.item.id): restored.id}
            new_ids |= {(DECISION, d.id): by_number[d.number] for d in snapshot.decisions}
            new_actions = [a.id for a in actions.item_actions(db, restored.id)]
            new_ids |= {
                (ACTION, a.id): new for a, new in zip(snapshot.actions, new_actions, strict=True)
            }
            relink(db, self.links, lambda r: new_ids[(r.target_kind, r.target_id)])
        new_attachments = [a.id for a in list_attachments(db, restored.id)]
        registry.rebind(self.item, restored.id)
        old_ids = [d.id for d in snapshot.decisions] + [a.id for a in snapshot.actions]
        kinds = [DECISION] * len(snapshot.decisions) + [ACTION] * len(snapshot.actions)
        count = len(old_ids)
        for handle, kind, old in zip(self.children[:count], kinds, old_ids, strict=True):
            registry.rebind(handle, new_ids[(kind, old)])
        for handle, new_id in zip(self.children[count:], new_attachments, strict=True):
            registry.rebind(handle, new_id)

    def apply(self) -> None:
        """Add (restore) or delete the item."""
        self._restore() if self.present_after else self._delete()

    def revert(self) -> None:
        """Delete or restore the item."""
        self._delete() if self.present_after else self._restore()


class RowPresence(CoreCommand):
    """A decision or action added or deleted; a restore brings it back with its links.

    A subclass names its kind (the handle kind and the focus field) and core's delete and
    restore functions for it.
    """

    kind = ""
    delete_row: Callable[[Any, int], Any]
    restore_row: Callable[[Any, Any], Any]

    def __init__(
        self,
        host: Host,
        text: str,
        item: Handle,
        row: Handle,
        kept: Any,
        present_after: bool,
        links: Sequence[LinkRecord] = (),
    ) -> None:
        """Remember the item, the row's handle, the row as it was and its links."""
        super().__init__(host, text, item, focus=f"{self.kind}:text" if present_after else "")
        self.row = row
        self.kept = kept
        self.present_after = present_after
        self.links = list(links)

    def _delete(self) -> None:
        """Delete the row, keeping all its fields (a decision its number) and its links."""
        db = self.host.db
        with db.atomic():
            self.links = beeld_links.target_link_records(db, self.kind, self.row.id)
            self.kept = self.delete_row(db, self.row.id)
        self.host.handles.retire(self.row)

    def _restore(self) -> None:
        """Put the row back under the (possibly restored) item, with its links."""
        db = self.host.db
        kept = dataclasses.replace(self.kept, item_id=self.item.id)
        with db.atomic():
            restored = self.restore_row(db, kept)
            relink(db, self.links, lambda _record: restored.id)
        self.host.handles.rebind(self.row, restored.id)

    def apply(self) -> None:
        """Add (restore) or delete the row."""
        self._restore() if self.present_after else self._delete()

    def revert(self) -> None:
        """Delete or restore the row."""
        self._delete() if self.present_after else self._restore()


class DecisionPresence(RowPresence):
    """A decision added or deleted; it always comes back with its own number."""

    kind = DECISION
    delete_row = staticmethod(decisions.delete_decision)
    restore_row = staticmethod(decisions.restore_decision)


class ActionPresence(RowPresence):
    """An action added or deleted; a restore puts it back at its place."""

    kind = ACTION
    delete_row = staticmethod(actions.delete_action)
    restore_row = staticmethod(actions.restore_action)

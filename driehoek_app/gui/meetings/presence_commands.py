"""Undo commands that add or remove rows: agenda items, decisions and actions.

Adding and deleting are each other's inverse, so one class per kind covers both: it knows
whether the row is present after the command. A restored decision keeps its number; a
restored item brings back its decisions (same numbers), actions and attachments.
"""

import dataclasses

from driehoek_app.core import actions, agenda, decisions
from driehoek_app.core.item_snapshots import ItemSnapshot, restore_item
from driehoek_app.gui.meetings.commands import CoreCommand, Host
from driehoek_app.gui.meetings.handles import ACTION, DECISION, Handle


class ItemPresence(CoreCommand):
    """An agenda item added (present after) or deleted (absent after), with all it holds."""

    def __init__(
        self,
        host: Host,
        text: str,
        item: Handle,
        present_after: bool,
        snapshot: ItemSnapshot | None = None,
    ) -> None:
        """Remember the item; a deletion passes the snapshot core returned."""
        super().__init__(host, text, item, focus="item:title" if present_after else "")
        self.present_after = present_after
        self.snapshot = snapshot
        self.children: list[Handle] = []
        if snapshot is not None:
            self._retire_children(snapshot)

    def _retire_children(self, snapshot: ItemSnapshot) -> None:
        """Keep the handles of the deleted item's decisions and actions, in snapshot order."""
        registry = self.host.handles
        self.children = [registry.get(DECISION, d.id) for d in snapshot.decisions]
        self.children += [registry.get(ACTION, a.id) for a in snapshot.actions]
        for handle in [*self.children, self.item]:
            registry.retire(handle)

    def _delete(self) -> None:
        """Delete the item and keep everything of it for a later restore."""
        snapshot = agenda.delete_item(self.host.db, self.item.id)
        self.snapshot = snapshot
        self._retire_children(snapshot)

    def _restore(self) -> None:
        """Restore the item; decisions and actions get new ids, the handles follow them."""
        assert self.snapshot is not None
        db, registry = self.host.db, self.host.handles
        restored = restore_item(db, self.snapshot)
        registry.rebind(self.item, restored.id)
        new_decisions = {d.number: d.id for d in decisions.item_decisions(db, restored.id)}
        new_actions = [a.id for a in actions.item_actions(db, restored.id)]
        decision_handles = self.children[: len(self.snapshot.decisions)]
        action_handles = self.children[len(self.snapshot.decisions) :]
        for handle, old in zip(decision_handles, self.snapshot.decisions, strict=True):
            registry.rebind(handle, new_decisions[old.number])
        for handle, new_id in zip(action_handles, new_actions, strict=False):
            registry.rebind(handle, new_id)

    def apply(self) -> None:
        """Add (restore) or delete the item."""
        self._restore() if self.present_after else self._delete()

    def revert(self) -> None:
        """Delete or restore the item."""
        self._delete() if self.present_after else self._restore()


class DecisionPresence(CoreCommand):
    """A decision added or deleted; it always comes back with its own number."""

    def __init__(
        self,
        host: Host,
        text: str,
        item: Handle,
        decision: Handle,
        kept: decisions.Decision,
        present_after: bool,
    ) -> None:
        """Remember the item, the decision handle and the decision as it was."""
        super().__init__(host, text, item, focus="decision:text" if present_after else "")
        self.decision = decision
        self.kept = kept
        self.present_after = present_after

    def _delete(self) -> None:
        """Delete the decision, keeping its text, number and place."""
        self.kept = decisions.delete_decision(self.host.db, self.decision.id)
        self.host.handles.retire(self.decision)

    def _restore(self) -> None:
        """Put the decision back under the (possibly restored) item with the same number."""
        kept = dataclasses.replace(self.kept, item_id=self.item.id)
        restored = decisions.restore_decision(self.host.db, kept)
        self.host.handles.rebind(self.decision, restored.id)

    def apply(self) -> None:
        """Add (restore) or delete the decision."""
        self._restore() if self.present_after else self._delete()

    def revert(self) -> None:
        """Delete or restore the decision."""
        self._delete() if self.present_after else self._restore()


class ActionPresence(CoreCommand):
    """An action added or deleted; a restore puts it back at its place."""

    def __init__(
        self,
        host: Host,
        text: str,
        item: Handle,
        action: Handle,
        kept: actions.Action,
        present_after: bool,
    ) -> None:
        """Remember the item, the action handle and the action as it was."""
        super().__init__(host, text, item, focus="action:text" if present_after else "")
        self.action = action
        self.kept = kept
        self.present_after = present_after

    def _delete(self) -> None:
        """Delete the action, keeping all its fields."""
        self.kept = actions.delete_action(self.host.db, self.action.id)
        self.host.handles.retire(self.action)

    def _restore(self) -> None:
        """Put the action back under the (possibly restored) item."""
        kept = dataclasses.replace(self.kept, item_id=self.item.id)
        restored = actions.restore_action(self.host.db, kept)
        self.host.handles.rebind(self.action, restored.id)

    def apply(self) -> None:
        """Add (restore) or delete the action."""
        self._restore() if self.present_after else self._delete()

    def revert(self) -> None:
        """Delete or restore the action."""
        self._delete() if self.present_after else self._restore()

"""Stable handles on agenda items, decisions, actions and attachments for the undo stack.

Undoing a deletion brings a row back with a new database id. Commands therefore hold a
Handle, not an id: the registry gives every live row one handle, and a restore moves the
handle to the new id, so older commands keep pointing at the same thing.
"""

from dataclasses import dataclass

ITEM, DECISION, ACTION, ATTACHMENT = "item", "decision", "action", "attachment"


@dataclass(eq=False)
class Handle:
    """A mutable reference to one row: its kind and its current database id."""

    kind: str
    id: int


class HandleRegistry:
    """Hands out one Handle per live (kind, id) and rebinds handles after a restore."""

    def __init__(self) -> None:
        """Start with no handles."""
        self._live: dict[tuple[str, int], Handle] = {}

    def get(self, kind: str, row_id: int) -> Handle:
        """Return the handle of a live row, creating it on first use."""
        key = (kind, row_id)
        if key not in self._live:
            self._live[key] = Handle(kind, row_id)
        return self._live[key]

    def retire(self, handle: Handle) -> None:
        """Forget the row of a handle: it was deleted (the handle itself stays valid)."""
        if self._live.get((handle.kind, handle.id)) is handle:
            del self._live[(handle.kind, handle.id)]

    def rebind(self, handle: Handle, row_id: int) -> None:
        """Point a handle at the new id of its restored row."""
        self.retire(handle)
        handle.id = row_id
        self._live[(handle.kind, row_id)] = handle

    def clear(self) -> None:
        """Forget every handle (the undo stack was cleared)."""
        self._live.clear()

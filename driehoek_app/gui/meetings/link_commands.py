"""Undo commands for links between the ondermijningsbeeld and meetings, and their keeping.

A LinkChange is one user step: links made and links removed (the phenomena dialog of an
agenda item does both at once; the beeld's list makes or removes one). Links are found by
what they join, not by id, and come back with their id and date (core restore_link).

Deleting an agenda item, decision or action takes its links along (ON DELETE CASCADE); the
presence commands keep them with relink() and put them back on the restored row.
"""

import dataclasses
from collections.abc import Callable, Sequence

import sqlite_utils

from driehoek_app.core.beeld_links import LinkRecord, remove_link, restore_link, restore_links
from driehoek_app.gui.meetings.commands import CoreCommand, Host
from driehoek_app.gui.meetings.handles import ITEM, Handle

PHENOMENA = "phenomena"


def relink(
    db: sqlite_utils.Database, records: Sequence[LinkRecord], new_id: Callable[[LinkRecord], int]
) -> None:
    """Put kept links back on restored rows; new_id gives each link's new target id."""
    restore_links(db, [dataclasses.replace(r, target_id=new_id(r)) for r in records])


class LinkChange(CoreCommand):
    """Links made (added) and removed in one step; item: the agenda item they all point to."""

    def __init__(
        self,
        host: Host,
        text: str,
        item: Handle | None,
        added: Sequence[LinkRecord],
        removed: Sequence[LinkRecord],
    ) -> None:
        """Remember the links as stored, so undo and redo can put them back exactly."""
        super().__init__(host, text, item, focus=PHENOMENA if item is not None else "")
        self.added, self.removed = list(added), list(removed)

    def _current(self, records: list[LinkRecord]) -> list[LinkRecord]:
        """Point links to the agenda item at its current id (it may have been restored)."""
        if self.item is None or self.item.kind != ITEM:
            return records
        return [
            dataclasses.replace(r, target_id=self.item.id) if r.target_kind == ITEM else r
            for r in records
        ]

    def _swap(self, make: list[LinkRecord], remove: list[LinkRecord]) -> list[LinkRecord]:
        """Remove some links and make others in one transaction; return the made ones."""
        db = self.host.db
        with db.atomic():
            for record in self._current(remove):
                remove_link(db, record)
            return [restore_link(db, record) for record in self._current(make)]

    def apply(self) -> None:
        """Make the added links and remove the removed ones again."""
        self.added = self._swap(self.added, self.removed)

    def revert(self) -> None:
        """Remove the added links and put the removed ones back."""
        self.removed = self._swap(self.removed, self.added)

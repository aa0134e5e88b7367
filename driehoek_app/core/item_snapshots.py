"""Everything of one agenda item held in memory, so that deleting the item can be undone."""

from dataclasses import dataclass

import sqlite_utils

from driehoek_app.core.actions import Action, add_action, item_actions
from driehoek_app.core.agenda import AgendaItem, add_item, get_item
from driehoek_app.core.attachments import (
    AttachmentContent,
    list_attachments,
    read_attachment,
    restore_attachment,
)
from driehoek_app.core.decisions import Decision, insert_decision, item_decisions


@dataclass(frozen=True)
class ItemSnapshot:
    """A deleted agenda item with its attachments, decisions (and numbers) and actions."""

    item: AgendaItem
    attachments: tuple[AttachmentContent, ...]
    decisions: tuple[Decision, ...]
    actions: tuple[Action, ...]


def snapshot_item(db: sqlite_utils.Database, item_id: int) -> ItemSnapshot:
    """Read an agenda item and everything under it."""
    return ItemSnapshot(
        item=get_item(db, item_id),
        attachments=tuple(
            AttachmentContent(a, read_attachment(db, a.id)) for a in list_attachments(db, item_id)
        ),
        decisions=tuple(item_decisions(db, item_id)),
        actions=tuple(item_actions(db, item_id)),
    )


def restore_item(db: sqlite_utils.Database, snapshot: ItemSnapshot) -> AgendaItem:
    """Undo delete_item: the item returns at its place, decisions keep their numbers.

    Attachments come back with their own ids and dates (see restore_attachment).
    """
    item = snapshot.item
    with db.atomic():
        restored = add_item(
            db,
            item.meeting_id,
            item.title,
            position=item.number,
            description=item.description,
            presenter=item.presenter,
            planned_minutes=item.planned_minutes,
            themes=item.themes,
            labels=item.labels,
            confidential=item.confidential,
            minutes=item.minutes,
        )
        for content in reversed(snapshot.attachments):  # last first: a taken id keeps order
            restore_attachment(db, content, item_id=restored.id)
        for decision in snapshot.decisions:
            insert_decision(db, restored.id, decision.text, number=decision.number)
        for action in snapshot.actions:
            add_action(
                db, restored.id, action.text, action.owner, action.due_date, action.status,
                action.remark,
            )  # fmt: skip
        return get_item(db, restored.id)

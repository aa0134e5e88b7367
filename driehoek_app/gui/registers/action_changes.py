"""Closing, re-dating, re-assigning and reopening the chosen action of the actieregister.

Every change goes through the core register functions, so it is recorded in the action's
history, in the meeting that core.action_register.edit_meeting_id chooses (shown first).
"""

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from driehoek_app.core.action_register import (
    ActionRow,
    close_action,
    edit_meeting_id,
    owner_names,
    reassign_action,
    redate_action,
    reopen_action,
)
from driehoek_app.core.meetings import get_meeting
from driehoek_app.gui import dialogs
from driehoek_app.gui.i18n import t
from driehoek_app.gui.meetings.action_row import status_labels
from driehoek_app.gui.meetings.dialogs.common import attempt, ok
from driehoek_app.gui.registers import action_dialogs, modal

if TYPE_CHECKING:
    from driehoek_app.gui.registers.actions_tab import ActionsRegister


class ActionChanges:
    """The row commands of the actieregister: ask, call core, show the result."""

    def __init__(self, register: "ActionsRegister") -> None:
        """Work on the chosen row of a register."""
        self.register = register

    @property
    def db(self):
        """Return the register's database."""
        return self.register.db

    def _prepare(self) -> tuple[ActionRow, str] | None:
        """Return the chosen action and the meeting that will record a change (or None)."""
        action = self.register.current_action()
        if action is None:
            return None
        today = self.register.model.today
        meeting_id = attempt(self.register, lambda: edit_meeting_id(self.db, action.id, today))
        if not ok(meeting_id):
            return None
        return action, get_meeting(self.db, meeting_id).title

    def _apply(self, change: Callable[[], Any], message: str) -> bool:
        """Make a change through core; then show the rows again with a message."""
        row = self.register.table.current_row()
        if not ok(attempt(self.register, change)):
            return False
        self.register.apply_filter(keep_row=row)
        self.register.message.setText(message)
        return True

    def close(self) -> bool:
        """Afronden: completed or lapsed, with an optional remark."""
        prepared = self._prepare()
        if prepared is None:
            return False
        action, where = prepared
        dialog = action_dialogs.CloseActionDialog(self.register, action, where)
        if not modal.run(dialog):
            return False
        status, remark = dialog.status(), dialog.remark.text()
        today = self.register.model.today
        return self._apply(
            lambda: close_action(
                self.db, action.id, status, remark if remark != action.remark else None, today
            ),
            t("Action {status}; recorded in the meeting of {meeting}.").format(
                status=status_labels()[status], meeting=where
            ),
        )

    def redate(self) -> bool:
        """Nieuwe streefdatum: another date, or none."""
        prepared = self._prepare()
        if prepared is None:
            return False
        action, where = prepared
        dialog = action_dialogs.DueDateDialog(self.register, action, where)
        if not modal.run(dialog):
            return False
        due, today = dialog.due_date(), self.register.model.today
        return self._apply(
            lambda: redate_action(self.db, action.id, due, today),
            t("New due date saved; recorded in the meeting of {meeting}.").format(meeting=where),
        )

    def reassign(self) -> bool:
        """Andere actiehouder."""
        prepared = self._prepare()
        if prepared is None:
            return False
        action, where = prepared
        owners = owner_names(self.db)
        dialog = action_dialogs.OwnerDialog(self.register, action, where, owners)
        if not modal.run(dialog):
            return False
        owner, today = dialog.new_owner(), self.register.model.today
        return self._apply(
            lambda: reassign_action(self.db, action.id, owner, today),
            t("New owner saved; recorded in the meeting of {meeting}.").format(meeting=where),
        )

    def reopen(self) -> bool:
        """Heropenen: a closed action becomes open again."""
        prepared = self._prepare()
        if prepared is None:
            return False
        action, where = prepared
        question = t(
            "Set the action '{text}' back to open? The change is recorded in the meeting of "
            "{meeting}."
        ).format(text=action.text, meeting=where)
        if not dialogs.confirm(self.register, t("Reopen action"), question, t("Re&open")):
            return False
        today = self.register.model.today
        return self._apply(
            lambda: reopen_action(self.db, action.id, today),
            t("Action reopened; recorded in the meeting of {meeting}.").format(meeting=where),
        )

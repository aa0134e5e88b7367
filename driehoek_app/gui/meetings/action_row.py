"""The editors of one action: text, owner, due date, status and remark, each saved by itself."""

from typing import Any

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QLabel, QPushButton, QWidget

from driehoek_app.core.actions import Action
from driehoek_app.core.meeting_base import SHORT_TEXT_MAX
from driehoek_app.core.meeting_schema import ACTION_STATUSES
from driehoek_app.gui import theme
from driehoek_app.gui.i18n import t
from driehoek_app.gui.meetings import dates
from driehoek_app.gui.meetings.autosave import FieldSaver, read_value
from driehoek_app.gui.meetings.editors import DueDateEdit, LineEdit
from driehoek_app.gui.meetings.handles import ACTION, Handle
from driehoek_app.gui.meetings.host import EditorHost

OWNER_CHARS = 22


def status_labels() -> dict[str, str]:
    """Return the Dutch label of each action status stored by core."""
    labels = {"open": t("open"), "afgerond": t("completed"), "vervallen": t("cancelled")}
    assert set(labels) == set(ACTION_STATUSES)
    return labels


def origin_text(action: Action) -> str:
    """Return where an action was agreed: 'do 3 dec 2026, Ondermijning'."""
    return t("{date}, item {title}").format(
        date=dates.short_date(action.meeting_date), title=action.item_title
    )


class ActionRow:
    """One action's editors; carried rows (from an earlier meeting) keep their text fixed."""

    def __init__(
        self,
        host: EditorHost,
        action: Action,
        parent: QWidget,
        owners: QStringListModel,
        carried: bool = False,
    ) -> None:
        """Build the editors for a stored action."""
        self.host = host
        self.handle: Handle = host.handles.get(ACTION, action.id)
        self.carried = carried
        name = action.text or t("new action")
        self.origin = QLabel(origin_text(action), parent) if carried else None
        if carried:
            self.text = QLabel(action.text, parent)
            self.text.setWordWrap(True)
        else:
            self.text = LineEdit(t("Action"), parent)
            self.text.setPlaceholderText(t("What is to be done"))
        self.owner = LineEdit(t("Owner of {action}").format(action=name), parent)
        self.owner.setPlaceholderText(t("Who"))
        self.owner.setMaxLength(SHORT_TEXT_MAX)
        self.owner.setMinimumWidth(self.owner.fontMetrics().averageCharWidth() * OWNER_CHARS)
        completer = QCompleter(owners, self.owner)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.owner.setCompleter(completer)
        self.due = DueDateEdit(t("Due date of {action}").format(action=name), parent)
        self.due.refused.connect(host.report_error)
        self.status = QComboBox(parent)
        self.status.setAccessibleName(t("Status of {action}").format(action=name))
        for value, label in status_labels().items():
            self.status.addItem(label, value)
        self.remark = LineEdit(t("Remark on {action}").format(action=name), parent)
        self.remark.setPlaceholderText(t("Remark"))
        self.remove = None
        if not carried:
            self.remove = QPushButton(t("Remove"), parent)
            self.remove.setAccessibleName(t("Remove action {action}").format(action=name))
            self.remove.setToolTip(t("Remove this action; Ctrl+Z brings it back"))
            self.remove.clicked.connect(lambda: host.delete_action(self.handle))
        self.savers = self._savers(action)
        if action.is_overdue():
            self.due.setFont(theme.bold(self.due.font()))
            self.due.setToolTip(t("Overdue: the due date has passed and the action is still open"))

    def _savers(self, action: Action) -> dict[str, FieldSaver]:
        """Bind every editor to its field and show the stored values."""
        in_meeting = self.host.meeting_id if self.carried else None
        editors = {
            "owner": self.owner,
            "due_date": self.due,
            "status": self.status,
            "remark": self.remark,
        }
        if not self.carried:
            editors["text"] = self.text
        savers = {}
        for field, widget in editors.items():
            immediate = field == "status"
            savers[field] = FieldSaver(
                widget,
                lambda old, new, f=field: self.host.edit_field(
                    self.handle, f, old, new, in_meeting
                ),
                immediate=immediate,
            )
            savers[field].load(getattr(action, field))
        return savers

    def widgets(self) -> list[QWidget]:
        """Return the row's widgets in column order."""
        first = [self.origin] if self.origin is not None else []
        last = [self.remove] if self.remove is not None else []
        return [*first, self.text, self.owner, self.due, self.status, self.remark, *last]

    def flush(self) -> bool:
        """Save every field that is not stored yet."""
        return all([saver.flush() for saver in self.savers.values()])

    def unsaved_values(self) -> dict[str, Any]:
        """Return the refused values on the screen by field."""
        return {
            field: read_value(saver.widget)
            for field, saver in self.savers.items()
            if saver.is_unsaved()
        }

    def keep(self, values: dict[str, Any]) -> None:
        """Show refused values again in this (rebuilt) row; they stay unsaved."""
        for field, value in values.items():
            self.savers[field].keep(value)

    def set_read_only(self, read_only: bool) -> None:
        """Make the row read-only (texts readable, choices disabled)."""
        for editor in (self.owner, self.remark, self.text):
            if isinstance(editor, LineEdit):
                editor.setReadOnly(read_only)
        self.due.setEnabled(not read_only)
        self.status.setEnabled(not read_only)
        if self.remove is not None:
            self.remove.setEnabled(not read_only)

"""The small dialogs for closing, re-dating and re-assigning an action from the actieregister.

Each shows the action and the meeting in which the change will be recorded (the body deals
with its actions on the actielijst of a meeting). They are shown through modal.run().
"""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from driehoek_app.core.action_register import ActionRow
from driehoek_app.gui import formatting
from driehoek_app.gui.i18n import t
from driehoek_app.gui.meetings.dialogs.common import (
    date_edit,
    dialog_buttons,
    iso_date,
    ok_button,
    set_width,
)

DIALOG_CHARS = 60


def _plain_label(text: str) -> QLabel:
    """Return a wrapping label that shows text exactly, never as markup."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class ActionChangeDialog(QDialog):
    """Shows an action, asks for one change, and says where the change is recorded."""

    def __init__(
        self, parent: QWidget | None, title: str, action: ActionRow, where: str, accept: str
    ) -> None:
        """Show the action's text, owner and due date above the form, the meeting below."""
        super().__init__(parent)
        self.setWindowTitle(title)
        self.action_row = action
        due = formatting.date(action.due_date) if action.due_date else t("no date")
        self.summary = _plain_label(
            t("{text}\nOwner: {owner}; due: {due}").format(
                text=action.text, owner=action.owner or "–", due=due
            )
        )
        self.form = QFormLayout()
        self.where = _plain_label(t("The change is recorded in the meeting of {meeting}.").format(
            meeting=where
        ))  # fmt: skip
        self.buttons = dialog_buttons(self, accept, accept.replace("&", ""))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(self.form)
        layout.addWidget(self.where)
        layout.addWidget(self.buttons)
        set_width(self, DIALOG_CHARS)

    def accept_button(self):
        """Return the accepting button."""
        return ok_button(self.buttons)


class CloseActionDialog(ActionChangeDialog):
    """Afronden: completed or lapsed, with an optional remark."""

    def __init__(self, parent: QWidget | None, action: ActionRow, where: str) -> None:
        """Offer completed (default) or lapsed and the remark."""
        super().__init__(parent, t("Close action"), action, where, t("&Close action"))
        self.completed = QRadioButton(t("&Completed"))
        self.completed.setAccessibleName(t("Completed"))
        self.lapsed = QRadioButton(t("La&psed (no longer needed)"))
        self.lapsed.setAccessibleName(t("Lapsed"))
        self.completed.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.completed)
        group.addButton(self.lapsed)
        self.remark = QLineEdit(action.remark)
        self.remark.setAccessibleName(t("Remark"))
        self.remark.setPlaceholderText(t("for example: carried out and reported back"))
        self.form.addRow(self.completed)
        self.form.addRow(self.lapsed)
        self.form.addRow(t("&Remark:"), self.remark)

    def status(self) -> str:
        """Return the chosen closing status."""
        return "vervallen" if self.lapsed.isChecked() else "afgerond"


class DueDateDialog(ActionChangeDialog):
    """Nieuwe streefdatum: a date, or no due date at all."""

    def __init__(self, parent: QWidget | None, action: ActionRow, where: str) -> None:
        """Start at the current due date (today when there is none)."""
        super().__init__(parent, t("New due date"), action, where, t("&Save"))
        self.date = date_edit(t("New due date"), action.due_date)
        self.no_date = QCheckBox(t("&No due date"))
        self.no_date.setAccessibleName(t("No due date"))
        self.no_date.toggled.connect(lambda checked: self.date.setEnabled(not checked))
        self.form.addRow(t("New &due date:"), self.date)
        self.form.addRow(self.no_date)

    def due_date(self) -> str | None:
        """Return the chosen date as ISO text (None: no due date)."""
        return None if self.no_date.isChecked() else iso_date(self.date)


class OwnerDialog(ActionChangeDialog):
    """Andere actiehouder: type a name or organisation, with the known owners suggested."""

    def __init__(
        self, parent: QWidget | None, action: ActionRow, where: str, owners: list[str]
    ) -> None:
        """Start with the current owner selected."""
        super().__init__(parent, t("Other owner"), action, where, t("&Save"))
        self.owner = QLineEdit(action.owner)
        self.owner.setAccessibleName(t("New owner"))
        self.owner.selectAll()
        completer = QCompleter(owners, self.owner)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.owner.setCompleter(completer)
        self.owner.textChanged.connect(
            lambda text: self.accept_button().setEnabled(bool(text.strip()))
        )
        self.form.addRow(t("New &owner:"), self.owner)

    def new_owner(self) -> str:
        """Return the owner as typed (surrounding spaces removed)."""
        return self.owner.text().strip()

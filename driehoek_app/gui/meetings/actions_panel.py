"""Actions in a grid of editors: the item's own actions, or the actielijst of earlier meetings."""

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from driehoek_app.core.actions import Action
from driehoek_app.gui import theme
from driehoek_app.gui.i18n import t
from driehoek_app.gui.meetings.action_row import ActionRow
from driehoek_app.gui.meetings.handles import Handle
from driehoek_app.gui.meetings.host import EditorHost


def _titles(carried: bool) -> list[str]:
    """Return the column titles of the grid."""
    titles = [t("Action"), t("Owner"), t("Due date"), t("Status"), t("Remark")]
    return [t("Agreed in"), *titles] if carried else titles


class ActionsPanel(QWidget):
    """Editable actions; carried=True shows the actielijst (open actions of earlier meetings)."""

    def __init__(
        self, host: EditorHost, carried: bool = False, parent: QWidget | None = None
    ) -> None:
        """Build the column titles, the (empty) rows and, for own actions, the add button."""
        super().__init__(parent)
        self.host = host
        self.carried = carried
        self.rows: list[ActionRow] = []
        self.read_only = False
        self.owners = QStringListModel(self)
        self.container = QWidget()
        self.grid = QGridLayout(self.container)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text_column = 1 if carried else 0
        self.grid.setColumnStretch(self.text_column, 4)  # action
        self.grid.setColumnStretch(self.text_column + 1, 2)  # owner
        self.grid.setColumnStretch(self.text_column + 4, 2)  # remark
        for column, title in enumerate(_titles(carried)):
            label = QLabel(title)
            label.setFont(theme.bold(label.font()))
            self.grid.addWidget(label, 0, column)
        self.carried_note = t(
            "Open actions of earlier meetings of this body. Close, re-date or re-assign them "
            "here: the change is recorded in the history of the action, with this meeting."
        )
        self.note = QLabel(self.carried_note if carried else t("No actions under this item yet."))
        self.note.setWordWrap(True)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.container)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(scroll, 1)
        self.add_button: QPushButton | None = None
        if not carried:
            self.add_button = QPushButton(t("New &action"))
            self.add_button.setAccessibleName(t("New action"))
            self.add_button.setToolTip(t("Add an action: what, who, by when (Ctrl+T)"))
            self.add_button.clicked.connect(host.add_action)
            buttons = QHBoxLayout()
            buttons.addWidget(self.add_button)
            buttons.addStretch(1)
            layout.addLayout(buttons)

    def set_owner_names(self, names: list[str]) -> None:
        """Offer these names when typing an owner."""
        self.owners.setStringList(names)

    def flush(self) -> bool:
        """Save every field that is not stored yet."""
        return all([row.flush() for row in self.rows])

    def set_actions(self, actions: list[Action]) -> None:
        """Show these actions (saving the pending edits of the rows shown before)."""
        self.flush()
        unsaved = {row.handle: row.unsaved_values() for row in self.rows}
        for row in self.rows:
            for widget in row.widgets():
                widget.hide()
                widget.deleteLater()
        self.rows = []
        for index, action in enumerate(actions, start=1):
            row = ActionRow(self.host, action, self.container, self.owners, self.carried)
            for column, widget in enumerate(row.widgets()):
                self.grid.addWidget(widget, index, column, Qt.AlignmentFlag.AlignTop)
                widget.show()  # now, not queued: the new row can take the focus
            row.keep(unsaved.get(row.handle, {}))  # refused text is never thrown away
            self.rows.append(row)
        if not self.carried:
            self.note.setVisible(not actions)
        elif actions:
            self.note.setText(self.carried_note)
        else:
            self.note.setText(t("There are no open actions of earlier meetings of this body."))
        self.set_read_only(self.read_only)

    def focus_first(self) -> None:
        """Put the cursor in the first action, or on the button for a new one."""
        if self.rows:
            self.rows[0].text.setFocus()
        elif self.add_button is not None:
            self.add_button.setFocus()

    def row_of(self, action: Handle) -> ActionRow | None:
        """Return the row of an action."""
        return next((row for row in self.rows if row.handle is action), None)

    def set_read_only(self, read_only: bool) -> None:
        """Make every action read-only."""
        self.read_only = read_only
        if self.add_button is not None:
            self.add_button.setEnabled(not read_only)
        for row in self.rows:
            row.set_read_only(read_only)

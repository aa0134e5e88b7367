"""The decisions of one agenda item: each with its stable number, text saved as typed."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from driehoek_app.core.decisions import Decision
from driehoek_app.gui import theme
from driehoek_app.gui.i18n import t
from driehoek_app.gui.meetings.autosave import FieldSaver, read_value
from driehoek_app.gui.meetings.editors import TextEdit
from driehoek_app.gui.meetings.handles import DECISION, Handle
from driehoek_app.gui.meetings.host import EditorHost

DECISION_LINES = 3


class DecisionRow:
    """The widgets of one decision: number, text editor, remove button."""

    def __init__(self, host: EditorHost, decision: Decision, parent: QWidget) -> None:
        """Build the row for a stored decision."""
        self.handle: Handle = host.handles.get(DECISION, decision.id)
        self.number = QLabel(decision.number)
        self.number.setFont(theme.bold(self.number.font()))
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.editor = TextEdit(
            t("Decision {number}").format(number=decision.number), DECISION_LINES, parent
        )
        self.editor.setPlaceholderText(t("The driehoek decides…"))
        self.number.setBuddy(self.editor)
        self.remove = QPushButton(t("Remove"), parent)
        self.remove.setAccessibleName(t("Remove decision {number}").format(number=decision.number))
        self.remove.setToolTip(t("Remove this decision; Ctrl+Z brings it back with its number"))
        self.saver = FieldSaver(
            self.editor,
            lambda old, new: host.edit_field(self.handle, "text", old, new),
        )
        self.saver.load(decision.text)
        self.remove.clicked.connect(lambda: host.delete_decision(self.handle))

    def widgets(self) -> list[QWidget]:
        """Return the row's widgets."""
        return [self.number, self.editor, self.remove]


class DecisionsPanel(QWidget):
    """The decisions of the current item and the button for a new one."""

    def __init__(self, host: EditorHost, parent: QWidget | None = None) -> None:
        """Build an empty list with the Nieuw besluit button."""
        super().__init__(parent)
        self.host = host
        self.rows: list[DecisionRow] = []
        self.read_only = False
        self.container = QWidget()
        self.grid = QGridLayout(self.container)
        self.grid.setColumnStretch(1, 1)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.empty = QLabel(t("No decisions under this item yet."))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.container)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.add_button = QPushButton(t("New &decision"))
        self.add_button.setAccessibleName(t("New decision"))
        self.add_button.setToolTip(t("Add a decision; it gets the next number at once (Ctrl+B)"))
        self.add_button.clicked.connect(host.add_decision)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

    def flush(self) -> bool:
        """Save every decision text that is not stored yet."""
        return all([row.saver.flush() for row in self.rows])

    def set_decisions(self, decisions: list[Decision]) -> None:
        """Show the decisions of an item (saving pending text of the rows shown before)."""
        self.flush()
        unsaved = {r.handle: read_value(r.editor) for r in self.rows if r.saver.is_unsaved()}
        for row in self.rows:
            for widget in row.widgets():
                widget.deleteLater()
                widget.hide()
        self.rows = []
        for index, decision in enumerate(decisions):
            row = DecisionRow(self.host, decision, self.container)
            for column, widget in enumerate(row.widgets()):
                alignment = Qt.AlignmentFlag.AlignTop
                self.grid.addWidget(widget, index, column, alignment)
                widget.show()  # now, not queued: the new row can take the focus
            if row.handle in unsaved:
                row.saver.keep(unsaved[row.handle])  # refused text is never thrown away
            self.rows.append(row)
        self.empty.setVisible(not decisions)
        self.set_read_only(self.read_only)

    def focus_first(self) -> None:
        """Put the cursor in the first decision, or on the button for a new one."""
        if self.rows:
            self.rows[0].editor.setFocus()
        else:
            self.add_button.setFocus()

    def editor_of(self, decision: Handle) -> TextEdit | None:
        """Return the text editor of a decision."""
        return next((row.editor for row in self.rows if row.handle is decision), None)

    def set_read_only(self, read_only: bool) -> None:
        """Make every decision read-only (texts stay readable and copyable)."""
        self.read_only = read_only
        self.add_button.setEnabled(not read_only)
        for row in self.rows:
            row.editor.setReadOnly(read_only)
            row.remove.setEnabled(not read_only)

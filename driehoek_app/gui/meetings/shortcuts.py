"""The keyboard shortcuts of the meeting screen, declared once, and the Sneltoetsen overview."""

from dataclasses import dataclass

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from driehoek_app.gui.i18n import t


@dataclass(frozen=True)
class Shortcut:
    """One command of the meeting screen: its key(s) and what it does (Dutch)."""

    name: str
    keys: tuple[str, ...]
    description: str

    def sequences(self) -> list[QKeySequence]:
        """Return the key sequences of this shortcut."""
        return [QKeySequence(key) for key in self.keys]

    def key_text(self) -> str:
        """Return the keys as shown to the user ('Ctrl+B', 'Ctrl+Shift+Z of Ctrl+Y')."""
        shown = [
            QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText) for key in self.keys
        ]
        return t(" or ").join(shown)


def meeting_shortcuts() -> dict[str, Shortcut]:
    """Return the shortcuts of the meeting screen by name, in the order of the overview."""
    items = [
        Shortcut("new_decision", ("Ctrl+B",), t("New decision under the current item")),
        Shortcut("new_action", ("Ctrl+T", "Ctrl+Shift+A"), t("New action under the current item")),
        Shortcut("next_item", ("Ctrl+PgDown",), t("Next agenda item")),
        Shortcut("previous_item", ("Ctrl+PgUp",), t("Previous agenda item")),
        Shortcut("minutes", ("Ctrl+M",), t("Type the minutes of the current item")),
        Shortcut("agenda", ("Ctrl+L",), t("Go to the agenda list")),
        Shortcut("new_item", ("Ctrl+N",), t("New agenda item after the current one")),
        Shortcut("attendance", ("Ctrl+Shift+P",), t("Attendance list")),
        Shortcut("make_agenda", ("Ctrl+Shift+G",), t("Make the agenda as PDF")),
        Shortcut("make_minutes", ("Ctrl+Shift+V",), t("Make the minutes as PDF")),
        Shortcut("undo", ("Ctrl+Z",), t("Undo the last change")),
        Shortcut("redo", ("Ctrl+Shift+Z", "Ctrl+Y"), t("Redo")),
        Shortcut("back", ("Alt+Left",), t("Back to the meetings list")),
        Shortcut("help", ("F1",), t("This overview")),
    ]
    return {shortcut.name: shortcut for shortcut in items}


def agenda_keys() -> list[tuple[str, str]]:
    """Return the keys that work in the agenda list, with their meaning."""
    return [
        ("Ctrl+Shift+Up", t("In the agenda: move the item up")),
        ("Ctrl+Shift+Down", t("In the agenda: move the item down")),
        ("Insert", t("In the agenda: new item")),
        ("Delete", t("In the agenda: remove the item (Ctrl+Z brings it back)")),
        ("F2", t("In the agenda: rename the item")),
    ]


class ShortcutsHelp(QDialog):
    """A small, non-modal overview of the keys, opened with F1."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """List every shortcut in a two-column table."""
        super().__init__(parent)
        self.setWindowTitle(t("Shortcuts"))
        rows = [(s.key_text(), s.description) for s in meeting_shortcuts().values()]
        rows += [
            (QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText), text)
            for key, text in agenda_keys()
        ]
        self.table = QTableWidget(len(rows), 2)
        self.table.setAccessibleName(t("Shortcuts"))
        self.table.horizontalHeader().setAccessibleName(t("Shortcut columns"))
        self.table.setHorizontalHeaderLabels([t("Keys"), t("What it does")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        for row, (keys, text) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(t("Close"))
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        width = self.table.horizontalHeader().length() + 4 * self.table.frameWidth()
        self.resize(max(width, 520), self.table.verticalHeader().length() + 120)

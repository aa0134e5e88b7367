"""Editors for the meeting screen: undo keys go to the meeting's undo stack, Tab moves on."""

from PySide6.QtCore import QDate, QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
    QToolTip,
    QWidget,
)

from driehoek_app.gui.i18n import t
from driehoek_app.gui.meetings.autosave import NO_DATE
from driehoek_app.gui.meetings.date_edit import CheckedDateEdit

UNDO_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)
UNLIMITED = 32767  # QLineEdit's default maximum length


def _is_undo_key(event: QKeyEvent) -> bool:
    """Tell whether a key press is Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y (undo or redo)."""
    combo = event.keyCombination().toCombined()
    if combo == QKeySequence("Ctrl+Y")[0].toCombined():
        return True
    return any(event.matches(key) for key in UNDO_KEYS)


def name_spin_box(box: QAbstractSpinBox, accessible_name: str) -> None:
    """Give a spin box (or date editor) and the text field inside it the same name."""
    box.setAccessibleName(accessible_name)
    inner = box.findChild(QLineEdit)
    if inner is not None:
        inner.setAccessibleName(accessible_name)


def keep_placeholder_for_editing(widget: QLineEdit | QPlainTextEdit, read_only: bool) -> None:
    """Hide the 'type here' hint of a read-only editor; bring it back when editable again."""
    hint = widget.placeholderText()
    if read_only and hint:
        widget.setProperty("editing_hint", hint)
        widget.setPlaceholderText("")
    elif not read_only and not hint:
        widget.setPlaceholderText(widget.property("editing_hint") or "")


def thousands(number: int) -> str:
    """Return a whole number the Dutch way: 1.000."""
    return f"{number:,}".replace(",", ".")


class LineEdit(QLineEdit):
    """A one-line editor whose Ctrl+Z undoes through the meeting (not letter by letter)."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        """Create the editor with its accessible name."""
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.textEdited.connect(self._tell_limit)

    def limit_notice(self) -> str:
        """Return a Dutch notice when the text fills the maximum length ('' otherwise)."""
        if self.maxLength() >= UNLIMITED or len(self.text()) < self.maxLength():
            return ""
        return t("{field}: at most {limit} characters; longer text was cut off.").format(
            field=self.accessibleName(), limit=thousands(self.maxLength())
        )

    def _tell_limit(self, _text: str) -> None:
        """Show the limit next to the field as soon as typing or pasting reaches it."""
        notice = self.limit_notice()
        if notice:
            QToolTip.showText(self.mapToGlobal(QPoint(0, self.height())), notice, self)

    def event(self, event: QEvent) -> bool:
        """Leave the undo keys to the window's shortcuts."""
        if event.type() == QEvent.Type.ShortcutOverride and _is_undo_key(event):
            event.ignore()
            return False
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Ignore the undo keys here; type everything else."""
        if _is_undo_key(event):
            event.ignore()
            return
        super().keyPressEvent(event)

    def setReadOnly(self, read_only: bool) -> None:
        """Make the editor read-only (or not), hiding its typing hint while read-only."""
        super().setReadOnly(read_only)
        keep_placeholder_for_editing(self, read_only)


class TextEdit(QPlainTextEdit):
    """A plain-text editor (stored exactly as typed); Tab moves to the next field."""

    def __init__(self, accessible_name: str, lines: int = 0, parent: QWidget | None = None) -> None:
        """Create the editor; lines > 0 gives it a fixed height of that many lines."""
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setTabChangesFocus(True)
        self.setUndoRedoEnabled(False)
        if lines:
            margins = self.contentsMargins().top() + self.contentsMargins().bottom()
            height = self.fontMetrics().lineSpacing() * lines + 2 * self.frameWidth() + margins
            self.setFixedHeight(height + 2 * int(self.document().documentMargin()))

    def event(self, event: QEvent) -> bool:
        """Leave the undo keys to the window's shortcuts."""
        if event.type() == QEvent.Type.ShortcutOverride and _is_undo_key(event):
            event.ignore()
            return False
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Ignore the undo keys here; type everything else."""
        if _is_undo_key(event):
            event.ignore()
            return
        super().keyPressEvent(event)

    def setReadOnly(self, read_only: bool) -> None:
        """Make the editor read-only (or not), hiding its typing hint while read-only."""
        super().setReadOnly(read_only)
        keep_placeholder_for_editing(self, read_only)


class DueDateEdit(CheckedDateEdit):
    """A Dutch date editor that can also hold 'no date' (its minimum), with a calendar.

    A typed date that does not exist (31-02-2027) is refused, never changed (CheckedDateEdit).
    """

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        """Start empty ('geen datum'); typing or an arrow key starts from today."""
        super().__init__(parent)
        name_spin_box(self, accessible_name)
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText(t("no date"))
        self.setDate(NO_DATE)
        self.setToolTip(
            t("Type the date (day-month-year), or Alt+Down for a calendar; Ctrl+Delete clears it")
        )

    def _start_from_today(self) -> None:
        """Leave 'no date' for today's date, so typing and arrows make sense."""
        if self.date() == self.minimumDate():
            self.setDate(QDate.currentDate())
            self.setSelectedSection(QDateEdit.Section.DaySection)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Ctrl+Delete clears the date; the first digit or arrow starts from today."""
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self._forget_typing()
            self.setDate(self.minimumDate())
            return
        if event.text().isdigit() and self.date() == self.minimumDate():
            self._start_digits()  # a refused date brings 'geen datum' back, not today
        if event.text().isdigit() or event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._start_from_today()
        super().keyPressEvent(event)

    def stepBy(self, steps: int) -> None:
        """Step from today when there was no date yet."""
        if self.date() == self.minimumDate():
            self._start_from_today()
            return
        super().stepBy(steps)

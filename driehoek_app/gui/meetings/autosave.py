"""Autosave of one editor: save after a pause in typing, on focus-out and when asked.

A FieldSaver watches one widget. Typing restarts a short timer; when it fires, when the
widget loses focus, or when the screen flushes (item switch, leaving the screen), the value
is handed to `commit(old, new)`. If commit fails, the text stays in the widget and stays
dirty (the saver is `refused`), so the next pause or focus-out tries again: typed text is
never thrown away. Reloading the same record keeps a refused value on the screen.
"""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

SAVE_DELAY_MS = 800
NO_DATE = QDate(2000, 1, 1)  # the minimum of a date editor, shown as "geen datum"

Commit = Callable[[Any, Any], bool]


class ValueWidget(QWidget):
    """A compound editor (e.g. a row of checkboxes) that autosave can read and fill."""

    changed = Signal()

    def field_value(self) -> Any:
        """Return the value in the form the core expects."""
        raise NotImplementedError

    def set_field_value(self, value: Any) -> None:
        """Show a stored value."""
        raise NotImplementedError


def read_value(widget: QWidget) -> Any:
    """Return the value a widget holds, in the form the core expects."""
    if isinstance(widget, ValueWidget):
        return widget.field_value()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QDateEdit):
        date = widget.date()
        return None if date == widget.minimumDate() else date.toString("yyyy-MM-dd")
    if isinstance(widget, QSpinBox):
        return None if widget.value() == widget.minimum() else widget.value()
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, QAbstractButton):
        return widget.isChecked()
    raise TypeError(f"no autosave for {type(widget).__name__}")


def write_value(widget: QWidget, value: Any) -> None:
    """Show a stored value in a widget (its signals are blocked by the caller)."""
    if isinstance(widget, ValueWidget):
        widget.set_field_value(value)
    elif isinstance(widget, QPlainTextEdit):
        if widget.toPlainText() != value:
            cursor = widget.textCursor().position()
            widget.setPlainText(value)
            moved = widget.textCursor()
            moved.setPosition(min(cursor, len(value)))
            widget.setTextCursor(moved)
    elif isinstance(widget, QLineEdit):
        if widget.text() != value:
            widget.setText(value)
            widget.setCursorPosition(0)  # show the start of a long text, not its end
    elif isinstance(widget, QDateEdit):
        widget.setDate(widget.minimumDate() if not value else QDate.fromString(value, "yyyy-MM-dd"))
    elif isinstance(widget, QSpinBox):
        widget.setValue(widget.minimum() if value is None else value)
    elif isinstance(widget, QComboBox):
        widget.setCurrentIndex(max(0, widget.findData(value)))
    elif isinstance(widget, QAbstractButton):
        widget.setChecked(bool(value))
    else:
        raise TypeError(f"no autosave for {type(widget).__name__}")


def _change_signal(widget: QWidget):
    """Return the signal that tells a widget's value changed by the user."""
    if isinstance(widget, ValueWidget):
        return widget.changed
    if isinstance(widget, QPlainTextEdit):
        return widget.textChanged
    if isinstance(widget, QLineEdit):
        return widget.textEdited
    if isinstance(widget, QDateEdit):
        return widget.dateChanged
    if isinstance(widget, QSpinBox):
        return widget.valueChanged
    if isinstance(widget, QComboBox):
        return widget.activated
    return widget.toggled


class FieldSaver(QObject):
    """Saves one widget's value by itself; knows the last value that was stored."""

    def __init__(self, widget: QWidget, commit: Commit, *, immediate: bool = False) -> None:
        """Watch widget; typed values are saved after a pause, others (immediate) at once."""
        super().__init__(widget)
        self.widget = widget
        self.commit = commit
        self.saved: Any = read_value(widget)
        self.refused = False  # the last attempt to store the value on screen was refused
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SAVE_DELAY_MS)
        self.timer.timeout.connect(self._pause_over)
        self.immediate = immediate
        _change_signal(widget).connect(self._changed)
        watched = widget.lineEdit() if isinstance(widget, QAbstractSpinBox) else widget
        (watched or widget).installEventFilter(self)

    def load(self, value: Any, *, keep_unsaved: bool = False) -> None:
        """Show a stored value without saving it again.

        With keep_unsaved, a refused value stays on the screen (the stored value is only
        remembered), so reloading the same record never throws typed text away.
        """
        self.timer.stop()
        if keep_unsaved and self.is_unsaved():
            self.saved = value
            return
        self._show(value)
        self.saved = read_value(self.widget)
        self.refused = False

    def _show(self, value: Any) -> None:
        """Put a value in the widget without reporting it as a change."""
        blocked = self.widget.blockSignals(True)
        try:
            write_value(self.widget, value)
        finally:
            self.widget.blockSignals(blocked)

    def is_dirty(self) -> bool:
        """Return True when the widget holds a value that is not stored yet."""
        return read_value(self.widget) != self.saved

    def is_unsaved(self) -> bool:
        """Return True when the value on the screen was refused and is still not stored."""
        return self.refused and self.is_dirty()

    def keep(self, value: Any) -> None:
        """Show a refused value again (after the widget was rebuilt); it stays unsaved."""
        self._show(value)
        self.refused = self.is_dirty()

    def discard(self) -> None:
        """Throw a refused value away: show the stored value again."""
        self.load(self.saved)

    def _changed(self, *_args: Any) -> None:
        """Start (or restart) the pause timer, or save at once for a choice."""
        if self.immediate:
            self.flush()
        else:
            self.timer.start()

    def _pause_over(self) -> None:
        """Save after a pause in typing, unless a date being typed does not exist (yet)."""
        is_typing = getattr(self.widget, "is_typing", None)
        if is_typing is not None and is_typing():
            return  # a date field decides itself when the typing ends (Enter, leaving it)
        self.flush()

    def flush(self) -> bool:
        """Save now if the value changed; return False when saving failed."""
        finish_typing = getattr(self.widget, "finish_typing", None)
        if finish_typing is not None:
            finish_typing()  # a date being typed is checked and taken over first
        self.timer.stop()
        value = read_value(self.widget)
        if value == self.saved:
            self.refused = False
            return True
        self.refused = False  # not while it is being stored (the screen asks during commit)
        if self.commit(self.saved, value):
            self.saved = value
            return True
        self.refused = True
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Save when the widget loses the keyboard focus."""
        if event.type() == QEvent.Type.FocusOut:
            self.flush()
        return False

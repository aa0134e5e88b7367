"""Small form pieces shared by the beeld dialogs: choice boxes, text fields, optional dates."""

from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from driehoek_app.gui.meetings.autosave import NO_DATE
from driehoek_app.gui.meetings.dialogs import common
from driehoek_app.gui.meetings.editors import DueDateEdit

ISO_DATE = "yyyy-MM-dd"
LIST_SEPARATORS = (";", ",", "\n")


def choice_box(name: str, choices: dict[Any, str], empty: str | None = None) -> QComboBox:
    """Return a combo box of (value -> label) choices, with an optional first 'none' choice."""
    box = common.combo(name)
    if empty is not None:
        box.addItem(empty, None)
    for value, text in choices.items():
        box.addItem(text, value)
    return box


def line(name: str, text: str = "", placeholder: str = "") -> QLineEdit:
    """Return a one-line text field with an accessible name."""
    field = QLineEdit(text)
    field.setAccessibleName(name)
    if placeholder:
        field.setPlaceholderText(placeholder)
    return field


def text_box(name: str, text: str = "", lines: int = 4, placeholder: str = "") -> QPlainTextEdit:
    """Return a plain-text field of about `lines` lines where Tab moves on."""
    field = QPlainTextEdit(text)
    field.setAccessibleName(name)
    field.setTabChangesFocus(True)
    field.setMinimumHeight(field.fontMetrics().lineSpacing() * lines + 12)
    if placeholder:
        field.setPlaceholderText(placeholder)
    return field


def optional_date(name: str, iso: str | None = None) -> DueDateEdit:
    """Return a Dutch date field that can stay empty ('geen datum')."""
    field = DueDateEdit(name)
    metrics = field.fontMetrics()
    text = max(field.specialValueText(), "00-00-0000", key=metrics.horizontalAdvance)
    field.setMinimumWidth(metrics.horizontalAdvance(text) + 6 * metrics.averageCharWidth())
    if iso:
        field.setDate(QDate.fromString(iso, ISO_DATE))
    return field


def date_value(field: DueDateEdit) -> str | None:
    """Return the date of an optional date field as ISO text, or None when empty."""
    if field.date() == NO_DATE:
        return None
    return field.date().toString(ISO_DATE)


def split_list(text: str) -> list[str]:
    """Split 'a; b, c' (or one per line) into distinct names, first spelling kept."""
    for separator in LIST_SEPARATORS[1:]:
        text = text.replace(separator, LIST_SEPARATORS[0])
    names: list[str] = []
    for part in text.split(LIST_SEPARATORS[0]):
        name = part.strip()
        if name and name.casefold() not in {n.casefold() for n in names}:
            names.append(name)
    return names


def join_list(names: tuple[str, ...] | list[str]) -> str:
    """Return names as the text of a list field."""
    return ", ".join(names)


def focus_first(*widgets: QWidget) -> None:
    """Put the cursor in the first enabled widget."""
    for widget in widgets:
        if widget.isEnabled():
            widget.setFocus()
            return

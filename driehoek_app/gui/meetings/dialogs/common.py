"""Shared pieces of the meeting dialogs: core calls with Dutch errors, buttons, dates, choices."""

import datetime as dt
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTimeEdit,
    QToolButton,
    QWidget,
)

from driehoek_app.core.dutch import dutch_date
from driehoek_app.core.errors import DriehoekError
from driehoek_app.core.sqlite_driver import sqlite3
from driehoek_app.gui import dialogs
from driehoek_app.gui.i18n import t
from driehoek_app.gui.meetings.date_edit import CheckedDateEdit

T = TypeVar("T")
DATE_FORMAT = "dd-MM-yyyy"
TIME_FORMAT = "HH:mm"
ISO_DATE = "yyyy-MM-dd"


class Failed:
    """The result of a core call that was refused (its message has been shown)."""

    def __bool__(self) -> bool:
        """A failure is falsy, so `if result:` reads naturally."""
        return False


FAILED = Failed()


def ok(result: object) -> bool:
    """Return True when a result of attempt() is not a failure (an empty list is a success)."""
    return not isinstance(result, Failed)


def attempt(parent: QWidget | None, action: Callable[[], T]) -> T | Failed:
    """Run a core call; show its Dutch message and return FAILED when it is refused."""
    try:
        return action()
    except DriehoekError as error:
        dialogs.show_error(parent, error.message)
    except sqlite3.Error as error:
        message = t("The database could not be read or written ({detail}).")
        dialogs.show_error(parent, message.format(detail=str(error)))
    return FAILED


def plain(text: str) -> str:
    """Return a button or label text without its mnemonic ampersands."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def button(text: str, name: str, tip: str = "") -> QPushButton:
    """Return a push button with its own accessible name (the text without its '&')."""
    widget = QPushButton(text)
    widget.setAccessibleName(name)
    widget.setAutoDefault(False)
    if tip:
        widget.setToolTip(tip)
    return widget


def name_buttons(box: QDialogButtonBox) -> None:
    """Give every button of a button box its own text as accessible name."""
    for widget in box.buttons():
        widget.setAccessibleName(plain(widget.text()))


def dialog_buttons(
    dialog: QDialog,
    accept_text: str | None = None,
    accept_name: str | None = None,
    *,
    close_only: bool = False,
) -> QDialogButtonBox:
    """Return OK/Annuleren (or Sluiten) buttons wired to the dialog; OK may get its own text."""
    standard = QDialogButtonBox.StandardButton
    if close_only:
        box = QDialogButtonBox(standard.Close, dialog)
        box.rejected.connect(dialog.reject)
        close = box.button(standard.Close)
        close.setAutoDefault(False)  # Enter belongs to the list or field that has the focus
        close.setDefault(False)
    else:
        box = QDialogButtonBox(standard.Ok | standard.Cancel, dialog)  # a parent: OK stays default
        box.accepted.connect(dialog.accept)
        box.rejected.connect(dialog.reject)
        ok = box.button(standard.Ok)
        if accept_text:
            ok.setText(accept_text)
        ok.setDefault(True)
    name_buttons(box)
    if accept_name:
        box.button(standard.Ok).setAccessibleName(accept_name)
    return box


def set_width(widget: QWidget, chars: int) -> None:
    """Give a dialog a minimum width of about chars average characters of its font."""
    widget.setMinimumWidth(widget.fontMetrics().averageCharWidth() * chars)


def ok_button(box: QDialogButtonBox) -> QAbstractButton:
    """Return the accepting button of a box made by dialog_buttons."""
    return box.button(QDialogButtonBox.StandardButton.Ok)


def buddy_label(text: str, field: QWidget) -> QLabel:
    """Return a label with a mnemonic that moves the focus to field."""
    widget = QLabel(text)
    widget.setBuddy(field)
    return widget


def date_edit(name: str, iso: str | None = None) -> CheckedDateEdit:
    """Return a Dutch date field (dd-MM-yyyy, calendar popup) that refuses a missing date."""
    field = CheckedDateEdit()
    field.setAccessibleName(name)
    field.lineEdit().setAccessibleName(name)
    field.setDate(to_qdate(iso) if iso else QDate.currentDate())
    field.calendarWidget().setAccessibleName(name)
    return field


def time_edit(name: str, text: str = "09:00") -> QTimeEdit:
    """Return a 24-hour time field (HH:mm)."""
    field = QTimeEdit()
    field.setDisplayFormat(TIME_FORMAT)
    field.setAccessibleName(name)
    field.lineEdit().setAccessibleName(name)
    field.setTime(QTime.fromString(text, TIME_FORMAT))
    return field


def to_qdate(iso: str) -> QDate:
    """Return the QDate of an ISO date text."""
    return QDate.fromString(iso, ISO_DATE)


def iso_date(field: QDateEdit) -> str:
    """Return the date of a date field as ISO text."""
    return field.date().toString(ISO_DATE)


def time_text(field: QTimeEdit) -> str:
    """Return the time of a time field as 'HH:MM'."""
    return field.time().toString(TIME_FORMAT)


def search_field(name: str, placeholder: str) -> QLineEdit:
    """Return a search field with a named clear button."""
    field = QLineEdit()
    field.setAccessibleName(name)
    field.setPlaceholderText(placeholder)
    field.setClearButtonEnabled(True)
    for clear in field.findChildren(QToolButton):
        clear.setAccessibleName(t("Clear the search field"))
    return field


def combo(name: str, choices: dict[Any, str] | None = None) -> QComboBox:
    """Return a combo box with an accessible name and (value -> label) choices."""
    widget = QComboBox()
    widget.setAccessibleName(name)
    for value, text in (choices or {}).items():
        widget.addItem(text, value)
    return widget


def select_data(widget: QComboBox, value: Any) -> bool:
    """Make the choice holding value current; return whether there is one."""
    index = widget.findData(value)
    if index < 0:
        return False
    widget.setCurrentIndex(index)
    return True


def long_date(iso: str | None) -> str:
    """Return 'donderdag 3 december 2026' for an ISO date (empty for none)."""
    return dutch_date(dt.date.fromisoformat(iso)) if iso else ""

"""A Dutch date field that refuses a date which does not exist instead of changing it.

Qt's date editor turns a typed 31-02-2027 into 28-02-2027 (or, starting from February, the
keys 3-1-0-2 into 03-10) without a word. This field keeps the digits the user typed from
the day on (31022027, or 3102 for a date in the year shown) and, when the typing ends (Enter,
leaving the field, or a save of the screen), takes exactly that date over, or refuses it:
the date from before the typing comes back and the field says in Dutch that the date does
not exist (a tooltip at the field, and the `refused` signal for a status line). A day Qt
lowered while the user typed section by section is caught the same way.
"""

from typing import NamedTuple

from PySide6.QtCore import QDate, QPoint, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QDateEdit, QToolTip, QWidget

from driehoek_app.gui.i18n import t

DATE_FORMAT = "dd-MM-yyyy"
FINISH_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
KEEP_KEYS = (  # navigation and separators do not end the typed digits
    Qt.Key.Key_Tab,
    Qt.Key.Key_Shift,
    Qt.Key.Key_Minus,
    Qt.Key.Key_Slash,
    Qt.Key.Key_Period,
)
FULL_DIGITS = 8  # ddmmyyyy


class Typed(NamedTuple):
    """A day and month the user typed that Qt had to change (to clamped_day)."""

    day: int
    month: int
    clamped_day: int


def date_parts(text: str) -> tuple[int, int, int] | None:
    """Return (day, month, year) of a complete 'dd-mm-yyyy' text, else None."""
    parts = text.strip().split("-")
    if len(parts) != 3 or not all(part.isdigit() for part in parts) or len(parts[2]) != 4:
        return None
    day, month, year = (int(part) for part in parts)
    return day, month, year


def typed_parts(digits: str, year: int) -> tuple[int, int, int] | None:
    """Return (day, month, year) of typed digits 'ddmm' (in year) or 'ddmmyyyy', else None."""
    if len(digits) == 4:
        return int(digits[:2]), int(digits[2:]), year
    if len(digits) == FULL_DIGITS:
        return int(digits[:2]), int(digits[2:4]), int(digits[4:])
    return None


def does_not_exist(parts: tuple[int, int, int]) -> bool:
    """Tell whether a day 1-31 of a month 1-12 is missing from the calendar (31-02, 29-02-2027)."""
    day, month, year = parts
    return 1 <= month <= 12 and 1 <= day <= 31 and not QDate(year, month, day).isValid()


class CheckedDateEdit(QDateEdit):
    """A dd-MM-yyyy date editor (calendar with Alt+Down) that never changes a typed date."""

    refused = Signal(str)  # "31-02-2027 bestaat niet; ..."

    def __init__(self, parent: QWidget | None = None) -> None:
        """Create the field in the Dutch day-month-year format with a calendar popup."""
        self._typed: Typed | None = None
        self._digits: str | None = None  # typed from the day section on, while typing
        self._restore_to = QDate()  # the date from before the digits were typed
        self._before = QDate()  # the last date not being typed (for a day Qt lowered)
        super().__init__(parent)
        self.setDisplayFormat(DATE_FORMAT)
        self.setCalendarPopup(True)
        calendar = self.calendarWidget()
        calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        calendar.clicked.connect(self._forget_typing)
        calendar.activated.connect(self._forget_typing)
        self.dateChanged.connect(self._note_date)

    def _note_date(self, date: QDate) -> None:
        """Remember a date that is not being typed: it comes back when typing is refused."""
        if self._digits is None and self._typed is None:
            self._before = date

    def validate(self, text: str, pos: int) -> object:
        """Let Qt check the text; remember a day it had to lower because the date is missing."""
        result = super().validate(text, pos)
        typed = date_parts(text)
        if typed is not None and does_not_exist(typed):
            fixed = date_parts(result[1]) if isinstance(result, tuple) else None
            self._typed = Typed(typed[0], typed[1], fixed[0] if fixed else typed[0])
        elif self._typed is not None and typed is not None and not self._still_clamped(typed):
            self._typed = None  # the user typed another day or month since
        return result

    def _still_clamped(self, parts: tuple[int, int, int]) -> bool:
        """Tell whether the text still shows the day and month Qt made of the typed date."""
        typed = self._typed
        return typed is not None and (parts[0], parts[1]) == (typed.clamped_day, typed.month)

    def is_typing(self) -> bool:
        """Tell whether a date is being typed that is not complete or not checked yet."""
        incomplete = self._digits is not None and len(self._digits) != FULL_DIGITS
        return incomplete or self._typed is not None

    def _start_digits(self) -> None:
        """Start collecting typed digits; the date shown now comes back on a refusal."""
        self._digits = ""
        self._restore_to = self.date()

    def _year_typed_in(self) -> int:
        """Return the year a typed 'ddmm' belongs to: the one shown, or this year if none."""
        empty = self._restore_to == self.minimumDate() and bool(self.specialValueText())
        return QDate.currentDate().year() if empty else self._restore_to.year()

    def _wanted(self) -> tuple[int, int, int] | None:
        """Return the date the user typed (day, month, year), when it is clear."""
        shown = date_parts(self.lineEdit().text())
        if self._digits is not None:
            parts = typed_parts(self._digits, self._year_typed_in())
            if parts is not None:
                return parts
        if self._typed is not None:
            year = shown[2] if shown else self.date().year()
            return self._typed.day, self._typed.month, year
        return None

    def finish_typing(self) -> str | None:
        """Take the typed date over, or refuse a date that does not exist; return the refusal."""
        wanted = self._wanted()
        before = self._restore_to if self._digits is not None else self._before
        self._digits, self._typed = None, None
        if wanted is None:
            self.interpretText()
            self._before = self.date()
            return None
        day, month, year = wanted
        date = QDate(year, month, day)
        if date.isValid():
            if self.minimumDate() <= date <= self.maximumDate():
                self.setDate(date)
            else:
                self.interpretText()
            self._before = self.date()
            return None
        self.setDate(before)
        self._before = before
        message = self._refusal(f"{day:02d}-{month:02d}-{year:04d}", before)
        QToolTip.showText(self.mapToGlobal(QPoint(0, self.height())), message, self)
        self.refused.emit(message)
        return message

    def _refusal(self, typed: str, before: QDate) -> str:
        """Return the Dutch sentence saying the typed date does not exist and what stays."""
        if before == self.minimumDate() and self.specialValueText():
            return t("{date} does not exist; no date is filled in.").format(date=typed)
        return t("{date} does not exist; the date stays {previous}.").format(
            date=typed, previous=before.toString(DATE_FORMAT)
        )

    def _forget_typing(self) -> None:
        """A date chosen in the calendar or with the arrows replaces whatever was typed."""
        self._digits, self._typed = None, None

    def stepBy(self, steps: int) -> None:
        """An arrow key changes the date on purpose: forget the typed digits."""
        self._forget_typing()
        super().stepBy(steps)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """Leaving the field ends the typing: check the date first."""
        if self._digits is not None or self._typed is not None:
            self.finish_typing()
        super().focusOutEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Collect the digits typed from the day on; Enter ends the typing."""
        key = event.key()
        if key in FINISH_KEYS:
            self.finish_typing()
        elif event.text().isdigit() and len(event.text()) == 1:
            if self._digits is None and self.currentSection() == self.Section.DaySection:
                self._start_digits()
            if self._digits is not None:
                self._digits += event.text()
        elif key not in KEEP_KEYS:
            self._digits = None  # editing by other means: Qt's own reading counts
        super().keyPressEvent(event)

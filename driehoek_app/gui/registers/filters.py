"""The filter fields both registers share: body, year, free text (typed with a short pause)."""

from collections.abc import Callable
from typing import Any

import sqlite_utils
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QComboBox, QLineEdit

from driehoek_app.core.bodies import list_bodies
from driehoek_app.core.registers import register_years
from driehoek_app.gui.i18n import t
from driehoek_app.gui.meetings.dialogs.common import combo, search_field

TYPING_PAUSE_MS = 250


def fill_choices(widget: QComboBox, everything: str, choices: list[tuple[Any, str]]) -> None:
    """Refill a filter box ('all' first), keeping the chosen value when it is still there."""
    current = widget.currentData()
    widget.blockSignals(True)
    widget.clear()
    widget.addItem(everything, None)
    for value, text in choices:
        widget.addItem(text, value)
    index = widget.findData(current) if current is not None else 0
    widget.setCurrentIndex(max(index, 0))
    widget.blockSignals(False)


def body_box(tip: str) -> QComboBox:
    """Return the body filter box (filled by fill_bodies)."""
    widget = combo(t("Body"))
    widget.setToolTip(tip)
    widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    return widget


def body_text(name: str, code: str) -> str:
    """Return 'Basisteamdriehoek Hoorn (HRN)'."""
    return t("{name} ({code})").format(name=name, code=code)


def fill_bodies(widget: QComboBox, db: sqlite_utils.Database) -> None:
    """Offer every body with its code (as in the decision numbers) after 'all bodies'."""
    choices = [(body.id, body_text(body.name, body.code)) for body in list_bodies(db)]
    fill_choices(widget, t("All bodies"), choices)


def year_box() -> QComboBox:
    """Return the year filter box (filled by fill_years)."""
    widget = combo(t("Year"))
    widget.setToolTip(t("Year of the meeting"))
    widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    return widget


def fill_years(widget: QComboBox, db: sqlite_utils.Database) -> None:
    """Offer the years that have meetings, newest first, after 'all years'."""
    fill_choices(widget, t("All years"), [(year, str(year)) for year in register_years(db)])


def chosen_bodies(widget: QComboBox) -> tuple[int, ...]:
    """Return the chosen body as a filter tuple (empty: every body)."""
    value = widget.currentData()
    return () if value is None else (int(value),)


def text_field(name: str, placeholder: str, on_pause: Callable[[], None]) -> QLineEdit:
    """Return a search field that calls on_pause once typing stops for a moment."""
    field = search_field(name, placeholder)
    timer = QTimer(field)
    timer.setSingleShot(True)
    timer.setInterval(TYPING_PAUSE_MS)
    timer.timeout.connect(on_pause)
    field.textChanged.connect(timer.start)
    field.returnPressed.connect(lambda: (timer.stop(), on_pause()))
    return field

"""Helpers for the dialog tests: fictional data, typing into fields, Dutch and naming checks."""

import json
import re
import string
from dataclasses import dataclass

from gui_walk import INTERACTIVE
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollBar,
    QTabBar,
    QWidget,
)

from driehoek_app.core import agenda_templates, bodies, meetings, people
from driehoek_app.core.paths import resource_path
from driehoek_app.gui import dialogs

NUMERIC = re.compile(r"[\d\s.,:\-–/+]*")
QT_BUTTONS = {"OK", "Annuleren", "Sluiten", "Opslaan", "&Ja", "&Nee"}


@dataclass(frozen=True)
class Haarlem:
    """The Haarlem basisteamdriehoek with fictional members and two meetings."""

    body_id: int
    mayor_id: int
    other_mayor_id: int
    prosecutor_id: int
    chief_id: int
    secretary_id: int
    first_meeting_id: int
    next_meeting_id: int


def haarlem(db) -> Haarlem:
    """Create fictional people, make them members of Haarlem, plan two meetings."""
    body = bodies.body_for_basisteam(db, "Haarlem")
    bodies.update_body(db, body.id, gemeenten=["Haarlem", "Zandvoort"])
    mayor = people.create_person(db, "A. de Vries", "burgemeester", "Gemeente Haarlem")
    other = people.create_person(db, "E. Visser", "burgemeester", "Gemeente Zandvoort")
    prosecutor = people.create_person(
        db, "mr. B. Jansen", "officier van justitie", "Openbaar Ministerie"
    )
    chief = people.create_person(db, "C. Bakker", "teamchef", "Politie Noord-Holland")
    secretary = people.create_person(db, "D. Smit", "secretaris", "Gemeente Haarlem")
    for person in (mayor, other, prosecutor, chief, secretary):
        bodies.set_member(db, body.id, person.id)
    template = agenda_templates.default_template(db)
    first = meetings.create_meeting(
        db, body.id, "2026-12-03", "09:00", "10:30", "Stadhuis", "vertrouwelijk", mayor.id,
        template_id=template.id,
    )  # fmt: skip
    following = meetings.create_meeting(
        db, body.id, "2027-01-14", "09:00", "10:30", "Stadhuis", "vertrouwelijk", mayor.id,
        template_id=template.id,
    )  # fmt: skip
    return Haarlem(body.id, mayor.id, other.id, prosecutor.id, chief.id, secretary.id,
                   first.id, following.id)  # fmt: skip


def body_texts(db) -> set[str]:
    """Return the names of every body and their list texts 'name (code)'."""
    found = bodies.list_bodies(db)
    return {b.name for b in found} | {f"{b.name} ({b.code})" for b in found}


def capture_errors(monkeypatch) -> list[str]:
    """Replace the error dialog by a list that collects the messages."""
    messages: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, message: messages.append(message))
    return messages


def show(qtbot, widget: QWidget) -> QWidget:
    """Show a dialog or panel non-modally and wait until it is on screen and active."""
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    QApplication.processEvents()
    return widget


def type_text(qtbot, field: QLineEdit, text: str) -> None:
    """Select everything in a line edit and type text over it, then leave with Tab."""
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)


def type_chars(qtbot, widget: QWidget, text: str) -> None:
    """Type text key by key; letters outside ASCII (ï, é) are sent as their own key events."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def type_date(qtbot, field: QDateTimeEdit, digits: str) -> None:
    """Type a date as a user does after tabbing in: day, month and year digits ('03122026')."""
    field.setFocus()
    field.setSelectedSection(QDateTimeEdit.Section.DaySection)
    qtbot.keyClicks(field, digits)


def type_time(qtbot, field: QDateTimeEdit, digits: str) -> None:
    """Type a time as a user does after tabbing in: hour and minute digits ('1430')."""
    field.setFocus()
    field.setSelectedSection(QDateTimeEdit.Section.HourSection)
    qtbot.keyClicks(field, digits)


def choose(qtbot, combo: QComboBox, text: str) -> None:
    """Choose an entry of a combo box by its text, with the keyboard."""
    index = combo.findText(text)
    assert index >= 0, f"{text!r} is not a choice of {combo.accessibleName()}"
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(index):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == text


def click(qtbot, button: QAbstractButton) -> None:
    """Click a button with the mouse."""
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def nameless_widgets(root: QWidget) -> list[str]:
    """Return the visible interactive widgets under root without an accessible name."""
    return [
        f"{type(w).__name__} {w.objectName()}"
        for w in root.findChildren(QWidget)
        if w.isVisible()
        and isinstance(w, INTERACTIVE)
        and not isinstance(w, QScrollBar)
        and not w.accessibleName().strip()
    ]


def _catalogue() -> dict[str, str]:
    """Return the Dutch catalogue as stored."""
    data = json.loads(resource_path("i18n", "nl.json").read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


def _pattern(dutch: str) -> re.Pattern | None:
    """Turn a Dutch text with placeholders into a pattern matching any filled-in value."""
    if not any(name for _, name, _, _ in string.Formatter().parse(dutch) if name is not None):
        return None
    parts = re.split(r"\{[^}]*\}", dutch)
    return re.compile("(?s)" + ".+".join(re.escape(p) for p in parts))


def _visible_texts(root: QWidget):
    """Yield every label, button, field placeholder, tab, column title and choice shown."""
    yield root.windowTitle()
    for w in root.findChildren(QWidget):
        if not w.isVisible():
            continue
        yield w.toolTip()
        yield w.accessibleName()
        if isinstance(w, QLabel | QAbstractButton):
            yield w.text()
        if isinstance(w, QLineEdit) and not w.text():
            yield w.placeholderText()
        if isinstance(w, QTabBar):
            yield from (w.tabText(i) for i in range(w.count()))
        if isinstance(w, QComboBox):
            yield from (w.itemText(i) for i in range(w.count()))
        if isinstance(w, QHeaderView) and w.model() is not None:
            for section in range(w.count()):
                yield w.model().headerData(section, w.orientation())


def english_texts(root: QWidget, data: set[str] = frozenset()) -> list[str]:
    """Return visible texts that are neither Dutch catalogue text, Qt's Dutch text nor data."""
    nl = _catalogue()
    dutch = set(nl.values())
    patterns = [p for p in map(_pattern, dutch) if p is not None]

    def is_dutch(text: str) -> bool:
        """Tell whether a text is Dutch: catalogue, Qt's own, data, number or filled template."""
        if text in nl and nl[text] != text:
            return False  # an English source text shown as is
        known = text in dutch or text in data or text in QT_BUTTONS
        return known or bool(NUMERIC.fullmatch(text)) or any(p.fullmatch(text) for p in patterns)

    texts = {text for text in _visible_texts(root) if isinstance(text, str) and text}
    return sorted(text for text in texts if not is_dutch(text))


def tab_chain(qtbot, start: QWidget, steps: int) -> list[str]:
    """Press Tab from start until steps other fields had the focus; return their names.

    Tab inside a date or time field first visits its sections (day, month, year), as in
    every Qt application; those presses keep the same name and are counted once.
    """
    start.setFocus()
    qtbot.waitUntil(start.hasFocus)
    names = [start.accessibleName()]
    for _ in range(steps * 4):
        if len(names) > steps:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        while widget is not None and not widget.accessibleName():
            widget = widget.parentWidget()  # the editor inside a date field or combo box
        name = widget.accessibleName() if widget else ""
        if name != names[-1]:
            names.append(name)
    return names[1:]

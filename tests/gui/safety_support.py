"""Shared steps for the safety GUI tests (no tests here): databases, modal answers, text walks."""

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from driehoek_app.core import agenda, bodies, meetings
from driehoek_app.core.db import open_database

PASSPHRASE = "paarse olifant danst op maandag"
SECRET_MINUTES = "Vertrouwelijk: de teamchef meldt een onderzoek naar pand Kruisweg 4711."


def haarlem_id(db) -> int:
    """Return the id of the basisteamdriehoek Haarlem."""
    return next(b.id for b in bodies.list_bodies(db) if b.code == "HLM")


def add_meeting(db, day: str = "2026-11-05", minutes: str = SECRET_MINUTES):
    """Plan a fictional meeting of Haarlem with one agenda item holding minutes."""
    meeting = meetings.create_meeting(
        db, haarlem_id(db), day, "09:00", "10:30", "Stadhuis", "vertrouwelijk", None
    )
    agenda.add_item(db, meeting.id, "Woonoverlast Schalkwijk", minutes=minutes)
    return meeting


def make_database(path: Path, passphrase: str | None = None, meetings_count: int = 1):
    """Create a database (encrypted when a passphrase is given) with fictional meetings."""
    db = open_database(path, passphrase=passphrase)
    for number in range(meetings_count):
        add_meeting(db, f"2026-11-{number + 1:02d}")
    return db


def spin(seconds: float) -> None:
    """Let Qt run for a while."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


class ModalDriver:
    """Answers the windows run_gui shows, in order, from a timer: a user at the keyboard."""

    def __init__(self, steps: list[tuple[type, Callable[[QWidget], None]]], limit: float = 30):
        """Start polling every 50 ms; each step waits for a visible window of its type."""
        self.steps = list(steps)
        self.done: list[str] = []
        self.deadline = time.monotonic() + limit
        self.timer = QTimer()
        self.timer.setInterval(50)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        """Run the next step when its window is there; give up (close all) after the limit."""
        if not self.steps:
            self.timer.stop()
            return
        if time.monotonic() > self.deadline:
            self.timer.stop()
            for widget in QApplication.topLevelWidgets():
                widget.close()
            return
        kind, act = self.steps[0]
        for widget in QApplication.topLevelWidgets():
            ready = getattr(widget, "is_ready", lambda: True)()  # a main window has its data
            if isinstance(widget, kind) and widget.isVisible() and widget.isEnabled() and ready:
                self.steps.pop(0)
                self.done.append(type(widget).__name__)
                act(widget)
                return


def shown_texts(widget: QWidget) -> list[str]:
    """Return every text a widget shows or tells a screen reader, its items included."""
    texts = [widget.windowTitle(), widget.toolTip(), widget.accessibleName()]
    if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
        texts.append(widget.text())
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        texts.append(widget.toPlainText())
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        root = QModelIndex()
        try:
            columns = model.columnCount(root)
        except TypeError:  # a list model hides columnCount
            columns = 1
        for row in range(min(model.rowCount(root), 500)):
            for column in range(columns):
                value = model.index(row, column, root).data()
                texts.append(value if isinstance(value, str) else "")
    return [text for text in texts if text]


def widgets_showing(text: str, *roots: QWidget) -> list[str]:
    """Return the widgets in roots and in every visible window that still show text."""
    windows = [w for w in QApplication.topLevelWidgets() if w.isVisible()] + list(roots)
    found = []
    for window in windows:
        for widget in [window, *window.findChildren(QWidget)]:
            if any(text in shown for shown in shown_texts(widget)):
                found.append(f"{type(widget).__name__} {widget.objectName()}")
    return found

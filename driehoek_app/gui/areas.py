"""The four areas of the main window, in navigation order, with their pages."""

from collections.abc import Callable
from dataclasses import dataclass

import sqlite_utils
from PySide6.QtWidgets import QWidget

from driehoek_app.gui.i18n import t
from driehoek_app.gui.meetings.page import MeetingsPage
from driehoek_app.gui.naslag.page import NaslagPage
from driehoek_app.gui.placeholder_page import PlaceholderPage

MEETINGS, DECISIONS, ONDERMIJNING, NASLAG = (
    "vergaderingen",
    "besluiten_acties",
    "ondermijningsbeelden",
    "naslag",
)


@dataclass(frozen=True)
class Area:
    """One area: a stable key (kept in the settings), its title and how to build its page."""

    key: str
    title: str
    build: Callable[[sqlite_utils.Database], QWidget]


def _placeholder(title: str, description: str) -> Callable[[sqlite_utils.Database], QWidget]:
    """Return a builder for the plain page of an area that is not built yet."""
    return lambda _db: PlaceholderPage(title, description)


def areas() -> list[Area]:
    """Return the areas in the order of the navigation list (Ctrl+1 to Ctrl+4)."""
    decisions = t(
        "Here you will find the besluitenlijst and the actielijst of every meeting: "
        "what was decided, who does what by when, and which actions are still open."
    )
    ondermijning = t(
        "Here you will keep the ondermijningsbeeld of the basisteam, made with the RIEC: "
        "signals, phenomena and the interventions agreed on."
    )
    return [
        Area(MEETINGS, t("Meetings"), MeetingsPage),
        Area(
            DECISIONS,
            t("Decisions and actions"),
            _placeholder(t("Decisions and actions"), decisions),
        ),
        Area(
            ONDERMIJNING,
            t("Ondermijningsbeelden"),
            _placeholder(t("Ondermijningsbeelden"), ondermijning),
        ),
        Area(NASLAG, t("Reference"), NaslagPage),
    ]

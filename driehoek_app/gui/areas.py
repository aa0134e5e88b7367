"""The areas of the main window, in navigation order, with their pages built on first use.

Start-up builds only the page shown first; the others (and their modules, with what those
import) are built when the user first goes there. A page reads its data when it is shown.
"""

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtWidgets import QStackedWidget, QWidget

from driehoek_app.gui.i18n import t

if TYPE_CHECKING:
    import sqlite_utils

MEETINGS, DECISIONS, ONDERMIJNING, MONITORING, NASLAG = (
    "vergaderingen",
    "besluiten_acties",
    "ondermijningsbeelden",
    "monitoring",
    "naslag",
)


class Area(NamedTuple):
    """One area: a stable key (kept in the settings), its title and how to build its page."""

    key: str
    title: str
    build: Callable[["sqlite_utils.Database"], QWidget]


def _meetings_page(db: "sqlite_utils.Database") -> QWidget:
    """Build the Vergaderingen page."""
    from driehoek_app.gui.meetings.page import MeetingsPage

    return MeetingsPage(db)


def _registers_page(db: "sqlite_utils.Database") -> QWidget:
    """Build the Besluiten en acties page."""
    from driehoek_app.gui.registers.page import RegistersPage

    return RegistersPage(db)


def _ondermijning_page(db: "sqlite_utils.Database") -> QWidget:
    """Build the Ondermijningsbeelden page."""
    from driehoek_app.gui.ondermijning.page import OndermijningPage

    return OndermijningPage(db)


def _monitoring_page(db: "sqlite_utils.Database") -> QWidget:
    """Build the Monitoring page."""
    from driehoek_app.gui.monitoring.page import MonitoringPage

    return MonitoringPage(db)


def _naslag_page(db: "sqlite_utils.Database") -> QWidget:
    """Build the Naslag page."""
    from driehoek_app.gui.naslag.page import NaslagPage

    return NaslagPage(db)


def areas() -> list[Area]:
    """Return the areas in the order of the navigation list (Ctrl+1 to Ctrl+5)."""
    return [
        Area(MEETINGS, t("Meetings"), _meetings_page),
        Area(DECISIONS, t("Decisions and actions"), _registers_page),
        Area(ONDERMIJNING, t("Ondermijningsbeelden"), _ondermijning_page),
        Area(MONITORING, t("Monitoring"), _monitoring_page),
        Area(NASLAG, t("Reference"), _naslag_page),
    ]


class AreaPages:
    """The pages by area key; a page is built, stacked and announced the first time it is asked."""

    def __init__(
        self,
        db: "sqlite_utils.Database",
        area_list: list[Area],
        stack: QStackedWidget,
        built: Callable[[str, QWidget], None],
    ) -> None:
        """Remember how to build each page, where it goes and whom to tell when it is built."""
        self._db = db
        self._areas = {area.key: area for area in area_list}
        self._stack = stack
        self._built = built
        self._pages: dict[str, QWidget] = {}

    def __getitem__(self, key: str) -> QWidget:
        """Return the page of an area, building it the first time (KeyError when unknown)."""
        page = self._pages.get(key)
        if page is None:
            page = self._areas[key].build(self._db)
            self._pages[key] = page
            self._stack.addWidget(page)
            self._built(key, page)
        return page

    def __contains__(self, key: object) -> bool:
        """Return True when the page of an area has been built."""
        return key in self._pages

    def __iter__(self) -> Iterator[str]:
        """Yield the keys of the pages built so far, in the order they were built."""
        return iter(list(self._pages))

"""With a filled beeld: every control in Ondermijningsbeelden and Monitoring is named and Dutch."""

import pytest
from gui_walk import every_screen, interactive_widgets, visible_texts
from PySide6.QtWidgets import QMenuBar, QWidget
from test_ondermijning_support import haarlem_beelden, haarlem_meeting
from test_translations import _data_texts, _is_dutch, _nl, _template_patterns

from driehoek_app.core.beeld_links import link
from driehoek_app.core.monitoring import set_realisation
from driehoek_app.gui.main_window import MainWindow
from driehoek_app.gui.settings import open_settings

MY_AREAS = ("ondermijningsbeelden", "monitoring")
SEPARATORS = (" · ", "; ")
LEADING = "●▲▼=✕↑→↓×0123456789 "


def _stored_texts(db) -> set[str]:
    """Return every text stored in the database (user text and catalogue data)."""
    return {
        value
        for table in db.table_names()
        for row in db[table].rows
        for value in row.values()
        if isinstance(value, str)
    }


class _Area:
    """An area page seen as a window by gui_walk.visible_texts: no title, no menus."""

    def __init__(self, page: QWidget) -> None:
        """Wrap the page."""
        self.page = page

    def windowTitle(self) -> str:
        """The page has no title of its own."""
        return ""

    def menuBar(self) -> QMenuBar:
        """The page has no menus."""
        return QMenuBar()

    def findChildren(self, kind: type) -> list:
        """Return the widgets of the page."""
        return self.page.findChildren(kind)


def _parts(text: str) -> list[str]:
    """Split a composed label into the parts it was joined from."""
    parts = [text]
    for separator in SEPARATORS:
        parts = [piece for part in parts for piece in part.split(separator)]
    return parts


@pytest.fixture
def filled(window):
    """The window on a Haarlem beeld with links, a meeting and a realisation."""
    db = window.db
    ids = haarlem_beelden(db)
    meeting = haarlem_meeting(db)
    link(db, "phenomenon", ids["hennep"], "item", meeting["item"])
    set_realisation(db, "om-verdachten-mensenhandel", 2026, 21, note="stand 1 oktober")
    window.ondermijning().select("Haarlem", 2026)
    window.monitoring().select(2026, "Haarlem")
    return window


def test_every_control_of_my_areas_has_a_dutch_name_and_takes_focus(filled):
    screens, nameless = [], []
    for screen in every_screen(filled):
        if not screen.startswith(MY_AREAS):
            continue
        screens.append(screen)
        for widget in interactive_widgets(filled):
            if not widget.accessibleName().strip():
                nameless.append((screen, type(widget).__name__))
    assert screens == [
        "ondermijningsbeelden/0", "ondermijningsbeelden/1", "ondermijningsbeelden/2",
        "ondermijningsbeelden/3", "monitoring/0", "monitoring/1",
    ]  # fmt: skip
    assert nameless == []


def test_every_visible_text_of_my_areas_is_dutch_with_data(filled):
    nl = _nl()
    data = _data_texts(filled.db) | _stored_texts(filled.db)
    patterns = _template_patterns(nl)
    untranslated = set()
    for screen in every_screen(filled):
        if not screen.startswith(MY_AREAS):
            continue
        page = filled.pages[screen.partition("/")[0]]
        for where, text in visible_texts(_Area(page)):
            if _is_dutch(text, nl, data, patterns):
                continue
            for part in _parts(text):
                bare = part.lstrip(LEADING)
                if bare and not (_is_dutch(part, nl, data, patterns)
                                 or _is_dutch(bare, nl, data, patterns)):  # fmt: skip
                    untranslated.add((screen, where, part))
    assert sorted(untranslated) == []


def test_basisteam_year_and_tabs_come_back_from_the_settings(qtbot, fresh_db, settings_path):
    first = MainWindow(fresh_db, open_settings(settings_path))
    qtbot.addWidget(first)
    first.ondermijning().select("Zaanstad", 2025)
    first.ondermijning().tabs.setCurrentIndex(2)
    first.monitoring().select(2024, "Haarlem")
    first.monitoring().tabs.setCurrentIndex(1)
    first.show_area("monitoring")
    first.close()
    second = MainWindow(fresh_db, open_settings(settings_path))
    qtbot.addWidget(second)
    page = second.ondermijning()
    assert (page.current_basisteam(), page.year.value(), page.tabs.currentIndex()) == (
        "Zaanstad", 2025, 2
    )  # fmt: skip
    monitoring = second.monitoring()
    assert (monitoring.basisteam(), monitoring.year.value()) == ("Haarlem", 2024)
    assert monitoring.tabs.currentIndex() == 1
    assert second.current_area() == "monitoring"

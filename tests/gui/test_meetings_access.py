"""The Vergaderingen area speaks Dutch and every control has a name, on every screen."""

from gui_walk import interactive_widgets, visible_texts
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QHeaderView, QMenuBar
from test_meetings_support import LAST_WEEK, haarlem, members, press, select_item
from test_translations import _data_texts, _is_dutch, _nl, _template_patterns

from driehoek_app.core import actions, agenda, bodies, decisions, meetings, people
from driehoek_app.core.agenda_templates import default_template
from driehoek_app.core.meetings import create_meeting


def _meeting_texts(db) -> set[str]:
    """Return what the user typed or chose: names of bodies, people, places, item texts."""
    texts = set()
    for body in bodies.list_bodies(db):
        texts.add(body.name)
    for meeting in meetings.list_meetings(db):
        texts.update({meeting.location, meeting.body_name, meeting.classification})
        for item in agenda.list_items(db, meeting.id):
            texts.update({item.title, item.presenter, item.minutes})
            texts.update(d.number for d in decisions.item_decisions(db, item.id))
            texts.update(a.text for a in actions.item_actions(db, item.id))
    for person in people.list_people(db):
        texts.update({person.name, person.organisation})
    return texts


def _screens(qtbot, window):
    """Yield a name for every screen of the area: the list, each tab of a meeting, the help."""
    page = window.meetings()
    window.show_area("vergaderingen")
    QApplication.processEvents()
    yield "list"
    screen = page.open_meeting(page.list.current_meeting_id())
    qtbot.waitUntil(screen.isVisible)
    for title in ("Actielijst", "Ondermijning"):
        select_item(qtbot, screen, title)
        for tab in range(screen.editor.tabs.count()):
            screen.editor.tabs.setCurrentIndex(tab)
            QApplication.processEvents()
            yield f"{title}/tab {tab}"
    screen.right.setCurrentWidget(screen.attendance)
    QApplication.processEvents()
    yield "attendance"
    press(qtbot, screen, "F1")
    qtbot.waitUntil(lambda: screen.help_window is not None and screen.help_window.isVisible())
    yield "help"
    screen.help_window.close()


def _filled(window):
    """Give Haarlem an approved meeting and a concept one with a decision and an action."""
    db = window.db
    members(db)
    template = default_template(db).id
    first = create_meeting(db, haarlem(db).id, LAST_WEEK, location="Stadhuis", template_id=template)
    item = agenda.list_items(db, first.id)[4]
    decisions.add_decision(db, item.id, "Sluiting pand.")
    actions.add_action(db, item.id, "Plan opstellen", "C. Bakker", "2027-01-15")
    window.meetings().list.reload()
    window.meetings().list.select_body(haarlem(db).id)


def test_every_control_of_the_area_is_named_and_reachable(qtbot, window):
    _filled(window)
    nameless, unreachable, screens = set(), set(), 0
    for screen in _screens(qtbot, window):
        screens += 1
        targets = [window]
        meeting_screen = window.meetings().screen
        if meeting_screen is not None and meeting_screen.help_window is not None:
            targets.append(meeting_screen.help_window)
        for target in targets:
            for widget in interactive_widgets(target):
                if not widget.accessibleName().strip():
                    nameless.add((screen, type(widget).__name__, widget.objectName()))
                if isinstance(widget, QHeaderView | QMenuBar):
                    continue
                if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                    unreachable.add((screen, type(widget).__name__, widget.accessibleName()))
    assert screens == 1 + 4 + 3 + 1 + 1  # list, actielijst item, theme item, attendance, help
    assert sorted(nameless) == []
    assert sorted(unreachable) == []


def test_every_visible_text_of_the_area_is_dutch(qtbot, window):
    _filled(window)
    nl = _nl()
    data = _data_texts(window.db) | _meeting_texts(window.db)
    patterns = _template_patterns(nl)
    untranslated = set()
    for screen in _screens(qtbot, window):
        for where, text in visible_texts(window):
            if text and not _is_dutch(text, nl, data, patterns):
                untranslated.add((screen, where, text))
    assert sorted(untranslated) == []


def test_the_meeting_screen_fits_a_laptop_screen_without_sideways_scrolling(qtbot, window):
    db = window.db
    chair = people.create_person(db, "Burgemeester Demo-Heerhugowaard", "burgemeester", "Gemeente")
    create_meeting(
        db,
        haarlem(db).id,
        LAST_WEEK,
        location="Politiebureau Demo-Heerhugowaard, zaal De Waag",
        chair_id=chair.id,
        template_id=default_template(db).id,
    )
    window.meetings().list.reload()
    window.meetings().list.select_body(haarlem(db).id)
    for name in _screens(qtbot, window):  # the window is 1280 wide, as many laptops
        if name in ("list", "help"):
            continue
        width = window.meetings().screen.minimumSizeHint().width()
        assert width <= window.stack.width(), f"{name}: the screen needs {width} px"

"""The search box as a user types in it: grouped results, highlights, jumping, odd input."""

import html

import pytest
from demo_data import copy_of, make_demo_file
from dialog_checks import capture_errors, choose
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from driehoek_app.core import agenda, bodies, decisions, meetings
from driehoek_app.core.search import search
from driehoek_app.gui import settings as config
from driehoek_app.gui.main_window import MainWindow
from driehoek_app.gui.search.results_model import HIT_ROLE, MORE_ROLE
from driehoek_app.gui.search.snippet import hit_html, hit_text
from driehoek_app.gui.search.toolbar import DEBOUNCE_MS
from driehoek_app.gui.settings import open_settings


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    """One year of fictional meetings, made once for this module."""
    return make_demo_file(tmp_path_factory.mktemp("demo"))


def open_window(qtbot, db, settings_path) -> MainWindow:
    """Show the main window on db, active, as a user finds it."""
    window = MainWindow(db, open_settings(settings_path))
    qtbot.addWidget(window)
    window.resize(1400, 850)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


@pytest.fixture
def window(qtbot, demo_file, tmp_path, settings_path):
    """The main window on a private copy of the demo database."""
    db = copy_of(demo_file, tmp_path)
    yield open_window(qtbot, db, settings_path)
    db.close()


def groups(window) -> list[str]:
    """Return the group rows of the results, as shown."""
    model = window.search.panel.model
    return [model.item(row).text() for row in range(model.rowCount())]


def hit_indexes(window, kind: str | None = None) -> list:
    """Return the indexes of the hit rows (of one kind)."""
    model = window.search.panel.model
    found = []
    for row in range(model.rowCount()):
        group = model.index(row, 0)
        for child in range(model.rowCount(group)):
            index = model.index(child, 0, group)
            hit = index.data(HIT_ROLE)
            if hit is not None and (kind is None or hit.kind == kind):
                found.append(index)
    return found


def test_typing_shows_results_grouped_by_kind_after_a_short_pause(qtbot, window):
    box, panel = window.search.box, window.search.panel
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is box
    qtbot.keyClicks(box, "henne")
    assert not panel.isVisible()  # nothing runs while typing goes on
    qtbot.waitUntil(panel.isVisible, timeout=10 * DEBOUNCE_MS)

    expected = search(window.db, "henne", limit=10)
    assert groups(window) == [f"{g.label} ({g.total})" for g in expected.groups]
    assert "Besluiten" in " ".join(groups(window))
    assert panel.summary.text() == f"{expected.total} treffers voor “henne”"
    shown = [index.data(HIT_ROLE) for index in hit_indexes(window)]
    assert shown[:3] == expected.hits[:3]
    first = shown[0]
    assert index_text(hit_indexes(window)[0]) == hit_text(first)
    matched = [text for text, is_match in first.parts() if is_match]
    assert matched and all(m.lower().startswith("henne") for m in matched)
    assert f">{html.escape(matched[0])}</b>" in hit_html(first)  # prefix match, highlighted


def index_text(index) -> str:
    """Return the plain text of a result row (what a screen reader reads)."""
    return index.data(Qt.ItemDataRole.DisplayRole)


def test_down_then_enter_opens_the_meeting_at_the_decision(qtbot, window):
    box, panel = window.search.box, window.search.panel
    box.setFocus()
    qtbot.keyClicks(box, "hennepconvenant")
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is panel.tree
    decision = hit_indexes(window, "besluit")[0]
    panel.tree.setCurrentIndex(decision)
    qtbot.keyClick(panel.tree, Qt.Key.Key_Return)

    hit = decision.data(HIT_ROLE)
    assert window.current_area() == "vergaderingen"
    screen = window.meetings().screen
    assert (screen.meeting_id, screen.agenda.current_item_id()) == (hit.meeting_id, hit.item_id)
    assert screen.editor.decisions.rows  # the decisions tab of that item is in front


def test_enter_in_the_box_opens_the_first_hit_and_escape_closes(qtbot, window):
    box, panel = window.search.box, window.search.panel
    box.setFocus()
    qtbot.keyClicks(box, "cocaine")  # accent-insensitive: finds cocaïne
    qtbot.keyClick(box, Qt.Key.Key_Return)
    first = panel.hits()[0]
    assert window.meetings().screen.meeting_id == first.meeting_id
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is box and box.selectedText() == "cocaine"
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert box.text() == "" and not panel.isVisible()


ODD_INPUT = ['"', '"hennep', "hennep-", "-hennep", "AND", "OR", "hennep OR", "NOT hennep", "*",
             "h*", "(", ")", "(hennep", "NEAR(a b)", "a:b", "^", "''", "", "   ", "🙂 hennep",
             "\x00", "\\", "x" * 5000]  # fmt: skip


def test_any_input_is_safe(qtbot, window):
    box, panel = window.search.box, window.search.panel
    for text in ODD_INPUT:
        box.setText(text)
        box.search_now()
        assert panel.isVisible() == bool(text.strip()), repr(text)
        if text.strip():
            assert panel.summary.text(), repr(text)
    box.setText("hennep OR")  # an operator is a word like any other
    box.search_now()
    assert panel.summary.text().startswith("Niets gevonden") or panel.hits()


def test_user_text_is_shown_as_text_never_as_markup(qtbot, fresh_db, settings_path):
    body = bodies.body_for_basisteam(fresh_db, "Haarlem")
    meeting = meetings.create_meeting(fresh_db, body.id, "2026-03-05", invite_members=False)
    item = agenda.add_item(fresh_db, meeting.id, "Hennep <i>kwekerijen</i>")
    stored = 'De driehoek besluit: <b>hennep</b> & <script>alert("x")</script> aanpakken.'
    decisions.update_decision(fresh_db, decisions.add_decision(fresh_db, item.id).id, stored)
    window = open_window(qtbot, fresh_db, settings_path)
    window.search.box.setText("hennep")
    window.search.box.search_now()
    hit = hit_indexes(window, "besluit")[0].data(HIT_ROLE)
    rich = hit_html(hit)
    assert "<script>" not in rich and "<i>" not in rich
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in rich
    assert "&lt;b&gt;" in rich and "&amp;" in rich
    assert "".join(text for text, _ in hit.parts()) in stored  # the text itself is unchanged
    title_hit = hit_indexes(window, "agendapunt")[0].data(HIT_ROLE)
    assert "&lt;i&gt;" in hit_html(title_hit)


def test_relevance_order_show_more_and_the_order_is_remembered(qtbot, window, settings_path):
    panel = window.search.panel
    window.search.box.setText("de")
    window.search.box.search_now()
    panel.order.setCurrentIndex(panel.order.findData("relevance"))
    expected = search(window.db, "de", limit=10, order="relevance")
    assert [i.data(HIT_ROLE) for i in hit_indexes(window)][:5] == expected.hits[:5]

    model = panel.model
    group = model.index(0, 0)
    more = model.index(model.rowCount(group) - 1, 0, group)
    assert more.data(MORE_ROLE) and more.data().startswith("Meer tonen (")
    panel.tree.setCurrentIndex(more)
    panel.tree.setFocus()
    qtbot.keyClick(panel.tree, Qt.Key.Key_Return)
    assert model.hit_count(model.item(0)) == min(60, expected.groups[0].total)

    window.close()
    assert config.SEARCH_ORDER.read(open_settings(settings_path)) == "relevance"


def test_a_hit_removed_since_the_search_says_so_and_refreshes(qtbot, fresh_db, settings_path,
                                                              monkeypatch):  # fmt: skip
    body = bodies.body_for_basisteam(fresh_db, "Haarlem")
    meeting = meetings.create_meeting(fresh_db, body.id, "2026-03-05", invite_members=False)
    agenda.add_item(fresh_db, meeting.id, "Hennepconvenant")
    window = open_window(qtbot, fresh_db, settings_path)
    window.search.box.setText("hennep")
    window.search.box.search_now()
    index = hit_indexes(window)[0]
    meetings.delete_meeting(fresh_db, meeting.id)
    errors = capture_errors(monkeypatch)
    window.search.panel.activate(index)
    assert errors and errors[0].startswith("Agendapunt ")
    assert window.current_area() != "vergaderingen"
    assert window.search.panel.summary.text() == "Niets gevonden voor “hennep”"


def test_searching_the_meetings_of_one_body(qtbot, window):
    panel = window.search.panel
    window.search.box.setText("hennepconvenant")
    window.search.box.search_now()
    everywhere = panel.hits()
    first = everywhere[0]
    choose(qtbot, panel.bodies, f"{first.body_name} ({first.body_code})")
    expected = search(window.db, "hennepconvenant", body_ids=(first.body_id,))
    assert panel.hits() == list(expected.hits) and len(panel.hits()) < len(everywhere)
    assert {hit.basisteam for hit in panel.hits()} == {first.basisteam}


def test_a_very_long_search_text_does_not_widen_the_results(qtbot, window):
    box = window.search.box
    box.setFocus()
    box.setText("x" * 5000)
    box.search_now()
    panel = window.search.panel
    assert panel.isVisible()
    assert panel.summary.text() == "Niets gevonden voor “" + "x" * 39 + "…”"
    assert panel.width() <= panel.maximumWidth()
    assert window.stack.width() > window.width() // 3  # the area keeps its room


def test_a_found_file_name_shows_its_hidden_direction_controls(fresh_db):
    from dialog_checks import haarlem

    from driehoek_app.core import agenda, attachments
    from driehoek_app.core.search import search
    from driehoek_app.gui.search.snippet import hit_text

    item = agenda.list_items(fresh_db, haarlem(fresh_db).first_meeting_id)[0]
    attachments.add_attachment(fresh_db, item.id, "factuur\u202efdp.exe", b"%PDF-1.4\n")
    hits = [hit for group in search(fresh_db, "factuur").groups for hit in group.hits]
    assert [hit.kind for hit in hits] == ["bijlage"]
    assert "factuur[U+202E]fdp.exe" in hit_text(hits[0])


def test_down_with_nothing_found_keeps_the_cursor_in_the_box(qtbot, window):
    box = window.search.box
    box.setFocus()
    qtbot.keyClicks(box, "zzzgeenwoord")
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert window.search.panel.summary.text() == "Niets gevonden voor “zzzgeenwoord”"
    assert QApplication.focusWidget() is box  # typing on goes on in the box

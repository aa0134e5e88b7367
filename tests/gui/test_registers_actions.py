"""The actieregister as a user works it: quick filters, overdue rows, change from the list."""

import datetime as dt

import pandas as pd
import pytest
from demo_data import TODAY, copy_of, make_demo_file
from dialog_checks import capture_errors, choose, english_texts, nameless_widgets, type_text
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QFont

from driehoek_app.core import actions, agenda, approval, bodies, meetings
from driehoek_app.core.action_register import (
    ActionFilter,
    count_actions,
    edit_meeting_id,
    owner_names,
)
from driehoek_app.gui import dialogs
from driehoek_app.gui.registers import modal
from driehoek_app.gui.registers.action_model import STATUS, ActionTableModel
from driehoek_app.gui.registers.actions_tab import COMPLETED, OPEN, OVERDUE, THIS_WEEK
from driehoek_app.gui.registers.page import RegistersPage


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    """One year of fictional meetings, made once for this module."""
    return make_demo_file(tmp_path_factory.mktemp("demo"))


@pytest.fixture
def demo_db(demo_file, tmp_path):
    """A private copy of the demo database."""
    db = copy_of(demo_file, tmp_path)
    yield db
    db.close()


def shown(qtbot, db) -> RegistersPage:
    """Show the Besluiten en acties area on db with the actieregister in front."""
    page = RegistersPage(db, today=TODAY)
    qtbot.addWidget(page)
    page.resize(1300, 700)
    page.show_actions()
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.fixture
def page(qtbot, demo_db) -> RegistersPage:
    """The Besluiten en acties area on the demo data (kept alive for the test)."""
    return shown(qtbot, demo_db)


@pytest.fixture
def register(page):
    """The actieregister on the demo data."""
    return page.actions


def answering(qtbot, fill):
    """Return a modal.run replacement that shows the real dialog, lets fill() act, accepts."""

    def run(dialog) -> bool:
        """Show the dialog as the user sees it and fill it in."""
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert nameless_widgets(dialog) == []
        assert english_texts(dialog, {dialog.action_row.text, dialog.action_row.owner}) == []
        accepted = fill(dialog)
        dialog.close()
        return accepted

    return run


def rows(register) -> list:
    """Return every action the register shows."""
    return [register.model.action(row) for row in range(register.model.rowCount())]


def test_overdue_actions_are_listed_bold_on_a_red_tint(qtbot, register, demo_db):
    qtbot.mouseClick(register.quick_buttons[OVERDUE], Qt.MouseButton.LeftButton)
    expected = count_actions(demo_db, ActionFilter(overdue=True), today=TODAY)
    assert register.model.rowCount() == expected > 0
    assert register.count.text() in {"1 actie", f"{expected} acties"}
    model = register.model
    for row, action in enumerate(rows(register)):
        assert action.overdue and action.due_date < TODAY.isoformat()
        font = model.index(row, 0).data(Qt.ItemDataRole.FontRole)
        assert isinstance(font, QFont) and font.bold()
        tint = model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole).color()
        assert tint.red() > tint.green() and 0 < tint.alpha() < 255  # a red tint, text stays
        assert model.index(row, STATUS).data() == "open, verlopen"

    qtbot.mouseClick(register.quick_buttons[COMPLETED], Qt.MouseButton.LeftButton)
    index = model.index(0, 0)
    assert index.data(Qt.ItemDataRole.FontRole) is None
    assert index.data(Qt.ItemDataRole.BackgroundRole) is None
    qtbot.mouseClick(register.quick_buttons[THIS_WEEK], Qt.MouseButton.LeftButton)
    flt = ActionFilter(due_this_week=True)
    assert model.rowCount() == count_actions(demo_db, flt, today=TODAY)


def test_what_is_still_open_for_the_teamchef_of_zaanstad(qtbot, register, demo_db):
    zaanstad = bodies.body_by_code(demo_db, "ZST")
    choose(qtbot, register.bodies, "Basisteamdriehoek Zaanstad (ZST)")
    qtbot.mouseClick(register.quick_buttons[OPEN], Qt.MouseButton.LeftButton)
    assert register.owner_completer.model().stringList() == owner_names(demo_db)
    type_text(qtbot, register.owner, "teamchef")
    flt = ActionFilter(body_ids=(zaanstad.id,), status="open", owner="teamchef")
    qtbot.waitUntil(lambda: register.model.filter == flt)
    found = rows(register)
    assert len(found) == count_actions(demo_db, flt, today=TODAY) > 0
    assert all(a.is_open and "teamchef" in a.owner.lower() for a in found)
    assert {a.basisteam for a in found} == {"Zaanstad"}


def test_closing_an_action_from_the_list_is_recorded_in_its_history(
    qtbot, register, demo_db, monkeypatch
):
    qtbot.mouseClick(register.quick_buttons[OPEN], Qt.MouseButton.LeftButton)
    register.table.select_row(0)
    action = register.current_action()
    recorded_in = meetings.get_meeting(demo_db, edit_meeting_id(demo_db, action.id, TODAY))

    def fill(dialog) -> bool:
        """Choose 'vervallen', type a remark, press the accept button."""
        assert recorded_in.title in dialog.where.text()
        qtbot.mouseClick(dialog.lapsed, Qt.MouseButton.LeftButton)
        type_text(qtbot, dialog.remark, "Ingehaald door de regionale aanpak (fictief).")
        return True

    monkeypatch.setattr(modal, "run", answering(qtbot, fill))
    _command, button = register.commands["close"]
    assert button.text() == "&Afronden…" and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    closed = actions.get_action(demo_db, action.id)
    assert closed.status == "vervallen"
    assert closed.remark == "Ingehaald door de regionale aanpak (fictief)."
    history = [c for c in actions.action_history(demo_db, action.id) if c.field == "status"]
    assert (history[-1].old_value, history[-1].new_value) == ("open", "vervallen")
    assert history[-1].meeting_id == recorded_in.id
    register.model.action(0)
    assert register.model.row_of_id(action.id) == -1  # no longer under "Open"
    assert register.message.text() == (
        f"Actie vervallen; vastgelegd in de vergadering van {recorded_in.title}."
    )


def test_the_row_menu_re_dates_and_re_assigns_by_keyboard(qtbot, register, demo_db, monkeypatch):
    qtbot.mouseClick(register.quick_buttons[OPEN], Qt.MouseButton.LeftButton)
    register.table.select_row(1)
    action = register.current_action()
    table = register.table
    table.setFocus()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(0, 0), QPoint(0, 0))
    table.contextMenuEvent(event)
    menu = register._menu
    texts = [a.text() for a in menu.actions()]
    assert texts == [
        "&Afronden…",
        "Nieuwe &streefdatum…",
        "Andere a&ctiehouder…",
        "He&ropenen",
        "Vergadering o&penen",
    ]
    assert not menu.actions()[3].isEnabled()  # an open action cannot be reopened
    menu.close()

    new_date = dt.date(2026, 9, 30)

    def new_due(dialog) -> bool:
        """Pick a new due date."""
        dialog.date.setDate(QDate(new_date.year, new_date.month, new_date.day))
        return True

    monkeypatch.setattr(modal, "run", answering(qtbot, new_due))
    menu.actions()[1].trigger()
    assert actions.get_action(demo_db, action.id).due_date == new_date.isoformat()

    register.table.select_row(register.model.row_of_id(action.id))

    def new_owner(dialog) -> bool:
        """Type another owner."""
        type_text(qtbot, dialog.owner, "Wijkagent (fictief)")
        return True

    monkeypatch.setattr(modal, "run", answering(qtbot, new_owner))
    register.commands["reassign"][0].trigger()
    changed = actions.get_action(demo_db, action.id)
    assert changed.owner == "Wijkagent (fictief)"
    fields = [c.field for c in actions.action_history(demo_db, action.id)]
    assert fields[-2:] == ["due_date", "owner"]


def test_a_change_that_cannot_be_recorded_says_so_in_dutch(qtbot, fresh_db, monkeypatch):
    body = bodies.body_for_basisteam(fresh_db, "Haarlem")
    meeting = meetings.create_meeting(fresh_db, body.id, "2026-03-05", invite_members=False)
    item = agenda.add_item(fresh_db, meeting.id, "Hennepconvenant")
    actions.add_action(fresh_db, item.id, "Evaluatie opstellen", "Teamchef", "2026-04-01")
    approval.approve_meeting(fresh_db, meeting.id, "2026-03-20")
    errors = capture_errors(monkeypatch)
    monkeypatch.setattr(modal, "run", lambda dialog: pytest.fail("no dialog expected"))
    page = shown(qtbot, fresh_db)
    register = page.actions
    register.table.select_row(0)
    register.commands["close"][0].trigger()
    assert len(errors) == 1
    assert "geen latere vergadering in concept" in errors[0]
    assert actions.get_action(fresh_db, register.current_action().id).status == "open"


def test_export_of_open_actions_as_xlsx(qtbot, register, demo_db, tmp_path, monkeypatch):
    qtbot.mouseClick(register.quick_buttons[OPEN], Qt.MouseButton.LeftButton)
    target = tmp_path / "open acties.xlsx"
    monkeypatch.setattr(dialogs, "ask_save_file", lambda parent, title, suggested: target)
    register.export_button.menu().actions()[1].trigger()
    frame = pd.read_excel(target, sheet_name="Acties")
    assert len(frame) == register.model.rowCount()
    assert {"actie", "eigenaar", "deadline", "status", "datum_vergadering", "basisteam"} <= set(
        frame
    )
    assert set(frame["status"]) == {"open"}


def test_the_action_model_passes_the_model_tester(qtmodeltester, demo_db):
    model = ActionTableModel(demo_db, today=TODAY)
    model.set_filter(ActionFilter(body_ids=(bodies.body_by_code(demo_db, "HLM").id,)))
    qtmodeltester.check(model, force_py=True)
    model.set_filter(ActionFilter(overdue=True))
    qtmodeltester.check(model, force_py=True)


def test_choosing_a_body_keeps_the_chosen_action_when_it_is_still_listed(qtbot, register, demo_db):
    zaanstad = bodies.body_by_code(demo_db, "ZST")
    listed = rows(register)
    chosen = next(a for a in listed[5:] if a.basisteam == "Zaanstad")
    register.table.select_row(register.model.row_of_id(chosen.id))
    boxes = register.bodies  # picked from the drop-down list with the mouse: one change
    boxes.setCurrentIndex(boxes.findText("Basisteamdriehoek Zaanstad (ZST)"))
    assert register.model.filter.body_ids == (zaanstad.id,)
    assert register.current_action().id == chosen.id  # not the row at the box's index

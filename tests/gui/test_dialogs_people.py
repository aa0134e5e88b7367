"""Managing bodies (gemeenten, members with roles) and people, as a secretary would."""

from dialog_checks import (
    body_texts,
    capture_errors,
    choose,
    click,
    english_texts,
    haarlem,
    nameless_widgets,
    show,
    type_text,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from driehoek_app.core import bodies, people
from driehoek_app.gui import dialogs
from driehoek_app.gui.meetings.dialogs import body_dialog, person_dialog
from driehoek_app.gui.meetings.dialogs.body_dialog import NewBodyDialog
from driehoek_app.gui.meetings.dialogs.common import ok_button
from driehoek_app.gui.meetings.dialogs.people import BodiesAndPeopleDialog
from driehoek_app.gui.meetings.dialogs.person_dialog import PersonDialog, PersonPickerDialog

NAMES = {"A. de Vries", "E. Visser", "mr. B. Jansen", "C. Bakker", "D. Smit"}
ORGANISATIONS = {"Gemeente Haarlem", "Gemeente Zandvoort", "Openbaar Ministerie",
                 "Politie Noord-Holland"}  # fmt: skip


def test_the_ten_basisteamdriehoeken_are_listed_and_haarlem_shows_its_members(qtbot, fresh_db):
    data = haarlem(fresh_db)
    dialog = show(qtbot, BodiesAndPeopleDialog(fresh_db))
    tab = dialog.bodies
    assert tab.list.count() == 10
    tab.select_body(data.body_id)
    assert tab.name.text() == "Basisteamdriehoek Haarlem"
    assert tab.code.text() == "HLM"
    assert tab.gemeenten.text() == "Haarlem, Zandvoort"
    assert tab.basisteam.text() == "Haarlem"
    assert not tab.kind.isEnabled() and not tab.remove_body.isEnabled()
    rows = [(m.person.name, m.role) for m in tab.members.rows_model().rows]
    assert rows[0] == ("A. de Vries", "burgemeester")
    assert nameless_widgets(dialog) == []
    texts = english_texts(dialog, NAMES | ORGANISATIONS | body_texts(fresh_db) | {"HLM", "Haarlem"})
    assert texts == []


def test_gemeenten_are_typed_and_saved_when_leaving_the_field(qtbot, fresh_db):
    data = haarlem(fresh_db)
    dialog = show(qtbot, BodiesAndPeopleDialog(fresh_db))
    tab = dialog.bodies
    tab.select_body(data.body_id)
    type_text(qtbot, tab.gemeenten, "Haarlem, Zandvoort, Bloemendaal")
    qtbot.keyClick(tab.gemeenten, Qt.Key.Key_Return)
    assert bodies.get_body(fresh_db, data.body_id).gemeenten == (
        "Haarlem", "Zandvoort", "Bloemendaal"
    )  # fmt: skip


def test_a_used_code_is_refused_and_the_stored_code_comes_back(qtbot, fresh_db, monkeypatch):
    data = haarlem(fresh_db)
    errors = capture_errors(monkeypatch)
    dialog = show(qtbot, BodiesAndPeopleDialog(fresh_db))
    tab = dialog.bodies
    tab.select_body(data.body_id)
    type_text(qtbot, tab.code, "alk")
    assert tab.code.text() == "ALK"  # shown in capitals as typed
    qtbot.keyClick(tab.code, Qt.Key.Key_Return)
    assert errors == ["Code: ALK is al in gebruik door Basisteamdriehoek Alkmaar."]
    assert tab.code.text() == "HLM"
    assert bodies.get_body(fresh_db, data.body_id).code == "HLM"


def test_empty_body_name_is_refused(qtbot, fresh_db, monkeypatch):
    data = haarlem(fresh_db)
    errors = capture_errors(monkeypatch)
    dialog = show(qtbot, BodiesAndPeopleDialog(fresh_db))
    dialog.bodies.select_body(data.body_id)
    type_text(qtbot, dialog.bodies.name, " ")
    qtbot.keyClick(dialog.bodies.name, Qt.Key.Key_Return)
    assert errors == ["Naam van het overleg: mag niet leeg zijn."]
    assert bodies.get_body(fresh_db, data.body_id).name == "Basisteamdriehoek Haarlem"


def test_a_district_meeting_is_added_with_its_gemeenten(qtbot, fresh_db, monkeypatch):
    dialog = show(qtbot, NewBodyDialog(fresh_db))
    assert QApplication.focusWidget() is dialog.name
    type_text(qtbot, dialog.name, "Districtsoverleg Kennemerland")
    type_text(qtbot, dialog.code, "dkl")
    choose(qtbot, dialog.kind, "districtsoverleg")
    type_text(qtbot, dialog.gemeenten, "Haarlem, Velsen , Heemstede")
    qtbot.keyClick(dialog.gemeenten, Qt.Key.Key_Return)
    body = bodies.get_body(fresh_db, dialog.body_id)
    assert (body.name, body.code, body.kind) == ("Districtsoverleg Kennemerland", "DKL",
                                                 "districtsoverleg")  # fmt: skip
    assert body.gemeenten == ("Haarlem", "Velsen", "Heemstede")
    assert nameless_widgets(dialog) == []


def test_a_new_body_needs_a_name_and_a_code(qtbot, fresh_db, monkeypatch):
    errors = capture_errors(monkeypatch)
    count = len(bodies.list_bodies(fresh_db))
    dialog = show(qtbot, NewBodyDialog(fresh_db))
    click(qtbot, ok_button(dialog.buttons))
    type_text(qtbot, dialog.name, "RBOP Noord-Holland")
    click(qtbot, ok_button(dialog.buttons))
    assert errors == ["Vul de naam van het overleg in.",
                      "Vul een korte code voor het overleg in, bijvoorbeeld DKL."]  # fmt: skip
    assert len(bodies.list_bodies(fresh_db)) == count


def test_adding_and_removing_a_body_from_the_manager(qtbot, fresh_db, monkeypatch):
    dialog = show(qtbot, BodiesAndPeopleDialog(fresh_db))
    rbop = bodies.create_body(fresh_db, "RBOP Noord-Holland", "RBOP", "rbop")
    monkeypatch.setattr(body_dialog, "ask_new_body", lambda parent, db: rbop.id)
    click(qtbot, dialog.bodies.add_body)
    assert dialog.bodies.name.text() == "RBOP Noord-Holland"
    assert dialog.bodies.remove_body.isEnabled()
    monkeypatch.setattr(dialogs, "confirm", lambda *args: True)
    click(qtbot, dialog.bodies.remove_body)
    assert "RBOP Noord-Holland" not in [b.name for b in bodies.list_bodies(fresh_db)]
    assert dialog.bodies.list.count() == 10


def test_members_are_added_from_the_people_list_and_get_a_role(qtbot, fresh_db, monkeypatch):
    data = haarlem(fresh_db)
    guest = people.create_person(fresh_db, "F. de Boer", "gast", "RIEC Noord-Holland")
    dialog = show(qtbot, BodiesAndPeopleDialog(fresh_db))
    tab = dialog.bodies
    tab.select_body(data.body_id)
    offered = []

    def pick(parent, db, title, exclude, new_role):
        """Stand in for the picker: remember what is offered, choose F. de Boer."""
        offered.append((title, set(exclude)))
        return guest.id

    monkeypatch.setattr(person_dialog, "pick_person", pick)
    click(qtbot, tab.add_member)
    assert offered == [("Lid toevoegen aan Basisteamdriehoek Haarlem",
                        {data.mayor_id, data.other_mayor_id, data.prosecutor_id, data.chief_id,
                         data.secretary_id})]  # fmt: skip
    assert tab.members.current_row().person.name == "F. de Boer"
    choose(qtbot, tab.member_role, "teamchef")  # the arrow keys choose and save
    members = {m.person.name: m.role for m in bodies.list_members(fresh_db, data.body_id)}
    assert members["F. de Boer"] == "teamchef"
    click(qtbot, tab.remove_member)
    members = {m.person.name for m in bodies.list_members(fresh_db, data.body_id)}
    assert "F. de Boer" not in members
    assert people.get_person(fresh_db, guest.id).name == "F. de Boer"  # still in the list


def test_people_are_searched_added_edited_and_removed(qtbot, fresh_db, monkeypatch):
    haarlem(fresh_db)
    dialog = show(qtbot, BodiesAndPeopleDialog(fresh_db))
    dialog.tabs.setCurrentIndex(1)
    tab = dialog.people
    type_text(qtbot, tab.search, "zandvoort")
    assert [p.name for p in tab.table.rows_model().rows] == ["E. Visser"]
    assert english_texts(dialog, NAMES | ORGANISATIONS) == []
    assert nameless_widgets(dialog) == []
    newcomer = people.create_person(fresh_db, "G. Mulder", "gast", "RIEC")
    monkeypatch.setattr(person_dialog, "edit_person", lambda *args, **kwargs: newcomer.id)
    click(qtbot, tab.add)
    assert tab.search.text() == ""
    assert tab.table.current_row().name == "G. Mulder"
    monkeypatch.setattr(dialogs, "confirm", lambda *args: True)
    click(qtbot, tab.remove)
    assert "G. Mulder" not in [p.name for p in people.list_people(fresh_db)]


def test_a_member_cannot_be_removed_from_the_people_list(qtbot, fresh_db, monkeypatch):
    haarlem(fresh_db)
    errors = capture_errors(monkeypatch)
    monkeypatch.setattr(dialogs, "confirm", lambda *args: True)
    dialog = show(qtbot, BodiesAndPeopleDialog(fresh_db))
    dialog.tabs.setCurrentIndex(1)
    assert dialog.people.table.current_row().name == "A. de Vries"
    click(qtbot, dialog.people.remove)
    assert errors and errors[0].startswith("A. de Vries kan niet worden verwijderd")
    assert "A. de Vries" in [p.name for p in people.list_people(fresh_db)]


def test_person_dialog_enters_exactly_four_fields(qtbot, fresh_db):
    dialog = show(qtbot, PersonDialog(fresh_db))
    assert QApplication.focusWidget() is dialog.name
    type_text(qtbot, dialog.name, "H. Kok")
    choose(qtbot, dialog.role, "officier van justitie")
    type_text(qtbot, dialog.organisation, "Openbaar Ministerie")
    type_text(qtbot, dialog.email, "h.kok@example.org")
    qtbot.keyClick(dialog.email, Qt.Key.Key_Return)
    person = people.get_person(fresh_db, dialog.person_id)
    assert (person.name, person.role, person.organisation, person.email) == (
        "H. Kok", "officier van justitie", "Openbaar Ministerie", "h.kok@example.org"
    )  # fmt: skip
    assert english_texts(dialog) == []


def test_person_without_name_or_with_bad_email_is_not_saved(qtbot, fresh_db, monkeypatch):
    errors = capture_errors(monkeypatch)
    dialog = show(qtbot, PersonDialog(fresh_db))
    click(qtbot, ok_button(dialog.buttons))
    type_text(qtbot, dialog.name, "H. Kok")
    type_text(qtbot, dialog.email, "geen-adres")
    click(qtbot, ok_button(dialog.buttons))
    assert errors == ["Vul de naam van de persoon in.",
                      "E-mailadres: 'geen-adres' is geen geldig e-mailadres."]  # fmt: skip
    assert people.list_people(fresh_db) == []
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_picker_filters_as_you_type_and_enter_chooses(qtbot, fresh_db):
    data = haarlem(fresh_db)
    dialog = show(qtbot, PersonPickerDialog(fresh_db, "Gast toevoegen", exclude={data.mayor_id}))
    assert "A. de Vries" not in [p.name for p in dialog.table.rows_model().rows]
    assert QApplication.focusWidget() is dialog.search
    qtbot.keyClicks(dialog.search, "jans")
    assert [p.name for p in dialog.table.rows_model().rows] == ["mr. B. Jansen"]
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.person_id == data.prosecutor_id
    assert nameless_widgets(dialog) == []


def test_picker_enters_a_new_person_with_the_search_text_as_name(qtbot, fresh_db, monkeypatch):
    haarlem(fresh_db)
    dialog = show(qtbot, PersonPickerDialog(fresh_db, "Gast toevoegen"))
    qtbot.keyClicks(dialog.search, "I. Dekker")
    assert not ok_button(dialog.buttons).isEnabled()
    seen = []

    def enter(parent, db, person_id, role, name):
        """Stand in for the person dialog: store the person it would store."""
        seen.append((role, name))
        return people.create_person(db, name, role, "RIEC Noord-Holland").id

    monkeypatch.setattr(person_dialog, "edit_person", enter)
    click(qtbot, dialog.new_person)
    assert seen == [("gast", "I. Dekker")]
    assert people.get_person(fresh_db, dialog.person_id).name == "I. Dekker"

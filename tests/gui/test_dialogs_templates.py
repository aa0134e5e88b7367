"""Managing agenda templates: create, rename, delete, and edit and reorder their items."""

from dialog_checks import (
    capture_errors,
    click,
    english_texts,
    nameless_widgets,
    show,
    type_chars,
    type_text,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from driehoek_app.core import agenda_templates
from driehoek_app.gui import dialogs
from driehoek_app.gui.meetings.dialogs.templates import TemplatesDialog

STANDARD = "Standaard driehoekagenda"


def _template(db, name: str):
    """Return the stored template with this name."""
    return next(tpl for tpl in agenda_templates.list_templates(db) if tpl.name == name)


def _data(db) -> set[str]:
    """Return the template names, item titles and theme titles that may be shown."""
    texts = {tpl.name for tpl in agenda_templates.list_templates(db)}
    for tpl in agenda_templates.list_templates(db):
        texts |= {item.title for item in tpl.items}
    return texts | {"Contraterrorisme, polarisering en radicalisering"}


def test_the_standard_template_is_shown_with_its_items(qtbot, fresh_db):
    dialog = show(qtbot, TemplatesDialog(fresh_db))
    assert dialog.list.currentItem().text() == STANDARD
    editor = dialog.items
    titles = [item.title for item in editor.table.rows_model().rows]
    assert titles[:4] == ["Opening", "Verslag vorige vergadering", "Actielijst", "Mededelingen"]
    assert titles[-2:] == ["Rondvraag", "Sluiting"]
    assert editor.total.text() == "Totaal: 90 minuten"
    assert editor.title.text() == "Opening"
    assert QApplication.focusWidget() is dialog.list
    assert nameless_widgets(dialog) == []
    assert english_texts(dialog, _data(fresh_db)) == []


def test_a_new_template_gets_items_typed_in_and_reordered(qtbot, fresh_db, monkeypatch):
    monkeypatch.setattr(dialogs, "ask_text", lambda *args: "Extra driehoek ondermijning")
    dialog = show(qtbot, TemplatesDialog(fresh_db))
    click(qtbot, dialog.new)
    assert dialog.list.currentItem().text() == "Extra driehoek ondermijning"
    editor = dialog.items
    assert editor.table.rows_model().rows == []
    click(qtbot, editor.add)
    assert QApplication.focusWidget() is editor.title
    type_chars(qtbot, editor.title, "Casuïstiek")
    qtbot.keyClick(editor.title, Qt.Key.Key_Return)
    editor.minutes.setFocus()
    editor.minutes.selectAll()
    qtbot.keyClicks(editor.minutes, "20")
    qtbot.keyClick(editor.minutes, Qt.Key.Key_Return)
    editor.themes.setFocus()
    editor.themes.setCurrentRow(0)
    qtbot.keyClick(editor.themes, Qt.Key.Key_Space)
    editor.description.setFocus()
    qtbot.keyClicks(editor.description, "Alleen met de leden.")
    qtbot.waitUntil(lambda: _template(fresh_db, "Extra driehoek ondermijning").items[0].description
                    == "Alleen met de leden.", timeout=2000)  # fmt: skip
    click(qtbot, editor.add)
    qtbot.keyClicks(editor.title, "Ondermijningsbeeld")
    qtbot.keyClick(editor.title, Qt.Key.Key_Tab)
    items = _template(fresh_db, "Extra driehoek ondermijning").items
    expected = [("Casuïstiek", 20), ("Ondermijningsbeeld", None)]
    assert [(i.title, i.planned_minutes) for i in items] == expected
    assert items[0].description == "Alleen met de leden."
    assert items[0].themes == ("ondermijning",)
    editor.table.setFocus()
    qtbot.keyClick(editor.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    items = _template(fresh_db, "Extra driehoek ondermijning").items
    assert [i.title for i in items] == ["Ondermijningsbeeld", "Casuïstiek"]
    assert editor.table.current_row().title == "Ondermijningsbeeld"
    click(qtbot, editor.down)
    items = _template(fresh_db, "Extra driehoek ondermijning").items
    assert [i.title for i in items] == ["Casuïstiek", "Ondermijningsbeeld"]


def test_themes_are_checked_with_the_keyboard(qtbot, fresh_db):
    dialog = show(qtbot, TemplatesDialog(fresh_db))
    editor = dialog.items
    editor.table.select_row(0)
    editor.themes.setFocus()
    editor.themes.setCurrentRow(1)
    qtbot.keyClick(editor.themes, Qt.Key.Key_Space)
    assert _template(fresh_db, STANDARD).items[0].themes == ("zorg-en-veiligheid",)
    qtbot.keyClick(editor.themes, Qt.Key.Key_Space)
    assert _template(fresh_db, STANDARD).items[0].themes == ()


def test_an_empty_item_title_is_refused_and_restored(qtbot, fresh_db, monkeypatch):
    errors = capture_errors(monkeypatch)
    dialog = show(qtbot, TemplatesDialog(fresh_db))
    editor = dialog.items
    type_text(qtbot, editor.title, "")
    qtbot.keyClick(editor.title, Qt.Key.Key_Backspace)
    qtbot.keyClick(editor.title, Qt.Key.Key_Return)
    assert errors == ["Titel van het agendapunt: mag niet leeg zijn."]
    assert editor.title.text() == "Opening"
    assert _template(fresh_db, STANDARD).items[0].title == "Opening"


def test_renaming_and_deleting_a_template(qtbot, fresh_db, monkeypatch):
    agenda_templates.create_template(fresh_db, "Kort overleg")
    dialog = show(qtbot, TemplatesDialog(fresh_db))
    dialog.list.setCurrentRow(0)
    assert dialog.list.currentItem().text() == "Kort overleg"
    monkeypatch.setattr(dialogs, "ask_text", lambda parent, title, label, text: text + " (oud)")
    click(qtbot, dialog.rename)
    assert "Kort overleg (oud)" in [tpl.name for tpl in agenda_templates.list_templates(fresh_db)]
    questions = []
    monkeypatch.setattr(dialogs, "confirm", lambda *args: questions.append(args[2]) or True)
    click(qtbot, dialog.delete)
    assert questions == ["Het sjabloon Kort overleg (oud) verwijderen? Vergaderingen die ermee "
                         "zijn gemaakt houden hun agenda."]  # fmt: skip
    assert [tpl.name for tpl in agenda_templates.list_templates(fresh_db)] == [STANDARD]
    assert dialog.list.count() == 1


def test_a_template_needs_a_unique_name(qtbot, fresh_db, monkeypatch):
    errors = capture_errors(monkeypatch)
    dialog = show(qtbot, TemplatesDialog(fresh_db))
    monkeypatch.setattr(dialogs, "ask_text", lambda *args: "   ")
    click(qtbot, dialog.new)
    monkeypatch.setattr(dialogs, "ask_text", lambda *args: STANDARD)
    click(qtbot, dialog.new)
    assert errors == ["Vul een naam voor het sjabloon in.",
                      f"Naam van het sjabloon: {STANDARD} bestaat al."]  # fmt: skip
    assert len(agenda_templates.list_templates(fresh_db)) == 1


def test_removing_an_item(qtbot, fresh_db):
    dialog = show(qtbot, TemplatesDialog(fresh_db))
    editor = dialog.items
    editor.table.select_row(3)
    assert editor.title.text() == "Mededelingen"
    click(qtbot, editor.remove)
    titles = [item.title for item in _template(fresh_db, STANDARD).items]
    assert "Mededelingen" not in titles and len(titles) == 9
    assert editor.table.current_row().title == titles[3]

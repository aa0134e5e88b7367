"""Phenomena pulled into an agenda item from the meeting screen; from the beeld to the meeting."""

from dialog_checks import choose, click, english_texts, nameless_widgets, type_text
from PySide6.QtCore import Qt
from test_ondermijning_support import fill_with, haarlem_beelden, haarlem_meeting, texts_of

from driehoek_app.core.beeld_links import link, links_of, links_to_item
from driehoek_app.gui import dialogs
from driehoek_app.gui.meetings.dialogs import common
from driehoek_app.gui.ondermijning.item_links import LinkPhenomenaDialog
from driehoek_app.gui.ondermijning.link_dialog import LinkDialog

LINKS_TAB = 3


def test_an_agenda_item_pulls_in_the_phenomena_of_the_beeld(qtbot, window, monkeypatch):
    db = window.db
    ids = haarlem_beelden(db)
    meeting = haarlem_meeting(db)
    window.show_area("vergaderingen")
    screen = window.meetings().open_item(meeting["meeting"], meeting["item"])
    strip = screen.editor.phenomena
    assert strip.label.text() == ""
    assert strip.button.text() == "Fenomenen &koppelen…"

    def tick(dialog: LinkPhenomenaDialog) -> None:
        assert dialog.windowTitle() == (
            "Fenomenen koppelen – agendapunt 2: Hennepaanpak Schalkwijk"
        )
        assert [dialog.list.item(r).text() for r in range(dialog.list.count())] == [
            "Drugs: hennep – ernst 4 ernstig, ↑ stijgend"
        ]
        assert nameless_widgets(dialog) == []
        assert english_texts(dialog, {"Drugs: hennep – ernst 4 ernstig, ↑ stijgend"}) == []
        dialog.list.setFocus()
        qtbot.keyClick(dialog.list, Qt.Key.Key_Space)  # tick the current phenomenon
        click(qtbot, common.ok_button(dialog.buttons))

    fill_with(monkeypatch, qtbot, LinkPhenomenaDialog, tick)
    click(qtbot, strip.button)
    linked = links_to_item(db, meeting["item"])
    assert [(o.owner_kind, o.owner_id, o.target_kind) for o in linked] == [
        ("phenomenon", ids["hennep"], "item")
    ]
    assert strip.label.text() == "Fenomenen: Drugs: hennep"

    window.show_area("ondermijningsbeelden")
    page = window.ondermijning()
    page.select("Haarlem", 2026)
    assert page.tabs.tabText(LINKS_TAB) == "Besproken in vergaderingen (1)"
    assert texts_of(page.phenomena.table, 6) == ["1", ""]  # Besproken: hennep once, OMG gone
    assert texts_of(page.links.table, 2) == ["Agendapunt 2: Hennepaanpak Schalkwijk"]


def test_unticking_removes_the_link(qtbot, window, monkeypatch):
    db = window.db
    ids = haarlem_beelden(db)
    meeting = haarlem_meeting(db)
    link(db, "phenomenon", ids["hennep"], "item", meeting["item"])

    def untick(dialog: LinkPhenomenaDialog) -> None:
        assert dialog.list.item(0).checkState() == Qt.CheckState.Checked
        dialog.list.item(0).setCheckState(Qt.CheckState.Unchecked)
        click(qtbot, common.ok_button(dialog.buttons))

    fill_with(monkeypatch, qtbot, LinkPhenomenaDialog, untick)
    screen = window.meetings().open_item(meeting["meeting"], meeting["item"])
    window.show_area("vergaderingen")
    assert screen.editor.phenomena.label.text() == "Fenomenen: Drugs: hennep"
    click(qtbot, screen.editor.phenomena.button)
    assert links_of(db, "phenomenon", ids["hennep"]) == []
    assert screen.editor.phenomena.label.text() == ""


def test_a_meeting_without_a_beeld_has_nothing_to_link(qtbot, window, monkeypatch):
    meeting = haarlem_meeting(window.db)

    def look(dialog: LinkPhenomenaDialog) -> None:
        assert dialog.list.count() == 0
        assert not common.ok_button(dialog.buttons).isEnabled()
        dialog.reject()

    opened = fill_with(monkeypatch, qtbot, LinkPhenomenaDialog, look)
    screen = window.meetings().open_item(meeting["meeting"], meeting["item"])
    window.show_area("vergaderingen")
    click(qtbot, screen.editor.phenomena.button)
    assert len(opened) == 1


def test_the_beeld_opens_the_meeting_at_the_item_where_it_was_discussed(qtbot, window,
                                                                        monkeypatch):  # fmt: skip
    db = window.db
    ids = haarlem_beelden(db)
    meeting = haarlem_meeting(db)
    link(db, "intervention", ids["closing"], "decision", meeting["decision"])
    link(db, "phenomenon", ids["hennep"], "item", meeting["item"])
    window.show_area("ondermijningsbeelden")
    page = window.ondermijning()
    page.select("Haarlem", 2026)
    page.tabs.setCurrentIndex(LINKS_TAB)
    links = page.links
    assert texts_of(links.table, 0) == ["16-4-2026", "16-4-2026"]
    assert texts_of(links.table, 3) == ["Interventie", "Fenomeen"]  # in the order linked
    assert texts_of(links.table, 2)[0].startswith("Besluit ")
    links.table.select_row(0)
    click(qtbot, links.open)
    assert window.current_area() == "vergaderingen"
    screen = window.meetings().screen
    assert screen.meeting_id == meeting["meeting"]
    assert screen.agenda.current_item_id() == meeting["item"]

    window.show_area("ondermijningsbeelden")
    monkeypatch.setattr(dialogs, "confirm", lambda *args: True)
    links.table.select_row(1)
    click(qtbot, links.remove)
    assert links_of(db, "phenomenon", ids["hennep"]) == []
    assert page.tabs.tabText(LINKS_TAB) == "Besproken in vergaderingen (1)"


def test_an_intervention_is_linked_to_a_decision_from_the_beeld(qtbot, window, monkeypatch):
    db = window.db
    ids = haarlem_beelden(db)
    meeting = haarlem_meeting(db)
    window.show_area("ondermijningsbeelden")
    page = window.ondermijning()
    page.select("Haarlem", 2026)
    page.tabs.setCurrentIndex(LINKS_TAB)

    def choose_decision(dialog: LinkDialog) -> None:
        assert nameless_widgets(dialog) == []
        choose(qtbot, dialog.owner, "Interventie: Sluiting woning.")
        type_text(qtbot, dialog.search, "uitgangspunt")
        assert texts_of(dialog.table, 3) == ["Sluiting is het uitgangspunt."]
        click(qtbot, common.ok_button(dialog.buttons))

    fill_with(monkeypatch, qtbot, LinkDialog, choose_decision)
    click(qtbot, page.links.add)
    found = links_of(db, "intervention", ids["closing"])
    assert [(f.target_kind, f.target_id) for f in found] == [("decision", meeting["decision"])]
    assert page.tabs.tabText(LINKS_TAB) == "Besproken in vergaderingen (1)"
    assert texts_of(page.links.table, 3) == ["Interventie"]

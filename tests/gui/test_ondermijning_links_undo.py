"""Ctrl+Z and Ctrl+Y in the beeld's list 'Besproken in vergaderingen': links made and removed."""

from dialog_checks import choose, click
from PySide6.QtWidgets import QApplication
from test_meetings_support import press
from test_ondermijning_support import fill_with, haarlem_beelden, haarlem_meeting, texts_of

from driehoek_app.core.agenda import delete_item
from driehoek_app.core.beeld_links import link, link_record, links_of
from driehoek_app.gui import dialogs
from driehoek_app.gui.meetings.dialogs import common
from driehoek_app.gui.ondermijning.link_dialog import LinkDialog

LINKS_TAB = 3


def _links_tab(qtbot, window):
    """Show the Haarlem 2026 beeld at its list of meetings, with the focus in that list."""
    window.show_area("ondermijningsbeelden")
    page = window.ondermijning()
    page.select("Haarlem", 2026)
    page.tabs.setCurrentIndex(LINKS_TAB)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    page.links.table.setFocus()
    return page


def test_a_removed_link_comes_back_with_ctrl_z(qtbot, window, monkeypatch):
    db = window.db
    ids = haarlem_beelden(db)
    meeting = haarlem_meeting(db)
    first = link_record(db, link(db, "intervention", ids["closing"], "decision",
                                 meeting["decision"]).id)  # fmt: skip
    second = link_record(db, link(db, "phenomenon", ids["hennep"], "item", meeting["item"]).id)
    page = _links_tab(qtbot, window)
    links = page.links
    monkeypatch.setattr(dialogs, "confirm", lambda *args: True)
    links.table.select_row(0)
    click(qtbot, links.remove)
    assert links_of(db, "intervention", ids["closing"]) == []
    assert links.status.text() == "Koppeling verwijderd; Ctrl+Z zet haar terug"
    assert links.undo_action.text() == "Koppeling verwijderen ongedaan maken"
    assert links.table.hasFocus()  # Ctrl+Z works right away
    press(qtbot, links.table, "Ctrl+Z")
    assert link_record(db, first.id) == first  # same id and date
    assert link_record(db, second.id) == second
    assert page.tabs.tabText(LINKS_TAB) == "Besproken in vergaderingen (2)"
    assert texts_of(links.table, 3) == ["Interventie", "Fenomeen"]
    assert links.status.text() == "Ongedaan gemaakt: Koppeling verwijderen"
    press(qtbot, links.table, "Ctrl+Y")
    assert links_of(db, "intervention", ids["closing"]) == []
    assert links.status.text() == "Opnieuw uitgevoerd: Koppeling verwijderen"
    assert texts_of(links.table, 3) == ["Fenomeen"]


def test_a_link_made_in_the_dialog_is_undone_and_redone(qtbot, window, monkeypatch):
    db = window.db
    ids = haarlem_beelden(db)
    meeting = haarlem_meeting(db)
    page = _links_tab(qtbot, window)

    def choose_decision(dialog: LinkDialog) -> None:
        """Link the closing intervention to the decision of the meeting."""
        choose(qtbot, dialog.owner, "Interventie: Sluiting woning.")
        click(qtbot, common.ok_button(dialog.buttons))

    fill_with(monkeypatch, qtbot, LinkDialog, choose_decision)
    click(qtbot, page.links.add)
    made = links_of(db, "intervention", ids["closing"])
    assert [(m.target_kind, m.target_id) for m in made] == [("decision", meeting["decision"])]
    page = _links_tab(qtbot, window)
    press(qtbot, page.links.table, "Ctrl+Z")
    assert links_of(db, "intervention", ids["closing"]) == []
    assert page.tabs.tabText(LINKS_TAB) == "Besproken in vergaderingen (0)"
    press(qtbot, page.links.table, "Ctrl+Y")
    assert links_of(db, "intervention", ids["closing"]) == made

    # linking what is linked already changes nothing, so there is nothing new to undo
    click(qtbot, page.links.add)
    page = _links_tab(qtbot, window)
    assert page.links.stack.count() == 1


def test_undo_of_a_link_removed_elsewhere_says_so(qtbot, window, monkeypatch):
    db = window.db
    ids = haarlem_beelden(db)
    meeting = haarlem_meeting(db)
    link(db, "phenomenon", ids["hennep"], "item", meeting["item"])
    page = _links_tab(qtbot, window)
    monkeypatch.setattr(dialogs, "confirm", lambda *args: True)
    page.links.table.select_row(0)
    click(qtbot, page.links.remove)
    press(qtbot, page.links.table, "Ctrl+Z")
    press(qtbot, page.links.table, "Ctrl+Y")  # removed again
    press(qtbot, page.links.table, "Ctrl+Z")  # back again
    delete_item(db, meeting["item"])  # the agenda item goes, its link with it
    press(qtbot, page.links.table, "Ctrl+Y")
    assert page.links.status.text() == "Deze koppeling bestaat niet meer; ze is al verwijderd."
    assert not page.links.redo_action.isEnabled()

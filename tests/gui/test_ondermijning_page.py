"""The Ondermijningsbeelden area as a burgemeester uses it: pick, read, add by typing, filter."""

from dialog_checks import capture_errors, choose, click, type_chars, type_date, type_text
from PySide6.QtCore import Qt
from test_ondermijning_support import fill_with, haarlem_beelden, open_page, texts_of

from driehoek_app.core.beeld_phenomena import list_entries
from driehoek_app.core.interventions import get_intervention, list_interventions
from driehoek_app.core.ondermijningsbeeld import find_beeld
from driehoek_app.core.signals import list_signals
from driehoek_app.gui import dialogs
from driehoek_app.gui.meetings.dialogs import common
from driehoek_app.gui.ondermijning.beeld_dialog import BeeldDialog
from driehoek_app.gui.ondermijning.entry_dialog import EntryDialog
from driehoek_app.gui.ondermijning.intervention_dialog import InterventionDialog
from driehoek_app.gui.ondermijning.results_editor import ResultDialog
from driehoek_app.gui.ondermijning.signal_dialog import SignalDialog

PHENOMENON, COMPARED, ERNST, OMVANG, TREND = range(5)


def test_picking_basisteam_and_year_shows_the_beeld_compared_with_last_year(qtbot, fresh_db):
    haarlem_beelden(fresh_db)
    page = open_page(qtbot, fresh_db, "Alkmaar", 2026)
    assert page.overview.title.text() == "Nog geen ondermijningsbeeld van Alkmaar voor 2026"
    choose(qtbot, page.basisteam, "Haarlem")  # a basisteam opens at its latest beeld
    assert page.year.value() == 2026
    assert page.overview.title.text() == "Ondermijningsbeeld Haarlem 2026"
    assert page.overview.summary.text() == "Hennep in woningen neemt toe."
    assert "peildatum 20-1-2026" in page.overview.meta.text()
    assert page.overview.comparison.text() == (
        "Ten opzichte van 2025: ▲ 1 gegroeid · ✕ 1 verdwenen"
    )
    assert "resultaten: pand gesloten, beslag €\u00a048.250,00" in page.overview.figures.text()
    table = page.phenomena.table
    assert table.model().headerData(COMPARED, Qt.Orientation.Horizontal) == "t.o.v. 2025"
    assert texts_of(table, PHENOMENON) == ["Drugs: hennep", "Outlaw Motorcycle Gangs (OMG's)"]
    assert texts_of(table, COMPARED) == ["▲ gegroeid", "✕ verdwenen"]
    assert texts_of(table, ERNST) == ["4 ernstig", ""]
    assert texts_of(table, TREND) == ["↑ stijgend", ""]
    assert "In 2025: ernst 3 aanzienlijk, omvang 3 regelmatig, trend → stabiel" in (
        page.phenomena.detail.text()
    )
    assert page.tabs.tabText(0) == "Signalen (2)"
    assert page.tabs.tabText(1) == "Interventies (2)"

    page.year.setFocus()
    page.year.selectAll()
    qtbot.keyClicks(page.year, "2025")
    qtbot.keyClick(page.year, Qt.Key.Key_Return)
    assert page.overview.title.text() == "Ondermijningsbeeld Haarlem 2025"
    assert page.overview.comparison.text() == "Er is geen beeld van 2024 om mee te vergelijken."
    assert texts_of(table, COMPARED) == ["–", "–"]


def _fill_entry(qtbot):
    """Return a filler that types a new phenomenon: cocaïne, ernst 4, two places."""

    def fill(dialog: EntryDialog) -> None:
        choose(qtbot, dialog.phenomenon, "Drugs: cocaïne")
        dialog.narrative.setFocus()
        type_chars(qtbot, dialog.narrative, "Bezorging per scooter; bestellingen via apps.")
        choose(qtbot, dialog.ernst, "4 ernstig")
        choose(qtbot, dialog.omvang, "2 beperkt")
        type_text(qtbot, dialog.omvang_text, "5 koeriers aangehouden")
        choose(qtbot, dialog.trend, "↑ stijgend")
        choose(qtbot, dialog.confidence, "laag")
        type_text(qtbot, dialog.wijken, "Schalkwijk, Haarlem-Noord")
        type_text(qtbot, dialog.sectors, "horeca")
        click(qtbot, common.ok_button(dialog.buttons))

    return fill


def test_a_phenomenon_typed_in_is_new_compared_with_last_year(qtbot, fresh_db, monkeypatch):
    ids = haarlem_beelden(fresh_db)
    page = open_page(qtbot, fresh_db)
    opened = fill_with(monkeypatch, qtbot, EntryDialog, _fill_entry(qtbot))
    click(qtbot, page.phenomena.add)
    assert not opened[0].isVisible()
    assert "Drugs: hennep" not in [opened[0].phenomenon.itemText(i)
                                   for i in range(opened[0].phenomenon.count())]  # fmt: skip
    entry = next(e for e in list_entries(fresh_db, ids["beeld"]) if e.phenomenon_code == "cocaine")
    assert (entry.ernst, entry.omvang, entry.trend, entry.betrouwbaarheid) == (
        4,
        2,
        "stijgend",
        "laag",
    )
    assert entry.wijken == ("Schalkwijk", "Haarlem-Noord")
    assert entry.narrative == "Bezorging per scooter; bestellingen via apps."
    table = page.phenomena.table
    assert table.current_row().entry.id == entry.id
    row = texts_of(table, PHENOMENON).index("Drugs: cocaïne")
    assert texts_of(table, COMPARED)[row] == "● nieuw"
    assert texts_of(table, ERNST)[row] == "4 ernstig"
    assert "● 1 nieuw" in page.overview.comparison.text()


def test_a_signal_typed_in_with_its_triage_shows_in_the_filtered_list(qtbot, fresh_db,
                                                                      monkeypatch):  # fmt: skip
    ids = haarlem_beelden(fresh_db)
    page = open_page(qtbot, fresh_db)

    def fill(dialog: SignalDialog) -> None:
        type_date(qtbot, dialog.date, "05052026")
        dialog.source.setFocus()
        qtbot.keyClicks(dialog.source.lineEdit(), "Meld Misdaad Anoniem")
        choose(qtbot, dialog.phenomenon, "Drugs: hennep")
        dialog.description.setFocus()
        qtbot.keyClicks(dialog.description, "Afgeplakte ramen en stank")
        choose(qtbot, dialog.partner, "Gemeente")
        assert dialog.triage.currentText() == "gewogen"
        dialog.how.setFocus()
        qtbot.keyClicks(dialog.how, "Bibob-toets")
        click(qtbot, common.ok_button(dialog.buttons))

    fill_with(monkeypatch, qtbot, SignalDialog, fill)
    click(qtbot, page.signals.add)
    stored = list_signals(fresh_db, ids["beeld"], partner="gemeente")
    assert [(s.date, s.source, s.description, s.triage, s.triage_how) for s in stored][-1] == (
        "2026-05-05", "Meld Misdaad Anoniem", "Afgeplakte ramen en stank", "gewogen",
        "Bibob-toets",
    )  # fmt: skip
    signals = page.signals
    assert signals.table.current_row().id == stored[-1].id
    assert texts_of(signals.table, 0) == ["3-2-2026", "5-5-2026", "30-8-2026"]
    assert signals.count.text() == "3 van 3 signalen getoond · 1 te wegen"
    choose(qtbot, signals.filters.boxes["partner"], "Gemeente")
    assert texts_of(signals.table, 1) == ["politie", "Meld Misdaad Anoniem"]
    choose(qtbot, signals.filters.boxes["period"], "2e kwartaal")
    assert texts_of(signals.table, 1) == ["Meld Misdaad Anoniem"]
    assert signals.count.text() == "1 van 3 signalen getoond · 1 te wegen"
    signals.filters.clear()
    choose(qtbot, signals.filters.boxes["triage"], "te wegen")
    assert texts_of(signals.table, 3) == ["Drukte tot laat in de avond."]
    choose(qtbot, signals.filters.boxes["triage"], "Elke uitkomst")
    choose(qtbot, signals.filters.boxes["phenomenon"], "Drugs: hennep")
    assert len(texts_of(signals.table, 0)) == 2
    type_text(qtbot, signals.filters.search, "ramen")
    assert texts_of(signals.table, 3) == ["Afgeplakte ramen en stank"]


def test_an_intervention_typed_in_with_a_dutch_amount(qtbot, fresh_db, monkeypatch):
    ids = haarlem_beelden(fresh_db)
    page = open_page(qtbot, fresh_db)
    errors = capture_errors(monkeypatch)

    def result(dialog: ResultDialog) -> None:
        choose(qtbot, dialog.kind, "fiscale naheffing")
        type_text(qtbot, dialog.amount, "12.5")
        click(qtbot, common.ok_button(dialog.buttons))
        assert dialog.isVisible()  # refused: the dot is ambiguous
        type_text(qtbot, dialog.amount, "")
        type_chars(qtbot, dialog.amount, "€ 12.640,00")  # typed with a plain space
        type_text(qtbot, dialog.note, "boekjaar 2025")
        click(qtbot, common.ok_button(dialog.buttons))

    def intervention(dialog: InterventionDialog) -> None:
        choose(qtbot, dialog.kind, "fiscaal")
        dialog.description.setFocus()
        qtbot.keyClicks(dialog.description, "Boekenonderzoek bij de bv's")
        choose(qtbot, dialog.partner, "Belastingdienst")
        choose(qtbot, dialog.status, "lopend")
        dialog.phenomena.item(0).setCheckState(Qt.CheckState.Checked)  # Drugs: hennep
        dialog.signals.item(0).setCheckState(Qt.CheckState.Checked)
        click(qtbot, dialog.results.add)
        assert [dialog.results.list.item(0).text()] == [
            "fiscale naheffing €\u00a012.640,00 (boekjaar 2025)"
        ]
        click(qtbot, common.ok_button(dialog.buttons))

    fill_with(monkeypatch, qtbot, ResultDialog, result)
    fill_with(monkeypatch, qtbot, InterventionDialog, intervention)
    page.tabs.setCurrentWidget(page.interventions)
    click(qtbot, page.interventions.add)
    assert errors == ["Bedrag: gebruik een komma voor de centen (bijvoorbeeld 12500,50)."]
    stored = list_interventions(fresh_db, ids["beeld"], kind="fiscaal")[0]
    assert (stored.partner, stored.status, stored.amount_cents) == ("belastingdienst", "lopend",
                                                                    1_264_000)  # fmt: skip
    assert stored.signal_ids == (ids["signal"],) and stored.phenomenon_codes == ("hennep",)
    table = page.interventions.table
    row = texts_of(table, 0).index("fiscaal")
    assert texts_of(table, 2)[row] == "fiscale naheffing €\u00a012.640,00 (boekjaar 2025)"
    assert texts_of(table, 3)[row] == "€\u00a012.640,00"
    assert texts_of(table, 6)[row] == "Drugs: hennep"
    choose(qtbot, page.interventions.filters.boxes["kind"], "strafrechtelijk")
    assert texts_of(table, 2) == ["beslag €\u00a048.250,00 (contant geld)"]
    assert page.interventions.count.text() == (
        "1 van 3 interventies getoond · bedragen €\u00a048.250,00"
    )
    choose(qtbot, page.interventions.filters.boxes["status"], "afgerond")
    assert texts_of(table, 0) == []


def test_changing_an_intervention_keeps_and_edits_its_results(qtbot, fresh_db, monkeypatch):
    ids = haarlem_beelden(fresh_db)
    page = open_page(qtbot, fresh_db)
    page.tabs.setCurrentIndex(1)

    def edit(dialog: InterventionDialog) -> None:
        assert dialog.results.list.item(0).text() == "beslag €\u00a048.250,00 (contant geld)"
        choose(qtbot, dialog.status, "afgerond")
        click(qtbot, dialog.results.remove)
        click(qtbot, common.ok_button(dialog.buttons))

    fill_with(monkeypatch, qtbot, InterventionDialog, edit)
    assert page.interventions.table.select_where(lambda i: i.id == ids["raid"])
    qtbot.keyClick(page.interventions.table, Qt.Key.Key_Return)
    raid = get_intervention(fresh_db, ids["raid"])
    assert (raid.status, raid.results) == ("afgerond", ())


def test_removing_a_signal_asks_first(qtbot, fresh_db, monkeypatch):
    ids = haarlem_beelden(fresh_db)
    page = open_page(qtbot, fresh_db)
    questions = []
    monkeypatch.setattr(dialogs, "confirm", lambda *args: questions.append(args[2]) or False)
    page.signals.table.select_where(lambda s: s.id == ids["signal"])
    click(qtbot, page.signals.remove)
    assert questions == [
        "Het signaal van 3-2-2026 (politie) verwijderen? De koppelingen met interventies en "
        "vergaderingen worden ook verwijderd."
    ]
    assert len(list_signals(fresh_db, ids["beeld"])) == 2
    monkeypatch.setattr(dialogs, "confirm", lambda *args: True)
    click(qtbot, page.signals.remove)
    assert [s.id for s in list_signals(fresh_db, ids["beeld"])] != [ids["signal"]]
    assert page.tabs.tabText(0) == "Signalen (1)"


def test_the_first_signal_of_an_empty_year_makes_the_beeld(qtbot, fresh_db, monkeypatch):
    page = open_page(qtbot, fresh_db, "Zaanstad", 2026)
    assert page.edit_beeld.text() == "Beeld &aanmaken…"
    assert not page.phenomena.edit.isEnabled()

    def fill(dialog: SignalDialog) -> None:
        type_date(qtbot, dialog.date, "11042026")
        dialog.source.setFocus()
        qtbot.keyClicks(dialog.source.lineEdit(), "politie")
        dialog.description.setFocus()
        qtbot.keyClicks(dialog.description, "Vaartuig meert 's nachts aan")
        click(qtbot, common.ok_button(dialog.buttons))

    fill_with(monkeypatch, qtbot, SignalDialog, fill)
    click(qtbot, page.signals.add)
    beeld = find_beeld(fresh_db, "Zaanstad", 2026)
    assert [s.triage for s in list_signals(fresh_db, beeld.id)] == ["te wegen"]
    assert page.overview.title.text() == "Ondermijningsbeeld Zaanstad 2026"
    assert page.edit_beeld.text() == "Beeld &aanpassen…"


def test_describing_the_beeld(qtbot, fresh_db, monkeypatch):
    page = open_page(qtbot, fresh_db, "Zaanstad", 2026)

    def fill(dialog: BeeldDialog) -> None:
        dialog.summary.setFocus()
        type_chars(qtbot, dialog.summary, "Loodsen langs de Zaan & de haven.")
        type_text(qtbot, dialog.made_with, "RIEC Noord-Holland")
        click(qtbot, common.ok_button(dialog.buttons))

    fill_with(monkeypatch, qtbot, BeeldDialog, fill)
    click(qtbot, page.edit_beeld)
    beeld = find_beeld(fresh_db, "Zaanstad", 2026)
    assert (beeld.summary, beeld.made_with, beeld.classification) == (
        "Loodsen langs de Zaan & de haven.", "RIEC Noord-Holland", "vertrouwelijk"
    )  # fmt: skip
    assert page.overview.summary.text() == "Loodsen langs de Zaan & de haven."
    assert page.overview.meta.text() == (
        "opgesteld met RIEC Noord-Holland · vertrouwelijk · beelden: 2026"
    )

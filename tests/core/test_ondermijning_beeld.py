"""Ondermijningsbeelden: beeld, documents, phenomena catalogue, entries, signals, interventions."""

import pytest
from meeting_helpers import NASTY_TEXT

from driehoek_app.core.beeld_documents import (
    add_document,
    delete_document,
    list_documents,
    read_document,
    write_document_to_folder,
)
from driehoek_app.core.beeld_phenomena import (
    add_entry,
    delete_entry,
    move_entry,
    update_entry,
)
from driehoek_app.core.errors import DriehoekError
from driehoek_app.core.interventions import (
    add_intervention,
    add_result,
    delete_intervention,
    get_intervention,
    list_interventions,
    phenomenon_labels,
    update_intervention,
    update_result,
)
from driehoek_app.core.meeting_base import NotFoundError, ValidationError
from driehoek_app.core.money import AmountError, format_euro, parse_euro
from driehoek_app.core.ondermijningsbeeld import (
    beeld_content_counts,
    create_beeld,
    delete_beeld,
    find_beeld,
    get_or_create_beeld,
    list_beelden,
    update_beeld,
)
from driehoek_app.core.phenomena import (
    BUILTIN_PHENOMENA,
    add_phenomenon,
    delete_phenomenon,
    find_phenomenon,
    list_phenomena,
    rename_phenomenon,
)
from driehoek_app.core.signals import (
    add_signal,
    delete_signal,
    get_signal,
    list_signals,
    triage_counts,
    update_signal,
    weigh_signal,
)


@pytest.fixture
def beeld(fresh_db):
    """An empty beeld of Haarlem for 2026."""
    return create_beeld(fresh_db, "Haarlem", 2026)


def test_the_catalogue_holds_the_phenomena_the_imv_names(fresh_db):
    labels = [p.label for p in list_phenomena(fresh_db)]
    assert len(labels) == len(BUILTIN_PHENOMENA) == 15
    for expected in ("Drugs: hennep", "Drugs: synthetische drugs", "Drugs: cocaïne", "Witwassen",
                     "Criminele investeringen in vastgoed",
                     "Criminele investeringen in vaar- en voertuigen",
                     "Outlaw Motorcycle Gangs (OMG's)", "Mensenhandel: seksuele uitbuiting",
                     "Mensenhandel: arbeidsuitbuiting", "Mensenhandel: criminele uitbuiting",
                     "Illegale wapens", "Maritieme smokkel", "Facilitators: financieel",
                     "Facilitators: IT", "Misstanden in (lucht)havengebieden"):  # fmt: skip
        assert expected in labels
    assert find_phenomenon(fresh_db, "drugs: COCAINE").code == "cocaine"
    assert find_phenomenon(fresh_db, "hennep").label == "Drugs: hennep"


def test_own_phenomena_can_be_added_renamed_and_removed_when_unused(fresh_db, beeld):
    own = add_phenomenon(fresh_db, "Zorgfraude & PGB")
    assert own.code == "eigen-zorgfraude-pgb" and not own.builtin and own.category == "Overig"
    with pytest.raises(ValidationError, match="bestaat al"):
        add_phenomenon(fresh_db, "zorgfraude & pgb")
    assert rename_phenomenon(fresh_db, own.code, "Zorgfraude").label == "Zorgfraude"
    entry = add_entry(fresh_db, beeld.id, "Zorgfraude")
    with pytest.raises(ValidationError, match=r"nog gebruikt \(1 beelden\)"):
        delete_phenomenon(fresh_db, own.code)
    delete_entry(fresh_db, entry.id)
    assert delete_phenomenon(fresh_db, own.code).label == "Zorgfraude"
    with pytest.raises(ValidationError, match="komt uit het IMV"):
        delete_phenomenon(fresh_db, "hennep")
    with pytest.raises(ValidationError, match="komt uit het IMV"):
        rename_phenomenon(fresh_db, "hennep", "Wiet")


def test_one_beeld_per_basisteam_and_year(fresh_db, beeld):
    assert beeld.display_title == "Ondermijningsbeeld Haarlem 2026"
    assert beeld.classification == "vertrouwelijk"
    with pytest.raises(ValidationError, match="al een ondermijningsbeeld"):
        create_beeld(fresh_db, "haarlem", 2026)
    assert get_or_create_beeld(fresh_db, "Basisteam Haarlem", 2026).id == beeld.id
    other = get_or_create_beeld(fresh_db, "Zaanstad", 2026)
    assert [b.basisteam_name for b in list_beelden(fresh_db, year=2026)] == ["Zaanstad", "Haarlem"]
    assert find_beeld(fresh_db, "Zaanstad", 2025) is None and other.id != beeld.id
    with pytest.raises(ValidationError, match="onbekend basisteam 'Amsterdam'"):
        create_beeld(fresh_db, "Amsterdam", 2026)
    with pytest.raises(ValidationError, match="jaartal"):
        create_beeld(fresh_db, "Hoorn", 1999)


def test_beeld_text_is_kept_exactly(fresh_db, beeld):
    changed = update_beeld(fresh_db, beeld.id, summary=NASTY_TEXT, title="Beeld <1>",
                           peildatum="2026-01-20", made_with="RIEC & gemeente")  # fmt: skip
    assert changed.summary == NASTY_TEXT and changed.title == "Beeld <1>"
    assert changed.peildatum == "2026-01-20"
    with pytest.raises(ValidationError, match="Peildatum: geen geldige datum"):
        update_beeld(fresh_db, beeld.id, peildatum="20-01-2026")


def test_documents_are_stored_exactly_and_go_with_the_beeld(fresh_db, beeld, tmp_path):
    data = bytes(range(256)) * 10
    document = add_document(fresh_db, beeld.id, "RIEC-rapportage 2026.pdf", data)
    assert document.media_type == "application/pdf" and document.size_text == "2,5 kB"
    assert read_document(fresh_db, document.id) == data
    path = write_document_to_folder(fresh_db, document.id, tmp_path)
    assert path.read_bytes() == data
    assert [d.name for d in list_documents(fresh_db, beeld.id)] == ["RIEC-rapportage 2026.pdf"]
    delete_document(fresh_db, document.id)
    add_document(fresh_db, beeld.id, "kaart.png", b"\x89PNG")
    assert beeld_content_counts(fresh_db, beeld.id)["documenten"] == 1


def test_phenomena_carry_their_assessment_and_places(fresh_db, beeld):
    entry = add_entry(fresh_db, beeld.id, "Drugs: hennep", ernst=4, omvang=3, trend="stijgend",
                      betrouwbaarheid="hoog", narrative=NASTY_TEXT, wijken=["Schalkwijk"],
                      sectors=["horeca", "vastgoed"])  # fmt: skip
    assert entry.ernst_text == "4 (ernstig)" and entry.omvang_text == "3 (regelmatig)"
    assert entry.narrative == NASTY_TEXT
    assert entry.wijken == ("Schalkwijk",) and entry.sectors == ("horeca", "vastgoed")
    with pytest.raises(ValidationError, match="staat al in dit beeld"):
        add_entry(fresh_db, beeld.id, "hennep")
    for bad in ({"ernst": 6}, {"ernst": "4"}, {"omvang": 0}, {"trend": "omhoog"},
                {"betrouwbaarheid": "zeker"}, {"wijken": "Schalkwijk"}):  # fmt: skip
        with pytest.raises(ValidationError):
            update_entry(fresh_db, entry.id, **bad)
    updated = update_entry(fresh_db, entry.id, ernst=None, wijken=["Centrum", "Delftwijk"])
    assert updated.ernst is None and updated.wijken == ("Centrum", "Delftwijk")
    second = add_entry(fresh_db, beeld.id, "omg")
    assert [e.phenomenon_code for e in move_entry(fresh_db, second.id, 1)] == ["omg", "hennep"]
    with pytest.raises(ValidationError, match="onbekend fenomeen 'tulpen'"):
        add_entry(fresh_db, beeld.id, "tulpen")


def test_signal_triage_names_the_acting_partner_and_how(fresh_db, beeld):
    signal = add_signal(fresh_db, beeld.id, "2026-02-03", "politie", "Hoog stroomverbruik.",
                        "hennep")  # fmt: skip
    assert signal.triage == "te wegen" and signal.partner is None
    weighed = weigh_signal(fresh_db, signal.id, "gemeente", "Sluiting via 13b.", "2026-02-10")
    assert (weighed.triage, weighed.partner, weighed.triage_how) == (
        "gewogen", "gemeente", "Sluiting via 13b.")  # fmt: skip
    other = weigh_signal(fresh_db, signal.id, "anders", "Samen controleren.",
                         partner_other="Arbeidsinspectie")  # fmt: skip
    assert other.partner_text == "anders: Arbeidsinspectie"
    with pytest.raises(ValidationError, match="naam van de partner"):
        weigh_signal(fresh_db, signal.id, "anders", "x")
    dropped = weigh_signal(fresh_db, signal.id, None, "Te weinig aanknopingspunten.")
    assert dropped.triage == "geen vervolg" and dropped.partner is None
    with pytest.raises(ValidationError, match="partner hoort alleen bij 'gewogen'"):
        update_signal(fresh_db, signal.id, triage="te wegen", partner="OM")
    with pytest.raises(ValidationError, match="welke partner aan zet is"):
        update_signal(fresh_db, signal.id, triage="gewogen")
    assert update_signal(fresh_db, signal.id, partner="OM").triage == "gewogen"
    with pytest.raises(ValidationError, match="Datum van het signaal"):
        add_signal(fresh_db, beeld.id, "31-02-2026", "politie", "x")


def test_signals_filter_and_count_by_outcome(fresh_db, beeld):
    add_signal(fresh_db, beeld.id, "2026-03-01", "gemeente", "Contante aankoop pand.",
               "vastgoed", partner="RIEC", triage_how="Analyse")  # fmt: skip
    add_signal(fresh_db, beeld.id, "2026-01-05", "inwoner", "Drukte bij woning.", "cocaine")
    add_signal(fresh_db, beeld.id, "2026-02-05", "politie", "Geur van hennep.", "hennep")
    assert [s.date for s in list_signals(fresh_db, beeld.id)] == [
        "2026-01-05", "2026-02-05", "2026-03-01"]  # fmt: skip
    assert [s.source for s in list_signals(fresh_db, beeld.id, partner="RIEC")] == ["gemeente"]
    assert len(list_signals(fresh_db, beeld.id, triage="te wegen")) == 2
    assert [s.source for s in list_signals(fresh_db, beeld.id, phenomenon="Drugs: hennep")] == [
        "politie"]  # fmt: skip
    assert [s.source for s in list_signals(fresh_db, beeld.id, text="WONING")] == ["inwoner"]
    counts = triage_counts(fresh_db, beeld.id)
    assert counts["te wegen"] == 2 and counts["RIEC"] == 1 and sum(counts.values()) == 3


def test_interventions_link_signals_phenomena_and_results_in_cents(fresh_db, beeld):
    signal = add_signal(fresh_db, beeld.id, "2026-02-03", "politie", "Stroom.", "hennep")
    intervention = add_intervention(
        fresh_db, beeld.id, "bestuurlijk", "Sluiting woning.", "gemeente",
        signals=[signal.id], phenomena=["hennep", "Witwassen"], status="lopend",
        start_date="2026-02-11",
    )  # fmt: skip
    assert intervention.signal_ids == (signal.id,)
    assert intervention.phenomenon_codes == ("hennep", "witwassen")
    labels = phenomenon_labels(fresh_db, intervention.phenomenon_codes)
    assert labels == ["Drugs: hennep", "Witwassen"]
    add_result(fresh_db, intervention.id, "pand gesloten", 2)
    seized = add_result(fresh_db, intervention.id, "beslag", amount_cents=1_250_050,
                        note="contant")  # fmt: skip
    assert seized.text == "beslag €\u00a012.500,50 (contant)"
    assert get_intervention(fresh_db, intervention.id).amount_cents == 1_250_050
    assert get_intervention(fresh_db, intervention.id).results[0].text == "2 × pand gesloten"
    with pytest.raises(ValidationError, match="een bedrag hoort niet bij 'pand gesloten'"):
        add_result(fresh_db, intervention.id, "pand gesloten", amount_cents=100)
    with pytest.raises(ValidationError, match="hele centen"):
        update_result(fresh_db, seized.id, amount_cents=12.5)
    with pytest.raises(ValidationError, match="Einddatum: ligt vóór de startdatum"):
        update_intervention(fresh_db, intervention.id, end_date="2026-01-01")
    done = update_intervention(fresh_db, intervention.id, status="afgerond",
                               result_text="Woning 3 maanden dicht.")  # fmt: skip
    assert done.status == "afgerond" and done.result_text == "Woning 3 maanden dicht."
    other = create_beeld(fresh_db, "Zaanstad", 2026)
    foreign = add_signal(fresh_db, other.id, "2026-02-03", "politie", "Elders.")
    with pytest.raises(ValidationError, match="hoort niet bij dit beeld"):
        update_intervention(fresh_db, intervention.id, signals=[foreign.id])
    assert [i.id for i in list_interventions(fresh_db, beeld.id, kind="bestuurlijk")] == [
        intervention.id]  # fmt: skip
    assert list_interventions(fresh_db, beeld.id, phenomenon="cocaine") == []
    with pytest.raises(ValidationError, match="kies uit: strafrechtelijk, bestuurlijk"):
        add_intervention(fresh_db, beeld.id, "juridisch", "x", "OM")


def test_deleting_a_signal_keeps_the_intervention_and_a_beeld_takes_all_with_it(fresh_db, beeld):
    signal = add_signal(fresh_db, beeld.id, "2026-02-03", "politie", "Stroom.", "hennep")
    intervention = add_intervention(fresh_db, beeld.id, "strafrechtelijk", "Ruiming.", "politie",
                                    signals=[signal.id])  # fmt: skip
    add_result(fresh_db, intervention.id, "aanhouding", 3)
    delete_signal(fresh_db, signal.id)
    assert get_intervention(fresh_db, intervention.id).signal_ids == ()
    add_entry(fresh_db, beeld.id, "hennep")
    delete_beeld(fresh_db, beeld.id)
    for table in ("beeld_phenomena", "signals", "interventions", "intervention_results"):
        assert fresh_db[table].count == 0
    with pytest.raises(NotFoundError):
        get_signal(fresh_db, signal.id)
    with pytest.raises(NotFoundError, match="Interventie"):
        delete_intervention(fresh_db, intervention.id)


def test_euro_amounts_are_read_the_dutch_way():
    assert parse_euro("€ 12.500,50") == 1_250_050
    assert parse_euro("12500") == 1_250_000
    assert parse_euro("12.500") == 1_250_000
    assert parse_euro("0,5") == 50
    assert parse_euro(48250.0) == 4_825_000
    assert parse_euro("") is None
    for bad in ("12.5", "abc", "-5", "1,234", "NaN"):
        with pytest.raises(AmountError):
            parse_euro(bad)
    assert format_euro(4_825_000) == "€\u00a048.250,00"
    assert isinstance(AmountError("x"), ValueError) and not isinstance(
        AmountError("x"), DriehoekError
    )

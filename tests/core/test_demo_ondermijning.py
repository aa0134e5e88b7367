"""The demo beelden (per basisteam and year) and realisations: full, fictional, removable."""

import datetime as dt
from collections import Counter

import pytest

from driehoek_app.core.beeld_compare import compare_years
from driehoek_app.core.beeld_links import links_of
from driehoek_app.core.beeld_phenomena import list_entries
from driehoek_app.core.beeld_summary import result_totals, seized_cents, signal_outcomes
from driehoek_app.core.bodies import body_by_code
from driehoek_app.core.db import open_database
from driehoek_app.core.demo import create_demo, demo_beeld_ids, demo_info, remove_demo
from driehoek_app.core.demo_ondermijning import BeeldGenerator
from driehoek_app.core.interventions import list_interventions
from driehoek_app.core.monitoring import get_realisation, overview, set_realisation
from driehoek_app.core.ondermijningsbeeld import create_beeld, find_beeld, list_beelden
from driehoek_app.core.phenomena import list_phenomena
from driehoek_app.core.signals import list_signals

TODAY = dt.date(2026, 6, 10)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    """A database with two years of demo data (seed 11), made once for this module."""
    db = open_database(tmp_path_factory.mktemp("demo_beelden") / "demo.sqlite3")
    summary = create_demo(db, years=2, seed=11, today=TODAY)
    yield db, summary
    db.close()


def test_every_basisteam_has_a_beeld_for_every_demo_year(demo_db):
    db, summary = demo_db
    beelden = list_beelden(db)
    assert Counter(b.year for b in beelden) == {2025: 10, 2026: 10}
    assert len({b.basisteam_id for b in beelden}) == 10
    assert summary.beelden == 20 == demo_info(db).demo_beelden
    assert demo_beeld_ids(db) == {b.id for b in beelden}
    assert summary.signals == db["signals"].count and summary.interventions > 40


def test_the_beelden_are_clearly_fictional(demo_db):
    db, _ = demo_db
    for beeld in list_beelden(db):
        assert beeld.title == f"Ondermijningsbeeld {beeld.basisteam_name} {beeld.year} (fictief)"
        assert beeld.made_with == "RIEC Noord-Holland (fictief)"
        assert beeld.summary.startswith("Fictief ondermijningsbeeld")
        assert beeld.classification == "vertrouwelijk"
        for entry in list_entries(db, beeld.id):
            assert entry.wijken and all(w.startswith("Demo-") for w in entry.wijken)


def test_phenomena_come_from_the_catalogue_with_scores_and_evolve(demo_db):
    db, _ = demo_db
    builtin = {p.code for p in list_phenomena(db) if p.builtin}
    assert {p.code for p in list_phenomena(db)} == builtin  # the demo adds no own phenomena
    statuses = Counter()
    for beeld in list_beelden(db, year=2026):
        entries = list_entries(db, beeld.id)
        assert len(entries) >= 3
        for entry in entries:
            assert entry.phenomenon_code in builtin
            assert entry.ernst_text and entry.omvang_text and entry.omvang_toelichting
            assert entry.trend and entry.betrouwbaarheid and entry.sectors and entry.narrative
        assert [e.ernst for e in entries] == sorted((e.ernst for e in entries), reverse=True)
        statuses.update(compare_years(db, beeld.basisteam_name, 2026).counts())
    assert statuses["ongewijzigd"] and statuses["gegroeid"] + statuses["gekrompen"] > 0
    haven = find_beeld(db, "Haarlemmermeer", 2025)
    assert "havengebieden" in {e.phenomenon_code for e in list_entries(db, haven.id)}


def test_signals_are_in_every_triage_state(demo_db):
    db, _ = demo_db
    triage = Counter()
    for beeld in list_beelden(db):
        signals = list_signals(db, beeld.id)
        assert 4 <= len(signals) <= 8
        for signal in signals:
            assert signal.date.startswith(str(beeld.year)) and signal.date <= TODAY.isoformat()
            if signal.triage == "gewogen":
                assert signal.partner_text and signal.triage_how and signal.triage_date
                assert signal.date <= signal.triage_date <= TODAY.isoformat()
            triage[signal.triage] += 1
    assert set(triage) == {"te wegen", "gewogen", "geen vervolg"}
    outcomes = signal_outcomes(db, 2025)
    assert outcomes["te wegen"] < outcomes["politie"] + outcomes["gemeente"] + outcomes["OM"]


def test_interventions_have_results_with_amounts_in_cents(demo_db):
    db, _ = demo_db
    statuses = Counter()
    for beeld in list_beelden(db):
        interventions = list_interventions(db, beeld.id)
        assert 2 <= len(interventions) <= 4
        for intervention in interventions:
            assert len(intervention.phenomenon_codes) == 1
            statuses[intervention.status] += 1
            if intervention.status == "afgerond":
                assert intervention.results and intervention.result_text
                assert intervention.end_date >= intervention.start_date
    assert statuses["afgerond"] and statuses["lopend"]
    totals = {total.kind: total for total in result_totals(db, 2025)}
    assert isinstance(totals["beslag"].amount_cents, int) and totals["beslag"].amount_cents > 0
    assert seized_cents(db, 2025) > 100_000_00  # more than a hundred thousand euro
    kinds = Counter(i.kind for b in list_beelden(db) for i in list_interventions(db, b.id))
    assert len(kinds) == 4


def test_links_point_to_demo_meetings_of_the_same_basisteam_and_year(demo_db):
    db, summary = demo_db
    kinds = Counter()
    for beeld in list_beelden(db):
        owners = [("phenomenon", e.id) for e in list_entries(db, beeld.id)]
        owners += [("signal", s.id) for s in list_signals(db, beeld.id)]
        owners += [("intervention", i.id) for i in list_interventions(db, beeld.id)]
        links = [link for kind, owner in owners for link in links_of(db, kind, owner)]
        assert links, beeld.display_title
        for link in links:
            assert link.body_name == f"Basisteamdriehoek {beeld.basisteam_name}"
            assert link.meeting_date.startswith(str(beeld.year))
            assert link.meeting_date <= TODAY.isoformat()
            kinds[(link.owner_kind, link.target_kind)] += 1
    assert sum(kinds.values()) == summary.links
    assert kinds[("phenomenon", "item")] and kinds[("phenomenon", "decision")]
    assert kinds[("intervention", "action")] and kinds[("signal", "item")]


def test_the_stamps_follow_the_fictional_dates_not_the_clock(demo_db):
    db, _ = demo_db
    for table, columns in (("beelden", ("created_at", "updated_at")), ("signals", ("created_at",)),
                           ("interventions", ("created_at", "updated_at")),
                           ("beeld_links", ("created_at",))):  # fmt: skip
        for column in columns:
            latest = db.execute(f"SELECT max({column}) FROM {table}").fetchone()[0]
            assert latest[:10] <= TODAY.isoformat(), (table, column)


def test_monitoring_gets_fictional_realisations_that_add_up(demo_db):
    db, summary = demo_db
    last_year = {row.key: row for row in overview(db, 2025)}
    this_year = {row.key: row for row in overview(db, 2026)}
    assert summary.realisations == len(last_year) + len(this_year) == 16
    assert all(row.note == "Fictieve demowaarde." for row in last_year.values())
    assert all(row.note == "Fictieve demowaarde; stand per 10 juni 2026."
               for row in this_year.values())  # fmt: skip
    for rows in (last_year, this_year):
        fte = {key.category: row.realised for key, row in rows.items()
               if key.indicator == "regeerakkoord-fte"}  # fmt: skip
        assert fte[""] == pytest.approx(fte["Districten/basisteams"] + fte["Opsporing"])
        assert fte["waarvan Cyber en Ondermijning/Zware criminaliteit"] <= fte["Opsporing"]
        dossiers = next(row for key, row in rows.items() if key.indicator == "executie-dossiers")
        assert 0.7 <= dossiers.progress <= 1.2
    csvs = next(row for key, row in this_year.items() if key.indicator == "aangepakte-csvs")
    assert csvs.target is None and csvs.last_target == 70
    assert 0 < csvs.realised < 70 * 1.15 * 0.5  # counted up to June only


def test_real_data_is_left_alone_and_stays_after_removal(fresh_db):
    real = create_beeld(fresh_db, "Haarlem", 2026, summary="Ons eigen beeld.")
    set_realisation(fresh_db, "executie-dossiers", 2026, 9, note="Echt.")
    create_demo(fresh_db, years=1, seed=3, today=TODAY)
    assert find_beeld(fresh_db, "Haarlem", 2026) == real
    assert len(list_beelden(fresh_db, year=2026)) == 10
    assert real.id not in demo_beeld_ids(fresh_db)
    assert get_realisation(fresh_db, "executie-dossiers", 2026).note == "Echt."
    remove_demo(fresh_db)
    assert [b.id for b in list_beelden(fresh_db)] == [real.id]
    assert find_beeld(fresh_db, "Haarlem", 2026).summary == "Ons eigen beeld."
    assert [(r.realised, r.note) for r in overview(fresh_db, 2026) if r.realised is not None] == [
        (9, "Echt.")
    ]


def test_beelden_start_in_2000(fresh_db):
    generator = BeeldGenerator(fresh_db, 1, TODAY, [])
    generator.body(body_by_code(fresh_db, "HLM"), 1998, 2001)
    assert [b.year for b in list_beelden(fresh_db)] == [2001, 2000]
    assert generator.counts["beelden"] == 2 and generator.counts["links"] == 0

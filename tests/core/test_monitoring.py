"""Monitoring: realisations against the Veiligheidsagenda targets, progress and chart series."""

import pytest

from driehoek_app.core.meeting_base import ValidationError
from driehoek_app.core.monitoring import (
    delete_realisation,
    get_realisation,
    get_target_key,
    list_realisations,
    overview,
    progress,
    series,
    set_realisation,
    target_keys,
)


def test_noord_holland_has_the_seeded_indicators(fresh_db):
    keys = target_keys(fresh_db)
    assert [(k.indicator, k.category) for k in keys][:4] == [
        ("aangepakte-csvs", ""), ("om-verdachten-mensenhandel", ""),
        ("reguliere-cybercrime-onderzoeken", ""), ("executie-dossiers", ""),
    ]  # fmt: skip
    assert {k.eenheid for k in keys} == {"Noord-Holland"}
    assert len(keys) == 8
    assert get_target_key(fresh_db, "regeerakkoord-fte", category="Opsporing").measure == "fte"


def test_a_realisation_is_entered_corrected_and_removed(fresh_db):
    first = set_realisation(fresh_db, "om-verdachten-mensenhandel", 2021, 15, note="bron OM")
    assert (first.value, first.note) == (15.0, "bron OM")
    set_realisation(fresh_db, "om-verdachten-mensenhandel", 2021, 17)
    found = get_realisation(fresh_db, "om-verdachten-mensenhandel", 2021)
    assert found.value == 17.0 and found.note == ""
    assert len(list_realisations(fresh_db)) == 1
    assert delete_realisation(fresh_db, "om-verdachten-mensenhandel", 2021).value == 17.0
    assert get_realisation(fresh_db, "om-verdachten-mensenhandel", 2021) is None


def test_bad_realisations_are_refused_in_dutch(fresh_db):
    with pytest.raises(ValidationError, match="geen streefcijfer voor Noord-Holland"):
        set_realisation(fresh_db, "aantal-fietsen", 2021, 3)
    with pytest.raises(ValidationError, match="geen streefcijfer voor Noord-Holland"):
        set_realisation(fresh_db, "oskm-onderzoeken", 2021, 3)  # a national target only
    with pytest.raises(ValidationError, match="0 of meer"):
        set_realisation(fresh_db, "aangepakte-csvs", 2021, -1)
    with pytest.raises(ValidationError, match="geef een getal"):
        set_realisation(fresh_db, "aangepakte-csvs", 2021, "12")
    with pytest.raises(ValidationError, match="jaartal"):
        set_realisation(fresh_db, "aangepakte-csvs", 21, 12)


def test_progress_is_realised_over_the_target_of_the_same_year(fresh_db):
    set_realisation(fresh_db, "om-verdachten-mensenhandel", 2020, 12)
    set_realisation(fresh_db, "executie-dossiers", 2026, 9)
    rows = {row.key.indicator: row for row in overview(fresh_db, 2020) if not row.key.category}
    mensenhandel = rows["om-verdachten-mensenhandel"]
    assert (mensenhandel.target, mensenhandel.realised) == (15.0, 12.0)
    assert mensenhandel.progress == pytest.approx(0.8)
    later = {row.key.indicator: row for row in overview(fresh_db, 2026) if not row.key.category}
    assert later["executie-dossiers"].standing and later["executie-dossiers"].target == 10.0
    assert later["executie-dossiers"].progress == pytest.approx(0.9)
    csvs = later["aangepakte-csvs"]
    assert csvs.target is None and csvs.progress is None
    assert (csvs.last_target, csvs.last_target_year) == (70.0, 2019)
    assert progress(5, 0) is None and progress(None, 10) is None


def test_the_series_for_a_chart_has_one_point_per_year(fresh_db):
    key = get_target_key(fresh_db, "om-verdachten-mensenhandel")
    assert [(p.year, p.target, p.realised) for p in series(fresh_db, key)] == [
        (2019, 14.0, None), (2020, 15.0, None), (2021, 16.0, None), (2022, 18.0, None),
    ]  # fmt: skip
    set_realisation(fresh_db, "om-verdachten-mensenhandel", 2021, 16)
    set_realisation(fresh_db, "om-verdachten-mensenhandel", 2024, 20)
    points = series(fresh_db, key)
    assert [p.year for p in points] == [2019, 2020, 2021, 2022, 2023, 2024]
    assert [p.realised for p in points] == [None, None, 16.0, None, None, 20.0]
    assert [p.progress for p in points][2] == 1.0 and points[5].target is None
    widened = series(fresh_db, key, first_year=2018, last_year=2026)
    assert (widened[0].year, widened[-1].year) == (2018, 2026)
    dossiers = get_target_key(fresh_db, "executie-dossiers")
    assert series(fresh_db, dossiers) == []  # a standing target alone has no years
    set_realisation(fresh_db, "executie-dossiers", 2025, 8)
    assert [(p.year, p.target, p.realised) for p in series(fresh_db, dossiers)] == [
        (2025, 10.0, 8.0)]  # fmt: skip

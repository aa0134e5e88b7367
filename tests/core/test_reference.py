"""The read API over the reference data returns what the seed files hold."""

import pytest

from driehoek_app.core import reference
from driehoek_app.core.reference import NOORD_HOLLAND, PEILDATUM_2018, PEILDATUM_2022

BASISTEAMS = [
    ("Den Helder", "NHN"),
    ("Alkmaar", "NHN"),
    ("Hoorn", "NHN"),
    ("Heerhugowaard", "NHN"),
    ("Zaanstad", "ZAW"),
    ("Purmerend", "ZAW"),
    ("IJmond", "KEN"),
    ("Haarlem", "KEN"),
    ("Kennemer Kust", "KEN"),
    ("Haarlemmermeer", "KEN"),
]
YEARS = range(2019, 2023)
SECTION_KINDS = ["analyse", "waarom", "doelstelling", "waar_staan_we", "wat_gaan_we_doen"]


def test_three_districts_in_table_order(fresh_db):
    assert [(d.code, d.name) for d in reference.districts(fresh_db)] == [
        ("NHN", "District Noord-Holland-Noord"),
        ("ZAW", "District Zaanstreek-Waterland"),
        ("KEN", "District Kennemerland"),
    ]


def test_ten_basisteams_in_three_districts_in_table_order(fresh_db):
    teams = reference.basisteams(fresh_db)
    assert [(t.name, t.district_code) for t in teams] == BASISTEAMS
    assert teams[7].district_name == "District Kennemerland"
    assert len({t.id for t in teams}) == 10


def test_formation_for_both_peildatums_in_table_order(fresh_db):
    assert reference.peildatums(fresh_db) == [PEILDATUM_2018, PEILDATUM_2022]
    rows_2018 = reference.formation(fresh_db, PEILDATUM_2018)
    rows_2022 = reference.formation(fresh_db, PEILDATUM_2022)
    assert len(rows_2018) == len(rows_2022) == 48
    assert len(reference.formation(fresh_db)) == 96
    assert [r.position for r in rows_2018] == list(range(1, 49))
    assert [r.name for r in rows_2018[:4]] == [
        "Eenheid Noord-Holland",
        "Leiding Eenheid Noord-Holland",
        "Staf regionale eenheid",
        "District Noord-Holland-Noord",
    ]
    assert [r.basisteam_name for r in rows_2018 if r.basisteam_name] == [n for n, _ in BASISTEAMS]


def test_formation_rows_carry_figures_kinds_and_printed_dashes(fresh_db):
    rows = {(r.position, r.peildatum): r for r in reference.formation(fresh_db)}
    haarlem = rows[(23, PEILDATUM_2022)]
    assert (haarlem.name, haarlem.kind, haarlem.district_name, haarlem.basisteam_name) == (
        "Basisteam Haarlem",
        "afdeling",
        "District Kennemerland",
        "Haarlem",
    )
    assert (haarlem.aspirant, haarlem.wijkagent, haarlem.overig, haarlem.totaal) == pytest.approx(
        (16.00, 32.00, 169.20, 217.20)
    )
    header = rows[(1, PEILDATUM_2018)]
    assert header.kind == "eenheid"
    assert header.totaal is None
    assert header.dashes == ("aspirant", "wijkagent", "overig", "totaal")
    flexteam = rows[(10, PEILDATUM_2022)]
    assert flexteam.wijkagent is None and flexteam.dashes == ()
    drr_total = rows[(37, PEILDATUM_2022)]
    assert (drr_total.kind, drr_total.totaal, drr_total.dashes) == (
        "subtotaal",
        pytest.approx(573.50),
        ("wijkagent",),
    )
    unit_total = rows[(48, PEILDATUM_2018)]
    assert (unit_total.name, unit_total.kind) == ("Eenheid Noord-Holland", "subtotaal")
    assert unit_total.totaal == pytest.approx(3494.60)


def test_targets_hold_the_noord_holland_rows(fresh_db):
    rows = [t for t in reference.targets(fresh_db) if t.eenheid == NOORD_HOLLAND]
    found = {(t.goal_code, t.indicator, t.year, t.category): t.value for t in rows}
    assert found[("ondermijning", "aangepakte-csvs", 2019, "")] == 70
    mensenhandel = [found[("mensenhandel", "om-verdachten-mensenhandel", y, "")] for y in YEARS]
    assert mensenhandel == [14, 15, 16, 18]
    assert found[("cybercrime", "reguliere-cybercrime-onderzoeken", 2019, "")] == 23
    assert found[("executie", "executie-dossiers", None, "")] == 10
    assert found[("regeerakkoord", "regeerakkoord-fte", None, "")] == pytest.approx(61.3)
    assert found[("regeerakkoord", "regeerakkoord-fte", None, "Opsporing")] == pytest.approx(21.3)


def test_targets_filter_by_goal_and_mark_totals(fresh_db):
    rows = reference.targets(fresh_db, "mensenhandel")
    assert {t.goal_code for t in rows} == {"mensenhandel"}
    assert rows[0].goal_title == "Mensenhandel"
    totals = [t for t in rows if t.is_total]
    assert [(t.year, t.value, t.deviation) for t in totals] == [
        (2019, 190, 1),
        (2020, 205, -1),
        (2021, 220, -1),
        (2022, 240, 1),
    ]
    assert all(t.part_of == "Totaal" for t in rows if not t.is_total)


def test_not_yet_known_targets_have_no_value(fresh_db):
    rows = [t for t in reference.targets(fresh_db, "cybercrime") if t.year == 2021]
    unknown = [t for t in rows if t.indicator == "cybercrime-onderzoeken-landelijk"]
    assert len(unknown) == 4
    assert all(t.value is None and t.note == "ntb" for t in unknown)


def test_four_themes_with_five_sections_and_their_elements(fresh_db):
    themes = reference.themes(fresh_db)
    assert [t.code for t in themes] == reference.theme_codes(fresh_db)
    assert [(t.number, t.code) for t in themes] == [
        (1, "ondermijning"),
        (2, "zorg-en-veiligheid"),
        (3, "contraterrorisme"),
        (4, "cybercrime"),
    ]
    for theme in themes:
        assert [s.kind for s in theme.sections] == SECTION_KINDS
        assert theme.sections[0].heading == "Analyse van het thema"
        assert all(s.body for s in theme.sections[:4])
        assert theme.elements
        assert all(e.title and e.body for e in theme.elements)
    assert themes[0].short_title == "Ondermijning"


def test_policy_goals_national_themes_and_organisation_tasks(fresh_db):
    goals = reference.policy_goals(fresh_db)
    assert [(g.code, g.number) for g in goals] == [
        ("ondermijning", "2a"),
        ("mensenhandel", "2b"),
        ("cybercrime", "2c"),
        ("executie", "2d"),
    ]
    with_targets = reference.target_goals(fresh_db)
    assert [g.code for g in with_targets] == [*(g.code for g in goals), "regeerakkoord"]
    assert "61,3 fte" in with_targets[-1].body
    assert len(reference.national_themes(fresh_db)) == 5
    tasks = reference.organisation_tasks(fresh_db)
    assert len(tasks) == 6
    assert tasks[-1] == "Zet in op preventie en zorg waar kan, repressie waar moet."

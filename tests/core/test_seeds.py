"""The seed loader: the real seeds load and add up; a tampered or garbled seed is refused whole."""

import csv
import re
import shutil
from decimal import Decimal
from pathlib import Path

import pytest
import sqlite_utils

from driehoek_app.core import reference, seeds
from driehoek_app.core.db import apply_pragmas, open_database
from driehoek_app.core.errors import DatabaseError, SeedError
from driehoek_app.core.migrations import MIGRATIONS, migration_names
from driehoek_app.core.paths import seeds_dir
from driehoek_app.core.seed_themes import read_theme
from driehoek_app.core.seed_validation import SeedFile
from driehoek_app.core.seeds import REFERENCE_TABLES, load_reference_data, read_reference_seeds

LOAD_MIGRATION = "0002_reference_data"


@pytest.fixture
def seed_copy(tmp_path) -> Path:
    """A private copy of the real seed folder, named 'seeds', safe to tamper with."""
    folder = tmp_path / "seeds"
    shutil.copytree(seeds_dir(), folder)
    return folder


@pytest.fixture
def schema_only_db(tmp_path) -> sqlite_utils.Database:
    """A database with the reference schema but without the reference data."""
    db = sqlite_utils.Database(tmp_path / "schema.sqlite3")
    apply_pragmas(db)
    MIGRATIONS.apply(db, stop_before=LOAD_MIGRATION)
    yield db
    db.close()


def set_cell(path: Path, line: int, column: str, value: str) -> str:
    """Change one cell of a seed CSV (line numbers as in an editor); return the old value."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    index = rows[0].index(column)
    old = rows[line - 1][index]
    rows[line - 1][index] = value
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerows(rows)
    return old


def row_counts(db: sqlite_utils.Database) -> dict[str, int]:
    """Count the rows of every reference table."""
    return {t: db.execute(f"SELECT count(*) FROM [{t}]").fetchone()[0] for t in REFERENCE_TABLES}


def target_value(db, indicator: str, eenheid: str, year: int | None, category: str = ""):
    """Return the value of one target row as the reference API gives it."""
    [match] = [
        t
        for t in reference.targets(db)
        if (t.indicator, t.eenheid, t.year, t.category) == (indicator, eenheid, year, category)
    ]
    return match.value


def formation_row(db, name: str, peildatum: str, kind: str | None = None):
    """Return the formation row with this name (and kind) at one peildatum."""
    [match] = [
        r
        for r in reference.formation(db, peildatum)
        if r.name == name and (kind is None or r.kind == kind)
    ]
    return match


# --- the real seeds ---------------------------------------------------------------------------


def test_real_seeds_load_with_the_printed_figures(fresh_db):
    db = fresh_db
    haarlem = formation_row(db, "Basisteam Haarlem", reference.PEILDATUM_2022)
    assert haarlem.totaal == pytest.approx(217.20)
    for peildatum in (reference.PEILDATUM_2018, reference.PEILDATUM_2022):
        unit = formation_row(db, "Eenheid Noord-Holland", peildatum, kind="subtotaal")
        assert unit.totaal == pytest.approx(3494.60)
    assert target_value(db, "aangepakte-csvs", "Noord-Holland", 2019) == 70
    assert target_value(db, "aangepakte-csvs", "Totaal eenheden", 2019) == 920
    assert target_value(db, "aangepakte-csvs", "Totaal", 2019) == 1370
    assert target_value(db, "om-verdachten-mensenhandel", "Noord-Holland", 2022) == 18
    assert target_value(db, "reguliere-cybercrime-onderzoeken", "Noord-Holland", 2019) == 23
    assert target_value(db, "regeerakkoord-fte", "Noord-Holland", None) == pytest.approx(61.3)
    assert target_value(db, "oskm-onderzoeken", "Landelijk", 2022, "Totaal") == 515
    assert target_value(db, "cybercrime-onderzoeken-landelijk", "Landelijk", 2019, "Totaal") == 371
    assert target_value(db, "cybercrime-onderzoeken-landelijk", "Landelijk", 2021, "Totaal") is None
    assert target_value(db, "executie-positief-afgedaan", "Landelijk", None) == 40


def test_every_figure_of_the_printed_table_is_kept():
    seed = read_reference_seeds().formation
    den_helder = next(u for u in seed.units if u.name == "Basisteam Den Helder")
    assert den_helder.figures["2018"] == {
        "aspirant": Decimal("19.00"),
        "wijkagent": Decimal("26.00"),
        "overig": Decimal("120.10"),
        "totaal": Decimal("165.10"),
    }
    assert len(seed.units) == 48
    assert [u.kind for u in seed.units].count("subtotaal") == 6


def test_team_zsm_is_counted_in_the_kennemerland_total():
    units = read_reference_seeds().formation.units
    zsm = next(u for u in units if u.name == "Team ZSM")
    total = next(u for u in units if u.position == zsm.part_of)
    assert (total.name, total.kind, total.district_code) == (
        "District Kennemerland",
        "subtotaal",
        "KEN",
    )
    rest = [u for u in units if u.part_of == total.position and u is not zsm]
    for year, printed in (("2018", "813.10"), ("2022", "808.60")):
        without_zsm = sum(u.figures[year]["totaal"] for u in rest)
        assert total.figures[year]["totaal"] == Decimal(printed)
        assert without_zsm + zsm.figures[year]["totaal"] == Decimal(printed)
        assert without_zsm != Decimal(printed)


def test_regeerakkoord_fte_show_up_in_the_2022_formation():
    units = read_reference_seeds().formation.units

    def growth(unit, figures=("wijkagent", "overig")):
        return sum((unit.figures["2022"][f] or 0) - (unit.figures["2018"][f] or 0) for f in figures)

    districts = [u for u in units if u.kind == "subtotaal" and u.district_code]
    drr = next(u for u in units if u.kind == "subtotaal" and u.code == "DRR NH")
    unit_total = next(u for u in units if u.kind == "subtotaal" and u.part_of is None)
    assert sum(growth(d) for d in districts) == Decimal("40.00")
    assert growth(drr) == Decimal("21.30")
    assert -growth(unit_total, ("aspirant",)) == Decimal("61.30")


def test_source_totals_that_do_not_add_up_are_kept_and_documented():
    targets = read_reference_seeds().targets
    deviations = {(t.indicator, t.year): t.deviation for t in targets if t.deviation is not None}
    assert deviations == {
        ("om-verdachten-mensenhandel", 2019): 1,
        ("om-verdachten-mensenhandel", 2020): -1,
        ("om-verdachten-mensenhandel", 2021): -1,
        ("om-verdachten-mensenhandel", 2022): 1,
        ("reguliere-cybercrime-onderzoeken", 2019): 1,
    }
    printed = {
        t.year: t.value
        for t in targets
        if t.indicator == "om-verdachten-mensenhandel" and t.is_total
    }
    assert printed == {2019: 190, 2020: 205, 2021: 220, 2022: 240}


def test_the_formation_seed_writes_decimal_points_and_keeps_dashes():
    text = (seeds_dir() / "formation.csv").read_text(encoding="utf-8")
    assert "120.10" in text and "120,10" not in text
    rows = list(csv.DictReader(text.splitlines()))
    assert rows[0]["totaal_2018"] == "-"
    assert rows[4]["aspirant_2018"] == ""


# --- tampered formation.csv ---------------------------------------------------------------------


def test_a_changed_team_figure_is_refused_naming_file_row_and_column(seed_copy, schema_only_db):
    old = set_cell(seed_copy / "formation.csv", 7, "totaal_2018", "166.10")
    assert old == "165.10"
    with pytest.raises(SeedError) as caught:
        load_reference_data(schema_only_db, seed_copy)
    assert str(caught.value) == (
        "seeds/formation.csv, regel 7, kolom totaal_2018: 165,10 verwacht "
        "(aspirant + wijk-agent + overig), 166,10 gevonden."
    )
    assert set(row_counts(schema_only_db).values()) == {0}


def test_a_subtotal_that_does_not_match_its_rows_is_refused(seed_copy, schema_only_db):
    formation = seed_copy / "formation.csv"
    set_cell(formation, 13, "overig_2022", "615.80")
    set_cell(formation, 13, "totaal_2022", "821.30")
    with pytest.raises(SeedError) as caught:
        load_reference_data(schema_only_db, seed_copy)
    assert str(caught.value) == (
        "seeds/formation.csv, regel 13, kolom overig_2022: 614,80 verwacht "
        "(som van de onderdelen), 615,80 gevonden."
    )
    assert set(row_counts(schema_only_db).values()) == {0}


def test_a_unit_total_other_than_3494_60_is_refused(seed_copy):
    formation = seed_copy / "formation.csv"
    # Take 1,00 from Staf and from the unit total: every row and subtotal still adds up.
    set_cell(formation, 4, "overig_2018", "82.40")
    set_cell(formation, 4, "totaal_2018", "82.40")
    set_cell(formation, 49, "overig_2018", "2831.60")
    set_cell(formation, 49, "totaal_2018", "3493.60")
    with pytest.raises(SeedError, match=r"regel 49, kolom totaal_2018: 3494,60 verwacht"):
        read_reference_seeds(seed_copy)


def test_a_figure_with_a_decimal_comma_is_refused(seed_copy):
    set_cell(seed_copy / "formation.csv", 8, "overig_2018", "157,30")
    with pytest.raises(SeedError) as caught:
        read_reference_seeds(seed_copy)
    assert str(caught.value).startswith(
        "seeds/formation.csv, regel 8, kolom overig_2018: '157,30' is geen getal"
    )


def test_a_basisteam_without_its_name_is_refused(seed_copy):
    set_cell(seed_copy / "formation.csv", 9, "basisteam", "")
    with pytest.raises(SeedError, match=r"formation.csv, regel 9, kolom basisteam"):
        read_reference_seeds(seed_copy)


def test_an_unknown_kind_is_refused(seed_copy):
    set_cell(seed_copy / "formation.csv", 30, "soort", "totaal")
    with pytest.raises(SeedError, match=r"regel 30, kolom soort: 'totaal' is geen toegestane"):
        read_reference_seeds(seed_copy)


def test_a_failing_load_inside_the_migration_leaves_no_trace(seed_copy, tmp_path, monkeypatch):
    set_cell(seed_copy / "formation.csv", 24, "wijkagent_2022", "33.00")
    monkeypatch.setattr(seeds, "seeds_dir", lambda: seed_copy)
    path = tmp_path / "nieuw.sqlite3"
    with pytest.raises(SeedError, match="regel 24, kolom totaal_2022"):
        open_database(path)
    db = sqlite_utils.Database(path)
    names = migration_names()
    assert [m.name for m in MIGRATIONS.applied(db)] == names[: names.index(LOAD_MIGRATION)]
    assert set(row_counts(db).values()) == {0}


# --- tampered targets.csv -----------------------------------------------------------------------


def test_a_changed_target_is_refused_at_its_total(seed_copy, schema_only_db):
    targets = seed_copy / "targets.csv"
    assert set_cell(targets, 5, "streefwaarde", "71") == "70"
    with pytest.raises(SeedError) as caught:
        load_reference_data(schema_only_db, seed_copy)
    assert str(caught.value) == (
        "seeds/targets.csv, regel 12, kolom streefwaarde: 921 verwacht "
        "(som van de 10 delen), 920 gevonden."
    )
    assert set(row_counts(schema_only_db).values()) == {0}


def test_a_thousands_separator_copied_from_the_print_is_caught(seed_copy):
    set_cell(seed_copy / "targets.csv", 16, "streefwaarde", "1.370")
    with pytest.raises(SeedError) as caught:
        read_reference_seeds(seed_copy)
    assert str(caught.value) == (
        "seeds/targets.csv, regel 16, kolom streefwaarde: 1370 verwacht "
        "(som van Totaal eenheden, Functioneel Parket, Landelijk Parket, Gezamenlijk deel), "
        "1,370 gevonden."
    )


def test_a_removed_deviation_makes_the_printed_total_fail(seed_copy):
    set_cell(seed_copy / "targets.csv", 28, "afwijking", "")
    with pytest.raises(SeedError, match=r"regel 28, kolom streefwaarde: 189 verwacht"):
        read_reference_seeds(seed_copy)


def test_an_empty_target_must_be_marked_ntb(seed_copy):
    targets = seed_copy / "targets.csv"
    set_cell(targets, 5, "streefwaarde", "")
    with pytest.raises(SeedError, match=r"regel 5, kolom streefwaarde: een lege streefwaarde"):
        read_reference_seeds(seed_copy)


def test_an_unknown_goal_is_refused(seed_copy):
    set_cell(seed_copy / "targets.csv", 2, "doel", "verkeer")
    with pytest.raises(SeedError, match=r"targets.csv, regel 2, kolom doel: 'verkeer'"):
        read_reference_seeds(seed_copy)


def test_a_part_pointing_at_a_missing_total_is_refused(seed_copy):
    set_cell(seed_copy / "targets.csv", 3, "deel_van", "Totaal regio's")
    with pytest.raises(SeedError, match=r"regel 3, kolom deel_van"):
        read_reference_seeds(seed_copy)


# --- theme files ---------------------------------------------------------------------------------


def test_a_missing_theme_file_is_refused(seed_copy, schema_only_db):
    (seed_copy / "themes" / "3-contraterrorisme.md").unlink()
    with pytest.raises(SeedError, match=r"3-contraterrorisme.md.*gevonden: 1-ondermijning.md"):
        load_reference_data(schema_only_db, seed_copy)
    assert set(row_counts(schema_only_db).values()) == {0}


def test_a_garbled_theme_heading_is_refused_with_its_line(seed_copy):
    path = seed_copy / "themes" / "2-zorg-en-veiligheid.md"
    lines = path.read_text(encoding="utf-8").splitlines()
    line = lines.index("## Doelstelling") + 1
    lines[line - 1] = "## Doelen"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(SeedError) as caught:
        read_reference_seeds(seed_copy)
    assert str(caught.value) == (
        f"seeds/themes/2-zorg-en-veiligheid.md, regel {line}: "
        "'## Doelstelling' verwacht, '## Doelen' gevonden."
    )


def test_a_theme_without_front_matter_is_refused(seed_copy):
    path = seed_copy / "themes" / "4-cybercrime.md"
    path.write_text("## Analyse van het thema\n\nTekst.\n", encoding="utf-8")
    with pytest.raises(SeedError, match=r"4-cybercrime.md, regel 1: het bestand moet beginnen"):
        read_reference_seeds(seed_copy)


THEME_TEXT = """---
code: proef
number: 7
title: Een proefthema
short_title: Proef
---

## Analyse van het thema

Eerste alinea met **nadruk** en <haakjes> & tekens.

Tweede alinea.

## Waarom een eenheidsbrede prioriteit?

Omdat het kan.

## Doelstelling

- punt een
- punt twee

## Waar staan we nu?

Hier.

## Wat gaan we doen?

Inleiding op de aanpak.

### Eerste stap

Tekst van de eerste stap.

  Ingesprongen regel.

### Tweede stap

Tekst van de tweede stap.
"""


def write_theme(tmp_path: Path, text: str, name: str = "7-proef.md") -> SeedFile:
    """Write a small theme file in tmp_path/seeds/themes and return it as a seed file."""
    folder = tmp_path / "seeds"
    (folder / "themes").mkdir(parents=True, exist_ok=True)
    (folder / "themes" / name).write_text(text, encoding="utf-8")
    return SeedFile.in_folder(folder, "themes", name)


def test_theme_parser_reads_sections_and_elements_exactly(tmp_path):
    theme = read_theme(write_theme(tmp_path, THEME_TEXT))
    assert (theme.code, theme.number, theme.title, theme.short_title) == (
        "proef",
        7,
        "Een proefthema",
        "Proef",
    )
    assert [s.kind for s in theme.sections] == [
        "analyse",
        "waarom",
        "doelstelling",
        "waar_staan_we",
        "wat_gaan_we_doen",
    ]
    assert theme.sections[0].body == (
        "Eerste alinea met **nadruk** en <haakjes> & tekens.\n\nTweede alinea."
    )
    assert theme.sections[2].body == "- punt een\n- punt twee"
    assert theme.sections[4].body == "Inleiding op de aanpak."
    assert [(e.title, e.body) for e in theme.elements] == [
        ("Eerste stap", "Tekst van de eerste stap.\n\n  Ingesprongen regel."),
        ("Tweede stap", "Tekst van de tweede stap."),
    ]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("code: proef", "code: ander"), "verschilt van de code 'proef' in de bestandsnaam"),
        (("short_title: Proef\n", ""), "regel 5: de sleutel 'short_title' ontbreekt"),
        (("number: 7", "nummer: 7"), "regel 3: 'nummer: 7' is geen geldige kopregel"),
        (("## Waar staan we nu?\n\nHier.\n\n", ""), "'## Waar staan we nu?' verwacht"),
        (("- punt twee\n", "- punt twee\n\n### Te vroeg\n\nx\n"), "horen alleen onder"),
        (("### Tweede stap", "#### Tweede stap"), "geen toegestane kop"),
        (("### Tweede stap\n\nTekst van de tweede stap.\n", "### Tweede stap\n"), "is leeg"),
        (("## Wat gaan we doen?", "## Wat doen we?"), "'## Wat gaan we doen?' verwacht"),
    ],
)
def test_theme_parser_refuses_garbled_files(tmp_path, change, message):
    old, new = change
    assert old in THEME_TEXT
    seed = write_theme(tmp_path, THEME_TEXT.replace(old, new))
    with pytest.raises(SeedError, match=re.escape(message)):
        read_theme(seed)


def test_theme_file_name_must_carry_number_and_code(tmp_path):
    seed = write_theme(tmp_path, THEME_TEXT, name="proef.md")
    with pytest.raises(SeedError, match=r"seeds/themes/proef\.md: de bestandsnaam"):
        read_theme(seed)


# --- JSON texts and loading twice -----------------------------------------------------------------


def test_a_broken_agenda_file_is_refused(seed_copy):
    (seed_copy / "veiligheidsagenda.json").write_text('{"policy_goals": [', encoding="utf-8")
    with pytest.raises(SeedError, match=r"seeds/veiligheidsagenda.json, regel 1: geen geldige"):
        read_reference_seeds(seed_copy)


def test_a_missing_seed_file_is_named(seed_copy):
    (seed_copy / "targets.csv").unlink()
    with pytest.raises(SeedError, match=r"^seeds/targets.csv ontbreekt\.$"):
        read_reference_seeds(seed_copy)


def test_loading_into_filled_tables_is_refused(fresh_db):
    before = row_counts(fresh_db)
    with pytest.raises(DatabaseError, match="al gevuld"):
        load_reference_data(fresh_db)
    assert row_counts(fresh_db) == before

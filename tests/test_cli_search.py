"""`driehoek search`, the register exports, `calendar` and `demo`, run in subprocesses."""

import json
import os
import subprocess
import sys

import openpyxl
import pandas as pd
import pytest

from driehoek_app.core.actions import add_action
from driehoek_app.core.agenda import list_items, update_item
from driehoek_app.core.agenda_templates import default_template
from driehoek_app.core.bodies import body_by_code
from driehoek_app.core.db import open_database
from driehoek_app.core.decisions import add_decision
from driehoek_app.core.meetings import create_meeting


def driehoek(db_path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run `python -m driehoek_app --db DB ARGS` in the database's folder, as a user would."""
    folder = db_path.parent
    env = {k: v for k, v in os.environ.items() if k != "DRIEHOEK_DB"}
    env.update(PYTHONIOENCODING="utf-8", XDG_STATE_HOME=str(folder / "state"),
               XDG_DATA_HOME=str(folder / "data"))  # fmt: skip
    return subprocess.run(
        [sys.executable, "-m", "driehoek_app", "--db", str(db_path), *args],
        cwd=folder, env=env, capture_output=True, text=True, encoding="utf-8", timeout=300,
    )  # fmt: skip


def assert_failed(result, code: int, text: str) -> None:
    """The command failed with this exit code and a Dutch sentence, no traceback."""
    assert result.returncode == code, result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    assert text in result.stderr


@pytest.fixture(scope="module")
def db_path(tmp_path_factory):
    """A database with a Hoorn and a Zaanstad meeting holding known texts."""
    path = tmp_path_factory.mktemp("zoeken") / "db.sqlite3"
    db = open_database(path)
    template = default_template(db).id
    for code, day in (("HRN", "2026-03-10"), ("ZST", "2026-04-21")):
        meeting = create_meeting(db, body_by_code(db, code).id, day, template_id=template)
        item = list_items(db, meeting.id)[4]
        update_item(db, item.id, minutes=f"Evaluatie hennepconvenant; cocaïne in {code}.")
        add_decision(db, item.id, "De driehoek verlengt het hennepconvenant tot 2028.")
        add_action(db, item.id, "Convenant laten tekenen", "Teamchef", "2026-01-31")
    db.close()
    return path


# ----- search ----------------------------------------------------------------------------


def test_search_prints_hits_per_kind_with_highlights(db_path):
    result = driehoek(db_path, "search", "henne")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Verslagen: 2 treffer(s)"
    assert "Besluiten: 2 treffer(s)" in lines
    assert any("[hennepconvenant]" in line and "Zaanstad" in line for line in lines)
    decision = "ZST-2026-001: De driehoek verlengt het [hennepconvenant] tot 2028."
    assert f"  2026-04-21  Zaanstad  {decision}" in lines


def test_search_json_lines(db_path):
    result = driehoek(db_path, "search", "cocaine", "--json")
    assert result.returncode == 0, result.stderr
    hits = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(h["kind"], h["basisteam"], h["date"]) for h in hits] == [
        ("notulen", "Zaanstad", "2026-04-21"), ("notulen", "Hoorn", "2026-03-10"),
    ]  # fmt: skip
    first = hits[0]
    assert {"kind", "meeting_id", "date", "basisteam", "snippet"} <= set(first)
    assert "\x02cocaïne\x03" in first["snippet"]
    assert isinstance(first["meeting_id"], int) and isinstance(first["item_id"], int)


def test_search_options(db_path):
    result = driehoek(db_path, "search", "hennepconvenant", "--json", "--kind", "besluit",
                      "--limit", "1", "--body", "HRN")  # fmt: skip
    hits = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(h["kind"], h["body"], h["label"]) for h in hits] == [
        ("besluit", "HRN", "HRN-2026-001")
    ]
    relevance = driehoek(db_path, "search", "convenant", "--order", "relevance")
    assert relevance.returncode == 0 and "Acties: 2 treffer(s)" in relevance.stdout


@pytest.mark.parametrize("query", ['"AND ( *', "OR", "-", "NOT:x)", "x" * 3000])
def test_nasty_queries_are_answered(db_path, query):
    result = driehoek(db_path, "search", "--", query)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


def test_empty_query_and_no_hits(db_path):
    assert driehoek(db_path, "search").stdout.startswith("Geen zoekwoorden")
    assert driehoek(db_path, "search", "fietsendiefstal").stdout == (
        "Geen treffers voor 'fietsendiefstal'.\n"
    )
    assert driehoek(db_path, "search", "fietsendiefstal", "--json").stdout == ""


def test_search_refusals(db_path):
    assert_failed(driehoek(db_path, "search", "x", "--body", "XYZ"), 1, "onbekende overlegcode")
    assert_failed(driehoek(db_path, "search", "x", "--kind", "mail"), 2, "ongeldige keuze 'mail'")


# ----- exports ---------------------------------------------------------------------------


def test_export_decisions_csv_with_dutch_headers(db_path):
    out = db_path.parent / "besluiten.csv"
    result = driehoek(db_path, "export", "decisions", "--format", "csv", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert "Geëxporteerd: 2 regels" in result.stdout
    frame = pd.read_csv(out, sep=";", encoding="utf-8-sig", dtype=str)
    assert list(frame.columns)[:7] == [
        "nummer", "datum", "overleg", "basisteam", "agendapunt_nr", "agendapunt", "besluit",
    ]  # fmt: skip
    assert frame["nummer"].tolist() == ["HRN-2026-001", "ZST-2026-001"]
    assert frame["themas"].tolist() == ["ondermijning", "ondermijning"]


def test_export_actions_xlsx_with_filters(db_path):
    out = db_path.parent / "acties.xlsx"
    result = driehoek(db_path, "export", "actions", "--format", "xlsx", "-o", str(out),
                      "--basisteam", "Zaanstad", "--overdue")  # fmt: skip
    assert result.returncode == 0, result.stderr
    sheet = openpyxl.load_workbook(out).active
    rows = list(sheet.values)
    assert rows[0][:6] == ("actie", "eigenaar", "deadline", "status", "te_laat", "opmerking")
    assert "datum_vergadering" in rows[0] and "basisteam" in rows[0]
    assert len(rows) == 2 and rows[1][0] == "Convenant laten tekenen" and rows[1][8] == "Zaanstad"
    assert sheet.title == "Acties"


def test_export_meetings_and_filter_refusals(db_path):
    out = db_path.parent / "vergaderingen.csv"
    result = driehoek(
        db_path, "export", "meetings", "--format", "csv", "-o", str(out), "--year", "2026",
        "--status", "concept", "--theme", "ondermijning",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    frame = pd.read_csv(out, sep=";", encoding="utf-8-sig", dtype=str)
    assert frame["basisteam"].tolist() == ["Hoorn", "Zaanstad"]
    wrong = driehoek(db_path, "export", "meetings", "--format", "csv", "-o", str(out),
                     "--overdue")  # fmt: skip
    assert_failed(wrong, 1, "De optie --overdue geldt niet voor meetings.")
    bad_theme = driehoek(db_path, "export", "decisions", "--format", "csv", "-o", str(out),
                         "--theme", "fietsen")  # fmt: skip
    assert_failed(bad_theme, 1, "onbekend thema 'fietsen'")
    bad_status = driehoek(db_path, "export", "actions", "--format", "csv", "-o", str(out),
                          "--status", "klaar")  # fmt: skip
    assert_failed(bad_status, 1, "'klaar' is geen geldige keuze")


# ----- calendar --------------------------------------------------------------------------


def test_calendar_for_a_meeting_and_for_a_body_year(db_path):
    one = db_path.parent / "een.ics"
    result = driehoek(db_path, "calendar", "1", "-o", str(one))
    assert result.returncode == 0, result.stderr
    assert "1 vergadering(en)" in result.stdout
    assert one.read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")
    year = db_path.parent / "jaar.ics"
    result = driehoek(db_path, "calendar", "--body", "ZST", "--year", "2026", "-o", str(year))
    assert result.returncode == 0, result.stderr
    assert year.read_text(encoding="utf-8").count("BEGIN:VEVENT") == 1


def test_calendar_refusals(db_path):
    out = str(db_path.parent / "x.ics")
    assert_failed(driehoek(db_path, "calendar", "-o", out), 1, "Geef een vergadering (ID)")
    assert_failed(driehoek(db_path, "calendar", "1", "--body", "ZST", "-o", out), 1, "niet beide")
    assert_failed(driehoek(db_path, "calendar", "99", "-o", out), 1, "Vergadering 99 bestaat niet")
    assert_failed(
        driehoek(db_path, "calendar", "--body", "ZST", "--year", "2019", "-o", out),
        1,
        "heeft geen vergaderingen in 2019",
    )


# ----- demo ------------------------------------------------------------------------------


def test_demo_fills_a_new_database_once_and_refuses_real_data(tmp_path, db_path):
    demo = tmp_path / "demo.sqlite3"
    result = driehoek(demo, "demo", "--years", "1", "--seed", "4")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"Demogegevens gemaakt in {demo}: ")
    assert "verzonnen" in result.stdout
    assert_failed(driehoek(demo, "demo", "--years", "1"), 1, "bevat al demogegevens")
    assert_failed(driehoek(db_path, "demo", "--years", "1"), 1, "bevat 2 echte vergadering")
    removed = driehoek(demo, "demo", "--remove")
    assert removed.returncode == 0 and removed.stdout.startswith("Demogegevens verwijderd: ")
    assert_failed(driehoek(demo, "demo", "--years", "0"), 1, "Aantal jaren")

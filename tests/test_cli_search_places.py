"""`driehoek search` with a place in the query, run in a subprocess as a user would."""

import json
import os
import subprocess
import sys

import pytest

from driehoek_app.core.agenda import list_items
from driehoek_app.core.agenda_templates import default_template
from driehoek_app.core.bodies import body_by_code
from driehoek_app.core.db import open_database
from driehoek_app.core.decisions import add_decision
from driehoek_app.core.meetings import create_meeting


def driehoek(db_path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run `python -m driehoek_app --db DB ARGS` in the database's folder."""
    folder = db_path.parent
    env = {k: v for k, v in os.environ.items() if k != "DRIEHOEK_DB"}
    env.update(PYTHONIOENCODING="utf-8", XDG_STATE_HOME=str(folder / "state"),
               XDG_DATA_HOME=str(folder / "data"))  # fmt: skip
    return subprocess.run(
        [sys.executable, "-m", "driehoek_app", "--db", str(db_path), *args],
        cwd=folder, env=env, capture_output=True, text=True, encoding="utf-8", timeout=300,
    )  # fmt: skip


@pytest.fixture(scope="module")
def db_path(tmp_path_factory):
    """A Hoorn and a Zaanstad meeting that both decide on the hennepconvenant."""
    path = tmp_path_factory.mktemp("plaatsen") / "db.sqlite3"
    db = open_database(path)
    template = default_template(db).id
    texts = {
        "HRN": "De driehoek verlengt het hennepconvenant tot 2028.",
        "ZST": "Het hennepconvenant wordt geëvalueerd; cameratoezicht blijft.",
    }
    for code, day in (("HRN", "2026-03-10"), ("ZST", "2026-04-21")):
        meeting = create_meeting(db, body_by_code(db, code).id, day, template_id=template)
        add_decision(db, list_items(db, meeting.id)[4].id, texts[code])
    db.close()
    return path


def json_hits(db_path, *query: str) -> list[dict]:
    """Return the hits of `driehoek search QUERY --json`."""
    result = driehoek(db_path, "search", *query, "--json")
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_hennepconvenant_hoorn_finds_the_hoorn_decision_only(db_path):
    hits = json_hits(db_path, "hennepconvenant", "hoorn")
    assert [(h["kind"], h["label"], h["basisteam"]) for h in hits] == [
        ("besluit", "HRN-2026-001", "Hoorn")
    ]
    assert hits[0]["snippet"] == "De driehoek verlengt het \x02hennepconvenant\x03 tot 2028."
    assert [h["label"] for h in json_hits(db_path, "hoorn", "hennepconv")] == ["HRN-2026-001"]


def test_zaanstad_cameratoezicht_finds_the_zaanstad_decision(db_path):
    hits = json_hits(db_path, "Zaanstad", "cameratoezicht")
    assert [(h["label"], h["basisteam"]) for h in hits] == [("ZST-2026-001", "Zaanstad")]
    assert json_hits(db_path, "Hoorn", "cameratoezicht") == []


def test_the_text_output_highlights_the_text_word(db_path):
    result = driehoek(db_path, "search", "hennepconvenant", "hoorn")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Besluiten: 1 treffer(s)"
    assert lines[1] == (
        "  2026-03-10  Hoorn  HRN-2026-001: De driehoek verlengt het [hennepconvenant] tot 2028."
    )

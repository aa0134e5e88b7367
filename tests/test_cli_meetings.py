"""`driehoek import-meeting` / `export-meeting` / `list-meetings`, run in subprocesses."""

import json
import os
import sqlite3
import subprocess
import sys

import pytest

EXAMPLE = {
    "basisteam": "Haarlem", "date": "2026-12-03", "start": "09:00", "end": "10:30",
    "location": "Stadhuis", "classification": "vertrouwelijk",
    "attendees": [{"name": "A. de Vries", "role": "burgemeester",
                   "organisation": "Gemeente Haarlem", "present": True}],
    "items": [{"title": "Ondermijningsbeeld", "themes": ["ondermijning"], "presenter": "Teamchef",
               "duration_min": 20, "confidential": False, "minutes": "Vrije tekst,\nmet regels.",
               "decisions": ["De driehoek stemt in met ..."],
               "actions": [{"text": "Plan van aanpak opstellen", "owner": "Teamchef",
                            "due": "2027-01-15"}]}],
}  # fmt: skip


def driehoek(tmp_path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run `python -m driehoek_app --db tmp/db.sqlite3 ARGS` as a user would."""
    env = {k: v for k, v in os.environ.items() if k != "DRIEHOEK_DB"}
    env.update(PYTHONIOENCODING="utf-8", XDG_STATE_HOME=str(tmp_path / "state"),
               XDG_DATA_HOME=str(tmp_path / "data"))  # fmt: skip
    return subprocess.run(
        [sys.executable, "-m", "driehoek_app", "--db", str(tmp_path / "db.sqlite3"), *args],
        cwd=tmp_path, env=env, capture_output=True, text=True, encoding="utf-8", timeout=120,
    )  # fmt: skip


def write(tmp_path, data, name="f.json"):
    """Write a meeting file (a dict as JSON, or raw text/bytes) and return its path."""
    path = tmp_path / name
    if isinstance(data, bytes):
        path.write_bytes(data)
    elif isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def meeting_count(tmp_path) -> int:
    """Count meetings in the test database (0 when it was never created)."""
    path = tmp_path / "db.sqlite3"
    if not path.exists():
        return 0
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT COUNT(*) FROM meetings").fetchone()[0]


def assert_failed(result, code, text):
    """The command failed with this exit code and a Dutch sentence, no traceback."""
    assert result.returncode == code, result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    assert text in result.stderr
    assert result.stdout == ""


def test_import_prints_the_id_and_export_round_trips(tmp_path):
    result = driehoek(tmp_path, "import-meeting", str(write(tmp_path, EXAMPLE)))
    assert result.returncode == 0, result.stderr
    assert result.stdout == "1\n"
    exported = driehoek(tmp_path, "export-meeting", "1", "-o", "uit.json")
    assert exported.returncode == 0, exported.stderr
    assert "Vergadering 1 geëxporteerd naar" in exported.stdout
    data = json.loads((tmp_path / "uit.json").read_text(encoding="utf-8"))
    assert data["items"][0]["decisions"][0]["number"] == "HLM-2026-001"
    assert data["items"][0]["minutes"] == "Vrije tekst,\nmet regels."

    other = tmp_path / "ander"
    other.mkdir()
    assert driehoek(other, "import-meeting", str(tmp_path / "uit.json")).stdout == "1\n"
    assert driehoek(other, "export-meeting", "1", "-o", "terug.json").returncode == 0
    assert json.loads((other / "terug.json").read_text(encoding="utf-8")) == data
    listed = driehoek(other, "list-meetings", "--body", "HLM")
    assert "2026-12-03 09:00-10:30  HLM" in listed.stdout


def test_bad_date_names_the_place_and_writes_nothing(tmp_path):
    data = json.loads(json.dumps(EXAMPLE))
    data["items"] = data["items"] * 4
    data["items"] = json.loads(json.dumps(data["items"]))
    data["items"][3]["actions"][0]["due"] = "15 januari"
    result = driehoek(tmp_path, "import-meeting", str(write(tmp_path, data)))
    assert_failed(result, 1, "Fout: items[3].actions[0].due: geen geldige datum")
    assert meeting_count(tmp_path) == 0


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is leeg"),
        ("{niet: json}", "geen geldige JSON (fout op regel 1, kolom 2)"),
        ({**EXAMPLE, "basisteam": "Utrecht"}, "geldig zijn: Den Helder, Alkmaar, Hoorn"),
        ({**EXAMPLE, "items": [{"title": "x", "themes": ["drugs"]}]},
         "items[0].themes[0]: onbekend thema 'drugs'; geldig zijn: ondermijning"),
        ({**EXAMPLE, "date": 3}, "date: geen geldige datum"),
        ({**EXAMPLE, "date": "0001-01-01"}, "Fout: date: 0001-01-01 ligt buiten 1990-2100."),
        ({**EXAMPLE, "basisteam": "Amsterdam"}, "basisteam: onbekend basisteam 'Amsterdam'"),
        ({**EXAMPLE, "items": [{"title": "x", "minutes": "x" * 2_000_001}]},
         "items[0].minutes: de tekst is te lang"),
    ],
)  # fmt: skip
def test_bad_files_get_a_dutch_error_and_exit_1(tmp_path, content, message):
    result = driehoek(tmp_path, "import-meeting", str(write(tmp_path, content)))
    assert_failed(result, 1, message)
    assert meeting_count(tmp_path) == 0


def test_a_basisteam_in_lower_case_is_accepted(tmp_path):
    result = driehoek(
        tmp_path, "import-meeting", str(write(tmp_path, {**EXAMPLE, "basisteam": "haarlem"}))
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == "1\n"


def test_duplicate_import_is_refused_unless_allowed(tmp_path):
    path = write(tmp_path, EXAMPLE)
    assert driehoek(tmp_path, "import-meeting", str(path)).returncode == 0
    assert_failed(driehoek(tmp_path, "import-meeting", str(path)), 1, "--allow-duplicate")
    assert meeting_count(tmp_path) == 1
    again = driehoek(tmp_path, "import-meeting", "--allow-duplicate", str(path))
    assert again.stdout == "2\n"


def test_export_errors(tmp_path):
    missing = driehoek(tmp_path, "import-meeting", "bestaat-niet.json")
    assert_failed(missing, 1, "bestaat niet")
    assert_failed(driehoek(tmp_path, "export-meeting", "9", "-o", "x.json"), 1, "Vergadering 9")
    assert_failed(driehoek(tmp_path, "export-meeting", "negen", "-o", "x.json"), 2, "ongeldige")
    assert driehoek(tmp_path, "import-meeting", str(write(tmp_path, EXAMPLE))).returncode == 0
    assert_failed(driehoek(tmp_path, "export-meeting", "1", "-o", "db.sqlite3"), 1, "database zelf")
    no_folder = driehoek(tmp_path, "export-meeting", "1", "-o", "geen/map.json")
    assert_failed(no_folder, 1, "bestaat niet")
    assert not (tmp_path / "x.json").exists()

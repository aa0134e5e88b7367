"""`driehoek report`, `import-beeld` and `beeld-template`, run in subprocesses as a user would."""

import json
import os
import subprocess
import sys

import openpyxl
import pytest
from pypdf import PdfReader

MEETING = {
    "basisteam": "Haarlem", "date": "2026-04-16", "start": "09:30", "end": "11:00",
    "location": "Stadhuis", "classification": "vertrouwelijk",
    "attendees": [{"name": "A. de Vries", "role": "burgemeester",
                   "organisation": "Gemeente Haarlem", "present": True}],
    "items": [
        {"title": "Hennepaanpak", "themes": ["ondermijning"], "duration_min": 25,
         "decisions": ["De burgemeester sluit woningen met een kwekerij & meldt dit <direct>."],
         "actions": [{"text": "Corporaties informeren", "owner": "Gemeente",
                      "due": "2026-06-01"}]},
        {"title": "Cyberweerbaarheid", "themes": ["cybercrime"], "duration_min": 15},
        {"title": "Casus", "themes": ["ondermijning"], "duration_min": 10, "confidential": True,
         "decisions": ["Geheim besluit over de casus."]},
    ],
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


def assert_failed(result, text: str, code: int = 1) -> None:
    """The command failed with this exit code and Dutch text, no traceback."""
    assert result.returncode == code, result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    assert text in result.stderr, result.stderr


def text_of(path) -> str:
    """Extract the text of every page, whitespace runs made single spaces."""
    pages = PdfReader(path).pages
    return " ".join(" ".join(page.extract_text().replace("\u00a0", " ").split()) for page in pages)


@pytest.fixture
def filled_template(tmp_path):
    """Make the template through the CLI and fill it as a secretary would."""
    result = driehoek(tmp_path, "beeld-template", "-o", "sjabloon.xlsx")
    assert result.returncode == 0, result.stderr
    assert "Sjabloon voor een ondermijningsbeeld geschreven naar" in result.stdout
    book = openpyxl.load_workbook(tmp_path / "sjabloon.xlsx")
    book["Fenomenen"].append(["hennep", "Zolderkwekerijen.", 4, 3, None, "stijgend", "hoog",
                              "Schalkwijk", None, None])  # fmt: skip
    book["Signalen"].append(["S1", "03-02-2026", "politie", "hennep", "Stroomverbruik.", None,
                             "gemeente", None, "Sluiting", None])  # fmt: skip
    book["Interventies"].append(["I1", "bestuurlijk", "Sluiting woning.", "gemeente", None,
                                 "afgerond", None, None, "Dicht.", "S1", "hennep"])  # fmt: skip
    book["Resultaten"].append(["I1", "beslag", None, "2.500,00", None])
    path = tmp_path / "haarlem-2026.xlsx"
    book.save(path)
    return path


def test_import_beeld_then_report_for_the_basisteam(tmp_path, filled_template):
    meeting = tmp_path / "vergadering.json"
    meeting.write_text(json.dumps(MEETING, ensure_ascii=False), encoding="utf-8")
    assert driehoek(tmp_path, "import-meeting", str(meeting)).returncode == 0
    result = driehoek(tmp_path, "import-beeld", filled_template.name, "--basisteam", "Haarlem",
                      "--year", "2026")  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == (
        "Ondermijningsbeeld Haarlem 2026 ingelezen: 1 fenomeen, 1 signaal, 1 interventie, "
        "1 resultaat.")  # fmt: skip
    result = driehoek(tmp_path, "report", "--year", "2026", "-o", "jaar.pdf",
                      "--basisteam", "Haarlem")  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Jaarrapportage 2026 (Basisteam Haarlem) geschreven naar" in result.stdout
    text = text_of(tmp_path / "jaar.pdf")
    assert "Jaarrapportage 2026 Basisteam Haarlem (District Kennemerland)" in text
    assert "Ondermijning 1 2 35 2 1 0 0" in text
    assert "Cybercrime 1 1 15 0 0 0 0" in text
    assert "HLM-2026-001" in text and "kwekerij & meldt dit <direct>." in text
    assert "Geheim besluit" not in text
    assert "beslag 1 € 2.500,00 1" in text
    assert "Pagina 1 van" in text and "Vertrouwelijk" in text


def test_a_second_import_needs_replace(tmp_path, filled_template):
    args = ("import-beeld", filled_template.name, "--basisteam", "haarlem", "--year", "2026")
    assert driehoek(tmp_path, *args).returncode == 0
    assert_failed(driehoek(tmp_path, *args), "bevat al fenomenen, signalen of interventies")
    result = driehoek(tmp_path, *args, "--replace")
    assert result.returncode == 0, result.stderr
    assert "Ondermijningsbeeld Haarlem 2026 vervangen" in result.stdout


def test_import_errors_are_listed_with_their_place(tmp_path, filled_template):
    book = openpyxl.load_workbook(filled_template)
    book["Signalen"]["B2"] = "dertig maart"
    book["Interventies"]["D2"] = "gemeentehuis"
    book.save(filled_template)
    result = driehoek(tmp_path, "import-beeld", filled_template.name, "--basisteam", "Haarlem",
                      "--year", "2026")  # fmt: skip
    assert_failed(result, "het ondermijningsbeeld is niet ingelezen; er is niets opgeslagen")
    assert "blad Signalen, rij 2, kolom datum: geen geldige datum" in result.stderr
    assert "blad Interventies, rij 2, kolom partner: 'gemeentehuis' is geen geldige keuze" in (
        result.stderr)  # fmt: skip
    report = driehoek(tmp_path, "report", "--year", "2026", "-o", "leeg.pdf", "--basisteam",
                      "Haarlem")  # fmt: skip
    assert report.returncode == 0, report.stderr
    assert "Geen ondermijningsbeeld voor 2026 vastgelegd voor dit basisteam: Haarlem." in (
        text_of(tmp_path / "leeg.pdf"))  # fmt: skip


def test_the_unit_report_and_its_options(tmp_path):
    result = driehoek(tmp_path, "report", "--year", "2026", "-o", "eenheid.pdf",
                      "--classification", "intern")  # fmt: skip
    assert result.returncode == 0, result.stderr
    text = text_of(tmp_path / "eenheid.pdf")
    assert "Jaarrapportage 2026 Eenheid Noord-Holland" in text and "Intern" in text
    assert "Agendapunten per basisteam en thema" in text


@pytest.mark.parametrize(
    ("args", "message", "code"),
    [
        (("report", "--year", "2026", "-o", "x.pdf", "--basisteam", "Amsterdam"),
         "onbekend basisteam 'Amsterdam'; geldig zijn: Den Helder", 1),
        (("report", "--year", "26", "-o", "x.pdf"), "--year: geef een jaartal", 1),
        (("report", "--year", "2026", "-o", "geen/map/x.pdf"), "bestaat niet", 1),
        (("report", "-o", "x.pdf"), "--year", 2),
        (("import-beeld", "weg.xlsx", "--basisteam", "Haarlem", "--year", "2026"),
         "het bestand weg.xlsx bestaat niet", 1),
        (("import-beeld", "x.xlsx", "--year", "2026"), "--basisteam", 2),
        (("beeld-template", "-o", "sjabloon.csv"), "eindigt op .csv", 1),
    ],
)  # fmt: skip
def test_mistakes_get_one_dutch_sentence(tmp_path, args, message, code):
    assert_failed(driehoek(tmp_path, *args), message, code)

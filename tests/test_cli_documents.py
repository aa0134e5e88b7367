"""`driehoek agenda` and `driehoek minutes`, run in subprocesses as a secretary would."""

import json
import os
import subprocess
import sys

import pytest
from pypdf import PdfReader

MEETING = {
    "basisteam": "Zaanstad", "date": "2026-12-03", "start": "09:00", "end": "10:30",
    "location": "Stadhuis Zaandam", "classification": "vertrouwelijk",
    "attendees": [
        {"name": "F. de Wit", "role": "burgemeester", "organisation": "Gemeente Zaanstad",
         "present": True},
        {"name": "G. Öztürk", "role": "secretaris", "organisation": "Gemeente Zaanstad",
         "present": True},
    ],
    "chair": "F. de Wit",
    "items": [
        {"title": "Ondermijningsbeeld", "themes": ["ondermijning"], "presenter": "Teamchef",
         "duration_min": 20, "minutes": "Vrije tekst & <meer>,\nmet regels.",
         "decisions": ["De driehoek stemt in met het plan."],
         "actions": [{"text": "Plan van aanpak opstellen", "owner": "Teamchef",
                      "due": "2027-01-15"}]},
        {"title": "Casus Kerkstraat", "confidential": True, "duration_min": 10,
         "minutes": "Geheime bespreking Kerkstraat."},
    ],
}  # fmt: skip
PASSWORD = "Zaanse schans 2026"


def driehoek(tmp_path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run `python -m driehoek_app --db tmp/db.sqlite3 ARGS` as a user would."""
    env = {k: v for k, v in os.environ.items() if k != "DRIEHOEK_DB"}
    env.update(PYTHONIOENCODING="utf-8", XDG_STATE_HOME=str(tmp_path / "state"),
               XDG_DATA_HOME=str(tmp_path / "data"))  # fmt: skip
    return subprocess.run(
        [sys.executable, "-m", "driehoek_app", "--db", str(tmp_path / "db.sqlite3"), *args],
        cwd=tmp_path, env=env, capture_output=True, text=True, encoding="utf-8", timeout=120,
    )  # fmt: skip


@pytest.fixture
def meeting_id(tmp_path) -> str:
    """Import the fictional Zaanstad meeting through the CLI and return its id."""
    path = tmp_path / "vergadering.json"
    path.write_text(json.dumps(MEETING, ensure_ascii=False), encoding="utf-8")
    result = driehoek(tmp_path, "import-meeting", str(path))
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def text_of(path, password: str | None = None) -> str:
    """Extract the text of every page of a PDF, whitespace runs made single spaces."""
    reader = PdfReader(path)
    if password is not None:
        assert reader.decrypt(password)
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def assert_failed(result, text: str, code: int = 1) -> None:
    """The command failed with this exit code and a Dutch sentence, no traceback."""
    assert result.returncode == code, result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    assert text in result.stderr


def test_agenda_command_writes_the_agenda(tmp_path, meeting_id):
    result = driehoek(tmp_path, "agenda", meeting_id, "-o", "agenda.pdf")
    assert result.returncode == 0, result.stderr
    assert f"Agenda van vergadering {meeting_id} geschreven naar" in result.stdout
    assert "De inhoud van het vertrouwelijke agendapunt 2 is niet opgenomen;" in result.stdout
    text = text_of(tmp_path / "agenda.pdf")
    assert "Agenda Basisteamdriehoek Zaanstad" in text
    assert "09:00 1. Ondermijningsbeeld" in text
    assert "09:20 2. Casus Kerkstraat" in text
    assert "Pagina 1 van 1" in text


def test_minutes_command_leaves_confidential_items_out(tmp_path, meeting_id):
    result = driehoek(tmp_path, "minutes", meeting_id, "-o", "verslag.pdf")
    assert result.returncode == 0, result.stderr
    assert "geschreven naar" in result.stdout
    text = text_of(tmp_path / "verslag.pdf")
    assert "Vrije tekst & <meer>, met regels." in text
    assert "ZST-2026-001" in text
    assert "Plan van aanpak opstellen Teamchef 15 januari 2027" in text
    assert "Geheime bespreking" not in text
    assert "Dit agendapunt is besproken en niet genotuleerd (vertrouwelijk)." in text


def test_the_notice_names_several_confidential_items_grammatically(tmp_path):
    data = {**MEETING, "items": [*MEETING["items"], {**MEETING["items"][1], "title": "Casus B"}]}
    path = tmp_path / "twee.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    meeting_id = driehoek(tmp_path, "import-meeting", str(path)).stdout.strip()
    result = driehoek(tmp_path, "minutes", meeting_id, "-o", "verslag.pdf")
    assert result.returncode == 0, result.stderr
    assert (
        "De inhoud van de vertrouwelijke agendapunten 2 en 3 is niet opgenomen; gebruik "
        "--include-confidential om die wel op te nemen." in result.stdout
    )


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="needs the Linux /proc folder")
def test_an_unwritable_folder_is_explained_in_dutch(tmp_path, meeting_id):
    result = driehoek(tmp_path, "minutes", meeting_id, "-o", "/proc/verslag.pdf")
    assert_failed(
        result,
        "Fout: In de map /proc kan niet worden geschreven (het bestand of de map bestaat niet); "
        "kies een andere map.",
    )
    assert "No such file" not in result.stderr


def test_minutes_command_includes_confidential_items_on_request(tmp_path, meeting_id):
    result = driehoek(
        tmp_path, "minutes", meeting_id, "-o", "volledig.pdf", "--include-confidential"
    )
    assert result.returncode == 0, result.stderr
    assert "niet opgenomen" not in result.stdout
    assert "Geheime bespreking Kerkstraat." in text_of(tmp_path / "volledig.pdf")


def test_minutes_command_protects_with_the_password_file(tmp_path, meeting_id):
    (tmp_path / "wachtwoord.txt").write_text(PASSWORD + "\r\n", encoding="utf-8")
    result = driehoek(
        tmp_path, "minutes", meeting_id, "-o", "geheim.pdf", "--password-file", "wachtwoord.txt"
    )
    assert result.returncode == 0, result.stderr
    assert "beveiligd met een wachtwoord, AES-256" in result.stdout
    reader = PdfReader(tmp_path / "geheim.pdf")
    assert reader.is_encrypted and reader.trailer["/Encrypt"]["/R"] == 6
    assert not reader.decrypt(PASSWORD + "\r\n")
    assert "ZST-2026-001" in text_of(tmp_path / "geheim.pdf", PASSWORD)


def test_unknown_meeting_id(tmp_path, meeting_id):
    result = driehoek(tmp_path, "minutes", "999", "-o", "x.pdf")
    assert_failed(result, "Fout: Vergadering 999 bestaat niet.")
    assert not (tmp_path / "x.pdf").exists()


def test_meeting_id_that_is_not_a_number(tmp_path):
    result = driehoek(tmp_path, "agenda", "tien", "-o", "x.pdf")
    assert_failed(result, "fout:", code=2)


@pytest.mark.parametrize(
    ("content", "message"),
    [(None, "Het wachtwoordbestand leeg.txt bestaat niet."),
     ("", "Het wachtwoordbestand leeg.txt is leeg"),
     ("\nwachtwoord op regel twee\n", "Het wachtwoordbestand leeg.txt is leeg")],
)  # fmt: skip
def test_missing_or_empty_password_file(tmp_path, meeting_id, content, message):
    if content is not None:
        (tmp_path / "leeg.txt").write_text(content, encoding="utf-8")
    result = driehoek(tmp_path, "minutes", meeting_id, "-o", "x.pdf", "--password-file", "leeg.txt")
    assert_failed(result, message)
    assert not (tmp_path / "x.pdf").exists()


def test_output_in_a_missing_folder(tmp_path, meeting_id):
    result = driehoek(tmp_path, "minutes", meeting_id, "-o", "weg/verslag.pdf")
    assert_failed(result, "bestaat niet; het PDF-bestand is niet gemaakt.")


def test_output_that_is_a_folder(tmp_path, meeting_id):
    (tmp_path / "map.pdf").mkdir()
    result = driehoek(tmp_path, "agenda", meeting_id, "-o", "map.pdf")
    assert_failed(result, "map.pdf is een map; kies een bestandsnaam voor het PDF-bestand.")


def test_output_that_is_the_database(tmp_path, meeting_id):
    result = driehoek(tmp_path, "agenda", meeting_id, "-o", "db.sqlite3")
    assert_failed(result, "is de database zelf")
    assert (tmp_path / "db.sqlite3").read_bytes().startswith(b"SQLite format 3")


def test_help_is_dutch(tmp_path):
    result = driehoek(tmp_path, "minutes", "--help")
    assert result.returncode == 0
    assert "--password-file BESTAND" in result.stdout
    assert "AES-256" in result.stdout

"""Safety commands (backup, restore, check, change-passphrase, encrypt) and --passphrase-file."""

import os
import subprocess
import sys

import pytest

from driehoek_app import cli
from driehoek_app.core.connection import connect_file
from driehoek_app.core.encryption import database_state, unlock
from driehoek_app.core.paths import DB_ENV_VAR

PASS = "paars-konijn-fietst-hard"
NEW_PASS = "nieuwe-groene-olifant-zingt"


@pytest.fixture
def files(tmp_path):
    """Paths of a database and of two passphrase files (owner-only, with a final newline)."""
    old = tmp_path / "wachtwoord.txt"
    new = tmp_path / "nieuw.txt"
    wrong = tmp_path / "fout.txt"
    for path, text in ((old, PASS), (new, NEW_PASS), (wrong, "verkeerd-wachtwoord-hier")):
        path.write_text(text + "\n", encoding="utf-8")
        os.chmod(path, 0o600)
    return tmp_path / "data" / "driehoek.sqlite3", old, new, wrong


def run(capsys, *args):
    """Run the command line in-process; return (exit code, stdout, stderr)."""
    code = cli.main([str(arg) for arg in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_init_without_passphrase_file_says_the_database_is_not_encrypted(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != DB_ENV_VAR}
    result = subprocess.run(
        [sys.executable, "-m", "driehoek_app", "--db", "d.sqlite3", "init"],
        cwd=tmp_path, env=env, capture_output=True, text=True, encoding="utf-8", timeout=120,
    )  # fmt: skip
    assert result.returncode == 0
    assert "niet versleuteld" in result.stderr
    assert "Database aangemaakt" in result.stdout
    assert database_state(tmp_path / "d.sqlite3") == "plain"


def test_init_with_passphrase_file_creates_an_encrypted_database(capsys, files):
    db, old, _new, wrong = files
    code, out, err = run(capsys, "--db", db, "--passphrase-file", old, "init")
    assert code == 0 and "Database aangemaakt" in out
    assert "Herstelsleutel" in err and "niet versleuteld" not in err
    assert database_state(db) == "encrypted"
    code, _out, err = run(capsys, "--db", db, "list-meetings")
    assert code == 1 and "is versleuteld; geef het wachtwoord" in err
    code, _out, err = run(capsys, "--db", db, "list-meetings", "--passphrase-file", wrong)
    assert code == 1 and "onjuist" in err and "Traceback" not in err
    code, out, _err = run(capsys, "list-meetings", "--db", db, "--passphrase-file", old)
    assert code == 0 and "Geen vergaderingen." in out


def test_passphrase_file_problems_are_one_dutch_sentence(capsys, files, tmp_path):
    db, _old, _new, _wrong = files
    code, _out, err = run(capsys, "--db", db, "--passphrase-file", tmp_path / "weg.txt", "init")
    assert code == 1 and "Het wachtwoordbestand" in err and "bestaat niet" in err
    empty = tmp_path / "leeg.txt"
    empty.write_text("\n", encoding="utf-8")
    code, _out, err = run(capsys, "--db", db, "--passphrase-file", empty, "init")
    assert code == 1 and "is leeg" in err
    weak = tmp_path / "zwak.txt"
    weak.write_text("welkom2026\n", encoding="utf-8")
    code, _out, err = run(capsys, "--db", db, "--passphrase-file", weak, "init")
    assert code == 1 and "zwak" in err
    assert not db.exists()


def test_backup_check_and_restore(capsys, files, tmp_path):
    db, old, _new, _wrong = files
    run(capsys, "--db", db, "--passphrase-file", old, "init")
    code, out, _err = run(capsys, "--db", db, "--passphrase-file", old, "backup")
    assert code == 0 and "Back-up gemaakt en gecontroleerd" in out
    target = tmp_path / "kopie.sqlite3"
    code, out, _err = run(capsys, "--db", db, "--passphrase-file", old, "backup", "-o", target)
    assert code == 0 and "Sleutelbestand erbij" in out
    assert target.exists() and (tmp_path / "kopie.sqlite3.keys").exists()
    code, out, _err = run(capsys, "--db", db, "--passphrase-file", old, "check")
    assert code == 0 and "In orde: integrity_check" in out and "zoekindex" in out
    assert "Nieuwste goede back-up" in out
    code, out, _err = run(capsys, "--db", db, "--passphrase-file", old, "restore", target)
    assert code == 0 and "Back-up teruggezet" in out
    assert "De vorige database is bewaard als back-up" in out


def test_check_reports_damage_and_a_stale_search_index_with_exit_1(capsys, files):
    db, _old, _new, _wrong = files
    run(capsys, "--db", db, "init")
    conn = connect_file(db)
    conn.execute("DELETE FROM search_besluit")
    conn.execute("INSERT INTO search_besluit (rowid, number, text) VALUES (999, 'X', 'spook')")
    conn.close()
    code, out, _err = run(capsys, "--db", db, "check")
    assert code == 1 and "Probleem: De zoekindex voor besluit" in out
    with db.open("r+b") as handle:
        handle.truncate(db.stat().st_size - 100)
    before = db.read_bytes()
    code, out, _err = run(capsys, "--db", db, "check")
    assert code == 1 and "afgekapt" in out
    assert db.read_bytes() == before  # check never moves or repairs


def test_change_passphrase(capsys, files):
    db, old, new, wrong = files
    run(capsys, "--db", db, "--passphrase-file", old, "init")
    code, _out, err = run(
        capsys, "--db", db, "--passphrase-file", wrong, "change-passphrase",
        "--new-passphrase-file", new,
    )  # fmt: skip
    assert code == 1 and "onjuist" in err
    code, out, _err = run(
        capsys, "--db", db, "--passphrase-file", old, "change-passphrase",
        "--new-passphrase-file", new,
    )  # fmt: skip
    assert code == 0 and "gewijzigd" in out
    assert unlock(db, NEW_PASS)
    code, _out, _err = run(capsys, "--db", db, "--passphrase-file", new, "check")
    assert code == 0


def test_encrypt_converts_a_plain_database_after_a_backup(capsys, files):
    db, old, _new, _wrong = files
    run(capsys, "--db", db, "init")
    code, _out, err = run(capsys, "--db", db, "encrypt")
    assert code == 1 and "--passphrase-file" in err
    code, out, _err = run(capsys, "--db", db, "--passphrase-file", old, "encrypt")
    assert code == 0 and "Database versleuteld" in out and "Herstelsleutel" in out
    recovery = out.rsplit(": ", 1)[1].strip()
    assert unlock(db, recovery) == unlock(db, PASS)
    assert sorted(p.name.split("-")[-1] for p in (db.parent / "backups").glob("*.sqlite3")) == [
        "encrypt.sqlite3"
    ]
    code, _out, err = run(capsys, "--db", db, "--passphrase-file", old, "encrypt")
    assert code == 1 and "al versleuteld" in err


def test_passphrase_on_a_plain_database_warns(capsys, files):
    db, old, _new, _wrong = files
    run(capsys, "--db", db, "init")
    code, _out, err = run(capsys, "--db", db, "--passphrase-file", old, "list-meetings")
    assert code == 0 and "niet versleuteld" in err

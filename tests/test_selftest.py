"""`driehoek --self-test` run in-process: success, a Dutch reason on failure, no stdout needed."""

import dataclasses

import pytest

from driehoek_app import selftest
from driehoek_app.core import reference


def test_self_test_passes_and_says_so(capsys):
    assert selftest.run_self_test() == 0
    out = capsys.readouterr().out
    assert out.startswith("Zelftest geslaagd: 4 thema's, 10 basisteams, formatie 3.494,60")


def test_missing_reference_data_gives_its_own_code_and_a_dutch_reason(monkeypatch, capsys):
    monkeypatch.setattr(reference, "themes", lambda db: [])
    assert selftest.run_self_test() == selftest.EXIT_REFERENCE
    err = capsys.readouterr().err.strip()
    assert err == (
        "Zelftest mislukt: de referentiegegevens ontbreken (0 thema's gevonden, 4 verwacht)."
    )


def test_wrong_formation_total_is_reported(monkeypatch):
    real = reference.formation

    def halved(db, peildatum=None):
        """The formation with every unit total halved."""
        return [
            dataclasses.replace(row, totaal=(row.totaal or 0) / 2) for row in real(db, peildatum)
        ]

    monkeypatch.setattr(reference, "formation", halved)
    result = selftest.check_installation()
    assert result.code == selftest.EXIT_REFERENCE
    assert "formatie van de eenheid op peildatum 2018-12-31" in result.message


def test_missing_glyph_gives_the_font_code(monkeypatch):
    monkeypatch.setattr(selftest, "GLYPH_TEST_TEXT", "Zelftest 你好")
    result = selftest.check_installation()
    assert result.code == selftest.EXIT_FONT
    assert result.message == "Zelftest mislukt: het lettertype DejaVuSans mist tekens (你 好)."


@pytest.mark.parametrize("stream", ["stdout", "stderr"])
def test_works_without_console_streams_like_a_windowed_build(monkeypatch, stream):
    monkeypatch.setattr(f"sys.{stream}", None)
    if stream == "stderr":
        monkeypatch.setattr(reference, "themes", lambda db: [])
        assert selftest.run_self_test() == selftest.EXIT_REFERENCE
    else:
        assert selftest.run_self_test() == 0


def test_missing_sqlcipher_gives_the_encryption_code_and_a_dutch_reason(monkeypatch):
    from driehoek_app.core import sqlite_driver

    monkeypatch.setattr(sqlite_driver, "HAS_SQLCIPHER", False)
    result = selftest.check_installation()
    assert result.code == selftest.EXIT_ENCRYPTION
    assert result.message == (
        "Zelftest mislukt: versleuteling is niet beschikbaar: het onderdeel sqlcipher3 is niet "
        "geïnstalleerd."
    )


def test_the_self_test_opens_an_encrypted_database_once(monkeypatch):
    from driehoek_app.core import db as core_db

    opened = []
    real = core_db.open_database

    def watch(path, **kwargs):
        """Note which databases are opened with a passphrase."""
        opened.append((path.name, kwargs.get("passphrase") is not None))
        return real(path, **kwargs)

    monkeypatch.setattr(core_db, "open_database", watch)
    result = selftest.check_installation()
    assert result.code == 0, result.message
    assert "versleuteling" in result.message
    assert ("zelftest-versleuteld.sqlite3", True) in opened

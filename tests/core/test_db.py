"""Opening the database: pragmas, locations and refusing files that are not ours."""

import pytest

from driehoek_app.core import paths
from driehoek_app.core.db import open_database
from driehoek_app.core.errors import DatabaseError


def test_every_open_sets_the_durability_pragmas(tmp_path):
    path = tmp_path / "a.sqlite3"
    open_database(path).close()
    db = open_database(path)
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2
    assert db.execute("PRAGMA secure_delete").fetchone()[0] == 1


def test_missing_folder_is_created(tmp_path):
    path = tmp_path / "nieuw" / "map" / "driehoek.sqlite3"
    open_database(path).close()
    assert path.exists()


def test_empty_file_is_refused_not_treated_as_new(tmp_path):
    path = tmp_path / "leeg.sqlite3"
    path.write_bytes(b"")
    with pytest.raises(DatabaseError, match="leeg"):
        open_database(path)
    assert path.read_bytes() == b""


def test_foreign_file_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "notities.sqlite3"
    path.write_text("Dit is een tekstbestand.", encoding="utf-8")
    with pytest.raises(DatabaseError, match="geen driehoek_app-database"):
        open_database(path)
    assert path.read_text(encoding="utf-8") == "Dit is een tekstbestand."


def test_explicit_path_beats_environment_beats_default(tmp_path, monkeypatch):
    monkeypatch.setenv(paths.DB_ENV_VAR, str(tmp_path / "env.sqlite3"))
    assert paths.resolve_database_path(tmp_path / "cli.sqlite3") == tmp_path / "cli.sqlite3"
    assert paths.resolve_database_path(None) == tmp_path / "env.sqlite3"
    monkeypatch.delenv(paths.DB_ENV_VAR)
    assert paths.resolve_database_path(None) == paths.default_database_path()


def test_default_location_is_local_not_roaming():
    location = str(paths.default_database_path())
    assert "driehoek_app" in location
    assert "Roaming" not in location


def test_sqlite_utils_plugins_installed_on_the_machine_never_run(tmp_path, monkeypatch):
    from sqlite_utils import plugins

    loaded = []
    monkeypatch.setattr(plugins, "_plugins_loaded", False)
    monkeypatch.setattr(plugins.pm, "load_setuptools_entrypoints", loaded.append)
    open_database(tmp_path / "driehoek.sqlite3").close()
    assert loaded == []  # a plugin could read or change every row: none is loaded

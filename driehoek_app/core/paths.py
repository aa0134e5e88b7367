"""Locates bundled resources, seed files and the default database, in a checkout and a bundle."""

import os
import sys
from pathlib import Path

from platformdirs import user_data_dir

from driehoek_app import APP_NAME

DB_ENV_VAR = "DRIEHOEK_DB"
DB_FILENAME = "driehoek.sqlite3"


def install_root() -> Path:
    """Return the folder that holds resources/ and seeds/ (checkout root or bundle folder)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parents[2]


def resource_path(*parts: str) -> Path:
    """Return the path of a file under resources/."""
    return install_root().joinpath("resources", *parts)


def seeds_dir() -> Path:
    """Return the folder with the reference-data seed files."""
    return install_root() / "seeds"


def default_database_path() -> Path:
    """Return the per-user local (non-roaming) location of the database file."""
    folder = user_data_dir(APP_NAME, appauthor=False, roaming=False)
    return Path(folder) / DB_FILENAME


def resolve_database_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """Choose the database file: explicit path, then $DRIEHOEK_DB, then the default."""
    if explicit:
        return Path(explicit).expanduser()
    from_env = os.environ.get(DB_ENV_VAR)
    if from_env:
        return Path(from_env).expanduser()
    return default_database_path()

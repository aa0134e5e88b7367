"""Shared test setup: headless Qt before any QApplication, and fresh databases."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
import sqlite_utils

from driehoek_app.core.db import open_database


@pytest.fixture
def fresh_db(tmp_path) -> sqlite_utils.Database:
    """A new database file with every migration applied and the reference data loaded."""
    db = open_database(tmp_path / "test.sqlite3")
    yield db
    db.close()

"""GUI test setup: one Dutch application for the session, user folders in a temporary place."""

import os
import sys
import tempfile
from pathlib import Path

import pytest

# platformdirs reads these on every call: keep logs and settings out of the real profile.
_USER_DIRS = Path(tempfile.mkdtemp(prefix="driehoek-gui-tests-"))
os.environ["XDG_STATE_HOME"] = str(_USER_DIRS / "state")
os.environ["XDG_CONFIG_HOME"] = str(_USER_DIRS / "config")

from driehoek_app.gui.app import create_application  # noqa: E402
from driehoek_app.gui.main_window import MainWindow  # noqa: E402
from driehoek_app.gui.settings import open_settings  # noqa: E402


@pytest.fixture(scope="session")
def qapp():
    """The application made by create_application (replaces pytest-qt's plain one)."""
    app = create_application()
    sys.excepthook = sys.__excepthook__  # tests call the handler themselves
    return app


@pytest.fixture
def settings_path(tmp_path) -> Path:
    """A fresh INI settings file for one test."""
    return tmp_path / "driehoek_app.ini"


@pytest.fixture
def window(qtbot, fresh_db, settings_path) -> MainWindow:
    """The main window on a fresh database, shown and exposed."""
    main = MainWindow(fresh_db, open_settings(settings_path))
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.show()
    qtbot.waitExposed(main)
    return main

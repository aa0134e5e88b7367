"""Start-up stays light: one area page is built, its figures are read once, no heavy imports."""

import json
import os
import subprocess
import sys
import textwrap

from PySide6.QtWidgets import QApplication
from safety_support import ModalDriver

from driehoek_app.gui import settings as config
from driehoek_app.gui.main_window import MainWindow
from driehoek_app.gui.monitoring import attention_panel
from driehoek_app.gui.ondermijning import page as ondermijning_page
from driehoek_app.gui.settings import open_settings

HEAVY = ("pandas", "numpy", "openpyxl", "reportlab", "pikepdf", "uharfbuzz", "pypdf")


def _window(qtbot, db, settings_path, last_area: str) -> MainWindow:
    """Open the main window as the user left it in last_area, shown."""
    settings = open_settings(settings_path)
    config.LAST_AREA.write(settings, last_area)
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _counting(monkeypatch, module, name: str) -> list[int]:
    """Count the calls of module.name; return the list that grows by one per call."""
    calls: list[int] = []
    original = getattr(module, name)

    def counted(*args, **kwargs):
        calls.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return calls


def test_only_the_area_shown_is_built_the_others_on_first_visit(window):
    assert list(window.pages) == ["naslag"]
    window.show_area("besluiten_acties")
    assert list(window.pages) == ["naslag", "besluiten_acties"]
    assert window.stack.currentWidget() is window.registers()
    for key in window.area_keys():
        window.show_area(key)
        assert window.current_area() == key
        assert window.stack.currentWidget() is window.pages[key]
    assert sorted(window.pages) == sorted(window.area_keys())


def test_monitoring_reads_its_figures_once_when_it_opens_first(
    qtbot, fresh_db, settings_path, monkeypatch
):
    attention = _counting(monkeypatch, attention_panel, "theme_attention")
    window = _window(qtbot, fresh_db, settings_path, "monitoring")
    assert window.current_area() == "monitoring"
    assert len(attention) == 1
    assert window.monitoring().attention.table.model().rowCount() == 5  # four themes and total


def test_pages_not_shown_read_nothing_until_they_are(qtbot, fresh_db, settings_path, monkeypatch):
    attention = _counting(monkeypatch, attention_panel, "theme_attention")
    beeld = _counting(monkeypatch, ondermijning_page, "find_beeld")
    window = _window(qtbot, fresh_db, settings_path, "naslag")
    window.monitoring().select(2025, "Haarlem")
    window.ondermijning().select("Haarlem", 2025)
    assert (len(attention), len(beeld)) == (0, 0)
    window.show_area("monitoring")
    window.show_area("ondermijningsbeelden")
    assert (len(attention), len(beeld)) == (1, 1)


def test_the_window_starts_without_pandas_openpyxl_or_reportlab(fresh_db, settings_path):
    code = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from driehoek_app.core.db import open_database
        from driehoek_app.gui.app import create_application
        from driehoek_app.gui.main_window import MainWindow
        from driehoek_app.gui.settings import open_settings

        app = create_application()
        window = MainWindow(open_database(Path({str(fresh_db.path)!r})),
                            open_settings(Path({str(settings_path)!r})))
        window.show()
        app.processEvents()
        print(" ".join(name for name in {HEAVY!r} if name in sys.modules))
        """
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == []


FIRST_PAINT_PROBE = """
import json, os, sys
from driehoek_app.cli import main
from driehoek_app.gui import main_window

build = main_window.MainWindow.__init__

def build_and_watch(window, *args, **kwargs):
    build(window, *args, **kwargs)
    def painted():
        print(json.dumps({{
            "ready": window.is_ready(),
            "title": window.windowTitle(),
            "status": window.statusBar().currentMessage(),
            "loaded": [name for name in {heavy!r} if name in sys.modules],
        }}), flush=True)
        os._exit(0)
    window.first_painted.connect(painted)

main_window.MainWindow.__init__ = build_and_watch
main(["--db", {path!r}])
"""


def test_the_window_is_painted_before_the_database_and_its_libraries_are_loaded(fresh_db, tmp_path):
    path = str(fresh_db.path)
    fresh_db.close()
    heavy = (*HEAVY, "sqlite_utils", "driehoek_app.core.db", "driehoek_app.gui.meetings.page")
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config")}
    probe = FIRST_PAINT_PROBE.format(heavy=heavy, path=path)
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=60
    )
    assert done.returncode == 0, done.stderr
    first_paint = json.loads(done.stdout)
    assert first_paint == {
        "ready": False,
        "title": "Naslag",
        "status": "De database wordt geopend…",
        "loaded": [],
    }


def test_run_gui_opens_a_plain_database_after_the_window_is_on_the_screen(
    qapp, fresh_db, monkeypatch
):
    from driehoek_app.gui import app as gui_app
    from driehoek_app.gui.safety import startup

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    path = fresh_db.path
    fresh_db.close()
    seen_at_open = []
    open_at_start = startup.open_at_start

    def opening(db_path):
        """Note the main windows on the screen when the database is opened."""
        seen_at_open.extend(
            (type(w).__name__, w.is_ready())
            for w in QApplication.topLevelWidgets()
            if isinstance(w, MainWindow) and w.isVisible()
        )
        return open_at_start(db_path)

    monkeypatch.setattr(startup, "open_at_start", opening)
    ready = []
    driver = ModalDriver(
        [(MainWindow, lambda window: ready.append(window.is_ready()) or window.close())]
    )
    assert gui_app.run_gui(path) == 0
    assert driver.done == ["MainWindow"]
    assert seen_at_open == [("MainWindow", False)]
    assert ready == [True]

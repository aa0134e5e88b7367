"""Starting the GUI without a screen gives a Dutch sentence, not a Qt abort."""

import os
import subprocess
import sys


def test_gui_without_display_explains_and_exits_non_zero(tmp_path):
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run(
        [sys.executable, "-m", "driehoek_app", "--db", str(tmp_path / "d.sqlite3")],
        capture_output=True, text=True, env=env, timeout=60,
    )
    assert result.returncode == 1
    assert "geen beeldscherm beschikbaar" in result.stderr
    assert "Traceback" not in result.stderr

"""The crash test's short form: 20 SIGKILLs while saving, and a control run that must break."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "crash_test.py"


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX only")
def test_killed_saves_are_all_or_nothing_and_the_control_run_breaks():
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--kills", "20", "--seed", "11"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    lines = result.stdout.splitlines()
    assert lines[0] == "mode, kills, saves verified, failures", result.stderr
    durable = lines[1].rsplit(", ", 3)
    control = lines[2].rsplit(", ", 3)
    assert durable[0].startswith("durable") and control[0].startswith("control")
    kills, saves, failures = (int(value) for value in durable[1:])
    assert (kills, failures) == (20, 0)
    assert saves >= 20  # at least one acknowledged save per kill
    assert int(control[1]) == 20 and int(control[3]) > 0, result.stdout
    assert result.returncode == 0

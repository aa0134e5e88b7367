"""Builds the PyInstaller bundle from build.spec and runs `driehoek --self-test` in it."""

import contextlib
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.bundle

ROOT = Path(__file__).resolve().parents[1]
EXECUTABLE = "driehoek.exe" if sys.platform == "win32" else "driehoek"
BUILD_TIMEOUT = 900
RUN_TIMEOUT = 120


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    """Build dist/driehoek/ once for this module, in temporary folders; return its folder."""
    base = tmp_path_factory.mktemp("pyinstaller")
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level=WARN",
        "--distpath",
        str(base / "dist"),
        "--workpath",
        str(base / "work"),
        str(ROOT / "build.spec"),
    ]
    started = time.monotonic()
    result = subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, timeout=BUILD_TIMEOUT
    )
    seconds = time.monotonic() - started
    assert result.returncode == 0, result.stderr[-4000:]
    folder = base / "dist" / "driehoek"
    print(f"PyInstaller build: {seconds:.0f} s, bundle {_size_mb(folder):.0f} MB")
    return folder


def _size_mb(folder: Path) -> float:
    """Return the total size of the regular files under folder, in megabytes."""
    total = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return total / 1_000_000


def _internal(bundle: Path) -> Path:
    """Return the bundle folder that holds resources/, seeds/ and the libraries."""
    return bundle / "_internal"


def _self_test(bundle: Path, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """Run `driehoek --self-test` headless, with user folders redirected into tmp_path."""
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY"}}
    env["QT_QPA_PLATFORM"] = "offscreen"
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[name] = str(tmp_path / name.lower())
    return subprocess.run(
        [str(bundle / EXECUTABLE), "--self-test"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT,
    )


def _qt_translations(bundle: Path) -> Path:
    """Return the folder with Qt's translations inside the bundle (layout differs per OS)."""
    return next(_internal(bundle).rglob("qtbase_nl.qm")).parent


@contextlib.contextmanager
def _removed(path: Path):
    """Move a file or folder of the bundle aside for the duration of the block."""
    aside = path.with_name(path.name + ".weg")
    path.rename(aside)
    try:
        yield
    finally:
        aside.rename(path)


def test_self_test_of_the_built_bundle_passes(bundle, tmp_path):
    result = _self_test(bundle, tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Zelftest geslaagd: 4 thema's, 10 basisteams")


def test_bundle_ships_resources_seeds_licence_and_dutch_qt(bundle):
    internal = _internal(bundle)
    assert (internal / "resources" / "fonts" / "DejaVuSans.ttf").is_file()
    assert (internal / "resources" / "fonts" / "LICENSE-DejaVu.txt").is_file()
    assert (internal / "seeds" / "formation.csv").is_file()
    translations = _qt_translations(bundle)
    assert sorted(p.name for p in translations.iterdir()) == ["qt_nl.qm", "qtbase_nl.qm"]


def test_bundle_leaves_out_unused_qt(bundle):
    names = {p.name for p in _internal(bundle).rglob("*")}
    unused = ("Qt6Qml", "Qt6Quick", "Qt6WebEngine", "Qt63D", "Qt6Multimedia")  # Qt6Pdf: preview
    assert not [n for n in names if any(part in n for part in unused)]
    assert not [p for p in bundle.rglob("*") if p.is_symlink() and not p.exists()]
    assert _size_mb(bundle) < 300


def test_bundle_without_seeds_fails_with_a_dutch_reason(bundle, tmp_path):
    with _removed(_internal(bundle) / "seeds"):
        result = _self_test(bundle, tmp_path)
    assert result.returncode == 3
    assert result.stderr.startswith("Zelftest mislukt: ")
    assert "formation.csv ontbreekt" in result.stderr


def test_bundle_without_font_fails_with_a_dutch_reason(bundle, tmp_path):
    with _removed(_internal(bundle) / "resources" / "fonts" / "DejaVuSans.ttf"):
        result = _self_test(bundle, tmp_path)
    assert result.returncode == 6
    assert "Zelftest mislukt: Het lettertype DejaVuSans.ttf ontbreekt" in result.stderr


def test_bundle_without_qt_translation_fails_with_a_dutch_reason(bundle, tmp_path):
    with _removed(_qt_translations(bundle)):
        result = _self_test(bundle, tmp_path)
    assert result.returncode == 2
    assert "de Nederlandse vertaling van Qt ontbreekt" in result.stderr

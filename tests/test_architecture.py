"""The layering rules: the core never imports Qt, and widgets never write SQL."""

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "driehoek_app"
SQL_WORDS = ("INSERT INTO", "UPDATE ", "DELETE FROM", "CREATE TABLE", "SELECT ")


def _imported_modules(path: Path) -> set[str]:
    """Return the top-level names of every module a source file imports."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_core_sources_import_no_qt():
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in (PACKAGE / "core").rglob("*.py")
        if {"PySide6", "shiboken6"} & _imported_modules(path)
    ]
    assert offenders == []


def test_importing_every_core_module_loads_no_qt():
    modules = [
        "driehoek_app.core." + ".".join(p.relative_to(PACKAGE / "core").with_suffix("").parts)
        for p in (PACKAGE / "core").rglob("*.py")
        if p.name != "__init__.py"
    ]
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "print(sorted(n for n in sys.modules if n.startswith(('PySide6', 'shiboken6'))))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_gui_modules_contain_no_sql():
    offenders = []
    for path in (PACKAGE / "gui").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                text = node.value.upper()
                if any(word in text for word in SQL_WORDS) and ("FROM" in text or "INTO" in text
                                                                 or "TABLE" in text):
                    offenders.append(f"{path.name}:{node.lineno}")
    assert offenders == []

"""Makes sqlite-utils use the app's SQLite driver, without loading anything at start-up.

sqlite-utils picks its driver when `sqlite_utils.utils` is imported (it tries `pysqlite3`
first) and catches only that module's errors, so the app points `pysqlite3` at SQLCipher
(see core/sqlite_driver.py). `install()` runs when the `driehoek_app` package is imported.
It only puts a finder on sys.meta_path: SQLCipher (4 ms) and sqlite-utils (50 ms) are
loaded when the database is first opened, after the main window has been painted. If
sqlite-utils was imported before the package (a test's conftest, a script), install()
rebinds it to the driver instead.

While sqlite-utils' modules run for the first time the finder also hides pandas and numpy
(unless either is loaded already): sqlite-utils imports both when they are installed, only
to map their value types to column types when it creates or alters a table from inserted
data. The app creates its tables in migrations and passes plain Python values, so nothing
changes; the modules that work with pandas import it themselves, when they are used.
"""

import importlib.util
import sys
import types
from importlib.machinery import ModuleSpec
from typing import Any

SQLITE_UTILS_MODULES = ("sqlite_utils.utils", "sqlite_utils.db")
_HIDDEN_FROM_SQLITE_UTILS = ("pandas", "numpy")


def _provide_driver() -> None:
    """Let `import pysqlite3` give SQLCipher, when it is installed."""
    if "pysqlite3" in sys.modules or importlib.util.find_spec("sqlcipher3") is None:
        return
    from driehoek_app.core import sqlite_driver

    sys.modules["pysqlite3"] = sys.modules["sqlcipher3"]
    sys.modules["pysqlite3.dbapi2"] = sqlite_driver.sqlite3


class _HidingLoader:
    """Runs one sqlite-utils module through its own loader, driver first, pandas out of sight.

    A wrapper, not a change to the loader: in the bundle one shared loader loads every module.
    """

    def __init__(self, loader: Any) -> None:
        """Wrap the loader that found the module."""
        self.loader = loader

    def create_module(self, spec: ModuleSpec) -> types.ModuleType | None:
        """Let the real loader create the module (None: the default)."""
        create = getattr(self.loader, "create_module", None)
        return create(spec) if create is not None else None

    def exec_module(self, module: types.ModuleType) -> None:
        """Run the module with the driver in place and pandas and numpy looking absent."""
        _provide_driver()
        hidden = [name for name in _HIDDEN_FROM_SQLITE_UTILS if name not in sys.modules]
        for hidden_name in hidden:
            sys.modules[hidden_name] = None  # `import name` now raises ImportError
        try:
            self.loader.exec_module(module)
        finally:
            for hidden_name in hidden:
                if sys.modules.get(hidden_name, False) is None:
                    del sys.modules[hidden_name]

    def __getattr__(self, name: str) -> Any:
        """Everything else (resources, source) as the real loader does it."""
        return getattr(self.loader, name)


class SqliteUtilsLoader:
    """A finder for sqlite-utils' modules: driver first, pandas and numpy out of sight."""

    def find_spec(self, name: str, path=None, target=None) -> ModuleSpec | None:
        """Find one of sqlite-utils' modules as the other finders do, with a wrapped loader."""
        if name not in SQLITE_UTILS_MODULES:
            return None
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(name, path, target)
            if spec is not None:
                if spec.loader is not None:
                    spec.loader = _HidingLoader(spec.loader)
                return spec
        return None


def install() -> None:
    """Make sqlite-utils use the app's driver, whether or not it has been imported already."""
    if not any(name in sys.modules for name in SQLITE_UTILS_MODULES):
        if not any(isinstance(finder, SqliteUtilsLoader) for finder in sys.meta_path):
            sys.meta_path.insert(0, SqliteUtilsLoader())
        return
    from driehoek_app.core import sqlite_driver

    _provide_driver()
    if sqlite_driver.HAS_SQLCIPHER:
        sqlite_driver.rebind(SQLITE_UTILS_MODULES)

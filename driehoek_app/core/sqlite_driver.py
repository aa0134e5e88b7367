"""The one SQLite driver of the app: SQLCipher (sqlcipher3) when installed, else the stdlib.

SQLCipher reads and writes plain SQLite files too, so every connection, encrypted or not,
goes through one module and raises one family of exceptions. sqlite-utils picks its module
at import time (it tries `pysqlite3` first) and catches only that module's errors, so
`install()` points `pysqlite3` at this driver in sys.modules. It runs when the
`driehoek_app` package is imported, and also rebinds sqlite-utils if that was imported
first (a test's conftest, a script). Code that catches database errors imports `sqlite3`
from here, never the stdlib module.

`install()` does not import sqlite-utils (50 ms, paid when the database is first opened),
and makes it load without the pandas and numpy it would import (a quarter of a second);
see `_SqliteUtilsWithoutPandas`.
"""

import importlib.machinery
import sys
import types
from importlib.machinery import ModuleSpec

try:
    from sqlcipher3 import dbapi2 as _driver

    HAS_SQLCIPHER = True
except ImportError:  # an installation without the wheel: plain databases still work
    import sqlite3 as _stdlib

    _driver = _stdlib.dbapi2
    HAS_SQLCIPHER = False

sqlite3: types.ModuleType = _driver
Error = _driver.Error
DatabaseError = _driver.DatabaseError
OperationalError = _driver.OperationalError
IntegrityError = _driver.IntegrityError

_SQLITE_UTILS_MODULES = ("sqlite_utils.utils", "sqlite_utils.db")
_SQLITE_UTILS_DB = "sqlite_utils.db"
_HIDDEN_FROM_SQLITE_UTILS = ("pandas", "numpy")


class _SqliteUtilsWithoutPandas:
    """Loads sqlite_utils.db while pandas and numpy look absent, unless either is loaded already.

    sqlite-utils imports both when they are installed, only to map numpy and pandas value
    types to column types when it creates or alters a table from inserted data. The app
    creates its tables in migrations and passes plain Python values, so nothing changes;
    the modules that work with pandas import it themselves, when they are used. As a finder
    on sys.meta_path (not an import now) it costs nothing until sqlite-utils is first used.
    """

    def find_spec(self, name: str, path=None, target=None) -> ModuleSpec | None:
        """Find sqlite_utils.db as usual, and hide pandas and numpy while it runs."""
        if name != _SQLITE_UTILS_DB:
            return None
        spec = importlib.machinery.PathFinder.find_spec(name, path, target)
        if spec is None or spec.loader is None:
            return spec
        run_module = spec.loader.exec_module

        def exec_module(module: types.ModuleType) -> None:
            """Run the module with pandas and numpy looking absent."""
            hidden = [name for name in _HIDDEN_FROM_SQLITE_UTILS if name not in sys.modules]
            for hidden_name in hidden:
                sys.modules[hidden_name] = None  # `import name` now raises ImportError
            try:
                run_module(module)
            finally:
                for hidden_name in hidden:
                    if sys.modules.get(hidden_name, False) is None:
                        del sys.modules[hidden_name]

        spec.loader.exec_module = exec_module
        return spec


def install() -> None:
    """Make sqlite-utils use this driver, whether or not it has been imported already."""
    if HAS_SQLCIPHER:
        sys.modules.setdefault("pysqlite3", sys.modules["sqlcipher3"])
        sys.modules.setdefault("pysqlite3.dbapi2", _driver)
    if _SQLITE_UTILS_DB not in sys.modules:
        if not any(isinstance(f, _SqliteUtilsWithoutPandas) for f in sys.meta_path):
            sys.meta_path.insert(0, _SqliteUtilsWithoutPandas())
        return  # sqlite-utils finds the driver as pysqlite3 when it is first imported
    if not HAS_SQLCIPHER:
        return
    for name in _SQLITE_UTILS_MODULES:
        module = sys.modules.get(name)
        if module is None:
            continue
        module.sqlite3 = sys.modules["sqlcipher3"]
        module.OperationalError = _driver.OperationalError
        if hasattr(module, "dbapi2"):
            module.dbapi2 = _driver


def sqlite_utils_driver() -> types.ModuleType:
    """Return the module sqlite-utils uses for connections and errors (for checks)."""
    import sqlite_utils.db

    return sqlite_utils.db.sqlite3


def connect(target: str, *, uri: bool = False) -> "sqlite3.Connection":
    """Open a raw connection in autocommit mode with SQLCipher's stderr logging off."""
    conn = _driver.connect(target, isolation_level=None, check_same_thread=False, uri=uri)
    if HAS_SQLCIPHER:
        conn.execute("PRAGMA cipher_log_level = NONE")
    return conn

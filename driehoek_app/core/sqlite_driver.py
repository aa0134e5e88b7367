"""The one SQLite driver of the app: SQLCipher (sqlcipher3) when installed, else the stdlib.

SQLCipher reads and writes plain SQLite files too, so every connection, encrypted or not,
goes through one module and raises one family of exceptions; core/sqlite_setup.py makes
sqlite-utils use it too. Code that catches database errors imports `sqlite3` from here,
never the stdlib module. Importing this module loads SQLCipher: the window's start-up
does not.
"""

import sys
import types

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


def rebind(module_names: tuple[str, ...]) -> None:
    """Point modules imported before the driver was set up (sqlite-utils') at this driver."""
    for name in module_names:
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

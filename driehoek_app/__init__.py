"""driehoek_app: vergaderingen van de basisteamdriehoek, met de IMV-naslag."""

from driehoek_app.core import sqlite_setup as _sqlite_setup

__version__ = "0.1.0"
APP_NAME = "driehoek_app"

# SQLCipher must be sqlite-utils' driver before anything imports sqlite_utils.
_sqlite_setup.install()

"""Run a core call and turn a refusal or a database failure into one Dutch sentence."""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from driehoek_app.core import sqlite_driver
from driehoek_app.core.errors import DriehoekError
from driehoek_app.core.sqlite_driver import sqlite3
from driehoek_app.gui.i18n import t

T = TypeVar("T")
DATABASE_ERRORS = (sqlite3.Error, sqlite_driver.Error)  # the stdlib's and SQLCipher's


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """The result of a core call, or the Dutch sentence saying why it failed."""

    value: T | None = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        """Return True when the call succeeded."""
        return self.error is None


def attempt(call: Callable[[], T]) -> Outcome[T]:
    """Run call; a DriehoekError or sqlite3 error becomes Outcome.error, nothing is raised."""
    try:
        return Outcome(value=call())
    except DriehoekError as error:
        return Outcome(error=error.message)
    except DATABASE_ERRORS as error:
        return Outcome(
            error=t(
                "The change could not be saved because the database cannot be written "
                "({detail}); your text stays on the screen."
            ).format(detail=str(error))
        )

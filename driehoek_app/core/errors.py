"""Errors the user may see: each carries one clear Dutch sentence."""


class DriehoekError(Exception):
    """An error whose message is a complete Dutch sentence meant for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class SeedError(DriehoekError):
    """A reference-data file in seeds/ is missing, malformed or does not add up."""


class DatabaseError(DriehoekError):
    """The database cannot be opened, created or upgraded."""


class ExportError(DriehoekError):
    """An export cannot be written."""

"""Translates the English source strings of the interface through resources/i18n/<lang>.json.

Every text a user can see is written in English in the code, wrapped in `t("...")` with a
literal argument, and looked up in the catalogue. Placeholders use str.format names:
`t("Database: {path}").format(path=...)`.
"""

import json
import logging
from functools import cache

from driehoek_app.core.paths import resource_path

LANGUAGE = "nl"

log = logging.getLogger(__name__)


def catalogue_path(language: str = LANGUAGE):
    """Return the path of the JSON catalogue for a language."""
    return resource_path("i18n", f"{language}.json")


@cache
def catalogue(language: str = LANGUAGE) -> dict[str, str]:
    """Load the catalogue mapping English source strings to their translation."""
    with catalogue_path(language).open(encoding="utf-8") as handle:
        data = json.load(handle)
    return {key: value for key, value in data.items() if not key.startswith("_")}


def t(source: str) -> str:
    """Return the translation of an English source string (the source itself if missing)."""
    translated = catalogue().get(source)
    if translated is None:
        log.warning("Geen vertaling voor %r", source)
        return source
    return translated

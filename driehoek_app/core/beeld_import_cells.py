"""Reading single spreadsheet cells for the beeld import: text, dates, choices, scores, lists.

Each reader takes what pandas gives (str, int, float, datetime, NaN, None) and returns a
clean value or raises CellError with the Dutch reason ('geen geldige datum'), which the
importer places: 'blad Signalen, rij 7, kolom datum: geen geldige datum'.
"""

import datetime as dt
import math
import re
from collections.abc import Sequence
from typing import Any

from driehoek_app.core.money import AmountError, parse_euro

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DUTCH = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_LIST_SPLIT = re.compile(r"[;\n]")
_KEY_SPLIT = re.compile(r"[;,\s]+")


class CellError(ValueError):
    """A cell cannot be read; the message is the Dutch reason."""


def is_empty(value: Any) -> bool:
    """Return True for an empty cell: None, NaN, NaT or only spaces."""
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    if isinstance(value, str):
        return not value.strip()
    try:
        return bool(value != value)  # NaT and other missing markers are unequal to themselves
    except (TypeError, ValueError):
        return False


def text(value: Any) -> str:
    """Return the cell as text exactly as typed ('' when empty); 12.0 from Excel becomes '12'."""
    if is_empty(value):
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def key(value: Any) -> str:
    """Return a short code cell stripped of surrounding spaces."""
    return text(value).strip()


def date(value: Any) -> str | None:
    """Return a date cell as ISO text (None when empty): Excel dates, JJJJ-MM-DD, DD-MM-JJJJ."""
    if is_empty(value):
        return None
    if isinstance(value, dt.datetime):
        if value.time() != dt.time():
            raise CellError("geen geldige datum (er staat ook een tijd in)")
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        cleaned = value.strip()
        if cleaned.endswith(" 00:00:00"):
            cleaned = cleaned[: -len(" 00:00:00")]
        match = _ISO.match(cleaned)
        parts = (match[1], match[2], match[3]) if match else None
        match = _DUTCH.match(cleaned)
        if match:
            parts = (match[3], match[2], match[1])
        if parts:
            try:
                return dt.date(int(parts[0]), int(parts[1]), int(parts[2])).isoformat()
            except ValueError:
                pass
    raise CellError("geen geldige datum (gebruik JJJJ-MM-DD of DD-MM-JJJJ)")


def choice(value: Any, choices: Sequence[str]) -> str | None:
    """Return the choice a cell names (case ignored), None when empty; else list the choices."""
    wanted = key(value).casefold()
    if not wanted:
        return None
    for option in choices:
        if option.casefold() == wanted:
            return option
    raise CellError(f"{key(value)!r} is geen geldige keuze; kies uit: {', '.join(choices)}")


def score(value: Any, labels: dict[int, str]) -> int | None:
    """Return a 1-5 score from a number or its word ('ernstig'), None when empty."""
    if is_empty(value):
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        if float(value).is_integer() and int(value) in labels:
            return int(value)
    else:
        cleaned = key(value).casefold()
        if cleaned.isdigit() and int(cleaned) in labels:
            return int(cleaned)
        for number, word in labels.items():
            if word.casefold() == cleaned:
                return number
    scale = ", ".join(f"{number} {word}" for number, word in labels.items())
    raise CellError(f"geef een cijfer van 1 tot en met 5 of het woord ({scale})")


def count(value: Any) -> int:
    """Return a whole number of at least 1 (1 when empty)."""
    if is_empty(value):
        return 1
    if isinstance(value, int | float) and not isinstance(value, bool):
        number = float(value)
    else:
        try:
            number = float(key(value).replace(",", "."))
        except ValueError:
            raise CellError("geen geheel getal") from None
    if not number.is_integer() or number < 1:
        raise CellError("geef een geheel aantal van 1 of meer")
    return int(number)


def amount(value: Any) -> int | None:
    """Return an amount in euro as whole cents (None when empty)."""
    if is_empty(value):
        return None
    try:
        return parse_euro(value)
    except AmountError as exc:
        raise CellError(f"geen geldig bedrag: {exc}") from None


def names(value: Any) -> list[str]:
    """Return the names in a list cell (separated by ; or a line break), without empties."""
    return [part.strip() for part in _LIST_SPLIT.split(text(value)) if part.strip()]


def keys(value: Any) -> list[str]:
    """Return the row numbers in a reference cell (separated by ; , or spaces)."""
    return [part for part in _KEY_SPLIT.split(text(value)) if part]

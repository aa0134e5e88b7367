"""Euro amounts: kept as whole cents (integers), read and written the Dutch way."""

import re
from decimal import Decimal, InvalidOperation
from typing import Any

from driehoek_app.core.dutch import dutch_decimal

MAX_CENTS = 10**15  # ten trillion euro: more than any beslag, small enough for SQLite
_THOUSANDS_ONLY = re.compile(r"^\d{1,3}(\.\d{3})+$")


class AmountError(ValueError):
    """The text is not an amount in euro; the message says why in Dutch."""


def format_euro(cents: int | None) -> str:
    """Return cents as Dutch euro text: 1250050 -> '€ 12.500,50' with a no-break space."""
    if cents is None:
        return ""
    return f"€\u00a0{dutch_decimal(Decimal(cents) / 100, 2)}"


def parse_euro(value: Any) -> int | None:
    """Return an amount in whole cents from a number or Dutch text; None for empty.

    Text: '€ 12.500,50', '12500,5', '12.500' (a dot before exactly three digits groups
    thousands) and '12500' are read; '12.5' is refused, as the dot is ambiguous there.
    """
    if value is None:
        return None
    if isinstance(value, bool):
        raise AmountError("geen geldig bedrag")
    if isinstance(value, int | float | Decimal):
        number = Decimal(str(value))
    elif isinstance(value, str):
        text = value.replace("€", "").replace("\u00a0", "").replace(" ", "").strip()
        if text.upper().startswith("EUR"):
            text = text[3:]
        if not text:
            return None
        if "," in text:
            text = text.replace(".", "").replace(",", ".")
        elif _THOUSANDS_ONLY.match(text):
            text = text.replace(".", "")
        elif "." in text:
            raise AmountError("gebruik een komma voor de centen (bijvoorbeeld 12500,50)")
        try:
            number = Decimal(text)
        except InvalidOperation:
            raise AmountError("geen geldig bedrag") from None
    else:
        raise AmountError("geen geldig bedrag")
    if not number.is_finite():
        raise AmountError("geen geldig bedrag")
    if number < 0:
        raise AmountError("een bedrag kan niet negatief zijn")
    cents = number * 100
    if cents != cents.to_integral_value():
        raise AmountError("een bedrag heeft hoogstens twee decimalen")
    if cents > MAX_CENTS:
        raise AmountError("het bedrag is te groot")
    return int(cents)

"""Dutch display of numbers and dates, the same spelling as the CLI and the PDF documents."""

from PySide6.QtCore import QDate

from driehoek_app.core.dutch import dutch_decimal
from driehoek_app.gui.i18n import t


def decimal(value: float | None, decimals: int = 2) -> str:
    """Format a number with Dutch decimals ('217,20', '3.494,60'); empty for a missing value."""
    if value is None:
        return ""
    return dutch_decimal(value, decimals)


def amount(value: float | None) -> str:
    """Format a target value: whole numbers without decimals, 'n.t.b.' when not yet set."""
    if value is None:
        return t("tbd")
    if float(value).is_integer():
        return dutch_decimal(value, 0)
    return dutch_decimal(value, 2)


def date(iso: str) -> str:
    """Format an ISO date the short Dutch way (31-12-2018); other text is returned as is."""
    parsed = QDate.fromString(iso, "yyyy-MM-dd")
    if not parsed.isValid():
        return iso
    return parsed.toString("d-M-yyyy")


# Bidi embeddings, overrides and isolates: invisible, yet they reorder what follows them, so a
# file name can pass for another ('factuur<U+202E>fdp.exe' shows as 'factuurexe.pdf').
_DIRECTION_CONTROLS = {
    code: f"[U+{code:04X}]" for code in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))
}


def file_name(name: str) -> str:
    """Show a stored file name as it is, its hidden direction controls made visible."""
    return name.translate(_DIRECTION_CONTROLS)

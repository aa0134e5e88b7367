"""Colours of the registers, derived from the palette so that light and dark mode both work."""

from PySide6.QtGui import QBrush, QColor, QGuiApplication, QPalette

LIGHT_TINT = (210, 30, 30, 55)  # red over a light base: a soft pink behind dark text
DARK_TINT = (255, 80, 80, 75)  # red over a dark base: a deep red behind light text


def is_dark(palette: QPalette | None = None) -> bool:
    """Tell whether the palette's base (the background of lists) is dark."""
    palette = QGuiApplication.palette() if palette is None else palette
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def overdue_brush(palette: QPalette | None = None) -> QBrush:
    """Return a translucent red tint for overdue rows; the text keeps the palette's colour."""
    red, green, blue, alpha = DARK_TINT if is_dark(palette) else LIGHT_TINT
    return QBrush(QColor(red, green, blue, alpha))

"""Colours and fonts derived from the system palette and font, so light and dark mode both work."""

from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QPalette

HIGHLIGHT_ALPHA = 70  # of 255: a tint, so the text colour keeps its contrast


def emphasis_brush(palette: QPalette | None = None) -> QBrush:
    """Return a translucent tint of the palette's highlight colour for emphasised rows."""
    palette = QGuiApplication.palette() if palette is None else palette
    colour = QColor(palette.color(QPalette.ColorRole.Highlight))
    colour.setAlpha(HIGHLIGHT_ALPHA)
    return QBrush(colour)


def bold(font: QFont | None = None) -> QFont:
    """Return a bold copy of a font (the application font by default)."""
    result = QFont(QGuiApplication.font() if font is None else font)
    result.setBold(True)
    return result


def scaled(font: QFont, factor: float) -> QFont:
    """Return a copy of a font scaled relative to its own size (never a fixed point size)."""
    result = QFont(font)
    if result.pointSizeF() > 0:
        result.setPointSizeF(result.pointSizeF() * factor)
    else:
        result.setPixelSize(max(1, round(result.pixelSize() * factor)))
    return result


def blend(base: QColor, top: QColor, share: float) -> QColor:
    """Return base mixed with share of top (an opaque colour, so any rich text can use it)."""
    return QColor(
        round(base.red() + (top.red() - base.red()) * share),
        round(base.green() + (top.green() - base.green()) * share),
        round(base.blue() + (top.blue() - base.blue()) * share),
    )

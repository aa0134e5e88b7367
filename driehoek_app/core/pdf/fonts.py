"""Registers the bundled DejaVu Sans family with ReportLab (never ReportLab's own fonts)."""

from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from driehoek_app.core.errors import ExportError
from driehoek_app.core.paths import resource_path

FAMILY = "DejaVuSans"
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"

FONT_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}


def font_file(face: str) -> Path:
    """Return the path of the bundled TTF file of one face of the family."""
    return resource_path("fonts", FONT_FILES[face])


def _load_face(face: str) -> TTFont:
    """Read one TTF file, turning a missing or damaged file into a Dutch error."""
    path = font_file(face)
    if not path.is_file():
        raise ExportError(
            f"Het lettertype {path.name} ontbreekt in {path.parent}; "
            "installeer de applicatie opnieuw om PDF's te kunnen maken."
        )
    try:
        return TTFont(face, str(path))
    except (OSError, TTFError) as exc:
        raise ExportError(
            f"Het lettertype {path} is beschadigd en kan niet worden gelezen: {exc}."
        ) from exc


def register_fonts() -> str:
    """Register the four DejaVu Sans faces and the family once; return the family name."""
    registered = set(pdfmetrics.getRegisteredFontNames())
    if all(face in registered for face in FONT_FILES):
        return FAMILY
    for face in FONT_FILES:
        if face not in registered:
            pdfmetrics.registerFont(_load_face(face))
    pdfmetrics.registerFontFamily(
        FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
    )
    return FAMILY


def missing_glyphs(text: str, face: str = REGULAR) -> list[str]:
    """Return the characters of text (whitespace ignored) that the face has no glyph for."""
    register_fonts()
    char_to_glyph = pdfmetrics.getFont(face).face.charToGlyph
    return [
        char
        for char in dict.fromkeys(text)
        if not char.isspace() and char_to_glyph.get(ord(char), 0) == 0
    ]

"""Registers the bundled fonts with ReportLab (never ReportLab's own, never unembedded ones).

DejaVu Sans sets all text; Noto Emoji (monochrome) takes the characters DejaVu Sans lacks,
such as most emoji. Two corrections to ReportLab 5.1 are installed here, once:

- its ToUnicode map writes characters beyond U+FFFF as five hex digits (`<1F600>`), which
  PDF readers reject ('invalid hex string'); they must be UTF-16 surrogate pairs;
- text shaping (uharfbuzz, used for Arabic and Hebrew) switches on standard and
  discretionary ligatures by default, which would turn 'fi' and 'st' in Dutch words next to
  Arabic text into ligature glyphs ('ﬁ', 'ﬆ'); only the ligatures a script requires stay.
"""

from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from driehoek_app.core.errors import ExportError
from driehoek_app.core.os_errors import os_reason
from driehoek_app.core.paths import resource_path

FAMILY = "DejaVuSans"
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"
EMOJI = "NotoEmoji"

FONT_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
    EMOJI: "NotoEmoji-Regular.ttf",
}
SHAPING_FEATURES = {"kern": True, "liga": False, "dlig": False}


def font_file(face: str) -> Path:
    """Return the path of the bundled TTF file of one face."""
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
    except OSError as exc:
        raise ExportError(
            f"Het lettertype {path} kan niet worden gelezen ({os_reason(exc)})."
        ) from exc
    except TTFError as exc:
        raise ExportError(
            f"Het lettertype {path} is beschadigd en kan niet worden gelezen: {exc}."
        ) from exc


def _utf16_hex(code: int) -> str:
    """Return a code point as the hex of its UTF-16BE form (a surrogate pair above U+FFFF)."""
    return chr(code).encode("utf-16-be", "surrogatepass").hex().upper()


def to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """Return ReportLab's ToUnicode CMap for a font subset, valid beyond U+FFFF too."""
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *(f"<{index:02X}> <{_utf16_hex(code)}>" for index, code in enumerate(subset)),
        "endbfchar",
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ]
    return "\n".join(lines)


def _correct_reportlab() -> None:
    """Install the two corrections described in the module docstring (idempotent)."""
    ttfonts.makeToUnicodeCMap = to_unicode_cmap
    shape = ttfonts.shapeFragWord
    defaults = getattr(shape, "__defaults__", None)
    if defaults and isinstance(defaults[0], dict):
        shape.__defaults__ = (dict(SHAPING_FEATURES), *defaults[1:])


def register_fonts() -> str:
    """Register the DejaVu Sans family and Noto Emoji once; return the family name."""
    registered = set(pdfmetrics.getRegisteredFontNames())
    if all(face in registered for face in FONT_FILES):
        return FAMILY
    _correct_reportlab()
    for face in FONT_FILES:
        if face not in registered:
            pdfmetrics.registerFont(_load_face(face))
    pdfmetrics.registerFontFamily(
        FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
    )
    pdfmetrics.registerFontFamily(EMOJI, normal=EMOJI, bold=EMOJI, italic=EMOJI, boldItalic=EMOJI)
    return FAMILY


@cache
def _glyph_map(face: str) -> dict[int, int]:
    """Return the character-to-glyph map of a registered face."""
    register_fonts()
    return pdfmetrics.getFont(face).face.charToGlyph


def has_glyph(char: str, face: str = REGULAR) -> bool:
    """Return True when the face has a real glyph (not .notdef) for the character."""
    return _glyph_map(face).get(ord(char), 0) != 0


def missing_glyphs(text: str, face: str = REGULAR) -> list[str]:
    """Return the characters of text (whitespace ignored) that the face has no glyph for."""
    return [
        char for char in dict.fromkeys(text) if not char.isspace() and not has_glyph(char, face)
    ]

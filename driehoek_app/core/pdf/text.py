"""Turns user text into safe Paragraph markup that prints exactly what the user typed.

Markup characters stay literal, line breaks and runs of spaces stay visible. Every character
is printed with a font that has it: DejaVu Sans, else Noto Emoji (most emoji); a visible
character that neither font has becomes a grey [U+XXXX] in its place, never a blank.
Text stays in logical (typed) order, also Arabic and Hebrew: the paragraph puts each line in
display order after breaking it into lines (bidi_paragraph.BidiParagraph).
"""

import re
import unicodedata
from xml.sax.saxutils import escape

from driehoek_app.core.pdf.fonts import EMOJI, REGULAR, has_glyph

NBSP = "\u00a0"
TAB_WIDTH = 4
REPLACEMENT_COLOR = "#555555"
_SPACE_RUN = re.compile(r" {2,}")
_INVISIBLE_CATEGORIES = frozenset({"Cf", "Mn", "Me", "Cc"})


def _keep_spaces(match: re.Match[str]) -> str:
    """Keep a run of spaces visible: one breakable space followed by non-breaking ones."""
    return " " + NBSP * (len(match.group()) - 1)


def replacement(char: str) -> str:
    """Return the visible stand-in for a character no bundled font has: '[U+6F22]'."""
    return f"[U+{ord(char):04X}]"


def _font_of(char: str, current: str) -> str | None:
    """Return the face for a character, '' to replace it, or None to leave it out.

    Invisible characters (joiners, variation selectors, tags) that no font has are left out;
    they print nothing anyway.
    """
    if char.isspace() or has_glyph(char, REGULAR):
        return REGULAR
    if has_glyph(char, EMOJI):
        return EMOJI
    if unicodedata.category(char) in _INVISIBLE_CATEGORIES:
        return current if has_glyph(char, current) else None
    return ""


def with_fonts(markup: str) -> str:
    """Put characters DejaVu Sans lacks in Noto Emoji, or replace them visibly."""
    if markup.isascii():
        return markup
    parts: list[str] = []
    current = REGULAR
    for char in markup:
        face = _font_of(char, current)
        if face is None:
            continue
        if face == "":
            face = REGULAR
            char = f'<font color="{REPLACEMENT_COLOR}">{replacement(char)}</font>'
        if face != current:
            parts.append("</font>" if current == EMOJI else f'<font face="{EMOJI}">')
            current = face
        parts.append(char)
    if current == EMOJI:
        parts.append("</font>")
    return "".join(parts)


def unprintable(text: str) -> list[str]:
    """Return the visible characters of text that no bundled font has (printed as [U+...])."""
    return [char for char in dict.fromkeys(text) if _font_of(char, REGULAR) == ""]


def _line_markup(line: str) -> str:
    """Escape one line, keeping its indentation and runs of spaces readable."""
    line = line.expandtabs(TAB_WIDTH)
    body = line.lstrip(" ")
    indent = NBSP * (len(line) - len(body))
    return indent + with_fonts(escape(_SPACE_RUN.sub(_keep_spaces, body)))


def user_text(text: str) -> str:
    """Escape user text for a Paragraph: markup characters literal, newlines as <br/>."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "<br/>".join(_line_markup(line) for line in lines)

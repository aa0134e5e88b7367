"""Turns user text into safe Paragraph markup that prints exactly what the user typed."""

import re
from xml.sax.saxutils import escape

NBSP = "\u00a0"
TAB_WIDTH = 4
_SPACE_RUN = re.compile(r" {2,}")


def _keep_spaces(match: re.Match[str]) -> str:
    """Keep a run of spaces visible: one breakable space followed by non-breaking ones."""
    return " " + NBSP * (len(match.group()) - 1)


def _line_markup(line: str) -> str:
    """Escape one line, keeping its indentation and runs of spaces readable."""
    line = line.expandtabs(TAB_WIDTH)
    body = line.lstrip(" ")
    indent = NBSP * (len(line) - len(body))
    return indent + escape(_SPACE_RUN.sub(_keep_spaces, body))


def user_text(text: str) -> str:
    """Escape user text for a Paragraph: markup characters literal, newlines as <br/>."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "<br/>".join(_line_markup(line) for line in lines)

"""A search hit as text: plain for screen readers, rich text (every part escaped) for the list.

The snippet from core marks highlighted runs with control characters; hit.parts() splits it.
Every part, and every other piece of stored text, goes through html.escape before it is put
between tags: user text is never read as HTML.
"""

import html

from PySide6.QtGui import QColor, QGuiApplication, QPalette

from driehoek_app.core.search import SearchHit
from driehoek_app.gui import formatting
from driehoek_app.gui.i18n import t
from driehoek_app.gui.theme import blend

NAMED_BY_SNIPPET = ("agendapunt", "bijlage")
HIGHLIGHT_SHARE = 0.35  # of the selection colour mixed into the background behind a match


def match_colour(palette: QPalette | None = None) -> QColor:
    """Return the background behind matched words: a tint of the palette's highlight."""
    palette = QGuiApplication.palette() if palette is None else palette
    return blend(
        palette.color(QPalette.ColorRole.Base),
        palette.color(QPalette.ColorRole.Highlight),
        HIGHLIGHT_SHARE,
    )


def snippet_html(parts: list[tuple[str, bool]], colour: QColor) -> str:
    """Return the snippet parts as rich text: matches bold on a tint, everything escaped."""
    pieces = []
    for text, matched in parts:
        safe = html.escape(text)
        if matched:
            pieces.append(f'<b style="background-color:{colour.name()}">{safe}</b>')
        else:
            pieces.append(safe)
    return "".join(pieces)


def hit_label(hit: SearchHit) -> str:
    """Return the name of a hit: item title, decision number, action owner or file name."""
    if hit.kind == "actie":
        from driehoek_app.gui.meetings.action_row import status_labels  # the editor widgets

        status = status_labels().get(hit.action_status or "", hit.action_status or "")
        owner = hit.label or t("no owner")
        return t("{owner} ({status})").format(owner=owner, status=status)
    return hit.label


def hit_place(hit: SearchHit) -> str:
    """Return where a hit is: '3-12-2026 · Haarlem · item 5'."""
    where = hit.basisteam or hit.body_name
    return t("{date} · {place} · item {number}").format(
        date=formatting.date(hit.date), place=where, number=hit.item_number
    )


def shown_parts(hit: SearchHit) -> list[tuple[str, bool]]:
    """Return the snippet's parts as shown: a file name with its direction controls visible."""
    if hit.kind != "bijlage":
        return hit.parts()
    return [(formatting.file_name(text), matched) for text, matched in hit.parts()]


def hit_text(hit: SearchHit) -> str:
    """Return the hit as one plain line (what a screen reader says)."""
    snippet = "".join(text for text, _matched in shown_parts(hit))
    return t("{label}, {place}: {snippet}").format(
        label=hit_label(hit), place=hit_place(hit), snippet=snippet
    )


def hit_html(hit: SearchHit, palette: QPalette | None = None) -> str:
    """Return the hit as rich text: its name (unless the snippet is the name), place, snippet."""
    heading = html.escape(hit_place(hit))
    if hit.kind not in NAMED_BY_SNIPPET:
        heading = f"<b>{html.escape(hit_label(hit))}</b> · {heading}"
    return f"{heading}<br>{snippet_html(shown_parts(hit), match_colour(palette))}"


def hit_tooltip(hit: SearchHit) -> str:
    """Return the tooltip of a hit: its meeting and agenda item in full."""
    return t("{meeting}, item {number}: {title}").format(
        meeting=f"{hit.body_name}, {formatting.date(hit.date)}",
        number=hit.item_number,
        title=hit.item_title,
    )

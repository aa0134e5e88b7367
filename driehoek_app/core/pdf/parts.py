"""Building blocks shared by the agenda and the verslag: text that flows, tables that split well."""

import dataclasses
import datetime as dt
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from driehoek_app.core.dutch import dutch_date
from driehoek_app.core.pdf.bidi import has_rtl
from driehoek_app.core.pdf.bidi_paragraph import BidiParagraph
from driehoek_app.core.pdf.canvas import LEFT_MARGIN, RIGHT_MARGIN
from driehoek_app.core.pdf.fonts import REGULAR
from driehoek_app.core.pdf.styles import (
    ACCENT_COLOR,
    MARK_COLOR,
    RULE_COLOR,
    TINT_COLOR,
    document_styles,
)
from driehoek_app.core.pdf.text import replacement, unprintable, user_text
from driehoek_app.core.pdf.wording import enumeration

FRAME_WIDTH = 210 * mm - LEFT_MARGIN - RIGHT_MARGIN
CELL_PADDING = 3.5
LABEL_WIDTH = 50 * mm
BLANK_LINE_FACTOR = 0.6
NBSP = "\u00a0"
_BULLET = re.compile(r"[-–•*] (?=\S)")
_HANGING_STYLES: dict[tuple[str, str], ParagraphStyle] = {}
_SHAPED_STYLES: dict[str, ParagraphStyle] = {}

CellContent = str | Flowable | list[Flowable]


def shaped(style: ParagraphStyle) -> ParagraphStyle:
    """Return the variant of style that shapes its text (joined Arabic, right-to-left words)."""
    if style.name not in _SHAPED_STYLES:
        _SHAPED_STYLES[style.name] = ParagraphStyle(
            f"{style.name} (gevormd)", parent=style, shaping=1
        )
    return _SHAPED_STYLES[style.name]


def paragraph(markup: str, style: ParagraphStyle) -> Paragraph:
    """Return a Paragraph of markup; text with Arabic or Hebrew letters is shaped and reordered."""
    if not has_rtl(markup):
        return Paragraph(markup, style)
    return BidiParagraph(markup, shaped(style))


def cell(text: str, style: ParagraphStyle | None = None) -> Paragraph:
    """Return user text as a table cell paragraph (markup characters literal, lines kept)."""
    return paragraph(user_text(text), style or document_styles().table)


def markup_cell(markup: str, style: ParagraphStyle | None = None) -> Paragraph:
    """Return a cell paragraph from markup made by this package (user parts already escaped)."""
    return paragraph(markup, style or document_styles().table)


def text_flow(text: str, style: ParagraphStyle | None = None) -> list[Flowable]:
    """Return user text as one paragraph per line, so a long text can break across pages.

    Empty lines become a little vertical space; leading and trailing empty lines are dropped.
    """
    style = style or document_styles().line
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    while lines and not lines[-1].strip():
        lines.pop()
    flow: list[Flowable] = []
    for line in lines:
        if line.strip():
            flow.append(paragraph(user_text(line), _hanging(line, style)))
        else:
            flow.append(Spacer(1, style.leading * BLANK_LINE_FACTOR))
    return flow


def _hanging(line: str, style: ParagraphStyle) -> ParagraphStyle:
    """Return style, with a hanging indent when the line starts with a bullet such as '- '.

    The text itself is unchanged; only its wrapped lines are aligned under the words.
    """
    match = _BULLET.match(line)
    if not match:
        return style
    key = (style.name, match.group())
    if key not in _HANGING_STYLES:
        indent = stringWidth(match.group(), style.fontName, style.fontSize)
        _HANGING_STYLES[key] = ParagraphStyle(
            f"{style.name} opsomming", parent=style, leftIndent=indent, firstLineIndent=-indent
        )
    return _HANGING_STYLES[key]


def short_date(day: dt.date | None) -> str:
    """Return a date without weekday ('15 januari 2027'), or a dash for none."""
    return dutch_date(day, weekday=False) if day else "–"


def table_date(day: dt.date | None) -> str:
    """Return a short date that never breaks over two lines in a table cell."""
    return short_date(day).replace(" ", NBSP)


def escaped(text: str) -> str:
    """Return user text escaped for use inside a piece of markup."""
    return user_text(text)


def confidential_mark(text: str = "Vertrouwelijk") -> str:
    """Return markup for the red 'Vertrouwelijk' mark."""
    return f'<font color="{MARK_COLOR.hexval()}"><b>{text}</b></font>'


def topics(themes: Sequence[str], labels: Sequence[str]) -> str:
    """Return the escaped 'Thema: ... · Labels: ...' text of an item ('' when it has none)."""
    parts = []
    if themes:
        word = "Thema" if len(themes) == 1 else "Thema's"
        parts.append(f"{word}: {escaped(', '.join(themes))}")
    if labels:
        word = "Label" if len(labels) == 1 else "Labels"
        parts.append(f"{word}: {escaped(', '.join(labels))}")
    return " · ".join(parts)


def _cells(row: Sequence[CellContent], style: ParagraphStyle) -> list[CellContent]:
    """Turn plain strings in a row into escaped paragraphs; leave flowables as they are."""
    return [cell(value, style) if isinstance(value, str) else value for value in row]


def data_table(
    header: Sequence[str],
    rows: Iterable[Sequence[CellContent]],
    widths: Sequence[float],
) -> Table:
    """Return a ruled table whose header row repeats on every page and whose rows split cleanly.

    Rows break between pages where possible; a row taller than a page is split inside its
    paragraphs (splitInRow), never cut off.
    """
    styles = document_styles()
    data = [_cells(header, styles.table_header)]
    data.extend(_cells(row, styles.table) for row in rows)
    table = Table(
        data,
        colWidths=list(widths),
        repeatRows=1,
        splitByRow=1,
        splitInRow=1,
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), TINT_COLOR),
                ("LINEABOVE", (0, 0), (-1, 0), 0.8, ACCENT_COLOR),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, ACCENT_COLOR),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE_COLOR),
                ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
            ]
        )
    )
    return table


def facts_table(rows: Iterable[tuple[str, CellContent]], label_width: float = LABEL_WIDTH) -> Table:
    """Return a borderless two-column table of labels and values (the heading block)."""
    styles = document_styles()
    data = [[paragraph(label, styles.label), value] for label, value in rows]
    data = [_cells(row, styles.table) for row in data]
    table = Table(
        data,
        colWidths=[label_width, FRAME_WIDTH - label_width],
        splitByRow=1,
        splitInRow=1,
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    return table


def decision_table(rows: Iterable[tuple[str, str]]) -> Table:
    """Return decisions as rows of number and text, set off by an accent rule on the left."""
    styles = document_styles()
    colour = ACCENT_COLOR.hexval()
    data = [
        [
            markup_cell(
                f'<font color="{colour}">Besluit<br/>{escaped(number)}</font>', styles.label
            ),
            text_cell(text),
        ]
        for number, text in rows
    ]
    number_width = 34 * mm
    table = Table(
        data,
        colWidths=[number_width, FRAME_WIDTH - number_width],
        splitByRow=1,
        splitInRow=1,
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBEFORE", (0, 0), (0, -1), 2, ACCENT_COLOR),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def text_cell(text: str) -> list[Flowable]:
    """Return user text for a table cell as one paragraph per line (splits inside a row)."""
    flow = text_flow(text, document_styles().table)
    return flow or [cell("", document_styles().table)]


def gap(height_mm: float = 3) -> Spacer:
    """Return vertical white space of the given height in millimetres."""
    return Spacer(1, height_mm * mm)


def _strings(value: Any) -> Iterator[str]:
    """Yield every string inside a (nested) dataclass, tuple or list."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, tuple | list):
        for part in value:
            yield from _strings(part)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from _strings(getattr(value, field.name))


def font_note(data: Any) -> list[Flowable]:
    """Return a note explaining the [U+XXXX] stand-ins, when the document's text has any."""
    missing = list(dict.fromkeys(char for text in _strings(data) for char in unprintable(text)))
    if not missing:
        return []
    codes = enumeration(replacement(char) for char in missing)
    if len(missing) == 1:
        text = f"{codes} staat voor een teken dat het lettertype niet kan tonen"
    else:
        text = f"{codes} staan voor tekens die het lettertype niet kan tonen"
    text += " (de code van het teken in Unicode)."
    return [gap(3), paragraph(text, document_styles().meta)]

"""Small pieces every chapter of the Jaarrapportage uses: a paragraph of plain text, a date."""

import datetime as dt

from reportlab.platypus import Paragraph

from driehoek_app.core.pdf.parts import escaped, paragraph, short_date
from driehoek_app.core.pdf.styles import document_styles


def para(text: str, style_name: str = "body") -> Paragraph:
    """Return a paragraph of plain (escaped) text in one of the document styles."""
    return paragraph(escaped(text), getattr(document_styles(), style_name))


def iso_date_text(iso: str) -> str:
    """Return an ISO date in Dutch words without the weekday: '3 december 2026'."""
    return short_date(dt.date.fromisoformat(iso))

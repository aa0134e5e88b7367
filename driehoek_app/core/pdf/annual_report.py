"""The Jaarrapportage: attention per IMV theme, decisions, ondermijningsbeelden, targets and charts.

Same document style as the verslag (shared template, styles and table parts): header with
the report and scope, footer 'Pagina X van Y' with the classification, vertrouwelijk by
default with the diagonal watermark. Every figure comes from core functions
(attention, beeld_summary, monitoring); the chapters are laid out in annual_attention,
annual_ondermijning and annual_targets, and this module puts the title and them together.
"""

import os
from pathlib import Path

import sqlite_utils
from reportlab.platypus import Flowable, Paragraph

from driehoek_app.core.dutch import dutch_date
from driehoek_app.core.pdf.annual_attention import attention_chapter, themes_chapter
from driehoek_app.core.pdf.annual_data import AnnualReportData, gather_annual_report
from driehoek_app.core.pdf.annual_ondermijning import ondermijning_chapter
from driehoek_app.core.pdf.annual_targets import percent_text, target_text, targets_chapter
from driehoek_app.core.pdf.canvas import Classification
from driehoek_app.core.pdf.document import DocumentInfo, pdf_bytes, render_pdf
from driehoek_app.core.pdf.parts import CellContent, escaped, facts_table, gap, paragraph
from driehoek_app.core.pdf.styles import document_styles

__all__ = [
    "annual_report_pdf_bytes",
    "annual_report_story",
    "build_annual_report",
    "percent_text",
    "render_annual_report",
    "report_info",
    "target_text",
]

WATERMARK = "VERTROUWELIJK"
AUTHOR = "driehoek_app"


def report_info(data: AnnualReportData, classification: Classification) -> DocumentInfo:
    """Return the metadata and page furniture of the Jaarrapportage."""
    return DocumentInfo(
        title=f"Jaarrapportage {data.year} {data.scope_name}",
        author=AUTHOR,
        subject=(
            f"Aandacht per IMV-thema, besluiten, ondermijningsbeelden en Veiligheidsagenda "
            f"{data.year} ({data.scope_name})"
        ),
        body_name=f"Jaarrapportage {data.year} · {data.scope_name}",
        meeting_date=None,
        classification=classification,
        watermark=WATERMARK if classification is Classification.VERTROUWELIJK else None,
    )


def _title_block(data: AnnualReportData, classification: Classification) -> list[Flowable]:
    """Return the title, the facts of the report and the reading guide."""
    styles = document_styles()
    scope = data.scope_name + (f" ({data.district})" if data.district else "")
    rows: list[tuple[str, CellContent]] = [
        ("Jaar", str(data.year)),
        ("Reikwijdte", scope),
        ("Gemaakt op", dutch_date(data.made_on, weekday=False)),
        ("Bron", "berekend uit de vergaderingen, ondermijningsbeelden en realisaties in "
                 "driehoek_app"),
        ("Rubricering", classification.label),
    ]  # fmt: skip
    guide = (
        "Aandacht per thema is geteld uit de vergaderingen van het jaar: een agendapunt met "
        "twee thema's telt bij beide; minuten zijn de geplande minuten; acties staan op hun "
        "status van vandaag. Vertrouwelijke agendapunten tellen mee in de cijfers, hun "
        "besluiten staan "
        + ("wel in dit document." if data.include_confidential else "niet in dit document.")
    )
    return [
        Paragraph(f"Jaarrapportage {data.year}", styles.title),
        paragraph(escaped(scope), styles.subtitle),
        facts_table(rows),
        gap(3),
        Paragraph(guide, styles.meta),
    ]


def annual_report_story(
    data: AnnualReportData, classification: Classification = Classification.VERTROUWELIJK
) -> list[Flowable]:
    """Return the flowables of the whole Jaarrapportage."""
    return [
        *_title_block(data, classification),
        *attention_chapter(data),
        *themes_chapter(data),
        *ondermijning_chapter(data),
        *targets_chapter(data),
    ]


def annual_report_pdf_bytes(
    data: AnnualReportData, classification: Classification = Classification.VERTROUWELIJK
) -> bytes:
    """Render the Jaarrapportage in memory (for a preview)."""
    return pdf_bytes(annual_report_story(data, classification), report_info(data, classification))


def render_annual_report(
    data: AnnualReportData,
    path: str | os.PathLike[str],
    classification: Classification = Classification.VERTROUWELIJK,
) -> Path:
    """Render the Jaarrapportage to path atomically."""
    story = annual_report_story(data, classification)
    return render_pdf(path, story, report_info(data, classification))


def build_annual_report(
    db: sqlite_utils.Database,
    year: int,
    path: str | os.PathLike[str],
    basisteam: str | int | None = None,
    *,
    classification: Classification | str = Classification.VERTROUWELIJK,
    include_confidential: bool = False,
) -> Path:
    """Gather the figures of a year (basisteam or unit) and write the Jaarrapportage to path."""
    data = gather_annual_report(db, year, basisteam, include_confidential=include_confidential)
    return render_annual_report(data, path, Classification(classification))

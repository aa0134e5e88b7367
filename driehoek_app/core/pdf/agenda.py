"""The agenda (convocatie) of a meeting: when and where, who is invited, the items with a clock."""

import os
from pathlib import Path

import sqlite_utils
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from driehoek_app.core.dutch import dutch_date
from driehoek_app.core.pdf.action_tables import carried_table, withheld_actions_note
from driehoek_app.core.pdf.canvas import Classification
from driehoek_app.core.pdf.document import DocumentInfo, pdf_bytes, render_pdf
from driehoek_app.core.pdf.meeting_data import ItemData, MeetingDocument, gather_meeting
from driehoek_app.core.pdf.parts import (
    FRAME_WIDTH,
    confidential_mark,
    data_table,
    escaped,
    facts_table,
    font_note,
    gap,
    markup_cell,
    paragraph,
    short_date,
    text_cell,
    topics,
)
from driehoek_app.core.pdf.styles import document_styles
from driehoek_app.core.pdf.wording import counted

WATERMARK = "VERTROUWELIJK"
WITHHELD = "Toelichting en bijlagen staan niet in deze agenda (vertrouwelijk)."


def agenda_info(doc: MeetingDocument) -> DocumentInfo:
    """Return the metadata and page furniture of the agenda."""
    classification = doc.effective_classification
    return DocumentInfo(
        title=f"Agenda {doc.body_name} {short_date(doc.date)}",
        author=doc.body_name,
        subject=f"Agenda (convocatie) voor de vergadering van {dutch_date(doc.date)}",
        body_name=doc.body_name,
        meeting_date=doc.date,
        classification=classification,
        watermark=WATERMARK if classification is Classification.VERTROUWELIJK else None,
        concept=False,
    )


def _heading_block(doc: MeetingDocument) -> list[Flowable]:
    """Return the title and the facts of the meeting."""
    styles = document_styles()
    rows = [
        ("Datum", dutch_date(doc.date)),
        ("Tijd", f"{doc.start_time} – {doc.end_time} uur"),
        ("Locatie", doc.location or "–"),
        ("Voorzitter", doc.chair or "–"),
        ("Secretaris", ", ".join(doc.secretaries) or "–"),
        ("Rubricering", doc.effective_classification.label),
    ]
    return [
        paragraph("Agenda", styles.title),
        paragraph(escaped(doc.body_name), styles.subtitle),
        facts_table(rows),
    ]


def _invited(doc: MeetingDocument) -> list[Flowable]:
    """Return the list of people invited, with role and organisation."""
    styles = document_styles()
    flow: list[Flowable] = [paragraph("Genodigden", styles.heading1)]
    if not doc.participants:
        flow.append(paragraph("Er zijn nog geen genodigden vastgelegd.", styles.body))
        return flow
    widths = [55 * mm, 40 * mm, FRAME_WIDTH - 95 * mm]
    rows = [[p.name, p.role, p.organisation or "–"] for p in doc.participants]
    flow.append(data_table(["Naam", "Rol", "Organisatie"], rows, widths))
    return flow


def _item_cell(item: ItemData) -> list[Flowable]:
    """Return the agenda-item cell: title, marks, description, themes and attachments."""
    styles = document_styles()
    title = f"<b>{escaped(item.title)}</b>"
    if item.confidential:
        title += f" · {confidential_mark()}"
    flow: list[Flowable] = [markup_cell(title)]
    if item.withheld:
        flow.append(markup_cell(escaped(WITHHELD), styles.table_muted))
        return flow
    if item.description.strip():
        flow.extend(text_cell(item.description))
    if item.themes or item.labels:
        flow.append(markup_cell(topics(item.themes, item.labels), styles.table_muted))
    if item.attachments:
        names = "<br/>".join(
            f"– {escaped(a.name)} ({escaped(a.size_text)})" for a in item.attachments
        )
        flow.append(markup_cell(f"Bijlagen:<br/>{names}", styles.table_muted))
    return flow


def _items(doc: MeetingDocument) -> list[Flowable]:
    """Return the numbered items with clock time, presenter and planned minutes."""
    styles = document_styles()
    flow: list[Flowable] = [paragraph("Agendapunten", styles.heading1)]
    if not doc.items:
        flow.append(paragraph("De agenda is nog leeg.", styles.body))
        return flow
    widths = [15 * mm, 10 * mm, FRAME_WIDTH - 15 * mm - 10 * mm - 38 * mm - 14 * mm, 38 * mm,
              14 * mm]  # fmt: skip
    rows = [
        [item.clock, f"{item.number}.", _item_cell(item), item.presenter or "–",
         f"{item.planned_minutes}" if item.planned_minutes is not None else "–"]
        for item in doc.items
    ]  # fmt: skip
    flow.append(data_table(["Tijd", "Nr.", "Agendapunt", "Inleider", "Min."], rows, widths))
    flow.append(gap(1.5))
    flow.append(paragraph(_time_summary(doc), styles.meta))
    return flow


def _time_summary(doc: MeetingDocument) -> str:
    """Return the planned total against the meeting length, with a warning when over."""
    planned, available = doc.planned_minutes, doc.meeting_minutes
    text = (
        f"Geplande tijd {counted(planned, 'minuut', 'minuten')}; de vergadering duurt "
        f"{counted(available, 'minuut', 'minuten')}"
    )
    if planned > available:
        over = counted(planned - available, "minuut", "minuten")
        return text + f" ({confidential_mark(f'{over} te veel')})."
    return text + "."


def _open_actions(doc: MeetingDocument) -> list[Flowable]:
    """Return the actions of earlier meetings that are on this meeting's actielijst."""
    styles = document_styles()
    flow: list[Flowable] = [
        paragraph("Openstaande acties uit eerdere vergaderingen", styles.heading1)
    ]
    if doc.carried_actions:
        flow.append(carried_table(doc.carried_actions))
    else:
        flow.append(paragraph("Er staan geen acties uit eerdere vergaderingen open.", styles.body))
    if doc.withheld_carried_actions:
        flow.append(gap(1.5))
        flow.append(paragraph(withheld_actions_note(doc.withheld_carried_actions), styles.meta))
    return flow


def agenda_story(doc: MeetingDocument) -> list[Flowable]:
    """Return the flowables of the whole agenda."""
    return [
        *_heading_block(doc),
        *_invited(doc),
        *_items(doc),
        *_open_actions(doc),
        *font_note(doc),
    ]


def agenda_pdf_bytes(doc: MeetingDocument) -> bytes:
    """Render the agenda in memory (for a preview)."""
    return pdf_bytes(agenda_story(doc), agenda_info(doc))


def render_agenda(doc: MeetingDocument, path: str | os.PathLike[str]) -> Path:
    """Render the agenda to path atomically."""
    return render_pdf(path, agenda_story(doc), agenda_info(doc))


def build_agenda_pdf(
    db: sqlite_utils.Database,
    meeting_id: int,
    path: str | os.PathLike[str],
    *,
    include_confidential: bool = False,
) -> Path:
    """Write the agenda of a meeting to path; confidential descriptions only when asked."""
    doc = gather_meeting(db, meeting_id, include_confidential=include_confidential)
    return render_agenda(doc, path)

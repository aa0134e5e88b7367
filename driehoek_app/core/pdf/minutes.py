"""The verslag: heading block, attendance, minutes per item, besluitenlijst and actielijst."""

import os
from pathlib import Path

import sqlite_utils
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether

from driehoek_app.core.dutch import dutch_date
from driehoek_app.core.pdf.action_tables import (
    action_table,
    carried_table,
    withheld_actions_note,
)
from driehoek_app.core.pdf.canvas import Classification
from driehoek_app.core.pdf.document import DocumentInfo, pdf_bytes, render_pdf
from driehoek_app.core.pdf.meeting_data import (
    ApprovalLine,
    ItemData,
    MeetingDocument,
    gather_meeting,
)
from driehoek_app.core.pdf.parts import (
    FRAME_WIDTH,
    CellContent,
    confidential_mark,
    data_table,
    decision_table,
    escaped,
    facts_table,
    font_note,
    gap,
    markup_cell,
    paragraph,
    short_date,
    text_cell,
    text_flow,
    topics,
)
from driehoek_app.core.pdf.styles import document_styles
from driehoek_app.core.pdf.wording import confidential_items, counted, enumeration

NOT_MINUTED = "Dit agendapunt is besproken en niet genotuleerd (vertrouwelijk)."
NO_MINUTES = "Geen verslag bij dit punt."
NO_APPROVAL = "In deze vergadering is geen verslag vastgesteld."
NO_CARRIED = "Er stonden geen acties uit eerdere vergaderingen open."
SEE_ACTIELIJST = (
    "De acties uit eerdere vergaderingen staan in de actielijst aan het eind van dit verslag."
)
ATTENDANCE_GROUPS = (
    ("aanwezig", "Aanwezig"),
    ("afwezig met kennisgeving", "Afwezig met kennisgeving"),
    ("afwezig", "Afwezig"),
)
WATERMARK = "VERTROUWELIJK"


def status_text(doc: MeetingDocument) -> str:
    """Return the status line: 'Concept ...' or 'Vastgesteld op <date> ... (versie N)'."""
    if doc.is_concept:
        text = "Concept, nog niet vastgesteld"
        if doc.version > 1:
            text += f" (versie {doc.version}, correctie van een vastgesteld verslag)"
        return text
    text = f"Vastgesteld op {short_date(doc.approved_on)}"
    if doc.approved_in_date == doc.approved_on:
        text += ", in de vergadering van die dag"
    elif doc.approved_in_date:
        text += f", in de vergadering van {short_date(doc.approved_in_date)}"
    return f"{text} (versie {doc.version})"


def minutes_info(doc: MeetingDocument) -> DocumentInfo:
    """Return the metadata and page furniture of the verslag."""
    classification = doc.effective_classification
    state = "concept" if doc.is_concept else f"vastgesteld, versie {doc.version}"
    return DocumentInfo(
        title=f"Verslag {doc.body_name} {short_date(doc.date)}",
        author=doc.body_name,
        subject=f"Verslag van de vergadering van {dutch_date(doc.date)} ({state})",
        body_name=doc.body_name,
        meeting_date=doc.date,
        classification=classification,
        watermark=WATERMARK if classification is Classification.VERTROUWELIJK else None,
        concept=doc.is_concept,
    )


def person_line(name: str, role: str, organisation: str) -> str:
    """Return 'name, role (organisation)' as escaped markup."""
    text = escaped(name)
    if role:
        text += f", {escaped(role)}"
    if organisation:
        text += f" ({escaped(organisation)})"
    return text


def _heading_block(doc: MeetingDocument) -> list[Flowable]:
    """Return the title, the facts of the meeting and its status."""
    styles = document_styles()
    rows: list[tuple[str, CellContent]] = [
        ("Datum", dutch_date(doc.date)),
        ("Tijd", f"{doc.start_time} – {doc.end_time} uur"),
        ("Locatie", doc.location or "–"),
        ("Voorzitter", doc.chair or "–"),
        ("Secretaris", ", ".join(doc.secretaries) or "–"),
        (
            "Status",
            markup_cell(
                escaped(status_text(doc)), styles.status if doc.is_concept else styles.label
            ),
        ),
    ]
    if doc.version > 1 and doc.correction_reason:
        rows.append(("Reden correctie", doc.correction_reason))
    if doc.earlier_versions:
        versions = ", ".join(str(v) for v in doc.earlier_versions)
        rows.append(("Eerdere versies", f"versie {versions} (vastgesteld, in de database)"))
    rows.append(("Rubricering", doc.effective_classification.label))
    return [
        paragraph("Verslag", styles.title),
        paragraph(escaped(doc.body_name), styles.subtitle),
        facts_table(rows),
    ]


def _attendance(doc: MeetingDocument) -> list[Flowable]:
    """Return the attendance grouped as aanwezig, afwezig met kennisgeving and afwezig."""
    styles = document_styles()
    flow: list[Flowable] = [paragraph("Aanwezigheid", styles.heading1)]
    rows = []
    for status, label in ATTENDANCE_GROUPS:
        people = [p for p in doc.participants if p.status == status]
        if people:
            markup = "<br/>".join(person_line(p.name, p.role, p.organisation) for p in people)
            rows.append((label, markup_cell(markup)))
    if rows:
        flow.append(facts_table(rows))
    else:
        flow.append(paragraph("Er is geen presentielijst vastgelegd.", styles.body))
    return flow


def _item_meta(item: ItemData) -> str:
    """Return the small line under an item heading: presenter, themes, confidentiality."""
    parts = []
    if item.confidential:
        parts.append(confidential_mark("Vertrouwelijk / casuïstiek"))
    if item.presenter:
        parts.append(f"Inleider: {escaped(item.presenter)}")
    if item.themes or item.labels:
        parts.append(topics(item.themes, item.labels))
    return " · ".join(parts)


def approval_sentences(approvals: tuple[ApprovalLine, ...]) -> str:
    """Return which minutes were vastgesteld in this meeting, as Dutch sentences."""
    if not approvals:
        return NO_APPROVAL
    if len(approvals) > 1 and all(a.version == 1 for a in approvals):
        dates = enumeration(short_date(a.meeting_date) for a in approvals)
        return f"De verslagen van de vergaderingen van {dates} zijn vastgesteld."
    sentences = []
    for approval in approvals:
        which = "Het verslag"
        if approval.version > 1:
            which = f"Het gecorrigeerde verslag (versie {approval.version})"
        sentences.append(
            f"{which} van de vergadering van {short_date(approval.meeting_date)} is vastgesteld."
        )
    return " ".join(sentences)


def actielijst_sentences(doc: MeetingDocument) -> str:
    """Return what happened to the carried-over actions in this meeting, and where they are."""
    counts = {"afgerond": 0, "vervallen": 0, "due_date": 0, "owner": 0}
    for action in doc.carried_actions:
        for field in {c.new if c.field == "status" else c.field for c in action.changes}:
            if field in counts:
                counts[field] += 1
    parts = [
        counted(counts["afgerond"], "actie afgerond", "acties afgerond"),
        counted(counts["vervallen"], "actie vervallen verklaard", "acties vervallen verklaard"),
        counted(counts["due_date"], "actie met een nieuwe streefdatum",
                "acties met een nieuwe streefdatum"),
        counted(counts["owner"], "actie overgedragen", "acties overgedragen"),
    ]  # fmt: skip
    done = [part for part, count in zip(parts, counts.values(), strict=True) if count]
    if not doc.carried_actions and not doc.withheld_carried_actions:
        return NO_CARRIED
    if not done:
        return SEE_ACTIELIJST
    return f"In deze vergadering: {enumeration(done)}. {SEE_ACTIELIJST}"


def _automatic_lines(item: ItemData, doc: MeetingDocument) -> list[Flowable]:
    """Return what the verslag says by itself: approvals, the actielijst, or 'no minutes'."""
    styles = document_styles()
    flow: list[Flowable] = []
    if item.is_approval_item:
        flow.append(paragraph(escaped(approval_sentences(doc.approvals)), styles.line))
    if item.is_actielijst_item and (doc.carried_actions or item.is_empty):
        flow.append(paragraph(escaped(actielijst_sentences(doc)), styles.line))
    if not flow and item.is_empty:
        flow.append(paragraph(NO_MINUTES, styles.meta))
    return flow


def _item_section(item: ItemData, doc: MeetingDocument) -> list[Flowable]:
    """Return the minutes of one agenda item with its decisions and actions."""
    styles = document_styles()
    heading = paragraph(f"{item.number}. {escaped(item.title)}", styles.item_heading)
    meta = _item_meta(item)
    head: list[Flowable] = [heading]
    if meta:
        head.append(paragraph(meta, styles.meta))
    if item.withheld:
        return [KeepTogether([*head, paragraph(NOT_MINUTED, styles.body)])]
    flow: list[Flowable] = [*head, gap(1)]
    automatic = _automatic_lines(item, doc)
    if item.is_empty:
        return [KeepTogether([*flow, *automatic])]
    flow.extend(automatic)
    flow.extend(text_flow(item.minutes))
    if item.decisions:
        flow.append(gap(2))
        flow.append(decision_table((d.number, d.text) for d in item.decisions))
    if item.actions:
        flow.append(gap(2))
        flow.append(action_table(item.actions, with_item=False))
    return flow


def _besluitenlijst(doc: MeetingDocument) -> list[Flowable]:
    """Return the list of every decision of this meeting that the verslag shows."""
    styles = document_styles()
    flow: list[Flowable] = [paragraph("Besluitenlijst", styles.heading1)]
    if doc.decisions:
        widths = [34 * mm, FRAME_WIDTH - 34 * mm - 45 * mm, 45 * mm]
        rows = [
            [markup_cell(f"<b>{escaped(d.number)}</b>"), text_cell(d.text),
             f"{d.item_number}. {d.item_title}"]
            for d in doc.decisions
        ]  # fmt: skip
        flow.append(data_table(["Nummer", "Besluit", "Agendapunt"], rows, widths))
    elif doc.withheld_items:
        outside = confidential_items([item.number for item in doc.withheld_items])
        flow.append(paragraph(f"Buiten {outside} zijn geen besluiten genomen.", styles.body))
    else:
        flow.append(paragraph("In deze vergadering zijn geen besluiten genomen.", styles.body))
    withheld = doc.withheld_items
    if withheld:
        items = confidential_items([item.number for item in withheld])
        flow.append(gap(1.5))
        flow.append(paragraph(f"Besluiten bij {items} staan niet in deze lijst.", styles.meta))
    return flow


def _actielijst(doc: MeetingDocument) -> list[Flowable]:
    """Return the new actions and the carried-over ones of earlier meetings."""
    styles = document_styles()
    flow: list[Flowable] = [paragraph("Actielijst", styles.heading1)]
    flow.append(paragraph("Nieuwe acties uit deze vergadering", styles.heading2))
    if doc.new_actions:
        flow.append(action_table(doc.new_actions, with_item=True))
    else:
        flow.append(paragraph("In deze vergadering zijn geen nieuwe acties afgesproken.",
                              styles.body))  # fmt: skip
    flow.append(paragraph("Acties uit eerdere vergaderingen", styles.heading2))
    if doc.carried_actions:
        flow.append(carried_table(doc.carried_actions, show_changes=True))
    else:
        flow.append(paragraph("Er staan geen acties uit eerdere vergaderingen open.", styles.body))
    if doc.withheld_carried_actions:
        flow.append(gap(1.5))
        flow.append(paragraph(withheld_actions_note(doc.withheld_carried_actions), styles.meta))
    return flow


def _withheld_note(doc: MeetingDocument) -> list[Flowable]:
    """Return a note naming the confidential items whose content is left out, if any."""
    withheld = doc.withheld_items
    if not withheld:
        return []
    items = confidential_items([item.number for item in withheld])
    text = f"Verslag, besluiten en acties bij {items} staan niet in dit verslag."
    return [gap(4), paragraph(text, document_styles().meta)]


def minutes_story(doc: MeetingDocument) -> list[Flowable]:
    """Return the flowables of the whole verslag."""
    styles = document_styles()
    story: list[Flowable] = [*_heading_block(doc), *_attendance(doc)]
    story.append(paragraph("Verslag per agendapunt", styles.heading1))
    if not doc.items:
        story.append(paragraph("De agenda is leeg.", styles.body))
    for item in doc.items:
        story.extend(_item_section(item, doc))
    story.extend(_besluitenlijst(doc))
    story.extend(_actielijst(doc))
    story.extend(_withheld_note(doc))
    story.extend(font_note(doc))
    return story


def minutes_pdf_bytes(doc: MeetingDocument, *, password: str | None = None) -> bytes:
    """Render the verslag in memory (for a preview); encrypted when a password is given."""
    return pdf_bytes(minutes_story(doc), minutes_info(doc), password=password)


def render_minutes(
    doc: MeetingDocument, path: str | os.PathLike[str], *, password: str | None = None
) -> Path:
    """Render the verslag to path atomically; encrypted with AES-256 when a password is given."""
    return render_pdf(path, minutes_story(doc), minutes_info(doc), password=password)


def build_minutes_pdf(
    db: sqlite_utils.Database,
    meeting_id: int,
    path: str | os.PathLike[str],
    *,
    include_confidential: bool = False,
    password: str | None = None,
) -> Path:
    """Write the verslag of a meeting to path; confidential items only when asked."""
    doc = gather_meeting(db, meeting_id, include_confidential=include_confidential)
    return render_minutes(doc, path, password=password)

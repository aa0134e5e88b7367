"""The Jaarrapportage: attention per IMV theme, decisions, ondermijningsbeelden, targets and charts.

Same document style as the verslag (shared template, styles and table parts): header with
the report and scope, footer 'Pagina X van Y' with the classification, vertrouwelijk by
default with the diagonal watermark. Every figure comes from core functions
(attention, beeld_summary, monitoring); this module only lays them out.
"""

import datetime as dt
import os
from collections.abc import Sequence
from pathlib import Path

import sqlite_utils
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Table, TableStyle

from driehoek_app.core.attention import ThemeAttention
from driehoek_app.core.dutch import dutch_date, dutch_decimal
from driehoek_app.core.money import format_euro
from driehoek_app.core.pdf.annual_data import (
    AnnualReportData,
    BeeldSection,
    TargetSection,
    ThemeSection,
    gather_annual_report,
)
from driehoek_app.core.pdf.canvas import Classification
from driehoek_app.core.pdf.charts import (
    attention_chart,
    attention_chart_data,
    number_text,
    target_chart,
    target_chart_data,
)
from driehoek_app.core.pdf.document import DocumentInfo, pdf_bytes, render_pdf
from driehoek_app.core.pdf.parts import (
    FRAME_WIDTH,
    CellContent,
    data_table,
    escaped,
    facts_table,
    gap,
    markup_cell,
    short_date,
    text_cell,
    text_flow,
)
from driehoek_app.core.pdf.styles import document_styles

WATERMARK = "VERTROUWELIJK"
AUTHOR = "driehoek_app"
MEASURE_UNITS = {"aantal": "", "dossiers": " dossiers", "fte": " fte", "procent": "%"}
OUTCOME_LABELS = {"te wegen": "nog te wegen", "geen vervolg": "gewogen, geen vervolg"}
CHART_HEIGHT = 150


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


def kind_text(kind: str) -> str:
    """Return an intervention kind that may break after its slash in a narrow column."""
    return kind.replace("/", "/\n")


def signal_sentence(outcomes: dict[str, int]) -> str:
    """Return the signals of a beeld by triage outcome in one sentence."""
    total = sum(outcomes.values())
    if not total:
        return "Geen signalen vastgelegd."
    waiting, dropped = outcomes.get("te wegen", 0), outcomes.get("geen vervolg", 0)
    partners = [f"{name} {count}" for name, count in outcomes.items()
                if count and name not in ("te wegen", "geen vervolg")]  # fmt: skip
    parts = []
    if partners:
        parts.append("gewogen met een partner aan zet: " + ", ".join(partners))
    if dropped:
        parts.append(f"gewogen zonder vervolg: {dropped}")
    if waiting:
        parts.append(f"nog te wegen: {waiting}")
    word = "signaal" if total == 1 else "signalen"
    return f"{total} {word}; " + "; ".join(parts) + "."


def measure_text(value: float | None, measure: str) -> str:
    """Return a target or realised figure with its unit ('61,3 fte', '40%'); '–' for none."""
    if value is None:
        return "–"
    return number_text(value) + MEASURE_UNITS.get(measure, f" {measure}")


def percent_text(fraction: float | None) -> str:
    """Return progress as a Dutch percentage ('85%'); '–' when it cannot be computed."""
    return "–" if fraction is None else f"{dutch_decimal(fraction * 100, 0)}%"


def _p(text: str, style_name: str = "body") -> Paragraph:
    """Return a paragraph of plain (escaped) text in one of the document styles."""
    return Paragraph(escaped(text), getattr(document_styles(), style_name))


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
        Paragraph(escaped(scope), styles.subtitle),
        facts_table(rows),
        gap(3),
        Paragraph(guide, styles.meta),
    ]


ATTENTION_HEADER = ["Thema", "Vergade-\nringen", "Agenda-\npunten", "Minuten", "Besluiten",
                    "Acties\nopen", "Acties\nafgerond", "Acties\nvervallen"]  # fmt: skip
ATTENTION_WIDTHS = [38 * mm, 19 * mm, 18 * mm, 18 * mm, 19.5 * mm, 14 * mm, 19 * mm, 19.5 * mm]
THEME_COLUMN_HEADS = {
    "ondermijning": "Onder-\nmijning",
    "zorg-en-veiligheid": "Zorg en\nveiligheid",
    "contraterrorisme": "Contra-\nterrorisme",
    "cybercrime": "Cyber-\ncrime",
}
STATUS_HEADERS = {"in voorbereiding": "in voor-\nbereiding"}


def _attention_row(row: ThemeAttention, bold: bool = False) -> list[CellContent]:
    """Return one row of the attention table."""
    values = [row.meetings, row.items, row.planned_minutes, row.decisions, row.actions_open,
              row.actions_done, row.actions_dropped]  # fmt: skip
    cells: list[CellContent] = [row.theme_title, *[number_text(v) for v in values]]
    if bold:
        return [markup_cell(f"<b>{escaped(str(c))}</b>") for c in cells]
    return cells


def _attention(data: AnnualReportData) -> list[Flowable]:
    """Return chapter 1: the attention table, its chart and (unit) the table per basisteam."""
    styles = document_styles()
    rows = [section.attention for section in data.themes]
    table = data_table(
        ATTENTION_HEADER,
        [*(_attention_row(r) for r in rows), _attention_row(data.total, bold=True)],
        ATTENTION_WIDTHS,
    )
    flow: list[Flowable] = [Paragraph("1. Aandacht per IMV-thema", styles.heading1), table,
                            gap(1.5)]  # fmt: skip
    flow.append(_p("De laatste rij telt elk agendapunt van het jaar één keer, met of zonder "
                   "thema.", "meta"))  # fmt: skip
    flow.append(gap(3))
    flow.append(attention_chart(attention_chart_data(rows), FRAME_WIDTH))
    if data.attention_by_basisteam is not None:
        flow.extend(_attention_per_basisteam(data))
    return flow


def _attention_per_basisteam(data: AnnualReportData) -> list[Flowable]:
    """Return the table of agendapunten per basisteam and theme (unit report)."""
    frame = data.attention_by_basisteam
    assert frame is not None
    titles = [
        THEME_COLUMN_HEADS.get(s.attention.theme_code, s.attention.theme_title) for s in data.themes
    ]
    header = ["Basisteam", *titles, "Totaal"]
    rows = []
    for name, values in frame.iterrows():
        numbers = [int(v) for v in values]
        rows.append([str(name), *[number_text(v) for v in numbers], number_text(sum(numbers))])
    first = 34 * mm
    rest = (FRAME_WIDTH - first) / (len(titles) + 1)
    return [
        Paragraph("Agendapunten per basisteam en thema", document_styles().heading2),
        data_table(header, rows, [first, *[rest] * (len(titles) + 1)]),
        gap(1.5),
        _p("Alleen de basisteamdriehoeken; vergaderingen van andere overleggen tellen wel mee "
           "in de tabel hierboven.", "meta"),
    ]  # fmt: skip


def _decisions(section: ThemeSection, unit: bool) -> list[Flowable]:
    """Return the decisions of one theme as a table, or a sentence when there are none."""
    flow: list[Flowable] = []
    if section.decisions:
        rows = []
        for line in section.decisions:
            where = f"{line.body_name} · {line.item_title}" if unit else line.item_title
            text = [*text_cell(line.text), _p(f"Agendapunt: {where}", "table_muted")]
            rows.append([markup_cell(f"<b>{escaped(line.number)}</b>"),
                         iso_date_text(line.meeting_date), text])  # fmt: skip
        widths = [32 * mm, 28 * mm, FRAME_WIDTH - 60 * mm]
        flow.append(data_table(["Besluit", "Datum", "Tekst"], rows, widths))
    else:
        flow.append(_p("Onder dit thema zijn dit jaar geen besluiten genomen."))
    if section.withheld_decisions:
        count = section.withheld_decisions
        word = "besluit bij een vertrouwelijk agendapunt staat" if count == 1 else (
            "besluiten bij vertrouwelijke agendapunten staan")  # fmt: skip
        flow.extend([gap(1.5), _p(f"{count} {word} niet in deze lijst.", "meta")])
    return flow


def iso_date_text(iso: str) -> str:
    """Return an ISO date in Dutch words without the weekday: '3 december 2026'."""
    return short_date(dt.date.fromisoformat(iso))


def attention_sentence(row: ThemeAttention) -> str:
    """Return the attention of one theme in one sentence."""
    if not row.items:
        return "Dit thema stond dit jaar niet op de agenda."
    items = "1 agendapunt" if row.items == 1 else f"{row.items} agendapunten"
    meetings = "1 vergadering" if row.meetings == 1 else f"{row.meetings} vergaderingen"
    return (
        f"{items} in {meetings}, samen {number_text(row.planned_minutes)} minuten gepland; "
        f"{row.decisions} besluiten; acties: {row.actions_open} open, {row.actions_done} "
        f"afgerond, {row.actions_dropped} vervallen."
    )


def _themes(data: AnnualReportData) -> list[Flowable]:
    """Return chapter 2: per theme its attention in words and its decisions."""
    styles = document_styles()
    flow: list[Flowable] = [Paragraph("2. Besluiten per thema", styles.heading1)]
    for number, section in enumerate(data.themes, start=1):
        title = data.theme_titles.get(section.attention.theme_code, section.attention.theme_title)
        flow.append(Paragraph(f"2.{number} {escaped(title)}", styles.heading2))
        flow.append(_p(attention_sentence(section.attention)))
        flow.extend(_decisions(section, unit=data.basisteam is None))
        if section.attention.theme_code == "ondermijning":
            flow.append(gap(1.5))
            flow.append(_p("Interventies en resultaten bij ondermijning: zie hoofdstuk 3.", "meta"))
    return flow


def _results_table(data: AnnualReportData) -> list[Flowable]:
    """Return the results of all interventions in scope, per kind, with the amounts."""
    if not data.result_totals:
        return [_p("Er zijn dit jaar geen resultaten van interventies vastgelegd.")]
    rows = [[t.kind, number_text(t.count), format_euro(t.amount_cents) or "–",
             number_text(t.interventions)] for t in data.result_totals]  # fmt: skip
    total = sum(t.amount_cents or 0 for t in data.result_totals)
    rows.append([markup_cell("<b>Totaal bedragen</b>"), "", markup_cell(
        f"<b>{escaped(format_euro(total))}</b>"), ""])  # fmt: skip
    widths = [70 * mm, 25 * mm, 40 * mm, FRAME_WIDTH - 135 * mm]
    return [data_table(["Resultaat", "Aantal", "Bedrag", "Interventies"], rows, widths)]


def _interventions_table(data: AnnualReportData) -> list[Flowable]:
    """Return the interventions per kind and status."""
    statuses = list(data.intervention_counts[0].by_status) if data.intervention_counts else []
    rows = [
        [kind_text(c.kind), *[number_text(c.by_status[s]) for s in statuses], number_text(c.total)]
        for c in data.intervention_counts
    ]
    first = 45 * mm
    rest = (FRAME_WIDTH - first) / (len(statuses) + 1)
    header = ["Soort", *[STATUS_HEADERS.get(s, s) for s in statuses], "Totaal"]
    return [data_table(header, rows, [first, *[rest] * (len(statuses) + 1)])]


def _signals_table(outcomes: dict[str, int]) -> Table:
    """Return the signals per triage outcome as a two-column table."""
    rows = [[OUTCOME_LABELS.get(k, f"gewogen, {k} aan zet"), number_text(v)]
            for k, v in outcomes.items() if v]  # fmt: skip
    rows.append([markup_cell("<b>Totaal signalen</b>"),
                 markup_cell(f"<b>{number_text(sum(outcomes.values()))}</b>")])  # fmt: skip
    return data_table(["Uitkomst van de triage", "Signalen"], rows, [80 * mm, 30 * mm])


def _spread_table(data: AnnualReportData) -> list[Flowable]:
    """Return in how many beelden each phenomenon appears (unit report)."""
    if not data.phenomenon_spread:
        return []
    rows = [[s.label, number_text(s.beelden), str(s.max_ernst or "–"),
             "–" if s.mean_ernst is None else dutch_decimal(s.mean_ernst, 1),
             number_text(s.rising), number_text(s.falling)]
            for s in data.phenomenon_spread]  # fmt: skip
    widths = [65 * mm, 20 * mm, 20 * mm, 20 * mm, 20 * mm, FRAME_WIDTH - 145 * mm]
    header = ["Fenomeen", "Beelden", "Hoogste\nernst", "Gem.\nernst", "Stijgend", "Dalend"]
    return [Paragraph("Fenomenen in de beelden", document_styles().heading2),
            data_table(header, rows, widths)]  # fmt: skip


def _phenomena_table(section: BeeldSection) -> list[Flowable]:
    """Return the phenomena of a beeld with assessment, places and change since last year."""
    comparison = section.comparison
    status = {c.code: c.status for c in comparison.changes}
    since = f"t.o.v.\n{comparison.previous_year}"
    rows = []
    for entry in section.entries:
        what: list[Flowable] = [markup_cell(f"<b>{escaped(entry.label)}</b>")]
        what.extend(text_cell(entry.narrative) if entry.narrative else [])
        places = [", ".join(entry.wijken)] if entry.wijken else []
        if entry.sectors:
            places.append("sector: " + ", ".join(entry.sectors))
        if places:
            what.append(_p("Waar: " + " · ".join(places), "table_muted"))
        if entry.omvang_toelichting:
            what.append(_p(f"Omvang: {entry.omvang_toelichting}", "table_muted"))
        change = status.get(entry.phenomenon_code, "") if comparison.previous else "–"
        rows.append([what, entry.ernst_text or "–", entry.omvang_text or "–",
                     entry.trend or "–", entry.betrouwbaarheid or "–", change])  # fmt: skip
    widths = [54 * mm, 25 * mm, 28 * mm, 18 * mm, 16 * mm, FRAME_WIDTH - 141 * mm]
    header = ["Fenomeen", "Ernst", "Omvang", "Trend", "Zeker-\nheid", since]
    return [data_table(header, rows, widths)]


def comparison_sentence(section: BeeldSection) -> str:
    """Return the year comparison in one sentence."""
    comparison = section.comparison
    if comparison.previous is None:
        return f"Er is geen beeld van {comparison.previous_year} om mee te vergelijken."
    parts = [f"{count} {status}" for status, count in comparison.counts().items() if count]
    gone = comparison.by_status("verdwenen")
    text = f"Ten opzichte van {comparison.previous_year}: {', '.join(parts) or 'geen fenomenen'}."
    if gone:
        text += " Niet meer in het beeld: " + ", ".join(c.label for c in gone) + "."
    return text


def _intervention_rows(section: BeeldSection) -> list[list[CellContent]]:
    """Return one table row per intervention of a beeld, with its results."""
    rows = []
    for item in section.interventions:
        result: list[Flowable] = text_cell(item.result_text) if item.result_text else []
        result.extend(_p(r.text, "table") for r in item.results)
        rows.append([kind_text(item.kind), text_cell(item.description), item.partner_text,
                     item.status,
                     result or [_p("–", "table")]])  # fmt: skip
    return rows


def _beeld(section: BeeldSection, heading_prefix: str) -> list[Flowable]:
    """Return one basisteam's beeld: summary, phenomena, comparison, signals, interventions."""
    styles = document_styles()
    beeld = section.beeld
    facts = [f"Basisteam {beeld.basisteam_name}"]
    if beeld.peildatum:
        facts.append(f"peildatum {iso_date_text(beeld.peildatum)}")
    if beeld.made_with:
        facts.append(f"opgesteld met {beeld.made_with}")
    flow: list[Flowable] = [
        Paragraph(f"{heading_prefix} {escaped(beeld.display_title)}", styles.heading2),
        _p(" · ".join(facts), "meta"),
    ]
    flow.extend(text_flow(beeld.summary, styles.body))
    flow.append(gap(1.5))
    flow.append(_p(comparison_sentence(section)))
    if section.entries:
        flow.extend(_phenomena_table(section))
    else:
        flow.append(_p("In dit beeld zijn geen fenomenen vastgelegd."))
    flow.append(gap(3))
    flow.append(Paragraph("Signalen en triage", styles.label))
    flow.append(gap(1))
    flow.append(_p(signal_sentence(section.signal_outcomes)))
    flow.append(Paragraph("Interventies", styles.label))
    flow.append(gap(1))
    if section.interventions:
        widths = [27 * mm, 46 * mm, 31 * mm, 24 * mm, FRAME_WIDTH - 128 * mm]
        header = ["Soort", "Interventie", "Partner", "Status", "Resultaat"]
        flow.append(data_table(header, _intervention_rows(section), widths))
    else:
        flow.append(_p("Geen interventies vastgelegd."))
    return flow


def _ondermijning(data: AnnualReportData) -> list[Flowable]:
    """Return chapter 3: totals over the beelden, then each basisteam's beeld."""
    styles = document_styles()
    flow: list[Flowable] = [
        CondPageBreak(60 * mm),
        Paragraph("3. Ondermijning: beelden, signalen, interventies en resultaten",
                  styles.heading1),
        Paragraph("Resultaten van interventies", styles.heading2),
        *_results_table(data),
        Paragraph("Interventies naar soort en status", styles.heading2),
        *_interventions_table(data),
        Paragraph("Signalen naar uitkomst van de triage", styles.heading2),
        _signals_table(data.signal_outcomes),
        *_spread_table(data),
    ]  # fmt: skip
    for number, section in enumerate(data.beelden, start=1):
        flow.append(CondPageBreak(50 * mm))
        flow.extend(_beeld(section, f"3.{number}"))
    if data.basisteams_without_beeld:
        names = ", ".join(data.basisteams_without_beeld)
        word = "dit basisteam" if len(data.basisteams_without_beeld) == 1 else "deze basisteams"
        flow.extend([gap(3), _p(f"Geen ondermijningsbeeld voor {data.year} vastgelegd voor "
                                f"{word}: {names}.", "meta")])  # fmt: skip
    return flow


def target_text(section: TargetSection) -> str:
    """Return the target of the year for the table, saying when it is standing or missing."""
    row = section.progress
    if row.target is not None:
        text = measure_text(row.target, row.key.measure)
        return f"{text} (doorlopend)" if row.standing else text
    if row.last_target is not None:
        last = measure_text(row.last_target, row.key.measure)
        return f"geen (laatst {last} in {row.last_target_year})"
    return "geen"


def _target_charts(sections: Sequence[TargetSection]) -> list[Flowable]:
    """Return the target charts two by two."""
    half = FRAME_WIDTH / 2
    drawings = [
        [_p(s.progress.key.label, "label"),
         target_chart(target_chart_data(s.progress.key.label, s.progress.key.measure, s.points),
                      half - 4 * mm, CHART_HEIGHT)]
        for s in sections if any(p.realised is not None for p in s.points)
    ]  # fmt: skip
    flow: list[Flowable] = []
    for index in range(0, len(drawings), 2):
        pair = drawings[index : index + 2]
        table = Table([pair + [""] * (2 - len(pair))], colWidths=[half, half], hAlign="LEFT")
        table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))  # fmt: skip
        flow.extend([KeepTogether([table]), gap(3)])
    return flow


def _targets(data: AnnualReportData) -> list[Flowable]:
    """Return chapter 4: the Veiligheidsagenda targets against the realisations, with charts."""
    styles = document_styles()
    rows = []
    for section in data.targets:
        row = section.progress
        label = [_p(row.key.label, "table"), _p(row.key.goal_title, "table_muted")]
        rows.append([label, target_text(section), measure_text(row.realised, row.key.measure),
                     percent_text(row.progress)])  # fmt: skip
    widths = [75 * mm, 40 * mm, 25 * mm, FRAME_WIDTH - 140 * mm]
    header = ["Indicator", f"Streefcijfer {data.year}", f"Realisatie {data.year}", "Voortgang"]
    note = (
        "Streefcijfers en realisaties gelden voor de eenheid Noord-Holland"
        + (", ook in deze rapportage van één basisteam. " if data.basisteam else ". ")
        + "Voortgang is realisatie gedeeld door het streefcijfer van hetzelfde jaar. De "
        "grafieken tonen de realisaties als staven en de streefcijfers als lijn, voor elke "
        "indicator met ten minste één realisatie."
    )
    return [
        CondPageBreak(80 * mm),
        Paragraph("4. Veiligheidsagenda: streefcijfers en realisaties", styles.heading1),
        _p(note, "meta"),
        gap(1),
        data_table(header, rows, widths),
        gap(4),
        *_target_charts(data.targets),
    ]


def annual_report_story(
    data: AnnualReportData, classification: Classification = Classification.VERTROUWELIJK
) -> list[Flowable]:
    """Return the flowables of the whole Jaarrapportage."""
    return [
        *_title_block(data, classification),
        *_attention(data),
        *_themes(data),
        *_ondermijning(data),
        *_targets(data),
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

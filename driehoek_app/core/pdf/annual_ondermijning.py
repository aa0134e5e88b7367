"""Chapter 3 of the Jaarrapportage: ondermijningsbeelden, signals, interventions, results."""

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Table

from driehoek_app.core.dutch import dutch_decimal
from driehoek_app.core.money import format_euro
from driehoek_app.core.pdf.annual_data import AnnualReportData, BeeldSection
from driehoek_app.core.pdf.annual_parts import iso_date_text, para
from driehoek_app.core.pdf.charts import number_text
from driehoek_app.core.pdf.parts import (
    FRAME_WIDTH,
    CellContent,
    data_table,
    escaped,
    gap,
    markup_cell,
    paragraph,
    text_cell,
    text_flow,
)
from driehoek_app.core.pdf.styles import document_styles

OUTCOME_LABELS = {"te wegen": "nog te wegen", "geen vervolg": "gewogen, geen vervolg"}
STATUS_HEADERS = {"in voorbereiding": "in voor-\nbereiding"}


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


def _results_table(data: AnnualReportData) -> list[Flowable]:
    """Return the results of all interventions in scope, per kind, with the amounts."""
    if not data.result_totals:
        return [para("Er zijn dit jaar geen resultaten van interventies vastgelegd.")]
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
            what.append(para("Waar: " + " · ".join(places), "table_muted"))
        if entry.omvang_toelichting:
            what.append(para(f"Omvang: {entry.omvang_toelichting}", "table_muted"))
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
        result.extend(para(r.text, "table") for r in item.results)
        rows.append([kind_text(item.kind), text_cell(item.description), item.partner_text,
                     item.status,
                     result or [para("–", "table")]])  # fmt: skip
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
        paragraph(f"{heading_prefix} {escaped(beeld.display_title)}", styles.heading2),
        para(" · ".join(facts), "meta"),
    ]
    flow.extend(text_flow(beeld.summary, styles.body))
    flow.append(gap(1.5))
    flow.append(para(comparison_sentence(section)))
    if section.entries:
        flow.extend(_phenomena_table(section))
    else:
        flow.append(para("In dit beeld zijn geen fenomenen vastgelegd."))
    flow.append(gap(3))
    flow.append(Paragraph("Signalen en triage", styles.label))
    flow.append(gap(1))
    flow.append(para(signal_sentence(section.signal_outcomes)))
    flow.append(Paragraph("Interventies", styles.label))
    flow.append(gap(1))
    if section.interventions:
        widths = [27 * mm, 46 * mm, 31 * mm, 24 * mm, FRAME_WIDTH - 128 * mm]
        header = ["Soort", "Interventie", "Partner", "Status", "Resultaat"]
        flow.append(data_table(header, _intervention_rows(section), widths))
    else:
        flow.append(para("Geen interventies vastgelegd."))
    return flow


def ondermijning_chapter(data: AnnualReportData) -> list[Flowable]:
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
        flow.extend([gap(3), para(f"Geen ondermijningsbeeld voor {data.year} vastgelegd voor "
                                f"{word}: {names}.", "meta")])  # fmt: skip
    return flow

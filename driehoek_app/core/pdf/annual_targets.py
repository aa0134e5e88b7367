"""Chapter 4 of the Jaarrapportage: the Veiligheidsagenda targets against the realisations."""

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Table, TableStyle

from driehoek_app.core.dutch import dutch_decimal
from driehoek_app.core.pdf.annual_data import AnnualReportData, TargetSection
from driehoek_app.core.pdf.annual_parts import para
from driehoek_app.core.pdf.charts import number_text, target_chart, target_chart_data
from driehoek_app.core.pdf.parts import FRAME_WIDTH, data_table, gap
from driehoek_app.core.pdf.styles import document_styles

MEASURE_UNITS = {"aantal": "", "dossiers": " dossiers", "fte": " fte", "procent": "%"}
CHART_HEIGHT = 150


def measure_text(value: float | None, measure: str) -> str:
    """Return a target or realised figure with its unit ('61,3 fte', '40%'); '–' for none."""
    if value is None:
        return "–"
    return number_text(value) + MEASURE_UNITS.get(measure, f" {measure}")


def percent_text(fraction: float | None) -> str:
    """Return progress as a Dutch percentage ('85%'); '–' when it cannot be computed."""
    return "–" if fraction is None else f"{dutch_decimal(fraction * 100, 0)}%"


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
        [para(s.progress.key.label, "label"),
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


def targets_chapter(data: AnnualReportData) -> list[Flowable]:
    """Return chapter 4: the Veiligheidsagenda targets against the realisations, with charts."""
    styles = document_styles()
    rows = []
    for section in data.targets:
        row = section.progress
        label = [para(row.key.label, "table"), para(row.key.goal_title, "table_muted")]
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
        para(note, "meta"),
        gap(1),
        data_table(header, rows, widths),
        gap(4),
        *_target_charts(data.targets),
    ]

"""Chapters 1 and 2 of the Jaarrapportage: attention per IMV theme, decisions per theme."""

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from driehoek_app.core.attention import ThemeAttention
from driehoek_app.core.pdf.annual_data import AnnualReportData, ThemeSection
from driehoek_app.core.pdf.annual_parts import iso_date_text, para
from driehoek_app.core.pdf.charts import attention_chart, attention_chart_data, number_text
from driehoek_app.core.pdf.parts import (
    FRAME_WIDTH,
    CellContent,
    data_table,
    escaped,
    gap,
    markup_cell,
    paragraph,
    text_cell,
)
from driehoek_app.core.pdf.styles import document_styles

ATTENTION_HEADER = ["Thema", "Vergade-\nringen", "Agenda-\npunten", "Minuten", "Besluiten",
                    "Acties\nopen", "Acties\nafgerond", "Acties\nvervallen"]  # fmt: skip
ATTENTION_WIDTHS = [38 * mm, 19 * mm, 18 * mm, 18 * mm, 19.5 * mm, 14 * mm, 19 * mm, 19.5 * mm]
THEME_COLUMN_HEADS = {
    "ondermijning": "Onder-\nmijning",
    "zorg-en-veiligheid": "Zorg en\nveiligheid",
    "contraterrorisme": "Contra-\nterrorisme",
    "cybercrime": "Cyber-\ncrime",
}


def _attention_row(row: ThemeAttention, bold: bool = False) -> list[CellContent]:
    """Return one row of the attention table."""
    values = [row.meetings, row.items, row.planned_minutes, row.decisions, row.actions_open,
              row.actions_done, row.actions_dropped]  # fmt: skip
    cells: list[CellContent] = [row.theme_title, *[number_text(v) for v in values]]
    if bold:
        return [markup_cell(f"<b>{escaped(str(c))}</b>") for c in cells]
    return cells


def attention_chapter(data: AnnualReportData) -> list[Flowable]:
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
    flow.append(para("De laatste rij telt elk agendapunt van het jaar één keer, met of zonder "
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
        para("Alleen de basisteamdriehoeken; vergaderingen van andere overleggen tellen wel mee "
           "in de tabel hierboven.", "meta"),
    ]  # fmt: skip


def _decisions(section: ThemeSection, unit: bool) -> list[Flowable]:
    """Return the decisions of one theme as a table, or a sentence when there are none."""
    flow: list[Flowable] = []
    if section.decisions:
        rows = []
        for line in section.decisions:
            where = f"{line.body_name} · {line.item_title}" if unit else line.item_title
            text = [*text_cell(line.text), para(f"Agendapunt: {where}", "table_muted")]
            rows.append([markup_cell(f"<b>{escaped(line.number)}</b>"),
                         iso_date_text(line.meeting_date), text])  # fmt: skip
        widths = [32 * mm, 28 * mm, FRAME_WIDTH - 60 * mm]
        flow.append(data_table(["Besluit", "Datum", "Tekst"], rows, widths))
    else:
        flow.append(para("Onder dit thema zijn dit jaar geen besluiten genomen."))
    if section.withheld_decisions:
        count = section.withheld_decisions
        word = "besluit bij een vertrouwelijk agendapunt staat" if count == 1 else (
            "besluiten bij vertrouwelijke agendapunten staan")  # fmt: skip
        flow.extend([gap(1.5), para(f"{count} {word} niet in deze lijst.", "meta")])
    return flow


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


def themes_chapter(data: AnnualReportData) -> list[Flowable]:
    """Return chapter 2: per theme its attention in words and its decisions."""
    styles = document_styles()
    flow: list[Flowable] = [Paragraph("2. Besluiten per thema", styles.heading1)]
    for number, section in enumerate(data.themes, start=1):
        title = data.theme_titles.get(section.attention.theme_code, section.attention.theme_title)
        flow.append(paragraph(f"2.{number} {escaped(title)}", styles.heading2))
        flow.append(para(attention_sentence(section.attention)))
        flow.extend(_decisions(section, unit=data.basisteam is None))
        if section.attention.theme_code == "ondermijning":
            flow.append(gap(1.5))
            flow.append(
                para("Interventies en resultaten bij ondermijning: zie hoofdstuk 3.", "meta")
            )
    return flow

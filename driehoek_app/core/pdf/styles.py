"""Dutch paragraph styles for every driehoek_app PDF, all in the bundled DejaVu Sans family."""

from dataclasses import dataclass
from functools import cache

from reportlab.lib.colors import HexColor
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle

from driehoek_app.core.pdf.fonts import BOLD, REGULAR, register_fonts

TEXT_COLOR = HexColor("#1A1A1A")
ACCENT_COLOR = HexColor("#154273")  # donkerblauw, the sober colour of Dutch government documents
MUTED_COLOR = HexColor("#555555")
RULE_COLOR = HexColor("#9AA5B1")
TINT_COLOR = HexColor("#E9EEF4")  # table header rows: a pale tint of the accent
MARK_COLOR = HexColor("#A4161A")  # 'vertrouwelijk' and 'concept' marks


@dataclass(frozen=True)
class Styles:
    """The named paragraph styles a driehoek_app document may use."""

    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading1: ParagraphStyle
    heading2: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    table: ParagraphStyle
    table_header: ParagraphStyle
    line: ParagraphStyle
    meta: ParagraphStyle
    item_heading: ParagraphStyle
    label: ParagraphStyle
    table_muted: ParagraphStyle
    status: ParagraphStyle


def _style(name: str, parent: ParagraphStyle | None = None, **values: object) -> ParagraphStyle:
    """Create one paragraph style; without a parent it starts from the body defaults."""
    if parent is None:
        defaults: dict[str, object] = {
            "fontName": REGULAR,
            "fontSize": 10,
            "leading": 14,
            "textColor": TEXT_COLOR,
            "alignment": TA_LEFT,
            "spaceAfter": 6,
            "splitLongWords": 1,
            "allowWidows": 0,
            "allowOrphans": 0,
        }
        return ParagraphStyle(name, **{**defaults, **values})
    return ParagraphStyle(name, parent=parent, **values)


@cache
def document_styles() -> Styles:
    """Return the shared styles (fonts registered first); derive, never mutate them."""
    register_fonts()
    body = _style("Tekst")
    return Styles(
        title=_style(
            "Titel",
            body,
            fontName=BOLD,
            fontSize=16,
            leading=20,
            spaceAfter=4,
            textColor=ACCENT_COLOR,
        ),
        subtitle=_style(
            "Ondertitel", body, fontSize=11, leading=15, spaceAfter=14, textColor=MUTED_COLOR
        ),
        heading1=_style(
            "Kop 1",
            body,
            fontName=BOLD,
            fontSize=12.5,
            leading=16,
            spaceBefore=12,
            spaceAfter=6,
            textColor=ACCENT_COLOR,
            keepWithNext=1,
        ),
        heading2=_style(
            "Kop 2",
            body,
            fontName=BOLD,
            fontSize=10.5,
            leading=14,
            spaceBefore=8,
            spaceAfter=4,
            keepWithNext=1,
        ),
        body=body,
        small=_style("Klein", body, fontSize=8, leading=10.5, textColor=MUTED_COLOR),
        table=_style("Tabel", body, fontSize=9, leading=12, spaceAfter=0),
        table_header=_style("Tabelkop", body, fontName=BOLD, fontSize=9, leading=12, spaceAfter=0),
        line=_style("Regel", body, spaceAfter=0),
        meta=_style("Kenmerken", body, fontSize=8.5, leading=11.5, textColor=MUTED_COLOR),
        item_heading=_style(
            "Agendapunt",
            body,
            fontName=BOLD,
            fontSize=11,
            leading=14.5,
            spaceBefore=11,
            spaceAfter=2,
            textColor=ACCENT_COLOR,
            keepWithNext=1,
        ),
        label=_style("Label", body, fontName=BOLD, fontSize=9, leading=12, spaceAfter=0),
        table_muted=_style(
            "Tabel klein", body, fontSize=8, leading=10.5, spaceAfter=0, textColor=MUTED_COLOR
        ),
        status=_style(
            "Status",
            body,
            fontName=BOLD,
            fontSize=9,
            leading=12,
            spaceAfter=0,
            textColor=MARK_COLOR,
        ),
    )

"""The page furniture of every document: header, footer 'Pagina X van Y', watermark, concept."""

import math
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import standardFonts, stringWidth
from reportlab.pdfgen.canvas import Canvas

from driehoek_app.core.pdf.fonts import BOLD, EMOJI, REGULAR, has_glyph
from driehoek_app.core.pdf.styles import MUTED_COLOR, RULE_COLOR, TEXT_COLOR

LEFT_MARGIN = 25 * mm
RIGHT_MARGIN = 20 * mm
TOP_MARGIN = 30 * mm
BOTTOM_MARGIN = 25 * mm
HEADER_BASELINE = 17 * mm  # from the top edge
FOOTER_BASELINE = 12 * mm  # from the bottom edge
CONCEPT_COLOR = HexColor("#A4161A")
WATERMARK_GRAY = 0.55
WATERMARK_ALPHA = 0.13


class Classification(StrEnum):
    """How widely a document may be shared; printed in every page footer."""

    OPENBAAR = "openbaar"
    INTERN = "intern"
    VERTROUWELIJK = "vertrouwelijk"

    @property
    def label(self) -> str:
        """Return the footer text, e.g. 'Vertrouwelijk'."""
        return self.value.capitalize()


@dataclass(frozen=True)
class PageDecoration:
    """What the canvas draws around the content of every page."""

    body_name: str
    meeting_date: str
    classification: Classification
    watermark: str | None = None
    concept: bool = False


class NumberedCanvas(Canvas):
    """A canvas that holds pages back until save(), so every footer can say 'Pagina X van Y'."""

    def __init__(self, *args: Any, decoration: PageDecoration, **kwargs: Any) -> None:
        """Create the canvas with DejaVu Sans as its first font; decoration: what each page has."""
        kwargs["initialFontName"] = REGULAR
        super().__init__(*args, **kwargs)
        self.decoration = decoration
        self._page_states: list[dict[str, Any]] = []

    def setFont(self, psfontname: str, size: float, leading: float | None = None) -> None:
        """Set the font, never one of the 14 standard PDF fonts (they are not embedded).

        ReportLab falls back to Helvetica where a font is not given (table cells, for one);
        such a request gets the DejaVu Sans face of the same weight instead.
        """
        if psfontname in standardFonts:
            psfontname = BOLD if "Bold" in psfontname else REGULAR
        super().setFont(psfontname, size, leading)

    def showPage(self) -> None:
        """Remember the finished page instead of writing it out now."""
        self._page_states.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        """Draw header and footer on every page, now that the page count is known."""
        total = len(self._page_states)
        for state in self._page_states:
            self.__dict__.update(state)
            self.draw_header()
            self.draw_footer(total)
            if self.decoration.concept:
                self.draw_concept_mark()
            super().showPage()
        super().save()

    def draw_background(self) -> None:
        """Draw what lies beneath the content: the diagonal watermark, if any."""
        text = self.decoration.watermark
        if not text:
            return
        width, height = self._pagesize
        diagonal = math.hypot(width, height)
        size = min(110.0, 0.75 * diagonal / max(stringWidth(text, BOLD, 1), 1.0))
        self.saveState()
        self.setFillGray(WATERMARK_GRAY)
        self.setFillAlpha(WATERMARK_ALPHA)
        self.setFont(BOLD, size)
        self.translate(width / 2, height / 2)
        self.rotate(math.degrees(math.atan2(height, width)))
        self.drawCentredString(0, -size * 0.35, text)
        self.restoreState()

    def _runs(self, text: str, face: str) -> list[tuple[str, str]]:
        """Split text into (font, text) runs: emoji in Noto Emoji, unknown characters as codes."""
        runs: list[tuple[str, str]] = []
        for char in text:
            if char.isspace() or has_glyph(char, face):
                font, part = face, char
            elif has_glyph(char, EMOJI):
                font, part = EMOJI, char
            else:
                font, part = face, f"[U+{ord(char):04X}]"
            if runs and runs[-1][0] == font:
                runs[-1] = (font, runs[-1][1] + part)
            else:
                runs.append((font, part))
        return runs

    def draw_text(
        self, x: float, y: float, text: str, face: str, size: float, *, right: bool = False
    ) -> None:
        """Draw one line of text left- or right-aligned at x, every character in a font it has."""
        runs = self._runs(text, face)
        if right:
            x -= sum(stringWidth(part, font, size) for font, part in runs)
        for font, part in runs:
            self.setFont(font, size)
            self.drawString(x, y, part)
            x += stringWidth(part, font, size)

    def draw_header(self) -> None:
        """Draw the body name left, the meeting date right and a thin rule beneath."""
        width, height = self._pagesize
        baseline = height - HEADER_BASELINE
        self.saveState()
        self.setFillColor(TEXT_COLOR)
        self.draw_text(LEFT_MARGIN, baseline, self.decoration.body_name, REGULAR, 8.5)
        self.draw_text(
            width - RIGHT_MARGIN, baseline, self.decoration.meeting_date, REGULAR, 8.5, right=True
        )
        self.setStrokeColor(RULE_COLOR)
        self.setLineWidth(0.5)
        self.line(LEFT_MARGIN, baseline - 2.5 * mm, width - RIGHT_MARGIN, baseline - 2.5 * mm)
        self.restoreState()

    def draw_footer(self, total: int) -> None:
        """Draw a thin rule, the classification left and 'Pagina X van Y' right."""
        width, _ = self._pagesize
        baseline = FOOTER_BASELINE
        self.saveState()
        self.setStrokeColor(RULE_COLOR)
        self.setLineWidth(0.5)
        self.line(LEFT_MARGIN, baseline + 4 * mm, width - RIGHT_MARGIN, baseline + 4 * mm)
        classification = self.decoration.classification
        emphasised = classification is Classification.VERTROUWELIJK
        self.setFont(BOLD if emphasised else REGULAR, 8)
        self.setFillColor(TEXT_COLOR if emphasised else MUTED_COLOR)
        self.drawString(LEFT_MARGIN, baseline, classification.label)
        self.setFont(REGULAR, 8)
        self.setFillColor(MUTED_COLOR)
        page_text = f"Pagina {self._pageNumber} van {total}"
        self.drawRightString(width - RIGHT_MARGIN, baseline, page_text)
        self.restoreState()

    def draw_concept_mark(self) -> None:
        """Draw a boxed 'CONCEPT' in the top margin, centred above the header line."""
        width, height = self._pagesize
        text = "CONCEPT"
        size = 9
        text_width = stringWidth(text, BOLD, size)
        box_width = text_width + 6 * mm
        box_height = size + 2.5 * mm
        x = (width - box_width) / 2
        y = height - HEADER_BASELINE + 4 * mm
        self.saveState()
        self.setStrokeColor(CONCEPT_COLOR)
        self.setFillColor(CONCEPT_COLOR)
        self.setLineWidth(0.8)
        self.rect(x, y, box_width, box_height, stroke=1, fill=0)
        self.setFont(BOLD, size)
        self.drawCentredString(width / 2, y + 1.25 * mm + size * 0.2, text)
        self.restoreState()

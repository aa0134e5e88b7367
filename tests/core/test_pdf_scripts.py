"""Every script a user types prints: Arabic joined, Hebrew right to left, emoji, no tofu.

The PDF is read back with pypdf and, where poppler-utils is installed, with pdftotext as a
PDF reader would: fonts embedded, no errors, the text extracted.
"""

import re
import shutil
import subprocess
import unicodedata

import pytest
from pdf_meeting import flat, pdf_pages
from pypdf import PdfReader
from reportlab.platypus import Paragraph

from driehoek_app.core.meeting_exchange import import_meeting
from driehoek_app.core.pdf import Classification, DocumentInfo, document_styles, render_pdf
from driehoek_app.core.pdf.agenda import build_agenda_pdf
from driehoek_app.core.pdf.bidi import visual_order
from driehoek_app.core.pdf.fonts import to_unicode_cmap
from driehoek_app.core.pdf.minutes import build_minutes_pdf
from driehoek_app.core.pdf.text import user_text

ARABIC = "سلام"
HEBREW = "שלום עולם"
LINES = [
    f"Arabisch: {ARABIC} en Hebreeuws: {HEBREW} (twee woorden).",
    "Emoji: 🚓 politieauto en 😀 lach.",
    "Chinees: 漢 staat er als code.",
    f"{ARABIC} festival officieel fijn",
]
ALLOWED_FONTS = {"DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique",
                 "NotoEmoji-Regular"}  # fmt: skip
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="no poppler-utils")


@pytest.fixture
def meeting(fresh_db):
    """A fictional Haarlem meeting whose texts use Arabic, Hebrew, emoji and Chinese."""
    data = {
        "basisteam": "Haarlem", "date": "2026-12-03", "start": "09:00", "end": "10:30",
        "classification": "openbaar",
        "attendees": [{"name": f"Y. {ARABIC}", "role": "gast", "organisation": "Stichting שלום"}],
        "items": [{"title": "Mededelingen 🚓", "minutes": "\n".join(LINES),
                   "decisions": [f"Besluit met 😀 en {ARABIC}."],
                   "actions": [{"text": f"Actie 🚓 {HEBREW}", "owner": ARABIC,
                                "due": "2027-01-15"}]}],
    }  # fmt: skip
    return fresh_db, import_meeting(fresh_db, data).id


@pytest.fixture
def minutes_pdf(meeting, tmp_path):
    """The verslag of the meeting."""
    db, meeting_id = meeting
    return build_minutes_pdf(db, meeting_id, tmp_path / "verslag.pdf")


def _fonts(path) -> dict[str, dict]:
    """Return every font the pages use, by base name without subset prefix."""
    fonts = {}
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts[re.sub(r"^/([A-Z]{6}\+)?", "", font["/BaseFont"])] = font
    return fonts


def test_every_font_is_an_embedded_bundled_font(meeting, minutes_pdf, tmp_path):
    db, meeting_id = meeting
    agenda = build_agenda_pdf(db, meeting_id, tmp_path / "agenda.pdf")
    for path in (minutes_pdf, agenda):
        fonts = _fonts(path)
        assert set(fonts) <= ALLOWED_FONTS, set(fonts)
        assert "Helvetica" not in fonts
        for font in fonts.values():
            assert "/FontFile2" in font["/FontDescriptor"]  # the TrueType program is embedded
    assert "NotoEmoji-Regular" in _fonts(minutes_pdf)


def test_emoji_print_and_read_back(minutes_pdf):
    text = " ".join(pdf_pages(minutes_pdf))
    assert "Emoji: 🚓 politieauto en 😀 lach." in text
    assert "Besluit met 😀 en" in text


def test_a_character_no_font_has_is_shown_as_its_code_with_a_note(minutes_pdf):
    text = flat(" ".join(pdf_pages(minutes_pdf)))
    assert "Chinees: [U+6F22] staat er als code." in text
    assert "[U+6F22] staat voor een teken dat het lettertype niet kan tonen" in text


def test_arabic_is_joined_and_dutch_words_beside_it_keep_their_letters(minutes_pdf):
    text = " ".join(pdf_pages(minutes_pdf))
    assert any("\ufe70" <= char <= "\ufeff" for char in text)  # joined (contextual) forms
    assert ARABIC in unicodedata.normalize("NFKC", text)
    assert "festival officieel fijn" in text  # no 'ﬆ' or 'ﬁ' ligatures


def test_tounicode_writes_characters_beyond_ffff_as_surrogate_pairs():
    cmap = to_unicode_cmap("Test", [0x41, 0x1F600, 0x1F693])
    assert "<00> <0041>" in cmap
    assert "<01> <D83DDE00>" in cmap
    assert "<02> <D83DDE93>" in cmap
    assert "1F600" not in cmap


@needs_poppler
def test_pdftotext_reads_the_verslag_without_complaint(minutes_pdf):
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(minutes_pdf), "-"], capture_output=True, check=False
    )
    assert result.returncode == 0
    assert result.stderr == b""
    text = result.stdout.decode("utf-8")
    assert "🚓 politieauto en 😀 lach" in text


def _visual_words(path, first_word: str) -> list[str]:
    """Return the words of the line starting with first_word, left to right, as poppler sees
    them, each turned back into reading order when it is right-to-left."""
    result = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True,
                            check=True, text=True, encoding="utf-8")  # fmt: skip
    words = re.findall(r'xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>', result.stdout)
    line_y = next(y for _x, y, word in words if word == first_word)
    line = sorted((float(x), word) for x, y, word in words if y == line_y)
    readable = []
    for _x, word in line:
        rtl = any(unicodedata.bidirectional(c) in ("R", "AL") for c in word)
        readable.append(unicodedata.normalize("NFKC", word[::-1] if rtl else word))
    return readable


@needs_poppler
def test_right_to_left_words_read_right_to_left(minutes_pdf):
    words = _visual_words(minutes_pdf, "Arabisch:")
    assert words == ["Arabisch:", ARABIC, "en", "Hebreeuws:", "עולם", "שלום", "(twee", "woorden)."]


def test_visual_order_reverses_right_to_left_runs_only():
    assert visual_order("L1 א בבב R1") == "L1 בבב א R1"
    assert visual_order("Jan de Vries") == "Jan de Vries"
    assert visual_order("a עולם שלום, b") == "a שלום עולם, b"
    assert visual_order("שלום עולם 2026") == "2026 עולם שלום"  # a right-to-left line
    assert visual_order("x 123 שלום") == "x 123 שלום"


def test_user_text_puts_emoji_in_the_emoji_font_and_keeps_markup_literal():
    assert user_text("a 🚓 & <b>") == 'a <font face="NotoEmoji">🚓</font> &amp; &lt;b&gt;'
    assert user_text("漢") == '<font color="#555555">[U+6F22]</font>'


def test_the_page_header_prints_emoji_too(tmp_path):
    info = DocumentInfo(title="Test", author="Test", subject="Test", body_name="Overleg 🚓 Noord",
                        meeting_date=None, classification=Classification.OPENBAAR)  # fmt: skip
    path = render_pdf(tmp_path / "kop.pdf", [Paragraph("Tekst", document_styles().body)], info)
    assert "Overleg 🚓 Noord" in pdf_pages(path)[0].replace("\n", "")  # three drawn runs
    assert "NotoEmoji-Regular" in _fonts(path)

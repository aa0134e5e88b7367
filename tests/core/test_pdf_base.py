"""The shared PDF template: page numbers, metadata, Unicode text, watermark, atomic writing."""

import datetime as dt
import errno
import os
import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.platypus import Paragraph, Spacer

from driehoek_app.core.errors import ExportError
from driehoek_app.core.os_errors import os_reason
from driehoek_app.core.pdf import (
    Classification,
    DocumentInfo,
    document_styles,
    render_pdf,
    user_text,
)

SPECIAL = "AT&T <naam> ĳ Ł ≤ €"
USER_NOTE = f"Mevrouw Jansen (fictief) schrijft: {SPECIAL}\nTweede regel\n    ingesprongen regel"


def _info(**changes) -> DocumentInfo:
    """A fictional meeting document's metadata, with optional changes."""
    values = {
        "title": "Verslag basisteamdriehoek Zaanstreek",
        "author": "Secretaris P. de Boer",
        "subject": "Verslag van de vergadering",
        "body_name": "Basisteamdriehoek Zaanstreek",
        "meeting_date": dt.date(2026, 12, 3),
        "classification": Classification.VERTROUWELIJK,
    }
    values.update(changes)
    return DocumentInfo(**values)


def _story(paragraphs: int = 60) -> list:
    """A title and enough escaped user text to fill several pages."""
    styles = document_styles()
    story = [Paragraph("Verslag", styles.title)]
    for number in range(1, paragraphs + 1):
        story.append(Paragraph(f"Agendapunt {number}", styles.heading2))
        story.append(Paragraph(user_text(USER_NOTE), styles.body))
    return story


def _pages_text(path) -> list[str]:
    """Extract the text of every page, non-breaking spaces read as spaces."""
    return [page.extract_text().replace("\u00a0", " ") for page in PdfReader(path).pages]


@pytest.fixture
def built(tmp_path):
    """A several-page vertrouwelijk document without watermark or concept mark."""
    path = tmp_path / "verslag.pdf"
    render_pdf(path, _story(), _info())
    return path


def test_every_page_says_pagina_x_van_n(built):
    pages = _pages_text(built)
    total = len(pages)
    assert total >= 3
    for number, text in enumerate(pages, start=1):
        assert f"Pagina {number} van {total}" in text


def test_header_and_footer_show_body_date_and_classification(built):
    for text in _pages_text(built):
        assert "Basisteamdriehoek Zaanstreek" in text
        assert "donderdag 3 december 2026" in text
        assert "Vertrouwelijk" in text


def test_metadata_title_author_subject_and_dutch_language(built):
    reader = PdfReader(built)
    assert reader.metadata.title == "Verslag basisteamdriehoek Zaanstreek"
    assert reader.metadata.author == "Secretaris P. de Boer"
    assert reader.metadata.subject == "Verslag van de vergadering"
    catalog = reader.trailer["/Root"]
    assert catalog["/Lang"] == "nl-NL"
    assert catalog["/ViewerPreferences"]["/DisplayDocTitle"] == True  # noqa: E712 (PDF boolean)


def test_user_text_prints_exactly_with_special_characters(built):
    text = _pages_text(built)[0]
    assert SPECIAL in text
    assert "Tweede regel" in text
    assert "    ingesprongen regel" in text


def test_only_the_bundled_dejavu_fonts_are_used(built):
    fonts = set()
    for page in PdfReader(built).pages:
        for font in page["/Resources"]["/Font"].values():
            fonts.add(re.sub(r"^/([A-Z]{6}\+)?", "", font.get_object()["/BaseFont"]))
    allowed = {"DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique"}
    assert fonts <= allowed
    assert "DejaVuSans" in fonts


def test_no_watermark_or_concept_unless_asked(built):
    text = " ".join(_pages_text(built))
    assert "VERTROUWELIJK" not in text
    assert "CONCEPT" not in text


def test_watermark_and_concept_mark_on_every_page(tmp_path):
    path = tmp_path / "concept.pdf"
    render_pdf(path, _story(), _info(watermark="VERTROUWELIJK", concept=True))
    pages = _pages_text(path)
    assert len(pages) >= 3
    for text in pages:
        assert "VERTROUWELIJK" in text
        assert "CONCEPT" in text


def test_openbaar_document_without_meeting_date(tmp_path):
    path = tmp_path / "openbaar.pdf"
    info = _info(classification=Classification.OPENBAAR, meeting_date=None)
    render_pdf(path, _story(2), info)
    (text,) = _pages_text(path)
    assert "Openbaar" in text
    assert "Pagina 1 van 1" in text


def test_user_text_escapes_markup_and_keeps_lines():
    assert user_text("AT&T <naam>") == "AT&amp;T &lt;naam&gt;"
    assert user_text("een\ntwee\r\ndrie") == "een<br/>twee<br/>drie"
    assert user_text("  inspringen") == "\u00a0\u00a0inspringen"
    assert user_text("a  b") == "a \u00a0b"


def test_markup_like_user_text_does_not_break_the_build(tmp_path):
    path = tmp_path / "script.pdf"
    note = "<script>alert(1)</script> & <b>niet vet</b>"
    render_pdf(path, [Paragraph(user_text(note), document_styles().body)], _info())
    assert note in _pages_text(path)[0]


def test_caller_story_is_left_intact(tmp_path):
    story = _story(3)
    count = len(story)
    render_pdf(tmp_path / "a.pdf", story, _info())
    assert len(story) == count


def test_rewrite_replaces_file_and_leaves_no_temporary_files(tmp_path, built):
    render_pdf(built, _story(2), _info(classification=Classification.INTERN))
    assert "Intern" in _pages_text(built)[0]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["verslag.pdf"]


def test_failed_layout_keeps_the_old_file(tmp_path, built):
    before = built.read_bytes()
    too_tall = Spacer(10, 5000)
    with pytest.raises(ExportError, match="past niet op een pagina"):
        render_pdf(built, [too_tall], _info())
    assert built.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["verslag.pdf"]


def test_missing_folder_gives_dutch_error(tmp_path):
    with pytest.raises(ExportError, match=r"De map .* bestaat niet"):
        render_pdf(tmp_path / "weg" / "verslag.pdf", _story(1), _info())


@pytest.mark.parametrize(
    ("code", "reason"),
    [(errno.ENOENT, "het bestand of de map bestaat niet"), (errno.EACCES, "geen toestemming"),
     (errno.EPERM, "geen toestemming"), (errno.ENOSPC, "de schijf is vol"),
     (errno.EROFS, "de schijf is alleen-lezen"), (errno.EISDIR, "het is een map, geen bestand"),
     (errno.ENOTDIR, "een deel van het pad is geen map"), (errno.EIO, "lees- of schrijffout"),
     (errno.ECONNRESET, "systeemfout ECONNRESET")],
)  # fmt: skip
def test_file_system_errors_are_explained_in_dutch(code, reason):
    exc = OSError(code, os.strerror(code), "/ergens/bestand.pdf")
    assert os_reason(exc).startswith(reason)
    assert os.strerror(code) not in os_reason(exc)


def test_an_error_without_code_still_gets_dutch_words():
    assert os_reason(OSError("iets")) == "onbekende systeemfout"


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs the Linux /proc folder")
def test_a_folder_that_takes_no_files_gives_a_dutch_reason():
    with pytest.raises(ExportError) as raised:
        render_pdf("/proc/verslag.pdf", _story(1), _info())
    message = raised.value.message
    assert message == (
        "In de map /proc kan niet worden geschreven (het bestand of de map bestaat niet); "
        "kies een andere map."
    )

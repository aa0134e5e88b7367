"""Arabic and Hebrew in the real verslag and agenda: reading order per line, right alignment.

The PDFs are read back as a reader sees them: poppler's word boxes (pdftotext -bbox) give
each word's position and its letters left to right; pdftotext -layout and pypdf give the
text back. A right-to-left line is read from right to left.
"""

import re
import shutil
import subprocess
import unicodedata
from html import unescape
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4

from driehoek_app.core.db import open_database
from driehoek_app.core.meeting_exchange import import_meeting
from driehoek_app.core.pdf.agenda import build_agenda_pdf
from driehoek_app.core.pdf.bidi import has_rtl
from driehoek_app.core.pdf.canvas import LEFT_MARGIN, RIGHT_MARGIN
from driehoek_app.core.pdf.minutes import build_minutes_pdf

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="no poppler-utils")

ARABIC = (
    "قدم أمين السر ملخصا طويلا عن اجتماع المثلث في هارلم، وتحدث عن الأمن في الأحياء "
    "وعن التعاون بين البلدية والشرطة والنيابة العامة، ثم شرح خطة العمل للسنة القادمة "
    "بالتفصيل لكي يفهم الجميع ما هو المطلوب من كل شريك، وفي النهاية شكر الحاضرين على "
    "مشاركتهم الفعالة في هذا الاجتماع المهم."
)
HEBREW = (
    "המזכיר הציג סיכום ארוך של פגישת המשולש בהארלם, ודיבר על הביטחון בשכונות ועל "
    "שיתוף הפעולה בין העירייה, המשטרה והתביעה, ואחר כך הסביר את תוכנית העבודה לשנה "
    "הבאה בפירוט כדי שכולם יבינו מה נדרש מכל שותף, ולבסוף הודה לנוכחים על השתתפותם "
    "הפעילה בפגישה החשובה הזאת."
)
QUOTE = "شكرا جزيلا لكل الشركاء في المدينة على التعاون الممتاز خلال السنة الماضية كلها"
MIXED = (
    f"Tijdens de rondvraag leest de secretaris de brief van de stichting voor: {QUOTE} "
    "en daarna sluit de voorzitter de vergadering."
)
THANKS = "תודה רבה לכולם."
RIGHT_EDGE = A4[0] - RIGHT_MARGIN
TOLERANCE = 1.0  # points


BIDI_MARKS = re.compile("[\u200e\u200f\u202a-\u202e]")
WORD = re.compile(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>')

Row = list[tuple[float, float, str]]  # the words of one printed line: x_min, x_max, letters


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory) -> dict[str, Path]:
    """The verslag and the agenda of a fictional meeting with Arabic and Hebrew texts."""
    folder = tmp_path_factory.mktemp("rtl")
    db = open_database(folder / "test.sqlite3")
    data = {
        "basisteam": "Haarlem", "date": "2026-12-03", "start": "09:00", "end": "10:30",
        "classification": "openbaar",
        "items": [{"title": "Mededelingen", "duration_min": 10,
                   "description": f"{HEBREW}\n{THANKS}",
                   "minutes": "\n".join([ARABIC, HEBREW, MIXED])}],
    }  # fmt: skip
    meeting_id = import_meeting(db, data).id
    paths = {
        "verslag": build_minutes_pdf(db, meeting_id, folder / "verslag.pdf"),
        "agenda": build_agenda_pdf(db, meeting_id, folder / "agenda.pdf"),
    }
    db.close()
    return paths


def _rows(path: Path) -> list[Row]:
    """Return the printed lines of a PDF, top to bottom, each with its words left to right."""
    boxes = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True,
                           check=True, text=True, encoding="utf-8").stdout  # fmt: skip
    rows = []
    for page in boxes.split("<page ")[1:]:
        lines: dict[float, Row] = {}
        for x_min, y_min, x_max, word in WORD.findall(page):
            lines.setdefault(round(float(y_min), 1), []).append(
                (float(x_min), float(x_max), unescape(word))
            )
        rows.extend(sorted(lines[y]) for y in sorted(lines))
    return rows


def _reading(row: Row, base: str) -> str:
    """Return a printed line in reading order (NFKC): right-to-left runs read right to left."""
    runs: list[tuple[bool, list[str]]] = []
    for _, _, word in row:
        rtl = has_rtl(word)
        if runs and runs[-1][0] == rtl:
            runs[-1][1].append(word)
        else:
            runs.append((rtl, [word]))
    if base == "R":
        runs.reverse()
    words: list[str] = []
    for rtl, run in runs:
        words.extend([word[::-1] for word in reversed(run)] if rtl else run)
    return unicodedata.normalize("NFKC", " ".join(words))


def _paragraph_rows(rows: list[Row], text: str) -> list[Row]:
    """Return the right-to-left lines that print (part of) text and nothing else."""
    words = set(unicodedata.normalize("NFKC", text).split())
    return [
        row
        for row in rows
        if all(has_rtl(word) for _, _, word in row) and set(_reading(row, "R").split()) <= words
    ]


@pytest.mark.parametrize("text", [ARABIC, HEBREW], ids=["arabisch", "hebreeuws"])
def test_a_right_to_left_paragraph_reads_in_order_and_ends_at_the_right_margin(pdfs, text):
    rows = _paragraph_rows(_rows(pdfs["verslag"]), text)
    assert len(rows) >= 3
    assert " ".join(_reading(row, "R") for row in rows) == unicodedata.normalize("NFKC", text)
    first_words = unicodedata.normalize("NFKC", " ".join(text.split()[:3]))
    assert _reading(rows[0], "R").startswith(first_words)  # the first line holds the start
    for row in rows:
        assert abs(row[-1][1] - RIGHT_EDGE) < TOLERANCE  # every line ends at the right margin
    assert rows[-1][0][0] > LEFT_MARGIN + 100  # the short last line does not start at the left


def test_a_dutch_sentence_with_an_arabic_quote_stays_left_aligned_and_in_order(pdfs):
    rows = _rows(pdfs["verslag"])
    start = next(i for i, row in enumerate(rows) if row[0][2] == "Tijdens")
    end = next(i for i, row in enumerate(rows) if row[-1][2] == "vergadering.")
    sentence = rows[start : end + 1]
    assert " ".join(_reading(row, "L") for row in sentence) == unicodedata.normalize("NFKC", MIXED)
    assert sum(any(has_rtl(word) for _, _, word in row) for row in sentence) >= 2  # it wraps
    assert all(abs(row[0][0] - LEFT_MARGIN) < TOLERANCE for row in sentence)


def test_the_agenda_description_reads_in_order_and_is_right_aligned_in_its_cell(pdfs):
    rows = _paragraph_rows(_rows(pdfs["agenda"]), f"{HEBREW} {THANKS}")
    assert len(rows) >= 4
    reading = [_reading(row, "R") for row in rows]
    assert " ".join(reading[:-1]) == unicodedata.normalize("NFKC", HEBREW)
    assert reading[-1] == THANKS
    right_edges = [row[-1][1] for row in rows]
    left_edges = [row[0][0] for row in rows]
    assert max(right_edges) - min(right_edges) < TOLERANCE  # flush right
    assert max(left_edges) - min(left_edges) > 5 * TOLERANCE  # ragged left
    assert left_edges[-1] > min(left_edges) + 100  # the short line stands at the right


def test_pdftotext_layout_gives_the_first_words_on_the_first_line(pdfs):
    layout = subprocess.run(["pdftotext", "-layout", str(pdfs["verslag"]), "-"],
                            capture_output=True, check=True, text=True)  # fmt: skip
    lines = [BIDI_MARKS.sub("", line) for line in layout.stdout.splitlines()]
    first = next(i for i, line in enumerate(lines) if " ".join(HEBREW.split()[:5]) in line)
    last = next(i for i, line in enumerate(lines) if " ".join(HEBREW.split()[-4:-1]) in line)
    assert 2 <= last - first <= 4  # poppler reads the lines in order, each right to left


def test_pypdf_gives_every_word_back(pdfs):
    text = unicodedata.normalize("NFKC", PdfReader(pdfs["verslag"]).pages[0].extract_text())
    for word in f"{ARABIC} {HEBREW} {QUOTE}".split():
        assert word.strip(".,،") in text

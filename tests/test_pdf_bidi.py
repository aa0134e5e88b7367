"""Right-to-left text: the bidi algorithm per word run, and paragraphs reordered per line.

The paragraph tests read the lines as ReportLab will draw them: the frags of each line, left
to right. A right-to-left line read from right to left (its characters reversed) gives the
text back in typed order; so does a left-to-right line once each right-to-left run in it is
turned around.
"""

import unicodedata

import pytest

from driehoek_app.core.pdf.bidi import has_rtl, visual_order, word_runs
from driehoek_app.core.pdf.bidi_paragraph import BASE, BidiParagraph
from driehoek_app.core.pdf.parts import paragraph
from driehoek_app.core.pdf.styles import document_styles
from driehoek_app.core.pdf.text import user_text

HEBREW = (
    "זוהי פסקה ארוכה בעברית שכתב המזכיר על פגישת המשולש בהארלם, והיא נמשכת על פני כמה "
    "שורות כדי לבדוק שסדר הקריאה נכון בכל שורה ושהשורה הראשונה מתחילה בתחילת הטקסט."
)
ARABIC = (
    "هذه فقرة طويلة كتبها أمين السر عن اجتماع المثلث في هارلم، وهي تمتد على عدة أسطر "
    "لكي نرى أن ترتيب القراءة صحيح في كل سطر وأن السطر الأول يبدأ ببداية النص."
)


def _runs(word: str) -> list[tuple[str, str]]:
    """Return the runs of a word as (text, kind)."""
    return [(word[start:end], kind) for start, end, kind in word_runs(word)]


def _lines(para: BidiParagraph, width: float) -> list[tuple[str, str]]:
    """Wrap the paragraph; return each line as (text left to right, base direction)."""
    para.wrap(width, 10_000)
    return [
        ("".join(frag.text for frag in line.words), getattr(line, BASE))
        for line in para.blPara.lines
    ]


def _reading_order(visual: str, base: str) -> str:
    """Return a drawn line in reading order, letters NFKC-normalised (no brackets in it).

    Words are split into runs of right-to-left and other words; a right-to-left run is
    read from right to left, and in a right-to-left line the runs themselves too.
    """
    runs: list[tuple[bool, list[str]]] = []
    for word in visual.split(" "):
        rtl = has_rtl(word)
        if runs and runs[-1][0] == rtl:
            runs[-1][1].append(word)
        else:
            runs.append((rtl, [word]))
    if base == "R":
        runs.reverse()
    words = []
    for rtl, run in runs:
        words.extend(word[::-1] for word in reversed(run)) if rtl else words.extend(run)
    return unicodedata.normalize("NFKC", " ".join(words))


def _hebrew_para(text: str) -> BidiParagraph:
    """Return the shaped paragraph the PDFs use for one line of user text."""
    para = paragraph(user_text(text), document_styles().line)
    assert isinstance(para, BidiParagraph)
    return para


def test_words_split_into_runs_of_one_direction():
    assert _runs("שלום") == [("שלום", "R")]
    assert _runs("ו-2026.") == [("ו", "R"), ("-", ""), ("2026", "N"), (".", "")]
    assert _runs("(שלום),") == [("(", ""), ("שלום", "R"), (")", ""), (",", "")]
    assert _runs("שלום(עולם)") == [("שלום", "R"), ("(", ""), ("עולם", "R"), (")", "")]
    assert _runs("שלום-עולם") == [("שלום-עולם", "R")]  # a hyphen between two Hebrew words
    assert _runs('צה"ל') == [('צה"ל', "R")]
    assert _runs("Noord-Holland") == [("Noord-Holland", "L")]
    assert _runs("50%.") == [("50%", "N"), (".", "")]
    assert _runs("€1.000,50") == [("€1.000,50", "N")]
    assert _runs("12:30") == [("12:30", "N")]
    assert _runs("abcשלום") == [("abc", "L"), ("שלום", "R")]


def test_visual_order_follows_the_bidi_algorithm():
    assert visual_order("Hij zei שלום עולם.") == "Hij zei עולם שלום."
    assert visual_order("Jan (سلام) de (Stichting שלום).") == "Jan (سلام) de (Stichting שלום)."
    assert visual_order("שלום (John), עולם") == "עולם ,(John) שלום"
    assert visual_order("(שלום עולם)") == "(עולם שלום)"
    assert visual_order("ו-2026.") == ".2026-ו"
    assert visual_order("שלום 12 - 15") == "15 - 12 שלום"
    assert visual_order("Jan de Vries, 12 - 15.") == "Jan de Vries, 12 - 15."


@pytest.mark.parametrize("text", [HEBREW, ARABIC])
def test_a_right_to_left_paragraph_reads_on_from_line_to_line(text):
    lines = _lines(_hebrew_para(text), 220)
    assert len(lines) >= 3
    assert {base for _, base in lines} == {"R"}
    reading = [_reading_order(visual, base) for visual, base in lines]
    assert " ".join(reading) == unicodedata.normalize("NFKC", text)
    assert reading[0].startswith(unicodedata.normalize("NFKC", " ".join(text.split()[:2])))


def test_a_right_to_left_run_that_wraps_keeps_its_start_on_the_first_line():
    text = f"De secretaris citeert: {ARABIC[:-1]} en sluit af."
    lines = _lines(_hebrew_para(text), 260)
    assert {base for _, base in lines} == {"L"}
    assert lines[0][0].startswith("De secretaris citeert: ")
    reading = [_reading_order(visual, base) for visual, base in lines]
    assert " ".join(reading) == unicodedata.normalize("NFKC", text)
    assert sum(has_rtl(visual) for visual, _ in lines) >= 3  # the Arabic run spans the lines


def test_punctuation_and_numbers_print_where_the_algorithm_puts_them():
    [(visual, base)] = _lines(_hebrew_para("Hij zei „שלום עולם” (שלום), en 12 - 15."), 460)
    assert base == "L"
    assert visual == "Hij zei „(םולש) ”םלוע םולש, en 12 - 15."  # as rules N0 and N1 say
    [(visual, base)] = _lines(_hebrew_para("שלום (John), עולם ו-2026."), 460)
    assert base == "R"
    assert visual == ".2026-ו םלוע ,(John) םולש"


def test_each_line_of_a_cell_takes_its_own_direction():
    para = paragraph(user_text("שלום עולם\nJan de Vries\nשלום"), document_styles().table)
    lines = _lines(para, 300)
    assert lines == [("םלוע םולש", "R"), ("Jan de Vries", "L"), ("םולש", "R")]


def test_a_split_paragraph_goes_on_in_the_direction_it_started():
    text = "שלום עולם " + "Haarlem Velsen Zandvoort Bloemendaal Heemstede " * 6 + "סוף"
    para = _hebrew_para(text)
    para.wrap(200, 10_000)
    first, rest = para.split(200, 2.5 * para.style.leading)
    assert len(first.blPara.lines) == 2
    rest.wrap(200, 10_000)
    assert rest.blPara.lines[0].words[0].text.strip() != ""
    assert {getattr(line, BASE) for line in rest.blPara.lines} == {"R"}
    lines = _lines(first, 200) + _lines(rest, 200)
    words = " ".join(_reading_order(visual, base) for visual, base in lines).split()
    assert words == text.split()


def test_only_text_with_arabic_or_hebrew_gets_the_bidi_paragraph():
    assert isinstance(paragraph("Jan zei שלום", document_styles().body), BidiParagraph)
    assert not isinstance(paragraph("Jan de Vries", document_styles().body), BidiParagraph)

"""A ReportLab Paragraph for Arabic and Hebrew: lines broken in logical order, then reordered.

ReportLab 5.1 shapes words with uharfbuzz (`shaping=1`: joined Arabic letters, each
right-to-left word laid out right to left) but puts the words of a line in visual order only
with its package rlbidi, which is not on PyPI. BidiParagraph breaks the text into lines in
logical (typed) order like any Paragraph, then reorders the words of every line on its own
(UAX #9 rule L2; levels resolved over the whole paragraph, see bidi.py), so a right-to-left
run that wraps reads on in the next line. A paragraph part (between <br/>) whose first strong
character is right-to-left is right-aligned when the style is left-aligned.

The runs of one direction inside a word ('ו', '-', '2026', '.' in 'ו-2026.') are shaped
apart, so that digits stay left to right and the bidi algorithm, not the shaper, decides on
which side punctuation at the edge of a word prints.
"""

from dataclasses import dataclass
from typing import Any

from reportlab.lib.enums import TA_LEFT
from reportlab.pdfbase import ttfonts
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.pdfbase.ttfonts import ShapedStr, makeShapedFragWord
from reportlab.platypus import Flowable, Paragraph
from reportlab.platypus.paragraph import (
    _FK_BREAK,
    _FK_TEXT,
    _getFragWords,
    _HSFrag,
    _InjectedFrag,
    _processed_frags,
)

from driehoek_app.core.pdf.bidi import (
    base_direction,
    embedding_levels,
    mirror,
    reorder,
    word_kind,
    word_runs,
)

RUN = "_bidi_run"  # frag attribute: (number, kind) of a run inside a word, shaped on its own
BASE = "_bidi_base"  # FragLine attribute: direction ('L' or 'R') of the part the line is in
_SIMPLE_CLUSTER = 0x7FFFFFFF  # ReportLab's cluster number for characters added after shaping

FragWord = list[Any]  # ReportLab's [width, (frag, text), ...]
Item = tuple[Any, str]


@dataclass
class _Token:
    """One run of a word, or a space, of a paragraph in logical order, with its line."""

    items: list[Item]
    kind: str
    line: int
    space: bool = False
    level: int = 0


def _width(items: list[Item]) -> float:
    """Return the unshaped width of frag items."""
    return sum(stringWidth(text, frag.fontName, frag.fontSize) for frag, text in items)


def _shaped_runs(word: FragWord) -> FragWord:
    """Return a frag word whose runs of one direction (bidi.word_runs) are shaped apart.

    A shaper lays out a whole word in one direction: '2026' in 'ו-2026' would come out
    reversed and the full stop of 'שלום.' on its left. Each run gets frags of its own,
    marked RUN; the frag word stays one word for line breaking.
    """
    if type(word) not in (list, _HSFrag):
        return word
    items = word[1:]
    if any(hasattr(frag, "cbDefn") or getattr(frag, "_fkind", _FK_TEXT) != _FK_TEXT
           for frag, _ in items):  # fmt: skip
        return word
    runs = word_runs("".join(text for _, text in items))
    if len(runs) < 2:
        return word
    shaped = makeShapedFragWord(word)([0])
    for number, (start, end, kind) in enumerate(runs):
        run_items, position = [], 0
        for frag, text in items:
            low, high = max(start, position), min(end, position + len(text))
            if low < high:
                piece = text[low - position : high - position]
                run_items.append((frag.clone(**{RUN: (number, kind)}), piece))
            position += len(text)
        run = ttfonts.shapeFragWord([_width(run_items), *run_items])
        shaped[0] += run[0]
        shaped.extend(run[1:])
    return shaped


def _is_break(word: FragWord) -> bool:
    """Return True for the frag word of a <br/>."""
    return any(getattr(frag, "_fkind", _FK_TEXT) == _FK_BREAK for frag, _ in word[1:])


def _shaped_rtl(items: list[Item]) -> bool:
    """Return True when the shaper laid out items right to left (their clusters go down)."""
    clusters = [
        data.cluster
        for _, text in items
        for data in getattr(text, "__shapeData__", None) or ()
        if data.cluster != _SIMPLE_CLUSTER
    ]
    return len(clusters) > 1 and clusters[0] > clusters[-1]


def _word_tokens(word: FragWord, line: int) -> list[_Token]:
    """Return the tokens of one shaped frag word: its runs, or the whole word as one run."""
    groups: dict[Any, list[Item]] = {}
    for frag, text in word[1:]:
        groups.setdefault(getattr(frag, RUN, None), []).append((frag, text))
    tokens = []
    for key, items in groups.items():
        if not any(text for _, text in items):
            continue
        kind = key[1] if key else word_kind("".join(text for _, text in items))
        tokens.append(_Token(items, kind, line))
    return tokens


def _paragraph_tokens(words: list[FragWord], starts: list[int]) -> list[list[_Token]]:
    """Return the tokens of each part of a paragraph (parts end at <br/>), in logical order."""
    parts: list[list[_Token]] = [[]]
    line = -1
    for index, word in enumerate(words):
        while line + 1 < len(starts) and starts[line + 1] <= index:
            line += 1
        if isinstance(word, _InjectedFrag):  # a break ReportLab put inside an overlong word
            continue
        if _is_break(word):
            parts.append([])
            continue
        parts[-1].extend(_word_tokens(word, line))
        follows_space = parts[-1] and parts[-1][-1].space
        if isinstance(word, _HSFrag) and not follows_space:
            parts[-1].append(_Token([], "", line, space=True))
    return parts


def _turned(items: list[Item]) -> list[Item]:
    """Return punctuation items laid out in the other direction: reversed and mirrored."""
    turned = []
    for frag, text in reversed(items):
        flipped = mirror(text[::-1])
        data = getattr(text, "__shapeData__", None)
        if isinstance(text, ShapedStr) and data is not None:
            flipped = ShapedStr(flipped, shapeData=list(reversed(data)))
        turned.append((frag, flipped))
    return turned


def _line_words(tokens: list[_Token], ending: list[Any]) -> list[Any]:
    """Return the frags of one display line in visual order, then the line's own break frags."""
    while tokens and tokens[0].space:
        tokens = tokens[1:]
    while tokens and tokens[-1].space:
        tokens = tokens[:-1]
    frags: list[Any] = []
    for token in reorder(tokens, [token.level for token in tokens]):
        if token.space:
            if frags:  # a space the reordering put at the start of the line is left out
                frags[-1].text += " "
            continue
        items = token.items
        if _shaped_rtl(items) != bool(token.level % 2):
            items = _turned(items)
        for frag, text in items:
            frags.append(frag.clone(text=text))
    return frags + ending


class BidiParagraph(Paragraph):
    """A shaped Paragraph whose lines are put in visual order after line breaking."""

    _continued_base: str | None = None  # direction of the part a split-off paragraph goes on

    def breakLines(self, width: Any) -> Any:
        """Break the text into lines in logical order, then reorder each line (rule L2)."""
        style = self.style
        if not (style.shaping and getFont(style.fontName).shapable):
            return super().breakLines(width)
        if not _processed_frags(self.frags):
            self.frags = [_shaped_runs(word) for word in _getFragWords(self.frags)]
        paragraph = super().breakLines(width)
        if paragraph.kind == 1 and paragraph.lines:
            self._to_visual(paragraph.lines)
        return paragraph

    def _to_visual(self, lines: list[Any]) -> None:
        """Put the frags of every line in visual order; mark each line with its direction."""
        parts = _paragraph_tokens(self.frags, [line.sFW for line in lines])
        per_line: list[list[_Token]] = [[] for _ in lines]
        for number, part in enumerate(parts):
            kinds = [token.kind for token in part]
            texts = ["".join(text for _, text in token.items) for token in part]
            base = (number == 0 and self._continued_base) or base_direction(kinds)
            for token, level in zip(part, embedding_levels(kinds, texts, base), strict=True):
                token.level = level
                per_line[token.line].append(token)
            for line in {token.line for token in part}:
                setattr(lines[line], BASE, base)
        for line, tokens in zip(lines, per_line, strict=True):
            ending = [f for f in line.words if getattr(f, "_fkind", _FK_TEXT) == _FK_BREAK][-1:]
            line.words = _line_words(tokens, ending)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        """Split like a Paragraph; the second part keeps the direction of a part it continues."""
        parts = super().split(availWidth, availHeight)
        if len(parts) == 2 and isinstance(parts[1], BidiParagraph):
            parts[1]._continued_base = getattr(parts[0].blPara.lines[-1], BASE, None)
        return parts

    def draw(self) -> None:
        """Draw the paragraph; right-to-left lines of a left-aligned style end at the right."""
        lines = self.blPara.lines
        rtl = [getattr(line, BASE, "L") == "R" for line in lines]
        if self.style.alignment != TA_LEFT or not any(rtl):
            super().draw()
            return
        self._offsets = [
            max(line.extraSpace, 0) if right else 0 for line, right in zip(lines, rtl, strict=True)
        ]
        try:
            super().draw()
        finally:
            del self._offsets

"""Right-to-left text (Arabic, Hebrew) in a Dutch document: word order per line, shaping.

ReportLab 5.1 can shape text with uharfbuzz (`ParagraphStyle(shaping=1)`): each word gets
its joined Arabic letter forms and its right-to-left character order. Putting the words of a
right-to-left run in visual order needs ReportLab's `rlbidi`, which is not on PyPI. This
module does that step itself, per line of user text and at word level, following the
Unicode bidirectional algorithm (base direction from the first strong character; neutrals
between words of one direction take that direction; numbers count as right-to-left for
their neighbours). Its limit: the order is decided before ReportLab wraps the line, so a
right-to-left run that ReportLab breaks over two lines shows its parts in the wrong lines,
and right-to-left lines stay left-aligned (see docs/pdf.md).
"""

import re
import unicodedata
from xml.sax.saxutils import escape, unescape

RTL_CLASSES = frozenset({"R", "AL"})
NUMBER_CLASSES = frozenset({"EN", "AN"})
EDGE_CLASSES = frozenset({"CS", "ES", "ET", "ON"})
MIRRORS = {"(": ")", ")": "(", "[": "]", "]": "[", "{": "}", "}": "{", "<": ">", ">": "<",
           "«": "»", "»": "«", "‹": "›", "›": "‹"}  # fmt: skip
_TOKENS = re.compile(r"( +)")


def has_rtl(text: str) -> bool:
    """Return True when text holds a right-to-left letter (Hebrew, Arabic, ...)."""
    return any(unicodedata.bidirectional(char) in RTL_CLASSES for char in text)


def _kind(word: str) -> str:
    """Return 'L' or 'R' for the first strong character of a word, 'N' for a number, else ''."""
    number = False
    for char in word:
        bidi_class = unicodedata.bidirectional(char)
        if bidi_class == "L":
            return "L"
        if bidi_class in RTL_CLASSES:
            return "R"
        number = number or bidi_class in NUMBER_CLASSES
    return "N" if number else ""


def _resolve(kinds: list[str], base: str) -> list[str]:
    """Resolve numbers and neutrals to 'L' or 'R' (numbers after L text are L)."""
    strong, last = [], base
    for kind in kinds:
        if kind == "N":
            kind = "L" if last == "L" else "N"
        if kind in ("L", "R"):
            last = kind
        strong.append(kind)
    resolved = list(strong)
    for index, kind in enumerate(strong):
        if kind:
            continue
        before = next((k for k in reversed(strong[:index]) if k), base)
        after = next((k for k in strong[index + 1 :] if k), base)
        as_rtl = {"R" if k == "N" else k for k in (before, after)}
        resolved[index] = as_rtl.pop() if len(as_rtl) == 1 else base
    return resolved


def _levels(kinds: list[str], base: str) -> list[int]:
    """Return the embedding level of every token (UBA rules I1 and I2)."""
    base_level = 1 if base == "R" else 0
    table = {
        0: {"L": 0, "R": 1, "N": 2},
        1: {"L": 2, "R": 1, "N": 2},
    }[base_level]
    return [table[kind] for kind in kinds]


def _reorder(tokens: list[str], levels: list[int]) -> list[str]:
    """Reverse every run at or above each level, from the highest down (UBA rule L2)."""
    result = list(zip(levels, tokens, strict=True))
    lowest_odd = min((level for level in levels if level % 2), default=None)
    if lowest_odd is None:
        return tokens
    for level in range(max(levels), lowest_odd - 1, -1):
        index = 0
        while index < len(result):
            if result[index][0] < level:
                index += 1
                continue
            end = index
            while end < len(result) and result[end][0] >= level:
                end += 1
            result[index:end] = reversed(result[index:end])
            index = end
    return [token for _, token in result]


def _edge_span(word: str, before: bool, after: bool) -> tuple[int, int]:
    """Return where the core of a word starts and ends, without outer punctuation.

    Punctuation counts as outer (before/after) when it is neutral for the bidi algorithm
    and not a bracket without a known mirror partner.
    """

    def outer(char: str) -> bool:
        if unicodedata.bidirectional(char) not in EDGE_CLASSES:
            return False
        return not unicodedata.mirrored(char) or char in MIRRORS

    start, end = 0, len(word)
    if after:
        while end > start and outer(word[end - 1]):
            end -= 1
    if before:
        while start < end and outer(word[start]):
            start += 1
    return start, end


def _mirror(text: str) -> str:
    """Return text with brackets swapped for their mirror partners ('(' for ')')."""
    return "".join(MIRRORS.get(char, char) for char in text)


def _loose_edges(word: str, before: bool, after: bool) -> str:
    """Place outer punctuation of a right-to-left word so that shaping leaves it outside.

    Shaping reverses a whole right-to-left word, punctuation included (and mirrors
    brackets), so the full stop of 'שלום.' would land on its left. Put trailing punctuation
    logically in front and leading punctuation behind, brackets mirrored in advance, so that
    after the reversal each mark stands where the bidi algorithm puts it.
    """
    start, end = _edge_span(word, before, after)
    return _mirror(word[end:]) + word[start:end] + _mirror(word[:start])


def _neighbour_is_ltr(kinds: list[str], index: int, step: int, base: str) -> bool:
    """Return True when the nearest word with a direction before/after index is left-to-right."""
    others = reversed(kinds[:index]) if step < 0 else kinds[index + 1 :]
    return next((kind for kind in others if kind), base) == "L"


def _detach_edges(tokens: list[str], kinds: list[str], base: str) -> tuple[list[str], list[str]]:
    """Split outer punctuation off right-to-left words at the edge of their run.

    A full stop after the last word of a right-to-left run belongs to the left-to-right text
    around it; as its own token it stays put when the run is reversed.
    """
    new_tokens, new_kinds = [], []
    for index, (token, kind) in enumerate(zip(tokens, kinds, strict=True)):
        if kind != "R" or base != "L":
            new_tokens.append(token)
            new_kinds.append(kind)
            continue
        before = _neighbour_is_ltr(kinds, index, -1, base)
        after = _neighbour_is_ltr(kinds, index, 1, base)
        start, end = _edge_span(token, before, after)
        for part, part_kind in ((token[:start], ""), (token[start:end], "R"), (token[end:], "")):
            if part:
                new_tokens.append(part)
                new_kinds.append(part_kind)
    return new_tokens, new_kinds


def visual_order(line: str) -> str:
    """Return one line with its words in visual (left-to-right display) order.

    Characters inside a word keep their logical order: shaping reverses right-to-left words
    itself. A line without right-to-left letters is returned unchanged.
    """
    if not has_rtl(line):
        return line
    tokens = [token for token in _TOKENS.split(line) if token]
    kinds = ["" if token.startswith(" ") else _kind(token) for token in tokens]
    base = next((kind for kind in kinds if kind in ("L", "R")), "L")
    tokens, kinds = _detach_edges(tokens, kinds, base)
    levels = _levels(_resolve(kinds, base), base)
    return "".join(_reorder(tokens, levels))


def _markup_line_edges(line: str) -> str:
    """Apply _loose_edges to the right-to-left words of one line of Paragraph markup."""
    words = line.split(" ")
    texts = [unescape(word) if "<" not in word else "" for word in words]
    kinds = [_kind(re.sub(r"<[^>]*>", "", unescape(word))) for word in words]
    if next((kind for kind in kinds if kind in ("L", "R")), "L") != "L":
        return line
    for index, text in enumerate(texts):
        if kinds[index] == "R" and text:
            before = _neighbour_is_ltr(kinds, index, -1, "L")
            after = _neighbour_is_ltr(kinds, index, 1, "L")
            words[index] = escape(_loose_edges(text, before, after))
    return " ".join(words)


def loosen_edges(markup: str) -> str:
    """Keep punctuation next to right-to-left words on the side where it belongs.

    Works on finished Paragraph markup (user text with the package's own punctuation around
    it, as in 'سلام, gast'), line by line, in lines whose base direction is left-to-right.
    """
    if not has_rtl(markup):
        return markup
    return "<br/>".join(_markup_line_edges(line) for line in markup.split("<br/>"))

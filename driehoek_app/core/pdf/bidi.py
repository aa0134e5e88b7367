"""The Unicode bidirectional algorithm (UAX #9) at word level, for Arabic and Hebrew in PDFs.

A line of text is a sequence of tokens: the spaces between words and the runs of one
direction inside each word (letters, digits, and punctuation such as '(' ',' '.' or quotes,
which is neutral and goes where its neighbours put it). Every token gets a kind ('L', 'R',
'N' for a number, '' for neutral); the levels are resolved over the whole paragraph (base
direction from the first strong character, rules W7, N0 to N2, I1, I2) and each display line
is then reordered on its own (rule L2). Characters inside a run are not reordered here: text
shaping (uharfbuzz) lays out a right-to-left run itself. `core/pdf/bidi_paragraph.py`
applies this to ReportLab paragraphs after line breaking; docs/pdf.md says what it does not do.
"""

import re
import unicodedata
from collections.abc import Sequence
from typing import TypeVar

RTL_CLASSES = frozenset({"R", "AL"})
NUMBER_CLASSES = frozenset({"EN", "AN"})
_CLASS_KINDS = {"L": "L", "R": "R", "AL": "R", "EN": "N", "AN": "N"}
MIRRORS = {"(": ")", ")": "(", "[": "]", "]": "[", "{": "}", "}": "{", "<": ">", ">": "<",
           "«": "»", "»": "«", "‹": "›", "›": "‹", "≤": "≥", "≥": "≤"}  # fmt: skip
PAIRED_BRACKETS = {"(": ")", "[": "]", "{": "}"}
MAX_BRACKET_DEPTH = 63
_CLOSING_BRACKETS = frozenset(PAIRED_BRACKETS.values())
_BRACKETS = frozenset(PAIRED_BRACKETS) | _CLOSING_BRACKETS
_TOKENS = re.compile(r"( +)")
Token = TypeVar("Token")  # whatever a caller reorders: strings, frags


def has_rtl(text: str) -> bool:
    """Return True when text holds a right-to-left letter (Hebrew, Arabic, ...)."""
    return any(unicodedata.bidirectional(char) in RTL_CLASSES for char in text)


def word_kind(word: str) -> str:
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


def base_direction(kinds: Sequence[str]) -> str:
    """Return the paragraph direction: that of its first strong token, else 'L' (rule P2)."""
    return next((kind for kind in kinds if kind in ("L", "R")), "L")


def _bracket_pairs(texts: Sequence[str], kinds: Sequence[str]) -> list[tuple[int, int]]:
    """Return the paired brackets among neutral tokens, by position, in opening order (BD16)."""
    stack: list[int] = []
    pairs = []
    for index, (text, kind) in enumerate(zip(texts, kinds, strict=True)):
        if kind:
            continue
        if text in PAIRED_BRACKETS:
            if len(stack) == MAX_BRACKET_DEPTH:
                break
            stack.append(index)
        elif text in _CLOSING_BRACKETS:
            for depth in range(len(stack) - 1, -1, -1):
                if PAIRED_BRACKETS[texts[stack[depth]]] == text:
                    pairs.append((stack[depth], index))
                    del stack[depth:]
                    break
    return sorted(pairs)


def _as_strong(kind: str) -> str:
    """Return the direction a resolved kind counts as for neutrals: numbers count as 'R'."""
    return "R" if kind == "N" else kind


def _resolve_brackets(strong: list[str], texts: Sequence[str], base: str) -> None:
    """Give each bracket pair the direction of its content and context (rule N0), in place."""
    opposite = "R" if base == "L" else "L"
    for opening, closing in _bracket_pairs(texts, strong):
        inside = {_as_strong(kind) for kind in strong[opening + 1 : closing] if kind}
        if base in inside:
            direction = base
        elif inside:
            before = next((kind for kind in reversed(strong[:opening]) if kind), base)
            direction = opposite if _as_strong(before) == opposite else base
        else:
            continue
        strong[opening] = strong[closing] = direction


def _resolve(kinds: Sequence[str], texts: Sequence[str], base: str) -> list[str]:
    """Resolve numbers and neutrals to 'L', 'R' or 'N' (rules W7, N0, N1 and N2)."""
    strong, last = [], base
    for kind in kinds:
        if kind == "N":
            kind = "L" if last == "L" else "N"
        if kind in ("L", "R"):
            last = kind
        strong.append(kind)
    _resolve_brackets(strong, texts, base)
    after, following = [base] * len(strong), base
    for index in range(len(strong) - 1, -1, -1):
        after[index] = following
        following = _as_strong(strong[index]) or following
    resolved, before = list(strong), base
    for index, kind in enumerate(strong):
        if kind:
            before = _as_strong(kind)
        else:
            resolved[index] = before if before == after[index] else base
    return resolved


def embedding_levels(kinds: Sequence[str], texts: Sequence[str], base: str) -> list[int]:
    """Return the embedding level of every token of one paragraph (rules W7, N0-N2, I1, I2).

    kinds come from word_kind (one per token), texts are the tokens themselves (for pairing
    brackets), base is the paragraph direction.
    """
    table = {"L": 0, "R": 1, "N": 2} if base == "L" else {"L": 2, "R": 1, "N": 2}
    return [table[kind] for kind in _resolve(kinds, texts, base)]


def reorder(tokens: Sequence[Token], levels: Sequence[int]) -> list[Token]:
    """Return the tokens of one display line in visual order (rule L2).

    From the highest level down to the lowest odd one, every run of tokens at that level
    or higher is reversed.
    """
    result = list(zip(levels, tokens, strict=True))
    lowest_odd = min((level for level in levels if level % 2), default=None)
    if lowest_odd is None:
        return list(tokens)
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


def _char_kinds(word: str) -> list[str]:
    """Return 'L', 'R', 'N' (digits) or '' (neutral) for every character of a word.

    Combining marks and joiners take the kind of the character before them (rule W1); a
    separator between digits ('1.000', '12:30') and a currency or percent sign next to digits
    ('€50', '50%') belong to the number (rules W4 and W5).
    """
    classes = [unicodedata.bidirectional(char) for char in word]
    kinds: list[str] = []
    for bidi_class in classes:
        if bidi_class in ("NSM", "BN") and kinds:
            kinds.append(kinds[-1])
        else:
            kinds.append(_CLASS_KINDS.get(bidi_class, ""))
    for index in range(1, len(word) - 1):
        if classes[index] in ("ES", "CS") and kinds[index - 1] == kinds[index + 1] == "N":
            kinds[index] = "N"
    index = 0
    while index < len(word):
        end = index
        while end < len(word) and classes[end] == "ET":
            end += 1
        neighbours = kinds[index - 1 : index] + kinds[end : end + 1]  # [] at the word's edges
        if end > index and "N" in neighbours:
            kinds[index:end] = ["N"] * (end - index)
        index = max(end, index + 1)
    return kinds


def word_runs(word: str) -> list[tuple[int, int, str]]:
    """Split a word into runs of one kind: (start, end, kind), kinds as in word_kind.

    Neutral characters between two runs of the same direction join them ('שלום-עולם' and
    'Noord-Holland' are one run each); others, and every bracket, stand on their own, so
    that the algorithm, not the shaper, decides on which side punctuation prints.
    """
    runs: list[list] = []
    for index, kind in enumerate(_char_kinds(word)):
        bracket = word[index] in _BRACKETS
        if runs and runs[-1][2] == kind and not bracket and not runs[-1][3]:
            runs[-1][1] = index + 1
        else:
            runs.append([index, index + 1, kind, bracket])
    merged: list[list] = []
    for run in runs:
        merged.append(run)
        if len(merged) < 3 or not run[2] or run[2] == "N":
            continue
        gap, before = merged[-2], merged[-3]
        if gap[2] == "" and not gap[3] and before[2] == run[2]:
            merged[-3:] = [[before[0], run[1], run[2], False]]
    return [(start, end, kind) for start, end, kind, _ in merged]


def mirror(text: str) -> str:
    """Return text with brackets swapped for their mirror partners ('(' for ')')."""
    return "".join(MIRRORS.get(char, char) for char in text)


def _line_tokens(line: str) -> list[str]:
    """Split one line into runs of spaces and the runs of each word (word_runs)."""
    tokens = []
    for part in _TOKENS.split(line):
        if part.startswith(" "):
            tokens.append(part)
        elif part:
            tokens.extend(part[start:end] for start, end, _ in word_runs(part))
    return tokens


def visual_order(line: str) -> str:
    """Return one unbroken line with its tokens in visual (left-to-right display) order.

    Neutral runs at a right-to-left level are reversed and their brackets mirrored (rule
    L4); letters and digits keep their logical order, since shaping lays out a right-to-left
    run itself. A line without right-to-left letters is returned unchanged.
    """
    if not has_rtl(line):
        return line
    tokens = _line_tokens(line)
    kinds = ["" if token.startswith(" ") else word_kind(token) for token in tokens]
    levels = embedding_levels(kinds, tokens, base_direction(kinds))
    placed = reorder(list(zip(tokens, kinds, levels, strict=True)), levels)
    return "".join(
        mirror(token[::-1]) if level % 2 and not kind else token for token, kind, level in placed
    )

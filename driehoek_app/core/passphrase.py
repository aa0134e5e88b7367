"""Passphrases and recovery keys: a strength estimate with Dutch labels, and the key format.

The estimate is deliberately simple and pessimistic (a small zxcvbn): it counts what an
attacker would try first - common words and passwords, years, keyboard runs, repeats -
as a few bits each, and only the rest as random characters. Labels: zwak (< 50 bits),
matig (< 70 bits), sterk. The key file's scrypt (about 0.15 s per guess) stands behind it.
"""

import itertools
import math
import re
import secrets
import unicodedata
from dataclasses import dataclass

from driehoek_app.core.storage_errors import WeakPassphraseError

WEAK, FAIR, STRONG = "zwak", "matig", "sterk"
FAIR_BITS = 50.0
STRONG_BITS = 70.0
MIN_LENGTH = 10

# Crockford's base32: no I, L, O or U, so a key copied from paper cannot be misread.
RECOVERY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RECOVERY_GROUPS = 8
RECOVERY_GROUP_SIZE = 4  # 8 x 4 characters x 5 bits = 160 bits
_MISREAD = str.maketrans({"O": "0", "I": "1", "L": "1", "U": "V"})

COMMON_WORDS = frozenset(
    """wachtwoord welkom geheim password passwort qwerty azerty admin letmein politie
    justitie gemeente burgemeester driehoek officier teamchef secretaris vergadering verslag
    haarlem amsterdam zaandam alkmaar hoorn holland noord zomer winter lente herfst januari
    februari maart april mei juni juli augustus september oktober november december maandag
    dinsdag woensdag donderdag vrijdag zaterdag zondag liefde ajax feyenoord voetbal monkey
    dragon master sunshine princess football iloveyou test hallo""".split()  # noqa: SIM905
)
_KEYBOARD_ROWS = ("1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm", "azertyuiop")
_YEAR = re.compile(r"(19|20)\d{2}")


@dataclass(frozen=True)
class Strength:
    """The estimated strength of a passphrase: label, bits and one Dutch line of advice."""

    label: str
    bits: float
    advice: str

    @property
    def acceptable(self) -> bool:
        """Return True when the passphrase may be used (matig or sterk)."""
        return self.label != WEAK


def normalize_passphrase(passphrase: str) -> str:
    """Return the passphrase in Unicode NFC, so the same text typed anywhere matches."""
    return unicodedata.normalize("NFC", passphrase)


def _pool_size(text: str) -> int:
    """Return the size of the character pool the text draws from."""
    pool = 0
    if re.search(r"[a-z]", text):
        pool += 26
    if re.search(r"[A-Z]", text):
        pool += 26
    if re.search(r"\d", text):
        pool += 10
    if re.search(r"[^a-zA-Z\d]", text):
        pool += 33
    return max(pool, 10)


def _is_run(chunk: str) -> bool:
    """Return True for a keyboard or alphabet run such as 'qwert', '4567' or 'cdef'."""
    lower = chunk.lower()
    if len(lower) < 3:
        return False
    if len(set(lower)) == 1:
        return True
    steps = {ord(b) - ord(a) for a, b in itertools.pairwise(lower)}
    if steps in ({1}, {-1}):
        return True
    return any(lower in row or lower in row[::-1] for row in _KEYBOARD_ROWS)


def _segment_bits(segment: str) -> float:
    """Return the guessing cost in bits of one run of letters, digits or symbols."""
    lower = segment.lower()
    if lower in COMMON_WORDS:
        return 10.0
    if _YEAR.fullmatch(segment):
        return 7.0
    if _is_run(segment):
        return 4.0 + math.log2(len(segment))
    if len(segment) >= 4 and lower.isalpha():
        return len(segment) * 2.5  # a (possibly Dutch) word: about 2.5 bits a letter
    return len(segment) * math.log2(_pool_size(segment))


def estimate_strength(passphrase: str) -> Strength:
    """Estimate how hard the passphrase is to guess and label it zwak, matig or sterk."""
    text = normalize_passphrase(passphrase)
    segments = re.findall(r"[^\W\d_]+|\d+|[\W_]+", text)
    bits = sum(_segment_bits(segment) for segment in segments)
    if segments:
        bits += math.log2(len(segments))  # where the breaks are
    distinct = len(set(text.lower()))
    if distinct and distinct * 3 < len(text):
        bits *= 0.6  # many repeated characters
    if len(text) < MIN_LENGTH:
        label, advice = WEAK, f"Te kort: gebruik minstens {MIN_LENGTH} tekens."
    elif bits < FAIR_BITS:
        label = WEAK
        advice = "Te makkelijk te raden: gebruik vier of meer losse, ongewone woorden."
    elif bits < STRONG_BITS:
        label, advice = FAIR, "Redelijk; een extra ongewoon woord maakt het sterk."
    else:
        label, advice = STRONG, "Sterk wachtwoord."
    return Strength(label=label, bits=round(bits, 1), advice=advice)


def require_acceptable(passphrase: str) -> str:
    """Return the normalized passphrase, or raise WeakPassphraseError when it is zwak."""
    strength = estimate_strength(passphrase)
    if not strength.acceptable:
        raise WeakPassphraseError(f"Het nieuwe wachtwoord is zwak. {strength.advice}")
    return normalize_passphrase(passphrase)


def generate_recovery_key() -> str:
    """Return a new random recovery key (160 bits) written as 8 groups of 4 characters."""
    chars = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(32))
    return "-".join(
        chars[i : i + RECOVERY_GROUP_SIZE] for i in range(0, len(chars), RECOVERY_GROUP_SIZE)
    )


def normalize_recovery_key(text: str) -> str | None:
    """Return the canonical form of something typed as a recovery key, or None if it is not one."""
    compact = re.sub(r"[\s\-]", "", text).upper().translate(_MISREAD)
    if len(compact) != RECOVERY_GROUPS * RECOVERY_GROUP_SIZE:
        return None
    if any(char not in RECOVERY_ALPHABET for char in compact):
        return None
    return "-".join(
        compact[i : i + RECOVERY_GROUP_SIZE] for i in range(0, len(compact), RECOVERY_GROUP_SIZE)
    )

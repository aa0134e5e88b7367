"""The catalogue of ondermijning phenomena: those the IMV and Veiligheidsagenda name, plus own ones.

Built-in phenomena have a fixed code and cannot be renamed or removed. The user can add
phenomena of their own (code 'eigen-...'); those are shared by every beeld, so a phenomenon
added in one year can be compared with the next. A phenomenon still used by a beeld, a
signaal or an interventie cannot be removed.
"""

import re
import unicodedata
from dataclasses import dataclass

import sqlite_utils

from driehoek_app.core.meeting_base import NotFoundError, ValidationError, check_text

OWN_CATEGORY = "Overig"
OWN_PREFIX = "eigen-"
LABEL_MAX = 120

# (code, category, label) in the order the catalogue is shown.
BUILTIN_PHENOMENA = (
    ("hennep", "Drugs", "Drugs: hennep"),
    ("synthetische-drugs", "Drugs", "Drugs: synthetische drugs"),
    ("cocaine", "Drugs", "Drugs: cocaïne"),
    ("witwassen", "Geld en investeringen", "Witwassen"),
    ("vastgoed", "Geld en investeringen", "Criminele investeringen in vastgoed"),
    ("vaar-voertuigen", "Geld en investeringen", "Criminele investeringen in vaar- en voertuigen"),
    ("omg", "Criminele groepen", "Outlaw Motorcycle Gangs (OMG's)"),
    ("seksuele-uitbuiting", "Mensenhandel", "Mensenhandel: seksuele uitbuiting"),
    ("arbeidsuitbuiting", "Mensenhandel", "Mensenhandel: arbeidsuitbuiting"),
    ("criminele-uitbuiting", "Mensenhandel", "Mensenhandel: criminele uitbuiting"),
    ("illegale-wapens", "Wapens en smokkel", "Illegale wapens"),
    ("maritieme-smokkel", "Wapens en smokkel", "Maritieme smokkel"),
    ("facilitators-financieel", "Facilitators", "Facilitators: financieel"),
    ("facilitators-it", "Facilitators", "Facilitators: IT"),
    ("havengebieden", "Logistieke knooppunten", "Misstanden in (lucht)havengebieden"),
)


@dataclass(frozen=True)
class Phenomenon:
    """One phenomenon of the catalogue."""

    code: str
    label: str
    category: str
    builtin: bool
    position: int


def seed_phenomena(db: sqlite_utils.Database) -> None:
    """Insert the built-in phenomena (migration 0005; the caller provides the transaction)."""
    for position, (code, category, label) in enumerate(BUILTIN_PHENOMENA, start=1):
        db.execute(
            "INSERT INTO phenomena (code, label, category, builtin, position)"
            " VALUES (?, ?, ?, 1, ?)",
            [code, label, category, position],
        )


def _phenomenon(row: dict) -> Phenomenon:
    """Build a Phenomenon from its row."""
    return Phenomenon(**{**row, "builtin": bool(row["builtin"])})


def list_phenomena(db: sqlite_utils.Database) -> list[Phenomenon]:
    """Return the catalogue: built-in phenomena first, then own ones in the order added."""
    sql = "SELECT code, label, category, builtin, position FROM phenomena ORDER BY position"
    return [_phenomenon(row) for row in db.query(sql)]


def get_phenomenon(db: sqlite_utils.Database, code: str) -> Phenomenon:
    """Return one phenomenon by its code, or raise NotFoundError."""
    rows = list(
        db.query(
            "SELECT code, label, category, builtin, position FROM phenomena WHERE code = ?",
            [code],
        )
    )
    if not rows:
        raise NotFoundError(f"Fenomeen {code!r} bestaat niet.")
    return _phenomenon(rows[0])


def _fold(text: str) -> str:
    """Return text in lower case without accents and surrounding spaces, for matching."""
    decomposed = unicodedata.normalize("NFKD", text.strip().casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def find_phenomenon(db: sqlite_utils.Database, text: str) -> Phenomenon | None:
    """Return the phenomenon whose code or label is text (case and accents ignored), or None."""
    wanted = _fold(text)
    for phenomenon in list_phenomena(db):
        if wanted in (_fold(phenomenon.code), _fold(phenomenon.label)):
            return phenomenon
    return None


def resolve_phenomenon(db: sqlite_utils.Database, text: str, where: str = "Fenomeen") -> Phenomenon:
    """Return the phenomenon named by code or label, or raise ValidationError listing codes."""
    if not isinstance(text, str) or not text.strip():
        raise ValidationError(f"{where}: kies een fenomeen.")
    found = find_phenomenon(db, text)
    if found is None:
        codes = ", ".join(p.code for p in list_phenomena(db))
        raise ValidationError(f"{where}: onbekend fenomeen {text!r}; geldig zijn: {codes}.")
    return found


def _slug(label: str) -> str:
    """Return a code-friendly form of a label: 'Zorgfraude in de WMO' -> 'zorgfraude-in-de-wmo'."""
    return re.sub(r"[^a-z0-9]+", "-", _fold(label)).strip("-")[:40] or "fenomeen"


def _check_label(db: sqlite_utils.Database, label: str, code: str | None) -> str:
    """Return a label that is acceptable and not used by another phenomenon."""
    check_text(label, "Naam van het fenomeen", required=True)
    if len(label) > LABEL_MAX:
        raise ValidationError(f"Naam van het fenomeen: maximaal {LABEL_MAX} tekens.")
    other = find_phenomenon(db, label)
    if other is not None and other.code != code:
        raise ValidationError(f"Het fenomeen {other.label!r} bestaat al (code {other.code}).")
    return label


def add_phenomenon(
    db: sqlite_utils.Database, label: str, category: str = OWN_CATEGORY
) -> Phenomenon:
    """Add an own phenomenon to the catalogue and return it (its code is made from the label)."""
    check_text(category, "Categorie", required=True)
    with db.atomic():
        _check_label(db, label, None)
        base = OWN_PREFIX + _slug(label)
        code, counter = base, 1
        while db.execute("SELECT 1 FROM phenomena WHERE code = ?", [code]).fetchone():
            counter += 1
            code = f"{base}-{counter}"
        position = db.execute("SELECT COALESCE(MAX(position), 0) + 1 FROM phenomena").fetchone()[0]
        db.execute(
            "INSERT INTO phenomena (code, label, category, builtin, position)"
            " VALUES (?, ?, ?, 0, ?)",
            [code, label, category, position],
        )
        return get_phenomenon(db, code)


def _require_own(db: sqlite_utils.Database, code: str, verb: str) -> Phenomenon:
    """Return an own phenomenon; refuse a built-in one."""
    phenomenon = get_phenomenon(db, code)
    if phenomenon.builtin:
        raise ValidationError(
            f"Het fenomeen {phenomenon.label!r} komt uit het IMV en kan niet worden {verb}."
        )
    return phenomenon


def rename_phenomenon(db: sqlite_utils.Database, code: str, label: str) -> Phenomenon:
    """Give an own phenomenon another name (its code, and so every use, stays)."""
    with db.atomic():
        _require_own(db, code, "hernoemd")
        _check_label(db, label, code)
        db.execute("UPDATE phenomena SET label = ? WHERE code = ?", [label, code])
        return get_phenomenon(db, code)


def phenomenon_uses(db: sqlite_utils.Database, code: str) -> dict[str, int]:
    """Return how often a phenomenon is used: in beelden, signalen and interventies."""
    counts = {}
    for key, table in (
        ("beelden", "beeld_phenomena"),
        ("signalen", "signals"),
        ("interventies", "intervention_phenomena"),
    ):
        sql = f"SELECT COUNT(*) FROM {table} WHERE phenomenon_code = ?"
        counts[key] = db.execute(sql, [code]).fetchone()[0]
    return counts


def delete_phenomenon(db: sqlite_utils.Database, code: str) -> Phenomenon:
    """Remove an own phenomenon that nothing uses; say where it is used otherwise."""
    with db.atomic():
        phenomenon = _require_own(db, code, "verwijderd")
        uses = {key: count for key, count in phenomenon_uses(db, code).items() if count}
        if uses:
            where = ", ".join(f"{count} {key}" for key, count in uses.items())
            raise ValidationError(
                f"Het fenomeen {phenomenon.label!r} wordt nog gebruikt ({where}) en kan niet "
                "worden verwijderd."
            )
        db.execute("DELETE FROM phenomena WHERE code = ?", [code])
        return phenomenon

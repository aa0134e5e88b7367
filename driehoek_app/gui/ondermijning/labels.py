"""Dutch display words for the stored choices of a beeld (partners, statuses, scales, trends).

The database keeps the core's values ('gemeente', 'te wegen', 'stijgend'); the screen shows
these labels, so every visible word goes through the catalogue.
"""

from driehoek_app.core.money import format_euro
from driehoek_app.gui.i18n import t

TREND_ARROWS = {"stijgend": "↑", "stabiel": "→", "dalend": "↓"}
STATUS_SYMBOLS = {
    "nieuw": "●",
    "gegroeid": "▲",
    "gekrompen": "▼",
    "ongewijzigd": "=",
    "verdwenen": "✕",
}


def partners() -> dict[str, str]:
    """Return the partners that can act on a signal or carry out an intervention."""
    return {
        "gemeente": t("Municipality"),
        "OM": t("OM"),
        "politie": t("Police"),
        "belastingdienst": t("Tax authority"),
        "RIEC": t("RIEC"),
        "anders": t("Other partner"),
    }


def triage_statuses() -> dict[str, str]:
    """Return the triage outcomes of a signal."""
    return {
        "te wegen": t("to be weighed"),
        "gewogen": t("weighed"),
        "geen vervolg": t("no follow-up"),
    }


def intervention_kinds() -> dict[str, str]:
    """Return the kinds of intervention."""
    return {
        "strafrechtelijk": t("criminal law"),
        "bestuurlijk": t("administrative"),
        "fiscaal": t("fiscal"),
        "preventief/weerbaarheid": t("preventive / resilience"),
    }


def intervention_statuses() -> dict[str, str]:
    """Return the statuses of an intervention."""
    return {
        "in voorbereiding": t("in preparation"),
        "lopend": t("running"),
        "afgerond": t("completed"),
        "gestopt": t("stopped"),
    }


def result_kinds() -> dict[str, str]:
    """Return the kinds of structured result of an intervention."""
    return {
        "pand gesloten": t("premises closed"),
        "vergunning geweigerd": t("permit refused"),
        "vergunning ingetrokken": t("permit withdrawn"),
        "last onder dwangsom of bestuursdwang": t("order subject to a penalty or enforcement"),
        "bestuurlijke boete": t("administrative fine"),
        "aanhouding": t("arrest"),
        "verdachte vervolgd": t("suspect prosecuted"),
        "beslag": t("seizure"),
        "ontneming": t("confiscation"),
        "fiscale naheffing": t("additional tax assessment"),
        "preventieve activiteit": t("preventive activity"),
        "anders": t("other result"),
    }


def trends() -> dict[str, str]:
    """Return the trends of a phenomenon."""
    return {"stijgend": t("rising"), "stabiel": t("stable"), "dalend": t("falling")}


def confidences() -> dict[str, str]:
    """Return how sure an assessment is."""
    return {"laag": t("low"), "midden": t("medium"), "hoog": t("high")}


def ernst_words() -> dict[int, str]:
    """Return the words of the ernst scale 1-5."""
    return {
        1: t("very limited"),
        2: t("limited"),
        3: t("considerable"),
        4: t("serious"),
        5: t("very serious"),
    }


def omvang_words() -> dict[int, str]:
    """Return the words of the omvang scale 1-5."""
    return {
        1: t("incidental"),
        2: t("limited"),
        3: t("regular"),
        4: t("frequent"),
        5: t("widespread"),
    }


def comparison_statuses() -> dict[str, str]:
    """Return the year-comparison statuses of a phenomenon."""
    return {
        "nieuw": t("new"),
        "gegroeid": t("grown"),
        "gekrompen": t("shrunk"),
        "ongewijzigd": t("unchanged"),
        "verdwenen": t("gone"),
    }


def partner_label(partner: str | None, other: str = "") -> str:
    """Return a partner for display; 'anders' shows the name given ('' for none)."""
    if partner is None:
        return ""
    if partner == "anders" and other:
        return other
    return partners().get(partner, partner)


def scale_label(value: int | None, words: dict[int, str]) -> str:
    """Return a score with its word, '4 ernstig'; '' for an unknown score."""
    return "" if value is None else f"{value} {words.get(value, '')}".strip()


def trend_label(trend: str | None) -> str:
    """Return a trend with its arrow, '↑ stijgend'; '' for an unknown trend."""
    if trend is None:
        return ""
    return f"{TREND_ARROWS.get(trend, '')} {trends().get(trend, trend)}".strip()


def badge(status: str) -> str:
    """Return a comparison status as a badge with its symbol, '● nieuw'."""
    return f"{STATUS_SYMBOLS.get(status, '')} {comparison_statuses().get(status, status)}".strip()


def result_label(kind: str, count: int, amount_cents: int | None, note: str = "") -> str:
    """Return a result in one line: '3 × pand gesloten', 'beslag € 48.250,00 (auto)'."""
    words = result_kinds().get(kind, kind)
    if count != 1:
        words = f"{count} × {words}"
    if amount_cents is not None:
        words += f" {format_euro(amount_cents)}"
    return f"{words} ({note})" if note else words

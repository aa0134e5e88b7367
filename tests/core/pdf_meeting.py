"""A fictional pair of Haarlem meetings for the PDF tests (every name is made up)."""

import base64

import sqlite_utils
from pypdf import PdfReader

from driehoek_app.core.meeting_exchange import import_meeting

SPECIAL = "AT&T <naam> ĳ Łódź İstanbul Čapek Ωμέγα Москва € ≤"
CONFIDENTIAL_MINUTES = "Casus Geheimweg 12: signalen van mensenhandel besproken."
CONFIDENTIAL_DECISION = "De burgemeester sluit het pand Geheimweg 12 voor drie maanden."
CONFIDENTIAL_ACTION = "Bibob-toets Geheimweg 12 uitvoeren"
CARRIED_ACTION = "Overzicht cameratoezicht binnenstad leveren"
CARRIED_SECRET_ACTION = "Dossier casus Duinpad afronden"

ATTENDEES = [
    {"name": "A. de Vries", "role": "burgemeester", "organisation": "Gemeente Haarlem",
     "present": True},
    {"name": "B. Jansen", "role": "officier van justitie", "organisation": "Openbaar Ministerie",
     "attendance": "afwezig met kennisgeving"},
    {"name": "C. Bakker", "role": "teamchef", "organisation": "Politie Noord-Holland",
     "present": True},
    {"name": "D. Visser", "role": "secretaris", "organisation": "Gemeente Haarlem",
     "present": True},
    {"name": "E. Smit", "role": "gast", "organisation": "RIEC Noord-Holland", "present": False},
]  # fmt: skip


def previous_meeting_data() -> dict:
    """The November meeting: one open action, one open action under a confidential item."""
    return {
        "basisteam": "Haarlem", "date": "2026-11-05", "start": "09:00", "end": "10:30",
        "location": "Stadhuis Haarlem", "classification": "vertrouwelijk",
        "attendees": ATTENDEES[:4], "chair": "A. de Vries",
        "items": [
            {"title": "Cameratoezicht", "duration_min": 15, "presenter": "Teamchef",
             "minutes": "Besproken.",
             "actions": [{"text": CARRIED_ACTION, "owner": "C. Bakker", "due": "2026-12-01"}]},
            {"title": "Casuïstiek", "confidential": True, "duration_min": 10,
             "minutes": "Vertrouwelijk besproken.",
             "actions": [{"text": CARRIED_SECRET_ACTION, "owner": "B. Jansen",
                          "due": "2026-12-15"}]},
        ],
    }  # fmt: skip


def meeting_data(minutes_lines: int = 3) -> dict:
    """The December meeting (concept, vertrouwelijk) with decisions, actions and a casus."""
    long_minutes = "\n".join(
        f"Regel {n}: de teamchef licht het ondermijningsbeeld toe, wijk {n % 12 + 1}."
        for n in range(1, minutes_lines + 1)
    )
    return {
        "basisteam": "Haarlem", "date": "2026-12-03", "start": "09:00", "end": "10:30",
        "location": "Stadhuis Haarlem, kamer 2.14", "classification": "vertrouwelijk",
        "attendees": ATTENDEES, "chair": "A. de Vries",
        "items": [
            {"title": "Opening", "duration_min": 5, "presenter": "Voorzitter",
             "minutes": "De voorzitter opent de vergadering."},
            {"title": "Mededelingen", "duration_min": 10, "presenter": "Allen",
             "minutes": f"Mevrouw Çelik meldt: {SPECIAL}\nTweede regel van de mededeling."},
            {"title": "Ondermijningsbeeld", "duration_min": 20, "presenter": "Teamchef",
             "themes": ["ondermijning"], "labels": ["RIEC"],
             "description": "Toelichting op het beeld & de aanpak <2027>.",
             "minutes": long_minutes,
             "attachments": [{"name": "Ondermijningsbeeld 2026.pdf",
                              "data": base64.b64encode(b"%PDF-1.4 fictief" * 100).decode()}],
             "decisions": ["De driehoek stemt in met het plan van aanpak ondermijning.",
                           "Het RIEC maakt een fenomeenanalyse < 3 maanden."],
             "actions": [{"text": "Plan van aanpak opstellen", "owner": "C. Bakker",
                          "due": "2027-01-15"},
                         {"text": "Gemeenten informeren over Bibob", "owner": "A. de Vries",
                          "due": "2027-02-01"}]},
            {"title": "Casus Geheimweg", "duration_min": 15, "presenter": "Teamchef",
             "confidential": True, "description": "Toelichting bij de casus Geheimweg.",
             "minutes": CONFIDENTIAL_MINUTES,
             "decisions": [CONFIDENTIAL_DECISION],
             "actions": [{"text": CONFIDENTIAL_ACTION, "owner": "A. de Vries",
                          "due": "2027-01-10"}]},
            {"title": "Zorg en veiligheid", "duration_min": 20, "themes": ["zorg-en-veiligheid"],
             "presenter": "Burgemeester", "minutes": "Verwarde personen: aanpak loopt."},
            {"title": "Rondvraag", "duration_min": 10, "minutes": "Geen vragen."},
            {"title": "Sluiting", "duration_min": 5},
        ],
    }  # fmt: skip


def create_meetings(db: sqlite_utils.Database, minutes_lines: int = 3) -> tuple[int, int]:
    """Import the November and the December meeting; return their ids."""
    previous = import_meeting(db, previous_meeting_data())
    current = import_meeting(db, meeting_data(minutes_lines))
    return previous.id, current.id


def pdf_pages(path) -> list[str]:
    """Extract the text of every page, non-breaking spaces read as spaces."""
    return [page.extract_text().replace("\u00a0", " ") for page in PdfReader(path).pages]


def flat(text: str) -> str:
    """Return text with every run of whitespace turned into one space (for wrapped cells)."""
    return " ".join(text.split())

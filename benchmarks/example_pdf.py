"""Render a realistic, fictional example agenda and verslag (the source of docs/pdf-example.png).

    .venv/bin/python benchmarks/example_pdf.py OUTPUT_FOLDER
    pdftoppm -r 110 -png OUTPUT_FOLDER/verslag.pdf OUTPUT_FOLDER/verslag

Writes agenda.pdf, verslag.pdf (confidential item left out) and verslag-volledig.pdf
(--include-confidential) of a vertrouwelijk concept meeting of the Basisteamdriehoek
Zaanstad. Every person, address and case in it is made up.
"""

import argparse
import base64
import tempfile
from pathlib import Path

from driehoek_app.core.approval import approve_meeting
from driehoek_app.core.db import open_database
from driehoek_app.core.meeting_exchange import import_meeting
from driehoek_app.core.pdf.agenda import build_agenda_pdf
from driehoek_app.core.pdf.minutes import build_minutes_pdf

PEOPLE = [
    {"name": "mr. J.M. Hermans", "role": "burgemeester", "organisation": "Gemeente Zaanstad"},
    {"name": "P. Verbeek", "role": "burgemeester", "organisation": "Gemeente Wormerland"},
    {"name": "mr. S. El Amrani", "role": "officier van justitie",
     "organisation": "Openbaar Ministerie Noord-Holland"},
    {"name": "K. de Lange", "role": "teamchef", "organisation": "Politie Basisteam Zaanstad"},
    {"name": "Ł. Wiśniewska", "role": "secretaris", "organisation": "Gemeente Zaanstad"},
    {"name": "T. Yılmaz", "role": "gast", "organisation": "RIEC Noord-Holland"},
]  # fmt: skip

PREVIOUS = {
    "basisteam": "Zaanstad", "date": "2026-11-05", "start": "09:00", "end": "10:30",
    "location": "Stadhuis Zaandam, kamer B.4.12", "classification": "vertrouwelijk",
    "attendees": PEOPLE[:5], "chair": "mr. J.M. Hermans",
    "items": [
        {"title": "Cameratoezicht Zaandam-centrum", "duration_min": 15, "presenter": "Teamchef",
         "minutes": "De teamchef licht de evaluatie van het cameratoezicht toe.",
         "actions": [{"text": "Overzicht van de camerabeelden die tot aanhoudingen leidden, "
                              "per kwartaal 2026", "owner": "K. de Lange", "due": "2026-12-01"}]},
        {"title": "Casuïstiek", "confidential": True, "duration_min": 10,
         "minutes": "Vertrouwelijk besproken.",
         "actions": [{"text": "Dossier casus Dijkstraat afronden", "owner": "mr. S. El Amrani",
                      "due": "2026-12-15"}]},
        {"title": "Evenementen jaarwisseling", "duration_min": 15, "presenter": "Burgemeester",
         "minutes": "Afspraken over de inzet rond de jaarwisseling.",
         "actions": [{"text": "Draaiboek jaarwisseling 2026-2027 delen met de driehoek",
                      "owner": "P. Verbeek", "due": "2026-11-28"}]},
    ],
}  # fmt: skip

ONDERMIJNING_MINUTES = "\n".join(
    [
        "Mevrouw Yılmaz (RIEC) presenteert het ondermijningsbeeld Zaanstreek 2026. "
        "Belangrijkste bevindingen:",
        "- 41 signalen over panden op bedrijventerreinen die mogelijk voor drugsproductie "
        "worden gebruikt (2025: 29);",
        "- een toename van vastgoedtransacties met contant geld boven € 25.000;",
        '- zorgen over de werving van jongeren ≤ 18 jaar als koerier ("drugsrunners").',
        "",
        "De driehoek herkent het beeld. De burgemeester van Wormerland wijst op de signalen uit "
        "het buitengebied en vraagt die in de volgende versie apart te tonen. De officier van "
        "justitie benadrukt dat de strafrechtelijke en de bestuurlijke aanpak beter op elkaar "
        "moeten aansluiten; de Wet Bibob wordt vaker ingezet bij vergunningaanvragen in de "
        "horeca.",
        "",
        "De teamchef geeft aan dat de capaciteit voor het ondermijningsteam in het eerste "
        "kwartaal krap is door de inzet bij de jaarwisseling.",
    ]
)

CURRENT = {
    "basisteam": "Zaanstad", "date": "2026-12-03", "start": "09:00", "end": "10:30",
    "location": "Stadhuis Zaandam, kamer B.4.12", "classification": "vertrouwelijk",
    "attendees": [
        {**PEOPLE[0], "present": True},
        {**PEOPLE[1], "attendance": "afwezig met kennisgeving"},
        {**PEOPLE[2], "present": True},
        {**PEOPLE[3], "present": True},
        {**PEOPLE[4], "present": True},
        {**PEOPLE[5], "present": True},
    ],
    "chair": "mr. J.M. Hermans",
    "items": [
        {"title": "Opening en vaststelling van de agenda", "duration_min": 5,
         "presenter": "Voorzitter",
         "minutes": "De voorzitter opent om 09.00 uur de vergadering en heet mevrouw Yılmaz van "
                    "het RIEC welkom. De heer Verbeek heeft zich afgemeld.\n"
                    "De agenda wordt ongewijzigd vastgesteld."},
        {"title": "Verslag vorige vergadering (5 november 2026)", "duration_min": 5,
         "presenter": "Voorzitter",
         "minutes": "Het verslag wordt zonder wijzigingen vastgesteld.",
         "decisions": ["Het verslag van de vergadering van 5 november 2026 wordt ongewijzigd "
                       "vastgesteld."]},
        {"title": "Actielijst", "duration_min": 5, "presenter": "Secretaris",
         "minutes": "De acties van de vorige vergadering worden doorgelopen; het overzicht van "
                    "de camerabeelden volgt in januari."},
        {"title": "Mededelingen", "duration_min": 10, "presenter": "Allen",
         "minutes": "- OM: vanaf 1 januari 2027 één vast aanspreekpunt voor de aanpak van "
                    "ondermijning in de Zaanstreek.\n- Politie: het basisteam heeft per 1 december "
                    "twee nieuwe wijkagenten voor Zaandam-Oost."},
        {"title": "Ondermijningsbeeld Zaanstreek 2026", "duration_min": 20, "presenter": "RIEC",
         "themes": ["ondermijning"], "labels": ["RIEC"],
         "description": "Presentatie van het geactualiseerde ondermijningsbeeld, gemaakt met het "
                        "RIEC Noord-Holland. Ter bespreking en vaststelling.",
         "attachments": [{"name": "Ondermijningsbeeld Zaanstreek 2026.pdf",
                          "data": base64.b64encode(b"%PDF-1.7 fictief\n" * 48_000).decode()},
                         {"name": "Plan van aanpak bedrijventerreinen.docx",
                          "data": base64.b64encode(b"fictief document " * 9_000).decode()}],
         "minutes": ONDERMIJNING_MINUTES,
         "decisions": ["De driehoek stelt het ondermijningsbeeld Zaanstreek 2026 vast.",
                       "De driehoek geeft opdracht voor een integrale controle op drie "
                       "bedrijventerreinen in het eerste kwartaal van 2027, onder regie van "
                       "de gemeente Zaanstad."],
         "actions": [{"text": "Plan van aanpak integrale controles bedrijventerreinen "
                              "opstellen", "owner": "K. de Lange", "due": "2027-01-15"},
                     {"text": "Signalen uit het buitengebied Wormerland apart in beeld brengen",
                      "owner": "T. Yılmaz", "due": "2027-03-01"}]},
        {"title": "Personen met verward gedrag: stand van zaken", "duration_min": 15,
         "presenter": "Burgemeester", "themes": ["zorg-en-veiligheid"],
         "minutes": "De burgemeester meldt dat het aantal E33-meldingen stabiel is. De "
                    "zorgcoördinator van de gemeente sluit vanaf januari aan bij het "
                    "wekelijkse overleg met de wijkagenten.",
         "actions": [{"text": "Afspraken met de GGZ over de bereikbaarheid in de avond "
                              "vastleggen", "owner": "mr. J.M. Hermans", "due": "2027-02-01"}]},
        {"title": "Casuïstiek: woning Havenstraat", "duration_min": 10, "presenter": "Teamchef",
         "confidential": True,
         "description": "Mondelinge toelichting; stukken ter vergadering.",
         "minutes": "Vertrouwelijk: de driehoek bespreekt de signalen rond de woning.",
         "decisions": ["De burgemeester kondigt sluiting van de woning aan (art. 13b Opiumwet)."],
         "actions": [{"text": "Voornemen tot sluiting opstellen", "owner": "mr. J.M. Hermans",
                      "due": "2026-12-17"}]},
        {"title": "Cybercrime: ransomware bij het mkb", "duration_min": 10,
         "presenter": "Teamchef", "themes": ["cybercrime"],
         "minutes": "De teamchef licht twee recente aangiften van ransomware bij ondernemers "
                    "toe. De driehoek steunt een voorlichtingsavond met de ondernemersvereniging.",
         "decisions": ["De driehoek steunt een voorlichtingsavond over digitale weerbaarheid "
                       "voor ondernemers in maart 2027."]},
        {"title": "Rondvraag", "duration_min": 5,
         "minutes": "Mevrouw Wiśniewska vraagt de stukken voortaan een week vooraf aan te "
                    "leveren. Zo wordt afgesproken."},
        {"title": "Sluiting", "duration_min": 5,
         "minutes": "De voorzitter sluit de vergadering om 10.27 uur."},
    ],
}  # fmt: skip


def main() -> int:
    """Build the example meetings in a temporary database and write the three PDFs."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path, help="the folder for the PDF files")
    output = parser.parse_args().output
    output.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="driehoek-example-") as folder:
        db = open_database(Path(folder) / "voorbeeld.sqlite3")
        previous = import_meeting(db, PREVIOUS)
        current = import_meeting(db, CURRENT)
        approve_meeting(db, previous.id, "2026-12-03", current.id)
        for path in (
            build_agenda_pdf(db, current.id, output / "agenda.pdf"),
            build_minutes_pdf(db, current.id, output / "verslag.pdf"),
            build_minutes_pdf(
                db, current.id, output / "verslag-volledig.pdf", include_confidential=True
            ),
            build_minutes_pdf(db, previous.id, output / "verslag-vorige.pdf"),
        ):
            print(path)
        db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

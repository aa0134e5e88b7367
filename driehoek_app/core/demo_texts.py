"""The fixed Dutch text material of the demo meetings: marks, the Topic shape, sentences.

Everything here is invented. Names of people and organisations carry "Demo" or "(fictief)"
so that nobody can mistake a generated meeting for a real one. Placeholders in braces are
filled by demo_meetings.py: {bt} basisteam, {gemeente} fictional gemeente, {jaar} meeting
year, {volgend_jaar}, {aantal} a small number, {element} the title of an element of the
item's IMV theme (read from the reference data), {vorige} the previous meeting's date,
{eind} the end time. The agenda topics themselves are in demo_topics.py.
"""

from dataclasses import dataclass

DEMO_MARK = "(fictief)"
DEMO_NOTE = "Fictieve demogegevens, gegenereerd door driehoek_app; geen echte vergadering."


@dataclass(frozen=True)
class Topic:
    """An agenda topic with what is typically said, decided and agreed about it.

    phenomena: the catalogue codes an ondermijning topic is about (for the demo beelden).
    """

    title: str
    theme: str | None
    presenter: str
    description: str
    minutes: tuple[str, ...]
    decisions: tuple[str, ...]
    actions: tuple[tuple[str, str], ...]
    labels: tuple[str, ...] = ()
    phenomena: tuple[str, ...] = ()


OWNERS = (
    "Teamchef",
    "Burgemeester",
    "Officier van justitie",
    "Gemeente (fictief)",
    "RIEC (fictief)",
    "Secretaris",
    "Zorg- en Veiligheidshuis (fictief)",
    "Wijkagent (fictief)",
)

STANDARD_OPENING = (
    ("Opening", 5, "Burgemeester"),
    ("Verslag vorige vergadering", 5, "Secretaris"),
    ("Actielijst", 10, "Secretaris"),
    ("Mededelingen", 5, ""),
)
STANDARD_CLOSING = (("Rondvraag", 5, ""), ("Sluiting", 0, "Burgemeester"))
CASUISTIEK = ("Casuïstiek", 15, "Officier van justitie")

OPENING_MINUTES = (
    "De voorzitter opent de vergadering en heet iedereen welkom.",
    "De voorzitter opent de vergadering. Er zijn geen aanvullingen op de agenda.",
)
ABSENT_MINUTES = "Bericht van verhindering is ontvangen van {afwezig}."
REPORT_MINUTES = (
    "Het verslag van de vergadering van {vorige} wordt ongewijzigd vastgesteld.",
    "Het verslag van de vergadering van {vorige} wordt met een tekstuele correctie vastgesteld.",
)
REPORT_FIRST = "Er is geen verslag van een vorige vergadering in deze demo."
ACTIONLIST_MINUTES = (
    "De actielijst wordt doorgenomen; afgeronde acties worden afgevoerd.",
    "De openstaande acties worden besproken; enkele deadlines worden aangepast.",
)
ANNOUNCEMENTS = (
    "De teamchef meldt dat de roosters voor de zomerperiode rond zijn.",
    "De gemeente meldt de start van een wijkaanpak in {gemeente}.",
    "De officier van justitie meldt een wisseling van de parketsecretaris.",
    "De burgemeester meldt dat de raad vragen heeft gesteld over de politiecapaciteit.",
    "Er zijn geen mededelingen.",
)
ROUND_MINUTES = (
    "Geen vragen.",
    "De officier van justitie vraagt aandacht voor de doorlooptijden bij ZSM.",
    "De teamchef nodigt de burgemeester uit voor een meeloopdag.",
)
CLOSING_MINUTES = "De voorzitter sluit de vergadering om {eind} uur."
CASUISTIEK_MINUTES = "Besproken; vanwege het vertrouwelijke karakter niet in het verslag opgenomen."
GENERIC_MINUTES = (
    "De voorzitter dankt de inleider voor de toelichting.",
    "De driehoek waardeert de goede samenwerking tussen de partners.",
    "Afgesproken wordt het onderwerp over drie maanden opnieuw te agenderen.",
    "De teamchef geeft aan dat de benodigde capaciteit binnen het basisteam beschikbaar is.",
)
REMARKS_DONE = (
    "Afgerond; zie de notitie bij het verslag.",
    "Uitgevoerd en teruggekoppeld in de driehoek.",
    "",
)
REMARK_DROPPED = "Vervallen: ingehaald door de regionale aanpak."
REMARK_REDATED = "Uitgesteld op verzoek van de eigenaar."

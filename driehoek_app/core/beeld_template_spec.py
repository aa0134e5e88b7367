"""The import template of an ondermijningsbeeld: its sheets and columns, declared once.

The importer (beeld_import), the template generator (beeld_template) and the documentation
(docs/ondermijningsbeeld-template.md) follow this declaration.
"""

from dataclasses import dataclass

from driehoek_app.core.meeting_schema import CLASSIFICATIONS
from driehoek_app.core.ondermijning_schema import (
    BETROUWBAARHEDEN,
    INTERVENTION_KINDS,
    INTERVENTION_STATUSES,
    PARTNERS,
    RESULT_KINDS,
    TRENDS,
    TRIAGE_STATUSES,
)


@dataclass(frozen=True)
class Column:
    """One column of a template sheet."""

    name: str
    required: bool
    help: str
    choices: tuple[str, ...] = ()
    width: int = 18


@dataclass(frozen=True)
class Sheet:
    """One sheet of the template: its name, what one row is, and its columns."""

    name: str
    row_is: str
    columns: tuple[Column, ...]

    def column_names(self) -> list[str]:
        """Return the column names in order."""
        return [column.name for column in self.columns]

    def required_names(self) -> list[str]:
        """Return the names of the columns that must be present and filled in."""
        return [column.name for column in self.columns if column.required]


SCORES = ("1", "2", "3", "4", "5")

BEELD_SHEET = Sheet(
    "Beeld",
    "de gegevens van het beeld zelf (alleen de eerste rij telt)",
    (
        Column(
            "titel",
            False,
            "titel van het beeld; leeg: 'Ondermijningsbeeld <basisteam> <jaar>'",
            width=40,
        ),
        Column("samenvatting", False, "samenvatting in eigen woorden", width=60),
        Column(
            "peildatum", False, "datum waarop het beeld is opgemaakt (JJJJ-MM-DD of DD-MM-JJJJ)"
        ),
        Column(
            "opgesteld_met",
            False,
            "met wie het beeld is gemaakt, bijvoorbeeld RIEC Noord-Holland",
            width=28,
        ),
        Column(
            "rubricering",
            False,
            "openbaar, intern of vertrouwelijk (leeg: vertrouwelijk)",
            CLASSIFICATIONS,
        ),
    ),
)

PHENOMENA_SHEET = Sheet(
    "Fenomenen",
    "één fenomeen in het beeld",
    (
        Column(
            "fenomeen",
            True,
            "code of naam uit de fenomenenlijst; een nieuwe naam wordt een eigen fenomeen",
            width=34,
        ),
        Column("beschrijving", False, "het verhaal: wat speelt er, wie, hoe", width=60),
        Column(
            "ernst",
            False,
            "1 zeer beperkt, 2 beperkt, 3 aanzienlijk, 4 ernstig, 5 zeer ernstig (cijfer of woord)",
            SCORES,
            width=10,
        ),
        Column(
            "omvang",
            False,
            "1 incidenteel, 2 beperkt, 3 regelmatig, 4 veelvuldig, "
            "5 wijdverbreid (cijfer of woord)",
            SCORES,
            width=10,
        ),
        Column(
            "toelichting_omvang",
            False,
            "omvang in eigen woorden, bijvoorbeeld '12 kwekerijen geruimd'",
            width=30,
        ),
        Column("trend", False, "stijgend, stabiel of dalend", TRENDS, width=12),
        Column(
            "betrouwbaarheid",
            False,
            "hoe zeker de inschatting is: laag, midden of hoog",
            BETROUWBAARHEDEN,
            width=16,
        ),
        Column("wijken", False, "wijken of kernen waar het speelt, gescheiden door ;", width=30),
        Column("sectoren", False, "sectoren waar het speelt, gescheiden door ;", width=30),
        Column(
            "categorie", False, "alleen voor een nieuw, eigen fenomeen: de groep (leeg: Overig)"
        ),
    ),
)

SIGNALS_SHEET = Sheet(
    "Signalen",
    "één signaal met de uitkomst van de triage",
    (
        Column(
            "nr", False, "eigen nummer of code, om vanuit Interventies naar te verwijzen", width=8
        ),
        Column("datum", True, "datum van het signaal (JJJJ-MM-DD of DD-MM-JJJJ)", width=12),
        Column(
            "bron",
            True,
            "waar het signaal vandaan komt, bijvoorbeeld politie, gemeente, Meld Misdaad Anoniem",
        ),
        Column(
            "fenomeen", False, "code of naam uit de fenomenenlijst of van blad Fenomenen", width=30
        ),
        Column("omschrijving", True, "korte omschrijving van het signaal", width=60),
        Column(
            "triage",
            False,
            "te wegen, gewogen of geen vervolg (leeg: gewogen als er een "
            "partner staat, anders te wegen)",
            TRIAGE_STATUSES,
            width=14,
        ),
        Column(
            "partner",
            False,
            "welke partner aan zet is: gemeente, OM, politie, belastingdienst, RIEC of anders",
            PARTNERS,
            width=16,
        ),
        Column("partner_anders", False, "de naam van de partner bij 'anders'"),
        Column("hoe", False, "hoe de partner het oppakt", width=40),
        Column("datum_triage", False, "datum van de triage", width=12),
    ),
)

INTERVENTIONS_SHEET = Sheet(
    "Interventies",
    "één interventie",
    (
        Column(
            "nr", False, "eigen nummer of code, om vanuit Resultaten naar te verwijzen", width=8
        ),
        Column(
            "soort",
            True,
            "strafrechtelijk, bestuurlijk, fiscaal of preventief/weerbaarheid",
            INTERVENTION_KINDS,
        ),
        Column("omschrijving", True, "wat er gebeurt", width=50),
        Column(
            "partner",
            True,
            "gemeente, OM, politie, belastingdienst, RIEC of anders",
            PARTNERS,
            width=16,
        ),
        Column("partner_anders", False, "de naam van de partner bij 'anders'"),
        Column(
            "status",
            False,
            "in voorbereiding, lopend, afgerond of gestopt (leeg: in voorbereiding)",
            INTERVENTION_STATUSES,
            width=16,
        ),
        Column("startdatum", False, "datum waarop de interventie begon", width=12),
        Column("einddatum", False, "datum waarop de interventie eindigde", width=12),
        Column("resultaat", False, "het resultaat in woorden", width=40),
        Column(
            "signalen",
            False,
            "nummers (kolom nr) van de signalen waarop de interventie volgt, gescheiden door ;",
        ),
        Column("fenomenen", False, "codes of namen van de fenomenen, gescheiden door ;", width=30),
    ),
)

RESULTS_SHEET = Sheet(
    "Resultaten",
    "één resultaat van een interventie",
    (
        Column(
            "interventie",
            True,
            "het nummer (kolom nr) van de interventie op blad Interventies",
            width=12,
        ),
        Column(
            "soort",
            True,
            "pand gesloten, vergunning geweigerd, beslag, ... (zie de keuzelijst)",
            RESULT_KINDS,
            width=30,
        ),
        Column("aantal", False, "hoe vaak (leeg: 1)", width=8),
        Column(
            "bedrag",
            False,
            "bedrag in euro, bijvoorbeeld 12.500,00; alleen bij beslag, "
            "ontneming, fiscale naheffing, bestuurlijke boete en anders",
            width=14,
        ),
        Column("toelichting", False, "toelichting in eigen woorden", width=40),
    ),
)

SHEETS = (BEELD_SHEET, PHENOMENA_SHEET, SIGNALS_SHEET, INTERVENTIONS_SHEET, RESULTS_SHEET)
INFO_SHEETS = ("Toelichting", "Keuzelijsten")

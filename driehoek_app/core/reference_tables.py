"""The IMV reference data as pandas DataFrames with Dutch column headers, ready for export.

The table names and descriptions are light to import (the command line lists them); pandas
and the database are loaded only when a table is built.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd
    import sqlite_utils

THEME_COLUMNS = ["thema_nummer", "thema_code", "thema", "onderdeel", "kop", "tekst"]
FORMATION_COLUMNS = [
    "onderdeel",
    "soort",
    "district",
    "basisteam",
    "peildatum",
    "aspirant",
    "wijkagent",
    "overig",
    "totaal",
]
TARGET_COLUMNS = [
    "doel",
    "indicator",
    "omschrijving",
    "eenheid",
    "categorie",
    "jaar",
    "streefwaarde",
    "maat",
    "totaalregel",
    "deel_van",
    "afwijking",
    "opmerking",
    "bron",
]
ELEMENT_PART = "element"
ELEMENTS_FOLLOW = "wat_gaan_we_doen"
FORMATION_DECIMALS = {"aspirant": 2, "wijkagent": 2, "overig": 2, "totaal": 2}


def themes_frame(db: "sqlite_utils.Database") -> "pd.DataFrame":
    """One row per section and per element of each IMV theme, in document order."""
    import pandas as pd

    from driehoek_app.core import reference

    rows = []
    for theme in reference.themes(db):
        head = {"thema_nummer": theme.number, "thema_code": theme.code, "thema": theme.title}
        elements = [
            {**head, "onderdeel": ELEMENT_PART, "kop": e.title, "tekst": e.body}
            for e in theme.elements
        ]
        for section in theme.sections:
            rows.append(
                {**head, "onderdeel": section.kind, "kop": section.heading, "tekst": section.body}
            )
            if section.kind == ELEMENTS_FOLLOW:
                rows.extend(elements)
                elements = []
        rows.extend(elements)
    frame = pd.DataFrame(rows, columns=THEME_COLUMNS)
    return frame.astype({"thema_nummer": "int64"})


def formation_frame(db: "sqlite_utils.Database") -> "pd.DataFrame":
    """One row per unit per peildatum of the Sterkteverdeling (blank and '-' cells empty)."""
    import pandas as pd

    from driehoek_app.core import reference

    rows = [
        {
            "onderdeel": r.name,
            "soort": r.kind,
            "district": r.district_name,
            "basisteam": r.basisteam_name,
            "peildatum": r.peildatum,
            "aspirant": r.aspirant,
            "wijkagent": r.wijkagent,
            "overig": r.overig,
            "totaal": r.totaal,
        }
        for r in reference.formation(db)
    ]
    frame = pd.DataFrame(rows, columns=FORMATION_COLUMNS)
    frame["peildatum"] = pd.to_datetime(frame["peildatum"], format="%Y-%m-%d")
    return frame.astype({name: "float64" for name in FORMATION_DECIMALS})


def targets_frame(db: "sqlite_utils.Database") -> "pd.DataFrame":
    """One row per target of the Veiligheidsagenda ('ntb' values and missing years empty)."""
    import pandas as pd

    from driehoek_app.core import reference

    rows = [
        {
            "doel": t.goal_title,
            "indicator": t.indicator,
            "omschrijving": t.indicator_label,
            "eenheid": t.eenheid,
            "categorie": t.category,
            "jaar": t.year,
            "streefwaarde": t.value,
            "maat": t.measure,
            "totaalregel": t.is_total,
            "deel_van": t.part_of,
            "afwijking": t.deviation,
            "opmerking": t.note,
            "bron": t.source,
        }
        for t in reference.targets(db)
    ]
    frame = pd.DataFrame(rows, columns=TARGET_COLUMNS)
    numbers = {"jaar": "Int64", "streefwaarde": "float64", "afwijking": "float64"}
    return frame.astype({**numbers, "totaalregel": "bool"})


@dataclass(frozen=True)
class ReferenceTable:
    """An exportable reference table: how to build it, its sheet title and fixed decimals."""

    name: str
    sheet_name: str
    description: str
    build: Callable[["sqlite_utils.Database"], "pd.DataFrame"]
    decimals: dict[str, int] = field(default_factory=dict)


REFERENCE_TABLES = {
    "themes": ReferenceTable(
        "themes", "Thema's", "de vier IMV-thema's, per onderdeel en element", themes_frame
    ),
    "formation": ReferenceTable(
        "formation",
        "Formatie",
        "de sterkteverdeling per onderdeel en peildatum",
        formation_frame,
        FORMATION_DECIMALS,
    ),
    "targets": ReferenceTable(
        "targets", "Streefcijfers", "de streefcijfers van de Veiligheidsagenda", targets_frame
    ),
}

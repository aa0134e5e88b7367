"""The SQL schema for ondermijningsbeelden, signalen, interventies and monitoring realisations.

The allowed values of every enumerated column are declared here once and used both in the
CHECK constraints and by the services that validate user input.

ON DELETE, chosen per reference:
- a beeld owns its documents, fenomenen, signalen and interventies: deleting the beeld
  (an explicit, confirmed act) deletes them (CASCADE);
- the phenomena catalogue is referenced without CASCADE: a phenomenon that is still used
  cannot be removed (the service says where it is used);
- links to agenda items, decisions and actions disappear with the meeting part they point
  to (CASCADE); the fenomeen, signaal or interventie itself stays;
- a basisteam (reference data) cannot be removed while it has beelden.
"""

import sqlite_utils

from driehoek_app.core.meeting_schema import CLASSIFICATIONS

ERNST_LABELS = {
    1: "zeer beperkt",
    2: "beperkt",
    3: "aanzienlijk",
    4: "ernstig",
    5: "zeer ernstig",
}
OMVANG_LABELS = {
    1: "incidenteel",
    2: "beperkt",
    3: "regelmatig",
    4: "veelvuldig",
    5: "wijdverbreid",
}
TRENDS = ("stijgend", "stabiel", "dalend")
BETROUWBAARHEDEN = ("laag", "midden", "hoog")
PLACE_KINDS = ("wijk", "sector")
PARTNERS = ("gemeente", "OM", "politie", "belastingdienst", "RIEC", "anders")
TRIAGE_STATUSES = ("te wegen", "gewogen", "geen vervolg")
INTERVENTION_KINDS = ("strafrechtelijk", "bestuurlijk", "fiscaal", "preventief/weerbaarheid")
INTERVENTION_STATUSES = ("in voorbereiding", "lopend", "afgerond", "gestopt")
RESULT_KINDS = (
    "pand gesloten",
    "vergunning geweigerd",
    "vergunning ingetrokken",
    "last onder dwangsom of bestuursdwang",
    "bestuurlijke boete",
    "aanhouding",
    "verdachte vervolgd",
    "beslag",
    "ontneming",
    "fiscale naheffing",
    "preventieve activiteit",
    "anders",
)
AMOUNT_RESULT_KINDS = ("bestuurlijke boete", "beslag", "ontneming", "fiscale naheffing", "anders")
LINK_OWNERS = ("phenomenon", "signal", "intervention")
LINK_TARGETS = ("item", "decision", "action")
MIN_YEAR = 2000
MAX_YEAR = 2100


def _in(values: tuple[str, ...]) -> str:
    """Return an SQL list literal such as ('a', 'b') for a CHECK constraint."""
    return "(" + ", ".join("'" + value.replace("'", "''") + "'" for value in values) + ")"


ONDERMIJNING_SCHEMA = [
    """CREATE TABLE phenomena (
        code TEXT PRIMARY KEY,
        label TEXT NOT NULL UNIQUE COLLATE NOCASE,
        category TEXT NOT NULL,
        builtin INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
        position INTEGER NOT NULL
    )""",
    f"""CREATE TABLE beelden (
        id INTEGER PRIMARY KEY,
        basisteam_id INTEGER NOT NULL REFERENCES basisteams(id),
        year INTEGER NOT NULL CHECK (year BETWEEN {MIN_YEAR} AND {MAX_YEAR}),
        title TEXT NOT NULL DEFAULT '',
        summary TEXT NOT NULL DEFAULT '',
        peildatum TEXT,
        made_with TEXT NOT NULL DEFAULT '',
        classification TEXT NOT NULL DEFAULT 'vertrouwelijk'
            CHECK (classification IN {_in(CLASSIFICATIONS)}),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (basisteam_id, year)
    )""",
    """CREATE TABLE beeld_documents (
        id INTEGER PRIMARY KEY,
        beeld_id INTEGER NOT NULL REFERENCES beelden(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        media_type TEXT NOT NULL,
        size INTEGER NOT NULL CHECK (size >= 0),
        data BLOB NOT NULL,
        added_at TEXT NOT NULL
    )""",
    "CREATE INDEX beeld_documents_beeld ON beeld_documents (beeld_id)",
    f"""CREATE TABLE beeld_phenomena (
        id INTEGER PRIMARY KEY,
        beeld_id INTEGER NOT NULL REFERENCES beelden(id) ON DELETE CASCADE,
        phenomenon_code TEXT NOT NULL REFERENCES phenomena(code) ON UPDATE CASCADE,
        position INTEGER NOT NULL,
        narrative TEXT NOT NULL DEFAULT '',
        ernst INTEGER CHECK (ernst IS NULL OR ernst BETWEEN 1 AND 5),
        omvang INTEGER CHECK (omvang IS NULL OR omvang BETWEEN 1 AND 5),
        omvang_toelichting TEXT NOT NULL DEFAULT '',
        trend TEXT CHECK (trend IS NULL OR trend IN {_in(TRENDS)}),
        betrouwbaarheid TEXT CHECK (betrouwbaarheid IS NULL
            OR betrouwbaarheid IN {_in(BETROUWBAARHEDEN)}),
        UNIQUE (beeld_id, phenomenon_code)
    )""",
    "CREATE INDEX beeld_phenomena_code ON beeld_phenomena (phenomenon_code)",
    f"""CREATE TABLE beeld_phenomenon_places (
        entry_id INTEGER NOT NULL REFERENCES beeld_phenomena(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN {_in(PLACE_KINDS)}),
        name TEXT NOT NULL,
        position INTEGER NOT NULL,
        PRIMARY KEY (entry_id, kind, name)
    )""",
    f"""CREATE TABLE signals (
        id INTEGER PRIMARY KEY,
        beeld_id INTEGER NOT NULL REFERENCES beelden(id) ON DELETE CASCADE,
        date TEXT NOT NULL,
        source TEXT NOT NULL,
        phenomenon_code TEXT REFERENCES phenomena(code) ON UPDATE CASCADE,
        description TEXT NOT NULL,
        triage TEXT NOT NULL DEFAULT 'te wegen' CHECK (triage IN {_in(TRIAGE_STATUSES)}),
        partner TEXT CHECK (partner IS NULL OR partner IN {_in(PARTNERS)}),
        partner_other TEXT NOT NULL DEFAULT '',
        triage_how TEXT NOT NULL DEFAULT '',
        triage_date TEXT,
        created_at TEXT NOT NULL,
        CHECK ((triage = 'gewogen') = (partner IS NOT NULL))
    )""",
    "CREATE INDEX signals_beeld ON signals (beeld_id, date)",
    "CREATE INDEX signals_phenomenon ON signals (phenomenon_code)",
    f"""CREATE TABLE interventions (
        id INTEGER PRIMARY KEY,
        beeld_id INTEGER NOT NULL REFERENCES beelden(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN {_in(INTERVENTION_KINDS)}),
        description TEXT NOT NULL,
        partner TEXT NOT NULL CHECK (partner IN {_in(PARTNERS)}),
        partner_other TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'in voorbereiding'
            CHECK (status IN {_in(INTERVENTION_STATUSES)}),
        start_date TEXT,
        end_date TEXT,
        result_text TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    "CREATE INDEX interventions_beeld ON interventions (beeld_id)",
    f"""CREATE TABLE intervention_results (
        id INTEGER PRIMARY KEY,
        intervention_id INTEGER NOT NULL REFERENCES interventions(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN {_in(RESULT_KINDS)}),
        count INTEGER NOT NULL DEFAULT 1 CHECK (count >= 1),
        amount_cents INTEGER CHECK (amount_cents IS NULL OR amount_cents >= 0),
        note TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL
    )""",
    "CREATE INDEX intervention_results_intervention ON intervention_results (intervention_id)",
    """CREATE TABLE intervention_signals (
        intervention_id INTEGER NOT NULL REFERENCES interventions(id) ON DELETE CASCADE,
        signal_id INTEGER NOT NULL REFERENCES signals(id) ON DELETE CASCADE,
        PRIMARY KEY (intervention_id, signal_id)
    )""",
    "CREATE INDEX intervention_signals_signal ON intervention_signals (signal_id)",
    """CREATE TABLE intervention_phenomena (
        intervention_id INTEGER NOT NULL REFERENCES interventions(id) ON DELETE CASCADE,
        phenomenon_code TEXT NOT NULL REFERENCES phenomena(code) ON UPDATE CASCADE,
        PRIMARY KEY (intervention_id, phenomenon_code)
    )""",
    """CREATE TABLE beeld_links (
        id INTEGER PRIMARY KEY,
        entry_id INTEGER REFERENCES beeld_phenomena(id) ON DELETE CASCADE,
        signal_id INTEGER REFERENCES signals(id) ON DELETE CASCADE,
        intervention_id INTEGER REFERENCES interventions(id) ON DELETE CASCADE,
        item_id INTEGER REFERENCES agenda_items(id) ON DELETE CASCADE,
        decision_id INTEGER REFERENCES decisions(id) ON DELETE CASCADE,
        action_id INTEGER REFERENCES actions(id) ON DELETE CASCADE,
        created_at TEXT NOT NULL,
        CHECK ((entry_id IS NOT NULL) + (signal_id IS NOT NULL)
               + (intervention_id IS NOT NULL) = 1),
        CHECK ((item_id IS NOT NULL) + (decision_id IS NOT NULL) + (action_id IS NOT NULL) = 1)
    )""",
    """CREATE UNIQUE INDEX beeld_links_unique ON beeld_links (
        COALESCE(entry_id, 0), COALESCE(signal_id, 0), COALESCE(intervention_id, 0),
        COALESCE(item_id, 0), COALESCE(decision_id, 0), COALESCE(action_id, 0))""",
    "CREATE INDEX beeld_links_entry ON beeld_links (entry_id)",
    "CREATE INDEX beeld_links_signal ON beeld_links (signal_id)",
    "CREATE INDEX beeld_links_intervention ON beeld_links (intervention_id)",
    "CREATE INDEX beeld_links_item ON beeld_links (item_id)",
    "CREATE INDEX beeld_links_decision ON beeld_links (decision_id)",
    "CREATE INDEX beeld_links_action ON beeld_links (action_id)",
    """CREATE TABLE realisations (
        id INTEGER PRIMARY KEY,
        indicator TEXT NOT NULL,
        eenheid TEXT NOT NULL,
        category TEXT NOT NULL DEFAULT '',
        year INTEGER NOT NULL,
        value REAL NOT NULL CHECK (value >= 0),
        note TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL,
        UNIQUE (indicator, eenheid, category, year)
    )""",
]


def create(db: sqlite_utils.Database) -> None:
    """Create every ondermijning and monitoring table (the caller provides the transaction)."""
    for statement in ONDERMIJNING_SCHEMA:
        db.execute(statement)

"""A realistic, wholly fictional year of driehoek work in Haarlem and Zaanstad, built through core.

Used by the annual-report and CLI tests and to render the example report. Names, places
and figures are invented; nothing refers to real people, premises or cases.
"""

import sqlite_utils
from meeting_helpers import body

from driehoek_app.core.actions import add_action, update_action
from driehoek_app.core.agenda import add_item
from driehoek_app.core.beeld_links import link
from driehoek_app.core.beeld_phenomena import add_entry
from driehoek_app.core.decisions import add_decision
from driehoek_app.core.interventions import add_intervention, add_result
from driehoek_app.core.meetings import create_meeting
from driehoek_app.core.monitoring import set_realisation
from driehoek_app.core.ondermijningsbeeld import create_beeld
from driehoek_app.core.signals import add_signal, weigh_signal

OND, ZEV, CTR, CYB = "ondermijning", "zorg-en-veiligheid", "contraterrorisme", "cybercrime"

# (date, [(title, themes, minutes, confidential, decisions, actions[(text, owner, due, status)])])
HAARLEM_2026 = [
    ("2026-02-12", [
        ("Opening en mededelingen", [], 10, False, [], []),
        ("Ondermijningsbeeld 2026: bespreking RIEC-analyse", [OND], 30, False,
         ["De driehoek stelt het ondermijningsbeeld 2026 vast en kiest hennep, vastgoed en "
          "arbeidsuitbuiting als prioriteiten."],
         [("Plan van aanpak hennep in Schalkwijk opstellen", "Teamchef", "2026-04-01",
           "afgerond")]),
        ("Personen met verward gedrag", [ZEV], 20, False,
         ["Het Zorg- en Veiligheidshuis bespreekt elke E33-melding binnen twee weken in het "
          "casusoverleg."],
         [("Afspraken met de GGD over terugkoppeling vastleggen", "Gemeente", "2026-05-01",
           "open")]),
        ("Casuïstiek", [OND], 15, True, ["Vertrouwelijk besluit over een persoonsgerichte aanpak."],
         []),
        ("Rondvraag en sluiting", [], 5, False, [], []),
    ]),
    ("2026-04-16", [
        ("Hennepaanpak Schalkwijk: voortgang", [OND], 20, False,
         ["De burgemeester past artikel 13b Opiumwet toe bij kwekerijen in woningen; "
          "sluiting voor drie maanden is het uitgangspunt."],
         [("Woningcorporaties informeren over het sluitingsbeleid", "Gemeente", "2026-06-01",
           "afgerond")]),
        ("Polarisatie rond demonstraties", [CTR], 15, False, [],
         [("Netwerkanalyse bijwerken", "Teamchef", "2026-07-01", "vervallen")]),
        ("Digitale weerbaarheid van het mkb", [CYB], 15, False, [],
         [("Voorlichtingsavond voor ondernemers organiseren", "Gemeente", "2026-10-01",
           "afgerond")]),
    ]),
    ("2026-06-11", [
        ("Vakantieparken en arbeidsmigranten", [OND, ZEV], 25, False,
         ["Gemeente en politie voeren in het derde kwartaal een integrale controle uit op twee "
          "vakantieparken."],
         [("Integrale controle voorbereiden met Arbeidsinspectie", "Teamchef", "2026-08-15",
           "afgerond")]),
        ("Online seksuele uitbuiting van minderjarigen", [CYB], 15, False,
         ["De driehoek vraagt het OM om een voorlichting op scholen mogelijk te maken."], []),
    ]),
    ("2026-09-24", [
        ("Bibob-beleid horeca herzien", [OND], 20, False,
         ["Het nieuwe Bibob-beleid geldt vanaf 1 januari 2027 ook voor rijwielzaken en "
          "kapperszaken (‘Tom & Jerry’-clausule <art. 3>)."],
         [("Bibob-beleid ter vaststelling aan de raad zenden", "Burgemeester", "2026-12-01",
           "open")]),
        ("Huiselijk geweld: eerste halfjaar", [ZEV], 15, False, [], []),
    ]),
    ("2026-11-19", [
        ("Jaarrapportage en prioriteiten 2027", [OND, ZEV, CTR, CYB], 30, False,
         ["De driehoek houdt in 2027 dezelfde prioriteiten aan en voegt cocaïnehandel toe."],
         [("Jaarplan 2027 opstellen", "Teamchef", "2027-01-31", "open")]),
    ]),
]

ZAANSTAD_2026 = [
    ("2026-03-05", [
        ("Ondermijning in de Zaanse havens", [OND], 25, False,
         ["Politie en gemeente starten een gezamenlijke aanpak van loodsen langs de Zaan."],
         [("Inventarisatie bedrijfsloodsen afronden", "Gemeente", "2026-06-30", "open")]),
        ("Jeugdoverlast en straatintimidatie", [ZEV], 20, False, [], []),
    ]),
    ("2026-10-08", [
        ("Maritieme smokkel: beeld van de Waterpolitie", [OND], 20, False, [], []),
        ("Ransomware bij gemeentelijke diensten", [CYB], 15, False,
         ["De gemeente oefent in 2027 een cyberincident met de politie."], []),
    ]),
]


def _meetings(db: sqlite_utils.Database, code: str, plan: list) -> dict[str, int]:
    """Create the meetings of one body; return the ids of items and decisions by title."""
    ids: dict[str, int] = {}
    for date, items in plan:
        meeting = create_meeting(db, body(db, code).id, date, "09:30", "11:30",
                                 "Stadhuis", invite_members=False)  # fmt: skip
        for title, themes, minutes, confidential, decisions, actions in items:
            item = add_item(db, meeting.id, title, themes=themes, planned_minutes=minutes,
                            confidential=confidential)  # fmt: skip
            ids[title] = item.id
            for text in decisions:
                ids["besluit:" + title] = add_decision(db, item.id, text).id
            for text, owner, due, status in actions:
                action = add_action(db, item.id, text, owner, due)
                if status != "open":
                    update_action(db, action.id, status=status)
    return ids


def _haarlem_beelden(db: sqlite_utils.Database, ids: dict[str, int]) -> None:
    """Create the Haarlem beelden of 2025 and 2026 with signals, interventions and results."""
    old = create_beeld(db, "Haarlem", 2025, summary="Beeld 2025.", made_with="RIEC Noord-Holland")
    for code, ernst, omvang, trend in (("hennep", 3, 3, "stabiel"), ("vastgoed", 3, 2, None),
                                       ("omg", 2, 2, "dalend"), ("witwassen", 3, 3, "stabiel")):
        add_entry(db, old.id, code, ernst=ernst, omvang=omvang, trend=trend)  # fmt: skip
    beeld = create_beeld(
        db, "Haarlem", 2026, title="Ondermijningsbeeld Haarlem 2026", peildatum="2026-01-20",
        made_with="RIEC Noord-Holland",
        summary="Hennepteelt in woningen neemt toe, vooral in Schalkwijk. Criminele "
        "investeringen in vastgoed concentreren zich rond de binnenstad.\nNieuw dit jaar: "
        "signalen van arbeidsuitbuiting op vakantieparken en cocaïnehandel via koeriers.",
    )  # fmt: skip
    hennep = add_entry(
        db, beeld.id, "hennep", ernst=4, omvang=4, trend="stijgend", betrouwbaarheid="hoog",
        narrative="Kleinschalige kwekerijen op zolders en in schuren; vaak huurwoningen.",
        omvang_toelichting="23 kwekerijen geruimd", wijken=["Schalkwijk", "Delftwijk"],
        sectors=["woningcorporaties"],
    )  # fmt: skip
    add_entry(db, beeld.id, "vastgoed", ernst=3, omvang=3, trend="stijgend",
              betrouwbaarheid="midden", wijken=["Binnenstad"], sectors=["horeca", "vastgoed"],
              narrative="Contante aankopen van panden via steeds andere bv's.")  # fmt: skip
    add_entry(db, beeld.id, "witwassen", ernst=3, omvang=3, trend="stabiel",
              betrouwbaarheid="laag")  # fmt: skip
    add_entry(db, beeld.id, "arbeidsuitbuiting", ernst=3, omvang=2, trend="stijgend",
              betrouwbaarheid="midden", sectors=["recreatieparken en jachthavens"],
              narrative="Arbeidsmigranten in overvolle chalets, loon ingehouden voor huur.")
    add_entry(db, beeld.id, "cocaine", ernst=4, omvang=2, betrouwbaarheid="laag",
              narrative="Bezorging per scooter, bestellingen via berichtenapps.")  # fmt: skip
    signals = [
        add_signal(db, beeld.id, "2026-01-14", "politie", "Hoog stroomverbruik in een "
                   "tussenwoning aan de Floris van Adrichemlaan (fictief).", "hennep"),
        add_signal(db, beeld.id, "2026-02-02", "woningcorporatie", "Melding van stank en "
                   "afgeplakte ramen.", "hennep"),
        add_signal(db, beeld.id, "2026-03-09", "gemeente", "Drie panden in één maand contant "
                   "gekocht door dezelfde bv.", "vastgoed"),
        add_signal(db, beeld.id, "2026-05-20", "Meld Misdaad Anoniem", "Werknemers op een "
                   "vakantiepark zouden hun paspoort hebben moeten inleveren.",
                   "arbeidsuitbuiting"),
        add_signal(db, beeld.id, "2026-08-30", "inwoner", "Drukte bij een woning tot laat in "
                   "de avond.", "cocaine"),
        add_signal(db, beeld.id, "2026-10-03", "belastingdienst", "Horecazaak met omzet die "
                   "niet past bij het aantal gasten.", "witwassen"),
    ]  # fmt: skip
    weigh_signal(db, signals[0].id, "gemeente", "Sluiting op grond van artikel 13b.", "2026-01-20")
    weigh_signal(db, signals[1].id, "politie", "Doorzoeking en ruiming.", "2026-02-05")
    weigh_signal(db, signals[2].id, "RIEC", "Integrale analyse van de bv's.", "2026-03-20")
    weigh_signal(db, signals[3].id, "anders", "Controle samen met de Arbeidsinspectie.",
                 "2026-05-28", partner_other="Nederlandse Arbeidsinspectie")  # fmt: skip
    weigh_signal(db, signals[5].id, None, "Onvoldoende aanknopingspunten.", "2026-10-10")
    closing = add_intervention(
        db, beeld.id, "bestuurlijk", "Sluiting van woningen met een hennepkwekerij (art. 13b "
        "Opiumwet).", "gemeente", status="afgerond", start_date="2026-01-20",
        end_date="2026-09-30", result_text="Drie woningen drie maanden gesloten.",
        signals=[signals[0].id, signals[1].id], phenomena=["hennep"],
    )  # fmt: skip
    add_result(db, closing.id, "pand gesloten", 3)
    raid = add_intervention(
        db, beeld.id, "strafrechtelijk", "Ruiming en onderzoek naar de kweekgroep.", "politie",
        status="afgerond", signals=[signals[1].id], phenomena=["hennep", "witwassen"],
    )  # fmt: skip
    add_result(db, raid.id, "aanhouding", 4)
    add_result(db, raid.id, "beslag", amount_cents=4_825_000, note="contant geld en een auto")
    bibob = add_intervention(
        db, beeld.id, "bestuurlijk", "Bibob-onderzoek bij aanvraag exploitatievergunning.",
        "gemeente", status="afgerond", signals=[signals[2].id], phenomena=["vastgoed"],
    )  # fmt: skip
    add_result(db, bibob.id, "vergunning geweigerd")
    tax = add_intervention(db, beeld.id, "fiscaal", "Boekenonderzoek bij de bv's.",
                           "belastingdienst", status="lopend", phenomena=["vastgoed"])
    add_result(db, tax.id, "fiscale naheffing", amount_cents=12_640_000)
    prevent = add_intervention(
        db, beeld.id, "preventief/weerbaarheid", "Voorlichting aan beheerders van "
        "vakantieparken over signalen van uitbuiting.", "anders",
        partner_other="Nederlandse Arbeidsinspectie", status="lopend",
        signals=[signals[3].id], phenomena=["arbeidsuitbuiting"],
    )  # fmt: skip
    add_result(db, prevent.id, "preventieve activiteit", 2)
    link(db, "intervention", closing.id, "decision",
         ids["besluit:Hennepaanpak Schalkwijk: voortgang"])  # fmt: skip
    link(db, "phenomenon", hennep.id, "item", ids["Hennepaanpak Schalkwijk: voortgang"])


def _zaanstad_beeld(db: sqlite_utils.Database) -> None:
    """Create a small Zaanstad beeld for 2026."""
    beeld = create_beeld(db, "Zaanstad", 2026, made_with="RIEC Noord-Holland",
                         summary="Loodsen langs de Zaan en de haven vragen aandacht.")
    add_entry(db, beeld.id, "maritieme-smokkel", ernst=4, omvang=2, trend="stijgend",
              betrouwbaarheid="midden", sectors=["haven en luchthaven"])
    add_entry(db, beeld.id, "synthetische-drugs", ernst=3, omvang=2, trend="stabiel",
              narrative="Dumpingen van drugsafval in het buitengebied.")
    signal = add_signal(db, beeld.id, "2026-04-11", "politie", "Vaartuig meert 's nachts aan "
                        "bij een leegstaande loods.", "maritieme-smokkel")  # fmt: skip
    intervention = add_intervention(db, beeld.id, "strafrechtelijk", "Observatie en "
                                    "controle op het water.", "politie", status="lopend",
                                    signals=[signal.id])  # fmt: skip
    add_result(db, intervention.id, "beslag", amount_cents=1_200_000, note="vaartuig")


REALISATIONS = [
    ("aangepakte-csvs", 2019, 74), ("aangepakte-csvs", 2026, 81),
    ("om-verdachten-mensenhandel", 2019, 13), ("om-verdachten-mensenhandel", 2020, 16),
    ("om-verdachten-mensenhandel", 2021, 15), ("om-verdachten-mensenhandel", 2022, 19),
    ("om-verdachten-mensenhandel", 2026, 21), ("reguliere-cybercrime-onderzoeken", 2019, 25),
    ("executie-dossiers", 2026, 9),
]  # fmt: skip


def build_example(db: sqlite_utils.Database) -> None:
    """Fill db with the fictional example year 2026 (and a Haarlem beeld of 2025)."""
    ids = _meetings(db, "HLM", HAARLEM_2026)
    _meetings(db, "ZST", ZAANSTAD_2026)
    _haarlem_beelden(db, ids)
    _zaanstad_beeld(db)
    for indicator, year, value in REALISATIONS:
        set_realisation(db, indicator, year, value)
    set_realisation(db, "regeerakkoord-fte", 2026, 58.5, note="stand 1 oktober")

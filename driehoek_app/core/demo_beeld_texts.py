"""The Dutch text material of the demo ondermijningsbeelden, per phenomenon and basisteam.

Per phenomenon: what shows, how big it is, what is signalled and what is done about it;
per basisteam: the phenomena that weigh most there. Everything here is invented: places are
"Demo-" wijken, organisations outside the driehoek carry "(fictief)". Placeholders: {bt}
basisteam, {wijk} a fictional wijk, {n} a number, {jaar} the year of the beeld, {vorig_jaar}
the year before, {zwaarst} and {nieuw} names of phenomena.
"""

from dataclasses import dataclass

MADE_WITH = "RIEC Noord-Holland (fictief)"
WIJKEN = (
    "Demo-Centrum", "Demo-Noord", "Demo-Oost", "Demo-Zuid", "Demo-West", "Demo-Haven",
    "Demo-Bedrijventerrein", "Demo-Buitengebied", "Demo-Stationsgebied",
)  # fmt: skip
INSPECTIE = "Arbeidsinspectie (fictief)"

# (result kind, least count, most count, least euro, most euro (0: no amount), note)
ResultSpec = tuple[str, int, int, int, int, str]


@dataclass(frozen=True)
class Measure:
    """An intervention that fits a phenomenon, with the results it typically has."""

    kind: str
    partner: str
    description: str
    result_text: str
    results: tuple[ResultSpec, ...]
    partner_other: str = ""


@dataclass(frozen=True)
class PhenomenonTexts:
    """What the demo says about one phenomenon of the catalogue."""

    code: str
    name: str  # in a sentence: "het zwaarst wegen hennepteelt en witwassen"
    narratives: tuple[str, ...]
    size: tuple[str, int, int]  # omvang_toelichting template with {n}, and n per omvang point
    sectors: tuple[str, ...]
    signals: tuple[tuple[str, str], ...]  # (source, description)
    partners: tuple[str, ...]  # who acts after weighing a signal
    measures: tuple[Measure, ...]


PHENOMENA: tuple[PhenomenonTexts, ...] = (
    PhenomenonTexts(
        "hennep",
        "hennepteelt",
        ("Hennepteelt in woningen en bedrijfspanden blijft in {bt} het meest zichtbare fenomeen; "
         "de kwekerijen zijn groter en professioneler dan voorheen.",
         "In {wijk} en het buitengebied worden kwekerijen met illegale stroomaansluitingen "
         "aangetroffen, met brandgevaar voor omwonenden."),
        ("{n} hennepkwekerijen geruimd", 2, 6),
        ("vastgoed", "buitengebied en agrarisch"),
        (("woningcorporatie", "Verdachte stroomaansluiting in een huurwoning in {wijk}."),
         ("netbeheerder", "Opvallend hoog stroomverbruik in een bedrijfspand in {wijk}."),
         ("inwoner", "Sterke hennepgeur en dichtgeplakte ramen bij een woning in {wijk}.")),
        ("politie", "gemeente"),
        (Measure("bestuurlijk", "gemeente",
                 "Sluiting van panden na de vondst van hennepkwekerijen in {wijk} (artikel 13b "
                 "Opiumwet)",
                 "Panden gesloten; eigenaren en woningcorporatie zijn geïnformeerd.",
                 (("pand gesloten", 1, 4, 0, 0, ""),)),
         Measure("strafrechtelijk", "politie",
                 "Ruiming van kwekerijen en opsporing van de exploitanten in {wijk}",
                 "Kwekerijen geruimd; exploitanten aangehouden.",
                 (("aanhouding", 1, 6, 0, 0, ""),
                  ("beslag", 1, 1, 2_500, 60_000, "contant geld")))),
    ),
    PhenomenonTexts(
        "synthetische-drugs",
        "synthetische drugs",
        ("Dumpingen van drugsafval in het buitengebied wijzen op productie van synthetische "
         "drugs in of rond {bt}.",
         "Er zijn aanwijzingen voor opslag van grondstoffen in loodsen en schuren in {wijk}."),
        ("{n} dumpingen van drugsafval aangetroffen", 1, 4),
        ("buitengebied en agrarisch", "transport en logistiek"),
        (("inwoner", "Vaten met een chemische lucht langs een landweg bij {wijk}."),
         ("ondernemer", "Schuur in {wijk} contant verhuurd aan een onbekend bedrijf.")),
        ("politie", "gemeente"),
        (Measure("preventief/weerbaarheid", "gemeente",
                 "Voorlichting aan boeren en grondeigenaren in {wijk} over drugsafval en "
                 "verdachte verhuur",
                 "Bijeenkomsten gehouden; meer meldingen van verdachte verhuur.",
                 (("preventieve activiteit", 2, 6, 0, 0, "voorlichtingsavonden"),)),
         Measure("strafrechtelijk", "OM",
                 "Onderzoek naar een productielocatie voor synthetische drugs in {wijk}",
                 "Productielocatie opgerold.",
                 (("aanhouding", 1, 4, 0, 0, ""),
                  ("beslag", 1, 1, 10_000, 150_000, "apparatuur en voertuigen")))),
    ),
    PhenomenonTexts(
        "cocaine",
        "cocaïnehandel",
        ("Cocaïnehandel vanuit woningen en via koeriers is wijdverbreid; jongeren uit {bt} "
         "worden geworven als koerier of uithaler.",
         "Er zijn signalen van cocaïnehandel vanuit horecazaken in {wijk}."),
        ("{n} aanhoudingen voor cocaïnehandel", 2, 8),
        ("horeca", "transport en logistiek"),
        (("Meld Misdaad Anoniem", "Drugshandel vanuit een woning in {wijk}."),
         ("school", "Zorgen over leerlingen uit {wijk} die geld verdienen als koerier."),
         ("politie", "Opvallend veel korte bezoeken aan een horecazaak in {wijk}.")),
        ("politie", "OM", "gemeente"),
        (Measure("strafrechtelijk", "politie", "Onderzoek naar een dealnetwerk in {wijk}",
                 "Netwerk opgerold; verdachten gedagvaard.",
                 (("aanhouding", 2, 8, 0, 0, ""), ("verdachte vervolgd", 1, 5, 0, 0, ""),
                  ("beslag", 1, 1, 5_000, 250_000, "contant geld"))),
         Measure("bestuurlijk", "gemeente",
                 "Sluiting van een drugspand in {wijk} na handel in harddrugs",
                 "Pand voor zes maanden gesloten.",
                 (("pand gesloten", 1, 2, 0, 0, ""),))),
    ),
    PhenomenonTexts(
        "witwassen",
        "witwassen",
        ("Contante aankopen en ondernemingen zonder zichtbare activiteit wijzen op het "
         "witwassen van criminele winsten in {bt}.",
         "Er zijn signalen van witwassen via kapsalons, nagelstudio's en belwinkels in {wijk}."),
        ("{n} ondernemingen met witwasindicatoren", 2, 6),
        ("detailhandel", "horeca"),
        (("bank (fictief)", "Ongebruikelijke contante stortingen door een onderneming in {wijk}."),
         ("gemeente", "Nieuwe zaak in {wijk} met een hoge omzet maar zonder klanten.")),
        ("belastingdienst", "OM", "RIEC"),
        (Measure("fiscaal", "belastingdienst",
                 "Boekenonderzoek bij ondernemingen met witwasindicatoren in {wijk}",
                 "Aanslagen opgelegd; één onderneming gestopt.",
                 (("fiscale naheffing", 1, 3, 15_000, 300_000, ""),)),
         Measure("strafrechtelijk", "OM", "Strafrechtelijk financieel onderzoek naar een "
                 "witwasconstructie in {wijk}", "Vermogen in beslag genomen; ontneming gevorderd.",
                 (("beslag", 1, 1, 25_000, 500_000, "banksaldi"),
                  ("ontneming", 1, 1, 10_000, 200_000, "")))),
    ),
    PhenomenonTexts(
        "vastgoed",
        "criminele investeringen in vastgoed",
        ("Criminele investeringen in vastgoed verdringen bonafide ondernemers; opvallend zijn "
         "contante aankopen van bedrijfspanden in {wijk}.",
         "Panden in {wijk} wisselen vaak en snel van eigenaar, met huurders die er niet wonen."),
        ("{n} verdachte vastgoedtransacties", 2, 7),
        ("vastgoed", "bouw"),
        (("notaris (fictief)", "Aankoop van een bedrijfspand in {wijk} met geld van onbekende "
          "herkomst."),
         ("woningcorporatie", "Onderverhuur en adresfraude in een portiekflat in {wijk}.")),
        ("gemeente", "RIEC", "belastingdienst"),
        (Measure("bestuurlijk", "gemeente", "Bibob-toets bij vergunningaanvragen voor panden in "
                 "{wijk}", "Vergunningen geweigerd op grond van de Wet Bibob.",
                 (("vergunning geweigerd", 1, 3, 0, 0, ""),)),
         Measure("bestuurlijk", "RIEC", "Integrale controle van bedrijfspanden in {wijk}",
                 "Overtredingen vastgesteld; lasten en boetes opgelegd.",
                 (("last onder dwangsom of bestuursdwang", 1, 4, 0, 0, ""),
                  ("bestuurlijke boete", 1, 2, 2_000, 25_000, "")))),
    ),
    PhenomenonTexts(
        "vaar-voertuigen",
        "criminele investeringen in vaar- en voertuigen",
        ("Dure auto's en boten op naam van katvangers komen voor in {bt}; autobedrijven in "
         "{wijk} worden gebruikt om contant geld wit te wassen.",),
        ("{n} voertuigen op naam van katvangers", 3, 10),
        ("autobranche", "recreatieparken en jachthavens"),
        (("politie", "Meerdere dure auto's op naam van één persoon in {wijk}."),
         ("ondernemer", "Contante betaling van een ligplaats voor een snelle boot in {wijk}.")),
        ("OM", "belastingdienst"),
        (Measure("strafrechtelijk", "OM", "Beslag op voertuigen van katvangers in {wijk}",
                 "Voertuigen in beslag genomen.",
                 (("beslag", 1, 1, 20_000, 180_000, "voertuigen"),)),
         Measure("fiscaal", "belastingdienst", "Controle van autohandelaren in {wijk} op "
                 "contante verkopen", "Naheffingen opgelegd.",
                 (("fiscale naheffing", 1, 2, 5_000, 80_000, ""),))),
    ),
    PhenomenonTexts(
        "omg",
        "outlaw motorcycle gangs",
        ("Een chapter van een outlaw motorcycle gang zoekt een clubhuis in {bt}; leden zijn "
         "betrokken bij intimidatie en drugshandel.",
         "OMG-leden tonen zich op evenementen in {wijk} en werven nieuwe leden."),
        ("{n} bekende leden en supporters", 3, 10),
        ("horeca", "autobranche"),
        (("ondernemer", "Interesse van een motorclub in een loods in {wijk}."),
         ("politie", "Clubkleding gezien bij een evenement in {wijk}.")),
        ("gemeente", "politie"),
        (Measure("bestuurlijk", "gemeente", "Weigeren van een clubhuis in {wijk} via het "
                 "bestemmingsplan en de Wet Bibob", "Vestiging van het clubhuis voorkomen.",
                 (("vergunning geweigerd", 1, 1, 0, 0, ""),)),
         Measure("strafrechtelijk", "politie", "Handhaving van het verbod op clubkleding in "
                 "{wijk}", "Overtreders aangehouden.", (("aanhouding", 1, 3, 0, 0, ""),))),
    ),
    PhenomenonTexts(
        "seksuele-uitbuiting",
        "seksuele uitbuiting",
        ("Er zijn signalen van seksuele uitbuiting in massagesalons en via advertenties voor "
         "thuisprostitutie in {bt}.",),
        ("{n} signalen van seksuele uitbuiting", 1, 4),
        ("horeca", "zorg en welzijn"),
        (("ondernemer", "Hotel in {wijk} meldt een jonge vrouw met steeds wisselende bezoekers."),
         ("politie", "Advertenties voor thuisprostitutie op een adres in {wijk}.")),
        ("politie", "gemeente"),
        (Measure("bestuurlijk", "gemeente", "Sluiting van een onvergunde massagesalon in {wijk}",
                 "Salon gesloten; slachtoffers naar de zorg verwezen.",
                 (("pand gesloten", 1, 1, 0, 0, ""),)),
         Measure("strafrechtelijk", "politie", "Controle op seksbedrijven in {wijk}",
                 "Uitbuiter aangehouden.", (("aanhouding", 1, 2, 0, 0, ""),))),
    ),
    PhenomenonTexts(
        "arbeidsuitbuiting",
        "arbeidsuitbuiting",
        ("Arbeidsmigranten in de land- en tuinbouw en in distributiecentra rond {bt} wonen en "
         "werken onder slechte omstandigheden.",),
        ("{n} adressen met overbewoning", 3, 9),
        ("buitengebied en agrarisch", "transport en logistiek"),
        (("inwoner", "Twintig arbeidsmigranten in één woning in {wijk}."),
         ("vakbond (fictief)", "Ingehouden lonen bij een uitzendbureau in {wijk}.")),
        ("anders", "gemeente"),
        (Measure("bestuurlijk", "anders", "Controle op huisvesting van arbeidsmigranten in "
                 "{wijk}", "Overbewoning beëindigd; lasten en boetes opgelegd.",
                 (("last onder dwangsom of bestuursdwang", 1, 3, 0, 0, ""),
                  ("bestuurlijke boete", 1, 2, 5_000, 40_000, "")), INSPECTIE),)
    ),
    PhenomenonTexts(
        "criminele-uitbuiting",
        "criminele uitbuiting",
        ("Jongeren en kwetsbare volwassenen in {wijk} worden ingezet als koerier, geldezel of "
         "uithaler.",),
        ("{n} jongeren in beeld als geldezel of koerier", 2, 8),
        ("zorg en welzijn", "detailhandel"),
        (("bank (fictief)", "Jongere uit {wijk} heeft zijn bankpas uitgeleend."),
         ("gemeente", "Jongerenwerk ziet werving via sociale media in {wijk}.")),
        ("gemeente", "OM"),
        (Measure("preventief/weerbaarheid", "gemeente", "Preventieprogramma tegen werving van "
                 "jongeren op scholen in {wijk}", "Lessen gegeven op alle scholen.",
                 (("preventieve activiteit", 3, 10, 0, 0, "gastlessen"),)),
         Measure("strafrechtelijk", "OM", "Vervolging van ronselaars van geldezels in {wijk}",
                 "Ronselaars gedagvaard.", (("verdachte vervolgd", 1, 3, 0, 0, ""),))),
    ),
    PhenomenonTexts(
        "illegale-wapens",
        "illegale wapens",
        ("Vuurwapenincidenten zijn zeldzaam, maar bij huiszoekingen in {bt} worden vaker "
         "vuurwapens en explosieven aangetroffen.",),
        ("{n} vuurwapens in beslag genomen", 1, 4),
        ("horeca",),
        (("inwoner", "Schoten gehoord in de nacht in {wijk}."),
         ("politie", "Explosie bij de voordeur van een woning in {wijk}.")),
        ("politie", "gemeente"),
        (Measure("strafrechtelijk", "politie", "Preventief fouilleren in veiligheidsrisicogebied "
                 "{wijk}", "Wapens aangetroffen; verdachten aangehouden.",
                 (("aanhouding", 1, 5, 0, 0, ""),)),
         Measure("bestuurlijk", "gemeente", "Sluiting van een woning in {wijk} na een explosie",
                 "Woning drie maanden gesloten.", (("pand gesloten", 1, 1, 0, 0, ""),))),
    ),
    PhenomenonTexts(
        "maritieme-smokkel",
        "maritieme smokkel",
        ("Via jachthavens en de kust van {bt} worden drugs en sigaretten gesmokkeld; vissers en "
         "havenpersoneel worden benaderd.",),
        ("{n} verdachte vaarbewegingen", 2, 6),
        ("haven en luchthaven", "recreatieparken en jachthavens"),
        (("havenmeester (fictief)", "Snelle boot die 's nachts zonder verlichting aanmeert in "
          "{wijk}."),
         ("ondernemer", "Visser benaderd om pakketten op zee op te pikken.")),
        ("OM", "politie"),
        (Measure("strafrechtelijk", "OM", "Onderzoek naar smokkel via de jachthaven van {wijk}",
                 "Smokkelpartij onderschept.",
                 (("aanhouding", 1, 3, 0, 0, ""), ("beslag", 1, 1, 15_000, 120_000, "boot"))),
         Measure("preventief/weerbaarheid", "gemeente", "Weerbaarheidstraining voor "
                 "havenpersoneel in {wijk}", "Trainingen gegeven.",
                 (("preventieve activiteit", 1, 4, 0, 0, "trainingen"),))),
    ),
    PhenomenonTexts(
        "facilitators-financieel",
        "financiële facilitators",
        ("Administratiekantoren in {bt} helpen criminelen met constructies en valse loonstroken.",),
        ("{n} facilitators in beeld", 1, 4),
        ("detailhandel", "vastgoed"),
        (("belastingdienst", "Administratiekantoor in {wijk} werkt voor veel verdachte "
          "ondernemingen."),),
        ("belastingdienst", "OM"),
        (Measure("fiscaal", "belastingdienst", "Onderzoek naar een administratiekantoor in "
                 "{wijk}", "Naheffingen opgelegd aan klanten van het kantoor.",
                 (("fiscale naheffing", 1, 2, 20_000, 250_000, ""),)),
         Measure("strafrechtelijk", "OM", "Vervolging van een malafide boekhouder in {wijk}",
                 "Boekhouder gedagvaard.", (("verdachte vervolgd", 1, 1, 0, 0, ""),))),
    ),
    PhenomenonTexts(
        "facilitators-it",
        "IT-facilitators",
        ("Criminelen gebruiken versleutelde telefoons; een winkel in {wijk} verkoopt ze tegen "
         "contante betaling.",),
        ("{n} verkooppunten van versleutelde telefoons", 1, 3),
        ("detailhandel",),
        (("politie", "Telefoonwinkel in {wijk} verkoopt versleutelde toestellen contant."),),
        ("OM", "politie"),
        (Measure("strafrechtelijk", "OM", "Onderzoek naar de verkoop van versleutelde telefoons "
                 "in {wijk}", "Winkel doorzocht; toestellen in beslag genomen.",
                 (("aanhouding", 1, 2, 0, 0, ""), ("beslag", 1, 1, 5_000, 40_000, "toestellen"))),)
    ),
    PhenomenonTexts(
        "havengebieden",
        "misstanden in de (lucht)havengebieden",
        ("Medewerkers in de haven- en luchthavengebieden rond {bt} worden benaderd om drugs uit "
         "containers of bagage te halen.",),
        ("{n} medewerkers benaderd door criminelen", 2, 6),
        ("haven en luchthaven", "transport en logistiek"),
        (("ondernemer", "Logistiek bedrijf in {wijk}: medewerker benaderd om een container te "
          "openen."),
         ("politie", "Onbevoegden aangetroffen in een loods in {wijk}.")),
        ("RIEC", "politie"),
        (Measure("preventief/weerbaarheid", "RIEC", "Weerbaarheidsprogramma voor logistieke "
                 "bedrijven in {wijk}", "Bedrijven doen mee; meer meldingen van benadering.",
                 (("preventieve activiteit", 2, 6, 0, 0, "bedrijfsbezoeken"),)),
         Measure("strafrechtelijk", "politie", "Aanpak van uithalers in het havengebied {wijk}",
                 "Uithalers aangehouden.", (("aanhouding", 2, 8, 0, 0, ""),))),
    ),
)  # fmt: skip
BY_CODE = {texts.code: texts for texts in PHENOMENA}

# The phenomena that weigh most in each basisteam (the others can show up as well).
PROFILES = {
    "Den Helder": ("maritieme-smokkel", "hennep", "havengebieden", "cocaine"),
    "Alkmaar": ("hennep", "vastgoed", "cocaine", "witwassen"),
    "Hoorn": ("hennep", "synthetische-drugs", "arbeidsuitbuiting", "vastgoed"),
    "Heerhugowaard": ("synthetische-drugs", "hennep", "arbeidsuitbuiting", "omg"),
    "Zaanstad": ("havengebieden", "cocaine", "witwassen", "criminele-uitbuiting"),
    "Purmerend": ("hennep", "omg", "vaar-voertuigen", "criminele-uitbuiting"),
    "IJmond": ("havengebieden", "maritieme-smokkel", "cocaine", "illegale-wapens"),
    "Haarlem": ("witwassen", "vastgoed", "cocaine", "seksuele-uitbuiting"),
    "Kennemer Kust": ("maritieme-smokkel", "vaar-voertuigen", "vastgoed", "hennep"),
    "Haarlemmermeer": ("havengebieden", "cocaine", "facilitators-it", "arbeidsuitbuiting"),
}

# Who owns a demo action that an intervention of this partner can follow from.
PARTNER_OWNERS = {
    "gemeente": ("Gemeente (fictief)", "Burgemeester"),
    "OM": ("Officier van justitie",),
    "politie": ("Teamchef", "Wijkagent (fictief)"),
    "belastingdienst": ("RIEC (fictief)",),
    "RIEC": ("RIEC (fictief)",),
    "anders": ("Gemeente (fictief)",),
}
TRIAGE_HOW = {
    "gemeente": "De gemeente pakt het signaal bestuurlijk op, met een rapportage van het RIEC.",
    "OM": "Het OM voegt het signaal toe aan een lopend onderzoek.",
    "politie": "De politie onderzoekt het signaal; de wijkagent gaat langs.",
    "belastingdienst": "De Belastingdienst beoordeelt of een boekenonderzoek nodig is.",
    "RIEC": "Het RIEC maakt een integrale casusanalyse met de partners.",
    "anders": "De Arbeidsinspectie controleert samen met de gemeente.",
}
NO_FOLLOW_UP = (
    "Na weging onvoldoende aanknopingspunten; het signaal blijft bewaard voor het beeld.",
    "Geen strafbaar feit of bestuurlijke grond gevonden.",
)
GENERIC_SIGNALS = (
    ("politie", "Melding over een onderneming in {wijk} met opvallend veel contante betalingen."),
    ("gemeente", "Toezichthouder ziet een pand in {wijk} dat overdag leeg staat en 's nachts "
     "druk bezocht wordt."),
)  # fmt: skip
STOPPED = "Gestopt: onvoldoende aanknopingspunten om door te gaan."
SUMMARY = (
    "Fictief ondermijningsbeeld van basisteam {bt} voor {jaar}, gemaakt voor de demo. "
    "Het zwaarst wegen {zwaarst}."
)
SUMMARY_NEW = " Nieuw ten opzichte van {vorig_jaar}: {nieuw}."
SUMMARY_SAME = " Het beeld is op hoofdlijnen gelijk aan dat van {vorig_jaar}."

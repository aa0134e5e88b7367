"""The agenda topics of the demo dataset, per IMV theme: what is said, decided and agreed.

Everything here is invented; the placeholders are those described in demo_texts. The
phenomena of an ondermijning topic (codes of the catalogue) tell the demo beelden which
decisions and actions of a meeting belong to which phenomenon.
"""

from driehoek_app.core.demo_texts import Topic

TOPICS: tuple[Topic, ...] = (
    # ----- ondermijning ------------------------------------------------------------------
    Topic(
        "Ondermijningsbeeld {bt}",
        "ondermijning",
        "RIEC (fictief)",
        "Presentatie van het geactualiseerde ondermijningsbeeld {bt} {jaar}. Het beeld sluit "
        "aan bij het IMV-element '{element}'.",
        (
            "Het RIEC presenteert het ondermijningsbeeld; drugshandel, witwassen via vastgoed en "
            "misbruik van bedrijfspanden springen eruit.",
            "De burgemeester vraagt hoe de signalen uit de wijken in het beeld zijn verwerkt.",
            "De officier van justitie wijst op het belang van de combinatie van strafrechtelijke "
            "en bestuurlijke interventies.",
            "Er zijn {aantal} nieuwe signalen via de triage bij het RIEC gewogen.",
        ),
        (
            "De driehoek stelt het ondermijningsbeeld {bt} {jaar} vast.",
            "De driehoek kiest drugshandel en witwassen via vastgoed als prioriteiten voor "
            "{volgend_jaar}.",
            "De driehoek vraagt het RIEC om het ondermijningsbeeld halfjaarlijks te actualiseren.",
        ),
        (
            (
                "Prioriteiten uit het ondermijningsbeeld uitwerken in een plan van aanpak",
                "RIEC (fictief)",
            ),
            (
                "Ondermijningsbeeld in besloten sessie toelichten aan de gemeenteraad",
                "Burgemeester",
            ),
        ),
        ("ondermijningsbeeld",),
        phenomena=("witwassen", "vastgoed", "hennep", "cocaine", "synthetische-drugs"),
    ),
    Topic(
        "Hennepconvenant",
        "ondermijning",
        "Gemeente (fictief)",
        "Evaluatie en verlenging van het hennepconvenant met woningcorporaties, netbeheerder "
        "en politie in {gemeente}.",
        (
            "De gemeente licht de evaluatie van het hennepconvenant toe: {aantal} hennepkwekerijen "
            "zijn het afgelopen jaar opgerold.",
            "De woningcorporaties willen sneller informatie over ontruimingen na een vondst.",
            "De teamchef meldt dat de netbeheerder meer meldingen van stroomdiefstal doet.",
        ),
        (
            "De driehoek stemt in met verlenging van het hennepconvenant tot en met "
            "{volgend_jaar}.",
            "De driehoek besluit het hennepconvenant uit te breiden met de aanpak van "
            "bedrijfspanden.",
        ),
        (
            (
                "Convenantpartners uitnodigen voor ondertekening van het verlengde hennepconvenant",
                "Gemeente (fictief)",
            ),
            (
                "Werkafspraken over informatie-uitwisseling met woningcorporaties actualiseren",
                "Teamchef",
            ),
        ),
        ("hennep", "convenant"),
        phenomena=("hennep",),
    ),
    Topic(
        "Drugsafval en dumpingen in het buitengebied",
        "ondermijning",
        "Teamchef",
        "Overzicht van aangetroffen drugsafval en de kosten van opruimen voor {gemeente}.",
        (
            "Er zijn dit jaar {aantal} dumpingen van drugsafval aangetroffen, vooral langs "
            "landelijke wegen.",
            "De burgemeester wijst op de risico's voor grondeigenaren en op de opruimkosten.",
            "De officier van justitie meldt dat een onderzoek naar een productielocatie loopt.",
        ),
        (
            "De driehoek besluit een meldpunt voor drugsafval onder de aandacht van boeren en "
            "grondeigenaren te brengen.",
        ),
        (
            (
                "Communicatiecampagne drugsafval voor het buitengebied voorbereiden",
                "Gemeente (fictief)",
            ),
            ("Vindplaatsen van drugsafval op kaart zetten", "Teamchef"),
        ),
        ("drugsafval",),
        phenomena=("synthetische-drugs",),
    ),
    Topic(
        "Cocaïnesmokkel en uithalers",
        "ondermijning",
        "Officier van justitie",
        "Ontwikkelingen rond de smokkel van cocaïne via logistieke bedrijven en de werving van "
        "jongeren als uithalers.",
        (
            "De officier van justitie schetst hoe jongeren via sociale media als uithaler worden "
            "geworven.",
            "De teamchef meldt {aantal} aanhoudingen in verband met cocaïnesmokkel.",
            "De gemeente wil preventie op scholen en bij sportverenigingen versterken.",
        ),
        (
            "De driehoek stemt in met een gezamenlijke preventieaanpak tegen de werving van "
            "jongeren voor de drugshandel.",
        ),
        (
            ("Preventieprogramma werving jongeren uitwerken met scholen", "Gemeente (fictief)"),
            ("Beeld van logistieke bedrijven met verhoogd risico opstellen", "RIEC (fictief)"),
        ),
        ("cocaïne", "jongeren"),
        phenomena=("cocaine", "criminele-uitbuiting", "havengebieden"),
    ),
    Topic(
        "Bibob-toetsing horeca en vastgoed",
        "ondermijning",
        "Burgemeester",
        "Stand van zaken Wet Bibob: lopende toetsingen en de uitbreiding naar vastgoed.",
        (
            "De burgemeester meldt dat {aantal} vergunningaanvragen via de Wet Bibob zijn "
            "getoetst.",
            "De gemeente overweegt de Bibob-beleidslijn uit te breiden naar vastgoedtransacties.",
            "De officier van justitie biedt aan tips uit strafzaken sneller door te geven.",
        ),
        (
            "De driehoek ondersteunt de uitbreiding van de Bibob-beleidslijn naar vastgoed.",
            "De driehoek besluit Bibob-signalen voortaan in de triage van het RIEC te bespreken.",
        ),
        (
            ("Concept-beleidslijn Bibob vastgoed aan de driehoek voorleggen", "Gemeente (fictief)"),
            (
                "Procedure voor tips uit strafzaken aan de gemeente vastleggen",
                "Officier van justitie",
            ),
        ),
        ("bibob",),
        phenomena=("vastgoed", "witwassen"),
    ),
    Topic(
        "Witwassen via vastgoed",
        "ondermijning",
        "RIEC (fictief)",
        "Signalen van criminele investeringen in panden en bedrijven in {gemeente}.",
        (
            "Het RIEC toont een analyse van opvallende vastgoedtransacties.",
            "De teamchef wijst op contante aankopen van bedrijfspanden.",
            "Afgesproken wordt de Belastingdienst bij een vervolg te betrekken.",
        ),
        ("De driehoek besluit een integrale controle uit te voeren op {aantal} bedrijfspanden.",),
        (("Integrale controle bedrijfspanden voorbereiden met partners", "RIEC (fictief)"),),
        ("witwassen", "vastgoed"),
        phenomena=("witwassen", "vastgoed"),
    ),
    Topic(
        "Outlaw motorcycle gangs",
        "ondermijning",
        "Teamchef",
        "Actuele situatie rond clubhuizen en activiteiten van OMG's in {bt}.",
        (
            "De teamchef meldt dat een chapter een nieuw clubhuis zoekt.",
            "De burgemeester wil voorkomen dat een clubhuis zich in een woonwijk vestigt.",
            "De officier van justitie verwijst naar het landelijke verbod op enkele clubs.",
        ),
        (
            "De driehoek besluit de vestiging van een OMG-clubhuis met alle bestuurlijke middelen "
            "tegen te gaan.",
        ),
        (("Bestuurlijke rapportage OMG opvragen bij het RIEC", "Burgemeester"),),
        ("omg",),
        phenomena=("omg",),
    ),
    Topic(
        "Mensenhandel en arbeidsuitbuiting",
        "ondermijning",
        "Officier van justitie",
        "Signalen van uitbuiting in de land- en tuinbouw en in nagelstudio's.",
        (
            "De officier van justitie meldt dat {aantal} signalen van arbeidsuitbuiting zijn "
            "onderzocht.",
            "De gemeente vraagt aandacht voor de huisvesting van arbeidsmigranten.",
            "De teamchef wijst op de samenwerking met de Arbeidsinspectie.",
        ),
        (
            "De driehoek stemt in met een gezamenlijke controle op huisvesting van "
            "arbeidsmigranten.",
        ),
        (
            (
                "Controle huisvesting arbeidsmigranten plannen met de Arbeidsinspectie",
                "Gemeente (fictief)",
            ),
            ("Signalen mensenhandel bundelen voor het volgende overleg", "Teamchef"),
        ),
        ("mensenhandel",),
        phenomena=("arbeidsuitbuiting",),
    ),
    Topic(
        "Sluiting van drugspanden (artikel 13b Opiumwet)",
        "ondermijning",
        "Burgemeester",
        "Toepassing van de sluitingsbevoegdheid bij drugshandel in woningen en lokalen.",
        (
            "De burgemeester meldt dat {aantal} panden tijdelijk zijn gesloten.",
            "De teamchef vraagt om snellere terugkoppeling na een sluiting.",
            "De officier van justitie wijst op recente rechtspraak over de evenredigheid.",
        ),
        ("De driehoek stemt in met de geactualiseerde beleidsregel sluiting drugspanden.",),
        (("Beleidsregel sluiting drugspanden publiceren", "Gemeente (fictief)"),),
        ("damocles",),
        phenomena=("hennep", "cocaine", "synthetische-drugs"),
    ),
    # ----- zorg en veiligheid ------------------------------------------------------------
    Topic(
        "Personen met verward gedrag",
        "zorg-en-veiligheid",
        "Teamchef",
        "Ontwikkeling van het aantal meldingen over personen met verward gedrag (E33) en de "
        "aansluiting op zorg. Sluit aan bij '{element}'.",
        (
            "De teamchef meldt {aantal} E33-meldingen in de afgelopen periode.",
            "De gemeente licht de inzet van het wijkteam en de bemoeizorg toe.",
            "De burgemeester vraagt naar de wachttijden bij de acute psychiatrie.",
        ),
        (
            "De driehoek vraagt de gemeente om met zorgpartners een sluitende aanpak voor "
            "personen met verward gedrag uit te werken.",
            "De driehoek besluit de pilot met een zorgambulance in {gemeente} voort te zetten.",
        ),
        (
            (
                "Afspraken met de GGZ over bereikbaarheid buiten kantoortijden vastleggen",
                "Zorg- en Veiligheidshuis (fictief)",
            ),
            ("Cijfers E33-meldingen per gemeente aanleveren", "Teamchef"),
        ),
        ("verward gedrag",),
    ),
    Topic(
        "Zorg- en Veiligheidshuis",
        "zorg-en-veiligheid",
        "Zorg- en Veiligheidshuis (fictief)",
        "Jaarverslag en casuïstiekoverleggen van het Zorg- en Veiligheidshuis.",
        (
            "Het Zorg- en Veiligheidshuis heeft {aantal} complexe casussen opgeschaald.",
            "De officier van justitie waardeert de snelle schakeling bij ZSM.",
            "Afgesproken wordt dat knelpunten in de informatie-uitwisseling worden geagendeerd.",
        ),
        (
            "De driehoek neemt het jaarverslag van het Zorg- en Veiligheidshuis voor kennisgeving "
            "aan.",
        ),
        (
            (
                "Knelpunten informatie-uitwisseling zorg en veiligheid inventariseren",
                "Zorg- en Veiligheidshuis (fictief)",
            ),
        ),
        ("zvh",),
    ),
    Topic(
        "Huiselijk geweld en kindermishandeling",
        "zorg-en-veiligheid",
        "Gemeente (fictief)",
        "Aanpak huiselijk geweld, huisverboden en de samenwerking met Veilig Thuis.",
        (
            "De gemeente meldt dat {aantal} tijdelijke huisverboden zijn opgelegd.",
            "De teamchef wijst op de samenwerking met Veilig Thuis bij acute situaties.",
            "De officier van justitie vraagt aandacht voor stalkingszaken.",
        ),
        ("De driehoek stemt in met het werkproces huisverbod {jaar}.",),
        (("Evaluatie werkproces huisverbod opstellen", "Gemeente (fictief)"),),
        ("huiselijk geweld",),
    ),
    Topic(
        "Persoonsgerichte aanpak",
        "zorg-en-veiligheid",
        "Gemeente (fictief)",
        "Stand van zaken van de persoonsgerichte aanpak (PGA) voor high impact-daders.",
        (
            "De gemeente meldt dat {aantal} personen in de persoonsgerichte aanpak zijn opgenomen.",
            "De teamchef vraagt om een vast aanspreekpunt per casus.",
        ),
        ("De driehoek besluit de persoonsgerichte aanpak uit te breiden naar jonge veelplegers.",),
        (
            ("Selectiecriteria jonge veelplegers uitwerken", "Gemeente (fictief)"),
            ("Aanspreekpunt per casus aanwijzen", "Teamchef"),
        ),
        ("pga",),
    ),
    # ----- contraterrorisme, polarisering en radicalisering -----------------------------
    Topic(
        "Radicalisering en polarisatie",
        "contraterrorisme",
        "Gemeente (fictief)",
        "Duiding van signalen van radicalisering en polarisatie in {gemeente}. Sluit aan bij "
        "'{element}'.",
        (
            "De gemeente deelt de duiding uit het lokale casusoverleg radicalisering.",
            "De teamchef meldt geen concrete dreiging, wel toegenomen spanningen online.",
            "De burgemeester wil sleutelfiguren in de wijken beter ondersteunen.",
        ),
        ("De driehoek stemt in met het actieplan polarisatie en radicalisering {jaar}.",),
        (
            ("Netwerk van sleutelfiguren actualiseren", "Gemeente (fictief)"),
            ("Training signaleren radicalisering voor wijkagenten organiseren", "Teamchef"),
        ),
        ("radicalisering",),
    ),
    Topic(
        "Online extremisme onder jongeren",
        "contraterrorisme",
        "Teamchef",
        "Signalen van jongeren die online extremistische content delen.",
        (
            "De teamchef meldt {aantal} signalen via het landelijke meldpunt.",
            "De gemeente wijst op het belang van ouders en scholen bij vroegsignalering.",
        ),
        (
            "De driehoek vraagt de gemeente om een voorlichtingsbijeenkomst voor ouders te "
            "organiseren.",
        ),
        (("Voorlichtingsbijeenkomst voor ouders en scholen organiseren", "Gemeente (fictief)"),),
        ("online",),
    ),
    Topic(
        "Demonstraties en openbare orde",
        "contraterrorisme",
        "Burgemeester",
        "Terugblik op recente demonstraties en afspraken voor komende manifestaties.",
        (
            "De burgemeester blikt terug op {aantal} demonstraties die rustig zijn verlopen.",
            "De teamchef meldt dat de inzet van de ME niet nodig was.",
            "De officier van justitie licht de afhandeling van enkele aanhoudingen toe.",
        ),
        ("De driehoek stemt in met het draaiboek demonstraties {jaar}.",),
        (("Draaiboek demonstraties actualiseren", "Burgemeester"),),
        ("openbare orde",),
    ),
    # ----- cybercrime --------------------------------------------------------------------
    Topic(
        "Aangiftebereidheid cybercrime",
        "cybercrime",
        "Teamchef",
        "Maatregelen om de aangiftebereidheid bij online fraude te vergroten. Sluit aan bij "
        "'{element}'.",
        (
            "De teamchef meldt dat {aantal} aangiftes van online oplichting zijn opgenomen.",
            "De gemeente wil via de lokale media uitleggen hoe aangifte online kan.",
            "De officier van justitie wijst op de landelijke afspraken over cybercrimezaken.",
        ),
        ("De driehoek stemt in met een lokale campagne om aangifte van cybercrime te stimuleren.",),
        (
            (
                "Campagne aangifte cybercrime opzetten met de gemeentelijke communicatieafdeling",
                "Gemeente (fictief)",
            ),
        ),
        ("cybercrime", "aangifte"),
    ),
    Topic(
        "Phishing en WhatsApp-fraude bij ouderen",
        "cybercrime",
        "Wijkagent (fictief)",
        "Preventie van WhatsApp-fraude en phishing onder oudere inwoners.",
        (
            "De wijkagent vertelt over voorlichting in buurthuizen.",
            "De burgemeester vraagt banken en ouderenbonden te betrekken.",
            "Er zijn {aantal} gevallen van WhatsApp-fraude gemeld.",
        ),
        (
            "De driehoek besluit voorlichting over WhatsApp-fraude in alle gemeenten van {bt} te "
            "geven.",
        ),
        (("Voorlichtingsbijeenkomsten voor ouderen plannen", "Wijkagent (fictief)"),),
        ("fraude",),
    ),
    Topic(
        "Informatiebeveiliging gemeenten",
        "cybercrime",
        "Gemeente (fictief)",
        "Stand van zaken van de informatiebeveiliging en de oefening bij een ransomware-incident.",
        (
            "De gemeente licht de uitkomsten van de oefening met een ransomware-scenario toe.",
            "De teamchef biedt aan de contactpersonen bij de politie-eenheid te delen.",
        ),
        ("De driehoek vraagt de gemeenten om jaarlijks een cyberoefening te houden.",),
        (("Cyberoefening voor gemeenten plannen", "Gemeente (fictief)"),),
        ("informatiebeveiliging",),
    ),
    Topic(
        "Online gebiedsverbod",
        "cybercrime",
        "Burgemeester",
        "Verkenning van bestuurlijke interventies tegen online aangejaagde ordeverstoringen.",
        (
            "De burgemeester verkent of een online gebiedsverbod juridisch houdbaar is.",
            "De officier van justitie plaatst kanttekeningen bij de handhaafbaarheid.",
        ),
        ("De driehoek vraagt om een juridische verkenning van een online gebiedsverbod.",),
        (("Juridische verkenning online gebiedsverbod laten opstellen", "Burgemeester"),),
        ("online",),
    ),
    # ----- without an IMV theme ----------------------------------------------------------
    Topic(
        "Capaciteit en formatie basisteam {bt}",
        None,
        "Teamchef",
        "De bezetting van het basisteam tegen de formatie, met de inzet van aspiranten en "
        "wijkagenten.",
        (
            "De teamchef meldt dat de bezetting onder de formatie ligt; {aantal} vacatures staan "
            "open.",
            "De burgemeester vraagt de wijkagentennorm zoveel mogelijk te handhaven.",
            "De officier van justitie vraagt hoe de opsporingscapaciteit wordt geborgd.",
        ),
        (
            "De driehoek neemt kennis van de capaciteitsrapportage en vraagt om een prognose voor "
            "{volgend_jaar}.",
        ),
        (("Prognose bezetting basisteam voor {volgend_jaar} opstellen", "Teamchef"),),
        ("capaciteit",),
    ),
    Topic(
        "Jaarwisseling",
        None,
        "Burgemeester",
        "Evaluatie van de afgelopen jaarwisseling en voorbereiding van de volgende.",
        (
            "De burgemeester blikt terug op een relatief rustige jaarwisseling.",
            "De teamchef meldt {aantal} incidenten met zwaar vuurwerk.",
            "De gemeente wil het vuurwerkverbod in de kern beter communiceren.",
        ),
        ("De driehoek stemt in met het draaiboek jaarwisseling {jaar}.",),
        (("Draaiboek jaarwisseling evalueren met hulpdiensten", "Burgemeester"),),
        ("jaarwisseling",),
    ),
    Topic(
        "Jeugdoverlast en jeugdgroepen",
        None,
        "Wijkagent (fictief)",
        "Shortlist jeugdgroepen en de aanpak van overlast in {gemeente}.",
        (
            "De wijkagent licht de shortlist jeugdgroepen toe.",
            "De gemeente zet jongerenwerk extra in de avonduren in.",
            "De officier van justitie wijst op de mogelijkheden van Halt.",
        ),
        ("De driehoek stemt in met de groepsaanpak voor de jeugdgroep in het centrum.",),
        (
            ("Groepsaanpak jeugdgroep centrum uitwerken", "Gemeente (fictief)"),
            ("Extra surveillance in de avonduren inplannen", "Teamchef"),
        ),
        ("jeugd",),
    ),
    Topic(
        "Evenementen en zomerdrukte",
        None,
        "Burgemeester",
        "Veiligheidsafspraken voor grote evenementen en drukke stranddagen.",
        (
            "De burgemeester noemt de evenementen met een verhoogd risicoprofiel.",
            "De teamchef vraagt om tijdig overleg over de benodigde inzet.",
        ),
        ("De driehoek stemt in met de evenementenkalender {jaar}.",),
        (("Inzetplan voor evenementen met verhoogd risico opstellen", "Teamchef"),),
        ("evenementen",),
    ),
)

G, S, N = 'generic-rejection', 'specific-rejection', 'not-rejection'
# batch 1 (ids 001–022): written before any rule change for task spec2, scored at first sight
BODIES = [
 (S, 'application', "Hei Ingrid,\n\nTakk for søknaden til stillingen som helsefagarbeider. Siden stillingen krever fagbrev som helsefagarbeider, som du ennå ikke har, kan vi ikke tilby deg intervju.\n\nVennlig hilsen\nLene Berg, avdelingsleder", [], [], "Decision in the reason clause."),
 (S, 'interview', "Hei Jonas,\n\nTakk for torsdag. Siden truckførerbevis er et krav på skiftet og du ikke har det ennå, blir det ikke deg denne gangen.\n\nHilsen\nMagnus, Havnelageret", [], [], "'blir det ikke deg denne gangen'."),
 (S, 'application', "Hei Silje,\n\nTakk for interessen for sjåførjobben. Ruten krever førerkort klasse C, og du har bare B, så dessverre stopper det der.\n\nMvh\nPer", [], [], "'så stopper det der'."),
 (S, 'interview', "Hei Ola,\n\nTakk for praten i går. Vi trenger en som kan begynne i januar, og det går ikke opp med oppsigelsestiden din på tre måneder, så vi lar det ligge.\n\nVennlig hilsen\nAnne, Eikebakken Design", [], [], "'vi lar det ligge'."),
 (S, 'final', "Hei Marte,\n\nTakk for at du kom på siste intervju. Den vi har ansatt, har fem års erfaring med lønnskjøring i Visma mot ditt ene år, og det ble avgjørende.\n\nVennlig hilsen\nKari Sund, økonomisjef", [], [], "Hire's merits."),
 (S, 'interview', "Hei Ahmed,\n\nStillingen som teamleder krever at man har ledet en gruppe på minst fem, og erfaringen din er som selger. Vi vil derfor heller tilby deg en plass som selger i det nye teamet vårt fra mars.\n\nHilsen\nLise Holm, salgssjef", [], [], "Lower role offered instead."),
 (S, 'application', "Til søkeren\n\nStillingen er bare åpen for lærere med godkjent lærerutdanning. Siden søknaden din ikke viser lærerutdanning, er du ikke kvalifisert for stillingen.\n\nHR-avdelingen\nBjørkeskolen", [], [], "'ikke kvalifisert for stillingen'."),
 (S, 'application', "hei Alex! vi trenger en med hygienekurs på kjøkkenet og det har du ikke tatt ennå, så det blir et nei fra meg nå, dessverre. ta kurset og send igjen!\n/Nora", [], [], "Informal 'det blir et nei fra meg'."),
 (S, 'final', "Hei Fredrik,\n\nEtter sluttintervjuene er stillingen besatt av en kandidat med ti års erfaring fra ledelse av kliniske studier, noe som var et krav og som ble utslagsgivende sammenlignet med dine fire år.\n\nMed vennlig hilsen\nEva Lie", [], [], "Passive filled with a candidate with X."),
 (S, 'interview', "Hei Jonas,\n\nTakk for intervjuet. Jobben er stort sett nattevakter, og du kan bare jobbe dagtid, så vi går ikke videre med søknaden din.\n\nHilsen\nKim, Strand omsorgssenter", [], [], "Shifts; decision after 'så'."),
 (S, 'application', "Hei Emma,\n\nI denne stillingen er førerkort et krav, siden du skal ut til kunder i hele fylket. Uten førerkort kan du dessverre ikke komme i betraktning til stillingen, men vi tar gjerne vare på opplysningene dine til kontorjobbene våre.\n\nVennlig hilsen\nCarla Stene, HR", [], [], "'ikke komme i betraktning' + pool."),
 (S, 'final', "Hei Nadia,\n\nDet var jevnt, men den andre kandidaten har drevet et nettbutikklager før, og den erfaringen trenger vi akkurat nå. Jeg vet at det ikke er svaret du håpet på.\n\nTakk for alt,\nOle", [], [], "Hire's experience; decision implied."),
 (G, 'interview', "Hei Ella,\n\nTakk for at du møtte oss forrige uke. Dessverre blir det ikke deg denne gangen.\n\nAlt godt,\nJakob", ["Dessverre blir det ikke deg denne gangen"], [], "Generic 'blir det ikke deg'."),
 (G, 'final', "Hei Martin,\n\nTakk for tiden din i prosessen. Vi vil fortelle deg at kandidaten vi tilbød stillingen som driftssjef, har takket ja.\n\nVi ønsker deg lykke til videre.\n\nMed vennlig hilsen\nRekrutteringsteamet", ["Vi ønsker deg lykke til videre"], [], "Generic: hire accepted."),
 (G, 'application', "Til søkeren\n\nTakk for interessen for stillingen. Etter gjennomgang er du ikke tatt i betraktning til stillingen.\n\nHilsen\nHR", ["Etter gjennomgang er du ikke tatt i betraktning til stillingen"], [], "Passive not considered, no reason."),
 (G, 'interview', "hei Line, takk for at du kom innom, hyggelig å treffes. vi lar det ligge denne gangen. ha det bra! /Pål", ["vi lar det ligge denne gangen"], [], "Informal, no reason."),
 (N, None, "Hei Ingrid,\n\nTakk for søknaden. Siden stillingen krever fagbrev som helsefagarbeider, ber vi deg ta med fagbrevet til intervjuet 12. mai kl. 10.\n\nVennlig hilsen\nLene Berg", [], [], "Invitation explaining requirement."),
 (N, None, "Hei Ola,\n\nTakk for praten i går. Vi trenger en som kan begynne i januar – går det med oppsigelsestiden din? Gi beskjed, så tar vi det derfra.\n\nHilsen\nAnne", [], [], "Question about start."),
 (N, None, "Hei Kaja,\n\nKort om sjåførene: ruten krever klasse C, og to av dem har bare B, så de faller fra. Kan du sette opp samtaler med de tre andre?\n\n/Per", [], [], "Internal note."),
 (N, None, "Hei Sam!\n\nFikk svar om lagerjobben – de krever truckførerbevis, og det har jeg ikke, så det ble ingenting. Ses vi på fredag likevel?\n\nLiam", [], [], "Friend mail."),
 (N, None, "Hei Ahmed,\n\nTakk for at du spurte om selgerjobben i stedet for teamlederstillingen. Vi tilbyr deg gjerne en plass i salgsteamet fra mars; kontrakten ligger vedlagt.\n\nHilsen\nLise Holm", [], [], "Offer for the role asked for."),
 (N, None, "Hei Grete,\n\nDen vi har ansatt, har fem års lagererfaring og begynner mandag. Kan du ordne tilganger og et skap til henne før det?\n\nTakk,\nOle", [], [], "Internal note about the hire."),
]
# batch 2 (ids 023–038): written after the batch-1 fixes, scored before any change for it
BODIES += [
 (S, 'application', "Hei Viktor,\n\nSiden stillingen krever autorisasjon som elektroinstallatør og du fortsatt er lærling, kan vi ikke ansette deg i denne omgang.\n\nHilsen\nPer Brekke, byggeleder", [], [], "Decision in main clause after siden."),
 (S, 'interview', "Hei Amira,\n\nHelgevakter er et must i jobben, og du har sagt at du ikke kan jobbe lørdager. Da blir det dessverre ikke aktuelt.\n\nTakk for at du kom,\nDagny", [], [], "'da blir det ikke aktuelt'."),
 (S, 'final', "Hei Samuel,\n\nVi valgte søkeren med HMS-utdanningen, og det veide tyngst, siden du ennå ikke har tatt den.\n\nVennlig hilsen\nRuth Eik, HMS-sjef", [], [], "Hire's course; 'veide tyngst'."),
 (S, 'application', "Hei Johanne,\n\nSiden du ikke har lærerutdanning, kan vi ikke vurdere deg for stillingen som kontaktlærer. Vi vil likevel gjerne snakke med deg om stillingen som assistent.\n\nHilsen\nAnne Aal, rektor", [], [], "Not considered + other role."),
 (S, 'application', "Hei Liam,\n\nSkrivetesten din endte på 32 ord i minuttet, og jobben krever 50, så der stopper det for denne gangen.\n\nAlt godt,\nKari, kontorsjef", [], [], "'der stopper det'."),
 (S, 'application', "Til søkeren\n\nSøknader uten gyldig vekterutdanning kan ikke tas i betraktning, og søknaden din inneholdt ikke dette.\n\nRekruttering, Citadell Sikkerhet", [], [], "Impersonal passive."),
 (S, 'application', "hei, du må ha HMS-kort for å komme inn på byggeplassen, og det har du ikke ennå, så det går ikke denne gangen. ta kurset og ring meg!\nDan", [], [], "Informal 'det går ikke'."),
 (S, 'final', "Hei Frøya,\n\nVi har ansatt en med fem års erfaring i Tripletex og lønn mot dine to, og det veide til slutt tyngst.\n\nTakk igjen,\nSimen", [], [], "Hire's experience."),
 (G, 'interview', "Hei Josef,\n\nTakk for tiden din mandag. Dessverre blir det ikke aktuelt denne gangen.\n\nHilsen\nNina", ["Dessverre blir det ikke aktuelt denne gangen"], [], "Generic."),
 (G, 'final', "Hei Malin,\n\nVi vil bare gi beskjed om at stillingen som kundeansvarlig nå er akseptert av en annen søker.\n\nVennlig hilsen\nHR", ["stillingen som kundeansvarlig nå er akseptert av en annen søker"], [], "Generic: accepted by another."),
 (G, 'application', "Hei Tarik, takk for CV-en. Vi setter strek der for søknaden din, beklager. /Ellie", ["Vi setter strek der for søknaden din"], [], "Generic informal."),
 (N, None, "Hei Viktor,\n\nSiden stillingen krever autorisasjon som elektroinstallatør, ber vi deg ta med beviset til intervjuet fredag kl. 9.\n\nHilsen\nPer Brekke", [], [], "Invitation."),
 (N, None, "Hei Dagny,\n\nFYI: Amira kan ikke jobbe lørdager, så hun faller bort til helgevaktene. Kan du ringe neste på lista?\n\nTakk,\nMo", [], [], "Internal."),
 (N, None, "Hei Ruth,\n\nOppdraget krever sikkerhetsklarering fra første dag. Har du det allerede, eller må vi søke om det?\n\nHilsen\nAnders", [], [], "Question."),
 (N, None, "Hei Johanne,\n\nSom du ba om, vurderer vi deg gjerne for assistentstillingen i stedet. Kan du komme tirsdag kl. 15?\n\nHilsen\nAnne Aal", [], [], "Other role asked for."),
 (N, None, "Fikk ikke jobben på Rema likevel – de ville ha en med truckerfaring. Jaja! Øl senere?\n/Jenny", [], [], "Friend mail."),
]
# batch 3 (ids 039–049): written after the batch-2 fixes, scored before any change for it
BODIES += [
 (S, 'application', "Hei Tomas,\n\nLærlingplassen er for dem som ikke allerede har fagbrev i faget, og siden du har fagbrev som elektriker, oppfyller du ikke vilkårene for plassen.\n\nVennlig hilsen\nOpplæringskontoret", [], [], "'oppfyller ikke vilkårene'."),
 (S, 'interview', "Hei Beate,\n\nAlle arbeidsledere går i beredskap hver fjerde uke, og du sa at det ikke går opp med den andre jobben din. Vi må derfor slippe denne.\n\nHilsen\nMartin", [], [], "'vi må slippe denne'."),
 (S, 'final', "Hei Priya,\n\nDet falt på datamodelleringen. Den vi valgte, viste et dbt-prosjekt fra start til slutt, mens caset ditt stoppet ved dashboards, og der lå forskjellen.\n\nVennlig hilsen\nTom Ried, datasjef", [], [], "'der lå forskjellen'."),
 (S, 'application', "Hei Sam,\n\nTakk for søknaden som lastebilsjåfør. Med åtte måneder med førerkort klasse C mangler du de to årene forsikringen krever, så vi har heller satt deg på reservelisten vår for varebiljobber.\n\nHilsen\nKelly, transport", [], [], "Reserve list instead."),
 (S, 'application', "Til søkeren\n\nSøkere må ha autorisasjon som sosionom ved søknadsfristen. Søknaden din inneholdt ingen dokumentasjon på dette og har derfor ikke gått videre.\n\nRekruttering, Vestmo kommune", [], [], "'har derfor ikke gått videre'."),
 (S, 'interview', "hei Ronja, hyggelig å prate i går! greia er at jobben starter kl. 5 hver morgen, og du rekker ikke fram før 8 med bussen, så det blir ikke noe av denne gangen. sorry! /Jackie", [], [], "Colloquial."),
 (G, 'interview', "Hei Oskar,\n\nHyggelig å møte deg forrige uke. Vi må dessverre slippe denne for denne gangen.\n\nAlt godt,\nMartin", ["Vi må dessverre slippe denne for denne gangen"], [], "Generic."),
 (G, 'application', "Til søkeren\n\nTakk for søknaden. Den har dessverre ikke gått videre i utvelgelsen denne gangen.\n\nRekruttering", ["Den har dessverre ikke gått videre i utvelgelsen denne gangen"], [], "Generic passive."),
 (N, None, "Hei Beate,\n\nFør torsdag: alle arbeidsledere går i beredskap hver fjerde uke. Går det opp med den andre jobben din?\n\nHilsen\nMartin", [], [], "Question."),
 (N, None, "Hei Jackie,\n\nRonja rekker ikke fram før 8 med bussen, og jobben starter kl. 5, så det blir ikke noe av med henne. Skal jeg ringe Dennis i stedet?\n\n/Mo", [], [], "Internal."),
 (N, None, "Hei Sam,\n\nSom du ba om på telefon, har vi flyttet søknaden din fra lastebiljobben til varebiljobbene i stedet. Kan du komme på kjøreprøve mandag kl. 10?\n\nHilsen\nKelly", [], [], "Moved as asked."),
]
# batch 4 (ids 050–056): written after the batch-3 fixes, scored before any change for it
BODIES += [
 (S, 'application', "Hei Linnea,\n\nStillingen krever gyldig autorisasjon som sykepleier. Siden autorisasjonen din er tilbakekalt, kan vi ikke ta søknaden din videre til neste trinn.\n\nVennlig hilsen\nRekruttering, Helse Nord", [], [], "'kan ikke ta søknaden din videre'."),
 (S, 'interview', "Hei Kevin,\n\nVi trenger virkelig en som kan kjøre minibussen, og siden du ikke har klasse D1, er det dessverre der det stopper for denne stillingen.\n\nTakk,\nAlice, fritidsklubben", [], [], "'er det der det stopper'."),
 (S, 'final', "Hei Maja,\n\nÆrlig talt var det spansken. Den vi har valgt, er flytende og skal følge opp kundene våre i Madrid fra første uke; spansken din er god, men ikke på det nivået ennå, så hun fikk jobben.\n\nHilsen\nJonas", [], [], "'så hun fikk jobben'."),
 (S, 'application', "Hei Peter,\n\nStillingen som lagerformann krever to års erfaring med arbeidsledelse, noe du ikke har ennå. Formannsjobben kan vi ikke tilby deg, men vi tar deg gjerne inn som plukker mens du bygger det opp.\n\nHilsen\nNadja", [], [], "Lower role after the reason."),
 (G, 'final', "Hei Samir,\n\nTakk for at du kom på sluttintervjuet. Stillingen har gått til en annen kandidat som nå har takket ja.\n\nVennlig hilsen\nHR", ["Stillingen har gått til en annen kandidat som nå har takket ja"], [], "Generic hire accepted."),
 (N, None, "Hei Kevin,\n\nVi trenger virkelig en som kan kjøre minibussen – har du klasse D1? Hvis ikke, kan du tenke deg å ta det?\n\nTakk,\nAlice", [], [], "Question."),
 (N, None, "Hei Maja,\n\nGode nyheter – du fikk jobben! Spansken din skilte seg ut, og vi vil gjerne at du følger opp kundene i Madrid. Kan du begynne 3. mars?\n\nHilsen\nJonas", [], [], "Offer."),
]
# batch 5 (ids 057–063): written after the batch-4 fixes, scored before any change for it
BODIES += [
 (S, 'application', "Hei Amina,\n\nSiden stillingen krever minst to års erfaring med saksbehandling i barnevernet, noe som ikke går fram av søknaden din, har du ikke gått videre til intervju.\n\nMed vennlig hilsen\nBarneverntjenesten", [], [], "Formal."),
 (S, 'interview', "Hei Dominik,\n\nNattevakter er et krav i jobben, og du sa at netter ikke går for deg, så jeg tror vi begge vet hvor vi står. Takk for at du var ærlig.\n\nRobert", [], [], "Implied."),
 (S, 'final', "Hei Karim,\n\nDen vi har ansatt, har allerede ledet to ISO 27001-revisjoner fra start til slutt, og den erfaringen ble avgjørende.\n\nVennlig hilsen\nLaura Kemp, sikkerhetssjef", [], [], "'ble avgjørende'."),
 (S, 'interview', "Hei Jamal,\n\nUten mastergrad i HR kan vi ikke tilby deg seniorstillingen, men det finnes en stilling som HR-rådgiver som vi tror passer deg, og vi vil gjerne foreslå deg til den i stedet.\n\nHilsen\nSara", [], [], "Other role after the reason."),
 (G, 'final', "Hei Nora,\n\nTakk for intervjuet. Førstevalget vårt har takket ja, så stillingen er nå lukket.\n\nHilsen\nSara", ["Førstevalget vårt har takket ja, så stillingen er nå lukket"], [], "Generic."),
 (N, None, "Hei Sara,\n\nAngående Jamal: ingen mastergrad i HR, så han faller bort til seniorstillingen. Kan du foreslå ham til rådgiverstillingen?\n\nTakk,\nMikkel", [], [], "Internal."),
 (N, None, "Hei Amina,\n\nSiden stillingen krever politiattest, sender vi skjemaet etter intervjuet på mandag.\n\nMed vennlig hilsen\nBarneverntjenesten", [], [], "Invitation context."),
]
# batch 6 (ids 064–071): written after the batch-5 fixes, scored before any change for it
BODIES += [
 (S, 'application', "Hei Zara,\n\nJeg har fått svar fra kunden. De trenger en som har kjørt lønn for over 500 ansatte, og den største du har hatt er 120, så de går ikke videre med deg.\n\nSnakkes,\nTim, Apex Bemanning", [], [], "Agency relay."),
 (S, 'interview', "Hei Grete,\n\nSiden jobben innebærer alenearbeid om natten, er kurs i forflytningsteknikk obligatorisk. Det har du ikke, noe som betyr at vi ikke kan ta deg videre til den praktiske prøven.\n\nVennlig hilsen\nRekruttering, hjemmetjenesten", [], [], "'noe som betyr at vi ikke kan ta deg videre'."),
 (S, 'application', "Hei Erik,\n\nSøknaden din er vurdert som ikke kvalifisert, siden den ikke viser det påkrevde fagbrevet som helsefagarbeider.\n\nMed vennlig hilsen\nHR, Harstad kommune", [], [], "Passive 'vurdert som ikke kvalifisert'."),
 (S, 'final', "Sorry Jakob, vi trenger en barista som kan latte art til helgerushet, og prøvevakten viste at du ikke er der ennå, så vi må stå over denne gangen.\n/Mel", [], [], "Informal 'vi må stå over'."),
 (S, 'final', "Hei Ola,\n\nVi valgte en som har hatt tre sesonger som skiinstruktør. Du har hatt én, og det ble forskjellen.\n\nHilsen\nBen, Snølinjen skiskole", [], [], "'det ble forskjellen'."),
 (G, 'final', "Hei Lo,\n\nTilbudet er akseptert av førstevalget vårt, så vi lukker stillingen.\n\nTakk,\nBen", ["Tilbudet er akseptert av førstevalget vårt"], [], "Generic."),
 (N, None, "Hei Zara,\n\nFikk svar fra kunden: de trenger en som har kjørt lønn for over 500 ansatte. Hvor stor var den største du har hatt? Hvis det er nært, presser jeg på for et intervju.\n\nTim", [], [], "Agency question."),
 (N, None, "Hei Erik,\n\nSøknaden din er vurdert som kvalifisert, og vi tar kontakt om intervjutidspunkter snart.\n\nMed vennlig hilsen\nHR", [], [], "Eligible."),
]
# batch 7 (ids 072–077): written after the batch-6 fixes, scored before any change for it
BODIES += [
 (S, 'application', "Hei Daniel,\n\nSiden stillingen er for en autorisert elektriker med gyldig FSE-kurs og ditt har gått ut, kaller vi deg ikke inn til intervju.\n\nHilsen\nVoltlinjen AS", [], [], "Decision in main clause after siden."),
 (S, 'interview', "Hei Kaja,\n\nJobben foregår mest på tysk, og tysken din er på nybegynnernivå, så det blir dessverre ingen match denne gangen.\n\nHilsen\nGunnar", [], [], "'det blir ingen match'."),
 (S, 'interview', "Hei Omar,\n\nVi ser etter en som kan begynne med en gang, og du er bundet av en seksmåneders kontrakt, så vi må la denne gå.\n\nHilsen\nPriya", [], [], "'vi må la denne gå'."),
 (S, 'final', "Hei Maria,\n\nDen andre finalisten har ledet en offentlig anskaffelse fra kunngjøring til kontrakt, noe du ikke har gjort ennå, og det avgjorde for panelet.\n\nMed vennlig hilsen\nInnkjøpsdirektøren", [], [], "'det avgjorde for panelet'."),
 (G, 'interview', "Hei Theo,\n\nTakk for at du kom. Vi må nok la denne gå.\n\nPriya", ["Vi må nok la denne gå"], [], "Generic."),
 (N, None, "Hei Daniel,\n\nSiden stillingen er for en autorisert elektriker med gyldig FSE-kurs, kan du sende en kopi av beviset før intervjuet på fredag?\n\nHilsen\nVoltlinjen AS", [], [], "Invitation with a requirement."),
]

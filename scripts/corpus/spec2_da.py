G, S, N = 'generic-rejection', 'specific-rejection', 'not-rejection'
# batch 1 (ids 001–022): written before any rule change for task spec2, scored at first sight
BODIES = [
 (S, 'application', "Kære Mette,\n\nTak for din ansøgning til stillingen som social- og sundhedsassistent. Da stillingen kræver en SOSU-assistentuddannelse, som du endnu ikke har, kan vi ikke tilbyde dig en samtale.\n\nVenlig hilsen\nLene Bach, afdelingsleder", [], [], "Decision in the reason clause."),
 (S, 'interview', "Hej Jonas,\n\nTak for i torsdags. Da truckcertifikat er et krav på holdet, og du ikke har det endnu, bliver det ikke dig denne gang.\n\nHilsen\nMikkel, Havnelageret", [], [], "'bliver det ikke dig denne gang'."),
 (S, 'application', "Hej Sofie,\n\nTak for din interesse i chaufførjobbet. Ruten kræver C-kørekort, og du har kun B, så det falder desværre på det.\n\nMvh\nPeter", [], [], "'det falder på det'."),
 (S, 'interview', "Hej Oliver,\n\nTak for snakken i går. Vi har brug for en, der kan starte i januar, og det passer ikke med din opsigelse på tre måneder, så vi lader det blive ved det.\n\nVenlig hilsen\nAnne, Egebakken Design", [], [], "'vi lader det blive ved det'."),
 (S, 'final', "Kære Maria,\n\nTak fordi du kom til den sidste samtale. Den, vi har ansat, har fem års erfaring med lønbehandling i Danløn mod dit ene år, og det blev afgørende.\n\nVenlig hilsen\nKarin Lund, økonomichef", [], [], "Hire's merits; 'det blev afgørende'."),
 (S, 'interview', "Kære Ahmed,\n\nStillingen som teamleder kræver, at man har ledet en gruppe på mindst fem, og din erfaring er som sælger. Vi vil derfor i stedet gerne tilbyde dig en plads som sælger i vores nye team fra marts.\n\nHilsen\nLise Holm, salgschef", [], [], "Lower role offered instead."),
 (S, 'application', "Til ansøgeren\n\nStillingen er kun åben for uddannede lærere. Da din ansøgning ikke viser en læreruddannelse, er du ikke kvalificeret til stillingen.\n\nHR-afdelingen\nBirkeskolen", [], [], "'du er ikke kvalificeret til stillingen'."),
 (S, 'application', "hej Alex! vi skal bruge en med hygiejnebevis i køkkenet og det har du ikke taget endnu, så det bliver et nej fra mig lige nu, desværre. tag kurset og skriv igen!\n/Nora", [], [], "Informal 'det bliver et nej fra mig'."),
 (S, 'final', "Kære Frederik,\n\nEfter de afsluttende samtaler er stillingen besat med en kandidat, der har ti års erfaring med ledelse af kliniske forsøg, hvilket var et krav og gjorde udslaget i forhold til dine fire år.\n\nMed venlig hilsen\nEva Lind", [], [], "Passive filled with a candidate who has X; 'gjorde udslaget'."),
 (S, 'interview', "Hej Jonas,\n\nTak for samtalen. Jobbet er mest nattevagter, og du kan kun arbejde om dagen, så vi går ikke videre med din ansøgning.\n\nHilsen\nKim, Strandens Plejecenter", [], [], "Shifts; decision after 'så'."),
 (S, 'application', "Kære Emma,\n\nTil denne stilling er kørekort et krav, da du skal ud til kunder i hele regionen. Uden kørekort kan du desværre ikke komme i betragtning til stillingen, men vi gemmer gerne dine oplysninger til vores kontorjob.\n\nVenlig hilsen\nCarla Sten, HR", [], [], "'kan ikke komme i betragtning' + pool."),
 (S, 'final', "Hej Nadia,\n\nDet var tæt, men den anden kandidat har drevet et webshop-lager før, og den erfaring har vi brug for lige nu. Jeg ved godt, det ikke er det svar, du håbede på.\n\nTak for alt,\nOle", [], [], "Hire's experience; decision implied."),
 (G, 'interview', "Hej Ella,\n\nTak fordi du mødte os i sidste uge. Desværre bliver det ikke dig denne gang.\n\nAlt godt,\nJakob", ["Desværre bliver det ikke dig denne gang"], [], "Generic 'bliver det ikke dig'."),
 (G, 'final', "Kære Martin,\n\nTak for din tid i forløbet. Vi vil gerne fortælle dig, at den kandidat, vi tilbød stillingen som driftschef, har takket ja.\n\nVi ønsker dig held og lykke fremover.\n\nMed venlig hilsen\nRekrutteringsteamet", ["Vi ønsker dig held og lykke fremover"], [], "Generic: hire accepted the offer."),
 (G, 'application', "Til ansøgeren\n\nTak for din interesse i stillingen. Efter gennemgang er du ikke kommet i betragtning til stillingen.\n\nHilsen\nHR", ["Efter gennemgang er du ikke kommet i betragtning til stillingen"], [], "'ikke kommet i betragtning' without reason."),
 (G, 'interview', "hej Line, tak fordi du kom forbi, rart at møde dig. vi lader det blive ved det denne gang. ha' det godt! /Palle", ["vi lader det blive ved det denne gang"], [], "Informal, no reason."),
 (N, None, "Kære Mette,\n\nTak for din ansøgning. Da stillingen kræver en SOSU-assistentuddannelse, beder vi dig tage dit eksamensbevis med til samtalen den 12. maj kl. 10.\n\nVenlig hilsen\nLene Bach", [], [], "Invitation explaining requirement."),
 (N, None, "Hej Oliver,\n\nTak for snakken i går. Vi har brug for en, der kan starte i januar – kan du det med din opsigelse? Skriv, så tager vi den derfra.\n\nHilsen\nAnne", [], [], "Question about start."),
 (N, None, "Hej Kaja,\n\nKort om chaufførerne: ruten kræver C-kørekort, og to af dem har kun B, så de falder fra. Kan du booke samtaler med de tre andre?\n\n/Peter", [], [], "Internal note."),
 (N, None, "Hej Sam!\n\nFik svar om lagerjobbet – de kræver truckcertifikat, og det har jeg ikke, så det blev ikke til noget. Ses vi fredag alligevel?\n\nLiam", [], [], "Friend mail."),
 (N, None, "Kære Ahmed,\n\nTak fordi du spurgte til sælgerjobbet i stedet for teamlederstillingen. Vi tilbyder dig gerne en plads i salgsteamet fra marts; kontrakten er vedhæftet.\n\nHilsen\nLise Holm", [], [], "Offer for the role asked for."),
 (N, None, "Hej Grethe,\n\nDen, vi har ansat, har fem års erfaring fra lager og starter mandag. Kan du ordne adgang og et skab til hende inden da?\n\nTak,\nOle", [], [], "Internal note about the hire."),
]
# batch 2 (ids 023–038): written after the batch-1 fixes, scored before any change for it
BODIES += [
 (S, 'application', "Hej Viktor,\n\nDa stillingen kræver en autorisation som elinstallatør, og du endnu er lærling, kan vi ikke ansætte dig i denne omgang.\n\nHilsen\nPer Brink, byggeleder", [], [], "Decision in main clause after da."),
 (S, 'interview', "Hej Amira,\n\nWeekendvagter er et must i jobbet, og du har fortalt, at du ikke kan arbejde lørdage. Så bliver det desværre ikke aktuelt.\n\nTak fordi du kom,\nDitte", [], [], "'så bliver det ikke aktuelt'."),
 (S, 'final', "Hej Samuel,\n\nVi valgte ansøgeren med arbejdsmiljøuddannelsen, og det vejede tungest, da du endnu ikke har taget den.\n\nVenlig hilsen\nRuth Eg, arbejdsmiljøchef", [], [], "Hire's course; 'vejede tungest'."),
 (S, 'application', "Kære Johanne,\n\nDa du ikke har en læreruddannelse, kan vi ikke tage dig i betragtning til stillingen som klasselærer. Vi vil dog gerne tale med dig om vores stilling som pædagogmedhjælper.\n\nHilsen\nAnna Al, skoleleder", [], [], "Not considered + other role."),
 (S, 'application', "Hej Liam,\n\nDin skrivetest landede på 32 ord i minuttet, og jobbet kræver 50, så der stopper det for denne gang.\n\nAlt godt,\nKaren, kontorchef", [], [], "'der stopper det'."),
 (S, 'application', "Til ansøgeren\n\nAnsøgninger uden gyldigt vagtcertifikat kan ikke komme i betragtning, og din ansøgning indeholdt ikke et.\n\nRekruttering, Citadel Sikkerhed", [], [], "Impersonal passive."),
 (S, 'application', "hej, du skal have et sikkerhedskursus for at komme på pladsen, og det har du ikke endnu, så det går ikke denne gang. tag det og ring til mig!\nDan", [], [], "Informal 'det går ikke'."),
 (S, 'final', "Hej Freja,\n\nVi har ansat en med fem års erfaring i e-conomic og løn mod dine to, og det vejede til sidst tungest.\n\nTak igen,\nSimon", [], [], "Hire's experience."),
 (G, 'interview', "Hej Josef,\n\nTak for din tid mandag. Desværre bliver det ikke aktuelt denne gang.\n\nHilsen\nNina", ["Desværre bliver det ikke aktuelt denne gang"], [], "Generic."),
 (G, 'final', "Kære Malene,\n\nVi vil blot fortælle, at stillingen som kundeansvarlig nu er blevet accepteret af en anden ansøger.\n\nVenlig hilsen\nHR", ["stillingen som kundeansvarlig nu er blevet accepteret af en anden ansøger"], [], "Generic: accepted by another."),
 (G, 'application', "Hej Tarik, tak for dit CV. Vi sætter punktum der for din ansøgning, beklager. /Ellie", ["Vi sætter punktum der for din ansøgning"], [], "Generic informal."),
 (N, None, "Hej Viktor,\n\nDa stillingen kræver en autorisation som elinstallatør, vil vi bede dig tage beviset med til samtalen fredag kl. 9.\n\nHilsen\nPer Brink", [], [], "Invitation."),
 (N, None, "Hej Ditte,\n\nFYI: Amira kan ikke arbejde lørdage, så hun falder fra til weekendvagterne. Kan du ringe til den næste på listen?\n\nTak,\nMo", [], [], "Internal."),
 (N, None, "Hej Ruth,\n\nOpgaven kræver sikkerhedsgodkendelse fra første dag. Har du den allerede, eller skal vi søge om den?\n\nHilsen\nAnders", [], [], "Question."),
 (N, None, "Kære Johanne,\n\nSom du bad om, vil vi gerne overveje dig til stillingen som pædagogmedhjælper i stedet. Kan du komme tirsdag kl. 15?\n\nHilsen\nAnna Al", [], [], "Other role asked for."),
 (N, None, "Fik ikke jobbet i Netto alligevel – de ville have en med truckerfaring. Nå ja! Øl senere?\n/Jette", [], [], "Friend mail."),
]
# batch 3 (ids 039–049): written after the batch-2 fixes, scored before any change for it
BODIES += [
 (S, 'application', "Hej Thomas,\n\nLærepladsen er for dem, der ikke allerede har en faglig uddannelse på området, og da du er uddannet elektriker, opfylder du ikke betingelserne for pladsen.\n\nVenlig hilsen\nLærlingeafdelingen", [], [], "'opfylder ikke betingelserne'."),
 (S, 'interview', "Hej Bettina,\n\nAlle værkførere indgår i rådighedsvagten hver fjerde uge, og du sagde, at det ikke kan gå op med dit andet job. Vi må derfor slippe den her.\n\nHilsen\nMartin", [], [], "'vi må slippe den her'."),
 (S, 'final', "Kære Priya,\n\nDet faldt på datamodelleringen. Den, vi valgte, viste et dbt-projekt fra start til slut, mens din case stoppede ved dashboards, og dér lå forskellen.\n\nVenlig hilsen\nTom Ried, datachef", [], [], "'dér lå forskellen'."),
 (S, 'application', "Hej Sam,\n\nTak for din ansøgning som lastbilchauffør. Med otte måneder med C-kørekort mangler du de to år, som forsikringen kræver, så vi har i stedet sat dig på vores reserveliste til varebilsjob.\n\nHilsen\nKelly, transport", [], [], "Reserve list instead."),
 (S, 'application', "Til ansøgeren\n\nAnsøgere skal være autoriserede socialrådgivere ved ansøgningsfristens udløb. Din ansøgning indeholdt ingen dokumentation for uddannelsen og er derfor ikke gået videre.\n\nRekruttering, Vestmo Kommune", [], [], "'er derfor ikke gået videre'."),
 (S, 'interview', "hej Ronja, hyggeligt at snakke i går! sagen er, at jobbet starter kl. 5 hver morgen, og du kan ikke nå frem før 8 med bussen, så det bliver ikke til noget denne gang. sorry! /Jackie", [], [], "Colloquial."),
 (G, 'interview', "Hej Oskar,\n\nRart at møde dig i sidste uge. Vi må desværre slippe den her denne gang.\n\nAlt godt,\nMartin", ["Vi må desværre slippe den her denne gang"], [], "Generic."),
 (G, 'application', "Til ansøgeren\n\nTak for din ansøgning. Den er desværre ikke gået videre i udvælgelsen denne gang.\n\nRekruttering", ["Den er desværre ikke gået videre i udvælgelsen denne gang"], [], "Generic passive."),
 (N, None, "Hej Bettina,\n\nInden torsdag: alle værkførere indgår i rådighedsvagten hver fjerde uge. Kan det gå op med dit andet job?\n\nHilsen\nMartin", [], [], "Question."),
 (N, None, "Hej Jackie,\n\nRonja kan ikke nå frem før 8 med bussen, og jobbet starter kl. 5, så det bliver ikke til noget med hende. Skal jeg ringe til Dennis i stedet?\n\n/Mo", [], [], "Internal."),
 (N, None, "Hej Sam,\n\nSom du bad om i telefonen, har vi flyttet din ansøgning fra lastbiljobbet til varebilsjobbene i stedet. Kan du komme til køreprøve mandag kl. 10?\n\nHilsen\nKelly", [], [], "Moved as asked."),
]
# batch 4 (ids 050–056): written after the batch-3 fixes, scored before any change for it
BODIES += [
 (S, 'application', "Kære Line,\n\nStillingen kræver gyldig autorisation som sygeplejerske. Da din autorisation er frataget, kan vi ikke føre din ansøgning videre til næste trin.\n\nVenlig hilsen\nRekruttering, Region Nord", [], [], "'kan ikke føre din ansøgning videre'."),
 (S, 'interview', "Hej Kevin,\n\nVi har virkelig brug for en, der kan køre minibussen, og da du ikke har kørekort til kategori D1, er det desværre der, den stopper for denne stilling.\n\nTak,\nAlice, klubben", [], [], "'er det der, den stopper'."),
 (S, 'final', "Hej Maja,\n\nÆrligt talt var det spansken. Den, vi har valgt, er flydende og skal passe vores kunder i Madrid fra første uge; dit spansk er godt, men ikke på det niveau endnu, så hun fik jobbet.\n\nHilsen\nJonas", [], [], "'så hun fik jobbet'."),
 (S, 'application', "Hej Peter,\n\nStillingen som lagerformand kræver to års erfaring med at lede et hold, hvilket du ikke har endnu. Formandsjobbet kan vi ikke tilbyde dig, men vi tager dig gerne ind som pluk-medarbejder, mens du bygger det op.\n\nHilsen\nNadja", [], [], "Lower role after the reason."),
 (G, 'final', "Hej Samir,\n\nTak fordi du kom til den sidste samtale. Stillingen er gået til en anden kandidat, som nu har takket ja.\n\nVenlig hilsen\nHR", ["Stillingen er gået til en anden kandidat, som nu har takket ja"], [], "Generic hire accepted."),
 (N, None, "Hej Kevin,\n\nVi har virkelig brug for en, der kan køre minibussen – har du kørekort til D1? Hvis ikke, vil du så tage det?\n\nTak,\nAlice", [], [], "Question."),
 (N, None, "Hej Maja,\n\nGode nyheder – du fik jobbet! Dit spansk skilte sig ud, og vi vil gerne have dig til at passe kunderne i Madrid. Kan du starte den 3. marts?\n\nHilsen\nJonas", [], [], "Offer."),
]
# batch 5 (ids 057–063): written after the batch-4 fixes, scored before any change for it
BODIES += [
 (S, 'application', "Kære Amina,\n\nDa stillingen kræver mindst to års erfaring med myndighedsarbejde på børneområdet, hvilket ikke fremgår af din ansøgning, er du ikke gået videre til samtale.\n\nMed venlig hilsen\nBørne- og Ungeforvaltningen", [], [], "Formal."),
 (S, 'interview', "Hej Dominik,\n\nNattevagter er et krav i jobbet, og du sagde, at nætter ikke kan lade sig gøre for dig, så jeg tror, vi begge ved, hvor vi står. Tak fordi du var ærlig.\n\nRobert", [], [], "Implied."),
 (S, 'final', "Kære Karim,\n\nDen, vi har ansat, har allerede ledet to ISO 27001-audits fra start til slut, og den erfaring blev afgørende.\n\nVenlig hilsen\nLaura Kemp, sikkerhedschef", [], [], "'blev afgørende'."),
 (S, 'interview', "Hej Jamal,\n\nUden en HR-kandidatuddannelse kan vi ikke tilbyde dig seniorstillingen, men der er en stilling som HR-konsulent, som vi tror passer dig, og vi vil gerne indstille dig til den i stedet.\n\nHilsen\nSara", [], [], "Other role after the reason."),
 (G, 'final', "Hej Nora,\n\nTak for samtalen. Vores førstevalg har sagt ja, så stillingen er nu lukket.\n\nHilsen\nSara", ["Vores førstevalg har sagt ja, så stillingen er nu lukket"], [], "Generic."),
 (N, None, "Hej Sara,\n\nAngående Jamal: ingen HR-kandidat, så han falder fra til seniorstillingen. Kan du indstille ham til konsulentstillingen?\n\nTak,\nMikkel", [], [], "Internal."),
 (N, None, "Kære Amina,\n\nDa stillingen kræver en børneattest, sender vi blanketten efter samtalen på mandag.\n\nMed venlig hilsen\nBørne- og Ungeforvaltningen", [], [], "Invitation context."),
]
# batch 6 (ids 064–071): written after the batch-5 fixes, scored before any change for it
BODIES += [
 (S, 'application', "Hej Zara,\n\nJeg har fået svar fra kunden. De har brug for en, der har kørt løn for over 500 ansatte, og din største har været 120, så de går ikke videre med dig.\n\nVi tales ved,\nTim, Apex Rekruttering", [], [], "Agency relay."),
 (S, 'interview', "Kære Grete,\n\nDa jobbet indebærer alenearbejde om natten, er et forflytningskursus obligatorisk. Det har du ikke, hvilket betyder, at vi ikke kan sende dig videre til den praktiske prøve.\n\nVenlig hilsen\nRekruttering, hjemmeplejen", [], [], "'hvilket betyder, at vi ikke kan sende dig videre'."),
 (S, 'application', "Kære Erik,\n\nDin ansøgning er vurderet som ikke kvalificeret, da den ikke viser den krævede social- og sundhedsuddannelse.\n\nMed venlig hilsen\nHR, Harlev Kommune", [], [], "Passive 'vurderet som ikke kvalificeret'."),
 (S, 'final', "Sorry Jakob, vi skal bruge en barista, der kan lave latte art til weekendtravlheden, og prøvevagten viste, at du ikke er der endnu, så vi må stå over denne gang.\n/Mel", [], [], "Informal 'vi må stå over'."),
 (S, 'final', "Hej Ola,\n\nVi valgte en, der har haft tre sæsoner som skilærer. Du har haft én, og det blev forskellen.\n\nHilsen\nBen, Sneliniens skiskole", [], [], "'det blev forskellen'."),
 (G, 'final', "Hej Lo,\n\nTilbuddet er blevet accepteret af vores førstevalg, så vi lukker stillingen.\n\nTak,\nBen", ["Tilbuddet er blevet accepteret af vores førstevalg"], [], "Generic."),
 (N, None, "Hej Zara,\n\nFik svar fra kunden: de har brug for en, der har kørt løn for over 500 ansatte. Hvor stor var din største? Hvis det er tæt på, presser jeg på for en samtale.\n\nTim", [], [], "Agency question."),
 (N, None, "Kære Erik,\n\nDin ansøgning er vurderet som kvalificeret, og vi vender tilbage med tider til samtale snarest.\n\nMed venlig hilsen\nHR", [], [], "Eligible."),
]
# batch 7 (ids 072–077): written after the batch-6 fixes, scored before any change for it
BODIES += [
 (S, 'application', "Hej Daniel,\n\nDa stillingen er til en autoriseret elektriker med gyldigt el-certifikat, og dit er udløbet, indkalder vi dig ikke til samtale.\n\nHilsen\nVoltlinjen ApS", [], [], "Decision in main clause after da."),
 (S, 'interview', "Hej Kaja,\n\nJobbet foregår mest på tysk, og dit tysk er på begynderniveau, så det bliver desværre ikke et match denne gang.\n\nHilsen\nGorm", [], [], "'det bliver ikke et match'."),
 (S, 'interview', "Hej Omar,\n\nVi søger en, der kan starte med det samme, og du er bundet af en seksmåneders kontrakt, så vi må lade den her gå.\n\nHilsen\nPriya", [], [], "'vi må lade den her gå'."),
 (S, 'final', "Kære Maria,\n\nDen anden finalist har ført et offentligt udbud fra annonce til kontrakt, hvilket du ikke har gjort endnu, og det afgjorde det for panelet.\n\nMed venlig hilsen\nIndkøbsdirektøren", [], [], "'det afgjorde det for panelet'."),
 (G, 'interview', "Hej Theo,\n\nTak fordi du kom. Vi må nok lade den her gå.\n\nPriya", ["Vi må nok lade den her gå"], [], "Generic."),
 (N, None, "Hej Daniel,\n\nDa stillingen er til en autoriseret elektriker med gyldigt el-certifikat, kan du så sende en kopi af dit certifikat før samtalen på fredag?\n\nHilsen\nVoltlinjen ApS", [], [], "Invitation with a requirement."),
]

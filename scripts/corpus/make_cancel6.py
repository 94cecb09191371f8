"""Task cancel6 (issue 11): own-wording drafts for tests/corpus/cancel6.jsonl (see tests/corpus/README.md).

Three not-rejection families with their rejection twins, six languages:
  001-004  a vacancy cancelled, withdrawn or put on hold for every applicant (not-rejection)
  005-006  twins: the post filled / not offered to you / your application not taken further (generic)
  007-008  a job hunt's news told to family or a friend, a named third person or the writer (not-rejection)
  009      twin: the same news written by the employer to the candidate (generic)
  010-011  a landlord or housing company letting a flat to another applicant (not-rejection)
  012      twin: the housing company's no to a job applicant (generic)
  013      twin: "the post will not be offered to you" (generic)
  014-016  batch 2: a cancellation or hold to one applicant, a relative's news with a passive no, a landlord's room
  017-022  batch 3 (after the first fixes): a cancellation with its cause, a flat named before "another applicant", a
           friend's or relative's news, and twins: a cause that still turns the reader down, a letting firm's job no
"""
import json, sys

rows = []

def add(lang, label, stage, text, gen=(), risky=(), note=""):
    n = sum(1 for r in rows if r["lang"] == lang) + 1
    for s in list(gen) + list(risky):
        assert text.count(s) == 1, (lang, n, s)
    rows.append({"id": f"c6-{lang}-{n:03d}", "lang": lang, "label": label, "stage": stage, "text": text,
                 "generic_spans": list(gen), "risky_spans": list(risky), "note": note})

NR = "not-rejection"
GR = "generic-rejection"

# ---------------- en
add("en", NR, None, "To all applicants for the post of Finance Officer (ref. FO-2291)\n\nDear applicant,\n\nWe are writing to everyone who applied for the above post. Following a review of the council's budget, a hiring freeze has been introduced across all departments, and we have decided not to fill the post at this time. No appointment will be made from this recruitment.\n\nThis has nothing to do with your individual application. The post may be advertised again later in the year.\n\nThank you for your interest in working for Eastmoor District Council.\n\nHR Services",
    note="cancelled for all: hiring freeze, not filled, no appointment")
add("en", NR, None, "Dear Mr Okafor,\n\nThank you for attending the interview for the Youth Worker role last week. I'm sorry to tell you that the charity has lost the grant that was going to fund this post, so the board has decided that the recruitment is cancelled and the post will not be filled.\n\nI know this is disappointing after the time you put in. If the funding is secured again we will re-advertise, and I'd be glad to hear from you then.\n\nKind regards,\nHelen Price\nCoordinator, Northside Youth Trust",
    note="to one applicant: lost funding, recruitment cancelled")
add("en", NR, None, "Hi Priya,\n\nQuick update on the Junior Developer vacancy. Because of a company-wide reorganisation we've put all hiring on hold until further notice, including this role. This applies to every candidate in the process, not just you.\n\nWe'll be in touch if and when the role reopens. Sorry for the uncertainty.\n\nBest,\nTom\nPeople Team, Brightloop",
    note="on hold for everyone: reorganisation")
add("en", NR, None, "Dear applicant,\n\nThe Parish Council met on Tuesday and agreed to withdraw the advert for the Assistant Clerk post. The duties will be shared among existing staff for the time being, so no one will be offered the post in this round.\n\nWe are grateful to everyone who applied.\n\nYours faithfully,\nMargaret Hale\nClerk to the Council",
    note="advert withdrawn, no one offered the post")
add("en", GR, "application", "Dear Ms Lindqvist,\n\nThank you for your application for the Office Manager position. We regret to inform you that the post has now been filled.\n\nWe wish you every success in your future career.\n\nYours sincerely,\nRecruitment Team",
    gen=["We regret to inform you that the post has now been filled", "We wish you every success in your future career"], note="twin: post filled")
add("en", GR, "interview", "Hi Daniel,\n\nThanks for coming in to meet the team on Thursday. After some discussion we have decided not to proceed with your application, and we will not be offering you the post.\n\nGood luck!\n\nKate",
    gen=["After some discussion we have decided not to proceed with your application, and we will not be offering you the post"], note="twin: not proceeding, not offering you")
add("en", NR, None, "Hi Mum,\n\nJust a quick update from us. Emma didn't get the job at the café in the end, they took someone who'd done a barista course. She was a bit gutted but she's got an interview at the library on Friday, so fingers crossed!\n\nDad's knee is much better and we're still on for Sunday lunch.\n\nLove,\nSarah",
    note="family news: a daughter's job hunt")
add("en", NR, None, "Hi Gran,\n\nThank you for the birthday card and the tenner! Sadly I didn't get the warehouse job, they went with someone who already had a forklift licence. I'm applying for a couple of shop jobs instead, so we'll see.\n\nSee you at Easter.\n\nLove,\nJake",
    note="family news: the writer's own job hunt")
add("en", GR, "interview", "Hi Jake,\n\nThanks for coming in for the trial shift on Saturday. I'm afraid you didn't get the job this time, we took someone else.\n\nCheers,\nMark\nHarbour Café",
    gen=["I'm afraid you didn't get the job this time, we took someone else"], note="twin: the employer to the candidate")
add("en", NR, None, "Hi Anna and Leo,\n\nThanks for coming to view the flat on Elm Road on Saturday. A lot of people were interested and we've decided to let it to someone else. We've gone with another couple who can move in sooner.\n\nSorry it's not better news, and good luck with the search.\n\nBest wishes,\nRuth (landlord)",
    note="landlord: another tenant")
add("en", NR, None, "Dear Mr Hughes,\n\nThank you for your application for the two-bedroom flat at 14 Mill Court. We received a large number of applications for this property, and the flat has gone to another applicant with higher priority on the housing register.\n\nYou remain on the register and will be considered for future properties that match your needs.\n\nLettings Team\nRiverside Homes",
    note="housing association: flat to another applicant")
add("en", GR, "application", "Dear Ms Patel,\n\nThank you for applying for the Maintenance Coordinator role at Riverside Homes. We received a large number of applications, and after careful consideration we have decided to offer the position to another applicant.\n\nWe wish you the best of luck in your job search.\n\nHR Team, Riverside Homes",
    gen=["We received a large number of applications, and after careful consideration we have decided to offer the position to another applicant", "We wish you the best of luck in your job search"], note="twin: the housing company's job no")
add("en", GR, "interview", "Dear Mr Brandt,\n\nFollowing the interviews, the panel has concluded that the position will not be offered to you. Thank you for your interest in Eastmoor District Council.\n\nHR Services",
    gen=["the panel has concluded that the position will not be offered to you"], note="twin: not offered to you")

# ---------------- sv
add("sv", NR, None, "Information till samtliga sökande till tjänsten som administratör (dnr 2026/114)\n\nHej,\n\nMed anledning av en pågående omorganisation inom förvaltningen har vi beslutat att inte tillsätta tjänsten. Rekryteringen avbryts därmed. Beslutet har inget att göra med din ansökan.\n\nTjänsten kan komma att utlysas på nytt senare i år.\n\nVänliga hälsningar\nHR-avdelningen, Bergsjö kommun",
    note="cancelled for all: reorganisation")
add("sv", NR, None, "Hej Amir,\n\nTack för att du kom på intervju förra veckan. Tyvärr har föreningen inte fått det projektbidrag vi räknade med, och styrelsen har därför beslutat att tjänsten som verksamhetsutvecklare inte blir av. Ingen kommer att anställas.\n\nJag beklagar verkligen. Om finansieringen löser sig längre fram annonserar vi igen, och då hoppas jag att du söker.\n\nHälsningar\nKarin Ek\nOrdförande, Föreningen Gröna Gårdar",
    note="to one applicant: lost funding")
add("sv", NR, None, "Hej Julia,\n\nVi har fått besked om anställningsstopp i hela koncernen från och med i dag, och därför pausar vi rekryteringen till rollen som inköpare tills vidare. Det gäller alla kandidater i processen och har inget med dig att göra.\n\nJag hör av mig så fort jag vet mer.\n\nMvh\nLinnea, Talent Acquisition",
    note="on hold for everyone: hiring freeze")
add("sv", NR, None, "Hej!\n\nDet här mejlet går till alla som sökt jobbet som lokalvårdare hos oss. Vi har tagit tillbaka annonsen eftersom uppdraget vi skulle anställa för har sagts upp av kunden. Ingen av de sökande kommer alltså att erbjudas anställning just nu.\n\nTack för att du ville jobba hos oss!\n\nStädpoolen i Växjö",
    note="advert withdrawn, nobody offered employment")
add("sv", GR, "application", "Hej Oskar,\n\nTack för din ansökan till tjänsten som lagerarbetare. Vi vill meddela att tjänsten nu är tillsatt.\n\nVi önskar dig lycka till i ditt fortsatta jobbsökande.\n\nMed vänlig hälsning\nRekryteringen, Nordlager AB",
    gen=["Vi vill meddela att tjänsten nu är tillsatt", "Vi önskar dig lycka till i ditt fortsatta jobbsökande"], note="twin: post filled")
add("sv", GR, "interview", "Hej Fatima,\n\nTack för intervjun i tisdags. Vi har nu gått igenom alla kandidater och har bestämt oss för att inte gå vidare med din ansökan. Tjänsten kommer inte att erbjudas dig.\n\nVänliga hälsningar\nJohan",
    gen=["Vi har nu gått igenom alla kandidater och har bestämt oss för att inte gå vidare med din ansökan", "Tjänsten kommer inte att erbjudas dig"], note="twin: not proceeding, not offered to you")
add("sv", NR, None, "Hej farmor!\n\nLotta fick inte sommarjobbet på glassbaren, de tog en som hade jobbat där förra sommaren. Hon var ledsen en dag men nu har hon sökt på biblioteket istället. Vi kommer upp till er på midsommar!\n\nKram\nMaria",
    note="family news: a daughter's job hunt")
add("sv", NR, None, "Hej mamma,\n\nDet blev inget med jobbet på Ica, de ringde i går och sa att de valt någon med mer erfarenhet. Lite trist, men jag har två intervjuer nästa vecka så det ordnar sig nog. Hur mår pappa?\n\nKram\nElin",
    note="family news: the writer's own job hunt")
add("sv", GR, "interview", "Hej Elin,\n\nTack för att du kom på intervjun i måndags. Du fick tyvärr inte jobbet den här gången, vi valde någon annan.\n\nHälsningar\nPeter, Ica Nära Sjöbo",
    gen=["Du fick tyvärr inte jobbet den här gången, vi valde någon annan"], note="twin: the employer to the candidate")
add("sv", NR, None, "Hej Sanna,\n\nTack för att ni kom på visningen av lägenheten på Storgatan. Det var många intresserade och vi har bestämt oss för att hyra ut den till någon annan, ett par som kan flytta in redan den 1 maj.\n\nLycka till med letandet!\n\nHälsningar\nBengt Ohlsson",
    note="landlord: another tenant")
add("sv", NR, None, "Hej,\n\nTack för din intresseanmälan till lägenheten på Ringvägen 12, 2 rok. Lägenheten har nu erbjudits en annan sökande med längre kötid.\n\nDu står kvar i bostadskön och kan fortsätta söka lediga lägenheter på Mina sidor.\n\nMed vänlig hälsning\nUthyrningen, Sjöstadens Bostäder",
    note="housing company: flat to another applicant")
add("sv", GR, "application", "Hej Kristian,\n\nTack för din ansökan till tjänsten som fastighetsskötare hos Sjöstadens Bostäder. Vi fick in många kvalificerade ansökningar och har valt att gå vidare med en annan sökande.\n\nVi önskar dig lycka till framöver.\n\nHR, Sjöstadens Bostäder",
    gen=["Vi fick in många kvalificerade ansökningar och har valt att gå vidare med en annan sökande", "Vi önskar dig lycka till framöver"], note="twin: the housing company's job no")
add("sv", GR, "interview", "Hej Sara,\n\nEfter intervjuerna har vi beslutat att du inte erbjuds tjänsten som ekonomiassistent. Tack för ditt intresse för Bergsjö kommun.\n\nHR-avdelningen",
    gen=["Efter intervjuerna har vi beslutat att du inte erbjuds tjänsten som ekonomiassistent"], note="twin: not offered to you")

# ---------------- da
add("da", NR, None, "Til alle ansøgere til stillingen som fuldmægtig i Teknik og Miljø\n\nKære ansøger\n\nPå grund af en ny budgetaftale har kommunen indført ansættelsesstop, og vi har derfor besluttet at sætte ansættelsen i bero. Stillingen bliver ikke besat i denne omgang. Det har intet at gøre med din ansøgning.\n\nStillingen kan blive genopslået senere.\n\nMed venlig hilsen\nHR, Havnsø Kommune",
    note="on hold for all: hiring freeze")
add("da", NR, None, "Kære Mads\n\nTak for samtalen i sidste uge. Bestyrelsen har desværre mistet den fondsbevilling, som skulle finansiere stillingen som frivilligkoordinator, og har derfor besluttet at annullere rekrutteringen. Der bliver ikke ansat nogen.\n\nJeg er ked af det, for vi var glade for de ansøgninger, vi fik. Hvis pengene kommer på plads igen, slår vi stillingen op på ny.\n\nVenlig hilsen\nHanne Juul\nFormand, Foreningen Naboskab",
    note="to one applicant: lost funding, recruitment cancelled")
add("da", NR, None, "Hej Line\n\nVi har fået besked om en omstrukturering i koncernen, og alle ansættelser er sat på pause indtil videre, også stillingen som indkøber. Det gælder alle kandidater i forløbet og handler ikke om dig.\n\nJeg vender tilbage, så snart jeg ved mere.\n\nVh\nKasper, Talent Acquisition",
    note="on hold for everyone: restructuring")
add("da", NR, None, "Hej alle sammen\n\nVi skriver til alle, der har søgt jobbet som rengøringsassistent. Vi har trukket stillingsopslaget tilbage, fordi kunden har opsagt aftalen. Ingen af ansøgerne får altså tilbudt job i denne runde.\n\nTak fordi I ville arbejde hos os!\n\nRent & Pænt ApS",
    note="advert withdrawn, nobody offered a job")
add("da", GR, "application", "Kære Oliver\n\nTak for din ansøgning til stillingen som lagermedarbejder. Vi skal hermed meddele, at stillingen nu er besat.\n\nVi ønsker dig held og lykke med jobsøgningen.\n\nMed venlig hilsen\nNordlager A/S",
    gen=["Vi skal hermed meddele, at stillingen nu er besat", "Vi ønsker dig held og lykke med jobsøgningen"], note="twin: post filled")
add("da", GR, "interview", "Hej Freja\n\nTak for samtalen tirsdag. Vi har nu talt alle kandidater igennem og har besluttet ikke at gå videre med din ansøgning, så vi kan ikke tilbyde dig stillingen.\n\nVenlig hilsen\nJonas",
    gen=["Vi har nu talt alle kandidater igennem og har besluttet ikke at gå videre med din ansøgning, så vi kan ikke tilbyde dig stillingen"], note="twin: not proceeding, cannot offer you")
add("da", NR, None, "Kære mormor\n\nTak for pakken! Ida fik ikke jobbet i bageriet, de valgte en, der havde prøvet det før. Hun var lidt skuffet, men hun skal til samtale i Netto på fredag, så vi krydser fingre.\n\nVi ses til påske.\n\nKnus\nMette",
    note="family news: a daughter's job hunt")
add("da", NR, None, "Hej mor\n\nDet blev ikke til noget med jobbet på tankstationen, de ringede i går og sagde, at de havde valgt en anden. Øv, men jeg har søgt to andre steder. Hvordan går det med far?\n\nKram\nSofie",
    note="family news: the writer's own job hunt")
add("da", GR, "interview", "Hej Sofie\n\nTak fordi du kom forbi til en snak. Du fik desværre ikke jobbet denne gang, vi har taget en anden.\n\nHilsen\nBent, Tankstationen i Ringsted",
    gen=["Du fik desværre ikke jobbet denne gang, vi har taget en anden"], note="twin: the employer to the candidate")
add("da", NR, None, "Hej Jonas og Marie\n\nTak fordi I kom til fremvisning af lejligheden på Vestergade. Der var mange interesserede, og vi har besluttet at leje den ud til nogle andre, der kan flytte ind allerede 1. marts.\n\nHeld og lykke med at finde noget.\n\nHilsen\nPoul (udlejer)",
    note="landlord: other tenants")
add("da", NR, None, "Kære Ahmed\n\nTak for din interesse i boligen på Åboulevarden 8, 3. tv. Lejligheden er nu udlejet til en anden ansøger fra ventelisten.\n\nDu står stadig på ventelisten og kan søge nye boliger på Mit Boligselskab.\n\nMed venlig hilsen\nUdlejningen, Boligforeningen Kronen",
    note="housing association: flat to another applicant")
add("da", GR, "application", "Kære Lars\n\nTak for din ansøgning til stillingen som ejendomsfunktionær i Boligforeningen Kronen. Vi har modtaget mange kvalificerede ansøgninger og har valgt en anden ansøger.\n\nVi ønsker dig held og lykke fremover.\n\nHR, Boligforeningen Kronen",
    gen=["Vi har modtaget mange kvalificerede ansøgninger og har valgt en anden ansøger", "Vi ønsker dig held og lykke fremover"], note="twin: the housing company's job no")
add("da", GR, "interview", "Kære Nanna\n\nEfter samtalerne har ansættelsesudvalget besluttet, at stillingen ikke vil blive tilbudt dig. Tak for din interesse for Havnsø Kommune.\n\nHR",
    gen=["Efter samtalerne har ansættelsesudvalget besluttet, at stillingen ikke vil blive tilbudt dig"], note="twin: not offered to you")

# ---------------- nb
add("nb", NR, None, "Til alle søkere på stillingen som rådgiver, ref. 2026/0412\n\nVi viser til din søknad. Som følge av omorganisering i etaten er det besluttet at stillingen ikke blir besatt nå, og vi trekker tilbake utlysningen. Ingen søkere vil bli tilbudt stilling i denne runden. Dette har ikke noe med din søknad å gjøre.\n\nStillingen kan bli lyst ut på nytt senere.\n\nMed vennlig hilsen\nHR-seksjonen, Fjordvik kommune",
    note="cancelled for all: reorganisation, advert withdrawn")
add("nb", NR, None, "Hei Ole,\n\nTakk for intervjuet forrige uke. Foreningen har dessverre mistet tilskuddet som skulle finansiere stillingen som prosjektkoordinator, så styret har vedtatt å avlyse rekrutteringen. Vi kommer ikke til å ansette noen.\n\nJeg beklager at det ble slik. Hvis finansieringen kommer på plass, lyser vi ut stillingen på nytt.\n\nVennlig hilsen\nGro Haugen\nDaglig leder, Ungdomshuset Fyret",
    note="to one applicant: lost funding")
add("nb", NR, None, "Hei Ingrid,\n\nKonsernet har innført ansettelsesstopp med umiddelbar virkning, så vi setter rekrutteringen til stillingen som innkjøper på vent inntil videre. Dette gjelder alle kandidatene i prosessen og handler ikke om deg.\n\nJeg tar kontakt så snart jeg vet mer.\n\nMvh\nSindre, Talent Acquisition",
    note="on hold for everyone: hiring freeze")
add("nb", NR, None, "Hei,\n\nDenne e-posten går til alle som søkte jobben som renholder hos oss. Kunden har sagt opp avtalen, og vi har derfor trukket annonsen. Ingen av søkerne får tilbud om jobb nå.\n\nTakk for at du ville jobbe hos oss!\n\nRenBygg AS",
    note="advert withdrawn, nobody offered a job")
add("nb", GR, "application", "Hei Martin,\n\nTakk for søknaden din på stillingen som lagermedarbeider. Vi vil informere om at stillingen nå er besatt.\n\nVi ønsker deg lykke til videre med jobbsøkingen.\n\nVennlig hilsen\nNordlager AS",
    gen=["Vi vil informere om at stillingen nå er besatt", "Vi ønsker deg lykke til videre med jobbsøkingen"], note="twin: post filled")
add("nb", GR, "interview", "Hei Sara,\n\nTakk for intervjuet på tirsdag. Vi har gått gjennom alle kandidatene og har bestemt oss for ikke å gå videre med søknaden din. Vi kommer ikke til å tilby deg stillingen.\n\nHilsen\nJon",
    gen=["Vi har gått gjennom alle kandidatene og har bestemt oss for ikke å gå videre med søknaden din", "Vi kommer ikke til å tilby deg stillingen"], note="twin: not proceeding, not offering you")
add("nb", NR, None, "Hei mormor!\n\nMaja fikk nei fra butikken, de hadde valgt en med mer erfaring. Hun tok det fint, og på fredag skal hun på intervju på kafeen i sentrum. Vi gleder oss til å komme på besøk i påsken!\n\nKlem\nLiv",
    note="family news: a daughter's job hunt")
add("nb", NR, None, "Hei pappa,\n\nJeg fikk ikke jobben på bensinstasjonen, de ringte i dag og sa at de hadde valgt en annen. Litt surt, men jeg har søkt på to andre jobber. Kommer du på kampen på lørdag?\n\nKlem\nEmil",
    note="family news: the writer's own job hunt")
add("nb", GR, "interview", "Hei Emil,\n\nTakk for at du kom innom på lørdag. Du fikk dessverre ikke jobben denne gangen, vi tok en annen.\n\nHilsen\nRune, bensinstasjonen på Moa",
    gen=["Du fikk dessverre ikke jobben denne gangen, vi tok en annen"], note="twin: the employer to the candidate")
add("nb", NR, None, "Hei Kristine,\n\nTakk for at dere kom på visning av leiligheten i Møllergata. Det var mange interesserte, og vi har bestemt oss for å leie ut til et annet par som kan flytte inn tidligere.\n\nLykke til med boligjakten!\n\nHilsen\nArne (utleier)",
    note="landlord: another couple")
add("nb", NR, None, "Hei,\n\nTakk for søknaden din på leiligheten i Skolegata 4. Boligen er nå tildelt en annen søker.\n\nDu står fortsatt på ventelisten og vil få varsel om nye ledige boliger.\n\nVennlig hilsen\nUtleie, Fjordvik Boligstiftelse",
    note="housing foundation: flat to another applicant")
add("nb", GR, "application", "Hei Petter,\n\nTakk for søknaden din på stillingen som vaktmester i Fjordvik Boligstiftelse. Vi fikk mange gode søknader, og vi har valgt å gå videre med en annen søker.\n\nVi ønsker deg lykke til videre.\n\nHR, Fjordvik Boligstiftelse",
    gen=["Vi fikk mange gode søknader, og vi har valgt å gå videre med en annen søker", "Vi ønsker deg lykke til videre"], note="twin: the housing foundation's job no")
add("nb", GR, "interview", "Hei Hanne,\n\nEtter intervjuene har vi besluttet at stillingen ikke vil bli tilbudt deg. Takk for interessen for Fjordvik kommune.\n\nHR-seksjonen",
    gen=["Etter intervjuene har vi besluttet at stillingen ikke vil bli tilbudt deg"], note="twin: not offered to you")

# ---------------- de
add("de", NR, None, "An alle Bewerberinnen und Bewerber für die Stelle „Sachbearbeitung Personal“ (Kennziffer 14/2026)\n\nSehr geehrte Damen und Herren,\n\naufgrund einer Umstrukturierung der Verwaltung haben wir entschieden, die Stelle vorerst nicht zu besetzen. Das Auswahlverfahren wird daher eingestellt. Dies hat nichts mit Ihrer persönlichen Bewerbung zu tun.\n\nDie Stelle wird möglicherweise zu einem späteren Zeitpunkt erneut ausgeschrieben.\n\nMit freundlichen Grüßen\nPersonalamt, Stadt Lindenau",
    note="cancelled for all: restructuring")
add("de", NR, None, "Sehr geehrter Herr Yilmaz,\n\nvielen Dank für das Gespräch in der vergangenen Woche. Leider ist die Förderung, aus der die Stelle als Projektkoordinator finanziert werden sollte, weggefallen. Der Vorstand hat deshalb beschlossen, die Stelle nicht zu besetzen; es wird niemand eingestellt.\n\nDas tut mir sehr leid. Sollte die Finanzierung doch noch zustande kommen, schreiben wir die Stelle neu aus.\n\nMit freundlichen Grüßen\nAndrea Kühn\nVorsitzende, Nachbarschaftshilfe Süd e.V.",
    note="to one applicant: lost funding")
add("de", NR, None, "Hallo Frau Becker,\n\nwegen eines konzernweiten Einstellungsstopps legen wir die Besetzung der Stelle als Einkäuferin bis auf Weiteres auf Eis. Das betrifft alle Kandidatinnen und Kandidaten im Prozess und hat nichts mit Ihnen zu tun.\n\nSobald ich Neues weiß, melde ich mich.\n\nViele Grüße\nJulia Hartmann, Talent Acquisition",
    note="on hold for everyone: hiring freeze")
add("de", NR, None, "Liebe Bewerberinnen und Bewerber,\n\nwir haben die Anzeige für die Stelle als Reinigungskraft zurückgezogen, weil der Auftrag, für den wir einstellen wollten, vom Kunden gekündigt wurde. Aus diesem Verfahren wird daher niemand eingestellt.\n\nDanke, dass Sie bei uns arbeiten wollten!\n\nSauberwerk GmbH",
    note="advert withdrawn, nobody hired")
add("de", GR, "application", "Sehr geehrter Herr Neumann,\n\nvielen Dank für Ihre Bewerbung als Lagermitarbeiter. Wir möchten Ihnen mitteilen, dass die Stelle inzwischen besetzt ist.\n\nFür Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.\n\nMit freundlichen Grüßen\nNordlager GmbH",
    gen=["Wir möchten Ihnen mitteilen, dass die Stelle inzwischen besetzt ist", "Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute"], note="twin: post filled")
add("de", GR, "interview", "Hallo Frau Aydin,\n\ndanke für das Gespräch am Dienstag. Wir haben uns entschieden, Ihre Bewerbung nicht weiter zu berücksichtigen, und werden Ihnen die Stelle nicht anbieten.\n\nViele Grüße\nJan Berger",
    gen=["Wir haben uns entschieden, Ihre Bewerbung nicht weiter zu berücksichtigen, und werden Ihnen die Stelle nicht anbieten"], note="twin: not proceeding, not offering you")
add("de", NR, None, "Liebe Oma,\n\naus der Stelle in der Bäckerei ist leider nichts geworden, die haben sich für jemand anderen entschieden. Ich bin ein bisschen traurig, aber nächste Woche habe ich ein Vorstellungsgespräch im Blumenladen. Wie geht es deinem Rücken?\n\nDein Felix",
    note="family news: the writer's own job hunt")
add("de", NR, None, "Hallo Tante Gisela,\n\nLena hat den Ferienjob im Freibad nicht bekommen, die haben jemanden genommen, der schon einen Rettungsschwimmerschein hat. Sie war kurz enttäuscht, hilft jetzt aber im Hofladen aus. Wir sehen uns an Ostern!\n\nLiebe Grüße\nSabine",
    note="family news: a daughter's job hunt")
add("de", GR, "interview", "Hallo Felix,\n\ndanke, dass du zum Probearbeiten da warst. Du hast den Job diesmal leider nicht bekommen, wir haben jemand anderen genommen.\n\nGruß\nMarco, Bäckerei Sonnenkorn",
    gen=["Du hast den Job diesmal leider nicht bekommen, wir haben jemand anderen genommen"], note="twin: the employer to the candidate")
add("de", NR, None, "Hallo Frau Schulz, hallo Herr Klein,\n\nvielen Dank für Ihr Interesse an der Wohnung in der Gartenstraße. Es gab sehr viele Interessenten, und wir haben uns entschieden, die Wohnung an ein anderes Paar zu vermieten, das früher einziehen kann.\n\nViel Erfolg bei der weiteren Suche!\n\nMit freundlichen Grüßen\nHelga Brandt (Vermieterin)",
    note="landlord: another couple")
add("de", NR, None, "Sehr geehrter Herr Petrović,\n\nvielen Dank für Ihre Bewerbung um die 3-Zimmer-Wohnung in der Lindenallee 5. Leider wurde die Wohnung an einen anderen Bewerber vergeben.\n\nIhre Daten bleiben in unserer Interessentenliste, und wir informieren Sie über neue Angebote.\n\nMit freundlichen Grüßen\nVermietung, Wohnbau Lindenau eG",
    note="housing cooperative: flat to another applicant")
add("de", GR, "application", "Sehr geehrte Frau Wagner,\n\nvielen Dank für Ihre Bewerbung als Hausmeisterin bei der Wohnbau Lindenau eG. Wir haben uns nach sorgfältiger Prüfung für einen anderen Bewerber entschieden.\n\nWir wünschen Ihnen für Ihre Zukunft alles Gute.\n\nMit freundlichen Grüßen\nPersonalabteilung",
    gen=["Wir haben uns nach sorgfältiger Prüfung für einen anderen Bewerber entschieden", "Wir wünschen Ihnen für Ihre Zukunft alles Gute"], note="twin: the housing cooperative's job no")
add("de", GR, "interview", "Sehr geehrter Herr Kraus,\n\nnach den Auswahlgesprächen hat die Kommission entschieden, Ihnen die Stelle nicht anzubieten. Vielen Dank für Ihr Interesse an der Stadt Lindenau.\n\nPersonalamt",
    gen=["nach den Auswahlgesprächen hat die Kommission entschieden, Ihnen die Stelle nicht anzubieten"], note="twin: not offered to you")

# ---------------- fi
add("fi", NR, None, "Tiedote kaikille hakijoille: hallintosihteerin tehtävä (viite 2026/118)\n\nHyvä hakija,\n\nkaupungin organisaatiouudistuksen vuoksi olemme päättäneet, että tehtävää ei täytetä tässä vaiheessa, ja rekrytointi keskeytetään. Päätös ei liity henkilökohtaiseen hakemukseesi.\n\nTehtävä voidaan laittaa uudelleen hakuun myöhemmin.\n\nYstävällisin terveisin\nHenkilöstöpalvelut, Järvelän kaupunki",
    note="cancelled for all: reorganisation")
add("fi", NR, None, "Hei Mikko,\n\nkiitos haastattelusta viime viikolla. Yhdistys ei valitettavasti saanut hankerahoitusta, jolla projektikoordinaattorin palkka oli tarkoitus maksaa, joten hallitus päätti perua rekrytoinnin. Ketään ei palkata.\n\nOlen todella pahoillani. Jos rahoitus järjestyy myöhemmin, avaamme haun uudelleen.\n\nTerveisin\nSari Lehtonen\npuheenjohtaja, Kylätalo ry",
    note="to one applicant: lost funding")
add("fi", NR, None, "Hei Anna,\n\nkonsernissa on otettu käyttöön rekrytointikielto, joten laitamme ostajan tehtävän rekrytoinnin toistaiseksi tauolle. Tämä koskee kaikkia prosessissa olevia hakijoita eikä liity sinuun.\n\nPalaan asiaan heti, kun tiedän enemmän.\n\nTerveisin\nJuho, Talent Acquisition",
    note="on hold for everyone: hiring freeze")
add("fi", NR, None, "Hei kaikki hakijat,\n\nvedimme siivoojan työpaikkailmoituksen pois, koska asiakas irtisanoi sopimuksen. Kenellekään hakijoista ei siis tarjota työtä tällä kertaa.\n\nKiitos, että halusit töihin meille!\n\nSiistiksi Oy",
    note="advert withdrawn, nobody offered work")
add("fi", GR, "application", "Hei Ville,\n\nkiitos hakemuksestasi varastotyöntekijän tehtävään. Ilmoitamme, että tehtävä on nyt täytetty.\n\nToivotamme sinulle menestystä työnhakuun.\n\nYstävällisin terveisin\nPohjolan Varasto Oy",
    gen=["Ilmoitamme, että tehtävä on nyt täytetty", "Toivotamme sinulle menestystä työnhakuun"], note="twin: post filled")
add("fi", GR, "interview", "Hei Laura,\n\nkiitos tiistain haastattelusta. Olemme käyneet kaikki hakijat läpi ja päättäneet olla jatkamatta hakemuksesi käsittelyä. Emme tarjoa sinulle tehtävää.\n\nTerveisin\nJanne",
    gen=["Olemme käyneet kaikki hakijat läpi ja päättäneet olla jatkamatta hakemuksesi käsittelyä", "Emme tarjoa sinulle tehtävää"], note="twin: not proceeding, not offering you")
add("fi", NR, None, "Hei äiti!\n\nLotta ei saanut kesätyötä jäätelökioskista, sinne valittiin joku toinen. Vähän harmitti, mutta hän hakee nyt kirjastoon. Tullaan teille juhannukseksi!\n\nHalaus\nHanna",
    note="family news: a daughter's job hunt")
add("fi", NR, None, "Moi mummi,\n\nen saanut sitä työpaikkaa kahvilasta, ne valitsivat jonkun, jolla oli enemmän kokemusta. Harmittaa vähän, mutta haen nyt kauppaan. Miten sun polvi voi?\n\nHalaus\nAino",
    note="family news: the writer's own job hunt")
add("fi", GR, "interview", "Hei Aino,\n\nkiitos kun kävit koevuorossa lauantaina. Et valitettavasti saanut työtä tällä kertaa, otimme jonkun toisen.\n\nTerveisin\nTuomas, Kahvila Kanerva",
    gen=["Et valitettavasti saanut työtä tällä kertaa, otimme jonkun toisen"], note="twin: the employer to the candidate")
add("fi", NR, None, "Hei Elina,\n\nkiitos, että kävitte katsomassa asuntoa Kauppakadulla. Kiinnostuneita oli paljon, ja päätimme vuokrata asunnon toiselle pariskunnalle, joka pääsee muuttamaan aiemmin.\n\nOnnea asunnonetsintään!\n\nTerveisin\nPekka (vuokranantaja)",
    note="landlord: another couple")
add("fi", NR, None, "Hei,\n\nkiitos asuntohakemuksestasi kohteeseen Koulukatu 3 B 12. Asunto on nyt vuokrattu toiselle hakijalle.\n\nHakemuksesi on voimassa, ja voit hakea muita vapaita asuntoja.\n\nYstävällisin terveisin\nVuokraus, Järvelän Vuokra-asunnot Oy",
    note="rental company: flat to another applicant")
add("fi", GR, "application", "Hei Petri,\n\nkiitos hakemuksestasi kiinteistönhoitajan tehtävään Järvelän Vuokra-asunnoissa. Saimme paljon hyviä hakemuksia, ja valitsimme tehtävään toisen hakijan.\n\nToivotamme sinulle menestystä jatkossa.\n\nHR, Järvelän Vuokra-asunnot Oy",
    gen=["Saimme paljon hyviä hakemuksia, ja valitsimme tehtävään toisen hakijan", "Toivotamme sinulle menestystä jatkossa"], note="twin: the rental company's job no")
add("fi", GR, "interview", "Hei Tiina,\n\nhaastattelujen jälkeen olemme päättäneet, että tehtävää ei tarjota sinulle. Kiitos kiinnostuksestasi Järvelän kaupunkia kohtaan.\n\nHenkilöstöpalvelut",
    gen=["haastattelujen jälkeen olemme päättäneet, että tehtävää ei tarjota sinulle"], note="twin: not offered to you")

# ---------------- batch 2 (014-016 per language; written before any rule change, part of the first-sight score)
# 014 a cancellation or hold to one applicant with no "all applicants" line, 015 a named relative's news with a
# passive or impersonal no, 016 a landlord's informal "the room is let"
add("en", NR, None, "Dear Ms Grant,\n\nI'm writing about the Teaching Assistant post you applied for. Owing to a cut in the school's funding, the governors have decided not to proceed with the appointment this term, and the post will not be filled.\n\nI'm sorry to bring you this news after your interview, and thank you for the time you put into your application.\n\nYours sincerely,\nDavid Moss\nHeadteacher",
    note="to one applicant: funding cut, appointment not made")
add("en", NR, None, "Hi Auntie Jo,\n\nThanks for asking after Tom. He had the interview at the garage last week, but he didn't get it in the end, someone with more experience was picked. He's a bit down about it, but he's got another interview at the bike shop on Monday.\n\nLove to Uncle Pete,\nKate",
    note="family news: a nephew's job hunt, passive")
add("en", NR, None, "Hi Tom,\n\nSorry, the room's gone. We had loads of messages about it and we've decided to go with a student who can move in this weekend.\n\nGood luck with the search!\nDave",
    note="landlord: the room let to a student")
add("sv", NR, None, "Hej Maria,\n\nJag vill meddela att regionen har infört anställningsstopp, och vi har därför beslutat att lägga rekryteringen till tjänsten som undersköterska på is. Ingen anställning kommer att ske i nuläget.\n\nVi ber om ursäkt för beskedet och tackar för ditt intresse.\n\nMed vänlig hälsning\nAnna Berg, enhetschef",
    note="on hold: hiring freeze, no appointment")
add("sv", NR, None, "Hej Lisa!\n\nTack för senast! Jonas hade intervju på bilverkstaden i tisdags, men det blev tyvärr en annan som fick platsen. Han tog det bra och ska söka fler lärlingsplatser nu.\n\nKram\nAnnika",
    note="family news: a son's job hunt, impersonal")
add("sv", NR, None, "Hej Tobias,\n\nTyvärr är rummet redan uthyrt, vi valde en student som kunde flytta in direkt.\n\nLycka till med sökandet!\n/Gunilla",
    note="landlord: the room let to a student")
add("da", NR, None, "Kære Morten\n\nVi har desværre fået meddelelse om, at projektmidlerne er bortfaldet, og har derfor besluttet at trække stillingsopslaget tilbage. Der vil ikke blive ansat nogen i stillingen som projektmedarbejder.\n\nVi beklager og takker for din interesse.\n\nMed venlig hilsen\nLis Holm, sekretariatsleder",
    note="to one applicant: lost funding, advert withdrawn")
add("da", NR, None, "Hej Birthe\n\nTak for sidst! Anders var til samtale hos tømreren i tirsdags, men der blev valgt en anden lærling. Han tog det pænt og søger videre nu.\n\nKnus\nLene",
    note="family news: a son's job hunt, passive")
add("da", NR, None, "Hej Tobias\n\nVærelset er desværre allerede udlejet, vi valgte en studerende, der kunne flytte ind med det samme.\n\nHeld og lykke med søgningen!\nGitte",
    note="landlord: the room let to a student")
add("nb", NR, None, "Hei Marte,\n\nHelseforetaket har innført ansettelsesstopp, og vi må dessverre trekke tilbake utlysningen av stillingen som helsefagarbeider. Stillingen blir ikke besatt, og ingen søkere vil bli tilbudt stilling i denne runden.\n\nVi beklager og takker for interessen.\n\nVennlig hilsen\nAnne Bakke, avdelingsleder",
    note="to one applicant: hiring freeze, advert withdrawn")
add("nb", NR, None, "Hei Solveig!\n\nTakk for sist! Jonas var på intervju på bilverkstedet på tirsdag, men det ble en annen som fikk læreplassen. Han tok det fint og søker videre nå.\n\nKlem\nAnniken",
    note="family news: a son's job hunt, impersonal")
add("nb", NR, None, "Hei Tobias,\n\nRommet er dessverre allerede leid ut, vi valgte en student som kunne flytte inn med en gang.\n\nLykke til med letingen!\nGunn",
    note="landlord: the room let to a student")
add("de", NR, None, "Sehr geehrte Frau Roth,\n\nleider müssen wir Ihnen mitteilen, dass die Stelle als Pflegefachkraft aufgrund eines Einstellungsstopps des Trägers vorerst nicht besetzt wird. Das Verfahren ruht bis auf Weiteres.\n\nWir bitten um Ihr Verständnis und danken Ihnen für Ihr Interesse.\n\nMit freundlichen Grüßen\nKlinikum am See, Personalabteilung",
    note="to one applicant: hiring freeze, not filled")
add("de", NR, None, "Hallo Petra,\n\ndanke für die Karte! Jonas war am Dienstag zum Vorstellungsgespräch in der Werkstatt, aber genommen wurde dann ein anderer Azubi. Er hat es gut weggesteckt und bewirbt sich jetzt weiter.\n\nGanz liebe Grüße\nAnke",
    note="family news: a son's job hunt, passive")
add("de", NR, None, "Hallo Tobias,\n\ndas Zimmer ist leider schon vergeben, wir haben uns für eine Studentin entschieden, die sofort einziehen kann.\n\nViel Glück bei der Suche!\nGabi",
    note="landlord: the room let to a student")
add("fi", NR, None, "Hei Maria,\n\nkuntayhtymässä on alkanut rekrytointikielto, joten lähihoitajan tehtävän täyttäminen on jouduttu jäädyttämään. Tehtävään ei valita ketään tällä erää.\n\nPahoittelemme tilannetta ja kiitämme kiinnostuksestasi.\n\nYstävällisin terveisin\nAnna Mäkinen, osastonhoitaja",
    note="to one applicant: hiring freeze, nobody chosen")
add("fi", NR, None, "Hei Liisa!\n\nKiitos viimeisestä! Joonas oli tiistaina haastattelussa korjaamolla, mutta oppisopimuspaikka annettiin toiselle. Hän otti sen hyvin ja hakee nyt muualle.\n\nHalauksin\nAnnika",
    note="family news: a son's job hunt, passive")
add("fi", NR, None, "Hei Tobias,\n\nhuone on valitettavasti jo vuokrattu, valitsimme opiskelijan, joka pääsi muuttamaan heti.\n\nOnnea etsintään!\nGunilla",
    note="landlord: the room let to a student")

# ---------------- batch 3 (017-022 per language; written after the batch 1-2 fixes, from probes of new wording: a flat
# named in the thanks and "another applicant" in the decision, the post that "will not go ahead", a relative's news said
# with "they", and twins with a cause that still turn the reader down)
add("en", NR, None, "Dear Ms Khan,\n\nThank you for applying for the Library Assistant post. Following a review of the service, the council has decided not to fill the post, and no appointment will be made. We may advertise the post again in the new year.\n\nKind regards,\nHR",
    note="cancelled: service review, not filled")
add("en", NR, None, "Dear Mr Shah,\n\nThank you for your interest in the Events Coordinator role. Unfortunately, due to budget constraints, the position will not go ahead and we are no longer recruiting for it.\n\nKind regards,\nHR",
    note="cancelled: the post will not go ahead")
add("en", NR, None, "Hi Tom,\n\nThanks for your interest in the flat. We've had a lot of interest and have decided to go with another applicant.\n\nGood luck,\nSue",
    note="landlord: the flat named in the thanks, another applicant")
add("en", NR, None, "Hi Sarah,\n\nHow are you all? Jack didn't get the job at the garden centre, they went with someone older. He's applying at the supermarket now. Hope the move went well!\n\nLove,\nClaire",
    note="friend news: a son's job hunt")
add("en", GR, "application", "Dear Mr Shah,\n\nDue to budget constraints we can only hire one person, and we have offered the role to another candidate.\n\nHR",
    gen=["Due to budget constraints we can only hire one person, and we have offered the role to another candidate"], note="twin: a cause, but another chosen")
add("en", GR, "interview", "Hi Ella,\n\nThank you for interviewing for the Lettings Negotiator position. We have chosen another applicant.\n\nBest regards,\nCity Lettings",
    gen=["We have chosen another applicant"], note="twin: a letting agency's job no")
add("sv", NR, None, "Hej Elin,\n\nPå grund av anställningsstopp i kommunen har vi tyvärr beslutat att inte tillsätta tjänsten som fritidsledare. Beskedet gäller alla sökande.\n\nVänliga hälsningar\nKarin",
    note="cancelled: hiring freeze")
add("sv", NR, None, "Hej Sara,\n\nTyvärr har vi fått beskedet att projektet inte får fortsatt finansiering, och eftersom medlen har uteblivit kommer vi inte att anställa någon projektledare.\n\nVänliga hälsningar\nOla",
    note="cancelled: funding lost")
add("sv", NR, None, "Hej Tom,\n\nTack för intresset för lägenheten. Vi har valt en annan sökande som kan flytta in tidigare.\n\nHälsningar\nSue",
    note="landlord: another applicant")
add("sv", NR, None, "Hej Karin!\n\nErik sökte jobbet på lagret men de valde någon annan. Han är lite besviken men söker vidare.\n\nKram\nLena",
    note="friend news: a son's job hunt")
add("sv", GR, "application", "Hej Sara,\n\nPå grund av omorganisationen har vi valt att inte gå vidare med din ansökan.\n\nHR",
    gen=["På grund av omorganisationen har vi valt att inte gå vidare med din ansökan"], note="twin: a cause, but your application")
add("sv", GR, "interview", "Hej Ella,\n\nTack för intervjun för tjänsten som uthyrare. Vi har valt en annan sökande.\n\nMvh\nBostadsbolaget",
    gen=["Vi har valt en annan sökande"], note="twin: a housing company's job no")
add("da", NR, None, "Kære ansøger\n\nPå grund af besparelser har regionen besluttet ikke at besætte stillingen som sekretær. Stillingen kan blive genopslået senere.\n\nVenlig hilsen\nHR",
    note="cancelled: savings")
add("da", NR, None, "Hej Sara\n\nPå grund af en omstrukturering er stillingen nedlagt, og vi ansætter ikke nogen i denne omgang.\n\nHilsen HR",
    note="cancelled: restructuring")
add("da", NR, None, "Hej Tom\n\nTak for din interesse for lejligheden. Vi har valgt en anden ansøger.\n\nHilsen\nSue",
    note="landlord: another applicant")
add("da", NR, None, "Hej Mette\n\nFreja fik ikke jobbet i boghandlen, de tog en med mere erfaring. Hun er ok med det.\n\nKnus\nHanne",
    note="friend news: a daughter's job hunt")
add("da", GR, "application", "Hej Sara\n\nPå grund af omstruktureringen har vi desværre valgt ikke at gå videre med din ansøgning.\n\nHilsen HR",
    gen=["På grund af omstruktureringen har vi desværre valgt ikke at gå videre med din ansøgning"], note="twin: a cause, but your application")
add("da", GR, "interview", "Hej Ella\n\nTak for samtalen om stillingen som udlejningskonsulent. Vi har valgt en anden ansøger.\n\nMvh\nBoligkontoret",
    gen=["Vi har valgt en anden ansøger"], note="twin: a housing office's job no")
add("nb", NR, None, "Hei Nora,\n\nPå grunn av nedbemanning har vi besluttet å ikke ansette noen i stillingen som lagerarbeider likevel. Dette gjelder alle søkerne.\n\nHilsen\nPer",
    note="cancelled: downsizing")
add("nb", NR, None, "Hei Sara,\n\nEtter omorganiseringen er stillingen trukket tilbake, og ingen av søkerne blir tilbudt jobb nå.\n\nHilsen HR",
    note="cancelled: reorganisation, nobody offered")
add("nb", NR, None, "Hei Tom,\n\nTakk for interessen for leiligheten. Vi har valgt en annen søker.\n\nHilsen\nSue",
    note="landlord: another applicant")
add("nb", NR, None, "Hei bestemor!\n\nEmil søkte på jobben på kafeen, men de valgte en annen. Han prøver igjen i sommer.\n\nKlem\nIngrid",
    note="family news: a brother's job hunt")
add("nb", GR, "application", "Hei Sara,\n\nPå grunn av omorganiseringen har vi dessverre valgt å ikke gå videre med søknaden din.\n\nHilsen HR",
    gen=["På grunn av omorganiseringen har vi dessverre valgt å ikke gå videre med søknaden din"], note="twin: a cause, but your application")
add("nb", GR, "interview", "Hei Ella,\n\nTakk for intervjuet for stillingen som utleiekonsulent. Vi har valgt en annen søker.\n\nHilsen\nBoligkontoret",
    gen=["Vi har valgt en annen søker"], note="twin: a housing office's job no")
add("de", NR, None, "Sehr geehrte Frau Lang,\n\nwegen des Einstellungsstopps wird die Stelle als Sachbearbeiterin nicht nachbesetzt. Dies betrifft alle Bewerberinnen und Bewerber.\n\nMit freundlichen Grüßen\nPersonalabteilung",
    note="cancelled: hiring freeze")
add("de", NR, None, "Sehr geehrter Herr Roth,\n\nleider wurde die Förderung des Projekts gestrichen. Wir werden daher niemanden für die Projektstelle einstellen.\n\nMit freundlichen Grüßen\nVerein",
    note="cancelled: funding cut")
add("de", NR, None, "Hallo Tom,\n\ndanke für Ihr Interesse an der Wohnung. Wir haben uns für einen anderen Bewerber entschieden.\n\nGruß\nSue",
    note="landlord: another applicant")
add("de", NR, None, "Hallo Anja,\n\nTom hat die Lehrstelle beim Tischler leider nicht bekommen, die haben einen anderen genommen. Er ist aber ganz gefasst.\n\nLiebe Grüße\nSusanne",
    note="friend news: a son's apprenticeship hunt")
add("de", GR, "application", "Sehr geehrte Frau Lang,\n\naufgrund der Umstrukturierung können wir Ihre Bewerbung leider nicht weiter berücksichtigen.\n\nMit freundlichen Grüßen\nPersonalabteilung",
    gen=["aufgrund der Umstrukturierung können wir Ihre Bewerbung leider nicht weiter berücksichtigen"], note="twin: a cause, but your application")
add("de", GR, "interview", "Hallo Frau Sommer,\n\nvielen Dank für das Gespräch zur Stelle als Vermietungskauffrau. Wir haben uns für eine andere Bewerberin entschieden.\n\nMit freundlichen Grüßen\nHausverwaltung Lind",
    gen=["Wir haben uns für eine andere Bewerberin entschieden"], note="twin: a property manager's job no")
add("fi", NR, None, "Hei Sari,\n\nrekrytointikiellon vuoksi olemme päättäneet olla täyttämättä avustajan tehtävää. Päätös koskee kaikkia hakijoita.\n\nTerveisin\nHR",
    note="cancelled: hiring freeze")
add("fi", NR, None, "Hei Sara,\n\nhankkeen rahoitus loppui, joten emme palkkaa ketään projektityöntekijän tehtävään.\n\nTerveisin\nJohanna",
    note="cancelled: funding ended")
add("fi", NR, None, "Hei Tom,\n\nkiitos kiinnostuksesta asuntoa kohtaan. Valitsimme toisen hakijan.\n\nTerveisin\nSue",
    note="landlord: another applicant")
add("fi", NR, None, "Moi Jenni!\n\nVille ei saanut sitä kesätyötä, sinne otettiin joku toinen. Hän hakee nyt muualle.\n\nHalauksin\nTiina",
    note="friend news: a son's summer job hunt")
add("fi", GR, "application", "Hei Sara,\n\norganisaatiouudistuksen vuoksi emme valitettavasti voi jatkaa hakemuksesi käsittelyä.\n\nHR",
    gen=["organisaatiouudistuksen vuoksi emme valitettavasti voi jatkaa hakemuksesi käsittelyä"], note="twin: a cause, but your application")
add("fi", GR, "interview", "Hei Ella,\n\nkiitos haastattelusta vuokrausneuvojan tehtävään. Valitsimme toisen hakijan.\n\nTerveisin\nVuokrapalvelu",
    gen=["Valitsimme toisen hakijan"], note="twin: a rental service's job no")

out = sys.argv[1] if len(sys.argv) > 1 else "tests/corpus/cancel6.jsonl"
with open(out, "w") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "rows ->", out)

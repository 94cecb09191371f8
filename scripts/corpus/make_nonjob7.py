"""Task nonjob7: own-wording drafts for tests/corpus/nonjob7.jsonl (see tests/corpus/README.md).

Per language, 12 drafts (ids nj7-<lang>-NNN):
  001 a school place: all places in year 9 taken, the pupil on the waiting list as number 4 (not-rejection)
  002 a school place: "we cannot offer your son a place" (not-rejection)
  003 a course full / not admitted to a programme (not-rejection)
  004 a journal declining to send a manuscript to peer review (not-rejection)
  005 a publisher declining a manuscript / a conference not accepting a paper or talk (not-rejection)
  006 a quote or tender not chosen / a grant or funding declined / a sponsorship declined (not-rejection)
  007 the candidate declines an offer, past tense with "unfortunately", a counter-offer (not-rejection)
  008 the candidate declines an offer after thinking it over, staying in the current post (not-rejection)
  009 twin: a job applicant, all positions in the team filled, put on the reserve list (generic)
  010 twin: a job at a journal or publisher, "we have decided not to take your application further" (generic)
  011 twin: an agency, "the company has decided to decline your application" (generic)
  012 twin: an employer, "we have thought it over and unfortunately decided to decline" (generic)
Written before first sight too, a second round of wordings (013–018):
  013 a study programme: many strong applications, "we are unable to offer you a place" (not-rejection)
  014 the other of 005: a conference proposal not taken / a publisher "decided not to take it further" (not-rejection)
  015 the third of quote/tender, grant or sponsorship (not-rejection)
  016 the candidate declines: a thinking-it-over and counter-offer clause first, the writer after it (not-rejection)
  017 twin: one recruiter in the first person, "I've thought about it but decided to decline you" (generic)
  018 twin: a summer job at a school, all places filled, the waiting list as number 4 (generic)
"""
import json, sys

rows = []
NR, GR = "not-rejection", "generic-rejection"
NOTES = [
    "school: year full, waiting list",
    "school: cannot offer your son a place",
    "course full / not admitted to a programme",
    "journal: not sent to peer review",
    "publisher declines a manuscript / conference paper not accepted",
    "quote, tender, grant or sponsorship declined",
    "candidate declines the offer: unfortunately, counter-offer",
    "candidate declines the offer after thinking it over",
    "twin: job, all positions filled, reserve list",
    "twin: job at a journal/publisher, decided not to take the application further",
    "twin: agency, the company has decided to decline your application",
    "twin: employer, thought it over and decided to decline",
    "study programme: unable to offer you a place",
    "conference proposal not taken / publisher not taking it further",
    "quote, tender, grant or sponsorship declined (second kind)",
    "candidate declines the offer: thinking-it-over clause first",
    "twin: recruiter in the first person declines the applicant",
    "twin: summer job at a school, all places filled, waiting list",
]
LABELS = [NR] * 8 + [GR] * 4 + [NR] * 4 + [GR] * 2
STAGES = {8: "application", 9: "application", 10: "application", 11: "interview", 16: "interview", 17: "application"}


def add(lang, label, stage, text, gen=(), note=""):
    n = sum(1 for r in rows if r["lang"] == lang) + 1
    for s in gen:
        assert text.count(s) == 1, (lang, n, s)
    assert (stage is None) == (label == NR), (lang, n)
    rows.append({"id": f"nj7-{lang}-{n:03d}", "lang": lang, "label": label, "stage": stage, "text": text,
                 "generic_spans": list(gen), "risky_spans": [], "note": note})


def fam(lang, d):
    assert len(d) == 18
    for i, (text, gen) in enumerate(d):
        if LABELS[i] == NR:
            add(lang, NR, None, text, note=NOTES[i])
        else:
            add(lang, GR, STAGES[i], text, gen=gen, note=NOTES[i])


fam("sv", [
    ("Hej Sofia och Erik,\n\nTack för er ansökan om plats för Ida på Lindeskolan från höstterminen. Alla platser i årskurs 9 är tyvärr redan fyllda, och Ida har därför placerats på väntelistan som nummer 4. Vi kontaktar er direkt om en plats blir ledig.\n\nVänliga hälsningar\nMonika Ström\nSkolexpeditionen, Lindeskolan", ()),
    ("Hej Jessica,\n\nTack för ert intresse för Friskolan Kastanjen och för att ni kom på skolbesöket. Vi har nu gått igenom alla ansökningar till förskoleklassen, och vi kan tyvärr inte erbjuda er son en plats till hösten. Han står kvar i vår kö och vi hör av oss om läget ändras.\n\nMed vänliga hälsningar\nAntagningen, Friskolan Kastanjen", ()),
    ("Hej Oskar,\n\nTack för din ansökan till kursen Spanska 3 på Komvux. Kursen blev snabbt fullsatt och du har tyvärr inte blivit antagen denna gång. Nästa kursstart är i januari och ansökan öppnar i november.\n\nHälsningar\nVuxenutbildningen i Lidköping", ()),
    ("Bästa dr Holm,\n\nTack för att du skickade in ditt manuskript om skogsbruket i kommunal klimatpolitik till Tidskrift för samhällsforskning. Redaktionen har läst det med intresse, men vi har beslutat att inte skicka det vidare till sakkunniggranskning, eftersom ämnet inte tillräckligt väl motsvarar tidskriftens nuvarande inriktning. Vi hoppas att du hittar en passande tidskrift för artikeln.\n\nMed vänliga hälsningar\nAnna Berg, redaktör", ()),
    ("Hej Eva,\n\nTack för att du skickade ditt romanmanus till oss på Lind & Co förlag. Vi har läst det med stort intresse, men har tyvärr beslutat att inte ge ut det. Vi får in över tusen manus om året och kan bara ge ut ett fåtal.\n\nLycka till med skrivandet!\n\nVänliga hälsningar\nFörlagsredaktionen", ()),
    ("Hej Mikael,\n\nTack för er offert på takbytet i Brf Tallbacken. Styrelsen har jämfört de fyra offerter vi fick in och har beslutat att gå vidare med en annan entreprenör. Tack för att ni tog er tid att besöka fastigheten.\n\nVänliga hälsningar\nStyrelsen, Brf Tallbacken", ()),
    ("Hej Anna,\n\nTack så mycket för erbjudandet om tjänsten som controller. Jag har funderat mycket under helgen men har tyvärr bestämt mig för att tacka nej. Min nuvarande arbetsgivare har kommit med ett motbud som jag har valt att anta.\n\nTack för ett trevligt bemötande under hela processen.\n\nVänliga hälsningar\nJohan Ek", ()),
    ("Hej Per,\n\nTusen tack för erbjudandet. Jag har tänkt igenom det ordentligt och har tyvärr beslutat att tacka nej, eftersom jag har valt att stanna kvar i min nuvarande roll. Det var inget lätt beslut.\n\nJag önskar er all lycka med rekryteringen.\n\nMed vänlig hälsning\nEmma Lund", ()),
    ("Hej Ali,\n\nTack för din ansökan till tjänsten som lärare i matematik på Lindeskolan. Alla tjänster i arbetslaget är nu tillsatta, och du har därför placerats på vår reservlista. Vi önskar dig lycka till i ditt fortsatta jobbsökande.\n\nVänliga hälsningar\nMonika Ström, rektor",
     ("Alla tjänster i arbetslaget är nu tillsatta, och du har därför placerats på vår reservlista", "Vi önskar dig lycka till i ditt fortsatta jobbsökande")),
    ("Hej Sara,\n\nTack för din ansökan till tjänsten som redaktionsassistent på Tidskrift för samhällsforskning. Vi har gått igenom ansökningarna och har beslutat att inte gå vidare med din ansökan. Vi önskar dig lycka till i ditt fortsatta jobbsökande.\n\nMed vänliga hälsningar\nAnna Berg, redaktör",
     ("Vi har gått igenom ansökningarna och har beslutat att inte gå vidare med din ansökan", "Vi önskar dig lycka till i ditt fortsatta jobbsökande")),
    ("Hej Daniel,\n\nJag återkommer angående tjänsten som projektsamordnare på Lind & Co förlag. Företaget har gått igenom kandidaterna och har beslutat att avböja din ansökan. Tack för ditt engagemang i processen.\n\nVänliga hälsningar\nLisa Hed, Rekryteringspartner AB",
     ("Företaget har gått igenom kandidaterna och har beslutat att avböja din ansökan",)),
    ("Hej Nora,\n\nTack för din ansökan och för intervjun förra veckan. Vi har funderat mycket på det men har tyvärr bestämt oss för att tacka nej till dig den här gången. Vi önskar dig lycka till i ditt fortsatta sökande.\n\nVänliga hälsningar\nJonas Ahl, Ahl Bygg AB",
     ("Vi har funderat mycket på det men har tyvärr bestämt oss för att tacka nej till dig den här gången", "Vi önskar dig lycka till i ditt fortsatta sökande")),
    ("Hej Alva,\n\nTack för din ansökan till sjuksköterskeprogrammet vid Högskolan i Borås. Vi fick in väldigt många starka ansökningar i år och kan tyvärr inte erbjuda dig en studieplats till hösten. Vi önskar dig lycka till med dina fortsatta studier.\n\nVänliga hälsningar\nAntagningsenheten", ()),
    ("Hej Mattias,\n\nTack för ditt förslag till seminarium på Bokmässan 2025. Programrådet har gått igenom över 400 förslag och har tyvärr valt att inte ta med ditt seminarium i årets program. Vi hoppas att du vill skicka in ett nytt förslag nästa år.\n\nVänliga hälsningar\nProgramrådet", ()),
    ("Hej Thomas,\n\nTack för er förfrågan om sponsring av IFK Tallbackens P13-lag inför cupresan. Vi får väldigt många sådana förfrågningar och har tyvärr beslutat att tacka nej den här gången. Lycka till med insamlingen!\n\nVänliga hälsningar\nMarknadsavdelningen, Sparbanken Väst", ()),
    ("Hej Karin,\n\nTack för erbjudandet och för förtroendet. Efter mycket funderande, och ett motbud från min nuvarande arbetsgivare, har jag tyvärr valt att tacka nej. Jag hoppas att ni hittar rätt person snart.\n\nMed vänlig hälsning\nDavid Berg", ()),
    ("Hej Nora,\n\nTack för din ansökan till tjänsten som controller och för samtalet i tisdags. Jag har funderat mycket, men har tyvärr bestämt mig för att tacka nej till dig. Lycka till i ditt fortsatta jobbsökande.\n\nVänliga hälsningar\nAnna Lind, ekonomichef",
     ("Jag har funderat mycket, men har tyvärr bestämt mig för att tacka nej till dig", "Lycka till i ditt fortsatta jobbsökande")),
    ("Hej Elias,\n\nTack för din ansökan om sommarjobb som vaktmästare på Lindeskolan. Alla platser är tyvärr redan tillsatta, och du har därför placerats på väntelistan som nummer 4. Vi hör av oss om en plats blir ledig.\n\nVänliga hälsningar\nMonika Ström, rektor",
     ("Alla platser är tyvärr redan tillsatta, och du har därför placerats på väntelistan som nummer 4",)),
])

fam("da", [
    ("Kære Louise og Mads,\n\nTak for jeres ansøgning om optagelse af Ida på Søndervangskolen. Alle pladser i 9. klasse er desværre besat, og Ida er derfor blevet sat på ventelisten som nummer 4. Vi kontakter jer, så snart der bliver en plads ledig.\n\nVenlig hilsen\nBirgit Holm, skolesekretær\nSøndervangskolen", ()),
    ("Kære Camilla,\n\nTak for jeres interesse for Den Lille Skole. Vi har nu gennemgået alle ansøgninger til 0. klasse, og vi kan desværre ikke tilbyde jeres søn en plads til august. Han står fortsat på vores venteliste.\n\nMed venlig hilsen\nKontoret, Den Lille Skole", ()),
    ("Kære Jonas,\n\nTak for din ansøgning til kandidatuddannelsen i statskundskab. Vi må desværre meddele, at du ikke er blevet optaget på uddannelsen. Der var mange kvalificerede ansøgere til de 60 pladser.\n\nVenlig hilsen\nOptagelsen, Aarhus Universitet", ()),
    ("Kære Søren Madsen,\n\nTak fordi du indsendte dit manuskript til Tidsskrift for Velfærdsforskning. Redaktionen har vurderet artiklen og har besluttet ikke at sende den til fagfællebedømmelse, da emnet ikke i tilstrækkelig grad matcher tidsskriftets nuværende fokus. Vi ønsker dig held og lykke med at finde et andet sted at publicere den.\n\nMed venlig hilsen\nRedaktionen", ()),
    ("Kære Mette,\n\nTak for dit abstract til Dansk Sundhedskonference 2025. Programudvalget har modtaget over 300 forslag, og vi må desværre meddele, at dit oplæg ikke er blevet udvalgt til programmet i år. Vi håber at se dig som deltager.\n\nVenlig hilsen\nProgramudvalget", ()),
    ("Kære Henrik,\n\nTak for din ansøgning til Nordsø Fondens projektpulje. Bestyrelsen har behandlet alle ansøgninger og har desværre besluttet ikke at imødekomme din ansøgning. Vi modtog langt flere ansøgninger, end puljen kunne dække.\n\nMed venlig hilsen\nSekretariatet", ()),
    ("Kære Anne,\n\nTusind tak for tilbuddet om stillingen som projektleder. Jeg har tænkt det grundigt igennem og har desværre besluttet at takke nej, da jeg har valgt at blive i min nuværende stilling. Tak for en god proces.\n\nVenlig hilsen\nMikkel Jensen", ()),
    ("Hej Lars,\n\nTak for jeres tilbud og for de gode samtaler. Jeg har brugt weekenden på at overveje det, men jeg har desværre valgt at takke nej. Min nuværende arbejdsgiver er kommet med et modtilbud, som jeg har taget imod.\n\nJeg ønsker jer held og lykke med at finde den rette.\n\nMvh\nSara", ()),
    ("Kære Ahmed,\n\nTak for din ansøgning til stillingen som lærer i matematik på Søndervangskolen. Alle stillinger i teamet er nu besat, og du er derfor blevet sat på vores reserveliste. Vi ønsker dig held og lykke med din videre jobsøgning.\n\nVenlig hilsen\nBirgit Holm, skoleleder",
     ("Alle stillinger i teamet er nu besat, og du er derfor blevet sat på vores reserveliste", "Vi ønsker dig held og lykke med din videre jobsøgning")),
    ("Kære Sara,\n\nTak for din ansøgning til stillingen som redaktionssekretær på Tidsskrift for Velfærdsforskning. Vi har gennemgået ansøgningerne og har besluttet ikke at gå videre med din ansøgning. Vi ønsker dig held og lykke med din videre jobsøgning.\n\nMed venlig hilsen\nRedaktionen",
     ("Vi har gennemgået ansøgningerne og har besluttet ikke at gå videre med din ansøgning", "Vi ønsker dig held og lykke med din videre jobsøgning")),
    ("Kære Daniel,\n\nJeg vender tilbage angående stillingen som projektkoordinator hos Forlaget Nordlys. Virksomheden har gennemgået kandidaterne og har besluttet at afvise din ansøgning. Tak for din tid i processen.\n\nVenlig hilsen\nLise Hedegaard, Rekrutteringspartner ApS",
     ("Virksomheden har gennemgået kandidaterne og har besluttet at afvise din ansøgning",)),
    ("Kære Nora,\n\nTak for din ansøgning og for samtalen i sidste uge. Vi har tænkt det grundigt igennem og har desværre besluttet at takke nej til dig denne gang. Vi ønsker dig held og lykke med din videre jobsøgning.\n\nVenlig hilsen\nJonas Ahl, Ahl Byg A/S",
     ("Vi har tænkt det grundigt igennem og har desværre besluttet at takke nej til dig denne gang", "Vi ønsker dig held og lykke med din videre jobsøgning")),
    ("Kære Alberte,\n\nTak for din ansøgning til sygeplejerskeuddannelsen på Professionshøjskolen Absalon. Vi modtog rigtig mange stærke ansøgninger i år, og vi kan desværre ikke tilbyde dig en studieplads. Vi ønsker dig held og lykke med dine videre studier.\n\nVenlig hilsen\nOptagelsesteamet", ()),
    ("Kære Eva,\n\nTak fordi du sendte dit romanmanuskript til Forlaget Nordlys. Vi har læst det med stor interesse, men har desværre besluttet ikke at udgive det. Vi modtager flere tusinde manuskripter om året og kan kun udgive ganske få.\n\nHeld og lykke med skrivningen!\n\nVenlig hilsen\nRedaktionen", ()),
    ("Kære Mikkel,\n\nTak for jeres tilbud på udskiftning af taget i Andelsboligforeningen Tallhøj. Bestyrelsen har sammenlignet de fire tilbud, vi modtog, og har besluttet at gå videre med en anden entreprenør. Tak fordi I tog jer tid til at besigtige ejendommen.\n\nVenlig hilsen\nBestyrelsen", ()),
    ("Kære Karin,\n\nTak for tilbuddet og for tilliden. Efter mange overvejelser, og et modtilbud fra min nuværende arbejdsgiver, har jeg desværre valgt at takke nej. Jeg håber, I finder den rette person snart.\n\nMed venlig hilsen\nDavid Bech", ()),
    ("Kære Nora,\n\nTak for din ansøgning til stillingen som controller og for samtalen i tirsdags. Jeg har tænkt det grundigt igennem, men har desværre besluttet at takke nej til dig. Held og lykke med din videre jobsøgning.\n\nVenlig hilsen\nAnne Lind, økonomichef",
     ("Jeg har tænkt det grundigt igennem, men har desværre besluttet at takke nej til dig", "Held og lykke med din videre jobsøgning")),
    ("Kære Elias,\n\nTak for din ansøgning om sommerjob som pedelmedhjælper på Søndervangskolen. Alle pladser er desværre allerede besat, og du er derfor sat på ventelisten som nummer 4. Vi vender tilbage, hvis der bliver en plads ledig.\n\nVenlig hilsen\nBirgit Holm, skoleleder",
     ("Alle pladser er desværre allerede besat, og du er derfor sat på ventelisten som nummer 4",)),
])

fam("nb", [
    ("Hei Kari og Ola,\n\nTakk for søknaden om skoleplass for Ida ved Haugen skole. Alle plassene på 9. trinn er dessverre fylt opp, og Ida er derfor satt på ventelisten som nummer 4. Vi tar kontakt så snart det blir en ledig plass.\n\nVennlig hilsen\nAnne Haugen, rektor", ()),
    ("Hei Linda,\n\nTakk for interessen for Steinerskolen i Bergen. Vi har nå gått gjennom alle søknadene til 1. klasse, og vi kan dessverre ikke tilby sønnen deres plass fra høsten. Han står fortsatt på ventelisten vår.\n\nMed vennlig hilsen\nSkolekontoret", ()),
    ("Hei Jonas,\n\nTakk for søknaden din til masterprogrammet i samfunnsøkonomi. Vi må dessverre meddele at du ikke har fått opptak til studiet. Det var mange kvalifiserte søkere til et begrenset antall plasser.\n\nVennlig hilsen\nOpptaksseksjonen, Universitetet i Bergen", ()),
    ("Kjære Ingrid Dahl,\n\nTakk for at du sendte manuskriptet ditt til Tidsskrift for velferdsforskning. Redaksjonen har lest det med interesse, men har besluttet ikke å sende det til fagfellevurdering, fordi temaet ikke i tilstrekkelig grad samsvarer med tidsskriftets nåværende profil. Vi ønsker deg lykke til med å finne et annet publiseringssted.\n\nVennlig hilsen\nRedaksjonen", ()),
    ("Hei Eva,\n\nTakk for at du sendte oss romanmanuset ditt. Vi har lest det med stor interesse, men har dessverre bestemt oss for ikke å utgi det. Vi mottar flere tusen manus i året og kan bare utgi noen få.\n\nLykke til med skrivingen!\n\nVennlig hilsen\nRedaksjonen, Fjellvang Forlag", ()),
    ("Hei Thomas,\n\nTakk for henvendelsen om sponsing av Lyn G14 sin cupreise til Danmark. Vi får svært mange slike forespørsler, og vi har dessverre besluttet å takke nei denne gangen. Lykke til med innsamlingen!\n\nVennlig hilsen\nMarkedsavdelingen, Vestkyst Sparebank", ()),
    ("Hei Hanne,\n\nTusen takk for tilbudet om stillingen som controller. Jeg har tenkt mye på det i helgen, men har dessverre bestemt meg for å takke nei. Min nåværende arbeidsgiver har kommet med et mottilbud som jeg har valgt å ta imot.\n\nTakk for en hyggelig prosess.\n\nVennlig hilsen\nMarius Berg", ()),
    ("Hei Per,\n\nTakk for tilbudet. Etter å ha tenkt grundig gjennom det har jeg dessverre besluttet å takke nei, siden jeg har valgt å bli i min nåværende stilling. Det var ikke en lett avgjørelse.\n\nJeg ønsker dere lykke til med rekrutteringen.\n\nMed vennlig hilsen\nEmma Lunde", ()),
    ("Hei Ali,\n\nTakk for søknaden din på stillingen som lærer i matematikk ved Haugen skole. Alle stillingene i teamet er nå besatt, og du er derfor satt på reservelisten vår. Vi ønsker deg lykke til videre med jobbsøkingen.\n\nVennlig hilsen\nAnne Haugen, rektor",
     ("Alle stillingene i teamet er nå besatt, og du er derfor satt på reservelisten vår", "Vi ønsker deg lykke til videre med jobbsøkingen")),
    ("Hei Sara,\n\nTakk for søknaden din på stillingen som redaksjonssekretær i Fjellvang Forlag. Vi har gått gjennom søknadene og har besluttet å ikke gå videre med søknaden din. Vi ønsker deg lykke til videre med jobbsøkingen.\n\nVennlig hilsen\nRedaksjonen",
     ("Vi har gått gjennom søknadene og har besluttet å ikke gå videre med søknaden din", "Vi ønsker deg lykke til videre med jobbsøkingen")),
    ("Hei Daniel,\n\nJeg tar kontakt angående stillingen som prosjektkoordinator hos Fjellvang Forlag. Selskapet har gått gjennom kandidatene og har besluttet å avslå søknaden din. Takk for at du stilte opp i prosessen.\n\nVennlig hilsen\nLise Hegge, Rekrutteringspartner AS",
     ("Selskapet har gått gjennom kandidatene og har besluttet å avslå søknaden din",)),
    ("Hei Nora,\n\nTakk for søknaden og for intervjuet forrige uke. Vi har tenkt grundig gjennom det, men har dessverre besluttet å takke nei til deg denne gangen. Vi ønsker deg lykke til videre med jobbsøkingen.\n\nVennlig hilsen\nJonas Ahl, Ahl Bygg AS",
     ("Vi har tenkt grundig gjennom det, men har dessverre besluttet å takke nei til deg denne gangen", "Vi ønsker deg lykke til videre med jobbsøkingen")),
    ("Hei Ingrid,\n\nTakk for søknaden din til sykepleierutdanningen ved OsloMet. Vi mottok svært mange sterke søknader i år, og vi kan dessverre ikke tilby deg studieplass til høsten. Vi ønsker deg lykke til med videre studier.\n\nVennlig hilsen\nOpptakskontoret", ()),
    ("Hei Mats,\n\nTakk for forslaget ditt til innlegg på Arendalsuka 2025. Programkomiteen har gått gjennom over 400 forslag og har dessverre valgt å ikke ta med innlegget ditt i årets program. Vi håper du sender inn et nytt forslag neste år.\n\nVennlig hilsen\nProgramkomiteen", ()),
    ("Hei Kari,\n\nTakk for søknaden om prosjektstøtte fra Kulturrådet. Fagutvalget har behandlet alle søknadene i denne runden, og søknaden din har dessverre ikke fått tilslag. Konkurransen om midlene var svært hard.\n\nVennlig hilsen\nSaksbehandler, Norsk kulturråd", ()),
    ("Hei Karin,\n\nTakk for tilbudet og for tilliten. Etter mye tenking, og et mottilbud fra min nåværende arbeidsgiver, har jeg dessverre valgt å takke nei. Jeg håper dere finner rett person snart.\n\nMed vennlig hilsen\nDavid Berg", ()),
    ("Hei Nora,\n\nTakk for søknaden din på stillingen som controller og for samtalen på tirsdag. Jeg har tenkt grundig gjennom det, men har dessverre bestemt meg for å takke nei til deg. Lykke til videre med jobbsøkingen.\n\nVennlig hilsen\nAnne Lie, økonomisjef",
     ("Jeg har tenkt grundig gjennom det, men har dessverre bestemt meg for å takke nei til deg", "Lykke til videre med jobbsøkingen")),
    ("Hei Elias,\n\nTakk for søknaden om sommerjobb som vaktmesterassistent ved Haugen skole. Alle plassene er dessverre allerede besatt, og du er derfor satt på ventelisten som nummer 4. Vi tar kontakt hvis det blir en ledig plass.\n\nVennlig hilsen\nAnne Haugen, rektor",
     ("Alle plassene er dessverre allerede besatt, og du er derfor satt på ventelisten som nummer 4",)),
])

fam("en", [
    ("Dear Mr and Mrs Carter,\n\nThank you for your application for a place for Ida at Hillside Academy. All places in Year 9 are unfortunately taken, and Ida has therefore been put on the waiting list as number 4. We will contact you as soon as a place becomes available.\n\nKind regards\nAdmissions Office\nHillside Academy", ()),
    ("Dear Ms Patel,\n\nThank you for visiting St Mary's Primary and for your application for Reception. Having reviewed all applications against our oversubscription criteria, we are sorry to tell you that we cannot offer your son a place for September. He remains on our waiting list.\n\nYours sincerely\nSchool Office", ()),
    ("Hi Oscar,\n\nThanks for signing up for the Spanish for Beginners evening course. Unfortunately the course is now full and we have not been able to give you a place this term. Enrolment for the spring term opens in December.\n\nBest wishes\nAdult Learning, Hartfield College", ()),
    ("Dear Dr Holm,\n\nThank you for submitting your manuscript on forestry and municipal climate policy to the Journal of Rural Studies. The editors have read it with interest but have decided not to send it out for peer review, as the topic does not sufficiently match the journal's current focus. We wish you every success in placing it elsewhere.\n\nYours sincerely\nDr Anna Berg\nEditor", ()),
    ("Dear Mette,\n\nThank you for submitting your paper to the Nordic Health Informatics Conference 2025. The programme committee received over 300 submissions this year, and we regret to inform you that your paper has not been accepted for presentation. We hope to see you at the conference as a delegate.\n\nBest regards\nProgramme Committee", ()),
    ("Dear Karin,\n\nThank you for your application to the Small Research Grants scheme. The panel has now considered all applications in this round, and I am sorry to tell you that your application has not been funded. Competition was exceptionally strong this year.\n\nKind regards\nGrants Office, The Hartley Trust", ()),
    ("Hi Anna,\n\nThank you so much for the offer of the controller role. I've thought about it a lot over the weekend, but I have unfortunately decided to decline. My current employer has made me a counter-offer, which I have chosen to accept.\n\nThank you for a really pleasant process.\n\nBest regards\nJohn", ()),
    ("Hi Peter,\n\nMany thanks for the offer and for taking the time to meet me. I've thought it over carefully, and unfortunately I've decided to turn it down, as I have chosen to stay in my current position. It was not an easy decision.\n\nI wish you all the best in finding the right person.\n\nKind regards\nEmma", ()),
    ("Dear Ali,\n\nThank you for applying for the maths teacher post at Hillside Academy. All positions in the maths team have now been filled, and you have therefore been put on our reserve list. We wish you every success in your job search.\n\nKind regards\nHeadteacher",
     ("All positions in the maths team have now been filled, and you have therefore been put on our reserve list", "We wish you every success in your job search")),
    ("Dear Sara,\n\nThank you for your application for the editorial assistant role at the Journal of Rural Studies. We have reviewed the applications and have decided not to take your application further. We wish you every success in your job search.\n\nYours sincerely\nDr Anna Berg",
     ("We have reviewed the applications and have decided not to take your application further", "We wish you every success in your job search")),
    ("Hi Daniel,\n\nI'm getting back to you about the project coordinator position at Northlight Publishing. The company has reviewed the shortlist and has decided to decline your application. Thank you for your time throughout the process.\n\nBest regards\nLisa Hedley, Talent Partners Ltd",
     ("The company has reviewed the shortlist and has decided to decline your application",)),
    ("Dear Nora,\n\nThank you for your application and for coming in for the interview last week. We have thought it over carefully and have unfortunately decided to decline. We wish you every success in your job search.\n\nKind regards\nJonas Ahl, Ahl Construction Ltd",
     ("We have thought it over carefully and have unfortunately decided to decline", "We wish you every success in your job search")),
    ("Dear Amira,\n\nThank you for your application to study Medicine at Northfield University. We received a very large number of strong applications this year, and unfortunately we are unable to offer you a place. We wish you every success with your future studies.\n\nKind regards\nUndergraduate Admissions", ()),
    ("Dear Eva,\n\nThank you for sending us your picture-book manuscript. We read it with real interest, but unfortunately we have decided not to take it further, as it is not quite the right fit for our list. We receive thousands of submissions a year and can only publish a handful.\n\nBest wishes with your writing!\n\nThe Editorial Team\nHarbour Lane Books", ()),
    ("Hi Mike,\n\nThanks for your quote for the roof replacement at Elm Court. The residents' committee has compared the four quotes we received and has decided to go with another contractor. Thanks for taking the time to come out and survey the building.\n\nBest regards\nElm Court Residents' Committee", ()),
    ("Dear Karen,\n\nThank you for the offer and for your confidence in me. Unfortunately, after a lot of thought and a counter-offer from my current employer, I have decided to decline. I hope you find the right person soon.\n\nKind regards\nDavid", ()),
    ("Dear Nora,\n\nThank you for your application for the controller role and for our conversation on Tuesday. I've thought about it carefully, but unfortunately I have decided to decline your application. I wish you every success in your job search.\n\nKind regards\nAnne Lind, Finance Director",
     ("I've thought about it carefully, but unfortunately I have decided to decline your application", "I wish you every success in your job search")),
    ("Dear Elias,\n\nThank you for applying for a summer job as a caretaker's assistant at Hillside Academy. All places are unfortunately already taken, and you have therefore been put on the waiting list as number 4. We will be in touch if a place becomes available.\n\nKind regards\nHeadteacher",
     ("All places are unfortunately already taken, and you have therefore been put on the waiting list as number 4",)),
])

fam("de", [
    ("Sehr geehrte Familie Becker,\n\nvielen Dank für Ihre Anmeldung von Ida an der Lindenschule. Alle Plätze in der 9. Klasse sind leider bereits vergeben, und Ida wurde deshalb auf Platz 4 der Warteliste gesetzt. Sobald ein Platz frei wird, melden wir uns bei Ihnen.\n\nMit freundlichen Grüßen\nSekretariat der Lindenschule", ()),
    ("Sehr geehrte Frau Yilmaz,\n\nvielen Dank für Ihr Interesse an der Freien Schule am See. Wir haben alle Anmeldungen für die erste Klasse geprüft und können Ihrem Sohn leider keinen Platz zum kommenden Schuljahr anbieten. Er bleibt auf unserer Warteliste.\n\nMit freundlichen Grüßen\nSchulleitung", ()),
    ("Sehr geehrter Herr Wagner,\n\nvielen Dank für Ihre Bewerbung um einen Studienplatz im Masterstudiengang Volkswirtschaftslehre. Leider müssen wir Ihnen mitteilen, dass Sie für den Studiengang nicht zugelassen wurden. Die Zahl der Bewerbungen übersteigt die verfügbaren Plätze deutlich.\n\nMit freundlichen Grüßen\nStudierendenservice, Universität Mannheim", ()),
    ("Sehr geehrte Frau Dr. Hofmann,\n\nvielen Dank, dass Sie Ihr Manuskript bei der Zeitschrift für Stadtsoziologie eingereicht haben. Die Herausgeber haben es mit Interesse gelesen, aber beschlossen, es nicht in das Peer-Review-Verfahren zu geben, da das Thema nicht ausreichend zum aktuellen Schwerpunkt der Zeitschrift passt. Wir wünschen Ihnen viel Erfolg bei der Veröffentlichung an anderer Stelle.\n\nMit freundlichen Grüßen\nDie Herausgeber", ()),
    ("Liebe Frau Brandt,\n\nvielen Dank für die Zusendung Ihres Romanmanuskripts. Wir haben es mit großem Interesse gelesen, haben uns aber leider entschieden, es nicht in unser Verlagsprogramm aufzunehmen. Wir erhalten jedes Jahr mehrere tausend Manuskripte und können nur wenige veröffentlichen.\n\nFür Ihr weiteres Schreiben wünschen wir Ihnen alles Gute.\n\nMit freundlichen Grüßen\nLektorat, Nordlicht Verlag", ()),
    ("Sehr geehrter Herr Krüger,\n\nvielen Dank für Ihr Angebot zur Sanierung der Dachflächen unserer Wohnanlage. Nach Prüfung aller eingegangenen Angebote haben wir uns leider für einen anderen Anbieter entschieden. Wir bedanken uns für Ihre Mühe und den Ortstermin.\n\nMit freundlichen Grüßen\nHausverwaltung Schmidt GmbH", ()),
    ("Sehr geehrte Frau Lang,\n\nvielen Dank für das Angebot für die Stelle als Controller. Ich habe mir das am Wochenende gründlich überlegt, habe mich aber leider entschieden abzusagen. Mein jetziger Arbeitgeber hat mir ein Gegenangebot gemacht, das ich angenommen habe.\n\nVielen Dank für den angenehmen Bewerbungsprozess.\n\nMit freundlichen Grüßen\nJan Becker", ()),
    ("Hallo Herr Peters,\n\nherzlichen Dank für Ihr Angebot. Nach reiflicher Überlegung habe ich mich leider dazu entschlossen, es abzulehnen, da ich in meiner jetzigen Position bleiben möchte. Die Entscheidung ist mir nicht leichtgefallen.\n\nIch wünsche Ihnen viel Erfolg bei der weiteren Suche.\n\nViele Grüße\nEmma Lorenz", ()),
    ("Sehr geehrter Herr Demir,\n\nvielen Dank für Ihre Bewerbung als Mathematiklehrer an der Lindenschule. Alle Stellen im Team sind inzwischen besetzt, und Sie wurden deshalb auf unsere Reserveliste gesetzt. Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.\n\nMit freundlichen Grüßen\nSchulleitung",
     ("Alle Stellen im Team sind inzwischen besetzt, und Sie wurden deshalb auf unsere Reserveliste gesetzt", "Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute")),
    ("Sehr geehrte Frau Richter,\n\nvielen Dank für Ihre Bewerbung als Redaktionsassistentin bei der Zeitschrift für Stadtsoziologie. Wir haben alle Bewerbungen geprüft und entschieden, Ihre Bewerbung nicht weiter zu berücksichtigen. Für Ihren weiteren Berufsweg wünschen wir Ihnen viel Erfolg.\n\nMit freundlichen Grüßen\nDie Herausgeber",
     ("Wir haben alle Bewerbungen geprüft und entschieden, Ihre Bewerbung nicht weiter zu berücksichtigen", "Für Ihren weiteren Berufsweg wünschen wir Ihnen viel Erfolg")),
    ("Hallo Herr Schulz,\n\nich melde mich wegen der Stelle als Projektkoordinator beim Nordlicht Verlag. Das Unternehmen hat die Kandidaten geprüft und sich entschieden, Ihre Bewerbung abzulehnen. Vielen Dank für Ihre Zeit im Prozess.\n\nBeste Grüße\nLisa Hecht, Talent Partner GmbH",
     ("Das Unternehmen hat die Kandidaten geprüft und sich entschieden, Ihre Bewerbung abzulehnen",)),
    ("Sehr geehrte Frau Novak,\n\nvielen Dank für Ihre Bewerbung und das Gespräch in der letzten Woche. Wir haben uns das gründlich überlegt und uns leider entschieden, Ihnen abzusagen. Für Ihre weitere Jobsuche wünschen wir Ihnen viel Erfolg.\n\nMit freundlichen Grüßen\nJonas Ahl, Ahl Bau GmbH",
     ("Wir haben uns das gründlich überlegt und uns leider entschieden, Ihnen abzusagen", "Für Ihre weitere Jobsuche wünschen wir Ihnen viel Erfolg")),
    ("Liebe Frau Özdemir,\n\nvielen Dank für Ihre Bewerbung für den Studiengang Pflege an der Hochschule Nordstadt. Wir haben in diesem Jahr sehr viele starke Bewerbungen erhalten und können Ihnen leider keinen Studienplatz anbieten. Für Ihr weiteres Studium wünschen wir Ihnen alles Gute.\n\nMit freundlichen Grüßen\nZulassungsstelle", ()),
    ("Lieber Herr Krause,\n\nvielen Dank für Ihren Vortragsvorschlag für die Fachtagung Digitale Verwaltung 2025. Das Programmkomitee hat über 300 Einreichungen geprüft und sich leider entschieden, Ihren Vortrag nicht in das Programm aufzunehmen. Wir würden uns freuen, Sie als Teilnehmer begrüßen zu dürfen.\n\nMit freundlichen Grüßen\nDas Programmkomitee", ()),
    ("Hallo Herr Vogel,\n\nvielen Dank für Ihre Sponsoringanfrage für die D-Jugend des TSV Lindenau. Wir erhalten sehr viele solcher Anfragen und haben uns leider entschieden, diesmal abzusagen. Viel Erfolg bei der Suche nach Unterstützern!\n\nMit freundlichen Grüßen\nMarketing, Sparkasse Lindenau", ()),
    ("Liebe Frau Roth,\n\nvielen Dank für das Angebot und Ihr Vertrauen. Nach langem Überlegen und einem Gegenangebot meines jetzigen Arbeitgebers habe ich mich leider entschieden, abzusagen. Ich hoffe, Sie finden bald die richtige Person.\n\nMit freundlichen Grüßen\nDavid Berger", ()),
    ("Sehr geehrte Frau Novak,\n\nvielen Dank für Ihre Bewerbung als Controllerin und das Gespräch am Dienstag. Ich habe lange überlegt, habe mich aber leider entschieden, Ihnen abzusagen. Für Ihre weitere Jobsuche wünsche ich Ihnen viel Erfolg.\n\nMit freundlichen Grüßen\nAnne Lind, Leiterin Finanzen",
     ("Ich habe lange überlegt, habe mich aber leider entschieden, Ihnen abzusagen", "Für Ihre weitere Jobsuche wünsche ich Ihnen viel Erfolg")),
    ("Hallo Elias,\n\nvielen Dank für deine Bewerbung für einen Ferienjob als Hausmeisterhilfe an der Lindenschule. Alle Plätze sind leider schon vergeben, und du stehst deshalb auf Platz 4 der Warteliste. Wir melden uns, falls ein Platz frei wird.\n\nViele Grüße\nSekretariat der Lindenschule",
     ("Alle Plätze sind leider schon vergeben, und du stehst deshalb auf Platz 4 der Warteliste",)),
])

fam("fi", [
    ("Hei Maria ja Pekka,\n\nKiitos hakemuksestanne Idan koulupaikasta Mäntylän kouluun. Kaikki 9. luokan paikat ovat valitettavasti täynnä, ja Ida on siksi asetettu jonotuslistalle sijalle 4. Otamme yhteyttä heti, jos paikka vapautuu.\n\nYstävällisin terveisin\nAnne Mäkinen, rehtori", ()),
    ("Hei Johanna,\n\nKiitos mielenkiinnostanne Steiner-koulua kohtaan. Olemme käyneet läpi kaikki hakemukset ensimmäiselle luokalle, emmekä valitettavasti voi tarjota pojallenne paikkaa syksyksi. Hän on edelleen jonossamme.\n\nYstävällisin terveisin\nKoulun kanslia", ()),
    ("Hei Oskari,\n\nKiitos ilmoittautumisestasi espanjan alkeiskurssille. Kurssi on valitettavasti jo täynnä, emmekä voineet ottaa sinua mukaan tälle lukukaudelle. Kevään kurssien ilmoittautuminen alkaa joulukuussa.\n\nTerveisin\nKansalaisopisto", ()),
    ("Hyvä tohtori Virtanen,\n\nKiitos, että lähetitte käsikirjoituksenne Kaupunkitutkimus-lehteen. Toimitus on lukenut sen kiinnostuksella, mutta olemme päättäneet olla lähettämättä sitä vertaisarviointiin, koska aihe ei riittävästi vastaa lehden nykyistä painopistettä. Toivotamme onnea artikkelin julkaisemiseen muualla.\n\nYstävällisin terveisin\nToimitus", ()),
    ("Hei Mette,\n\nKiitos esitelmäehdotuksestasi Terveysteknologian päiville 2025. Ohjelmatoimikunta sai yli 300 ehdotusta, ja valitettavasti esitelmääsi ei valittu tämän vuoden ohjelmaan. Toivottavasti näemme sinut tapahtumassa osallistujana.\n\nTerveisin\nOhjelmatoimikunta", ()),
    ("Hei Karin,\n\nKiitos rahoitushakemuksestasi. Rahaston hallitus on nyt käsitellyt kaikki tämän haun hakemukset, ja valitettavasti hakemuksesi ei saanut rahoitusta. Hakemuksia tuli ennätysmäärä.\n\nYstävällisin terveisin\nPohjoisen kulttuurirahasto", ()),
    ("Hei Anna,\n\nKiitos paljon työtarjouksesta controllerin tehtävään. Mietin asiaa paljon viikonlopun aikana, mutta olen valitettavasti päättänyt kieltäytyä. Nykyinen työnantajani teki minulle vastatarjouksen, jonka päätin ottaa vastaan.\n\nKiitos mukavasta prosessista.\n\nTerveisin\nJukka", ()),
    ("Hei Pekka,\n\nKiitos tarjouksesta. Olen miettinyt asiaa huolellisesti ja päättänyt valitettavasti kieltäytyä, koska haluan jäädä nykyiseen tehtävääni. Päätös ei ollut helppo.\n\nToivotan teille onnea oikean henkilön löytämiseen.\n\nTerveisin\nEmma", ()),
    ("Hei Ali,\n\nKiitos hakemuksestasi matematiikan opettajan tehtävään Mäntylän kouluun. Kaikki tiimin paikat on nyt täytetty, ja sinut on siksi asetettu varalistallemme. Toivotamme sinulle onnea työnhakuun.\n\nYstävällisin terveisin\nAnne Mäkinen, rehtori",
     ("Kaikki tiimin paikat on nyt täytetty, ja sinut on siksi asetettu varalistallemme", "Toivotamme sinulle onnea työnhakuun")),
    ("Hei Sara,\n\nKiitos hakemuksestasi toimitusassistentin tehtävään Kaupunkitutkimus-lehteen. Olemme käyneet hakemukset läpi ja päättäneet olla viemättä hakemustasi eteenpäin. Toivotamme sinulle onnea työnhakuun.\n\nYstävällisin terveisin\nToimitus",
     ("Olemme käyneet hakemukset läpi ja päättäneet olla viemättä hakemustasi eteenpäin", "Toivotamme sinulle onnea työnhakuun")),
    ("Hei Daniel,\n\nPalaan asiaan koskien projektikoordinaattorin tehtävää Revontuli Kustannuksella. Yritys on käynyt ehdokkaat läpi ja päättänyt hylätä hakemuksesi. Kiitos ajastasi prosessin aikana.\n\nTerveisin\nLiisa Heino, Talent Partners Oy",
     ("Yritys on käynyt ehdokkaat läpi ja päättänyt hylätä hakemuksesi",)),
    ("Hei Nora,\n\nKiitos hakemuksestasi ja viime viikon haastattelusta. Olemme miettineet asiaa huolellisesti ja päättäneet valitettavasti hylätä hakemuksesi tällä kertaa. Toivotamme sinulle onnea työnhakuun.\n\nTerveisin\nJonas Ahl, Ahl Rakennus Oy",
     ("Olemme miettineet asiaa huolellisesti ja päättäneet valitettavasti hylätä hakemuksesi tällä kertaa", "Toivotamme sinulle onnea työnhakuun")),
    ("Hei Aino,\n\nKiitos hakemuksestasi sairaanhoitajakoulutukseen Pohjoisen ammattikorkeakoulussa. Saimme tänä vuonna erittäin paljon vahvoja hakemuksia, emmekä valitettavasti voi tarjota sinulle opiskelupaikkaa. Toivotamme sinulle onnea opintoihin jatkossa.\n\nYstävällisin terveisin\nHakijapalvelut", ()),
    ("Hei Eeva,\n\nKiitos, että lähetit meille romaanikäsikirjoituksesi. Luimme sen suurella kiinnostuksella, mutta olemme valitettavasti päättäneet olla julkaisematta sitä. Saamme vuosittain tuhansia käsikirjoituksia ja voimme julkaista niistä vain muutaman.\n\nOnnea kirjoittamiseen!\n\nTerveisin\nKustannustoimitus, Revontuli Kustannus", ()),
    ("Hei Mikko,\n\nKiitos tarjouksestanne taloyhtiömme kattoremontista. Hallitus on vertaillut saamiamme neljää tarjousta ja päättänyt valita toisen urakoitsijan. Kiitos, että kävitte katsomassa kohteen.\n\nTerveisin\nAsunto Oy Mäntyrinteen hallitus", ()),
    ("Hei Karin,\n\nKiitos tarjouksesta ja luottamuksesta. Pitkän pohdinnan ja nykyisen työnantajani vastatarjouksen jälkeen olen valitettavasti päättänyt kieltäytyä. Toivottavasti löydätte pian oikean henkilön.\n\nTerveisin\nDavid", ()),
    ("Hei Nora,\n\nKiitos hakemuksestasi controllerin tehtävään ja tiistain keskustelusta. Mietin asiaa pitkään, mutta olen valitettavasti päättänyt hylätä hakemuksesi. Toivotan sinulle onnea työnhakuun.\n\nTerveisin\nAnne Lind, talousjohtaja",
     ("Mietin asiaa pitkään, mutta olen valitettavasti päättänyt hylätä hakemuksesi", "Toivotan sinulle onnea työnhakuun")),
    ("Hei Elias,\n\nKiitos hakemuksestasi kesätyöhön talonmiehen apulaiseksi Mäntylän kouluun. Kaikki paikat on valitettavasti jo täytetty, ja sinut on siksi asetettu jonotuslistalle sijalle 4. Otamme yhteyttä, jos paikka vapautuu.\n\nTerveisin\nAnne Mäkinen, rehtori",
     ("Kaikki paikat on valitettavasti jo täytetty, ja sinut on siksi asetettu jonotuslistalle sijalle 4",)),
])

with open(sys.argv[1] if len(sys.argv) > 1 else "tests/corpus/nonjob7.jsonl", "w") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows))

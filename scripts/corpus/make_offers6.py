"""Task offers6: own-wording drafts for tests/corpus/offers6.jsonl (see tests/corpus/README.md).

Per language, 11 drafts (ids o6-<lang>-NNN):
  001 offer after softeners in the same sentence (not-rejection)
  002 offer after softeners in the neighbouring sentence (not-rejection)
  003 twin: the same softeners, the job offered to someone else (generic)
  004 the candidate declines an offer, first person (not-rejection)
  005 the candidate withdraws, first person (not-rejection)
  006 a delay notice: many applications, no decision taken yet (not-rejection)
  007 twin: after all the applications, "we can't offer you the job" (generic)
  008 a club that has not yet found a coach, the post still open (not-rejection)
  009 twin: the club has found someone else for the post (generic)
  010 a housing queue: the one before you declined, your turn, a viewing offered (not-rejection)
  011 a landlord gone with another couple after a viewing (not-rejection)
  012 an offer after a long wait and a hard choice, "now we have decided" (not-rejection)
  013 a delay: unfortunately no decision yet, you are still in the running (not-rejection)
  014 a flat let to another applicant higher in the queue (not-rejection)
"""
import json, sys

rows = []
NR, GR = "not-rejection", "generic-rejection"


def add(lang, label, stage, text, gen=(), risky=(), note=""):
    n = sum(1 for r in rows if r["lang"] == lang) + 1
    for s in list(gen) + list(risky):
        assert text.count(s) == 1, (lang, n, s)
    assert (stage is None) == (label == NR), (lang, n)
    rows.append({"id": f"o6-{lang}-{n:03d}", "lang": lang, "label": label, "stage": stage, "text": text,
                 "generic_spans": list(gen), "risky_spans": list(risky), "note": note})


def fam(lang, d):
    """d: the eleven drafts of one language, in the order of the module comment."""
    add(lang, NR, None, d[0][0], note="offer after softeners in the same sentence")
    add(lang, NR, None, d[1][0], note="offer after softeners in the neighbouring sentence")
    add(lang, GR, "interview", d[2][0], gen=d[2][1], note="twin: softeners, the job offered to someone else")
    add(lang, NR, None, d[3][0], note="candidate declines the offer")
    add(lang, NR, None, d[4][0], note="candidate withdraws the application")
    add(lang, NR, None, d[5][0], note="delay: no decision taken yet")
    add(lang, GR, "application", d[6][0], gen=d[6][1], note="twin: we can't offer you the job")
    add(lang, NR, None, d[7][0], note="club: no coach found yet, post still open")
    add(lang, GR, "application", d[8][0], gen=d[8][1], note="twin: club found someone else")
    add(lang, NR, None, d[9][0], note="housing queue: your turn, a viewing")
    add(lang, NR, None, d[10][0], note="landlord: another couple after a viewing")
    add(lang, NR, None, d[11][0], note="offer after a long wait and a hard choice")
    add(lang, NR, None, d[12][0], note="delay: unfortunately no decision yet")
    add(lang, NR, None, d[13][0], note="housing: flat let to another applicant in the queue")


# ---------------- sv
fam("sv", [
    ("Hej Elin,\n\nTack för intervjun i torsdags. Vi hade många starka sökande till tjänsten som ekonomiassistent och det var inget lätt beslut, men vi är glada att kunna erbjuda dig tjänsten. Anställningsavtalet bifogas och vi föreslår tillträde den 1 september.\n\nGrattis och varmt välkommen!\n\nVänliga hälsningar\nKarin Berg, Lindholms Bygg AB", ()),
    ("Hej Johan,\n\nKonkurrensen var hård och det har varit ett svårt beslut för oss. Desto gladare är vi att få meddela att vi vill erbjuda dig jobbet som lagerchef i Borås! Hör av dig senast fredag om du tackar ja, så skickar jag över avtalet.\n\nHälsningar\nMaria", ()),
    ("Hej Elin,\n\nTack för intervjun i torsdags. Vi hade många starka sökande till tjänsten som ekonomiassistent och det var inget lätt beslut, men vi har erbjudit tjänsten till en annan kandidat.\n\nVi önskar dig lycka till i ditt fortsatta jobbsökande.\n\nVänliga hälsningar\nKarin Berg",
     ("Vi hade många starka sökande till tjänsten som ekonomiassistent och det var inget lätt beslut, men vi har erbjudit tjänsten till en annan kandidat", "Vi önskar dig lycka till i ditt fortsatta jobbsökande")),
    ("Hej Anders,\n\nTack så mycket för erbjudandet om tjänsten som projektledare och för trevliga samtal under processen. Efter moget övervägande har jag bestämt mig för att tacka nej, eftersom jag har valt att stanna kvar hos min nuvarande arbetsgivare. Det var inget lätt beslut.\n\nJag önskar er lycka till med rekryteringen.\n\nVänliga hälsningar\nSara Nilsson", ()),
    ("Hej Lotta,\n\nTack för inbjudan till andra intervjun. Jag har fått ett annat erbjudande som jag har tackat ja till, och vill därför dra tillbaka min ansökan till tjänsten som säljare. Ledsen för besväret!\n\nMvh\nDavid", ()),
    ("Hej Fatima,\n\nTack för din ansökan till tjänsten som HR-specialist. Vi har fått väldigt många ansökningar, så urvalet tar längre tid än vi räknat med. Urvalet pågår fortfarande och vi har inte fattat något beslut ännu. Vi återkommer till dig senast vecka 22.\n\nVänliga hälsningar\nHR, Nordvik Energi", ()),
    ("Hej Johan,\n\nTack för ditt tålamod medan vi gick igenom alla ansökningar. Efter noggrant övervägande kan vi tyvärr inte erbjuda dig jobbet som lagerarbetare.\n\nTack för ditt intresse och lycka till!\n\nHälsningar\nMaria",
     ("Efter noggrant övervägande kan vi tyvärr inte erbjuda dig jobbet som lagerarbetare",)),
    ("Hej Niklas,\n\nTack för att du hörde av dig om tränaruppdraget för P12-laget. Vi har fortfarande inte hittat någon ny tränare till laget, så uppdraget är fortfarande ledigt och vi har förlängt sista ansökningsdag till 15 mars. Skicka gärna några rader om dig själv!\n\nHälsningar\nPeter, Söderby IF", ()),
    ("Hej Niklas,\n\nTack för ditt intresse för att träna vårt P12-lag. Vi har nu hittat någon annan som tar laget den här säsongen, så uppdraget är tillsatt.\n\nHälsningar\nPeter, Söderby IF",
     ("Vi har nu hittat någon annan som tar laget den här säsongen, så uppdraget är tillsatt",)),
    ("Hej Mira,\n\nDen som stod före dig i kön tackade nej till trean på Kvarngatan 4, så nu är det din tur. Vi erbjuder dig en visning tisdag kl. 17. Svara på det här mejlet för att bekräfta tiden.\n\nVänliga hälsningar\nUthyrningen, Bostadsbolaget Hemvist", ()),
    ("Hej Mira och Jonas,\n\nTack för att ni kom på visningen av lägenheten i lördags. Vi har valt att gå vidare med ett annat par som kan flytta in tidigare, så lägenheten är tyvärr inte längre ledig. Lycka till med letandet!\n\nHälsningar\nSimon (hyresvärd)", ()),
    ('Hej Amir,\n\nFörlåt att det dröjt! Vi har vägt fram och tillbaka länge, för det var jämnt mellan flera kandidater. Nu har vi bestämt oss: vi vill gärna anställa dig som undersköterska på avdelning 3 från och med den 15 augusti. Välkommen till oss!\n\nHälsningar\nLena Holm, Ekbackens vårdboende', ()),
    ('Hej Sofia,\n\nTyvärr har vi inte kunnat fatta något beslut än, eftersom några intervjuer har fått flyttas fram. Du är fortfarande med i processen och vi hör av oss så snart vi vet mer.\n\nVänliga hälsningar\nJonas, Fjällbo Resor', ()),
    ('Hej Erik,\n\nTack för din intresseanmälan till tvåan på Björkvägen 12. Tyvärr har lägenheten gått till en annan sökande med längre kötid. Din köplats ligger kvar och du kan söka nya lägenheter direkt på Mina sidor.\n\nVänliga hälsningar\nBostadsförmedlingen Sydstad', ()),
])

# ---------------- da
fam("da", [
    ("Kære Mette\n\nTak for samtalen i torsdags. Vi havde mange stærke ansøgere til stillingen som bogholder, og det var ikke en let beslutning – desto mere glæder det os at tilbyde dig stillingen. Kontrakten er vedhæftet, og vi foreslår tiltrædelse den 1. september.\n\nTillykke og velkommen!\n\nVenlig hilsen\nKaren Holm, Nørgaard Byg A/S", ()),
    ("Hej Jonas\n\nDer var hård konkurrence om stillingen, og det var en svær beslutning for os. Vi vil rigtig gerne tilbyde dig jobbet som lagerchef i Vejle! Giv mig besked senest fredag, om du siger ja, så sender jeg kontrakten.\n\nMvh\nMaria", ()),
    ("Kære Mette\n\nTak for samtalen i torsdags. Vi havde mange stærke ansøgere til stillingen som bogholder, og det var ikke en let beslutning, men vi har tilbudt stillingen til en anden kandidat.\n\nVi ønsker dig held og lykke med jobsøgningen.\n\nVenlig hilsen\nKaren Holm",
     ("Vi havde mange stærke ansøgere til stillingen som bogholder, og det var ikke en let beslutning, men vi har tilbudt stillingen til en anden kandidat", "Vi ønsker dig held og lykke med jobsøgningen")),
    ("Kære Anders\n\nMange tak for tilbuddet om stillingen som projektleder og for nogle gode samtaler undervejs. Efter grundige overvejelser har jeg besluttet ikke at tage imod tilbuddet, da jeg har valgt at blive hos min nuværende arbejdsgiver. Det var ikke en let beslutning.\n\nJeg ønsker jer held og lykke med rekrutteringen.\n\nVenlig hilsen\nSara Nielsen", ()),
    ("Hej Lotte\n\nTak for invitationen til anden samtale. Jeg har fået et andet tilbud, som jeg har takket ja til, og vil derfor gerne trække min ansøgning tilbage. Undskyld ulejligheden!\n\nMvh\nDavid", ()),
    ("Kære Fatima\n\nTak for din ansøgning til stillingen som HR-konsulent. Vi har modtaget rigtig mange ansøgninger, så udvælgelsen tager længere tid end forventet. Vi er stadig i gang med udvælgelsen og har endnu ikke truffet nogen beslutning. Vi vender tilbage senest i uge 22.\n\nVenlig hilsen\nHR, Vestkyst Energi", ()),
    ("Hej Jonas\n\nTak for din tålmodighed, mens vi gennemgik alle ansøgningerne. Efter nøje overvejelse kan vi desværre ikke tilbyde dig jobbet som lagermedarbejder.\n\nTak for din interesse og held og lykke!\n\nHilsen\nMaria",
     ("Efter nøje overvejelse kan vi desværre ikke tilbyde dig jobbet som lagermedarbejder",)),
    ("Hej Niklas\n\nTak fordi du skrev om trænerjobbet for U12-holdet. Vi har stadig ikke fundet en ny træner til holdet, så posten er stadig ledig, og vi har forlænget ansøgningsfristen til den 15. marts. Send os gerne et par linjer om dig selv!\n\nSportslige hilsner\nPeter, Søby IF", ()),
    ("Hej Niklas\n\nTak for din interesse i at træne vores U12-hold. Vi har nu fundet en anden, der tager holdet i denne sæson, så posten er besat.\n\nHilsen\nPeter, Søby IF",
     ("Vi har nu fundet en anden, der tager holdet i denne sæson, så posten er besat",)),
    ("Hej Mira\n\nDen, der stod før dig på ventelisten, har takket nej til 3-værelseslejligheden på Møllegade 4, så nu er det din tur. Vi tilbyder dig en fremvisning tirsdag kl. 17. Svar på denne mail for at bekræfte tidspunktet.\n\nVenlig hilsen\nUdlejningen, Boligselskabet Hjemly", ()),
    ("Hej Mira og Jonas\n\nTak fordi I kom til fremvisningen af lejligheden i lørdags. Vi har valgt et andet par, som kan flytte ind tidligere, så lejligheden er desværre ikke længere ledig. Held og lykke med søgningen!\n\nHilsen\nSimon (udlejer)", ()),
    ('Hej Amir\n\nUndskyld, at det har trukket ud! Vi har vendt det længe, for det var tæt løb mellem flere kandidater. Nu har vi besluttet os: Vi vil gerne ansætte dig som social- og sundhedsassistent på afsnit 3 fra den 15. august. Velkommen til!\n\nHilsen\nLene Holm, Egebakken Plejecenter', ()),
    ('Hej Sofie\n\nVi har desværre ikke kunnet træffe en beslutning endnu, da et par samtaler er blevet rykket. Du er stadig med i processen, og vi vender tilbage, så snart vi ved mere.\n\nVenlig hilsen\nJonas, Fjordrejser', ()),
    ('Hej Erik\n\nTak for din interesse for 2-værelseslejligheden på Birkevej 12. Lejligheden er desværre gået til en anden ansøger med højere anciennitet på ventelisten. Du beholder din plads på listen og kan søge nye boliger under Min side.\n\nVenlig hilsen\nBoligforeningen Sydby', ()),
])

# ---------------- nb
fam("nb", [
    ("Hei Ingrid,\n\nTakk for intervjuet på torsdag. Vi hadde mange sterke søkere til stillingen som regnskapsmedarbeider, og det var ingen enkel avgjørelse, men vi er glade for å kunne tilby deg stillingen. Arbeidskontrakten ligger vedlagt, og vi foreslår oppstart 1. september.\n\nGratulerer, og velkommen!\n\nVennlig hilsen\nKari Lunde, Fjordbygg AS", ()),
    ("Hei Jonas,\n\nDet var mange gode kandidater, og valget var vanskelig. Derfor er vi ekstra glade for å kunne tilby deg jobben som lagersjef i Drammen! Gi meg beskjed innen fredag om du takker ja, så sender jeg kontrakten.\n\nHilsen\nMarte", ()),
    ("Hei Ingrid,\n\nTakk for intervjuet på torsdag. Vi hadde mange sterke søkere til stillingen som regnskapsmedarbeider, og det var ingen enkel avgjørelse, men vi har tilbudt stillingen til en annen kandidat.\n\nVi ønsker deg lykke til videre med jobbsøkingen.\n\nVennlig hilsen\nKari Lunde",
     ("Vi hadde mange sterke søkere til stillingen som regnskapsmedarbeider, og det var ingen enkel avgjørelse, men vi har tilbudt stillingen til en annen kandidat", "Vi ønsker deg lykke til videre med jobbsøkingen")),
    ("Hei Anders,\n\nTusen takk for tilbudet om stillingen som prosjektleder og for gode samtaler underveis. Etter nøye vurdering har jeg bestemt meg for å takke nei til tilbudet, siden jeg har valgt å bli hos min nåværende arbeidsgiver. Det var ingen lett beslutning.\n\nLykke til med rekrutteringen videre!\n\nVennlig hilsen\nSara Nilsen", ()),
    ("Hei Line,\n\nTakk for invitasjonen til andre intervju. Jeg har fått et annet tilbud som jeg har takket ja til, og ønsker derfor å trekke søknaden min. Beklager bryderiet!\n\nMvh\nDavid", ()),
    ("Hei Fatima,\n\nTakk for søknaden din på stillingen som HR-rådgiver. Vi har fått svært mange søknader, så det tar lengre tid enn planlagt. Utvelgelsen pågår fortsatt, og vi har ikke tatt noen beslutning ennå. Vi kommer tilbake til deg innen uke 22.\n\nVennlig hilsen\nHR, Vestland Energi", ()),
    ("Hei Jonas,\n\nTakk for tålmodigheten mens vi gikk gjennom alle søknadene. Etter en grundig vurdering kan vi dessverre ikke tilby deg jobben som lagermedarbeider.\n\nTakk for interessen og lykke til!\n\nHilsen\nMarte",
     ("Etter en grundig vurdering kan vi dessverre ikke tilby deg jobben som lagermedarbeider",)),
    ("Hei Nils,\n\nTakk for at du tok kontakt om trenerjobben for G12-laget. Vi har fortsatt ikke funnet en ny trener til laget, så vervet er fremdeles ledig, og vi har forlenget søknadsfristen til 15. mars. Send oss gjerne noen linjer om deg selv!\n\nSportslig hilsen\nPer, Solbakken IL", ()),
    ("Hei Nils,\n\nTakk for at du vil trene G12-laget vårt. Vi har nå funnet en annen som tar laget denne sesongen, så vervet er besatt.\n\nHilsen\nPer, Solbakken IL",
     ("Vi har nå funnet en annen som tar laget denne sesongen, så vervet er besatt",)),
    ("Hei Mira,\n\nDen som stod foran deg i boligkøen, takket nei til treromsleiligheten i Møllegata 4, så nå er det din tur. Vi tilbyr deg en visning tirsdag kl. 17. Svar på denne e-posten for å bekrefte tidspunktet.\n\nVennlig hilsen\nUtleie, Boligbyggelaget Heimly", ()),
    ("Hei Mira og Jonas,\n\nTakk for at dere kom på visning av leiligheten på lørdag. Vi har gått for et annet par som kan flytte inn tidligere, så leiligheten er dessverre ikke ledig lenger. Lykke til med letingen!\n\nHilsen\nSimen (utleier)", ()),
    ('Hei Amir,\n\nBeklager at det har tatt tid! Vi har tenkt lenge, for det var jevnt mellom flere kandidater. Nå har vi bestemt oss: Vi vil gjerne ansette deg som helsefagarbeider på avdeling 3 fra 15. august. Velkommen til oss!\n\nHilsen\nLene Holm, Eikelia sykehjem', ()),
    ('Hei Sofie,\n\nVi har dessverre ikke kunnet ta en avgjørelse ennå, fordi noen intervjuer har blitt flyttet. Du er fortsatt med i prosessen, og vi gir beskjed så snart vi vet mer.\n\nVennlig hilsen\nJonas, Fjellreiser', ()),
    ('Hei Erik,\n\nTakk for interessen for toromsleiligheten i Bjørkeveien 12. Leiligheten har dessverre gått til en annen søker med lengre ansiennitet i boligkøen. Du beholder plassen din i køen og kan søke på nye boliger på Min side.\n\nVennlig hilsen\nBoligkontoret Sørby', ()),
])

# ---------------- en
fam("en", [
    ("Dear Priya,\n\nThank you again for coming in to meet the team last week. We had many strong applicants for the Logistics Coordinator role and it was not an easy decision, but we are delighted to offer you the position. The contract is attached, and we'd like you to start on 2 June if that suits you.\n\nCongratulations, and welcome aboard!\n\nBest regards,\nMartin Cole, Harbourline Freight", ()),
    ("Hi Tom,\n\nThe competition for this post was tough and the panel found it a really difficult choice. In the end, we'd like to offer you the role of Assistant Store Manager at our Leeds branch! Could you let me know by Friday whether you accept? I'll send the contract straight after.\n\nWarm regards,\nSasha", ()),
    ("Dear Priya,\n\nThank you again for coming in to meet the team last week. We had many strong applicants for the Logistics Coordinator role and it was not an easy decision, but we have offered the position to another candidate.\n\nWe wish you every success in your job search.\n\nBest regards,\nMartin Cole",
     ("We had many strong applicants for the Logistics Coordinator role and it was not an easy decision, but we have offered the position to another candidate", "We wish you every success in your job search")),
    ("Dear Ms Harper,\n\nThank you so much for the offer of the Finance Analyst position and for the time you and the team spent with me. After careful consideration I have decided not to accept the offer, as I have chosen a role closer to home. It was not an easy decision.\n\nI wish you and the team all the best.\n\nKind regards,\nOmar Haddad", ()),
    ("Hi James,\n\nThanks for inviting me to the second interview on Thursday. I have since accepted another position, so I have decided to withdraw my application for the Sales Executive role. Sorry for any inconvenience!\n\nBest,\nLeah", ()),
    ("Dear Anna,\n\nThank you for your application for the HR Specialist position. We have received a very large number of applications, so the process is taking longer than planned. The selection is still ongoing and we have not made any decision yet. We expect to get back to you by the end of May.\n\nKind regards,\nHR, Nordway Energy", ()),
    ("Hi Tom,\n\nThank you for your patience while we went through all the applications. After careful consideration, we're sorry to say that we can't offer you the job as a warehouse operative.\n\nThanks for your interest and all the best,\nSasha",
     ("After careful consideration, we're sorry to say that we can't offer you the job as a warehouse operative",)),
    ("Hi Chris,\n\nThanks for asking about coaching the U12 team. We still haven't found a new coach for the team, so the post is still open and we've extended the deadline to 15 March. Feel free to send us a few lines about yourself!\n\nCheers,\nDave, Riverside FC", ()),
    ("Hi Chris,\n\nThanks for your interest in coaching our U12 team. We've now found someone else to take the team this season, so the post has been filled.\n\nCheers,\nDave, Riverside FC",
     ("We've now found someone else to take the team this season, so the post has been filled",)),
    ("Hi Mia,\n\nThe person before you in the queue declined the two-bedroom flat on Mill Road, so now it's your turn. We'd like to offer you a viewing on Tuesday at 5 pm. Please reply to this email to confirm the time.\n\nBest regards,\nLettings team, Greenhill Homes", ()),
    ("Hi Mia and Jon,\n\nThanks for coming to view the flat on Baker Street on Saturday. We've gone with another couple who can move in sooner, so unfortunately the flat is no longer available. Good luck with the search!\n\nKind regards,\nSimon (landlord)", ()),
    ("Hi Amir,\n\nSorry this has taken so long! We went back and forth for a while, because it was close between several candidates. Now we've made up our minds: we'd love to take you on as a healthcare assistant on Ward 3 from 15 August. Welcome to the team!\n\nBest,\nLena Holt, Oakbank Care Home", ()),
    ("Hi Sophie,\n\nUnfortunately we haven't been able to reach a decision yet, as a couple of interviews had to be moved. You are still in the running and we'll be in touch as soon as we know more.\n\nKind regards,\nJonas, Fellside Travel", ()),
    ('Dear Eric,\n\nThank you for your interest in the one-bedroom flat at 12 Birch Road. Unfortunately the flat has been let to another applicant who has been on the waiting list longer. You keep your place on the list and can bid for new homes through your account.\n\nKind regards,\nSouthtown Housing Association', ()),
])

# ---------------- de
fam("de", [
    ("Sehr geehrte Frau Albrecht,\n\nvielen Dank für das Gespräch am Donnerstag. Wir hatten viele starke Bewerbungen für die Stelle als Buchhalterin, und die Entscheidung ist uns nicht leichtgefallen – umso mehr freuen wir uns, Ihnen die Stelle anbieten zu können. Den Arbeitsvertrag finden Sie im Anhang; als Eintrittstermin schlagen wir den 1. September vor.\n\nHerzlichen Glückwunsch und willkommen im Team!\n\nMit freundlichen Grüßen\nKatrin Holz, Bergmann Bau GmbH", ()),
    ("Hallo Jonas,\n\ndie Konkurrenz war groß, und die Auswahl ist uns wirklich schwergefallen. Wir möchten dir gerne die Stelle als Lagerleiter in Bochum anbieten! Gib mir bis Freitag Bescheid, ob du zusagst, dann schicke ich dir den Vertrag.\n\nViele Grüße\nMaria", ()),
    ("Sehr geehrte Frau Albrecht,\n\nvielen Dank für das Gespräch am Donnerstag. Wir hatten viele starke Bewerbungen für die Stelle als Buchhalterin, und die Entscheidung ist uns nicht leichtgefallen, doch wir haben die Stelle einer anderen Kandidatin angeboten.\n\nWir wünschen Ihnen für Ihren weiteren beruflichen Weg alles Gute.\n\nMit freundlichen Grüßen\nKatrin Holz",
     ("Wir hatten viele starke Bewerbungen für die Stelle als Buchhalterin, und die Entscheidung ist uns nicht leichtgefallen, doch wir haben die Stelle einer anderen Kandidatin angeboten", "Wir wünschen Ihnen für Ihren weiteren beruflichen Weg alles Gute")),
    ("Sehr geehrter Herr Brandt,\n\nherzlichen Dank für Ihr Angebot für die Stelle als Projektleiter und für die angenehmen Gespräche. Nach reiflicher Überlegung habe ich mich entschieden, das Angebot nicht anzunehmen, da ich bei meinem jetzigen Arbeitgeber bleiben möchte. Die Entscheidung ist mir nicht leichtgefallen.\n\nIch wünsche Ihnen viel Erfolg bei der weiteren Suche.\n\nMit freundlichen Grüßen\nSarah Neumann", ()),
    ("Hallo Frau Lorenz,\n\nvielen Dank für die Einladung zum zweiten Gespräch. Ich habe inzwischen eine andere Zusage angenommen und ziehe meine Bewerbung als Vertriebsmitarbeiter daher zurück. Entschuldigen Sie bitte die Umstände!\n\nViele Grüße\nDavid Krüger", ()),
    ("Sehr geehrte Frau Yilmaz,\n\nvielen Dank für Ihre Bewerbung als HR-Referentin. Aufgrund der vielen Bewerbungen dauert das Auswahlverfahren länger als geplant. Das Verfahren läuft noch, und eine Entscheidung ist noch nicht gefallen. Wir melden uns spätestens Ende Mai bei Ihnen.\n\nMit freundlichen Grüßen\nPersonalabteilung, Nordwind Energie", ()),
    ("Hallo Jonas,\n\ndanke für deine Geduld, während wir alle Bewerbungen durchgesehen haben. Nach sorgfältiger Prüfung können wir dir die Stelle als Lagermitarbeiter leider nicht anbieten.\n\nDanke für dein Interesse und alles Gute!\n\nViele Grüße\nMaria",
     ("Nach sorgfältiger Prüfung können wir dir die Stelle als Lagermitarbeiter leider nicht anbieten",)),
    ("Hallo Niklas,\n\ndanke, dass du dich wegen des Traineramts für unsere D-Jugend gemeldet hast. Wir haben noch keinen neuen Trainer für die Mannschaft gefunden, die Stelle ist also weiterhin offen, und wir haben die Frist bis zum 15. März verlängert. Schreib uns gerne ein paar Zeilen über dich!\n\nSportliche Grüße\nPeter, TSV Sonnenberg", ()),
    ("Hallo Niklas,\n\ndanke für dein Interesse, unsere D-Jugend zu trainieren. Wir haben inzwischen jemand anderen gefunden, der die Mannschaft in dieser Saison übernimmt, die Stelle ist also vergeben.\n\nSportliche Grüße\nPeter, TSV Sonnenberg",
     ("Wir haben inzwischen jemand anderen gefunden, der die Mannschaft in dieser Saison übernimmt, die Stelle ist also vergeben",)),
    ("Hallo Frau Weber,\n\ndie Person vor Ihnen auf der Warteliste hat die 3-Zimmer-Wohnung in der Mühlenstraße 4 abgelehnt, jetzt sind Sie an der Reihe. Wir bieten Ihnen eine Besichtigung am Dienstag um 17 Uhr an. Bitte bestätigen Sie den Termin per Antwort auf diese E-Mail.\n\nMit freundlichen Grüßen\nVermietung, Wohnbau Heimstatt eG", ()),
    ("Hallo Frau Weber, hallo Herr Kaya,\n\ndanke, dass Sie am Samstag zur Besichtigung der Wohnung gekommen sind. Wir haben uns für ein anderes Paar entschieden, das früher einziehen kann, die Wohnung ist also leider nicht mehr frei. Viel Glück bei der weiteren Suche!\n\nBeste Grüße\nSimon Brück (Vermieter)", ()),
    ('Hallo Amir,\n\nentschuldige, dass es so lange gedauert hat! Wir haben lange hin und her überlegt, denn es war knapp zwischen mehreren Kandidaten. Jetzt steht es fest: Wir möchten dich gerne ab dem 15. August als Pflegehelfer auf Station 3 einstellen. Willkommen bei uns!\n\nViele Grüße\nLena Holm, Seniorenresidenz Eichberg', ()),
    ('Hallo Frau Schulz,\n\nleider konnten wir noch keine Entscheidung treffen, da einige Gespräche verschoben werden mussten. Sie sind weiterhin im Verfahren, und wir melden uns, sobald wir mehr wissen.\n\nFreundliche Grüße\nJonas Berg, Alpenreisen GmbH', ()),
    ('Sehr geehrter Herr Vogt,\n\nvielen Dank für Ihr Interesse an der 2-Zimmer-Wohnung im Birkenweg 12. Leider wurde die Wohnung an einen anderen Bewerber vergeben, der schon länger auf der Warteliste steht. Ihr Platz auf der Liste bleibt bestehen, und Sie können sich im Mieterportal auf neue Wohnungen bewerben.\n\nMit freundlichen Grüßen\nWohnungsgenossenschaft Südstadt eG', ()),
])

# ---------------- fi
fam("fi", [
    ("Hei Laura,\n\nkiitos torstain haastattelusta. Saimme kirjanpitäjän tehtävään paljon vahvoja hakemuksia, eikä päätös ollut helppo, mutta meillä on ilo tarjota sinulle tehtävää. Työsopimus on liitteenä, ja ehdotamme aloituspäiväksi 1. syyskuuta.\n\nOnnittelut ja tervetuloa joukkoon!\n\nYstävällisin terveisin\nKaisa Lehto, Rakennus Mäkelä Oy", ()),
    ("Hei Joonas,\n\nkilpailu paikasta oli kova, ja valinta oli meille vaikea. Haluamme tarjota sinulle varastopäällikön paikkaa Tampereella! Kerro perjantaihin mennessä, otatko paikan vastaan, niin lähetän sopimuksen.\n\nTerveisin\nMaria", ()),
    ("Hei Laura,\n\nkiitos torstain haastattelusta. Saimme kirjanpitäjän tehtävään paljon vahvoja hakemuksia, eikä päätös ollut helppo, mutta olemme tarjonneet tehtävää toiselle hakijalle.\n\nToivotamme sinulle onnea työnhakuun.\n\nYstävällisin terveisin\nKaisa Lehto",
     ("Saimme kirjanpitäjän tehtävään paljon vahvoja hakemuksia, eikä päätös ollut helppo, mutta olemme tarjonneet tehtävää toiselle hakijalle", "Toivotamme sinulle onnea työnhakuun")),
    ("Hei Antti,\n\nlämmin kiitos tarjouksesta projektipäällikön tehtävään ja mukavista keskusteluista. Harkittuani asiaa huolellisesti olen päättänyt kieltäytyä tarjouksesta, koska jään nykyiselle työnantajalleni. Päätös ei ollut helppo.\n\nToivotan teille onnea rekrytointiin.\n\nYstävällisin terveisin\nSara Nieminen", ()),
    ("Hei Liisa,\n\nkiitos kutsusta toiseen haastatteluun. Olen ottanut vastaan toisen työpaikan, joten perun hakemukseni myyjän tehtävään. Pahoittelen vaivaa!\n\nTerveisin\nDavid", ()),
    ("Hei Fatima,\n\nkiitos hakemuksestasi HR-asiantuntijan tehtävään. Saimme erittäin paljon hakemuksia, joten valinta kestää suunniteltua kauemmin. Valintaprosessi on vielä kesken, emmekä ole vielä tehneet päätöstä. Palaamme asiaan viimeistään viikolla 22.\n\nYstävällisin terveisin\nHR, Pohjoisvoima Oy", ()),
    ("Hei Joonas,\n\nkiitos kärsivällisyydestäsi, kun kävimme läpi kaikki hakemukset. Huolellisen harkinnan jälkeen emme valitettavasti voi tarjota sinulle varastotyöntekijän paikkaa.\n\nKiitos kiinnostuksestasi ja onnea jatkoon!\n\nTerveisin\nMaria",
     ("Huolellisen harkinnan jälkeen emme valitettavasti voi tarjota sinulle varastotyöntekijän paikkaa",)),
    ("Hei Niko,\n\nkiitos, että kysyit P12-joukkueen valmentajan pestiä. Emme ole vieläkään löytäneet joukkueelle uutta valmentajaa, joten pesti on yhä auki, ja jatkoimme hakuaikaa 15. maaliskuuta asti. Lähetä meille muutama rivi itsestäsi!\n\nUrheilullisin terveisin\nPekka, Sorvarin Pallo ry", ()),
    ("Hei Niko,\n\nkiitos kiinnostuksestasi P12-joukkueen valmentamiseen. Olemme nyt löytäneet toisen henkilön, joka ottaa joukkueen tälle kaudelle, joten pesti on täytetty.\n\nTerveisin\nPekka, Sorvarin Pallo ry",
     ("Olemme nyt löytäneet toisen henkilön, joka ottaa joukkueen tälle kaudelle, joten pesti on täytetty",)),
    ("Hei Mira,\n\njonossa ennen sinua ollut hakija kieltäytyi Myllykatu 4:n kolmiosta, joten nyt on sinun vuorosi. Tarjoamme sinulle asunnon näyttöä tiistaina klo 17. Vahvista aika vastaamalla tähän viestiin.\n\nYstävällisin terveisin\nVuokraus, Asuntoyhtiö Kotila", ()),
    ("Hei Mira ja Joonas,\n\nkiitos, että kävitte katsomassa asuntoa lauantaina. Päätimme valita toisen pariskunnan, joka pystyy muuttamaan aiemmin, joten asunto ei valitettavasti ole enää vapaana. Onnea asunnonetsintään!\n\nTerveisin\nSimo (vuokranantaja)", ()),
    ('Hei Amir,\n\npahoittelut, että vastaus viipyi! Pohdimme asiaa pitkään, sillä useampi hakija oli hyvin tasoissa. Nyt päätös on tehty: haluamme palkata sinut lähihoitajaksi osastolle 3 15. elokuuta alkaen. Tervetuloa meille!\n\nTerveisin\nLeena Holm, Tammelan hoivakoti', ()),
    ('Hei Sofia,\n\nemme valitettavasti ole vielä pystyneet tekemään päätöstä, koska muutama haastattelu jouduttiin siirtämään. Olet edelleen mukana prosessissa, ja olemme yhteydessä heti, kun tiedämme enemmän.\n\nYstävällisin terveisin\nJonas, Tunturimatkat Oy', ()),
    ('Hei Erik,\n\nkiitos kiinnostuksestasi Koivutie 12:n kaksioon. Asunto on valitettavasti vuokrattu toiselle hakijalle, joka on ollut jonossa pidempään. Paikkasi jonossa säilyy, ja voit hakea uusia asuntoja Oma asiointi -palvelussa.\n\nYstävällisin terveisin\nAsuntotoimisto Eteläkaupunki', ()),
])

# ---------------- added after first sight (015-018 per language): the mechanisms' own words, without the
# congratulations and welcome lines that carried some of 001-014
#   015 an offer as a hire or "you've got the job", after softeners (not-rejection)
#   016 the candidate declines in another order ("beslutat att inte anta", "valgt å ikke ta imot") (not-rejection)
#   017 "we have not yet decided who we move forward with" after many applicants (not-rejection)
#   018 twin: a counterfactual offer, then someone else chosen (generic)
LATE = {
    "sv": [
        "Hej Anna,\n\nVi hade många kvalificerade sökande och beslutet var svårt. Vi är glada att kunna meddela att vi vill anställa dig som säljare.\n\nHälsningar\nPer",
        "Hej Maria,\n\nTack för erbjudandet. Efter moget övervägande har jag beslutat att inte anta erbjudandet. Beslutet var inte lätt. Jag önskar er all framgång framöver.\n\nVänliga hälsningar\nTom",
        "Hej Ali,\n\nTack för ditt tålamod. Vi har haft väldigt många sökande och har ännu inte bestämt oss för vem vi går vidare med. Du får besked senast fredag.\n\nHälsningar\nHR",
        ("Hej Sam,\n\nTack för intervjun. Vi hade gärna velat erbjuda dig tjänsten, men valet föll på en kandidat med mer erfarenhet.\n\nHälsningar\nJo",
         "Vi hade gärna velat erbjuda dig tjänsten, men valet föll på en kandidat med mer erfarenhet"),
    ],
    "da": [
        "Hej Anna\n\nVi havde mange kvalificerede ansøgere, og beslutningen var svær. Vi er glade for at kunne fortælle, at vi gerne vil ansætte dig som sælger.\n\nHilsen\nPer",
        "Hej Maria\n\nTak for tilbuddet. Efter grundige overvejelser har jeg besluttet ikke at acceptere tilbuddet. Beslutningen var ikke let. Jeg ønsker jer al mulig held og lykke fremover.\n\nVenlig hilsen\nTom",
        "Hej Ali\n\nTak for din tålmodighed. Vi har haft rigtig mange ansøgere og har endnu ikke besluttet, hvem vi går videre med. Du får svar senest fredag.\n\nHilsen\nHR",
        ("Hej Sam\n\nTak for samtalen. Vi ville gerne have tilbudt dig stillingen, men valget faldt på en anden kandidat.\n\nHilsen\nJo",
         "Vi ville gerne have tilbudt dig stillingen, men valget faldt på en anden kandidat"),
    ],
    "nb": [
        "Hei Anna,\n\nVi hadde mange kvalifiserte søkere, og beslutningen var vanskelig. Vi er glade for å kunne fortelle at vi vil ansette deg som selger.\n\nHilsen\nPer",
        "Hei Maria,\n\nTakk for jobbtilbudet. Etter grundig vurdering har jeg valgt å ikke ta imot tilbudet. Avgjørelsen var ikke lett.\n\nVennlig hilsen\nTom",
        "Hei Ali,\n\nTakk for tålmodigheten. Vi har hatt svært mange søkere og har ennå ikke bestemt oss for hvem vi går videre med. Du får svar innen fredag.\n\nHilsen\nHR",
        ("Hei Sam,\n\nTakk for intervjuet. Vi skulle gjerne ha tilbudt deg stillingen, men valget falt på en annen kandidat.\n\nHilsen\nJo",
         "Vi skulle gjerne ha tilbudt deg stillingen, men valget falt på en annen kandidat"),
    ],
    "en": [
        "Hi Anna,\n\nWe had a lot of qualified applicants and the decision was a hard one. We're pleased to let you know that we'd like to hire you as our new sales rep.\n\nBest,\nPer",
        "Dear Ms Reed,\n\nThank you for the offer. After careful consideration, I've decided not to accept the position. It was a difficult decision. I wish you every success in finding the right person.\n\nBest regards,\nTom",
        "Hi Ali,\n\nThanks for your patience. We have had a huge number of applicants and haven't yet decided who we will move forward with. You'll hear from us by Friday.\n\nBest,\nHR",
        ("Hi Sam,\n\nThanks for your application. We'd love to hire you, but we have decided to go with another applicant.\n\nBest,\nJo",
         "We'd love to hire you, but we have decided to go with another applicant"),
    ],
    "de": [
        "Hallo Anna,\n\nWir hatten viele qualifizierte Bewerbungen, und die Entscheidung war schwer. Wir freuen uns, Ihnen mitteilen zu können, dass wir Sie gerne als Vertriebsmitarbeiterin einstellen möchten.\n\nBeste Grüße\nPer",
        "Sehr geehrte Frau Roth,\n\nvielen Dank für Ihr Angebot. Nach reiflicher Überlegung habe ich mich entschieden, Ihr Angebot nicht anzunehmen. Die Entscheidung ist mir nicht leichtgefallen. Ich wünsche Ihnen viel Erfolg.\n\nMit freundlichen Grüßen\nTom",
        "Hallo Ali,\n\ndanke für Ihre Geduld. Wir hatten sehr viele Bewerbungen und haben uns noch nicht entschieden, mit wem wir weitermachen. Sie hören bis Freitag von uns.\n\nBeste Grüße\nHR",
        ("Hallo Sam,\n\ndanke für das Gespräch. Gerne hätten wir Ihnen die Stelle angeboten, doch wir haben uns für eine andere Kandidatin entschieden.\n\nBeste Grüße\nJo",
         "Gerne hätten wir Ihnen die Stelle angeboten, doch wir haben uns für eine andere Kandidatin entschieden"),
    ],
    "fi": [
        "Hei Anna,\n\nSaimme paljon päteviä hakemuksia, ja päätös oli vaikea. Meillä on ilo kertoa, että haluamme palkata sinut myyjäksi.\n\nTerveisin\nPer",
        "Hei Maria,\n\nkiitos tarjouksesta. Huolellisen harkinnan jälkeen olen päättänyt olla ottamatta tarjousta vastaan. Päätös ei ollut helppo. Toivotan teille onnea.\n\nTerveisin\nTom",
        "Hei Ali,\n\nkiitos kärsivällisyydestäsi. Hakijoita on ollut todella paljon, emmekä ole vielä päättäneet, kenen kanssa jatkamme. Kuulet meistä perjantaihin mennessä.\n\nTerveisin\nHR",
        ("Hei Sam,\n\nkiitos haastattelusta. Olisimme mielellämme tarjonneet sinulle tehtävää, mutta valitsimme toisen hakijan.\n\nTerveisin\nJo",
         "Olisimme mielellämme tarjonneet sinulle tehtävää, mutta valitsimme toisen hakijan"),
    ],
}
for lang, (hire, decline, pending, twin) in LATE.items():
    add(lang, NR, None, hire, note="after first sight: offer as a hire after softeners")
    add(lang, NR, None, decline, note="after first sight: candidate declines, another order")
    add(lang, NR, None, pending, note="after first sight: not yet decided who goes on")
    add(lang, GR, "interview", twin[0], gen=(twin[1],), note="after first sight: twin: counterfactual offer, someone else chosen")

with open(sys.argv[1] if len(sys.argv) > 1 else "tests/corpus/offers6.jsonl", "w") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows))

"""Task kinds8 (issue 11): own-wording drafts for tests/corpus/kinds8.jsonl (see tests/corpus/README.md)."""
import json, sys

FW = "---------- Forwarded message ---------"
rows = []

def add(lang, label, stage, text, gen=(), risky=(), note=""):
    n = sum(1 for r in rows if r["lang"] == lang) + 1
    for s in list(gen) + list(risky):
        assert s in text, (lang, n, s)
    rows.append({"id": f"k8-{lang}-{n:03d}", "lang": lang, "label": label, "stage": stage, "text": text,
                 "generic_spans": list(gen), "risky_spans": list(risky), "note": note})

def fwd(cover, sender, date, subject, to, body):
    return f"{cover}\n\n{FW}\nFrom: {sender}\nDate: {date}\nSubject: {subject}\nTo: {to}\n\n{body}"

# ---------------- sv
add("sv", "generic-rejection", "final", fwd("Hej Elsa,\n\ntyvärr blev det inte som vi hoppades. Jag skickar vidare kundens svar nedan.\n\nHälsningar\nMartin",
    "Karin Ek <karin.ek@vastlogistik.se>", "tis 4 mars 2025", "Lagerledare", "Martin Holm",
    "Hej Martin,\n\nvi har pratat igenom det i ledningsgruppen och kommer inte att gå vidare med Elsa i processen. Tack för hjälpen hittills.\n\nMvh Karin"),
    note="relay: client's no naming the reader by first name")
add("sv", "generic-rejection", "final", fwd("Hej Elsa,\n\ntyvärr inga goda nyheter, se kundens svar nedan.\n\n/Martin",
    "Karin Ek", "tis 4 mars 2025", "Lagerledare", "Martin Holm",
    "Hej Martin,\n\nvi har bestämt oss för att inte fortsätta processen med fru Lind. Hälsa henne och tacka för intervjun.\n\nKarin"),
    note="relay: client's no naming the reader by title and surname")
add("sv", "not-rejection", None, "Hej Jonas,\n\nkunden har bestämt sig för att inte gå vidare med Elsa Lind. Kan du ringa henne i eftermiddag innan du skickar något skriftligt?\n\nTack!\nMartin",
    note="internal note to a colleague about the candidate")
add("sv", "generic-rejection", "interview", "Hej Petra,\n\nTack för att du kom på intervju i onsdags. Tyvärr var din profil inte riktigt det kunden hade tänkt sig, och andra sökande hade mer relevant bakgrund. Vi har därför valt att gå vidare med en annan kandidat.\n\nLycka till framöver!\nAnna, Rekryteringshuset",
    gen=["Tyvärr var din profil inte riktigt det kunden hade tänkt sig, och andra sökande hade mer relevant bakgrund", "Vi har därför valt att gå vidare med en annan kandidat"], note="pseudo-reasons: profile, relevant background")
add("sv", "generic-rejection", "interview", "Hej Petra,\n\nTack för samtalet förra veckan. Vi kände att kemin inte riktigt stämde och att en annan kandidat passade bättre in i teamet. Vi var tvungna att prioritera och har därför valt någon annan.\n\nVänliga hälsningar\nAnna",
    risky=["Vi kände att kemin inte riktigt stämde"], gen=["Vi var tvungna att prioritera och har därför valt någon annan"], note="pseudo-reasons: chemistry (a gut-feeling remark), prioritise")
add("sv", "specific-rejection", "interview", "Hej Petra,\n\nTack för att du var så ärlig på intervjun. Du sa att du inte kan jobba nätter, och tjänsten på avdelning 4 har nattpass varannan vecka, så tyvärr passar det inte.\n\nHälsningar\nAnna, Solgårdens äldreboende",
    note="reader's own limit restated")
add("sv", "generic-rejection", "interview", "Hej Petra,\n\nTack för intervjun. Tyvärr passar det inte den här gången, och vi har valt att gå vidare med en annan sökande.\n\nHälsningar\nAnna",
    gen=["Tyvärr passar det inte den här gången, och vi har valt att gå vidare med en annan sökande"], note="guard: 'passar inte' with no reason")
add("sv", "generic-rejection", "interview", "Hej Lina,\n\nTack för träffen i fredags. Eftersom ni ska ha barn till våren tror vi att ett så långt vikariat blir svårt för dig, så vi har valt en annan kandidat.\n\nHälsningar\nAnna",
    risky=["Eftersom ni ska ha barn till våren tror vi att ett så långt vikariat blir svårt för dig"], note="risky: family plans")
add("sv", "specific-rejection", "interview", "Hej Lina,\n\nTack för att du gjorde Excel-testet. Det räckte tyvärr inte riktigt till den nivå vi behöver, och för den här tjänsten skulle du behöva kunna pivottabeller. I testet fastnade du på uppgift 3 med pivottabellen, så vi går vidare med en annan sökande.\n\nHälsningar\nAnna",
    note="test short of level, then the finding")
add("sv", "not-rejection", None, "Hej Sara!\n\nKul att du frågar om sommarjobbet på campingen igen. Tyvärr inte den här gången för min del, jag jobbar på pappas firma hela sommaren. Men hör av dig om du vill ses!\n\nKram\nEbba",
    note="friend: the writer's own plans")
add("sv", "generic-rejection", "application", "Hej Sara,\n\nTack för din ansökan till sommarjobbet på campingen. Tyvärr inte den här gången, vi har redan fyllt alla platser.\n\nHälsningar\nCampingen Strandbacken",
    gen=["Tyvärr inte den här gången, vi har redan fyllt alla platser"], note="guard: the same words to the applicant")

# ---------------- da
add("da", "generic-rejection", "final", fwd("Hej Mikkel,\n\ndesværre ikke de nyheder, vi håbede på. Jeg videresender kundens svar herunder.\n\nMvh\nLone",
    "Peter Krog <pk@fynbyg.dk>", "tir. 4. mar. 2025", "Projektleder", "Lone Vad",
    "Hej Lone,\n\nvi har vendt det internt og har besluttet ikke at gå videre med Mikkel. Tak for hjælpen indtil nu.\n\nVenlig hilsen\nPeter"),
    note="relay: client's no naming the reader by first name")
add("da", "generic-rejection", "final", fwd("Hej Mikkel,\n\ndesværre, se kundens svar nedenfor.\n\nLone",
    "Peter Krog", "tir. 4. mar. 2025", "Projektleder", "Lone Vad",
    "Hej Lone,\n\nvi har valgt ikke at fortsætte processen med hr. Holm. Giv ham gerne en hilsen og tak for samtalen.\n\nPeter"),
    note="relay: client's no naming the reader by title and surname")
add("da", "not-rejection", None, "Hej Jesper,\n\nkunden har besluttet ikke at gå videre med Mikkel Holm. Kan du ringe til ham i dag, inden vi sender noget på skrift?\n\nTak\nLone",
    note="internal note to a colleague about the candidate")
add("da", "generic-rejection", "interview", "Hej Sofie,\n\nTak for samtalen i onsdags. Desværre var din profil ikke helt det, kunden havde forestillet sig, og andre ansøgere havde mere relevant baggrund. Vi har derfor valgt at gå videre med en anden kandidat.\n\nHeld og lykke fremover\nLone, Jobpartner",
    gen=["Desværre var din profil ikke helt det, kunden havde forestillet sig, og andre ansøgere havde mere relevant baggrund", "Vi har derfor valgt at gå videre med en anden kandidat"], note="pseudo-reasons: profile, relevant background")
add("da", "generic-rejection", "interview", "Hej Sofie,\n\nTak for snakken i sidste uge. Vi oplevede ikke helt den rette kemi, og en anden kandidat passede bedre ind i teamet. Vi har været nødt til at prioritere og har derfor valgt en anden.\n\nVenlig hilsen\nLone",
    risky=["Vi oplevede ikke helt den rette kemi"], gen=["Vi har været nødt til at prioritere og har derfor valgt en anden"], note="pseudo-reasons: chemistry (a gut-feeling remark), prioritise")
add("da", "specific-rejection", "interview", "Hej Sofie,\n\nTak fordi du var så ærlig til samtalen. Du fortalte, at du ikke kan tage nattevagter, og stillingen på afsnit B har nattevagt hver anden uge, så desværre passer det ikke.\n\nHilsen\nLone, Plejecenter Åbo",
    note="reader's own limit restated")
add("da", "generic-rejection", "interview", "Hej Sofie,\n\nTak for samtalen. Desværre passer det ikke denne gang, og vi har valgt at gå videre med en anden ansøger.\n\nHilsen\nLone",
    gen=["Desværre passer det ikke denne gang, og vi har valgt at gå videre med en anden ansøger"], note="guard: 'passer ikke' with no reason")
add("da", "generic-rejection", "interview", "Hej Camilla,\n\nTak for mødet i fredags. Da I skal have barn til foråret, tror vi, at et så langt vikariat bliver svært for dig, så vi har valgt en anden kandidat.\n\nHilsen\nLone",
    risky=["Da I skal have barn til foråret, tror vi, at et så langt vikariat bliver svært for dig"], note="risky: family plans")
add("da", "specific-rejection", "interview", "Hej Camilla,\n\nTak fordi du tog Excel-testen. Den nåede desværre ikke helt op på det niveau, vi har brug for, og til denne stilling skulle du kunne lave pivottabeller. I testen gik du i stå ved opgave 3 med pivottabellen, så vi går videre med en anden ansøger.\n\nHilsen\nLone",
    note="test short of level, then the finding")
add("da", "not-rejection", None, "Hej Ida!\n\nSjovt du spørger til sommerjobbet på campingpladsen igen. Desværre ikke denne gang for mit vedkommende, jeg arbejder i min fars firma hele sommeren. Men skriv endelig, hvis du vil ses!\n\nKnus\nEmma",
    note="friend: the writer's own plans")
add("da", "generic-rejection", "application", "Hej Ida,\n\nTak for din ansøgning til sommerjobbet på campingpladsen. Desværre ikke denne gang, vi har allerede besat alle pladser.\n\nHilsen\nStrandens Camping",
    gen=["Desværre ikke denne gang, vi har allerede besat alle pladser"], note="guard: the same words to the applicant")

# ---------------- nb
add("nb", "generic-rejection", "final", fwd("Hei Kari,\n\ndessverre ikke det vi håpet på. Jeg videresender svaret fra kunden nedenfor.\n\nHilsen\nTore",
    "Per Lie <per.lie@vestbygg.no>", "tir. 4. mar. 2025", "Prosjektleder", "Tore Berg",
    "Hei Tore,\n\nvi har snakket sammen i ledergruppen og fortsetter ikke med Kari. Takk for hjelpen så langt.\n\nMvh Per"),
    note="relay: client's no naming the reader by first name")
add("nb", "generic-rejection", "final", fwd("Hei Kari,\n\ndessverre, se svaret fra kunden nedenfor.\n\nTore",
    "Per Lie", "tir. 4. mar. 2025", "Prosjektleder", "Tore Berg",
    "Hei Tore,\n\nvi har bestemt oss for ikke å gå videre med fru Nilsen i prosessen. Gi henne gjerne en hilsen og takk for intervjuet.\n\nPer"),
    note="relay: client's no naming the reader by title and surname")
add("nb", "not-rejection", None, "Hei Silje,\n\nkunden har bestemt seg for ikke å gå videre med Kari Nilsen. Kan du ringe henne i dag før vi sender noe skriftlig?\n\nTakk\nTore",
    note="internal note to a colleague about the candidate")
add("nb", "generic-rejection", "interview", "Hei Marte,\n\nTakk for intervjuet på onsdag. Dessverre var profilen din ikke helt det kunden hadde sett for seg, og andre søkere hadde mer relevant bakgrunn. Vi har derfor valgt å gå videre med en annen kandidat.\n\nLykke til videre!\nTore, Rekrutteringshuset",
    gen=["Dessverre var profilen din ikke helt det kunden hadde sett for seg, og andre søkere hadde mer relevant bakgrunn", "Vi har derfor valgt å gå videre med en annen kandidat"], note="pseudo-reasons: profile, relevant background")
add("nb", "generic-rejection", "interview", "Hei Marte,\n\nTakk for praten forrige uke. Vi opplevde at kjemien ikke helt stemte, og en annen kandidat passet bedre inn i teamet. Vi måtte prioritere og har derfor valgt en annen.\n\nVennlig hilsen\nTore",
    risky=["Vi opplevde at kjemien ikke helt stemte"], gen=["Vi måtte prioritere og har derfor valgt en annen"], note="pseudo-reasons: chemistry (a gut-feeling remark), prioritise")
add("nb", "specific-rejection", "interview", "Hei Marte,\n\nTakk for at du var så ærlig på intervjuet. Du sa at du ikke kan ta nattevakter, og stillingen på avdeling 2 har nattevakt annenhver uke, så dessverre passer det ikke.\n\nHilsen\nTore, Solbakken sykehjem",
    note="reader's own limit restated")
add("nb", "generic-rejection", "interview", "Hei Marte,\n\nTakk for intervjuet. Dessverre passer det ikke denne gangen, og vi har valgt å gå videre med en annen søker.\n\nHilsen\nTore",
    gen=["Dessverre passer det ikke denne gangen, og vi har valgt å gå videre med en annen søker"], note="guard: 'passer ikke' with no reason")
add("nb", "generic-rejection", "interview", "Hei Ingrid,\n\nTakk for møtet på fredag. Siden dere skal ha barn til våren, tror vi et så langt vikariat blir vanskelig for deg, så vi har valgt en annen kandidat.\n\nHilsen\nTore",
    risky=["Siden dere skal ha barn til våren, tror vi et så langt vikariat blir vanskelig for deg"], note="risky: family plans")
add("nb", "specific-rejection", "interview", "Hei Ingrid,\n\nTakk for at du tok Excel-testen. Den holdt dessverre ikke helt det nivået vi trenger, og til denne stillingen måtte du kunne lage pivottabeller. På testen stoppet du opp på oppgave 3 med pivottabellen, så vi går videre med en annen søker.\n\nHilsen\nTore",
    note="test short of level, then the finding")
add("nb", "not-rejection", None, "Hei Nora!\n\nGøy at du spør om sommerjobben på campingen igjen. Dessverre ikke denne gangen for min del, jeg jobber i pappas firma hele sommeren. Men si fra hvis du vil finne på noe!\n\nKlem\nThea",
    note="friend: the writer's own plans")
add("nb", "generic-rejection", "application", "Hei Nora,\n\nTakk for søknaden til sommerjobben på campingen. Dessverre ikke denne gangen, vi har allerede fylt alle plassene.\n\nHilsen\nStranda Camping",
    gen=["Dessverre ikke denne gangen, vi har allerede fylt alle plassene"], note="guard: the same words to the applicant")

# ---------------- en
add("en", "generic-rejection", "final", fwd("Hi Hannah,\n\nunfortunately not the news we were hoping for. I'm forwarding the client's reply below.\n\nBest,\nRob",
    "Claire Dunn <claire.dunn@northfreight.co.uk>", "Tue, 4 Mar 2025", "Operations coordinator", "Rob Price",
    "Hi Rob,\n\nwe've talked it through as a team and won't continue the process with Hannah. Thanks for your help so far.\n\nClaire"),
    note="relay: client's no naming the reader by first name")
add("en", "generic-rejection", "final", fwd("Hi Hannah,\n\nunfortunately, see the client's answer below.\n\nRob",
    "Claire Dunn", "Tue, 4 Mar 2025", "Operations coordinator", "Rob Price",
    "Hi Rob,\n\nwe have decided against Ms Walsh for this one and won't continue the process with her. Please pass on our thanks for her time.\n\nClaire"),
    note="relay: client's no naming the reader by title and surname")
add("en", "not-rejection", None, "Hi Jess,\n\nthe client has decided against Hannah Walsh, they won't continue the process with her. Could you give her a call this afternoon before anything goes out in writing?\n\nThanks,\nRob",
    note="internal note to a colleague about the candidate")
add("en", "generic-rejection", "interview", "Hi Daniel,\n\nThanks for coming in on Wednesday. Unfortunately your profile was not quite what the client had in mind, and others had more relevant background. We have therefore decided to move forward with another candidate.\n\nAll the best,\nRob, Brightpath Recruitment",
    gen=["Unfortunately your profile was not quite what the client had in mind, and others had more relevant background", "We have therefore decided to move forward with another candidate"], note="pseudo-reasons: profile, relevant background")
add("en", "generic-rejection", "interview", "Hi Daniel,\n\nThanks for the chat last week. We felt the chemistry wasn't quite there and another candidate was a better fit for the team. We had to prioritise, so we've gone with someone else.\n\nKind regards,\nRob",
    risky=["We felt the chemistry wasn't quite there"], gen=["We had to prioritise, so we've gone with someone else"], note="pseudo-reasons: chemistry (a gut-feeling remark), prioritise")
add("en", "specific-rejection", "interview", "Hi Daniel,\n\nThanks for being so upfront in the interview. You said you can't take night shifts, and the post on Ward 4 has nights every other week, so unfortunately it doesn't fit.\n\nBest wishes,\nRob, Meadowbank Care Home",
    note="reader's own limit restated")
add("en", "generic-rejection", "interview", "Hi Daniel,\n\nThanks for the interview. Unfortunately it doesn't fit this time, and we've decided to go with another applicant.\n\nBest,\nRob",
    gen=["Unfortunately it doesn't fit this time, and we've decided to go with another applicant"], note="guard: 'doesn't fit' with no reason")
add("en", "generic-rejection", "interview", "Hi Laura,\n\nThanks for meeting us on Friday. As you're planning a family next year, we think a two-year contract would be hard for you, so we've chosen another candidate.\n\nBest,\nRob",
    risky=["As you're planning a family next year, we think a two-year contract would be hard for you"], note="risky: family plans")
add("en", "specific-rejection", "interview", "Hi Laura,\n\nThanks for doing the Excel test. It wasn't quite up to the level we need, and for this job you'd need to be able to build pivot tables. In the test you got stuck on task 3 with the pivot table, so we're going ahead with another applicant.\n\nBest,\nRob",
    note="test short of level, then the finding")
add("en", "not-rejection", None, "Hi Megan!\n\nFunny you should ask about the summer job at the campsite again. Sadly not this time for me, I'm working at my dad's firm all summer. But shout if you fancy meeting up!\n\nLove,\nEllie",
    note="friend: the writer's own plans")
add("en", "generic-rejection", "application", "Hi Megan,\n\nThanks for applying for the summer job at the campsite. Sadly not this time, we've already filled all the places.\n\nBest,\nSandy Bay Campsite",
    gen=["Sadly not this time, we've already filled all the places"], note="guard: the same words to the applicant")

# ---------------- de
add("de", "generic-rejection", "final", fwd("Hallo Jonas,\n\nleider keine guten Nachrichten. Ich leite Ihnen die Antwort des Kunden unten weiter.\n\nViele Grüße\nSabine",
    "Klaus Brandt <k.brandt@nordbau.de>", "Di., 4. März 2025", "Bauleitung", "Sabine Kurz",
    "Hallo Frau Kurz,\n\nwir haben es im Team besprochen und werden den Prozess mit Jonas nicht fortsetzen. Danke für Ihre Unterstützung bisher.\n\nGruß\nKlaus Brandt"),
    note="relay: client's no naming the reader by first name")
add("de", "generic-rejection", "final", fwd("Hallo Herr Vogel,\n\nleider, siehe die Antwort des Kunden unten.\n\nSabine Kurz",
    "Klaus Brandt", "Di., 4. März 2025", "Bauleitung", "Sabine Kurz",
    "Hallo Frau Kurz,\n\nwir haben uns gegen Herrn Vogel entschieden und werden den Prozess mit ihm nicht fortsetzen. Richten Sie ihm gern unseren Dank aus.\n\nKlaus Brandt"),
    note="relay: client's no naming the reader by title and surname")
add("de", "not-rejection", None, "Hallo Timo,\n\nder Kunde hat sich gegen Jonas Vogel entschieden und setzt den Prozess mit ihm nicht fort. Kannst du ihn heute Nachmittag anrufen, bevor etwas Schriftliches rausgeht?\n\nDanke\nSabine",
    note="internal note to a colleague about the candidate")
add("de", "generic-rejection", "interview", "Hallo Frau Kraus,\n\nvielen Dank für das Gespräch am Mittwoch. Leider entsprach Ihr Profil nicht ganz den Vorstellungen unseres Kunden, und andere Bewerber hatten einen passenderen Hintergrund. Wir haben uns daher für eine andere Kandidatin entschieden.\n\nAlles Gute\nSabine Kurz, Personalwerk",
    gen=["Leider entsprach Ihr Profil nicht ganz den Vorstellungen unseres Kunden, und andere Bewerber hatten einen passenderen Hintergrund", "Wir haben uns daher für eine andere Kandidatin entschieden"], note="pseudo-reasons: profile, relevant background")
add("de", "generic-rejection", "interview", "Hallo Frau Kraus,\n\ndanke für das Gespräch letzte Woche. Wir hatten das Gefühl, dass die Chemie nicht ganz gestimmt hat und eine andere Kandidatin besser ins Team passt. Wir mussten Prioritäten setzen und haben uns deshalb anders entschieden.\n\nFreundliche Grüße\nSabine Kurz",
    risky=["Wir hatten das Gefühl, dass die Chemie nicht ganz gestimmt hat"], gen=["Wir mussten Prioritäten setzen und haben uns deshalb anders entschieden"], note="pseudo-reasons: chemistry (a gut-feeling remark), prioritise")
add("de", "specific-rejection", "interview", "Hallo Frau Kraus,\n\ndanke, dass Sie im Gespräch so offen waren. Sie sagten, dass Sie keine Nachtdienste übernehmen können, und die Stelle auf Station 4 hat jede zweite Woche Nachtdienst, daher passt es leider nicht.\n\nViele Grüße\nSabine Kurz, Haus Lindenhof",
    note="reader's own limit restated")
add("de", "generic-rejection", "interview", "Hallo Frau Kraus,\n\ndanke für das Gespräch. Leider passt es diesmal nicht, und wir haben uns für eine andere Bewerberin entschieden.\n\nViele Grüße\nSabine Kurz",
    gen=["Leider passt es diesmal nicht, und wir haben uns für eine andere Bewerberin entschieden"], note="guard: 'passt nicht' with no reason")
add("de", "generic-rejection", "interview", "Hallo Frau Lenz,\n\ndanke für das Treffen am Freitag. Da Sie Nachwuchs planen, glauben wir, dass ein Zweijahresvertrag schwierig für Sie wäre, und haben uns für eine andere Kandidatin entschieden.\n\nViele Grüße\nSabine Kurz",
    risky=["Da Sie Nachwuchs planen, glauben wir, dass ein Zweijahresvertrag schwierig für Sie wäre"], note="risky: family plans")
add("de", "specific-rejection", "interview", "Hallo Frau Lenz,\n\ndanke, dass Sie den Excel-Test gemacht haben. Er reichte leider nicht ganz an das Niveau heran, das wir brauchen, und für diese Stelle müssten Sie Pivot-Tabellen erstellen können. Im Test sind Sie bei Aufgabe 3 an der Pivot-Tabelle hängen geblieben, daher gehen wir mit einer anderen Bewerberin weiter.\n\nViele Grüße\nSabine Kurz",
    note="test short of level, then the finding")
add("de", "not-rejection", None, "Hi Lea!\n\nLustig, dass du wieder nach dem Sommerjob auf dem Campingplatz fragst. Leider nicht dieses Mal für mich, ich arbeite den ganzen Sommer in der Firma meines Vaters. Aber melde dich, wenn du dich treffen willst!\n\nLiebe Grüße\nMia",
    note="friend: the writer's own plans")
add("de", "generic-rejection", "application", "Hallo Lea,\n\ndanke für deine Bewerbung für den Sommerjob auf dem Campingplatz. Leider nicht dieses Mal, wir haben schon alle Plätze besetzt.\n\nViele Grüße\nCamping Seeblick",
    gen=["Leider nicht dieses Mal, wir haben schon alle Plätze besetzt"], note="guard: the same words to the applicant")

# ---------------- fi
add("fi", "generic-rejection", "final", fwd("Hei Antti,\n\nvalitettavasti ei hyviä uutisia. Välitän asiakkaan vastauksen alla.\n\nTerveisin\nHanna",
    "Jari Laine <jari.laine@pohjolarakennus.fi>", "ti 4.3.2025", "Työmaapäällikkö", "Hanna Koski",
    "Hei Hanna,\n\nkävimme asian läpi johtoryhmässä. Antin kanssa emme jatka prosessia. Kiitos avustasi tähän asti.\n\nJari"),
    note="relay: client's no naming the reader by first name")
add("fi", "generic-rejection", "final", fwd("Hei Antti,\n\nvalitettavasti, katso asiakkaan vastaus alta.\n\nHanna",
    "Jari Laine", "ti 4.3.2025", "Työmaapäällikkö", "Hanna Koski",
    "Hei Hanna,\n\npäätimme olla jatkamatta prosessia Antin kanssa. Välitäthän hänelle kiitoksemme haastattelusta.\n\nJari"),
    note="relay: client's no naming the reader, the decision before the name")
add("fi", "not-rejection", None, "Hei Mikko,\n\nasiakas päätti olla jatkamatta Antti Virtasen kanssa. Voisitko soittaa hänelle tänään iltapäivällä ennen kuin lähetämme mitään kirjallisesti?\n\nKiitos\nHanna",
    note="internal note to a colleague about the candidate")
add("fi", "generic-rejection", "interview", "Hei Laura,\n\nKiitos haastattelusta keskiviikkona. Valitettavasti profiilisi ei ollut aivan sitä, mitä asiakas oli ajatellut, ja muilla hakijoilla oli relevantimpi tausta. Olemme siksi päättäneet jatkaa toisen ehdokkaan kanssa.\n\nKaikkea hyvää\nHanna, Rekrytalo",
    gen=["Valitettavasti profiilisi ei ollut aivan sitä, mitä asiakas oli ajatellut, ja muilla hakijoilla oli relevantimpi tausta", "Olemme siksi päättäneet jatkaa toisen ehdokkaan kanssa"], note="pseudo-reasons: profile, relevant background")
add("fi", "generic-rejection", "interview", "Hei Laura,\n\nKiitos juttutuokiosta viime viikolla. Meistä tuntui, että kemiat eivät aivan kohdanneet ja toinen ehdokas sopi paremmin tiimiin. Meidän piti priorisoida, ja valitsimme siksi toisen.\n\nYstävällisin terveisin\nHanna",
    risky=["Meistä tuntui, että kemiat eivät aivan kohdanneet"], gen=["Meidän piti priorisoida, ja valitsimme siksi toisen"], note="pseudo-reasons: chemistry (a gut-feeling remark), prioritise")
add("fi", "specific-rejection", "interview", "Hei Laura,\n\nKiitos, että olit haastattelussa niin suora. Kerroit, ettet voi tehdä yövuoroja, ja osaston 4 toimessa on yövuoroja joka toinen viikko, joten valitettavasti se ei sovi.\n\nTerveisin\nHanna, Kotirinteen hoivakoti",
    note="reader's own limit restated")
add("fi", "generic-rejection", "interview", "Hei Laura,\n\nKiitos haastattelusta. Valitettavasti se ei sovi tällä kertaa, ja olemme valinneet toisen hakijan.\n\nTerveisin\nHanna",
    gen=["Valitettavasti se ei sovi tällä kertaa, ja olemme valinneet toisen hakijan"], note="guard: 'ei sovi' with no reason")
add("fi", "generic-rejection", "interview", "Hei Emilia,\n\nKiitos tapaamisesta perjantaina. Koska olette saamassa lasta keväällä, uskomme, että näin pitkä sijaisuus olisi sinulle hankala, joten valitsimme toisen ehdokkaan.\n\nTerveisin\nHanna",
    risky=["Koska olette saamassa lasta keväällä, uskomme, että näin pitkä sijaisuus olisi sinulle hankala"], note="risky: family plans")
add("fi", "specific-rejection", "interview", "Hei Emilia,\n\nKiitos, että teit Excel-testin. Se ei valitettavasti aivan yltänyt tarvitsemallemme tasolle, ja tähän tehtävään sinun pitäisi osata tehdä pivot-taulukoita. Testissä jäit jumiin tehtävässä 3 pivot-taulukon kanssa, joten jatkamme toisen hakijan kanssa.\n\nTerveisin\nHanna",
    note="test short of level, then the finding")
add("fi", "not-rejection", None, "Moi Aino!\n\nHauska, että kysyt taas leirintäalueen kesätyöstä. Valitettavasti ei tällä kertaa minun osaltani, olen koko kesän töissä isän firmassa. Mutta laita viestiä, jos haluat nähdä!\n\nHalauksin\nVeera",
    note="friend: the writer's own plans")
add("fi", "generic-rejection", "application", "Hei Aino,\n\nKiitos hakemuksestasi leirintäalueen kesätyöhön. Valitettavasti ei tällä kertaa, olemme jo täyttäneet kaikki paikat.\n\nTerveisin\nRantaleirintä",
    gen=["Valitettavasti ei tällä kertaa, olemme jo täyttäneet kaikki paikat"], note="guard: the same words to the applicant")

# ---------------- added after first sight: guards for the new readings (a forward to a colleague whose cover names the
# candidate by surname; a candidate's own reply to an interview invitation with "so unfortunately it doesn't fit")
G = {
 "sv": (fwd("Hej Jonas,\n\ntyvärr inte det utfall vi ville ha, se kundens svar nedan. Kan du ringa fru Lind i eftermiddag och berätta det för henne?\n\nMartin",
        "Karin Ek", "tis 4 mars 2025", "Lagerledare", "Martin Holm",
        "Hej Martin,\n\nvi har bestämt oss för att inte fortsätta processen med fru Lind.\n\nKarin"),
        "Hej Sara,\n\nTack för inbjudan till intervjun. Jag kan inte på tisdag förmiddag eftersom jag jobbar, så tyvärr passar det inte. Går torsdag eftermiddag bra istället?\n\nHälsningar\nDaniel"),
 "da": (fwd("Hej Jesper,\n\ndesværre ikke det udfald, vi ville have, se kundens svar nedenfor. Kan du ringe til hr. Holm i eftermiddag og fortælle ham det?\n\nLone",
        "Peter Krog", "tir. 4. mar. 2025", "Projektleder", "Lone Vad",
        "Hej Lone,\n\nvi har valgt ikke at fortsætte processen med hr. Holm.\n\nPeter"),
        "Hej Sara,\n\nTak for invitationen til samtalen. Jeg kan ikke tirsdag formiddag, da jeg er på arbejde, så desværre passer det ikke. Kan vi tage torsdag eftermiddag i stedet?\n\nHilsen\nDaniel"),
 "nb": (fwd("Hei Silje,\n\ndessverre ikke det utfallet vi ville ha, se svaret fra kunden nedenfor. Kan du ringe fru Nilsen i ettermiddag og fortelle henne det?\n\nTore",
        "Per Lie", "tir. 4. mar. 2025", "Prosjektleder", "Tore Berg",
        "Hei Tore,\n\nvi har bestemt oss for ikke å gå videre med fru Nilsen i prosessen.\n\nPer"),
        "Hei Sara,\n\nTakk for invitasjonen til intervju. Jeg kan ikke tirsdag formiddag siden jeg er på jobb, så dessverre passer det ikke. Passer torsdag ettermiddag i stedet?\n\nHilsen\nDaniel"),
 "en": (fwd("Hi Jess,\n\nunfortunately not the outcome we wanted, see the client's answer below. Could you ring Ms Walsh this afternoon and break it to her?\n\nRob",
        "Claire Dunn", "Tue, 4 Mar 2025", "Operations coordinator", "Rob Price",
        "Hi Rob,\n\nwe have decided against Ms Walsh for this one and won't continue the process with her.\n\nClaire"),
        "Hi Sarah,\n\nThanks for inviting me to interview for the coordinator role. I can't do Tuesday morning as I'm at work, so unfortunately it doesn't fit. Would Thursday afternoon work instead?\n\nBest,\nDaniel"),
 "de": (fwd("Hallo Timo,\n\nleider nicht das Ergebnis, das wir wollten, siehe die Antwort des Kunden unten. Kannst du Herrn Vogel heute Nachmittag anrufen und es ihm sagen?\n\nSabine",
        "Klaus Brandt", "Di., 4. März 2025", "Bauleitung", "Sabine Kurz",
        "Hallo Frau Kurz,\n\nwir haben uns gegen Herrn Vogel entschieden und werden den Prozess mit ihm nicht fortsetzen.\n\nKlaus Brandt"),
        "Hallo Frau Weber,\n\ndanke für die Einladung zum Vorstellungsgespräch. Am Dienstagvormittag bin ich bei der Arbeit, daher passt es leider nicht. Ginge auch Donnerstagnachmittag?\n\nViele Grüße\nDaniel Roth"),
 "fi": (fwd("Hei Mikko,\n\nvalitettavasti ei se tulos, jota toivoimme, katso asiakkaan vastaus alta. Voisitko soittaa rouva Virtaselle iltapäivällä ja kertoa hänelle?\n\nHanna",
        "Jari Laine", "ti 4.3.2025", "Työmaapäällikkö", "Hanna Koski",
        "Hei Hanna,\n\npäätimme olla jatkamatta prosessia rouva Virtasen kanssa.\n\nJari"),
        "Hei Sara,\n\nKiitos kutsusta haastatteluun. En pääse tiistaiaamuna, koska olen töissä, joten valitettavasti se ei sovi. Kävisikö torstai iltapäivällä?\n\nTerveisin\nDaniel"),
}
for lang, (colleague, reply) in G.items():
    add(lang, "not-rejection", None, colleague, note="guard (after first sight): forward to a colleague, the cover names the candidate")
    add(lang, "not-rejection", None, reply, note="guard (after first sight): candidate's reply to an interview invitation")

with open(sys.argv[1] if len(sys.argv) > 1 else "tests/corpus/kinds8.jsonl", "w") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows))

#!/usr/bin/env python3
"""Builds tests/corpus/decisions3.jsonl (task decisions3): informal and relayed decisions, comparisons naming the
hire's skill against the reader's profile, and look-alikes (a tips newsletter quoting a stock phrase, a manager's
new-hire announcement, a candidate turning down an offer). Own wording.
Row: (lang, label, stage, text, generic_spans, risky_spans, note)."""
import json, os

G, S, N = 'generic-rejection', 'specific-rejection', 'not-rejection'
R = []
def add(lang, label, stage, text, gen=(), risky=(), note=''):
    R.append((lang, label, stage, text, list(gen), list(risky), note))

# ---------------- sv ----------------
add('sv', S, 'interview', "Hej Erik!\n\nTack för att du kom in i tisdags. Vi måste ha nån med truckkort från dag ett, så det blir nej den här gången. Lycka till!\n\n/Jenny, Lagerhallen",
    note='Informal "so it will be a no this time" after a named need (a licence from day one), no decision verb.')
add('sv', G, 'interview', "Hej Anna,\n\nJag har pratat med kunden efter intervjun. Kunden har nu fattat beslut om konsultuppdraget och tyvärr landade de i en annan konsult. Jag hör av mig om något nytt dyker upp.\n\nHälsningar\nMarkus, Konsultfabriken",
    ["Kunden har nu fattat beslut om konsultuppdraget och tyvärr landade de i en annan konsult"], note='Agency relays the client\'s decision.')
add('sv', G, 'application', "Hej Petra,\n\nTack för din ansökan till tjänsten som ekonomiassistent. Vi har valt att tacka nej till dig den här gången.\n\nVänliga hälsningar\nEkonomiavdelningen",
    ["Vi har valt att tacka nej till dig den här gången"], note='"We chose to decline you".')
add('sv', G, 'application', "Tjena Ali,\n\nvi har fått täckning för sommaren i köket redan, så det blir inget jobb den här gången. Ha en bra sommar!\n\n/Robban",
    ["vi har fått täckning för sommaren i köket redan, så det blir inget jobb den här gången"], note='Need covered for the season, so no job.')
add('sv', G, 'application', "Hej Kim,\n\nTack för din ansökan som huvudtränare för A-laget. Styrelsen har bestämt sig för att gå på en annan lösning den här säsongen.\n\nHälsningar\nStyrelsen, Åsa IK",
    ["Styrelsen har bestämt sig för att gå på en annan lösning den här säsongen"], note='Club, paid head-coach job: "another solution".')
add('sv', S, 'interview', "Hej Linnea,\n\nTack för samtalet. Vi har valt att erbjuda tjänsten till en kandidat med flera års erfarenhet av lönehantering i Hogia. Din profil är stark på kundservice, men just på lönesidan hade den andra kandidaten mer att komma med.\n\nVänliga hälsningar\nKarin, HR",
    note='Hire\'s named skill contrasted with the reader\'s profile.')
add('sv', S, 'interview', "Hej David,\n\nVi har gått vidare med en kandidat som har flera års erfarenhet av att driva Kubernetes i produktion. Din bakgrund är starkast inom frontend, och det är driften vi behöver förstärka nu.\n\nHälsningar\nSara, Teknikchef",
    note='Named ops skill of the hire vs the reader\'s frontend background.')
add('sv', S, 'interview', "Hej Nora,\n\ntack för provdagen! vi måste ha nån som kan köra lastbil med C-kort, och det har du inte än, så det blir nej denna gång.\n\n/Jocke",
    ["så det blir nej denna gång"], note='Informal no after a concrete licence requirement the reader lacks.')
add('sv', N, None, "Veckans jobbtips från Karriärbrevet\n\nFå saker svider så mycket som standardsvaret «Vi har valt att gå vidare med andra kandidater». Be alltid om återkoppling – många rekryterare svarar gärna.\n\nTrevlig helg!\nRedaktionen",
    note='Job-tips newsletter quoting a stock phrase in guillemets.')
add('sv', N, None, "Hej allihop,\n\nJag är glad att kunna berätta att Maria Lind börjar som ny projektledare den 1 mars. Vi hade en mycket stark slutlista, och Maria stack ut med sin erfarenhet från byggbranschen. Ta väl hand om henne!\n\n/Peter",
    note='Manager\'s new-hire announcement to the team.')
add('sv', N, 'offer', "Hej Lotta,\n\nTack för erbjudandet och för ett trevligt bemötande under processen. Efter mycket funderande har jag bestämt mig för att tacka ja till en annan tjänst, och måste därför tyvärr tacka nej till er.\n\nVänliga hälsningar\nJohanna Berg",
    note='The candidate declines an offer.')
add('sv', N, None, "Hej Oskar,\n\nvi har dessvärre redan valt en annan leverantör för städningen i år, men hör gärna av dig igen inför nästa upphandling.\n\nHälsningar\nBrf Ekbacken",
    note='A supplier bid, not a job.')

# ---------------- da ----------------
add('da', G, 'interview', "Kære Jonas\n\nTak fordi du kom til samtale. Vi har dog valgt at takke nej til dig denne gang.\n\nVenlig hilsen\nLise, Kontorservice ApS",
    ["Vi har dog valgt at takke nej til dig denne gang"], note='"We have however chosen to decline (you)".')
add('da', G, 'interview', "Hej Maria\n\nJeg har talt med kunden. De har truffet en beslutning om opgaven, og desværre landede de på en anden konsulent. Jeg vender tilbage, hvis der dukker noget andet op.\n\nHilsen\nMads, Konsulenthuset",
    ["De har truffet en beslutning om opgaven, og desværre landede de på en anden konsulent"], note='Agency relays the client\'s decision.')
add('da', G, 'application', "hej Emil\n\nvi har fået dækket behovet i baren for sæsonen, så det bliver ikke til noget job denne gang. god sommer!\n\n/Kasper",
    ["vi har fået dækket behovet i baren for sæsonen, så det bliver ikke til noget job denne gang"], note='Need covered for the season.')
add('da', G, 'application', "Kære Henrik\n\nTak for din ansøgning som cheftræner for vores førstehold. Bestyrelsen har besluttet at gå efter en anden løsning i denne sæson.\n\nMed venlig hilsen\nBestyrelsen, Nørre IF",
    ["Bestyrelsen har besluttet at gå efter en anden løsning i denne sæson"], note='Club, paid head-coach job.')
add('da', S, 'interview', "Hej Sofie\n\nvi skal bruge en med kørekort fra første dag, så det bliver et nej denne gang. held og lykke!\n\n/Trine",
    note='Informal no after a named need (a licence from day one): the need is the reason.')
add('da', S, 'interview', "Kære Louise\n\nTak for samtalen. Vi har valgt at tilbyde stillingen til en kandidat med flere års erfaring med lønbehandling i SAP. Din profil er stærk på kundeservice, men på netop det område havde den anden kandidat mere at byde på.\n\nVenlig hilsen\nAnne, HR",
    note='Hire\'s named skill vs the reader\'s profile.')
add('da', S, 'interview', "Kære Frederik\n\nVi har valgt en kandidat med flere års erfaring med drift af Kubernetes i produktion. Din baggrund er stærkest på frontend, og det er driften, vi har brug for at styrke.\n\nVenlig hilsen\nPeter, IT-chef",
    note='Named ops skill vs the reader\'s frontend background.')
add('da', S, 'interview', "Kære Camilla\n\nVi har valgt at gå videre med en ansøger, der har erfaring med regnskab for andelsboligforeninger. Du har en god baggrund fra revision, men den erfaring vægtede tungest for os.\n\nMed venlig hilsen\nOle, Administrationsselskabet",
    note='Named domain experience of the hire vs the reader.')
add('da', N, None, "Ugens jobtip fra Karrierebrevet\n\nIngen kan lide standardsvaret »Vi har valgt at gå videre med andre kandidater«. Spørg altid om feedback – mange rekrutterere svarer gerne.\n\nGod weekend!\nRedaktionen",
    note='Tips newsletter quoting a stock phrase in guillemets.')
add('da', N, None, "Hej alle\n\nJeg er glad for at kunne fortælle, at Mette Holm starter som ny projektleder 1. marts. Vi havde en meget stærk shortlist, og Mette skilte sig ud med sin erfaring fra byggeriet. Tag godt imod hende!\n\n/Lars",
    note='Manager\'s new-hire announcement to the team.')
add('da', N, 'offer', "Kære Birgitte\n\nTak for tilbuddet og for en god proces. Efter moden overvejelse har jeg besluttet at tage imod en anden stilling, og jeg må derfor desværre takke nej til jer.\n\nMed venlig hilsen\nKatrine Nielsen",
    note='The candidate declines an offer.')
add('da', N, None, "Hej Bo\n\nvi har desværre allerede valgt en anden leverandør til vinduespudsning i år, men du er velkommen til at byde igen næste forår.\n\nHilsen\nAB Solgården",
    note='A supplier bid, not a job.')

# ---------------- nb ----------------
add('nb', G, 'application', "Hei Eirik!\n\nVi har fått dekket behovet på båten for sesongen, så det blir ikke noe jobb denne gangen. Lykke til videre!\n\nMvh\nKnut, MS Fjordstjerna",
    ["Vi har fått dekket behovet på båten for sesongen, så det blir ikke noe jobb denne gangen"], note='Need covered for the season.')
add('nb', G, 'application', "Hei Thomas,\n\nTakk for søknaden som hovedtrener for A-laget. Styret har bestemt at vi går for en annen løsning denne sesongen.\n\nHilsen\nStyret, Vik IL",
    ["Styret har bestemt at vi går for en annen løsning denne sesongen"], note='Club, paid head-coach job.')
add('nb', G, 'interview', "Hei Ingrid,\n\nJeg har snakket med kunden. De har tatt en beslutning om oppdraget, og dessverre landet de på en annen konsulent. Jeg tar kontakt hvis noe nytt dukker opp.\n\nHilsen\nMorten, Konsulentgruppen",
    ["De har tatt en beslutning om oppdraget, og dessverre landet de på en annen konsulent"], note='Agency relays the client\'s decision.')
add('nb', G, 'interview', "Hei Jonas,\n\nTakk for intervjuet. Vi har likevel valgt å takke nei til deg denne gangen.\n\nVennlig hilsen\nSiri, HR",
    ["Vi har likevel valgt å takke nei til deg denne gangen"], note='"We chose to decline you".')
add('nb', S, 'interview', "hei Sander\n\nvi må ha noen med truckførerbevis fra dag én, så det blir nei denne gangen. lykke til!\n\n/Hege",
    note='Informal no after a named need (a licence from day one): the need is the reason.')
add('nb', S, 'interview', "Hei Kristian,\n\nVi har valgt en kandidat som har flere års erfaring med drift av Kubernetes i produksjon. Din bakgrunn er sterkest på frontend, og det er driften vi trenger å styrke nå.\n\nVennlig hilsen\nLene, teknologileder",
    note='Named ops skill vs the reader\'s frontend background.')
add('nb', S, 'interview', "Hei Marte,\n\nVi har valgt å tilby stillingen til en kandidat med flere års erfaring med lønnskjøring i Visma. Profilen din er sterk på kundeservice, men akkurat på det området hadde den andre kandidaten mer å by på.\n\nHilsen\nTone, HR",
    note='Hire\'s named skill vs the reader\'s profile.')
add('nb', S, 'interview', "Hei Ola,\n\nVi gikk videre med en søker som har fagbrev som elektriker og erfaring fra industrianlegg. Du har god erfaring fra bolig, men det er industrien vi trenger folk til nå.\n\nHilsen\nPer, Elektro AS",
    note='The hire\'s certificate and domain vs the reader\'s.')
add('nb', N, None, "Ukens jobbtips fra Karrierebrevet\n\nIngen liker standardsvaret «Vi har valgt å gå videre med andre kandidater». Be alltid om tilbakemelding – mange rekrutterere svarer gjerne.\n\nGod helg!\nRedaksjonen",
    note='Tips newsletter quoting a stock phrase in guillemets.')
add('nb', N, None, "Hei alle sammen,\n\nJeg er glad for å kunne fortelle at Kari Dahl begynner som ny prosjektleder 1. mars. Vi hadde en veldig sterk kortliste, og Kari skilte seg ut med erfaringen sin fra bygg. Ta godt imot henne!\n\n/Arne",
    note='Manager\'s new-hire announcement to the team.')
add('nb', N, 'offer', "Hei Hilde,\n\nTakk for tilbudet og for en fin prosess. Etter mye tenking har jeg bestemt meg for å takke ja til en annen stilling, og må derfor dessverre takke nei til dere.\n\nVennlig hilsen\nIda Berg",
    note='The candidate declines an offer.')
add('nb', N, None, "Hei Rune,\n\nvi har dessverre allerede valgt en annen leverandør til snømåking i vinter, men send gjerne et nytt tilbud til neste sesong.\n\nHilsen\nBorettslaget Furulia",
    note='A supplier bid, not a job.')

# ---------------- en ----------------
add('en', G, 'application', "hey Jake\n\nthanks for reaching out! its gonna be a no from us this time, we found someone already. good luck out there\n\nMia",
    ["its gonna be a no from us this time, we found someone already"], note='Text-message style no.')
add('en', G, 'interview', "Hi Sarah,\n\nI've spoken with the client. They've made a decision on the contract and unfortunately they landed on another consultant. I'll be in touch if anything else comes up.\n\nBest,\nTom, Bridge Recruitment",
    ["They've made a decision on the contract and unfortunately they landed on another consultant"], note='Agency relays the client\'s decision.')
add('en', G, 'application', "Hi Ryan,\n\nWe've got the boat covered for the season, so there won't be a job this time around. All the best!\n\nCheers,\nDave",
    ["We've got the boat covered for the season, so there won't be a job this time around"], note='Need covered for the season.')
add('en', G, 'application', "Dear Mark,\n\nThank you for applying for the head coach role with our first team. The committee has decided to go with a different solution this season.\n\nKind regards,\nThe Committee, Riverside FC",
    ["The committee has decided to go with a different solution this season"], note='Club, paid head-coach job.')
add('en', S, 'interview', "Hi Priya,\n\nThanks for coming in. We need someone with a forklift licence from day one, so it's a no this time. Good luck!\n\nJo",
    note='Informal no after a named need (a licence from day one): the need is the reason.')
add('en', S, 'interview', "Hi Daniel,\n\nWe have decided to offer the role to a candidate with several years of running Kubernetes in production. Your background is strongest on the frontend, and operations is where we need to add strength right now.\n\nBest regards,\nEmma, Head of Engineering",
    note='Named ops skill vs the reader\'s frontend background.')
add('en', S, 'interview', "Dear Laura,\n\nThank you for the interview. We have chosen a candidate with several years of payroll experience in Sage. Your profile is strong on customer service, but in that particular area the other candidate had more to offer.\n\nKind regards,\nHelen, HR",
    note='Hire\'s named skill vs the reader\'s profile.')
add('en', S, 'interview', "Hi Omar,\n\nWe went with an applicant who holds a CSCS card and has site experience on commercial builds. You have good residential experience, but commercial work is what this project needs.\n\nThanks,\nGary",
    note='The hire\'s card and domain vs the reader\'s.')
add('en', N, None, "This week's job-hunting tip\n\nFew things sting like the stock reply \u201cWe have decided to move forward with other candidates.\u201d Always ask for feedback \u2013 many recruiters are happy to give it.\n\nHave a good weekend!\nThe CareerLetter team",
    note='Tips newsletter quoting a stock phrase in curly quotes.')
add('en', N, None, "Team,\n\nI'm pleased to announce that Rachel Moore will join us as project manager on 1 March. We had a very strong shortlist, and Rachel stood out with her construction background. Please make her welcome!\n\nSteve",
    note='Manager\'s new-hire announcement to "Team,".')
add('en', N, 'offer', "Dear Janet,\n\nThank you for the offer and for a great process. After a lot of thought I have decided to accept another position, so I must unfortunately decline.\n\nKind regards,\nSophie Turner",
    note='The candidate declines an offer.')
add('en', N, None, "Hi Ben,\n\nunfortunately we've already chosen another supplier for the window cleaning this year, but feel free to quote again next spring.\n\nThanks,\nOakwood Residents' Association",
    note='A supplier bid, not a job.')

# ---------------- de ----------------
add('de', G, 'interview', "Hallo Lukas,\n\nich habe mit dem Kunden gesprochen. Der Kunde hat eine Entscheidung zum Projekt getroffen und sich leider für einen anderen Berater entschieden. Ich melde mich, wenn etwas Neues reinkommt.\n\nViele Grüße\nJan, Consulting Partner GmbH",
    ["Der Kunde hat eine Entscheidung zum Projekt getroffen und sich leider für einen anderen Berater entschieden"], note='Agency relays the client\'s decision.')
add('de', G, 'application', "Hi Tim,\n\nwir haben den Bedarf auf dem Schiff für die Saison schon gedeckt, also wird das diesmal nichts mit dem Job. Alles Gute!\n\nGruß\nHeiko",
    ["wir haben den Bedarf auf dem Schiff für die Saison schon gedeckt, also wird das diesmal nichts mit dem Job"], note='Need covered for the season.')
add('de', G, 'application', "Hallo Herr Wagner,\n\nvielen Dank für Ihre Bewerbung als Cheftrainer unserer ersten Mannschaft. Der Vorstand hat entschieden, in dieser Saison eine andere Lösung zu wählen.\n\nMit freundlichen Grüßen\nDer Vorstand, SV Grünwald",
    ["Der Vorstand hat entschieden, in dieser Saison eine andere Lösung zu wählen"], note='Club, paid head-coach job.')
add('de', S, 'interview', "hey Lena\n\nwir brauchen jemanden mit Staplerschein ab Tag eins, also wird's diesmal ein Nein. viel Glück!\n\nMaik",
    note='Informal no after a named need (a licence from day one): the need is the reason.')
add('de', G, 'interview', "Sehr geehrte Frau Koch,\n\nvielen Dank für das Gespräch. Wir haben uns allerdings entschieden, Ihnen diesmal abzusagen.\n\nMit freundlichen Grüßen\nPersonalabteilung",
    ["Wir haben uns allerdings entschieden, Ihnen diesmal abzusagen"], note='"We decided to turn you down".')
add('de', S, 'interview', "Hallo Herr Schulz,\n\nwir haben uns für einen Kandidaten mit mehrjähriger Erfahrung im Betrieb von Kubernetes in Produktion entschieden. Ihr Hintergrund liegt vor allem im Frontend, und den Betrieb müssen wir jetzt verstärken.\n\nViele Grüße\nAnja, Leitung Technik",
    note='Named ops skill vs the reader\'s frontend background.')
add('de', S, 'interview', "Sehr geehrte Frau Braun,\n\nwir haben die Stelle einer Kandidatin mit mehrjähriger Erfahrung in der Lohnabrechnung mit DATEV angeboten. Ihr Profil ist im Kundenservice stark, aber gerade in diesem Bereich hatte die andere Kandidatin mehr zu bieten.\n\nMit freundlichen Grüßen\nPersonalabteilung",
    note='Hire\'s named skill vs the reader\'s profile.')
add('de', S, 'interview', "Hallo Herr Yilmaz,\n\nwir haben uns für einen Bewerber mit Meisterbrief und Erfahrung im Industrieanlagenbau entschieden. Sie bringen gute Erfahrung aus dem Wohnungsbau mit, aber für dieses Projekt brauchen wir die Industrie.\n\nGruß\nThomas, Elektro Hahn",
    note='The hire\'s certificate and domain vs the reader\'s.')
add('de', N, None, "Der Jobtipp der Woche\n\nKaum etwas ärgert so sehr wie die Standardantwort \u201eWir haben uns für andere Kandidaten entschieden.\u201c Fragen Sie immer nach Feedback – viele Personaler antworten gern.\n\nSchönes Wochenende!\nIhre Karrierebrief-Redaktion",
    note='Tips newsletter quoting a stock phrase in German quotes.')
add('de', N, None, "Liebes Team,\n\nich freue mich, euch mitzuteilen, dass Sabine Keller am 1. März als neue Projektleiterin bei uns anfängt. Wir hatten eine sehr starke Shortlist, und Sabine hat sich mit ihrer Erfahrung im Bau abgehoben. Bitte nehmt sie herzlich auf!\n\nMarkus",
    note='Manager\'s new-hire announcement to the team.')
add('de', N, 'offer', "Sehr geehrte Frau Fischer,\n\nvielen Dank für Ihr Angebot und das angenehme Verfahren. Nach reiflicher Überlegung habe ich mich entschieden, eine andere Stelle anzunehmen, und muss Ihnen daher leider absagen.\n\nMit freundlichen Grüßen\nJulia Becker",
    note='The candidate declines an offer.')
add('de', N, None, "Hallo Herr Roth,\n\nleider haben wir uns für dieses Jahr schon für einen anderen Anbieter für den Winterdienst entschieden. Gern können Sie uns im Herbst wieder ein Angebot schicken.\n\nGruß\nHausverwaltung Lindenhof",
    note='A supplier bid, not a job.')

# ---------------- fi ----------------
add('fi', G, 'interview', "Hei Anna,\n\njuttelin asiakkaan kanssa. Asiakas on tehnyt päätöksen toimeksiannosta, ja valitettavasti he päätyivät toiseen konsulttiin. Palaan asiaan, jos jotain uutta tulee.\n\nTerveisin\nMikko, Konsulttitalo",
    ["Asiakas on tehnyt päätöksen toimeksiannosta, ja valitettavasti he päätyivät toiseen konsulttiin"], note='Agency relays the client\'s decision.')
add('fi', G, 'application', "moi Joonas\n\nsaatiin jo laivalle väki kasaan koko kaudeksi, joten tällä kertaa ei tule töitä. hyvää kesää!\n\nTero",
    ["saatiin jo laivalle väki kasaan koko kaudeksi, joten tällä kertaa ei tule töitä"], note='Need covered for the season.')
add('fi', G, 'application', "Hei Antti,\n\nkiitos hakemuksestasi edustusjoukkueen päävalmentajaksi. Hallitus on päättänyt valita tälle kaudelle toisenlaisen ratkaisun.\n\nTerveisin\nHallitus, Järvenpään Palloseura",
    ["Hallitus on päättänyt valita tälle kaudelle toisenlaisen ratkaisun"], note='Club, paid head-coach job.')
add('fi', S, 'interview', "moi Sanna\n\ntarvitaan joku jolla on trukkikortti heti alusta, joten tällä kertaa vastaus on ei. onnea!\n\nPetri",
    note='Informal no after a named need (a licence from day one): the need is the reason.')
add('fi', G, 'interview', "Hei Ville,\n\nkiitos haastattelusta. Olemme kuitenkin päättäneet tällä kertaa kieltäytyä hakemuksestasi.\n\nYstävällisin terveisin\nHenkilöstöhallinto",
    ["Olemme kuitenkin päättäneet tällä kertaa kieltäytyä hakemuksestasi"], note='"We decided to decline your application".')
add('fi', S, 'interview', "Hei Eero,\n\nvalitsimme hakijan, jolla on usean vuoden kokemus Kubernetesin ylläpidosta tuotannossa. Sinun taustasi on vahvin frontendissä, ja nyt tarvitsemme vahvistusta nimenomaan ylläpitoon.\n\nTerveisin\nLaura, teknologiajohtaja",
    note='Named ops skill vs the reader\'s frontend background.')
add('fi', S, 'interview', "Hei Minna,\n\npäätimme tarjota paikkaa hakijalle, jolla on usean vuoden kokemus palkanlaskennasta Lemonsoftilla. Profiilisi on vahva asiakaspalvelussa, mutta juuri tällä alueella toisella hakijalla oli enemmän annettavaa.\n\nYstävällisin terveisin\nHR",
    note='Hire\'s named skill vs the reader\'s profile.')
add('fi', S, 'interview', "Hei Jari,\n\nvalitsimme hakijan, jolla on sähköasentajan ammattitutkinto ja kokemusta teollisuuskohteista. Sinulla on hyvä kokemus asuntokohteista, mutta tässä projektissa tarvitaan teollisuuspuolen osaamista.\n\nTerveisin\nSähkö-Virta Oy",
    note='The hire\'s certificate and domain vs the reader\'s.')
add('fi', N, None, "Viikon työnhakuvinkki\n\nHarva asia harmittaa niin paljon kuin vakiovastaus \u201dOlemme päättäneet jatkaa muiden hakijoiden kanssa.\u201d Pyydä aina palautetta – moni rekrytoija antaa sitä mielellään.\n\nHyvää viikonloppua!\nUrakirjeen toimitus",
    note='Tips newsletter quoting a stock phrase.')
add('fi', N, None, "Hei tiimi,\n\non ilo kertoa, että Riikka Salo aloittaa uutena projektipäällikkönä 1. maaliskuuta. Meillä oli todella vahva loppusuora, ja Riikka erottui rakennusalan kokemuksellaan. Ottakaa hänet hyvin vastaan!\n\nJuha",
    note='Manager\'s new-hire announcement to the team.')
add('fi', N, 'offer', "Hei Tiina,\n\nkiitos tarjouksesta ja mukavasta prosessista. Pitkän harkinnan jälkeen olen päättänyt ottaa vastaan toisen paikan, joten joudun valitettavasti kieltäytymään tarjouksestanne.\n\nYstävällisin terveisin\nEmilia Koski",
    note='The candidate declines an offer.')
add('fi', N, None, "Hei Kalle,\n\nvalitsimme valitettavasti jo toisen palveluntarjoajan tämän talven lumitöihin, mutta lähetä ihmeessä uusi tarjous ensi kaudeksi.\n\nTerveisin\nAsunto Oy Koivula",
    note='A supplier bid, not a job.')

# added after first sight (the quote-mark check): single guillemets › ‹ as German and Swiss typesetting quotes
add('de', N, None, "Bewerbungstipp der Woche\n\nNichts ist so nichtssagend wie der Satz ›Leider haben wir uns für eine andere Bewerberin entschieden.‹ Bitten Sie trotzdem freundlich um ein kurzes Feedback.\n\nBis nächste Woche!\nIhr Karriere-Newsletter",
    note='Tips newsletter quoting a stock phrase in single guillemets (added after first sight).')

out = os.path.join(os.path.dirname(__file__), '..', '..', 'tests', 'corpus', 'decisions3.jsonl')
n = {}
with open(out, 'w', encoding='utf-8') as f:
    for lang, label, stage, text, gen, risky, note in R:
        n[lang] = n.get(lang, 0) + 1
        for s in gen + risky:
            assert s in text, (lang, n[lang], s)
        row = {'id': f'd3-{lang}-{n[lang]:03d}', 'lang': lang, 'label': label, 'stage': stage, 'text': text,
               'generic_spans': gen, 'risky_spans': risky, 'note': note}
        f.write(json.dumps(row, ensure_ascii=False) + '\n')
print(len(R), n)

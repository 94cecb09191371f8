#!/usr/bin/env python3
"""Task decisions10 (issue 11): own-wording drafts for generic rejections judged not-rejection (sv/da/nb).

Families: found someone for the shifts so it is not relevant; no vacancies so the application cannot be met; solved it
another way; it ended up being the other one; not with you as <role> after all; the <x>job goes / is given to another;
not hiring anyone new after all; not among the applicants called; not in your favour; concluded you do not get the
post; we do not offer <name> the post. Look-alikes share the words: invitations, offers, receipts, other things.
Writes tests/corpus/decisions10.jsonl.
"""
import json
import os

R, N = 'generic-rejection', 'not-rejection'
rows = []


def add(lang, label, stage, text, spans, note):
    n = sum(1 for r in rows if r['lang'] == lang) + 1
    for s in spans:
        assert text.count(s) == 1, (lang, n, s)
    rows.append({'id': f'd10-{lang}-{n:03d}', 'lang': lang, 'label': label, 'stage': stage if label != N else None,
                 'text': text, 'generic_spans': spans, 'risky_spans': [], 'note': note})


def rej(lang, stage, text, span, note):
    add(lang, R, stage, text, [span], note)


def no(lang, text, note):
    add(lang, N, None, text, [], note)


# ---------------- Swedish ----------------
L = 'sv'
rej(L, 'application', 'hej Elin, tack för att du lämnade cv:t i förra veckan. vi har hittat någon till helgpassen nu så det blir inte aktuellt just nu. ha en fin sommar! /Micke, Café Ljuset',
    'vi har hittat någon till helgpassen nu så det blir inte aktuellt just nu', 'Found someone for the shifts, so not relevant.')
rej(L, 'application', 'Hej Oskar,\n\nTack för din spontanansökan till Lindqvist Revision. Vi har inga lediga tjänster för närvarande och kan därför inte tillmötesgå din förfrågan.\n\nMed vänlig hälsning\nKontoret',
    'Vi har inga lediga tjänster för närvarande och kan därför inte tillmötesgå din förfrågan.', 'No vacancies, so the request cannot be met.')
rej(L, 'interview', 'Tjena Kevin!\n\nVille bara meddela att vi har löst sommarjobbet på annat håll, så det blir inte av hos oss i år. Tack för att du kom förbi verkstaden.\n\nHälsningar\nJanne',
    'vi har löst sommarjobbet på annat håll, så det blir inte av hos oss i år', 'Solved the job elsewhere, informal.')
rej(L, 'final', 'Hej Sara,\n\nDet stod mellan dig och en annan sökande in i det sista, och det slutade med att det blev den andra. Det var väldigt jämnt.\n\nAllt gott\nPeter, Bergs Rör',
    'det slutade med att det blev den andra', 'It ended up being the other one.')
rej(L, 'final', 'hej igen, jag har funderat lite och jag tror inte vi kör på dig som vikarie ändå. inget personligt alltså! kram Lotta',
    'jag tror inte vi kör på dig som vikarie ändå', 'Not with you as a temp after all, informal.')
rej(L, 'interview', 'Hej Mattias,\n\nStyrelsen hade möte igår och tränaruppdraget för P14 går till någon annan den här gången. Tack för ditt intresse!\n\nIdrottshälsningar\nUlf, ordförande, Kvarnby IF',
    'tränaruppdraget för P14 går till någon annan den här gången', 'The coaching job goes to someone else.')
rej(L, 'final', 'hej! vi har funderat fram och tillbaka men vi har kommit fram till att vi inte anställer någon ny ändå just nu. förlåt att du fick vänta så länge. lycka till! /Nora',
    'vi har kommit fram till att vi inte anställer någon ny ändå just nu', 'Not hiring anyone new after all.')
rej(L, 'interview', 'Hej Johan!\n\nStyrelsen har pratat ihop sig och vi har valt att ge tränarjobbet för A-laget till en annan.\n\nTack för att du ställde upp!\nKalle, Sunne BK',
    'vi har valt att ge tränarjobbet för A-laget till en annan', 'Coaching job given to another.')
rej(L, 'application', 'Ärende: Anställning som adjunkt i matematik\n\nRekryteringsgruppen har gått igenom samtliga ansökningar. Du tillhör inte den grupp av sökande som kommer att kallas till intervju.\n\nMed vänlig hälsning\nHR-avdelningen',
    'Du tillhör inte den grupp av sökande som kommer att kallas till intervju.', 'Not in the group called to interview.')
rej(L, 'interview', 'Hej Amanda,\n\nTack för intervjun om tjänsten som lärare i svenska. Vi har nu gjort vårt val, och det har tyvärr inte fallit ut till din fördel.\n\nVänliga hälsningar\nRektor',
    'Vi har nu gjort vårt val, och det har tyvärr inte fallit ut till din fördel.', 'Not fallen out in your favour.')
rej(L, 'final', 'Hej Linnea,\n\nTack för båda intervjuerna hos oss på Solgläntans förskola. Vi har jämfört alla ansökningar och har tyvärr kommit fram till att du inte får tjänsten som förskollärare.\n\nHälsningar\nMaria, förskolechef',
    'Vi har jämfört alla ansökningar och har tyvärr kommit fram till att du inte får tjänsten som förskollärare.', 'Concluded the reader does not get the post.')
rej(L, 'final', 'Hej Erik,\n\nJag skickar vidare beskedet från enhetschefen nedan, som vi kom överens om.\n\n/Anna, HR\n\n---------- Vidarebefordrat meddelande ---------\nFrån: Göran Ek\nDatum: mån 3 mars 2025 kl 10:12\nÄmne: Erik S. – projektledare\nTill: Anna Lund\n\nHej Anna. Vi har bestämt oss: vi erbjuder inte Erik tjänsten. Kan du meddela honom? Göran',
    'vi erbjuder inte Erik tjänsten', 'HR forwards the manager\'s no to the candidate.')
rej(L, 'application', 'Hej Filip, tack för att du hörde av dig om extrajobbet. Vi har redan hittat en till lagret, så det blir tyvärr inte aktuellt. Lycka till! /Stina',
    'Vi har redan hittat en till lagret, så det blir tyvärr inte aktuellt.', 'Found someone for the warehouse, not relevant.')
rej(L, 'final', 'Hej Hanna,\n\nVi har bestämt oss för att lösa vikariatet på annat sätt, så det blir inget med dig den här gången. Tack för din tid!\n\nHälsningar\nBirgitta',
    'Vi har bestämt oss för att lösa vikariatet på annat sätt, så det blir inget med dig den här gången.', 'Solved the cover another way.')
no(L, 'Hej alla,\n\nVi har hittat någon till helgpassen nu, så ni behöver inte byta med varandra längre. Schemat ligger i pärmen.\n\n/Micke', 'Staff told the shifts are covered.')
no(L, 'Hej Oskar,\n\nTack för din förfrågan om ledighet i juli. Vi kan tyvärr inte tillmötesgå den eftersom flera redan är lediga då.\n\nHälsningar\nPersonalavdelningen', 'Leave request declined for an employee.')
no(L, 'Hej Kevin,\n\nProblemet med kaffemaskinen har vi löst på annat håll, så du behöver inte komma ut i morgon. Tack ändå!\n\nJanne', 'A repair no longer needed.')
no(L, 'Hej Sara,\n\nVi tittade på två lokaler till festen och det slutade med att det blev den andra, den med terrass. Hoppas du kan komma!\n\nPeter', 'Choice of venue for a party.')
no(L, 'Hej Mattias,\n\nStyrelsen hade möte igår och tränaruppdraget för P14 går till dig! Grattis, vi hörs om träningstiderna.\n\nUlf, ordförande', 'The coaching job goes to the reader.')
no(L, 'Hej Johan!\n\nStyrelsen har pratat ihop sig och vi har valt att ge tränarjobbet för A-laget till dig. Välkommen!\n\nKalle, Sunne BK', 'Coaching job offered to the reader.')
no(L, 'Hej Linnea,\n\nTack för båda intervjuerna. Vi har jämfört alla ansökningar och kommit fram till att du får tjänsten som förskollärare. Grattis!\n\nMaria, förskolechef', 'The reader gets the post.')
no(L, 'Ärende: Anställning som adjunkt i matematik\n\nRekryteringsgruppen har gått igenom samtliga ansökningar. Du tillhör den grupp av sökande som kommer att kallas till intervju. Du får en kallelse inom kort.\n\nMed vänlig hälsning\nHR-avdelningen', 'Invitation to interview.')
no(L, 'Hej Amanda,\n\nTack för intervjun. Vi har nu gjort vårt val, och det har fallit ut till din fördel! Vi vill gärna erbjuda dig tjänsten.\n\nVänliga hälsningar\nRektor', 'Offer: in your favour.')
no(L, 'Hej alla,\n\nEfter budgetmötet kan jag säga att vi inte anställer någon ny i år, så vi får hjälpas åt med semestrarna.\n\n/Nora', 'Budget note to staff, no candidate.')
no(L, 'Hej Erik,\n\nVi har bestämt oss: vi erbjuder dig tjänsten som projektledare. Jag återkommer med avtalet.\n\nGöran', 'An offer.')
no(L, 'Hej Filip,\n\nTack för ditt cv! Vi har inte hittat någon till lagret än, så kom gärna in på torsdag och prova på ett pass.\n\n/Stina', 'Invitation to a trial shift.')
no(L, 'hej Lotta, tack för att du frågade men jag kör nog inte på ett vikariat till i höst, jag vill plugga klart först. kram Elin', 'The candidate declines a temp job.')
no(L, 'Hej Hanna,\n\nTack för din ansökan till tjänsten som undersköterska. Vi har tagit emot den och återkommer när urvalet är gjort.\n\nHälsningar\nBirgitta', 'Receipt.')

# ---------------- Danish ----------------
L = 'da'
rej(L, 'application', 'hej Mikkel, tak fordi du kiggede forbi med dit cv. vi har fundet en til weekendvagterne nu så det bliver ikke aktuelt lige nu. god sommer! mvh Søren, Café Havnen',
    'vi har fundet en til weekendvagterne nu så det bliver ikke aktuelt lige nu', 'Found someone for the shifts, not relevant.')
rej(L, 'application', 'Kære Anne\n\nTak for din uopfordrede ansøgning til Holm Revision.\n\nVi har ingen ledige stillinger for tiden og kan derfor ikke imødekomme din ansøgning.\n\nVenlig hilsen\nSekretariatet',
    'Vi har ingen ledige stillinger for tiden og kan derfor ikke imødekomme din ansøgning.', 'No vacancies, cannot accommodate.')
rej(L, 'interview', 'Hej Emil\n\nJeg ville bare sige, at vi har løst lærlingepladsen på anden vis, så det bliver ikke til noget hos os i år. Tak fordi du kom ud på værkstedet.\n\nHilsen\nBent',
    'vi har løst lærlingepladsen på anden vis, så det bliver ikke til noget hos os i år', 'Solved the apprenticeship another way.')
rej(L, 'final', 'Hej Mette\n\nDet stod mellem dig og en anden til sidst, og det endte med at blive den anden. Det var meget tæt.\n\nAlt godt\nKim, Holm El',
    'det endte med at blive den anden', 'It ended up being the other one.')
rej(L, 'final', 'hej igen, jeg har tænkt over det og vi skal nok ikke gøre det med dig som vikar alligevel. det er ikke personligt! kh Birthe',
    'vi skal nok ikke gøre det med dig som vikar alligevel', 'Not with you as a temp after all.')
rej(L, 'interview', 'Hej Rasmus\n\nBestyrelsen mødtes i aftes, og trænerjobbet for U13-drengene går til en anden denne gang. Tak for din interesse.\n\nSportslig hilsen\nHenrik, formand',
    'trænerjobbet for U13-drengene går til en anden denne gang', 'Coaching job goes to another.')
rej(L, 'final', 'hej! har tænkt meget over det, men vi er kommet frem til at vi ikke ansætter nogen nye alligevel lige nu. undskyld at du har ventet så længe. held og lykke! /Line',
    'vi er kommet frem til at vi ikke ansætter nogen nye alligevel lige nu', 'Not hiring anyone new after all.')
rej(L, 'interview', 'Hej Jakob!\n\nBestyrelsen har snakket sammen, og vi har valgt at give trænerjobbet for førsteholdet til en anden.\n\nTak fordi du stillede op.\nMorten, Vejby IF',
    'vi har valgt at give trænerjobbet for førsteholdet til en anden', 'Coaching job given to another.')
rej(L, 'application', 'Vedr.: Stilling som adjunkt i matematik\n\nAnsættelsesudvalget har gennemgået alle ansøgninger. Du er ikke blandt de ansøgere, der bliver indkaldt til samtale.\n\nMed venlig hilsen\nHR',
    'Du er ikke blandt de ansøgere, der bliver indkaldt til samtale.', 'Not among those called.')
rej(L, 'interview', 'Kære Sofie\n\nTak for samtalen om stillingen som pædagog. Vi har nu truffet vores beslutning, og den er desværre ikke faldet ud til din fordel.\n\nVenlig hilsen\nLeder, Børnehuset Solsikken',
    'Vi har nu truffet vores beslutning, og den er desværre ikke faldet ud til din fordel.', 'Not in your favour.')
rej(L, 'final', 'Hej Camilla\n\nTak for begge samtaler. Vi har vurderet alle ansøgningerne op mod hinanden og er desværre kommet frem til, at du ikke får stillingen som afdelingsleder.\n\nHilsen\nTina',
    'Vi har vurderet alle ansøgningerne op mod hinanden og er desværre kommet frem til, at du ikke får stillingen som afdelingsleder.', 'Concluded you do not get the post.')
rej(L, 'final', 'Hej Henrik\n\nJeg sender beskeden fra afdelingschefen videre herunder, som aftalt.\n\nMvh Pia, HR\n\n---------- Videresendt meddelelse ---------\nFra: Ole Dam\nDato: man. 3. mar. 2025 kl. 10.12\nEmne: Henrik B. – projektleder\nTil: Pia Holm\n\nHej Pia. Vi har besluttet: vi tilbyder ikke Henrik stillingen. Kan du give ham besked? Ole',
    'vi tilbyder ikke Henrik stillingen', 'HR forwards the manager\'s no.')
rej(L, 'application', 'Hej Oliver, tak for din besked om fritidsjobbet. Vi har allerede fundet en til lageret, så det bliver desværre ikke aktuelt. Held og lykke! /Dorte',
    'Vi har allerede fundet en til lageret, så det bliver desværre ikke aktuelt.', 'Found someone for the warehouse.')
rej(L, 'final', 'Hej Julie\n\nVi har valgt at løse barselsvikariatet på en anden måde, så det bliver ikke med dig denne gang. Tak for din tid.\n\nHilsen\nKaren',
    'Vi har valgt at løse barselsvikariatet på en anden måde, så det bliver ikke med dig denne gang.', 'Cover solved another way.')
no(L, 'Hej alle\n\nVi har fundet en til weekendvagterne nu, så I behøver ikke bytte mere. Vagtplanen hænger i køkkenet.\n\n/Søren', 'Staff told shifts are covered.')
no(L, 'Kære Anne\n\nTak for din anmodning om orlov i juli. Vi kan desværre ikke imødekomme den, da flere allerede holder ferie.\n\nVenlig hilsen\nPersonaleafdelingen', 'Leave request declined.')
no(L, 'Hej Emil\n\nProblemet med kaffemaskinen har vi løst på anden vis, så du behøver ikke komme i morgen. Tak alligevel!\n\nBent', 'Repair not needed.')
no(L, 'Hej Mette\n\nVi så på to lokaler til julefrokosten, og det endte med at blive den anden, den med udsigt. Håber du kan komme!\n\nKim', 'Venue choice.')
no(L, 'Hej Rasmus\n\nBestyrelsen mødtes i aftes, og trænerjobbet for U13-drengene går til dig! Tillykke, vi tales ved om træningstiderne.\n\nHenrik, formand', 'The job goes to the reader.')
no(L, 'Hej Jakob!\n\nBestyrelsen har snakket sammen, og vi har valgt at give trænerjobbet for førsteholdet til dig. Velkommen!\n\nMorten, Vejby IF', 'Job given to the reader.')
no(L, 'Hej Camilla\n\nTak for begge samtaler. Vi har vurderet alle ansøgningerne og er kommet frem til, at du får stillingen som afdelingsleder. Tillykke!\n\nTina', 'The reader gets the post.')
no(L, 'Vedr.: Stilling som adjunkt i matematik\n\nAnsættelsesudvalget har gennemgået alle ansøgninger. Du er blandt de ansøgere, der bliver indkaldt til samtale. Du får en indkaldelse snarest.\n\nMed venlig hilsen\nHR', 'Invitation.')
no(L, 'Kære Sofie\n\nTak for samtalen. Vi har nu truffet vores beslutning, og den er faldet ud til din fordel! Vi vil gerne tilbyde dig stillingen.\n\nVenlig hilsen\nLeder', 'Offer.')
no(L, 'Hej alle\n\nEfter budgetmødet kan jeg sige, at vi ikke ansætter nogen nye i år, så vi må hjælpes ad med ferierne.\n\n/Line', 'Budget note to staff.')
no(L, 'Hej Henrik\n\nVi har besluttet: vi tilbyder dig stillingen som projektleder. Jeg vender tilbage med kontrakten.\n\nOle', 'Offer.')
no(L, 'Hej Oliver\n\nTak for dit cv! Vi har ikke fundet nogen til lageret endnu, så kom endelig forbi torsdag til en prøvevagt.\n\n/Dorte', 'Trial shift invitation.')
no(L, 'hej Birthe, tak fordi du spurgte, men jeg tager nok ikke et vikariat mere i efteråret, jeg vil gøre studiet færdigt først. kh Mette', 'The candidate declines.')
no(L, 'Hej Julie\n\nTak for din ansøgning til stillingen som sygeplejerske. Vi har modtaget den og vender tilbage, når vi har gennemgået alle ansøgninger.\n\nHilsen\nKaren', 'Receipt.')

# ---------------- Norwegian (bokmål) ----------------
L = 'nb'
rej(L, 'application', 'hei Sindre, takk for at du stakk innom med cv-en. vi har funnet en til helgevaktene nå så det blir ikke aktuelt akkurat nå. god sommer! mvh Geir, Kafé Brygga',
    'vi har funnet en til helgevaktene nå så det blir ikke aktuelt akkurat nå', 'Found someone for the shifts.')
rej(L, 'application', 'Hei Ingrid,\n\nTakk for den åpne søknaden din til Berg Revisjon.\n\nVi har ingen ledige stillinger for tiden og kan derfor ikke imøtekomme søknaden din.\n\nVennlig hilsen\nKontoret',
    'Vi har ingen ledige stillinger for tiden og kan derfor ikke imøtekomme søknaden din.', 'No vacancies.')
rej(L, 'interview', 'Hei Even,\n\nVille bare si at vi har løst lærlingplassen på en annen måte, så det blir ikke noe hos oss i år. Takk for at du kom innom verkstedet.\n\nHilsen\nTor',
    'vi har løst lærlingplassen på en annen måte, så det blir ikke noe hos oss i år', 'Solved another way.')
rej(L, 'final', 'Hei Maria,\n\nDet sto mellom deg og en annen til slutt, og det endte med å bli den andre. Det var veldig jevnt.\n\nAlt godt\nArne, Lie Rør',
    'det endte med å bli den andre', 'It ended up being the other one.')
rej(L, 'final', 'hei igjen, har tenkt litt på det og jeg tror ikke vi går for deg som vikar likevel. ikke noe personlig altså! klem Randi',
    'jeg tror ikke vi går for deg som vikar likevel', 'Not you as a temp after all.')
rej(L, 'interview', 'Hei Lars,\n\nStyret hadde møte i går, og trenerjobben for G14 går til en annen denne gangen. Takk for interessen!\n\nSportslig hilsen\nKnut, leder',
    'trenerjobben for G14 går til en annen denne gangen', 'Coaching job goes to another.')
rej(L, 'final', 'hei! har tenkt mye på det, men vi har kommet fram til at vi ikke ansetter noen nye likevel nå. beklager at du har ventet så lenge. lykke til! -Siri',
    'vi har kommet fram til at vi ikke ansetter noen nye likevel nå', 'Not hiring after all.')
rej(L, 'interview', 'Hei Ola!\n\nStyret har snakket sammen, og vi har valgt å gi trenerjobben for damelaget til en annen.\n\nTakk for at du stilte opp!\nPer, Vik IL',
    'vi har valgt å gi trenerjobben for damelaget til en annen', 'Coaching job given to another.')
rej(L, 'application', 'Sak: Stilling som lektor i matematikk\n\nTilsettingsutvalget har gått gjennom alle søknadene. Du er ikke blant søkerne som blir innkalt til intervju.\n\nMed vennlig hilsen\nHR',
    'Du er ikke blant søkerne som blir innkalt til intervju.', 'Not among those called.')
rej(L, 'interview', 'Hei Ida,\n\nTakk for intervjuet om stillingen som lærer. Vi har nå tatt vårt valg, og det har dessverre ikke falt ut til din fordel.\n\nVennlig hilsen\nRektor',
    'Vi har nå tatt vårt valg, og det har dessverre ikke falt ut til din fordel.', 'Not in your favour.')
rej(L, 'final', 'Hei Kristine,\n\nTakk for begge intervjuene i Lia barnehage. Vi har sammenlignet alle søknadene og har dessverre kommet frem til at du ikke får stillingen som barnehagelærer.\n\nHilsen\nHilde, styrer',
    'Vi har sammenlignet alle søknadene og har dessverre kommet frem til at du ikke får stillingen som barnehagelærer.', 'Concluded you do not get the post.')
rej(L, 'final', 'Hei Jonas,\n\nJeg sender videre beskjeden fra avdelingslederen nedenfor, som avtalt.\n\nMvh Kari, HR\n\n---------- Videresendt melding ---------\nFra: Bjørn Moe\nDato: man. 3. mars 2025 kl. 10:12\nEmne: Jonas L. – prosjektleder\nTil: Kari Dahl\n\nHei Kari. Vi har bestemt oss: vi tilbyr ikke Jonas jobben. Kan du si fra til ham? Bjørn',
    'vi tilbyr ikke Jonas jobben', 'HR forwards the manager\'s no.')
rej(L, 'application', 'Hei Magnus, takk for meldingen om ekstrajobben. Vi har allerede funnet en til lageret, så det blir dessverre ikke aktuelt. Lykke til! /Tone',
    'Vi har allerede funnet en til lageret, så det blir dessverre ikke aktuelt.', 'Found someone for the warehouse.')
rej(L, 'final', 'Hei Marte,\n\nVi har valgt å løse vikariatet på en annen måte, så det blir ikke deg denne gangen. Takk for tiden din!\n\nHilsen\nGunn',
    'Vi har valgt å løse vikariatet på en annen måte, så det blir ikke deg denne gangen.', 'Cover solved another way.')
no(L, 'Hei alle,\n\nVi har funnet en til helgevaktene nå, så dere trenger ikke bytte lenger. Vaktlista henger på kjøkkenet.\n\n/Geir', 'Staff told shifts are covered.')
no(L, 'Hei Ingrid,\n\nTakk for søknaden om permisjon i juli. Vi kan dessverre ikke imøtekomme den, siden flere allerede har ferie da.\n\nVennlig hilsen\nPersonalavdelingen', 'Leave declined.')
no(L, 'Hei Even,\n\nProblemet med kaffemaskinen har vi løst på en annen måte, så du trenger ikke komme i morgen. Takk likevel!\n\nTor', 'Repair not needed.')
no(L, 'Hei Maria,\n\nVi så på to lokaler til julebordet, og det endte med å bli det andre, det med utsikt. Håper du kommer!\n\nArne', 'Venue choice.')
no(L, 'Hei Lars,\n\nStyret hadde møte i går, og trenerjobben for G14 går til deg! Gratulerer, vi snakkes om treningstidene.\n\nKnut, leder', 'The job goes to the reader.')
no(L, 'Hei Ola!\n\nStyret har snakket sammen, og vi har valgt å gi trenerjobben for damelaget til deg. Velkommen!\n\nPer, Vik IL', 'Job given to the reader.')
no(L, 'Hei Kristine,\n\nTakk for begge intervjuene. Vi har sammenlignet alle søknadene og kommet frem til at du får stillingen som barnehagelærer. Gratulerer!\n\nHilde, styrer', 'The reader gets the post.')
no(L, 'Sak: Stilling som lektor i matematikk\n\nTilsettingsutvalget har gått gjennom alle søknadene. Du er blant søkerne som blir innkalt til intervju. Du får en innkalling snart.\n\nMed vennlig hilsen\nHR', 'Invitation.')
no(L, 'Hei Ida,\n\nTakk for intervjuet. Vi har nå tatt vårt valg, og det har falt ut til din fordel! Vi vil gjerne tilby deg stillingen.\n\nVennlig hilsen\nRektor', 'Offer.')
no(L, 'Hei alle,\n\nEtter budsjettmøtet kan jeg si at vi ikke ansetter noen nye i år, så vi må hjelpe hverandre med feriene.\n\n/Siri', 'Budget note to staff.')
no(L, 'Hei Jonas,\n\nVi har bestemt oss: vi tilbyr deg jobben som prosjektleder. Jeg kommer tilbake med kontrakten.\n\nBjørn', 'Offer.')
no(L, 'Hei Magnus,\n\nTakk for cv-en! Vi har ikke funnet noen til lageret ennå, så kom gjerne innom torsdag for en prøvevakt.\n\n/Tone', 'Trial shift invitation.')
no(L, 'hei Randi, takk for at du spurte, men jeg tar nok ikke et vikariat til i høst, jeg vil bli ferdig med studiene først. klem Maria', 'The candidate declines.')
no(L, 'Hei Marte,\n\nTakk for søknaden din til stillingen som sykepleier. Vi har mottatt den og kommer tilbake når vi har gått gjennom alle søknadene.\n\nHilsen\nGunn', 'Receipt.')

out = os.path.join(os.path.dirname(__file__), '..', '..', 'tests', 'corpus', 'decisions10.jsonl')
with open(out, 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
print(len(rows), 'rows', sum(r['label'] == R for r in rows), 'rejections')

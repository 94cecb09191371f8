#!/usr/bin/env python3
"""Writes tests/corpus/informal7.jsonl (task informal7): five families of misreadings seen on fresh drafts,
each in sv, da, nb, en, de, fi, with look-alike twins. Own wording throughout."""
import json, os

G, S, N = 'generic-rejection', 'specific-rejection', 'not-rejection'
# per language: 016 rows in the same order
# 001 1a decision idiom + "we need X and you said Y"          S
# 002 1b no decision: unfortunately need X, CV says Y, get in touch when X   S
# 003 1c casual decision + need card, "you said yours ran out"  S
# 004 1d only take students who can X, you mentioned Y, so can't take further  S
# 005 twin: need someone who can start Monday — can you?       N
# 006 twin: need X and you have it, welcome Monday              N
# 007 twin: colleague note, need X; Ali only has B               N (internal)
# 008 twin: job ad "we need someone with X"                      N
# 009 2 club solved internally, no more coaches now              G
# 010 twin: club tells members a coach was found internally      N
# 011 3 hiring put on hold for all applicants (board style)      N
# 012 twin: the position has been filled, to one applicant       G
# 013 4 landlord chose another tenant after a viewing            N
# 014 5 the job went to someone with (a bit) more experience     G
# 015 twin: family news, someone else didn't get a job           N
# 016 5 the job went to someone else                             G
NOTES = {
    1: '1a: decision idiom + need X, you said Y', 2: '1b: no decision sentence: need X, your CV says Y, get in touch',
    3: '1c: casual decision + need card, yours ran out', 4: '1d: only take students who can X, you mentioned Y',
    5: '1 twin: need someone who can start Monday, a question', 6: '1 twin: need X and you have it, welcome',
    7: '1 twin: colleague note, need X, Ali only has B', 8: '1 twin: job ad, need someone with X',
    9: '2: club solved the role internally', 10: '2 twin: club tells members a coach was found internally',
    11: '3: hiring put on hold for all applicants', 12: '3 twin: position filled, to one applicant',
    13: '4: landlord chose another tenant after a viewing', 14: '5: the job went to someone with more experience',
    15: '5 twin: family news about someone else', 16: '5: the job went to someone else',
}
KIND = {1: S, 2: S, 3: S, 4: S, 5: N, 6: N, 7: N, 8: N, 9: G, 10: N, 11: N, 12: G, 13: N, 14: G, 15: N, 16: G}
STAGE = {1: 'application', 2: 'application', 3: 'application', 4: 'application', 9: 'application',
         12: 'application', 14: 'interview', 16: 'interview'}

D = {}
D['en'] = [
 ("hey Tom, it won't be the apprenticeship this time sorry - we need someone who can start Monday and you said you're at school until June. give me a shout in the summer if you're still looking\nDanny", []),
 ("Hi Ahmed,\n\nThanks for your application for the driver job. Unfortunately we need someone with a C licence since you'd be driving the lorry, and according to your CV you only have a B. If you get the C, get in touch!\n\nBest regards,\nLinda\nNorth Haulage", []),
 ("cant take you on for the scaffolding sorry, need someone with their CISRS card and you said yours ran out in march. sort it and ring me\nGaz", []),
 ("Dear Sofia,\n\nThank you for applying for our summer internship. We're only able to take students who can do the full ten weeks from June, and you mentioned you're only free from mid-July, so we can't take it further this time.\n\nKind regards,\nEmma Hughes\nGraduate Programmes", []),
 ("hi Tom, thanks for applying for the apprenticeship. we need someone who can start Monday - can you? let me know today if poss\nDanny", []),
 ("Hi Ahmed,\n\nThanks for your application. We need someone with a C licence since you'd be driving the lorry, and you have one, so welcome on Monday at 7!\n\nBest regards,\nLinda", []),
 ("Hi Paul, we need someone with a C licence for the lorry route; Ali only has a B, so can you ring the agency and ask for someone else? Thanks, Linda", []),
 ("We're hiring! North Haulage needs someone with a C licence to drive our lorry on the Leeds-Hull route. Full time, start ASAP. Send your CV to jobs@northhaulage.co.uk", []),
 ("hi Rob, thanks loads for offering to coach the under 9s. we've sorted it within the club so we don't need any more coaches for that team right now. cheers, Jen", ["we've sorted it within the club so we don't need any more coaches for that team right now"]),
 ("Hi everyone, good news: we've found a coach for the under 9s within the club, so training starts again on Tuesday. Thanks to all who helped out! Jen", []),
 ("To all applicants\n\nThe board has decided to put the recruitment of a new administrator on hold until the autumn. The post will therefore not be filled for now, and none of the applications have been assessed yet. We will contact you if the recruitment is resumed.\n\nOn behalf of the board,\nKaren Lee, Chair\nWestfield Tenants' Association", []),
 ("Dear Ben,\n\nThank you for applying for the administrator post. The position has now been filled.\n\nOn behalf of the board,\nKaren Lee", ["The position has now been filled"]),
 ("Hi Sam,\n\nThanks for viewing the flat on Saturday. We had a lot of interest. In the end we've gone with another couple who can move in sooner. Sorry it's not better news and good luck with the search.\n\nMike", []),
 ("hi Jordan, thanks for coming in on thursday but the job went to someone with a bit more experience. all the best\nKelly, The Corner Cafe", ["the job went to someone with a bit more experience"]),
 ("Hi Mum, Sara didn't get the job at the bakery, they went with someone with more experience - she's a bit disappointed. Call her tonight? x Emma", []),
 ("Dear Jordan,\n\nThank you for coming to the interview. Unfortunately the job went to someone else.\n\nKind regards,\nKelly", ["Unfortunately the job went to someone else"]),
]
D['sv'] = [
 ("hej Elias! det blir inget med lärlingsplatsen tyvärr – vi behöver nån som kan börja på måndag och du sa att du går i skolan till juni. hör av dig i sommar om du fortfarande letar\n/Danne", []),
 ("Hej Ahmed,\n\nTack för din ansökan till chaufförsjobbet. Tyvärr behöver vi någon med C-körkort eftersom du skulle köra lastbilen, och enligt ditt CV har du bara B. Hör av dig när du har tagit C-kortet!\n\nMvh\nLinda\nNorrfrakt AB", []),
 ("kan inte ta in dig på lagret sorry, behöver nån med giltigt truckkort och du sa att ditt gått ut i mars. fixa det o ring mig\n/Gurra", []),
 ("Hej Sofia,\n\nTack för din ansökan till vår sommarpraktik. Vi kan bara ta emot studenter som kan vara med alla tio veckor från juni, och du nämnde att du är ledig först från mitten av juli, så vi går inte vidare med din ansökan den här gången.\n\nVänliga hälsningar\nEmma Holm\nHR", []),
 ("hej Elias, tack för att du sökte lärlingsplatsen. vi behöver nån som kan börja på måndag – kan du det? svara gärna idag\n/Danne", []),
 ("Hej Ahmed,\n\nTack för din ansökan. Vi behöver någon med C-körkort eftersom du ska köra lastbilen, och det har du, så välkommen på måndag kl 7!\n\nMvh\nLinda", []),
 ("Hej Pelle, vi behöver någon med C-körkort till lastbilsturen; Ali har bara B, så kan du ringa bemanningen och be om någon annan? Tack! /Linda", []),
 ("Vi söker chaufför! Norrfrakt behöver någon med C-körkort som kan köra lastbil på sträckan Umeå–Skellefteå. Heltid, tillträde snarast. Skicka CV till jobb@norrfrakt.se", []),
 ("hej Robin! tack snälla för att du erbjöd dig att träna F9. vi har fått ihop tränarsidan inom klubben, så vi behöver inga fler ledare till F9 nu. kram Jenny", ["vi har fått ihop tränarsidan inom klubben, så vi behöver inga fler ledare till F9 nu"]),
 ("Hej alla F9-föräldrar! Vi har hittat en tränare inom klubben, så träningarna drar igång igen på tisdag. Tack till alla som hjälpt till! /Jenny", []),
 ("Till alla sökande\n\nStyrelsen har beslutat att pausa rekryteringen av ny kanslist till hösten. Tjänsten kommer därför inte att tillsättas nu, och ingen av ansökningarna har bedömts ännu. Vi hör av oss om rekryteringen återupptas.\n\nFör styrelsen\nKarin Lind, ordförande\nBrf Solgläntan", []),
 ("Hej Bengt,\n\nTack för din ansökan till tjänsten som kanslist. Tjänsten är nu tillsatt.\n\nFör styrelsen\nKarin Lind", ["Tjänsten är nu tillsatt"]),
 ("Hej Sam!\n\nTack för att du kom på visningen av lägenheten i lördags. Det var många intresserade. Till slut valde vi ett annat par som kan flytta in tidigare. Tråkigt att det inte blev bättre besked och lycka till med letandet!\n\nMikael", []),
 ("hej Jonna, tack för att du kom in i torsdags men jobbet gick till nån med lite mer erfarenhet. ha det gott\n/Kelly, Hörnkaféet", ["jobbet gick till nån med lite mer erfarenhet"]),
 ("Hej mamma! Sara fick inte jobbet på bageriet, de tog nån med mer erfarenhet – hon är lite ledsen. Ring henne ikväll? Kram Emma", []),
 ("Hej Jonna,\n\nTack för att du kom på intervjun. Tyvärr gick jobbet till någon annan.\n\nMed vänlig hälsning\nKelly", ["Tyvärr gick jobbet till någon annan"]),
]
D['da'] = [
 ("hej Emil, det bliver ikke dig til lærlingepladsen desværre – vi skal bruge en der kan starte mandag, og du sagde du går i skole til juni. skriv igen til sommer hvis du stadig søger\n/Danny", []),
 ("Hej Ahmed\n\nTak for din ansøgning til chaufførjobbet. Desværre har vi brug for en med C-kørekort, da du skal køre lastbilen, og ifølge dit CV har du kun B. Hvis du får C-kortet, så kontakt os endelig!\n\nVenlig hilsen\nLinda\nNordfragt ApS", []),
 ("kan ik tage dig ind på lageret sry, skal bruge en med gyldigt truckcertifikat og du sagde dit var udløbet. få det fornyet og ring\n/Gustav", []),
 ("Kære Sofie\n\nTak for din ansøgning til vores sommerpraktik. Vi kan kun tage studerende, der kan være med alle ti uger fra juni, og du nævnte, at du først er ledig fra midt i juli, så vi går ikke videre med din ansøgning denne gang.\n\nVenlig hilsen\nEmma Holm\nHR", []),
 ("hej Emil, tak fordi du søgte lærlingepladsen. vi skal bruge en der kan starte mandag – kan du det? svar gerne i dag\n/Danny", []),
 ("Hej Ahmed\n\nTak for din ansøgning. Vi har brug for en med C-kørekort, da du skal køre lastbilen, og det har du, så velkommen på mandag kl. 7!\n\nVenlig hilsen\nLinda", []),
 ("Hej Per, vi har brug for en med C-kørekort til lastbilruten; Ali har kun B, så kan du ringe til vikarbureauet og bede om en anden? Tak! /Linda", []),
 ("Vi søger chauffør! Nordfragt har brug for en med C-kørekort til at køre lastbil på ruten Aarhus–Randers. Fuld tid, tiltrædelse hurtigst muligt. Send dit CV til job@nordfragt.dk", []),
 ("Hej Rasmus\n\nMange tak fordi du tilbød at træne U9-pigerne. Vi har fundet en løsning internt i klubben, så vi har ikke brug for flere trænere til det hold lige nu.\n\nSportslig hilsen\nJette, ungdomsudvalget", ["Vi har fundet en løsning internt i klubben, så vi har ikke brug for flere trænere til det hold lige nu"]),
 ("Hej alle U9-forældre! Vi har fundet en træner internt i klubben, så træningen starter igen på tirsdag. Tak til alle der har hjulpet! /Jette", []),
 ("Til alle ansøgere\n\nBestyrelsen har besluttet at sætte ansættelsen af en ny sekretær i bero til efteråret. Stillingen bliver derfor ikke besat, og ingen af ansøgerne er blevet vurderet endnu. Vi vender tilbage, hvis ansættelsen genoptages.\n\nPå bestyrelsens vegne\nKaren Lund, formand\nAndelsboligforeningen Solgården", []),
 ("Kære Bent\n\nTak for din ansøgning til stillingen som sekretær. Stillingen er nu besat.\n\nPå bestyrelsens vegne\nKaren Lund", ["Stillingen er nu besat"]),
 ("Hej Sam\n\nTak fordi du kom til fremvisningen af lejligheden i lørdags. Der var rigtig mange interesserede. Vi endte med at vælge et andet par, som kan flytte ind tidligere. Ærgerligt at det ikke er bedre nyt, og held og lykke med søgningen.\n\nMikkel", []),
 ("hej Jonas, tak fordi du kiggede forbi torsdag, men jobbet gik til en med lidt mere erfaring. ha det godt\n/Kelly, Hjørnecaféen", ["jobbet gik til en med lidt mere erfaring"]),
 ("Hej mor! Sara fik ikke jobbet i bageriet, de tog en med mere erfaring – hun er lidt skuffet. Ringer du til hende i aften? Knus Emma", []),
 ("Kære Jonas\n\nTak fordi du kom til samtale. Desværre gik jobbet til en anden.\n\nVenlig hilsen\nKelly", ["Desværre gik jobbet til en anden"]),
]
D['nb'] = [
 ("hei Emil, det blir ikke deg denne gangen dessverre – vi trenger en som kan begynne på mandag og du sa du går på skolen til juni. si ifra i sommer om du fortsatt leter\nmvh Danny", []),
 ("Hei Ahmed\n\nTakk for søknaden på sjåførjobben. Dessverre trenger vi en med C-førerkort siden du skal kjøre lastebilen, og ifølge CV-en din har du bare B. Hvis du tar C-lappen, ta gjerne kontakt!\n\nMvh\nLinda\nNordfrakt AS", []),
 ("kan ikke ta deg inn på lageret sorry, trenger en med gyldig truckførerbevis og du sa ditt hadde gått ut. fiks det og ring meg\n/Gustav", []),
 ("Hei Sofie\n\nTakk for søknaden til sommerpraksisen vår. Vi kan bare ta inn studenter som kan være med alle ti ukene fra juni, og du nevnte at du først er ledig fra midten av juli, så vi går ikke videre med søknaden din denne gangen.\n\nVennlig hilsen\nEmma Holm\nHR", []),
 ("hei Emil, takk for at du søkte på lærlingplassen. vi trenger en som kan begynne på mandag – kan du det? svar gjerne i dag\nDanny", []),
 ("Hei Ahmed\n\nTakk for søknaden. Vi trenger en med C-førerkort siden du skal kjøre lastebilen, og det har du, så velkommen på mandag kl. 7!\n\nMvh\nLinda", []),
 ("Hei Per, vi trenger en med C-førerkort til lastebilruta; Ali har bare B, så kan du ringe bemanningsbyrået og be om en annen? Takk! /Linda", []),
 ("Vi søker sjåfør! Nordfrakt trenger en med C-førerkort til å kjøre lastebil på strekningen Bodø–Fauske. Fulltid, tiltredelse snarest. Send CV til jobb@nordfrakt.no", []),
 ("Hei Robin\n\nTusen takk for at du tilbød deg å trene J9. Vi har funnet en løsning internt i klubben, så vi trenger ikke flere trenere til det laget nå.\n\nSportslig hilsen\nJenny, barneutvalget", ["Vi har funnet en løsning internt i klubben, så vi trenger ikke flere trenere til det laget nå"]),
 ("Hei alle J9-foreldre! Vi har funnet en trener internt i klubben, så treningene starter opp igjen på tirsdag. Takk til alle som har hjulpet til! /Jenny", []),
 ("Til alle søkere\n\nStyret har besluttet å sette ansettelsen av ny sekretær på vent til høsten. Stillingen blir derfor ikke besatt nå, og ingen av søkerne er vurdert ennå. Vi tar kontakt hvis ansettelsen tas opp igjen.\n\nPå vegne av styret\nKaren Lund, styreleder\nBorettslaget Solgløtt", []),
 ("Hei Bent\n\nTakk for søknaden på stillingen som sekretær. Stillingen er nå besatt.\n\nPå vegne av styret\nKaren Lund", ["Stillingen er nå besatt"]),
 ("Hei Sam\n\nTakk for at du kom på visningen av leiligheten på lørdag. Det var veldig mange interesserte. Til slutt valgte vi et annet par som kan flytte inn tidligere. Synd det ikke er bedre nyheter, og lykke til med letingen.\n\nMikkel", []),
 ("hei Jonas, takk for at du var innom på torsdag, men jobben gikk til en med litt mer erfaring. ha det bra\n/Kelly, Hjørnekafeen", ["jobben gikk til en med litt mer erfaring"]),
 ("Hei mamma! Sara fikk ikke jobben på bakeriet, de tok en med mer erfaring – hun er litt skuffet. Kan du ringe henne i kveld? Klem Emma", []),
 ("Hei Jonas\n\nTakk for at du kom på intervju. Dessverre gikk jobben til en annen.\n\nVennlig hilsen\nKelly", ["Dessverre gikk jobben til en annen"]),
]
D['de'] = [
 ("hey Lukas, wird leider nichts mit der Ausbildungsstelle – wir brauchen jemanden, der Montag anfangen kann, und du hast gesagt, du gehst noch bis Juni zur Schule. meld dich im Sommer, falls du noch suchst\nDanny", []),
 ("Hallo Herr Yilmaz,\n\ndanke für Ihre Bewerbung als Fahrer. Leider brauchen wir jemanden mit Führerschein Klasse C, da Sie den Lkw fahren würden, und laut Ihrem Lebenslauf haben Sie nur Klasse B. Wenn Sie den C-Führerschein haben, melden Sie sich gerne wieder!\n\nViele Grüße\nLinda Berg\nNordfracht GmbH", []),
 ("kann dich im lager leider nicht nehmen, brauche jemanden mit gültigem staplerschein und du hast gesagt deiner ist abgelaufen. lass ihn erneuern und ruf an\nGustav", []),
 ("Liebe Sofia,\n\nvielen Dank für Ihre Bewerbung um unser Sommerpraktikum. Wir können nur Studierende nehmen, die die vollen zehn Wochen ab Juni dabei sein können, und Sie hatten erwähnt, dass Sie erst ab Mitte Juli Zeit haben. Daher können wir Ihre Bewerbung diesmal nicht weiter berücksichtigen.\n\nFreundliche Grüße\nEmma Hofmann\nPersonalabteilung", []),
 ("hey Lukas, danke für deine Bewerbung für die Ausbildungsstelle. wir brauchen jemanden, der Montag anfangen kann – geht das bei dir? sag am besten heute Bescheid\nDanny", []),
 ("Hallo Herr Yilmaz,\n\ndanke für Ihre Bewerbung. Wir brauchen jemanden mit Führerschein Klasse C, da Sie den Lkw fahren, und den haben Sie, also willkommen am Montag um 7 Uhr!\n\nViele Grüße\nLinda Berg", []),
 ("Hallo Peter, wir brauchen jemanden mit Führerschein Klasse C für die Lkw-Tour; Ali hat nur B, kannst du bei der Zeitarbeitsfirma anrufen und nach jemand anderem fragen? Danke! Linda", []),
 ("Wir stellen ein! Nordfracht sucht jemanden mit Führerschein Klasse C für unsere Lkw-Tour Hamburg–Lübeck. Vollzeit, Start ab sofort. Bewerbungen an jobs@nordfracht.de", []),
 ("Hallo Robin,\n\nvielen Dank, dass du angeboten hast, die F-Jugend zu trainieren. Wir haben eine Lösung innerhalb des Vereins gefunden, deshalb brauchen wir für diese Mannschaft im Moment keine weiteren Trainer.\n\nSportliche Grüße\nJenny, Jugendleitung", ["Wir haben eine Lösung innerhalb des Vereins gefunden, deshalb brauchen wir für diese Mannschaft im Moment keine weiteren Trainer"]),
 ("Hallo liebe Eltern der F-Jugend! Wir haben innerhalb des Vereins einen Trainer gefunden, das Training startet also am Dienstag wieder. Danke an alle, die geholfen haben! Jenny", []),
 ("An alle Bewerberinnen und Bewerber\n\nDer Vorstand hat beschlossen: Die Stellenbesetzung für unsere Geschäftsstelle wird vorerst ausgesetzt. Die Stelle wird daher derzeit nicht besetzt, und keine der Bewerbungen wurde bisher geprüft. Wir melden uns, sobald das Verfahren wieder aufgenommen wird.\n\nIm Namen des Vorstands\nKaren Lange, Vorsitzende\nSportverein Grünwald e.V.", []),
 ("Hallo Herr Braun,\n\nvielen Dank für Ihre Bewerbung für die Stelle in unserer Geschäftsstelle. Die Stelle ist inzwischen besetzt.\n\nIm Namen des Vorstands\nKaren Lange", ["Die Stelle ist inzwischen besetzt"]),
 ("Hallo Sam,\n\ndanke, dass Sie am Samstag zur Besichtigung der Wohnung gekommen sind. Das Interesse war sehr groß. Am Ende haben wir uns für ein anderes Paar entschieden, das früher einziehen kann. Schade, dass ich keine besseren Nachrichten habe, und viel Erfolg bei der Suche.\n\nMichael", []),
 ("hi Jonas, danke dass du am donnerstag vorbeigekommen bist, aber der job ist an jemanden mit etwas mehr erfahrung gegangen. mach's gut\nKelly, Eckcafé", ["der job ist an jemanden mit etwas mehr erfahrung gegangen"]),
 ("Hallo Mama! Sara hat den Job in der Bäckerei nicht bekommen, die haben jemanden mit mehr Erfahrung genommen – sie ist ziemlich enttäuscht. Rufst du sie heute Abend an? Kuss, Emma", []),
 ("Hallo Jonas,\n\nvielen Dank, dass Sie zum Vorstellungsgespräch gekommen sind. Leider ist die Stelle an jemand anderen gegangen.\n\nFreundliche Grüße\nKelly", ["Leider ist die Stelle an jemand anderen gegangen"]),
]
D['fi'] = [
 ("moi Eemeli, ei tällä kertaa onnistu oppisopimuspaikka valitettavasti – tarvitaan joku joka voi aloittaa maanantaina ja sanoit että oot koulussa kesäkuuhun asti. laita viestiä kesällä jos etsit vielä\nDanny", []),
 ("Hei Ahmed,\n\nkiitos hakemuksestasi kuljettajan paikkaan. Valitettavasti tarvitsemme henkilön, jolla on C-ajokortti, koska ajaisit kuorma-autoa, ja CV:si mukaan sinulla on vain B. Jos saat C-kortin, ota yhteyttä!\n\nTerveisin\nLinda\nPohjolan Rahti Oy", []),
 ("en voi ottaa sua varastolle sori, tarvitaan joku jolla on voimassa oleva trukkikortti ja sanoit että sun kortti on vanhentunut. uusi se ja soita\nGustav", []),
 ("Hei Sofia,\n\nkiitos hakemuksestasi kesäharjoitteluumme. Voimme ottaa vain opiskelijoita, jotka voivat olla mukana kaikki kymmenen viikkoa kesäkuusta alkaen, ja mainitsit, että olet vapaa vasta heinäkuun puolivälistä. Emme siksi voi tällä kertaa viedä hakemustasi eteenpäin.\n\nYstävällisin terveisin\nEmma Holm\nHR", []),
 ("moi Eemeli, kiitos kun hait oppisopimuspaikkaa. tarvitaan joku joka voi aloittaa maanantaina – pystytkö? vastaa vaikka tänään\nDanny", []),
 ("Hei Ahmed,\n\nkiitos hakemuksestasi. Tarvitsemme henkilön, jolla on C-ajokortti, koska ajat kuorma-autoa, ja sinulla se on, joten tervetuloa maanantaina klo 7!\n\nTerveisin\nLinda", []),
 ("Moi Pekka, tarvitaan joku jolla on C-ajokortti kuorma-autoreitille; Alilla on vain B, voisitko soittaa vuokrafirmaan ja pyytää jonkun toisen? Kiitos! Linda", []),
 ("Haemme kuljettajaa! Pohjolan Rahti tarvitsee henkilön, jolla on C-ajokortti, ajamaan kuorma-autoa reitillä Oulu–Kemi. Kokoaikainen, aloitus heti. Lähetä CV osoitteeseen rekry@pohjolanrahti.fi", []),
 ("Hei Robin,\n\nkiitos kun tarjouduit valmentamaan F9-joukkuetta. Saimme valmennuksen järjestettyä seuran sisältä, joten emme tarvitse nyt uusia valmentajia siihen joukkueeseen.\n\nUrheilullisin terveisin\nJenny, junioritoimikunta", ["Saimme valmennuksen järjestettyä seuran sisältä, joten emme tarvitse nyt uusia valmentajia siihen joukkueeseen"]),
 ("Hei kaikki F9-vanhemmat! Saimme valmentajan seuran sisältä, joten harjoitukset alkavat taas tiistaina. Kiitos kaikille jotka auttoivat! Jenny", []),
 ("Kaikille hakijoille\n\nHallitus on päättänyt, että toiminnanjohtajan rekrytointi keskeytetään syksyyn asti. Tehtävää ei siksi täytetä nyt, eikä yhtään hakemusta ole vielä arvioitu. Otamme yhteyttä, jos rekrytointi jatkuu.\n\nHallituksen puolesta\nKaren Lind, puheenjohtaja\nAsukasyhdistys Päivänsäde ry", []),
 ("Hei Bengt,\n\nkiitos hakemuksestasi toiminnanjohtajan tehtävään. Tehtävä on nyt täytetty.\n\nHallituksen puolesta\nKaren Lind", ["Tehtävä on nyt täytetty"]),
 ("Hei Sam,\n\nkiitos kun kävit lauantaina asunnon näytössä. Kiinnostuneita oli todella paljon. Lopulta valitsimme toisen pariskunnan, joka pystyy muuttamaan aiemmin. Harmi ettei ole parempia uutisia, ja onnea asunnon etsintään.\n\nMikko", []),
 ("moi Jonna, kiitos kun kävit torstaina mut paikka meni jollekulle jolla on vähän enemmän kokemusta. kaikkea hyvää\nKelly, Kulmakahvila", ["paikka meni jollekulle jolla on vähän enemmän kokemusta"]),
 ("Hei äiti! Sara ei saanut sitä leipomon työpaikkaa, ne valitsi jonkun jolla on enemmän kokemusta – se on vähän pettynyt. Soitatko sille illalla? Halein Emma", []),
 ("Hei Jonna,\n\nkiitos kun tulit haastatteluun. Valitettavasti paikka meni toiselle.\n\nYstävällisin terveisin\nKelly", ["Valitettavasti paikka meni toiselle"]),
]

out = []
for lang in ['sv', 'da', 'nb', 'en', 'de', 'fi']:
    rows = D[lang]
    assert len(rows) == 16, lang
    for i, (text, spans) in enumerate(rows, 1):
        lab = KIND[i]
        for s in spans:
            assert text.count(s) == 1, (lang, i, s)
        assert (lab == G) == bool(spans), (lang, i)
        out.append({'id': f'i7-{lang}-{i:03d}', 'lang': lang, 'label': lab,
                    'stage': None if lab == N else STAGE[i], 'text': text, 'generic_spans': spans,
                    'risky_spans': [], 'note': NOTES[i]})
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, '..', '..', 'tests', 'corpus', 'informal7.jsonl'), 'w') as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
print(len(out))

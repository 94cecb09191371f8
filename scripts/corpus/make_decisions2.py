#!/usr/bin/env python3
"""Builds tests/corpus/decisions2.jsonl (task decisions2): decision wordings a held-out set judged no rejection.
Own wording. Row: (lang, label, stage, text, generic_spans, risky_spans, note)."""
import json, os

G, S, N = 'generic-rejection', 'specific-rejection', 'not-rejection'
R = []
def add(lang, label, stage, text, gen=(), risky=(), note=''):
    R.append((lang, label, stage, text, list(gen), list(risky), note))

# ---------------- sv ----------------
add('sv', G, 'application', "Hej Maja,\n\nTack för att du sökte tjänsten som Lärare i matematik och NO för årskurs 4–6 på Sjövikskolan. Din ansökan till tjänsten som Lärare i matematik och NO för årskurs 4–6 har tyvärr inte gått vidare.\n\nVänliga hälsningar\nPer Holm, rektor",
    ["Din ansökan till tjänsten som Lärare i matematik och NO för årskurs 4–6 har tyvärr inte gått vidare"], note='Long title (8 words with a number) between the application and its outcome.')
add('sv', G, 'application', "hej!\n\nsorry, vi hann faktiskt fylla platsen redan innan ditt mejl kom. lycka till med sökandet!\n\n/Linus, Kafé Gröna Gången",
    ["vi hann faktiskt fylla platsen redan innan ditt mejl kom", "lycka till med sökandet!"], note='Informal, no caps: the place already filled.')
add('sv', G, 'interview', "Hej Oskar,\n\nTack för att du kom förbi och träffade oss. Vi känner att det inte blir riktigt rätt match just nu, och vi är lite osäkra på om du skulle smälta in i gänget.\n\nHa det gott!\nElin, Byrå Nord",
    ["Vi känner att det inte blir riktigt rätt match just nu"], ["vi är lite osäkra på om du skulle smälta in i gänget"], note='The no is the decision; the fit remark beside it is vague.')
add('sv', G, 'application', "Hej Göran,\n\nStyrelsen har gått igenom ansökningarna till vaktmästarjobbet i föreningslokalen. Det blir alltså inte du den här gången, men tack för att du ställde upp.\n\nHälsningar\nBritt, ordförande i Brf Lönnen",
    ["Det blir alltså inte du den här gången"], note='Association board hiring a paid caretaker: "it will not be you".')
add('sv', G, 'interview', "Hej Sanna,\n\nTack för intervjun förra veckan. Vi har kommit fram till att vi inte går vidare med dig i processen.\n\nMed vänlig hälsning\nKarin Ek, HR",
    ["Vi har kommit fram till att vi inte går vidare med dig i processen"], note='"We concluded that we will not continue with you in the process".')
add('sv', G, 'application', "Hej Jonas,\n\nTack för ditt intresse för tjänsten som lagerarbetare. Vi har tyvärr inte möjlighet att beakta din ansökan den här gången.\n\nVänliga hälsningar\nLogistikcentret i Borås",
    ["Vi har tyvärr inte möjlighet att beakta din ansökan den här gången"], note='"We cannot take your application into account this time".')
add('sv', S, 'interview', "Hej Fatima,\n\nTjänsten går i rullande schema med dag, kväll och helg var tredje vecka, och du berättade att du bara kan jobba vardagar dagtid. då funkar det tyvärr inte.\n\nHälsningar\nMikael, Hemtjänsten Söder",
    note='Rotation reason; informal consequence "then it unfortunately does not work".')
add('sv', S, 'application', "Hej Therese,\n\nFör tjänsten som redovisningsekonom krävs en ekonomexamen och minst två års erfarenhet av koncernredovisning. Det senare har du tyvärr inte. Vi såg också att du planerar att vara föräldraledig till hösten.\n\nVänliga hälsningar\nAnders Lund, ekonomichef",
    risky=["Vi såg också att du planerar att vara föräldraledig till hösten"], note='Requirement + "the latter you do not have", no decision verb; parental-leave remark risky.')
add('sv', S, 'interview', "Hej Viktor,\n\ntjänsten är till största delen nattpass och du sa att du inte kan jobba nätter på grund av studierna. därför funkar det tyvärr inte den här gången.\n\n/Sofia, Nattbageriet",
    note='Night-shift reason, spoken consequence.')
add('sv', N, 'application', "Hej Amanda,\n\nTack för din ansökan till tjänsten som Lärare i svenska och SO för årskurs 7–9 (ref 2291). Vi vill gärna träffa dig på intervju tisdag 14 maj kl. 10.\n\nVänliga hälsningar\nPer Holm, rektor",
    note='Invitation for a post with a long numbered title.')
add('sv', N, None, "Hej Lena,\n\nhär är min sammanställning efter telefonintervjuerna:\n– Sara B.: stark i Excel, vidare till intervju\n– Jonas K.: för lite Excel, inte vidare\n– Amir H.: kan inte jobba helger, inte vidare\n\nSäg till om du vill ta det på mötet.\n/Tomas",
    note='Internal note to a colleague listing candidates in the third person.')
add('sv', N, None, "Hej Klara!\n\nJag frågade på bokhandeln om jobbet du tänkte söka. De hade tyvärr redan fyllt platsen, men de tar in extrapersonal inför julen, så håll utkik!\n\nKram\nMoa",
    note='A friend relays that the shop already filled the post.')

# ---------------- da ----------------
add('da', G, 'application', "Kære Mette\n\nTak for din ansøgning. Din ansøgning til stillingen som Sygeplejerske til Akutmodtagelsen, afsnit 3, nathold har desværre ikke ført til en samtale.\n\nMed venlig hilsen\nRegion Midt, HR",
    ["Din ansøgning til stillingen som Sygeplejerske til Akutmodtagelsen, afsnit 3, nathold har desværre ikke ført til en samtale"], note='Long title between the application and the outcome.')
add('da', G, 'application', "Hej Bent\n\nBestyrelsen har nu behandlet ansøgningerne til pedeljobbet i klubhuset, og vi har peget på en anden ansøger. Tak for din interesse.\n\nVenlig hilsen\nHanne, formand for Skovbo IF",
    ["vi har peget på en anden ansøger"], note='Club board: "we have pointed to another applicant".')
add('da', G, 'application', "Hej Søren\n\nTak fordi du søgte som pedel hos os i foreningen. Vi har snakket det igennem i bestyrelsen, og det bliver altså ikke dig denne gang.\n\nHilsen\nJens, kasserer",
    ["det bliver altså ikke dig denne gang"], note='"So it will not be you this time".')
add('da', G, 'application', "hej\n\nvi fik faktisk besat pladsen allerede, beklager. held og lykke derude!\n\nmvh Sara, Café Havnen",
    ["vi fik faktisk besat pladsen allerede", "held og lykke derude!"], note='Informal, no caps: the place already filled.')
add('da', G, 'interview', "Kære Ahmad\n\nTak for samtalen i tirsdags. Vi er nået frem til, at vi ikke fortsætter forløbet med dig.\n\nVenlig hilsen\nLouise Berg, HR-partner",
    ["Vi er nået frem til, at vi ikke fortsætter forløbet med dig"], note='"We have concluded that we will not continue the process with you".')
add('da', G, 'application', "Kære Camilla\n\nTak for din ansøgning til stillingen som lagermedarbejder. Vi kan desværre ikke tage din ansøgning i betragtning denne gang.\n\nMed venlig hilsen\nNordlager A/S",
    ["Vi kan desværre ikke tage din ansøgning i betragtning denne gang"], note='"We cannot take your application into consideration".')
add('da', S, 'interview', "Hej Nanna\n\nJobbet kører i fast rotation med aften og weekend hver tredje uge, og du skrev, at du kun kan arbejde i dagtimerne. så går det desværre ikke.\n\nHilsen\nKim, Plejecenter Solgården",
    note='Rotation reason; informal consequence.')
add('da', S, 'application', "Kære Line\n\nTil stillingen som bogholder kræver vi en uddannelse som finansøkonom og mindst to års erfaring med koncernregnskab. Det sidste har du desværre ikke. Vi lagde også mærke til, at du skal på barsel til efteråret.\n\nMed venlig hilsen\nPeter Holm, økonomichef",
    risky=["Vi lagde også mærke til, at du skal på barsel til efteråret"], note='Requirement + "the latter you do not have"; parental-leave remark.')
add('da', S, 'interview', "Hej Mads\n\nstillingen er mest nattevagter, og du fortalte, at du ikke kan tage nætter ved siden af studiet. derfor fungerer det desværre ikke lige nu.\n\n/Pia, Bageriet på hjørnet",
    note='Night-shift reason; spoken consequence.')
add('da', N, 'application', "Kære Ida\n\nTak for din ansøgning til stillingen som Pædagog til Børnehuset Mælkebøtten, 32 timer (jobnr. 4471). Vi vil gerne invitere dig til samtale onsdag den 12. juni kl. 9.\n\nMed venlig hilsen\nBørnehuset Mælkebøtten",
    note='Invitation for a post with a long numbered title.')
add('da', N, None, "Hej Rikke\n\nher er min opsummering efter telefonsamtalerne:\n– Laura P.: god erfaring, videre til samtale\n– Mikkel S.: for lidt Excel, ikke videre\n– Omar D.: kan ikke arbejde weekender, ikke videre\n\nSig til, hvis vi skal tage det på mødet.\n/Thomas",
    note='Internal note listing candidates.')
add('da', N, None, "Hej Freja!\n\nJeg spurgte i boghandlen om jobbet, du ville søge. De havde desværre allerede besat pladsen, men de tager julehjælp ind til november, så hold øje!\n\nKram\nEmma",
    note='A friend relays that the shop already filled the post.')

# ---------------- nb ----------------
add('nb', G, 'application', "Hei Ingrid,\n\nTakk for søknaden. Søknaden din på stillingen som Lærer 1.–4. trinn ved Haugen skole, 80 % fast har dessverre ikke ført frem.\n\nVennlig hilsen\nRektor Knut Aas",
    ["Søknaden din på stillingen som Lærer 1.–4. trinn ved Haugen skole, 80 % fast har dessverre ikke ført frem"], note='Long numbered title between the application and its outcome.')
add('nb', G, 'application', "Hei Arne,\n\nStyret har gått gjennom søknadene til vaktmesterjobben i lokalet, og vi har pekt ut en annen søker. Takk for at du meldte deg.\n\nHilsen\nGunn, styreleder i Lia IL",
    ["vi har pekt ut en annen søker"], note='Club board: "we have picked out another applicant".')
add('nb', G, 'application', "Hei Terje,\n\nTakk for at du søkte som vaktmester hos oss i borettslaget. Vi har snakket om det i styret, og det blir altså ikke deg denne gangen.\n\nHilsen\nRune, styremedlem",
    ["det blir altså ikke deg denne gangen"], note='"So it will not be you this time".')
add('nb', G, 'application', "hei\n\nvi fikk faktisk fylt plassen allerede, beklager. lykke til videre!\n\nmvh Silje, Kafé Brygga",
    ["vi fikk faktisk fylt plassen allerede", "lykke til videre!"], note='Informal, no caps: the place already filled.')
add('nb', G, 'interview', "Hei Kristian,\n\nTakk for intervjuet på tirsdag. Vi har landet på at vi ikke går videre med deg i prosessen.\n\nVennlig hilsen\nMarte Lie, HR",
    ["Vi har landet på at vi ikke går videre med deg i prosessen"], note='"We landed on not continuing with you in the process".')
add('nb', G, 'application', "Hei Sigrid,\n\nTakk for søknaden på stillingen som lagermedarbeider. Vi kan dessverre ikke ta søknaden din i betraktning denne gangen.\n\nVennlig hilsen\nLager Øst AS",
    ["Vi kan dessverre ikke ta søknaden din i betraktning denne gangen"], note='"We cannot take your application into consideration".')
add('nb', S, 'interview', "Hei Amina,\n\nStillingen går i fast turnus med kveld og helg hver tredje uke, og du skrev at du bare kan jobbe dagtid. da går det dessverre ikke.\n\nHilsen\nEspen, Solsiden sykehjem",
    note='Rotation reason; informal consequence "then it unfortunately does not work".')
add('nb', S, 'application', "Hei Hilde,\n\nTil stillingen som regnskapsmedarbeider krever vi bachelor i økonomi og minst to års erfaring med konsernregnskap. Det siste har du dessverre ikke. Vi merket oss også at du skal ut i foreldrepermisjon til høsten.\n\nVennlig hilsen\nTor Berg, økonomisjef",
    risky=["Vi merket oss også at du skal ut i foreldrepermisjon til høsten"], note='Requirement + "the latter you do not have"; parental-leave remark.')
add('nb', S, 'interview', "Hei Henrik,\n\nstillingen er for det meste nattevakter, og du sa at du ikke kan jobbe natt ved siden av studiene. derfor fungerer det dessverre ikke nå.\n\n/Kari, Bakeriet",
    note='Night-shift reason; spoken consequence.')
add('nb', N, 'application', "Hei Nora,\n\nTakk for søknaden på stillingen som Lærer 5.–7. trinn ved Haugen skole, 100 % vikariat (ref. 2291). Vi vil gjerne invitere deg til intervju torsdag 16. mai kl. 10.\n\nVennlig hilsen\nRektor Knut Aas",
    note='Invitation for a post with a long numbered title.')
add('nb', N, None, "Hei Randi,\n\nher er oppsummeringen min etter telefonintervjuene:\n– Laura P.: god erfaring, videre til intervju\n– Ola S.: for lite Excel, ikke videre\n– Hassan M.: kan ikke jobbe helger, ikke videre\n\nSi fra om vi skal ta det på møtet.\n/Trond",
    note='Internal note listing candidates.')
add('nb', N, None, "Hei Ane!\n\nJeg spurte i bokhandelen om jobben du skulle søke på. De hadde dessverre allerede fylt plassen, men de tar inn julehjelp i november, så følg med!\n\nKlem\nIda",
    note='A friend relays that the shop already filled the post.')

# ---------------- en ----------------
add('en', G, 'application', "Dear Ms Patel,\n\nThank you for applying. I am sorry to tell you that your application for the post of Year 6 Class Teacher and Maths Lead has been unsuccessful.\n\nKind regards\nHeadteacher, Millbrook Primary",
    ["your application for the post of Year 6 Class Teacher and Maths Lead has been unsuccessful"], note='Long numbered title between application and unsuccessful.')
add('en', G, 'application', "Dear Tom,\n\nThank you for your interest. Your application for the role of Senior Backend Engineer II, Payments Platform Team was not successful on this occasion.\n\nBest wishes\nTalent Team",
    ["Your application for the role of Senior Backend Engineer II, Payments Platform Team was not successful on this occasion"], note='Long title with a numeral and a comma.')
add('en', G, 'application', "hey Sam,\n\nsorry, we ended up filling the position last week already. best of luck!\n\nJo @ The Corner Deli",
    ["we ended up filling the position last week already", "best of luck!"], note='Informal, no caps: "we ended up filling the position".')
add('en', G, 'application', "Hi Derek,\n\nThe committee has been through the applications for the paid caretaker job at the hall, and we've settled on another applicant. Thanks for putting yourself forward.\n\nMargaret, Club Secretary",
    ["we've settled on another applicant"], note='Club committee: "settled on another applicant".')
add('en', G, 'interview', "Hi Priya,\n\nThanks for the interview on Tuesday. We've come to the conclusion that we won't continue the process with you.\n\nBest\nHannah, People Team",
    ["We've come to the conclusion that we won't continue the process with you"], note='"Come to the conclusion that we won\'t continue".')
add('en', G, 'application', "Dear Mr Jones,\n\nThank you for applying for the warehouse operative vacancy. Unfortunately we are unable to take your application into consideration at this time.\n\nYours sincerely\nNorthgate Logistics",
    ["Unfortunately we are unable to take your application into consideration at this time"], note='"Unable to take your application into consideration".')
add('en', S, 'interview', "Hi Leah,\n\nThe job runs on a fixed rota with evenings and weekends every third week, and you told us you can only work weekday daytimes. so that won't work, unfortunately.\n\nCheers\nGareth, Oakfield Care Home",
    note='Rotation reason; informal consequence.')
add('en', S, 'application', "Dear Ms Clarke,\n\nFor the accounts assistant role we require an AAT qualification and at least two years of group consolidation experience. The latter you unfortunately do not have. We also noted that you are planning to go on maternity leave in the autumn.\n\nKind regards\nDavid Shaw, Finance Manager",
    risky=["We also noted that you are planning to go on maternity leave in the autumn"], note='Requirement + "the latter you do not have", no decision verb; maternity-leave remark.')
add('en', S, 'interview', "Hi Josh,\n\nthe role is mostly night shifts and you said you can't do nights alongside uni. that's why it's not going to work this time, sorry.\n\nAmy, Night Bakery",
    note='Night-shift reason; spoken consequence.')
add('en', N, 'application', "Dear Ms Patel,\n\nThank you for your application for the post of Year 4 Class Teacher (Maternity Cover, Ref 2291). We would like to invite you to an interview on Tuesday 14 May at 10am.\n\nKind regards\nHeadteacher, Millbrook Primary",
    note='Invitation for a post with a long numbered title.')
add('en', N, None, "Hi Rachel,\n\nhere's my summary after the phone screens:\n– Laura P.: too little Excel, not to the next round\n– Ben T.: strong, through to interview\n– Omar D.: can't do weekends, not to the next round\n\nHappy to go through it at the meeting.\nSteve",
    note='Internal note listing candidates.')
add('en', N, None, "Hey Mia!\n\nI asked at the bookshop about the job you were going to apply for. they'd already filled the spot, sadly, but they take on Christmas staff in November, so keep an eye out!\n\nx Ella",
    note='A friend relays that the shop already filled the post.')

# ---------------- de ----------------
add('de', G, 'application', "Sehr geehrte Frau Keller,\n\nvielen Dank für Ihr Interesse. Ihre Bewerbung auf die Stelle als Sachbearbeiterin Lohn und Gehalt (m/w/d) in Teilzeit 30 Std. war leider nicht erfolgreich.\n\nMit freundlichen Grüßen\nPersonalabteilung",
    ["Ihre Bewerbung auf die Stelle als Sachbearbeiterin Lohn und Gehalt (m/w/d) in Teilzeit 30 Std. war leider nicht erfolgreich"], note='Long title with a number between application and outcome.')
add('de', G, 'interview', "Hey Jonas,\n\ndanke dir für das Gespräch letzte Woche! Wir haben uns entschieden, die Rolle anders zu besetzen. Viel Erfolg dir weiterhin!\n\nLG\nMiri von Loopwerk",
    ["Wir haben uns entschieden, die Rolle anders zu besetzen", "Viel Erfolg dir weiterhin!"], note='Startup du-form: "fill the role differently".')
add('de', G, 'application', "hi lena,\n\nsorry, wir haben die stelle tatsächlich schon vergeben. alles gute dir!\n\nTim, Café Eck",
    ["wir haben die stelle tatsächlich schon vergeben", "alles gute dir!"], note='Informal, lower case: already given away.')
add('de', G, 'interview', "Sehr geehrter Herr Yilmaz,\n\nvielen Dank für das Gespräch. Wir sind zu dem Schluss gekommen, den Prozess mit Ihnen nicht fortzusetzen.\n\nMit freundlichen Grüßen\nAnja Roth, HR",
    ["Wir sind zu dem Schluss gekommen, den Prozess mit Ihnen nicht fortzusetzen"], note='"We concluded not to continue the process with you".')
add('de', G, 'application', "Sehr geehrte Frau Brandt,\n\nvielen Dank für Ihre Bewerbung als Lagerhelferin. Wir können Ihre Bewerbung dieses Mal leider nicht in Betracht ziehen.\n\nMit freundlichen Grüßen\nLogistik Süd GmbH",
    ["Wir können Ihre Bewerbung dieses Mal leider nicht in Betracht ziehen"], note='"Cannot take your application into consideration".')
add('de', G, 'application', "Hallo Werner,\n\nder Vorstand hat über die Bewerbungen für den Hausmeisterjob im Vereinsheim gesprochen. Wir haben uns für einen anderen Bewerber ausgesprochen. Danke, dass du dich gemeldet hast.\n\nGruß\nUlla, 1. Vorsitzende",
    ["Wir haben uns für einen anderen Bewerber ausgesprochen"], note='Club board: "spoke out for another applicant".')
add('de', S, 'interview', "Hallo Aylin,\n\ndie Stelle läuft im festen Wechsel mit Spät- und Wochenenddiensten jede dritte Woche, und du hast geschrieben, dass du nur tagsüber unter der Woche kannst. dann geht das leider nicht.\n\nGruß\nSven, Pflegeheim am See",
    note='Rotation reason; informal consequence.')
add('de', S, 'application', "Sehr geehrte Frau Weber,\n\nfür die Stelle als Buchhalterin setzen wir eine kaufmännische Ausbildung und mindestens zwei Jahre Erfahrung im Konzernabschluss voraus. Letztere haben Sie leider nicht. Außerdem haben wir gesehen, dass Sie im Herbst in Elternzeit gehen möchten.\n\nMit freundlichen Grüßen\nKlaus Maier, Leiter Finanzen",
    risky=["Außerdem haben wir gesehen, dass Sie im Herbst in Elternzeit gehen möchten"], note='Requirement + "the latter you do not have", no decision verb; parental-leave remark.')
add('de', S, 'interview', "Hi Paul,\n\ndie Stelle besteht fast nur aus Nachtschichten, und du hast gesagt, dass du neben dem Studium keine Nächte machen kannst. deshalb passt das leider nicht.\n\nNina, Backstube",
    note='Night-shift reason; spoken consequence.')
add('de', N, 'application', "Sehr geehrte Frau Keller,\n\nvielen Dank für Ihre Bewerbung auf die Stelle als Sachbearbeiterin Lohn und Gehalt (m/w/d), Kennziffer 2291. Wir laden Sie gern zu einem Gespräch am Dienstag, 14. Mai, um 10 Uhr ein.\n\nMit freundlichen Grüßen\nPersonalabteilung",
    note='Invitation for a post with a long numbered title.')
add('de', N, None, "Hallo Sabine,\n\nhier meine Zusammenfassung nach den Telefoninterviews:\n– Laura P.: zu wenig Excel, nicht in die nächste Runde\n– Jan K.: stark, weiter zum Gespräch\n– Murat D.: kann keine Wochenenden, nicht weiter\n\nKönnen wir gern im Meeting besprechen.\nStefan",
    note='Internal note listing candidates.')
add('de', N, None, "Hey Mia!\n\nIch hab in der Buchhandlung nach dem Job gefragt, auf den du dich bewerben wolltest. Die hatten die Stelle leider schon besetzt, aber im November suchen sie Aushilfen fürs Weihnachtsgeschäft, also Augen offen halten!\n\nLG Ella",
    note='A friend relays that the shop already filled the post.')

# ---------------- fi ----------------
add('fi', G, 'application', "Hei Laura,\n\nKiitos hakemuksestasi. Hakemuksesi tehtävään Luokanopettaja, 4. luokka, Kirkonkylän koulu ei valitettavasti johtanut valintaan.\n\nYstävällisin terveisin\nRehtori Matti Laine",
    ["Hakemuksesi tehtävään Luokanopettaja, 4. luokka, Kirkonkylän koulu ei valitettavasti johtanut valintaan"], note='Long numbered title between the application and its outcome.')
add('fi', G, 'interview', "Hei Mikko,\n\nKiitos haastattelusta. Päädyimme lopulta siihen, ettemme jatka rekrytointiprosessia kanssasi.\n\nTerveisin\nSanna Virta, HR",
    ["Päädyimme lopulta siihen, ettemme jatka rekrytointiprosessia kanssasi"], note='"We ended up not continuing the process with you".')
add('fi', G, 'interview', "moi Jani,\n\nkiitti kun kävit juttelemassa. päätettiin porukalla, että ei jatketa sun kanssa tässä haussa. tsemppiä!\n\nTiina",
    ["päätettiin porukalla, että ei jatketa sun kanssa tässä haussa", "tsemppiä!"], note='Spoken passive: "we decided as a group not to continue with you".')
add('fi', G, 'application', "Hyvä Anna Korhonen,\n\nKiitos hakemuksestasi varastotyöntekijän tehtävään. Emme valitettavasti voi huomioida hakemustasi tällä kertaa.\n\nYstävällisin terveisin\nLogistiikka Itä Oy",
    ["Emme valitettavasti voi huomioida hakemustasi tällä kertaa"], note='"We cannot take your application into account".')
add('fi', G, 'application', "moi,\n\nsori, me saatiin se paikka jo täytettyä. onnea hakuihin!\n\nJenni, Kahvila Ranta",
    ["me saatiin se paikka jo täytettyä", "onnea hakuihin!"], note='Informal: "we got the place filled already".')
add('fi', G, 'application', "Hei Pekka,\n\nHallitus kävi läpi talonmiehen paikkaa hakeneet. Päädyimme toiseen hakijaan, eli tällä kertaa se et ole sinä. Kiitos kiinnostuksesta.\n\nTerveisin\nRaija, taloyhtiön hallituksen puheenjohtaja",
    ["Päädyimme toiseen hakijaan, eli tällä kertaa se et ole sinä"], note='Board: "we ended up with another applicant, so it is not you".')
add('fi', S, 'interview', "Hei Aino,\n\nTyö on kolmivuorotyötä, jossa on ilta- ja viikonloppuvuoroja joka kolmas viikko, ja kerroit että pystyt tekemään vain päivävuoroja arkisin. joten se ei valitettavasti käy.\n\nTerveisin\nJukka, Palvelukoti Kuusela",
    note='Rotation reason; consequence.')
add('fi', S, 'application', "Hei Maria,\n\nKirjanpitäjän tehtävään edellytämme merkonomin tutkintoa ja vähintään kahden vuoden kokemusta konsernitilinpäätöksistä. Jälkimmäistä sinulla ei valitettavasti ole. Huomasimme myös, että olet jäämässä syksyllä perhevapaalle.\n\nYstävällisin terveisin\nKari Nieminen, talousjohtaja",
    risky=["Huomasimme myös, että olet jäämässä syksyllä perhevapaalle"], note='Requirement + "the latter you do not have"; family-leave remark.')
add('fi', S, 'interview', "moi Eetu,\n\nhomma on lähes pelkkiä yövuoroja, ja sanoit ettet pysty tekemään öitä opiskelujen ohessa. siks tää ei nyt valitettavasti onnistu.\n\nNiina, Yöleipomo",
    note='Night-shift reason; spoken consequence.')
add('fi', N, 'application', "Hei Laura,\n\nKiitos hakemuksestasi tehtävään Luokanopettaja, 4. luokka, sijaisuus (viite 2291). Haluaisimme kutsua sinut haastatteluun tiistaina 14.5. klo 10.\n\nYstävällisin terveisin\nRehtori Matti Laine",
    note='Invitation for a post with a long numbered title.')
add('fi', N, None, "Moi Heidi,\n\ntässä yhteenveto puhelinhaastatteluista:\n– Laura P.: liian vähän Exceliä, ei jatkoon\n– Ville T.: vahva, jatkoon haastatteluun\n– Omar D.: ei pysty viikonloppuihin, ei jatkoon\n\nKäydään palaverissa läpi.\nJussi",
    note='Internal note listing candidates.')
add('fi', N, None, "Moi Emma!\n\nKysyin kirjakaupasta siitä työpaikasta, jota aioit hakea. Ne oli valitettavasti jo täyttäneet paikan, mutta marraskuussa ne ottaa joulumyyjiä, joten pidä silmät auki!\n\nHalauksin\nElla",
    note='A friend relays that the shop already filled the post.')

out = os.path.join(os.path.dirname(__file__), '..', '..', 'tests', 'corpus', 'decisions2.jsonl')
n = {}
with open(out, 'w', encoding='utf-8') as f:
    for lang, label, stage, text, gen, risky, note in R:
        n[lang] = n.get(lang, 0) + 1
        for s in gen + risky:
            assert s in text, (lang, n[lang], s)
        row = {'id': f'd2-{lang}-{n[lang]:03d}', 'lang': lang, 'label': label, 'stage': stage, 'text': text,
               'generic_spans': gen, 'risky_spans': risky, 'note': note}
        f.write(json.dumps(row, ensure_ascii=False) + '\n')
print(len(R), n)

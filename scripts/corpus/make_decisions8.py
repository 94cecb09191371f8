"""Builds tests/corpus/decisions8.jsonl (task decisions8): plain decisions the engine missed or vetoed, own wording.

Per language: generic rejections (G) in the families of the task — a personal note "instead of a standard mail"
before a plain decision, an HR letter offering a call for feedback, short or informal decisions (already found
someone, covered, nothing for you this time, the answer is negative, offered elsewhere, went for one of the others,
gave the job to someone else, ended up with the other finalist, invited others to the next round), public notices
naming the appointee, and summer-job places not allocated — and look-alikes (N) that must stay not-rejection: the
same words in invitations, staff news, a friend's mail, a declined supplier, a colleague's request.
"""
import json
from pathlib import Path

G, N = 'generic-rejection', 'not-rejection'
rows = []


def add(lang, label, stage, text, spans=(), note=''):
    n = sum(1 for r in rows if r['lang'] == lang) + 1
    for s in spans:
        assert s in text, (lang, n, s)
    rows.append({'id': f'd8-{lang}-{n:03d}', 'lang': lang, 'label': label, 'stage': stage, 'text': text,
                 'generic_spans': list(spans), 'risky_spans': [], 'note': note})


# ---------------------------------------------------------------- sv
add('sv', G, 'interview', 'Hej Tove,\n\nJag ville skriva till dig själv hellre än att du skulle få ett standardmejl från systemet. Vi har bestämt oss för att gå vidare med en annan kandidat till rollen som produktägare.\n\nTack för fina samtal, och lycka till!\nMalin', ['Vi har bestämt oss för att gå vidare med en annan kandidat till rollen som produktägare'], 'Personal note instead of a standard mail.')
add('sv', G, 'application', 'Hej! Tack för ditt mejl om extrajobbet, men vi har redan fått tag i en person. Ha det bra! /Lasse, Lasses Bygg', ['vi har redan fått tag i en person'], 'Already found someone, one line.')
add('sv', G, 'application', 'Hej Nora,\ntack för din ansökan till tjänsten som ekonomiassistent. Vårt besked blir tyvärr negativt den här gången.\nVänliga hälsningar\nHR, Norrlandsfrakt AB', ['Vårt besked blir tyvärr negativt den här gången.'], 'The answer is negative.')
add('sv', G, 'interview', 'Hej Pontus,\n\nTack för att du kom på intervju i tisdags. Vi landade till slut i den andra slutkandidaten.\n\nAllt gott!\nEva', ['Vi landade till slut i den andra slutkandidaten.'], 'Ended up with the other finalist.')
add('sv', G, 'interview', 'Hej Jonna,\n\nStyrelsen har träffats och diskuterat de två sista kandidaterna till kanslistjänsten. Det blev den andra kandidaten som fick störst stöd.\n\nTack för att du ville engagera dig.\nHälsningar\nLeif, ordförande', ['Det blev den andra kandidaten som fick störst stöd.'], 'Board: it became the other one.')
add('sv', G, 'application', 'UNDERRÄTTELSE OM ANSTÄLLNINGSBESLUT\n\nBefattning: Utredare, enheten för tillsyn\nDnr: 2026/0412\n\nTill anställning har utsetts Lars Bergqvist.\n\nBeslutet kan överklagas hos Statens överklagandenämnd inom tre veckor.\n\nPersonalenheten', ['Till anställning har utsetts Lars Bergqvist.'], 'Public notice naming the appointee.')
add('sv', G, 'application', 'Hej!\n\nDu har sökt sommarjobb genom kommunens satsning för unga. Tyvärr har du inte fått någon sommarjobbsplats i år, eftersom antalet sökande var långt fler än platserna.\n\nVälkommen att söka igen nästa vår.\nFritidsförvaltningen', ['Tyvärr har du inte fått någon sommarjobbsplats i år'], 'Summer-job place not allocated.')
add('sv', G, 'interview', 'Hej Ali, tack för i går! Vi har pratat ihop oss och kör på en av de andra. Lycka till framöver!', ['kör på en av de andra'], 'Went for one of the others, SMS style.')
add('sv', G, 'interview', 'Hej Sanna,\n\nTack för ett trevligt samtal om vikariatet. Vi har valt att ge uppdraget till någon annan.\n\nVänligen\nPer', ['Vi har valt att ge uppdraget till någon annan.'], 'Gave the assignment to someone else.')
add('sv', N, None, 'Hej Tove,\n\nJag ville skriva till dig själv hellre än att du skulle få ett standardmejl: vi vill gärna träffa dig på en andra intervju nästa vecka. Passar onsdag kl. 10?\n\nMalin', [], 'Invitation with the same personal frame.')
add('sv', N, None, 'Hej Anna,\n\nKan du skicka standardmejlet till de sökande som inte gick vidare? Jag ringer de två sista själv.\n\n/Johan', [], 'Colleague: send the standard mail.')
add('sv', N, None, 'Hej Lasse! Tack för offerten på taket, men vi har redan fått tag i en annan firma. Ha det bra! /Karin', [], 'Supplier declined.')
add('sv', N, None, 'Hej alla,\n\nVi välkomnar Lars Bergqvist som börjar som utredare på enheten för tillsyn den 1 mars. Ta väl emot honom!\n\nPersonalenheten', [], 'Staff news naming a new hire.')
add('sv', N, None, 'Hej!\n\nGrattis – du har fått en sommarjobbsplats i kommunens satsning för unga! Du placeras på Parkförvaltningen vecka 26–28.\n\nFritidsförvaltningen', [], 'Summer-job place given.')
add('sv', N, None, 'Hej Pontus,\n\nVi har träffat alla slutkandidater och vill gärna ta dig vidare till sista steget. Kan du komma på ett case nästa torsdag?\n\nEva', [], 'Finalist invited on.')
add('sv', N, None, 'Hej mamma!\n\nBanken hörde av sig i dag, och beskedet om lånet blev tyvärr negativt. Vi får vänta med lägenheten ett tag.\n\nKram, Elin', [], 'A loan refused, family mail.')
add('sv', N, None, 'Hej Sara,\n\nusch, nu fick jag veta att de gav tjänsten till någon annan. Ska vi ses och ta en fika i helgen?\n\nKram Mia', [], 'Friend tells her own news.')

# ---------------------------------------------------------------- da
add('da', G, 'interview', 'Hej Rasmus\n\nJeg ville hellere skrive selv end at du skulle have en standardmail. Vi har valgt at gå videre med en anden kandidat til stillingen som projektleder.\n\nTak for en god samtale.\nMette', ['Vi har valgt at gå videre med en anden kandidat til stillingen som projektleder'], 'Personal note instead of a standard mail.')
add('da', G, 'application', 'Hej Jonas. Der er desværre ikke noget arbejde til dig hos os lige nu. Mvh. Bo, BJ Murer', ['Der er desværre ikke noget arbejde til dig hos os lige nu.'], 'Nothing for you with us.')
add('da', G, 'application', 'Hej Sofie\n\nTak for din ansøgning til stillingen som lagermedarbejder. Svaret fra vores side er desværre negativt.\n\nVenlig hilsen\nHR, Nordlager A/S', ['Svaret fra vores side er desværre negativt.'], 'The answer is negative.')
add('da', G, 'interview', 'Hej Line\n\nTak fordi du kom til samtale om jobbet som klubkoordinator. Bestyrelsen har besluttet at give jobbet til en anden.\n\nSportslig hilsen\nHenrik, formand', ['Bestyrelsen har besluttet at give jobbet til en anden.'], 'Gave the job to someone else.')
add('da', G, 'interview', 'Hej Mads\n\nDet har været en svær beslutning, men vi endte med at vælge den anden finalist.\n\nAlt godt\nKaren', ['vi endte med at vælge den anden finalist'], 'Ended up with the other finalist.')
add('da', G, 'application', 'Hej Emma\n\nJeg har læst dit CV i forhold til vores stilling som junior controller, og jeg tror ikke helt, vi er det rette match lige nu.\n\n/Sidsel, Talent Partner', ['jeg tror ikke helt, vi er det rette match lige nu'], 'Not quite the right match after the CV.')
add('da', G, 'interview', 'Hej Amalie\n\nTak for samtalen. Vi har fået besat stillingen, og du får desværre ikke jobbet.\n\nHilsen\nTina', ['du får desværre ikke jobbet'], 'You do not get the job.')
add('da', G, 'interview', 'Hej Kasper\n\nTak for samtalen i tirsdags om stillingen som indkøber. Du går desværre ikke videre til næste runde.\n\nHar du lyst til en kort feedback, kan du ringe til mig på 22 33 44 55.\n\nVenlig hilsen\nLouise', ['Du går desværre ikke videre til næste runde.'], 'HR letter with a call offer.')
add('da', G, 'application', 'Hej!\n\nDu har søgt sommerjob gennem kommunens ungeindsats. Desværre har du ikke fået et sommerjob i år, da der var langt flere ansøgere end pladser.\n\nVenlig hilsen\nUngeindsatsen', ['Desværre har du ikke fået et sommerjob i år'], 'Summer job not allocated.')
add('da', N, None, 'Hej Rasmus\n\nJeg ville hellere skrive selv end at du skulle have en standardmail: vi vil meget gerne se dig til en anden samtale. Passer torsdag kl. 13?\n\nMette', [], 'Invitation with the same personal frame.')
add('da', N, None, 'Hej Per\n\nKan du ringe til de to sidste kandidater i dag? Jeg sender standardmailen til resten.\n\n/Eva', [], 'Colleague request.')
add('da', N, None, 'Hej Bo\n\nTak for tilbuddet på tagrenoveringen. Vi har desværre valgt en anden tømrer denne gang.\n\nMvh. Jonas', [], 'Supplier declined.')
add('da', N, None, 'Hej Sofie\n\nDer er desværre ikke noget til dig i posten i dag – pakken er først på vej i morgen. Jeg giver lyd, når den er her.\n\nKnus, Mor', [], 'A parcel, family.')
add('da', N, None, 'Hej!\n\nTillykke – du har fået et sommerjob gennem kommunens ungeindsats! Du starter i Parkafdelingen i uge 27.\n\nVenlig hilsen\nUngeindsatsen', [], 'Summer job given.')
add('da', N, None, 'Hej Mads\n\nVi har haft samtaler med alle finalister, og vi vil meget gerne invitere dig til sidste runde. Passer mandag?\n\nKaren', [], 'Finalist invited on.')
add('da', N, None, 'Hej allesammen\n\nVi kan fortælle, at bestyrelsen har ansat Line Holm som ny klubkoordinator. Hun starter 1. august.\n\nSportslig hilsen\nHenrik', [], 'Staff news.')
add('da', N, None, 'Hej Kim\n\nØv, de gav jobbet til en anden. Men jeg har allerede to nye samtaler i næste uge!\n\nKh Sara', [], 'Friend tells her own news.')

# ---------------------------------------------------------------- nb
add('nb', G, 'interview', 'Hei Eirik,\n\nJeg ville heller skrive selv enn at du skulle få en standardmail. Vi har valgt å gå videre med en annen kandidat til stillingen som prosjektleder.\n\nTakk for gode samtaler.\nHilde', ['Vi har valgt å gå videre med en annen kandidat til stillingen som prosjektleder'], 'Personal note instead of a standard mail.')
add('nb', G, 'interview', 'Hei Ola,\n\nTakk for intervjuet om stillingen som innkjøper. Søknaden din går dessverre ikke videre til neste runde.\n\nØnsker du en kort tilbakemelding, kan du ringe meg på 900 11 222.\n\nVennlig hilsen\nKari Lie\nHR-rådgiver', ['Søknaden din går dessverre ikke videre til neste runde.'], 'HR letter with a call offer.')
add('nb', G, 'interview', 'Hei Jonas – takk for praten i går! Vi har landet på en av de andre. Lykke til videre!', ['Vi har landet på en av de andre.'], 'Landed on one of the others, SMS style.')
add('nb', G, 'application', 'Hei Siri,\n\ntakk for søknaden på stillingen som resepsjonist. Svaret fra vår side blir dessverre negativt.\n\nMed vennlig hilsen\nHotell Fjordgløtt', ['Svaret fra vår side blir dessverre negativt.'], 'The answer is negative.')
add('nb', G, 'application', 'Hei! Takk for meldingen, men vi har allerede fått tak i noen. Ha det fint! Mvh Geir, GS Bygg', ['vi har allerede fått tak i noen'], 'Already found someone.')
add('nb', G, 'interview', 'Hei Ingrid,\n\nStyret har nå drøftet de to siste kandidatene til jobben som daglig leder, og valget falt på den andre.\n\nTakk for at du ville stille.\nHilsen Arne, styreleder', ['valget falt på den andre'], 'The choice fell on the other.')
add('nb', G, 'application', 'Til søkere på stilling som adjunkt i matematikk ved Nordvik ungdomsskole\n\nStillingen er nå besatt. Vi takker for søknaden og ønsker lykke til videre.\n\nRektor', ['Stillingen er nå besatt.'], 'Mass notice, the post filled.')
add('nb', G, 'application', 'Hei!\n\nDu har søkt sommerjobb gjennom kommunens ungdomssatsing. Dessverre har du ikke fått sommerjobb i år, fordi vi fikk langt flere søkere enn plasser.\n\nHilsen\nUngdomstjenesten', ['Dessverre har du ikke fått sommerjobb i år'], 'Summer job not allocated.')
add('nb', G, 'interview', 'Hei Martin,\n\nTakk for samtalen. Vi har bestemt oss for å gi oppdraget til en annen.\n\nBeste hilsen\nLene', ['Vi har bestemt oss for å gi oppdraget til en annen.'], 'Gave the assignment to someone else.')
add('nb', N, None, 'Hei Eirik,\n\nJeg ville heller skrive selv enn at du skulle få en standardmail: vi vil gjerne invitere deg til et nytt intervju. Passer torsdag kl. 10?\n\nHilde', [], 'Invitation with the same personal frame.')
add('nb', N, None, 'Hei Trine,\n\nKan du ringe henne i dag og forklare hvorfor før vi sender standardmailen?\n\n/Mona', [], 'Colleague request.')
add('nb', N, None, 'Hei Geir,\n\nTakk for tilbudet på malingen av huset. Vi har allerede fått tak i en annen maler.\n\nMvh Siri', [], 'Supplier declined.')
add('nb', N, None, 'Hei alle sammen,\n\nVi er glade for å kunne fortelle at Ingrid Berg er ansatt som ny daglig leder. Hun begynner 1. september.\n\nHilsen styret', [], 'Staff news.')
add('nb', N, None, 'Hei!\n\nGratulerer – du har fått sommerjobb gjennom kommunens ungdomssatsing! Du starter i parkavdelingen i uke 26.\n\nHilsen\nUngdomstjenesten', [], 'Summer job given.')
add('nb', N, None, 'Hei Jonas,\n\nVi har snakket med alle kandidatene, og vi vil gjerne ta deg med videre til siste runde. Har du tid fredag?\n\nLene', [], 'Candidate invited on.')
add('nb', N, None, 'Hei pappa,\n\nsvaret fra banken ble dessverre negativt, så vi må vente med hytta. Vi snakkes i helgen!\n\nKlem Siri', [], 'Loan refused, family.')
add('nb', N, None, 'Hei Kari,\n\nde ga jobben til en annen, dessverre. Men jeg har to nye intervjuer neste uke, så det går nok bra!\n\nKlem Ola', [], 'Friend tells his own news.')

# ---------------------------------------------------------------- en
add('en', G, 'interview', "Hi Josh,\n\nI wanted to write to you myself rather than have you get a standard email from the system. We've decided to go with another candidate for the product owner role.\n\nThanks again for your time.\nMegan", ["We've decided to go with another candidate for the product owner role"], 'Personal note instead of a standard email.')
add('en', G, 'application', "Thanks for getting in touch mate, but we've already found someone for the job. All the best. - Dave, DK Plumbing", ["we've already found someone for the job"], 'Already found someone.')
add('en', G, 'interview', "Hi Priya - just a quick note to say the job's gone to someone else, sorry! Lovely to meet you though. Sam", ["the job's gone to someone else"], 'The job went elsewhere, text style.')
add('en', G, 'application', "Hi Tom,\n\nThanks for sending your CV for the junior designer role. Having looked it over, I don't think this role is the one for you.\n\nBest of luck,\nAmy", ["I don't think this role is the one for you"], 'Not the one for you.')
add('en', G, 'interview', "Dear Martin,\n\nThank you for meeting the committee last week about the part-time caretaker post. The committee has now made its decision and I'm afraid it hasn't gone your way.\n\nKind regards,\nHelen Price\nClerk to the Parish Council", ["The committee has now made its decision and I'm afraid it hasn't gone your way."], 'Decision did not go your way.')
add('en', G, 'interview', "Hi Ben,\n\nThanks for coming in on Tuesday. We ended up going with the other finalist.\n\nAll the best,\nClaire", ['We ended up going with the other finalist.'], 'Ended up with the other finalist.')
add('en', G, 'application', "Dear Ms Hart,\n\nThank you for your application for the post of Finance Assistant. I am writing to let you know that the post has now been filled.\n\nYours sincerely,\nHR Services", ['the post has now been filled'], 'Post filled.')
add('en', G, 'application', "Hello,\n\nYou applied for a summer job through the council's youth scheme. Unfortunately you have not been given a summer job place this year, as we had far more applicants than places.\n\nYouth Employment Team", ['Unfortunately you have not been given a summer job place this year'], 'Summer-job place not allocated.')
add('en', G, 'interview', "Hi Leah, thanks for today! We've had a chat and we're going with one of the others. Good luck with the search!", ["we're going with one of the others"], 'Going with one of the others.')
add('en', N, None, "Hi Josh,\n\nI wanted to write to you myself rather than have you get a standard email: we'd love to see you for a second interview. Does Thursday at 10 work?\n\nMegan", [], 'Invitation with the same personal frame.')
add('en', N, None, "Hi Dave,\n\nThanks for the quote for the bathroom, but we've already found someone for the job. Cheers,\nMark", [], 'Supplier declined.')
add('en', N, None, "Hi all,\n\nPlease welcome Priya Shah, who joins us as junior designer on Monday. The job's gone to a brilliant person!\n\nAmy", [], 'Staff news.')
add('en', N, None, "Hi Claire,\n\nWe're all sorted for the Christmas party now, thanks for your help with the booking!\n\nBen", [], 'All sorted, a party.')
add('en', N, None, "Hello,\n\nCongratulations - you have been given a summer job place through the council's youth scheme! You start with the parks team on 1 July.\n\nYouth Employment Team", [], 'Summer-job place given.')
add('en', N, None, "Hi Ben,\n\nThanks for coming in on Tuesday. We'd like to invite you to the final round with the other finalist next week.\n\nClaire", [], 'Finalist invited on.')
add('en', N, None, "Hi Sue,\n\nJust heard back - they gave the job to someone else. Gutted, but onwards! Coffee Saturday?\n\nTom", [], 'Friend tells his own news.')
add('en', N, None, "Hi Ella,\n\nCould you send the standard email to the applicants who didn't make the shortlist? I'll call the two finalists myself.\n\nThanks,\nMegan", [], 'Colleague request.')

# ---------------------------------------------------------------- de
add('de', G, 'interview', 'Hallo Lukas,\n\nich wollte dir lieber selbst schreiben, statt dir eine Standardmail zu schicken. Wir haben uns für jemand anderen für die Stelle als Produktmanager entschieden.\n\nDanke für die guten Gespräche!\nSandra', ['Wir haben uns für jemand anderen für die Stelle als Produktmanager entschieden.'], 'Personal note instead of a standard mail.')
add('de', G, 'application', 'Moin, danke für die Nachricht. Wir haben leider schon jemanden gefunden. Gruß, Malerbetrieb Janssen', ['Wir haben leider schon jemanden gefunden.'], 'Already found someone.')
add('de', G, 'interview', 'Hallo Frau Schulz,\n\nvielen Dank für das angenehme Gespräch. Für die nächste Runde haben wir uns für andere Kandidatinnen entschieden.\n\nViele Grüße\nPetra Wolf', ['Für die nächste Runde haben wir uns für andere Kandidatinnen entschieden.'], 'Others chosen for the next round.')
add('de', G, 'interview', 'Hallo Tim,\n\ndanke für das Gespräch gestern. Wir haben uns im Team besprochen und möchten mit einem anderen Profil weitermachen.\n\nAlles Gute\nJens', ['möchten mit einem anderen Profil weitermachen'], 'Going on with another profile.')
add('de', G, 'application', 'Sehr geehrter Herr Braun,\n\nvielen Dank für Ihre Bewerbung als Lagerist. Unsere Antwort fällt leider negativ aus.\n\nMit freundlichen Grüßen\nPersonalabteilung', ['Unsere Antwort fällt leider negativ aus.'], 'The answer is negative.')
add('de', G, 'interview', 'Hallo Mia,\n\nes war knapp, aber am Ende haben wir uns für die andere Finalistin entschieden.\n\nAlles Liebe\nKatrin', ['am Ende haben wir uns für die andere Finalistin entschieden'], 'The other finalist.')
add('de', G, 'application', 'Hallo!\n\nDu hast dich über das Ferienjob-Programm der Stadt beworben. Leider hast du in diesem Jahr keinen Ferienjob bekommen, weil es viel mehr Bewerbungen als Plätze gab.\n\nDein Jugendamt', ['Leider hast du in diesem Jahr keinen Ferienjob bekommen'], 'Summer job not allocated.')
add('de', G, 'interview', 'Hallo Herr Krause,\n\ndanke für das Gespräch. Wir haben die Stelle inzwischen an jemand anderen vergeben.\n\nViele Grüße\nAnke', ['Wir haben die Stelle inzwischen an jemand anderen vergeben.'], 'Post given to someone else.')
add('de', G, 'application', 'Moin Jan, danke für die Bewerbung! Wir sind fürs Erste komplett. Gruß, Werkstatt Petersen', ['Wir sind fürs Erste komplett.'], 'We are complete for now.')
add('de', N, None, 'Hallo Lukas,\n\nich wollte dir lieber selbst schreiben, statt dir eine Standardmail zu schicken: Wir würden dich gern zu einem zweiten Gespräch einladen. Passt dir Donnerstag?\n\nSandra', [], 'Invitation with the same personal frame.')
add('de', N, None, 'Hallo Jana,\n\nkannst du den übrigen Bewerbern die Standardmail schicken? Die zwei Finalisten rufe ich selbst an.\n\nDanke, Tobias', [], 'Colleague request.')
add('de', N, None, 'Hallo Herr Janssen,\n\nvielen Dank für Ihr Angebot für den Anstrich. Wir haben leider schon jemanden gefunden.\n\nGrüße, Familie Braun', [], 'Supplier declined.')
add('de', N, None, 'Hallo zusammen,\n\nwir freuen uns, dass Mia Keller ab Oktober unser Team als Produktmanagerin verstärkt. Bitte heißt sie herzlich willkommen!\n\nKatrin', [], 'Staff news.')
add('de', N, None, 'Hallo!\n\nHerzlichen Glückwunsch, du hast über das Ferienjob-Programm der Stadt einen Ferienjob bekommen! Du startest am 1. Juli im Stadtpark.\n\nDein Jugendamt', [], 'Summer job given.')
add('de', N, None, 'Hallo Frau Schulz,\n\nvielen Dank für das angenehme Gespräch. Für die nächste Runde möchten wir Sie gern einladen. Passt Ihnen Dienstag?\n\nPetra Wolf', [], 'Invited to the next round.')
add('de', N, None, 'Hallo Papa,\n\ndie Bank hat sich gemeldet, die Antwort fällt leider negativ aus. Wir müssen mit der Wohnung noch warten.\n\nLiebe Grüße, Lena', [], 'Loan refused, family.')
add('de', N, None, 'Hey Anna,\n\nsie haben die Stelle an jemand anderen vergeben. Schade, aber nächste Woche habe ich schon zwei neue Gespräche!\n\nLG Tim', [], 'Friend tells his own news.')

# ---------------------------------------------------------------- fi
add('fi', G, 'interview', 'Hei Ville,\n\nHalusin kirjoittaa sinulle itse enkä lähettää vakioviestiä. Olemme päättäneet valita tehtävään toisen hakijan.\n\nKiitos hyvistä keskusteluista!\nSanna', ['Olemme päättäneet valita tehtävään toisen hakijan.'], 'Personal note instead of a standard message.')
add('fi', G, 'interview', 'Hei Jussi,\n\nkiitos haastattelusta. Pitkän pohdinnan jälkeen päädyimme toiseen ehdokkaaseen.\n\nTerveisin\nMarja', ['Pitkän pohdinnan jälkeen päädyimme toiseen ehdokkaaseen.'], 'Ended up with another candidate.')
add('fi', G, 'interview', 'Moi Eveliina!\n\nKiitti eilisestä. Juteltiin porukalla ja päätettiin, ettei jatketa prosessia sun kanssa.\n\nKaikkea hyvää!\nTeemu', ['päätettiin, ettei jatketa prosessia sun kanssa'], 'Colloquial: not continuing with you.')
add('fi', G, 'interview', 'Hei Pekka,\n\nkiitos viestistäsi. Valinta on nyt tehty, mutta valitettavasti se ei osunut sinuun.\n\nTerveisin\nAnne', ['Valinta on nyt tehty, mutta valitettavasti se ei osunut sinuun.'], 'The choice did not fall on you.')
add('fi', G, 'application', 'Hei!\n\nOlet hakenut kaupungin kesätyöpaikkaa nuorille. Valitettavasti et tänä vuonna saanut kesätyöpaikkaa, koska hakijoita oli paljon enemmän kuin paikkoja.\n\nNuorisopalvelut', ['Valitettavasti et tänä vuonna saanut kesätyöpaikkaa'], 'Summer job not allocated.')
add('fi', G, 'application', 'Hei Laura,\n\nkiitos hakemuksestasi myyjän tehtävään. Vastauksemme on valitettavasti kielteinen.\n\nYstävällisin terveisin\nKauppa Kallio', ['Vastauksemme on valitettavasti kielteinen.'], 'The answer is negative.')
add('fi', G, 'application', 'Moi, kiitos viestistä! Löydettiin jo tekijä, mutta kiitos kiinnostuksesta. T. Jari, JK Rakennus', ['Löydettiin jo tekijä'], 'Already found someone.')
add('fi', G, 'interview', 'Hei Mikko,\n\nhallitus on käsitellyt toiminnanjohtajan valinnan ja päätynyt toiseen hakijaan.\n\nKiitos kiinnostuksestasi.\nPuheenjohtaja Leena Aho', ['päätynyt toiseen hakijaan'], 'Board ended up with another applicant.')
add('fi', G, 'interview', 'Hei Antti,\n\nkiitos haastattelusta. Seuraavaan vaiheeseen kutsuimme muita hakijoita.\n\nTerveisin\nHanna', ['Seuraavaan vaiheeseen kutsuimme muita hakijoita.'], 'Others invited to the next step.')
add('fi', N, None, 'Hei Ville,\n\nHalusin kirjoittaa sinulle itse enkä lähettää vakioviestiä: haluaisimme kutsua sinut toiseen haastatteluun. Sopisiko torstai?\n\nSanna', [], 'Invitation with the same personal frame.')
add('fi', N, None, 'Hei Jari,\n\nkiitos tarjouksesta keittiöremontista. Löydettiin jo tekijä, joten emme tarvitse apua tällä kertaa.\n\nT. Laura', [], 'Supplier declined.')
add('fi', N, None, 'Hei kaikki,\n\nuusi toiminnanjohtajamme on Mikko Laine, joka aloittaa syyskuussa. Toivotetaan hänet tervetulleeksi!\n\nHallitus', [], 'Staff news.')
add('fi', N, None, 'Hei!\n\nOnneksi olkoon, olet saanut kaupungin kesätyöpaikan! Työ alkaa puistopalveluissa 1.6.\n\nNuorisopalvelut', [], 'Summer job given.')
add('fi', N, None, 'Hei Antti,\n\nkiitos haastattelusta. Haluaisimme kutsua sinut seuraavaan vaiheeseen. Sopiiko tiistai?\n\nHanna', [], 'Invited to the next step.')
add('fi', N, None, 'Moi äiti,\n\npankin vastaus oli valitettavasti kielteinen, joten asuntokauppa jää nyt odottamaan. Soitan illalla!\n\nT. Laura', [], 'Loan refused, family.')
add('fi', N, None, 'Moi Sanna,\n\nne valitsi toisen hakijan, harmi. Mutta ensi viikolla on jo kaksi uutta haastattelua!\n\nT. Jussi', [], 'Friend tells his own news.')
add('fi', N, None, 'Hei Katja,\n\nvoisitko lähettää vakioviestin niille, jotka eivät päässeet haastatteluun? Soitan itse kahdelle viimeiselle.\n\nSanna', [], 'Colleague request.')

out = Path(__file__).resolve().parents[2] / 'tests' / 'corpus' / 'decisions8.jsonl'
with out.open('w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
print(len(rows), 'rows;', sum(r['label'] == G for r in rows), 'rejections')

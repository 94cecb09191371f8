"""Task informal6 (issue 11): own-wording drafts for tests/corpus/informal6.jsonl (see tests/corpus/README.md).

Four families of generic rejections that held-out drafts showed judged not-rejection, in six languages, each with
look-alike twins that must stay not-rejection:
  A. a small employer's informal "we've already got hold of a <trade>" / "the boss went with a lad he knows";
     twins: materials got hold of, a colleague told to take the ad down, a friend who got hold of a plumber;
  B. a club or volunteer role filled inside the club, to someone who offered to coach; twin: the club telling
     parents it still needs coaches;
  C. a bare "we won't continue" after a trial shift (some with a gut-feeling remark); twin: "we carry on tomorrow";
  D. a plain decision in a long practical mail (travel-expense receipts, data deleted after six months, talent bank,
     a wish closer); twin: the same practical list under an invitation to a second interview.
"""
import json, sys

rows = []


def add(lang, label, stage, text, gen=(), risky=(), note=""):
    n = sum(1 for r in rows if r["lang"] == lang) + 1
    for s in list(gen) + list(risky):
        assert text.count(s) == 1, (lang, n, s)
    assert (stage is None) == (label == "not-rejection"), (lang, n)
    rows.append({"id": f"i6-{lang}-{n:03d}", "lang": lang, "label": label, "stage": stage, "text": text,
                 "generic_spans": list(gen), "risky_spans": list(risky), "note": note})


G, N = "generic-rejection", "not-rejection"

# ---------------- sv
add("sv", G, "application",
    "hej!\n\ntack för att du sökte men vi har redan fått tag i en snickare till jobbet i Nacka. lycka till\n\n/Micke, Bygg & Fog Söder AB",
    gen=["vi har redan fått tag i en snickare till jobbet i Nacka"], note="A: already got hold of a tradesman")
add("sv", G, "application",
    "Hej Oscar, sorry men vi behöver dig inte på bygget ändå, chefen tog en kille han känner sen tidigare. Hoppas du hittar nåt annat snart!\n/Jenny, Målericentralen",
    gen=["vi behöver dig inte på bygget ändå, chefen tog en kille han känner sen tidigare"], note="A: boss went with someone he knows")
add("sv", N, None,
    "hej Micke! vi har redan fått tag i kaklet till badrummet, så du behöver inte beställa något. ses på måndag\n/Jenny",
    note="A twin: materials got hold of")
add("sv", N, None,
    "Hej Sanna, vi har redan hittat någon till snickarjobbet, kan du ta ner annonsen på Blocket idag? Tack!\n/Micke",
    note="A twin: internal, take the ad down")
add("sv", N, None,
    "Hej mamma! Jag har fått tag i en rörmokare som kan komma på torsdag och titta på diskmaskinen. Kram, Ebba",
    note="A twin: friend/family got hold of a plumber")
add("sv", G, "application",
    "Hej Johan!\n\nTack för att du hörde av dig och erbjöd dig att träna P12-laget. Vi har löst det inom föreningen, så vi behöver inte fler tränare till det laget just nu.\n\nSportslig hälsning\nKarin, IFK Tallbacken ungdom",
    gen=["Vi har löst det inom föreningen, så vi behöver inte fler tränare till det laget just nu"], note="B: club role solved internally")
add("sv", N, None,
    "Hej alla föräldrar i P12!\n\nVi behöver fortfarande fler tränare till laget i höst, vi har inte löst det inom föreningen än. Har ni möjlighet att hjälpa till, hör av er till mig.\n\nSportslig hälsning\nKarin, IFK Tallbacken ungdom",
    note="B twin: club still needs coaches")
add("sv", G, "final",
    "Hej Alva,\n\ntack för provpasset i lördags. Vi hade ingen riktig magkänsla för det. Vi går inte vidare nu.\n\n/Peter, Café Strand",
    gen=["Vi går inte vidare nu"], risky=["Vi hade ingen riktig magkänsla för det"], note="C: bare no after a trial shift, gut feeling")
add("sv", N, None,
    "Hej Alva!\n\ntack för idag, det gick jättebra. Vi går vidare imorgon kl 7, samma ställe som idag.\n\n/Peter, Café Strand",
    note="C twin: continue tomorrow")
add("sv", G, "final",
    "Hej Maja,\n\nTack för att du kom på intervju hos oss. Vi har nu avslutat rekryteringen, och du har tyvärr inte blivit vald till tjänsten.\n\n"
    "Lite praktisk information:\n- Reseersättning: skicka kvitton för tåg eller bensin till ekonomi@norrvatten.se senast 30 april, så betalar vi ut ersättningen.\n"
    "- Dina uppgifter raderas sex månader efter avslutad rekrytering.\n- Om du vill kan vi spara din ansökan i vår talangbank, svara bara på det här mejlet.\n\n"
    "Vi önskar dig lycka till framöver.\n\nVänliga hälsningar\nHelena Sjöberg\nHR, Norrvatten",
    gen=["du har tyvärr inte blivit vald till tjänsten", "Vi önskar dig lycka till framöver"], note="D: decision then practical list")
add("sv", N, None,
    "Hej Maja,\n\nTack för att du kom på intervju hos oss. Vi har nu gått igenom alla intervjuer och vill gärna träffa dig igen för en andra intervju den 12 maj kl. 10.\n\n"
    "Lite praktisk information:\n- Reseersättning: skicka kvitton för tåg eller bensin till ekonomi@norrvatten.se efter besöket, så betalar vi ut ersättningen.\n"
    "- Dina uppgifter raderas sex månader efter avslutad rekrytering.\n- Om du vill kan vi spara din ansökan i vår talangbank.\n\n"
    "Välkommen!\n\nVänliga hälsningar\nHelena Sjöberg\nHR, Norrvatten",
    note="D twin: invitation with the same practical list")

# ---------------- da
add("da", G, "application",
    "hej\n\ntak fordi du søgte, men vi har allerede fået fat i en tømrer til opgaven i Brabrand. held og lykke\n\n/Kim, Kims Byg ApS",
    gen=["vi har allerede fået fat i en tømrer til opgaven i Brabrand"], note="A: already got hold of a tradesman")
add("da", G, "application",
    "Hej Mads, sorry, vi får ikke brug for dig på pladsen alligevel, chefen tog en fyr han kender. Håber du finder noget andet snart.\n/Bente, Østjysk Murer",
    gen=["vi får ikke brug for dig på pladsen alligevel, chefen tog en fyr han kender"], note="A: boss went with someone he knows")
add("da", N, None,
    "hej Kim, vi har allerede fået fat i fliserne til badeværelset, så du skal ikke bestille dem. ses mandag\n/Bente",
    note="A twin: materials got hold of")
add("da", N, None,
    "Hej Lasse, vi har allerede fundet en til tømrerjobbet, så tag lige annoncen ned fra Jobindex i dag. Tak!\n/Kim",
    note="A twin: internal, take the ad down")
add("da", N, None,
    "Hej Sofie! Jeg har fået fat i en VVS'er, han kommer på torsdag og kigger på vandhanen. Tak for nummeret 😊 Knus, Maria",
    note="A twin: friend got hold of a plumber")
add("da", G, "application",
    "Hej Thomas\n\nTusind tak fordi du tilbød at hjælpe som træner for U11-drengene. Vi har fundet en løsning internt i klubben, så vi har ikke brug for flere trænere til det hold lige nu.\n\nSportslig hilsen\nLene, Vejlby IF fodbold",
    gen=["Vi har fundet en løsning internt i klubben, så vi har ikke brug for flere trænere til det hold lige nu"], note="B: club role solved internally")
add("da", N, None,
    "Kære forældre på U11\n\nVi mangler stadig trænere til holdet efter sommerferien. Vi har ikke fundet en løsning internt i klubben endnu, så hvis du har lyst til at hjælpe, så skriv til mig.\n\nSportslig hilsen\nLene, Vejlby IF fodbold",
    note="B twin: club still needs coaches")
add("da", G, "final",
    "Hej Emil\n\nTak for prøvevagten i går. Vi fortsætter ikke med det nu.\n\nHilsen Jonas, Restaurant Havnely",
    gen=["Vi fortsætter ikke med det nu"], note="C: bare no after a trial shift")
add("da", N, None,
    "Hej Emil\n\nTak for i dag, det gik rigtig fint. Vi fortsætter i morgen kl. 16, mød bare ind bagved.\n\nHilsen Jonas, Restaurant Havnely",
    note="C twin: continue tomorrow")
add("da", G, "final",
    "Kære Louise\n\nTak for din interesse for stillingen som administrativ koordinator og for samtalen i sidste uge. Vi har nu afsluttet forløbet, og du er desværre ikke blevet valgt til stillingen.\n\n"
    "Til din orientering:\n• Transportudgifter i forbindelse med samtalen bliver refunderet. Send kvitteringer til okonomi@skanderborg-forsyning.dk senest den 15. maj.\n"
    "• Dine oplysninger bliver slettet seks måneder efter, at forløbet er afsluttet.\n• Hvis du ønsker det, kan vi gemme din ansøgning i vores talentbank. Giv os blot besked.\n\n"
    "Vi ønsker dig held og lykke fremover.\n\nVenlig hilsen\nMette Kjær\nHR, Skanderborg Forsyning",
    gen=["du er desværre ikke blevet valgt til stillingen", "Vi ønsker dig held og lykke fremover"], note="D: decision then practical list")
add("da", N, None,
    "Kære Louise\n\nTak for samtalen i sidste uge. Vi har nu talt med alle kandidater og vil gerne invitere dig til en anden samtale den 12. maj kl. 10.\n\n"
    "Til din orientering:\n• Transportudgifter i forbindelse med samtalen bliver refunderet. Send kvitteringer til okonomi@skanderborg-forsyning.dk efter mødet.\n"
    "• Dine oplysninger bliver slettet seks måneder efter, at forløbet er afsluttet.\n• Hvis du ønsker det, kan vi gemme din ansøgning i vores talentbank.\n\n"
    "Vi glæder os til at se dig.\n\nVenlig hilsen\nMette Kjær\nHR, Skanderborg Forsyning",
    note="D twin: invitation with the same practical list")

# ---------------- nb
add("nb", G, "application",
    "hei. takk for søknaden, men vi har fått tak i en lærling allerede. lykke til videre\n\n/Geir, Berg Elektro AS",
    gen=["vi har fått tak i en lærling allerede"], note="A: already got hold of an apprentice")
add("nb", G, "application",
    "Hei Jonas! Beklager, men vi trenger deg ikke på bygget likevel, sjefen tok en kar han kjenner. Lykke til!\n/Hilde, Nordvik Bygg",
    gen=["vi trenger deg ikke på bygget likevel, sjefen tok en kar han kjenner"], note="A: boss went with someone he knows")
add("nb", N, None,
    "hei Geir, vi har fått tak i flisene allerede, så du trenger ikke bestille noe. ses mandag\n/Hilde",
    note="A twin: materials got hold of")
add("nb", N, None,
    "Hei Kari, vi har allerede funnet en til lærlingplassen, så kan du ta ned annonsen på Finn i dag? Takk!\n/Geir",
    note="A twin: internal, take the ad down")
add("nb", N, None,
    "Hei Ingrid! Jeg fikk tak i en rørlegger, han kommer på torsdag og ser på varmtvannsberederen. Takk for tipset! Klem, Marte",
    note="A twin: friend got hold of a plumber")
add("nb", G, "application",
    "Hei Anders!\n\nTusen takk for at du meldte deg som trener for G12. Vi har funnet en løsning internt i klubben, så vi trenger ikke flere trenere på det laget nå.\n\nSportslig hilsen\nTone, Lyn Fotball barn og ungdom",
    gen=["Vi har funnet en løsning internt i klubben, så vi trenger ikke flere trenere på det laget nå"], note="B: club role solved internally")
add("nb", N, None,
    "Hei alle foreldre på G12!\n\nVi trenger fortsatt flere trenere på laget til høsten, og vi har ikke funnet noen løsning internt i klubben. Meld fra til meg om dere kan bidra.\n\nSportslig hilsen\nTone, Lyn Fotball barn og ungdom",
    note="B twin: club still needs coaches")
add("nb", G, "final",
    "Hei Sander,\n\ntakk for prøvevakta på lørdag. Vi går ikke videre nå.\n\nHilsen Ole, Bakeriet på hjørnet",
    gen=["Vi går ikke videre nå"], note="C: bare no after a trial shift")
add("nb", N, None,
    "Hei Sander,\n\ntakk for i dag, det gikk kjempebra. Vi fortsetter i morgen kl. 6, bare kom inn bakdøra.\n\nHilsen Ole, Bakeriet på hjørnet",
    note="C twin: continue tomorrow")
add("nb", G, "final",
    "Hei Ida,\n\nTakk for at du kom på intervju hos oss. Vi har nå avsluttet prosessen, og du har dessverre ikke blitt valgt til stillingen.\n\n"
    "Praktisk informasjon:\n- Reiseutgifter dekkes. Send kvitteringer til okonomi@fjordkraft-drift.no innen 15. mai.\n"
    "- Opplysningene dine slettes seks måneder etter at prosessen er avsluttet.\n- Om du ønsker det, kan vi lagre søknaden din i talentbanken vår. Gi oss bare beskjed.\n\n"
    "Vi ønsker deg lykke til videre.\n\nVennlig hilsen\nRagnhild Aas\nHR, Fjordkraft Drift",
    gen=["du har dessverre ikke blitt valgt til stillingen", "Vi ønsker deg lykke til videre"], note="D: decision then practical list")
add("nb", N, None,
    "Hei Ida,\n\nTakk for at du kom på intervju hos oss. Vi har nå snakket med alle kandidatene og vil gjerne invitere deg til et nytt intervju 12. mai kl. 10.\n\n"
    "Praktisk informasjon:\n- Reiseutgifter dekkes. Send kvitteringer til okonomi@fjordkraft-drift.no etter besøket.\n"
    "- Opplysningene dine slettes seks måneder etter at prosessen er avsluttet.\n- Om du ønsker det, kan vi lagre søknaden din i talentbanken vår.\n\n"
    "Vi gleder oss til å se deg.\n\nVennlig hilsen\nRagnhild Aas\nHR, Fjordkraft Drift",
    note="D twin: invitation with the same practical list")

# ---------------- en
add("en", G, "application",
    "hi,\n\nthanks for applying but we've already got hold of a joiner for the Elm Road job. good luck with it\n\n/Dave, Hillside Joinery Ltd",
    gen=["we've already got hold of a joiner for the Elm Road job"], note="A: already got hold of a tradesman")
add("en", G, "application",
    "Hi Callum, sorry mate, we won't need you on site after all, the boss went with a lad he knows. Cheers for getting back so quick.\n/Tina, Carr & Sons Roofing",
    gen=["we won't need you on site after all, the boss went with a lad he knows"], note="A: boss went with someone he knows")
add("en", N, None,
    "hi Dave, we've already got hold of the tiles for the bathroom so no need to order them. see you monday\n/Tina",
    note="A twin: materials got hold of")
add("en", N, None,
    "Sam, we already found someone for the labourer job, can you take the ad down on Indeed today? cheers\n/Dave",
    note="A twin: internal, take the ad down")
add("en", N, None,
    "Hey Jo! I got hold of a plumber in the end, he's coming Thursday to sort the boiler. Thanks for the number x",
    note="A twin: friend got hold of a plumber")
add("en", G, "application",
    "Hi Mark,\n\nThanks so much for offering to help coach the U10s. We found a solution within the club, so we don't need more coaches for that team right now.\n\nBest,\nClaire\nYouth coordinator, Riverside Rovers FC",
    gen=["We found a solution within the club, so we don't need more coaches for that team right now"], note="B: club role solved internally")
add("en", N, None,
    "Dear U10 parents,\n\nWe still need two more coaches for the team this autumn, as we haven't found a solution within the club yet. If you can help out, please drop me a line.\n\nBest,\nClaire\nYouth coordinator, Riverside Rovers FC",
    note="B twin: club still needs coaches")
add("en", G, "final",
    "Hi Ellie,\n\nthanks for doing the trial shift on Saturday. Honestly it just didn't feel right for us. We won't carry on with it.\n\nCheers,\nTom, The Bell Inn",
    gen=["We won't carry on with it"], risky=["Honestly it just didn't feel right for us"], note="C: bare no after a trial shift, gut feeling")
add("en", N, None,
    "Hi Ellie,\n\nthanks for today, you did really well. Let's carry on tomorrow at 10, same as today.\n\nCheers,\nTom, The Bell Inn",
    note="C twin: continue tomorrow")
add("en", G, "final",
    "Dear Priya,\n\nThank you for coming in to interview with us. We have now completed the process and unfortunately you have not been selected for the position.\n\n"
    "A few practical points:\n- Travel expenses: please send your train or fuel receipts to expenses@harbourwater.co.uk by 30 April and we will reimburse you.\n"
    "- Your data will be deleted six months after the process has ended.\n- If you like, we can keep your application in our talent bank; just reply to this email.\n\n"
    "We wish you the very best for the future.\n\nKind regards,\nHelen Shaw\nHR, Harbour Water",
    gen=["unfortunately you have not been selected for the position", "We wish you the very best for the future"], note="D: decision then practical list")
add("en", N, None,
    "Dear Priya,\n\nThank you for coming in to interview with us. We have now spoken to all candidates and would like to invite you to a second interview on 12 May at 10am.\n\n"
    "A few practical points:\n- Travel expenses: please send your train or fuel receipts to expenses@harbourwater.co.uk after the visit and we will reimburse you.\n"
    "- Your data will be deleted six months after the process has ended.\n- If you like, we can keep your application in our talent bank.\n\n"
    "We look forward to seeing you.\n\nKind regards,\nHelen Shaw\nHR, Harbour Water",
    note="D twin: invitation with the same practical list")

# ---------------- de
add("de", G, "application",
    "hallo,\n\ndanke für die bewerbung, aber wir haben schon einen fliesenleger für die baustelle in Pasing gefunden. viel erfolg noch\n\n/Uwe, Fliesen Krämer",
    gen=["wir haben schon einen fliesenleger für die baustelle in Pasing gefunden"], note="A: already found a tradesman")
add("de", G, "application",
    "Hi Lukas, sorry, der Chef hat schon einen anderen genommen, hat sich erledigt mit Montag. Trotzdem danke!\n/Sandra, Dachbau Meier",
    gen=["der Chef hat schon einen anderen genommen, hat sich erledigt mit Montag"], note="A: boss took another one")
add("de", N, None,
    "hallo Uwe, wir haben die fliesen fürs bad schon besorgt, du musst also nichts bestellen. bis montag\n/Sandra",
    note="A twin: materials got hold of")
add("de", N, None,
    "Hi Jens, wir haben schon jemanden für die Baustelle gefunden, kannst du bitte heute die Anzeige bei Kleinanzeigen rausnehmen? Danke\n/Uwe",
    note="A twin: internal, take the ad down")
add("de", N, None,
    "Hey Anna! Ich hab endlich einen Klempner gefunden, der kommt am Donnerstag wegen der Heizung. Danke für den Tipp! LG Steffi",
    note="A twin: friend got hold of a plumber")
add("de", G, "application",
    "Hallo Herr Becker,\n\nvielen Dank, dass Sie sich als Trainer für unsere E-Jugend angeboten haben. Wir haben vereinsintern eine Lösung gefunden und brauchen für diese Mannschaft im Moment keine weiteren Trainer.\n\nSportliche Grüße\nMonika Hahn\nJugendleitung, TSV Grünwald",
    gen=["Wir haben vereinsintern eine Lösung gefunden und brauchen für diese Mannschaft im Moment keine weiteren Trainer"], note="B: club role solved internally")
add("de", N, None,
    "Liebe Eltern der E-Jugend,\n\nwir suchen weiterhin zwei Trainer für die Mannschaft, vereinsintern haben wir noch keine Lösung gefunden. Wer helfen kann, meldet sich bitte bei mir.\n\nSportliche Grüße\nMonika Hahn\nJugendleitung, TSV Grünwald",
    note="B twin: club still needs coaches")
add("de", G, "final",
    "Hallo Leonie,\n\ndanke für den Probetag am Samstag. Wir machen da erstmal nicht weiter.\n\nGruß\nStefan, Bäckerei Sonnenkorn",
    gen=["Wir machen da erstmal nicht weiter"], note="C: bare no after a trial day")
add("de", N, None,
    "Hallo Leonie,\n\ndanke für heute, das hast du super gemacht. Morgen machen wir um 7 weiter, gleicher Eingang wie heute.\n\nGruß\nStefan, Bäckerei Sonnenkorn",
    note="C twin: continue tomorrow")
add("de", G, "final",
    "Sehr geehrte Frau Schulz,\n\nvielen Dank für das Vorstellungsgespräch in der vergangenen Woche. Wir haben das Auswahlverfahren nun abgeschlossen, und leider haben wir uns nicht für Sie entschieden.\n\n"
    "Zu Ihrer Information:\n• Ihre Fahrtkosten werden erstattet. Bitte senden Sie die Belege bis zum 15. Mai an buchhaltung@stadtwerke-lindau.de.\n"
    "• Ihre Daten werden sechs Monate nach Abschluss des Verfahrens gelöscht.\n• Auf Wunsch nehmen wir Ihre Bewerbung in unseren Talentpool auf. Eine kurze Nachricht genügt.\n\n"
    "Wir wünschen Ihnen für Ihre Zukunft alles Gute.\n\nMit freundlichen Grüßen\nPetra Lang\nPersonal, Stadtwerke Lindau",
    gen=["leider haben wir uns nicht für Sie entschieden", "Wir wünschen Ihnen für Ihre Zukunft alles Gute"], note="D: decision then practical list")
add("de", N, None,
    "Sehr geehrte Frau Schulz,\n\nvielen Dank für das Vorstellungsgespräch in der vergangenen Woche. Wir möchten Sie gern zu einem zweiten Gespräch am 12. Mai um 10 Uhr einladen.\n\n"
    "Zu Ihrer Information:\n• Ihre Fahrtkosten werden erstattet. Bitte senden Sie die Belege nach dem Termin an buchhaltung@stadtwerke-lindau.de.\n"
    "• Ihre Daten werden sechs Monate nach Abschluss des Verfahrens gelöscht.\n• Auf Wunsch nehmen wir Ihre Bewerbung in unseren Talentpool auf.\n\n"
    "Wir freuen uns auf Sie.\n\nMit freundlichen Grüßen\nPetra Lang\nPersonal, Stadtwerke Lindau",
    note="D twin: invitation with the same practical list")

# ---------------- fi
add("fi", G, "application",
    "moi\n\nkiitos hakemuksesta mutta saatiin jo tekijä tohon kattohommaan. tsemppiä\n\n/Jari, Rakennus Lahtinen Oy",
    gen=["saatiin jo tekijä tohon kattohommaan"], note="A: already got a worker")
add("fi", G, "application",
    "Moi Ville, sori mutta ei tarvita sua työmaalla sittenkään, pomo otti yhden tutun kaverin. Kiitti silti!\n/Tiina, Kattoasennus Rinne",
    gen=["ei tarvita sua työmaalla sittenkään, pomo otti yhden tutun kaverin"], note="A: boss went with someone he knows")
add("fi", N, None,
    "moi Jari, saatiin jo laatat kylppäriin, eli sun ei tarvii tilata mitään. nähdään maanantaina\n/Tiina",
    note="A twin: materials got hold of")
add("fi", N, None,
    "Hei Sanna, löydettiin jo tekijä kattohommaan, voitko ottaa ilmoituksen pois Oikotieltä tänään? Kiitos!\n/Jari",
    note="A twin: internal, take the ad down")
add("fi", N, None,
    "Moi Elina! Sain vihdoin putkimiehen, se tulee torstaina korjaamaan hanan. Kiitos vinkistä! t. Maija",
    note="A twin: friend got hold of a plumber")
add("fi", G, "application",
    "Hei Antti,\n\nkiitos kun tarjouduit valmentamaan P11-joukkuetta. Saimme valmennuksen järjestettyä seuran sisältä, joten emme tarvitse nyt uusia valmentajia tälle joukkueelle.\n\nUrheilullisin terveisin\nKatja, Kuopion Pallo juniorit",
    gen=["Saimme valmennuksen järjestettyä seuran sisältä, joten emme tarvitse nyt uusia valmentajia tälle joukkueelle"], note="B: club role solved internally")
add("fi", N, None,
    "Hei P11-joukkueen vanhemmat!\n\nTarvitsemme edelleen uusia valmentajia syksyksi, koska emme ole saaneet valmennusta järjestettyä seuran sisältä. Jos voit auttaa, laita minulle viestiä.\n\nUrheilullisin terveisin\nKatja, Kuopion Pallo juniorit",
    note="B twin: club still needs coaches")
add("fi", G, "final",
    "Moi Aino,\n\nkiitos lauantain koevuorosta. Ei nyt jatketa. Jotenkin ei vaan tuntunut oikealta.\n\nt. Mika, Kahvila Helmi",
    gen=["Ei nyt jatketa"], risky=["Jotenkin ei vaan tuntunut oikealta"], note="C: bare no after a trial shift, gut feeling")
add("fi", N, None,
    "Moi Aino,\n\nkiitos tästä päivästä, meni tosi hyvin. Jatketaan huomenna klo 8, sama ovi kuin tänään.\n\nt. Mika, Kahvila Helmi",
    note="C twin: continue tomorrow")
add("fi", G, "final",
    "Hei Laura,\n\nkiitos kiinnostuksestasi ja haastattelusta viime viikolla. Olemme nyt saaneet rekrytoinnin päätökseen, ja valitettavasti sinua ei valittu tehtävään.\n\n"
    "Käytännön asiat:\n- Matkakulut korvataan. Lähetä kuitit osoitteeseen laskut@vesihuoltosavo.fi 15.5. mennessä.\n"
    "- Tietosi poistetaan kuuden kuukauden kuluttua rekrytoinnin päättymisestä.\n- Halutessasi voimme tallentaa hakemuksesi osaajapankkiimme, vastaa vain tähän viestiin.\n\n"
    "Toivotamme sinulle onnea jatkoon.\n\nYstävällisin terveisin\nSari Nieminen\nHR, Vesihuolto Savo",
    gen=["valitettavasti sinua ei valittu tehtävään", "Toivotamme sinulle onnea jatkoon"], note="D: decision then practical list")
add("fi", N, None,
    "Hei Laura,\n\nkiitos kiinnostuksestasi ja haastattelusta viime viikolla. Haluaisimme kutsua sinut toiseen haastatteluun 12.5. klo 10.\n\n"
    "Käytännön asiat:\n- Matkakulut korvataan. Lähetä kuitit osoitteeseen laskut@vesihuoltosavo.fi käynnin jälkeen.\n"
    "- Tietosi poistetaan kuuden kuukauden kuluttua rekrytoinnin päättymisestä.\n- Halutessasi voimme tallentaa hakemuksesi osaajapankkiimme.\n\n"
    "Tervetuloa!\n\nYstävällisin terveisin\nSari Nieminen\nHR, Vesihuolto Savo",
    note="D twin: invitation with the same practical list")

# ---------------- added after first sight (the first 66 drafts above were scored before any change): the long practical
# mail whose practical part asks the reader for something (a request read as colleague talk on main) or offers a
# withdrawal as an option (read as the reader's withdrawal on main); twin: a template pasted above a note that asks a
# colleague to send it to the candidate (a request about a third person: colleague talk)
D2 = {
 "sv": ("Hej Jonna,\n\nTack för att du sökte tjänsten som lagersamordnare och för samtalet i tisdags. Vi har nu gått igenom alla kandidater, och du har tyvärr inte gått vidare till nästa steg.\n\n"
        "- Har du haft resekostnader kan du skicka kvittona till mig, så ersätter vi dem.\n- Dina uppgifter sparas i sex månader och raderas sedan.\n\nVi önskar dig all lycka i framtiden.\n\nMed vänlig hälsning\nPernilla Ek\nHR, Ådalens Logistik",
        ["du har tyvärr inte gått vidare till nästa steg", "Vi önskar dig all lycka i framtiden"],
        "Hej Jonna,\n\nTack för att du sökte tjänsten som lagersamordnare. Tyvärr har vi valt att gå vidare med andra kandidater.\n\n"
        "- Om du vill finns din ansökan kvar i vår talangbank i ett år.\n- Du kan när som helst dra tillbaka din ansökan från talangbanken via länken nedan.\n\nLycka till!\n\nPernilla Ek\nHR, Ådalens Logistik",
        ["Tyvärr har vi valt att gå vidare med andra kandidater"],
        "Hej Jonna,\n\ntyvärr har du inte gått vidare till nästa steg. Vi önskar dig lycka till framöver.\n\n---\nKalle, kan du skicka texten ovan till henne i morgon bitti? Jag är ledig.\n/Pernilla"),
 "da": ("Hej Anders\n\nTak for din ansøgning til stillingen som lagerkoordinator og for samtalen i tirsdags. Vi har nu været alle kandidater igennem, og du går desværre ikke videre til næste runde.\n\n"
        "• Har du haft udgifter til transport, kan du sende kvitteringerne til mig, så refunderer vi dem.\n• Dine oplysninger gemmes i seks måneder og slettes derefter.\n\nVi ønsker dig alt godt fremover.\n\nMed venlig hilsen\nPernille Eskildsen\nHR, Vestlogistik",
        ["du går desværre ikke videre til næste runde", "Vi ønsker dig alt godt fremover"],
        "Hej Anders\n\nTak for din ansøgning til stillingen som lagerkoordinator. Vi har desværre valgt at gå videre med andre kandidater.\n\n"
        "• Hvis du ønsker det, ligger din ansøgning i vores talentbank i et år.\n• Du kan til enhver tid trække din ansøgning tilbage fra talentbanken via linket nedenfor.\n\nHeld og lykke!\n\nPernille Eskildsen\nHR, Vestlogistik",
        ["Vi har desværre valgt at gå videre med andre kandidater"],
        "Hej Anders\n\ndu går desværre ikke videre til næste runde. Vi ønsker dig held og lykke fremover.\n\n---\nKasper, kan du sende teksten ovenfor til ham i morgen tidlig? Jeg holder fri.\n/Pernille"),
 "nb": ("Hei Anders,\n\nTakk for søknaden på stillingen som lagerkoordinator og for samtalen på tirsdag. Vi har nå gått gjennom alle kandidatene, og du går dessverre ikke videre til neste runde.\n\n"
        "- Har du hatt reiseutgifter, kan du sende kvitteringene til meg, så refunderer vi dem.\n- Opplysningene dine lagres i seks måneder og slettes deretter.\n\nVi ønsker deg alt godt videre.\n\nMed vennlig hilsen\nPernille Eide\nHR, Vestlogistikk",
        ["du går dessverre ikke videre til neste runde", "Vi ønsker deg alt godt videre"],
        "Hei Anders,\n\nTakk for søknaden på stillingen som lagerkoordinator. Vi har dessverre valgt å gå videre med andre kandidater.\n\n"
        "- Hvis du ønsker det, ligger søknaden din i talentbanken vår i ett år.\n- Du kan når som helst trekke søknaden din ut av talentbanken via lenken nedenfor.\n\nLykke til!\n\nPernille Eide\nHR, Vestlogistikk",
        ["Vi har dessverre valgt å gå videre med andre kandidater"],
        "Hei Anders,\n\ndu går dessverre ikke videre til neste runde. Vi ønsker deg lykke til videre.\n\n---\nKasper, kan du sende teksten over til ham i morgen tidlig? Jeg har fri.\n/Pernille"),
 "en": ("Dear Tom,\n\nThank you for applying for the warehouse coordinator role and for meeting us on Tuesday. We have now reviewed all candidates and regret to tell you that you will not be progressing to the next stage.\n\n"
        "- If you had any travel costs, could you send the receipts to me so we can reimburse you?\n- Your details will be kept for six months and then deleted.\n\nWe wish you every success in the future.\n\nKind regards,\nPenny Ellis\nHR, Westway Logistics",
        ["regret to tell you that you will not be progressing to the next stage", "We wish you every success in the future"],
        "Dear Tom,\n\nThank you for applying for the warehouse coordinator role. Unfortunately we have decided to move forward with other candidates.\n\n"
        "- If you wish, your application will stay in our talent pool for a year.\n- You can withdraw your application from the talent pool at any time using the link below.\n\nGood luck!\n\nPenny Ellis\nHR, Westway Logistics",
        ["Unfortunately we have decided to move forward with other candidates"],
        "Dear Tom,\n\nunfortunately you will not be progressing to the next stage. We wish you all the best for the future.\n\n---\nKeith, could you send the text above to him first thing tomorrow? I'm off.\nPenny"),
 "de": ("Hallo Herr Braun,\n\nvielen Dank für Ihre Bewerbung als Lagerkoordinator und das Gespräch am Dienstag. Wir haben inzwischen alle Kandidaten gesehen, und leider kommen Sie nicht in die nächste Runde.\n\n"
        "• Falls Ihnen Fahrtkosten entstanden sind, können Sie mir die Belege schicken, wir erstatten sie dann.\n• Ihre Daten werden sechs Monate gespeichert und danach gelöscht.\n\nWir wünschen Ihnen für die Zukunft alles Gute.\n\nFreundliche Grüße\nPetra Engel\nPersonal, Westlogistik GmbH",
        ["leider kommen Sie nicht in die nächste Runde", "Wir wünschen Ihnen für die Zukunft alles Gute"],
        "Hallo Herr Braun,\n\nvielen Dank für Ihre Bewerbung als Lagerkoordinator. Leider haben wir uns für andere Kandidaten entschieden.\n\n"
        "• Auf Wunsch bleibt Ihre Bewerbung ein Jahr in unserem Talentpool.\n• Sie können Ihre Bewerbung jederzeit über den Link unten aus dem Talentpool zurückziehen.\n\nViel Erfolg!\n\nPetra Engel\nPersonal, Westlogistik GmbH",
        ["Leider haben wir uns für andere Kandidaten entschieden"],
        "Hallo Herr Braun,\n\nleider kommen Sie nicht in die nächste Runde. Wir wünschen Ihnen für die Zukunft alles Gute.\n\n---\nKai, kannst du ihm den Text oben morgen früh schicken? Ich habe frei.\nPetra"),
 "fi": ("Hei Antti,\n\nkiitos hakemuksestasi varastokoordinaattorin tehtävään ja tiistain haastattelusta. Olemme nyt käyneet kaikki hakijat läpi, ja valitettavasti et jatka seuraavaan vaiheeseen.\n\n"
        "- Jos sinulle tuli matkakuluja, voisitko lähettää kuitit minulle, niin korvaamme ne.\n- Tietosi säilytetään kuusi kuukautta ja poistetaan sen jälkeen.\n\nToivotamme sinulle kaikkea hyvää jatkossa.\n\nYstävällisin terveisin\nPirjo Eskola\nHR, Länsilogistiikka Oy",
        ["valitettavasti et jatka seuraavaan vaiheeseen", "Toivotamme sinulle kaikkea hyvää jatkossa"],
        "Hei Antti,\n\nkiitos hakemuksestasi varastokoordinaattorin tehtävään. Valitettavasti päätimme jatkaa muiden hakijoiden kanssa.\n\n"
        "- Halutessasi hakemuksesi säilyy osaajapankissamme vuoden.\n- Voit vetää hakemuksesi pois osaajapankista milloin tahansa alla olevan linkin kautta.\n\nOnnea!\n\nPirjo Eskola\nHR, Länsilogistiikka Oy",
        ["Valitettavasti päätimme jatkaa muiden hakijoiden kanssa"],
        "Hei Antti,\n\nvalitettavasti et jatka seuraavaan vaiheeseen. Toivotamme sinulle onnea jatkoon.\n\n---\nKalle, voisitko lähettää yllä olevan tekstin hänelle huomenna aamulla? Olen vapaalla.\n/Pirjo"),
}
for lang, (req, req_gen, opt, opt_gen, twin) in D2.items():
    add(lang, G, "interview", req, gen=req_gen, note="D (after first sight): a request to the reader in the practical part")
    add(lang, G, "application", opt, gen=opt_gen, note="D (after first sight): a withdrawal offered as an option in the practical part")
    add(lang, N, None, twin, note="D twin (after first sight): a template pasted above a request to a colleague about the candidate")

# ---------------- guards added after first sight for the new readings: a thing got already, not a person (an interview
# date, a venue), a friend's or supplier's news in the same words, a favour not needed after all
T = {
 "sv": ("Hej Sara! Vi behöver dig inte på lördag ändå, min bror fixade en bil till flytten. Tack för att du erbjöd dig!\nKram, Lina",
        "guard (after first sight): a friend's favour not needed after all"),
 "da": ("Hej Kim\n\nTak for tilbuddet på fliserne. Vi har allerede fået fat i en anden leverandør, så det bliver ikke aktuelt.\n\nMvh Bente, Østjysk Murer",
        "guard (after first sight): a supplier told another was got hold of"),
 "nb": ("Hei Ida!\n\nTakk for søknaden. Vi har allerede funnet en dato for intervjuet: tirsdag 14. mai kl. 10. Velkommen!\n\nHilsen Geir, Berg Elektro AS",
        "guard (after first sight): a date got already, in an invitation"),
 "en": ("Hi Priya,\n\nThanks for applying. We've already found a venue for the interviews, which will be held at our Leeds office on 3 May. We'll be in touch with a time.\n\nHelen",
        "guard (after first sight): a venue found already, in a receipt"),
 "de": ("Hallo Anna,\n\ndas Café, in dem ich arbeite, hat schon jemanden für den Sommer gefunden, sorry! Frag doch mal bei der Bäckerei am Markt.\n\nLiebe Grüße, Jana",
        "guard (after first sight): a friend's news that her café found someone"),
 "fi": ("Moi Aino,\n\nkiitos hakemuksesta! Saatiin jo haastatteluaika sovittua, nähdään tiistaina klo 10 kahvilalla.\n\nt. Mika, Kahvila Helmi",
        "guard (after first sight): an interview time got already, in an invitation"),
}
for lang, (text, note) in T.items():
    add(lang, N, None, text, note=note)

with open(sys.argv[1] if len(sys.argv) > 1 else "tests/corpus/informal6.jsonl", "w") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows))

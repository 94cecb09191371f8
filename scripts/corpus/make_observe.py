"""Task observe: a work sample judged by a shortcoming of it (own wording). Writes tests/corpus/observe.jsonl."""
import json, pathlib

S, G, N = "specific-rejection", "generic-rejection", "not-rejection"
rows = {
"en": [
 (S, "Hi Marcus,\n\nThanks for coming in for the practical driving assessment on Tuesday. On the route through the town centre you pulled out at two junctions without checking the mirrors, and reversing into the bay took three attempts. We won't be offering you the driver position this time.\n\nKind regards\nLinda Shaw, Transport Manager", [], "Driving test: observations."),
 (S, "Hi Aisha,\n\nThank you for doing the trial shift with us on Saturday. The MAR chart wasn't signed after the morning medication round, and the handover notes for the late shift missed two residents. We have decided not to take your application further.\n\nBest wishes\nGemma, Deputy Manager", [], "Care-home trial shift."),
 (S, "Hello Priya,\n\nThanks for sending back the data-analysis case. The churn figures were calculated on the wrong date range, and the dashboard didn't show how the numbers were derived. We've decided to move forward with other candidates.\n\nAll the best,\nTom", [], "Data case."),
 (S, "Hi Jordan,\n\nThank you for the till test yesterday. The float was £12 short when you cashed up and the refund went through without a receipt. Unfortunately we won't be progressing your application.\n\nThanks again\nKaren, Store Manager", [], "Cash-register test."),
 (S, "Hi Sam,\n\nThanks for the time you put into the take-home. The submission had no automated tests, the search endpoint returned an error on empty input, and the README didn't say how to start it locally. We've decided not to move forward with your application.\n\nBest,\nRuth", [], "Take-home code."),
 (S, "Hi Dan,\n\nThanks for the trial day in the workshop. The joints on the cabinet frame weren't square and two of the doors came out 4 mm too short. We've gone with another joiner.\n\nCheers\nPete", [], "Joiner trial day."),
 (G, "Hi Lena,\n\nThank you for completing the case study. We could see the effort you put in and really enjoyed reading it. Unfortunately we didn't feel it was the right fit at this stage, and we won't be moving forward.\n\nBest regards\nRecruitment Team", [], "Praise + we didn't feel + fit."),
 (G, "Hi Chris,\n\nThanks for your trial shift at the bar last Friday, it was great to have you behind the counter. It wasn't an easy decision, and you did not get to the next round this time. We wish you the best of luck.\n\nJess", ["you did not get to the next round this time"], "Trial shift only in thanks; decision negations."),
 (G, "Dear Ms Patel,\n\nThank you for submitting the written assignment. We received a large number of strong submissions and did not have the capacity to take everyone forward. We regret to inform you that your application has not been successful.\n\nKind regards\nHR", ["We regret to inform you that your application has not been successful"], "Pseudo-reason: capacity."),
 (N, "Hi Ola,\n\nWe'd like to invite you to a trial shift at the care home on Thursday from 8 to 2. We'll look at how you handle morning personal care, the medication round with a senior carer and the handover notes. Please bring your DBS certificate.\n\nBest wishes\nGemma", [], "Invitation listing what is tested."),
],
"sv": [
 (S, "Hej Mattias,\n\nTack för att du körde provturen med oss i måndags. Vid backningen mot rampen fick du göra om tre gånger, och i rondellen vid Industrigatan blinkade du inte ut. Vi har därför valt att inte gå vidare med din ansökan.\n\nMed vänliga hälsningar\nAnna Lund, trafikledare", [], "Körprov."),
 (S, "Hej Fatima,\n\nTack för provpasset på Solgården i helgen. Signeringslistan fylldes inte i efter förmiddagens läkemedelsutdelning, och rapporten till kvällspersonalen saknade uppgifter om två boende. Vi går vidare med en annan undersköterska.\n\nHälsningar\nMaja, enhetschef", [], "Provpass äldreboende."),
 (S, "Hej Oliver,\n\nTack för att du skickade in caset. Beräkningen av kundbortfallet byggde på fel tidsperiod och diagrammen förklarade inte hur siffrorna tagits fram. Tyvärr har vi bestämt oss för att gå vidare med andra kandidater.\n\nVänliga hälsningar\nLinnea", [], "Dataanalyscase."),
 (S, "Hej Elsa,\n\nTack för kassaprovet i går. Kassan stämde inte vid avslutet, det fattades 140 kronor, och returen slogs in utan kvitto. Vi kommer tyvärr inte att erbjuda dig tjänsten.\n\nHälsningar\nPeter, butikschef", [], "Kassaprov."),
 (S, "Hej Viktor,\n\nTack för hemuppdraget. Automatiska tester saknades helt, sökningen kraschade vid tom inmatning och README:n förklarade inte hur man startar projektet. Vi har valt att inte gå vidare med din ansökan.\n\nMvh\nKarin", [], "Hemuppdrag kod."),
 (S, "Hej Jonas,\n\nTack för provdagen i verkstaden. Hörnen på skåpstommen blev inte vinkelräta och två av luckorna var för korta. Vi har anställt en annan snickare.\n\nHälsningar\nBosse", [], "Provdag snickare."),
 (G, "Hej Sofia,\n\nTack för att du gjorde arbetsprovet. Vi såg att du lagt ner mycket tid på det och det var roligt att läsa. Tyvärr kändes det inte helt rätt den här gången, och vi går inte vidare med din ansökan.\n\nVänliga hälsningar\nRekryteringsteamet", [], "Beröm + kändes inte rätt."),
 (G, "Hej Ali,\n\nTack för provdagen i fredags, det var trevligt att ha dig med i teamet. Beslutet var inte lätt, men du gick inte vidare till nästa steg den här gången. Lycka till framöver!\n\nJessica", [], "Provdag bara i tack."),
 (G, "Hej,\n\nTack för ditt inskickade arbetsprov. Vi fick in väldigt många bra bidrag och hade inte möjlighet att gå vidare med alla. Vi måste tyvärr meddela att du inte har gått vidare i processen.\n\nMed vänlig hälsning\nHR", [], "Pseudoskäl: många bidrag."),
 (N, "Hej Lova,\n\nVälkommen på provpass på Solgården på torsdag kl. 7–13. Vi kommer att titta på hur du sköter morgonomsorgen, följer med på läkemedelsrundan och skriver rapporten till nästa pass. Ta med legitimation.\n\nHälsningar\nMaja", [], "Inbjudan till provpass."),
],
"da": [
 (S, "Hej Mads,\n\nTak fordi du kørte prøvetur med os i mandags. Ved bakningen til rampen skulle du bruge fire forsøg, og du så ikke i spejlet, før du skiftede vognbane på motorvejen. Vi har derfor valgt ikke at gå videre med din ansøgning.\n\nVenlig hilsen\nLone Madsen, trafikleder", [], "Køreprøve."),
 (S, "Hej Amira,\n\nTak for prøvevagten på Egely i weekenden. Medicinskemaet blev ikke kvitteret efter formiddagens udlevering, og overleveringen til aftenvagten manglede oplysninger om to beboere. Vi har valgt en anden social- og sundhedsassistent.\n\nMed venlig hilsen\nHanne, afdelingsleder", [], "Prøvevagt plejehjem."),
 (S, "Hej Frederik,\n\nTak for din besvarelse af casen. Churn-tallene var beregnet på den forkerte periode, og rapporten forklarede ikke, hvordan tallene var fremkommet. Vi har desværre besluttet at gå videre med andre kandidater.\n\nVenlig hilsen\nSofie", [], "Dataanalyse-case."),
 (S, "Hej Ida,\n\nTak for kasseprøven i går. Kassen stemte ikke ved afslutningen, der manglede 120 kroner, og returneringen blev slået ind uden kvittering. Vi kan desværre ikke tilbyde dig stillingen.\n\nHilsen\nMorten, butikschef", [], "Kasseprøve."),
 (S, "Hej Julie,\n\nTak for prøvedagen i salonen. Klipningen i nakken blev skæv, og den sidste kunde var ikke færdig inden for den afsatte tid. Vi har valgt en anden frisør til stillingen.\n\nKærlig hilsen\nMette", [], "Prøvedag frisør."),
 (S, "Hej Kasper,\n\nTak for hjemmeopgaven. Der var ingen automatiske tests, søgningen gik ned ved tomt input, og README-filen beskrev ikke, hvordan projektet startes. Vi går ikke videre med din ansøgning.\n\nVenlig hilsen\nAnders", [], "Hjemmeopgave kode."),
 (G, "Hej Camilla,\n\nTak for din opgavebesvarelse. Vi kunne se, at du havde lagt et stort arbejde i den. Desværre følte vi ikke, at det var det rette match denne gang, og vi går ikke videre med din ansøgning.\n\nVenlig hilsen\nRekrutteringsteamet", [], "Ros + følte ikke."),
 (G, "Hej Oliver,\n\nTak for prøvevagten i baren i fredags, det var hyggeligt at have dig med. Det var ikke en nem beslutning, men du gik ikke videre til næste runde denne gang. Held og lykke fremover!\n\nLouise", [], "Prøvevagt kun i tak."),
 (G, "Kære ansøger\n\nTak for din indsendte arbejdsprøve. Vi modtog mange stærke besvarelser og havde ikke mulighed for at gå videre med alle. Vi må desværre meddele, at du ikke er gået videre i forløbet.\n\nMed venlig hilsen\nHR", [], "Pseudogrund: mange besvarelser."),
 (N, "Hej Nanna,\n\nDu er velkommen til en prøvevagt på Egely torsdag kl. 7-13. Vi ser på, hvordan du klarer morgenplejen, går med på medicinrunden og skriver overleveringen til næste vagt. Husk at tage straffeattest med.\n\nVenlig hilsen\nHanne", [], "Invitation til prøvevagt."),
],
"nb": [
 (S, "Hei Sindre,\n\nTakk for at du kjørte prøvetur med oss på mandag. Ved rygging inn til rampen trengte du fire forsøk, og du sjekket ikke speilet før du skiftet felt på motorveien. Vi har derfor valgt å ikke gå videre med søknaden din.\n\nVennlig hilsen\nKari Berg, trafikkleder", [], "Kjøretest."),
 (S, "Hei Leyla,\n\nTakk for prøvevakten på Lindely i helgen. Medisinlista ble ikke signert etter formiddagsutdelingen, og rapporten til kveldsvakten manglet opplysninger om to beboere. Vi har gått videre med en annen helsefagarbeider.\n\nHilsen\nTone, avdelingsleder", [], "Prøvevakt sykehjem."),
 (S, "Hei Henrik,\n\nTakk for besvarelsen av caset. Frafallstallene var regnet ut på feil periode, og dashbordet viste ikke hvordan tallene var kommet fram. Vi har dessverre bestemt oss for å gå videre med andre kandidater.\n\nVennlig hilsen\nIngrid", [], "Dataanalyse-case."),
 (S, "Hei Nora,\n\nTakk for kassetesten i går. Kassen stemte ikke ved oppgjøret, det manglet 150 kroner, og returen ble slått inn uten kvittering. Vi kan dessverre ikke tilby deg stillingen.\n\nHilsen\nEspen, butikksjef", [], "Kassetest."),
 (S, "Hei Marte,\n\nTakk for arbeidsprøven i salongen. Klippen i nakken ble skjev, og siste kunde var ikke ferdig innenfor avtalt tid. Vi har valgt en annen frisør.\n\nHilsen\nSiri", [], "Arbeidsprøve frisør."),
 (S, "Hei Magnus,\n\nTakk for hjemmeoppgaven. Det fantes ingen automatiske tester, søket krasjet ved tom input, og README-en forklarte ikke hvordan prosjektet startes. Vi går ikke videre med søknaden din.\n\nVennlig hilsen\nStian", [], "Hjemmeoppgave kode."),
 (G, "Hei Camilla,\n\nTakk for oppgavebesvarelsen. Vi så at du hadde lagt mye arbeid i den. Dessverre følte vi ikke at det var riktig match denne gangen, og vi går ikke videre med søknaden din.\n\nVennlig hilsen\nRekrutteringsteamet", [], "Ros + følte ikke."),
 (G, "Hei Jonas,\n\nTakk for prøvevakten i baren på fredag, det var hyggelig å ha deg med. Det var ikke en lett avgjørelse, men du gikk ikke videre til neste runde denne gangen. Lykke til videre!\n\nLise", [], "Prøvevakt bare i takk."),
 (G, "Hei,\n\nTakk for den innsendte arbeidsprøven. Vi mottok mange sterke besvarelser og hadde ikke mulighet til å gå videre med alle. Vi må dessverre meddele at du ikke har gått videre i prosessen.\n\nMed vennlig hilsen\nHR", [], "Pseudogrunn: mange besvarelser."),
 (N, "Hei Ida,\n\nVelkommen til prøvevakt på Lindely torsdag kl. 7–13. Vi ser på hvordan du håndterer morgenstellet, blir med på medisinrunden og skriver rapporten til neste vakt. Ta med politiattest.\n\nHilsen\nTone", [], "Invitasjon til prøvevakt."),
],
"de": [
 (S, "Hallo Herr Becker,\n\nvielen Dank für die Probefahrt am Montag. Beim Rückwärtsfahren an die Rampe brauchten Sie vier Anläufe, und vor dem Spurwechsel auf der Autobahn haben Sie nicht in den Spiegel geschaut. Wir haben uns daher entschieden, Ihre Bewerbung nicht weiter zu berücksichtigen.\n\nMit freundlichen Grüßen\nSabine Krüger, Disposition", [], "Probefahrt."),
 (S, "Hallo Frau Yilmaz,\n\ndanke für Ihren Probetag bei uns im Haus Lindenhof. Die Medikamentengabe wurde nach der Vormittagsrunde nicht abgezeichnet, und bei der Übergabe an den Spätdienst fehlten Angaben zu zwei Bewohnern. Wir haben uns für eine andere Pflegefachkraft entschieden.\n\nViele Grüße\nPetra Hahn, Wohnbereichsleitung", [], "Probetag Pflege."),
 (S, "Hallo Herr Wagner,\n\nvielen Dank für Ihre Bearbeitung der Fallstudie. Die Abwanderungsquote war auf den falschen Zeitraum bezogen, und das Dashboard zeigte nicht, wie die Zahlen zustande kamen. Leider haben wir uns für andere Kandidatinnen und Kandidaten entschieden.\n\nBeste Grüße\nJulia Neumann", [], "Fallstudie Datenanalyse."),
 (S, "Hallo Lea,\n\ndanke für deinen Probetag an der Kasse. Beim Kassenabschluss fehlten 30 Euro, und die Rückgabe wurde ohne Kassenbon gebucht. Leider können wir dir die Stelle nicht anbieten.\n\nViele Grüße\nMarkus, Filialleitung", [], "Probetag Kasse."),
 (S, "Hallo Jana,\n\ndanke für dein Probearbeiten im Salon. Der Nackenschnitt war schief, und die letzte Kundin war zur vereinbarten Zeit noch nicht fertig. Wir haben uns für eine andere Friseurin entschieden.\n\nLiebe Grüße\nSandra", [], "Probearbeiten Friseurin."),
 (S, "Hallo Tim,\n\ndanke für deine Coding Challenge. Automatisierte Tests fehlten komplett, die Suche stürzte bei leerer Eingabe ab, und die README erklärte nicht, wie man das Projekt startet. Wir werden deine Bewerbung nicht weiterverfolgen.\n\nViele Grüße\nKatrin", [], "Coding Challenge."),
 (G, "Hallo Frau Schulz,\n\nvielen Dank für die Bearbeitung der Arbeitsprobe. Wir haben gesehen, wie viel Mühe Sie sich gegeben haben. Leider hatten wir nicht das Gefühl, dass es aktuell passt, und wir werden Ihre Bewerbung nicht weiter berücksichtigen.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team", [], "Lob + nicht das Gefühl."),
 (G, "Hallo Kevin,\n\ndanke für deinen Probetag an der Bar am Freitag, es war schön, dich im Team zu haben. Die Entscheidung war nicht leicht, aber du bist diesmal nicht in die nächste Runde gekommen. Alles Gute für dich!\n\nAnna", [], "Probetag nur im Dank."),
 (G, "Sehr geehrte Bewerberin, sehr geehrter Bewerber,\n\nvielen Dank für Ihre eingereichte Arbeitsprobe. Wir haben sehr viele starke Einsendungen erhalten und konnten nicht alle berücksichtigen. Leider müssen wir Ihnen mitteilen, dass Sie nicht in die nächste Auswahlrunde gekommen sind.\n\nMit freundlichen Grüßen\nPersonalabteilung", [], "Scheingrund: viele Einsendungen."),
 (N, "Hallo Frau Özdemir,\n\nwir laden Sie herzlich zum Probetag im Haus Lindenhof am Donnerstag von 7 bis 13 Uhr ein. Wir schauen uns an, wie Sie die Grundpflege am Morgen übernehmen, die Medikamentenrunde begleiten und die Übergabe an den Spätdienst schreiben. Bitte bringen Sie Ihr Führungszeugnis mit.\n\nViele Grüße\nPetra Hahn", [], "Einladung zum Probetag."),
],
"fi": [
 (S, "Hei Mikko,\n\nKiitos koeajosta maanantaina. Peruuttaminen lastauslaituriin vaati neljä yritystä, etkä tarkistanut peilejä ennen kaistanvaihtoa moottoritiellä. Olemme siksi päättäneet olla jatkamatta hakemuksesi käsittelyä.\n\nYstävällisin terveisin\nAnna Virtanen, liikennesuunnittelija", [], "Koeajo."),
 (S, "Hei Aino,\n\nKiitos koevuorosta Koivukodissa viikonloppuna. Lääkkeenjakoa ei kuitattu aamupäivän kierroksen jälkeen, ja iltavuoron raportista puuttui tietoja kahdesta asukkaasta. Olemme valinneet tehtävään toisen lähihoitajan.\n\nTerveisin\nTiina, osastonhoitaja", [], "Koevuoro hoivakoti."),
 (S, "Hei Juho,\n\nKiitos ennakkotehtävän palauttamisesta. Asiakaspoistuma oli laskettu väärältä aikaväliltä, eikä raportista käynyt ilmi, miten luvut oli saatu. Valitettavasti päätimme jatkaa muiden hakijoiden kanssa.\n\nYstävällisin terveisin\nSanna", [], "Ennakkotehtävä data."),
 (S, "Hei Emma,\n\nKiitos eilisestä kassakokeesta. Kassa ei täsmännyt tilityksessä, siitä puuttui 25 euroa, ja palautus kirjattiin ilman kuittia. Valitettavasti emme voi tarjota sinulle paikkaa.\n\nTerveisin\nJari, myymäläpäällikkö", [], "Kassakoe."),
 (S, "Hei Veera,\n\nKiitos näytetyöstä salongissa. Niskan leikkaus jäi vinoon, eikä viimeinen asiakas ollut valmis sovitussa ajassa. Valitsimme toisen kampaajan.\n\nTerveisin\nHeidi", [], "Näytetyö kampaaja."),
 (S, "Hei Ville,\n\nKiitos kotitehtävästä. Automaattiset testit puuttuivat kokonaan, haku kaatui tyhjällä syötteellä, eikä README kertonut, miten projekti käynnistetään. Emme jatka hakemuksesi käsittelyä.\n\nTerveisin\nKaisa", [], "Kotitehtävä koodi."),
 (G, "Hei Laura,\n\nKiitos ennakkotehtävän tekemisestä. Näimme, että olit nähnyt sen eteen paljon vaivaa. Valitettavasti meille ei syntynyt tunnetta, että tämä olisi oikea yhdistelmä juuri nyt, emmekä jatka hakemuksesi kanssa.\n\nYstävällisin terveisin\nRekrytointitiimi", [], "Kehu + ei syntynyt tunnetta."),
 (G, "Hei Niko,\n\nKiitos koepäivästä baarissa perjantaina, oli mukava saada sinut mukaan porukkaan. Päätös ei ollut helppo, mutta et tällä kertaa päässyt seuraavalle kierrokselle. Kaikkea hyvää jatkoon!\n\nMinna", [], "Koepäivä vain kiitoksessa."),
 (G, "Hei,\n\nKiitos lähettämästäsi työnäytteestä. Saimme paljon vahvoja vastauksia emmekä voineet jatkaa kaikkien kanssa. Valitettavasti joudumme ilmoittamaan, ettet päässyt prosessissa eteenpäin.\n\nYstävällisin terveisin\nHR", [], "Näennäinen syy: paljon vastauksia."),
 (N, "Hei Iida,\n\nTervetuloa koevuoroon Koivukotiin torstaina klo 7–13. Katsomme, miten hoidat aamutoimet, kuljet mukana lääkekierroksella ja kirjoitat raportin seuraavalle vuorolle. Ota mukaan rikosrekisteriote.\n\nTerveisin\nTiina", [], "Kutsu koevuoroon."),
],
}
# batch 2 (ids 011–): written after the first round of fixes, to probe the guards: a plain outcome or the writer as the
# negation's subject after a work sample stays generic; observations in further trades (warehouse, welding, kitchen)
rows["en"] += [
 (G, "Hi Sam,\n\nThanks for the trial shift on Friday. Unfortunately it wasn't quite enough. We have decided to go with another candidate.\n\nBest\nJo", [], "Plain outcome: it wasn't enough."),
 (G, "Hi Sam,\n\nThanks for the trial day. Sadly it didn't work out. We won't be taking your application further.\n\nBest\nJo", [], "Plain outcome: didn't work out."),
 (G, "Hi Sam,\n\nThanks for the trial shift. I'm sorry I couldn't be there myself. We have decided to go with another candidate.\n\nJo", [], "The writer as the negation's subject."),
 (S, "Hi Sam,\n\nThanks for the welding test on Monday. The root pass on the test plate didn't fuse properly and the cap was uneven. We have decided to go with another welder.\n\nBest\nJo", [], "Welding test."),
 (S, "Hi Sam,\n\nThanks for the trial shift in the kitchen. The pace in the evening service got too high and several mains went out not plated to our card. We have decided to go with another chef.\n\nBest\nJo", [], "Kitchen trial shift: too high beside 'several'."),
]
rows["sv"] += [
 (G, "Hej Sam,\n\nTack för provdagen. Tyvärr räckte det inte hela vägen. Vi har valt en annan kandidat.\n\nHälsningar\nJo", [], "Ren utgång: räckte inte."),
 (S, "Hej Sam,\n\nTack för provpasset på lagret. Plocklistorna stämde inte och två pallar blev felmärkta. Vi har valt en annan kandidat.\n\nHälsningar\nJo", [], "Provpass lager."),
]
rows["da"] += [
 (S, "Hej Sam,\n\nTak for prøvedagen på lageret. Plukkelisterne stemte ikke, og to paller blev mærket forkert. Vi har valgt en anden kandidat.\n\nHilsen Jo", [], "Prøvedag lager."),
]
rows["nb"] += [
 (S, "Hei Sam,\n\nTakk for prøvevakten på lageret. Plukklistene stemte ikke, og to paller ble feilmerket. Vi har valgt en annen kandidat.\n\nHilsen Jo", [], "Prøvevakt lager."),
]
rows["de"] += [
 (G, "Hallo Sam,\n\ndanke für deinen Probetag. Leider hat es nicht ganz gereicht. Wir haben uns für jemand anderen entschieden.\n\nGrüße\nJo", [], "Bloßes Ergebnis: nicht gereicht."),
 (S, "Hallo Sam,\n\ndanke für deinen Probetag in der Werkstatt. Die Naht war nicht ganz sauber und zwei Maße stimmten nicht. Wir haben uns für jemand anderen entschieden.\n\nGrüße\nJo", [], "Probetag Werkstatt."),
]
rows["fi"] += [
 (G, "Hei Sam,\n\nKiitos koepäivästä. Valitettavasti se ei ihan riittänyt. Valitsimme toisen hakijan.\n\nJo", [], "Pelkkä lopputulos: ei riittänyt."),
 (S, "Hei Sam,\n\nKiitos koepäivästä varastolla. Keräilylistat eivät täsmänneet ja kaksi lavaa merkittiin väärin. Valitsimme toisen hakijan.\n\nJo", [], "Koepäivä varasto."),
]
# gut-feeling remarks (the analyzer calls them vague): gold risky_spans, as the other corpora file them
RISKY = {
    "ob-sv-007": "Tyvärr kändes det inte helt rätt den här gången",
    "ob-da-007": "Desværre følte vi ikke, at det var det rette match denne gang",
    "ob-nb-007": "Dessverre følte vi ikke at det var riktig match denne gangen",
    "ob-en-007": "Unfortunately we didn't feel it was the right fit at this stage",
    "ob-de-007": "Leider hatten wir nicht das Gefühl, dass es aktuell passt",
    "ob-fi-007": "Valitettavasti meille ei syntynyt tunnetta, että tämä olisi oikea yhdistelmä juuri nyt",
}
out = []
for lang in ["sv", "da", "nb", "en", "de", "fi"]:
    for i, (label, text, gs, note) in enumerate(rows[lang], 1):
        for s in gs:
            assert s in text, s
        rid = f"ob-{lang}-{i:03d}"
        rs = [RISKY[rid]] if rid in RISKY else []
        for x in rs:
            assert x in text, x
        out.append({"id": rid, "lang": lang, "label": label, "stage": "final", "text": text,
                    "generic_spans": gs, "risky_spans": rs, "note": note})
p = pathlib.Path(__file__).resolve().parents[2] / "tests/corpus/observe.jsonl"
p.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out), encoding="utf-8")
print(len(out))

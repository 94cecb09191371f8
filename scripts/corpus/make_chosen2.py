"""Build tests/corpus/chosen2.jsonl: rejections said through the reason (task chosen2).

Families per language: A the chosen person's named strength (no decision verb), B a schedule that does
not fit (informal, no decision verb), C a required document or authorisation missing or pending;
look-alikes: L1 generic "more relevant experience", L2 request for a police record extract, L3 an
interview invitation describing shift times.
"""
import json, pathlib

S, G, N = "specific-rejection", "generic-rejection", "not-rejection"
rows = {
 "sv": [
  ("A", S, "interview", "Hej Johanna,\n\nTack för att du kom på intervjun i förra veckan. Det var jämnt mellan er. Den vi till slut valde har fem års erfarenhet av Visma Lön från ett liknande uppdrag, och det vägde tyngst eftersom vi drar igång precis ett sådant lönesystembyte i höst.\n\nHälsningar,\nPer", ["Det var jämnt mellan er"]),
  ("A", S, "application", "Hej Ali,\n\nTack för din ansökan till tjänsten som lagerledare. Personen vi har anställt har truckkort B och flera år som arbetsledare på ett kyllager, och just kylhantering är det vi behöver mest i vår nya terminal.\n\nVänliga hälsningar,\nMaria", []),
  ("B", S, "application", "Hej Elin!\n\nTack för att du sökte extrajobbet i caféet. Passen är nästan bara kvällar och helger, och du skrev att du bara kan jobba vardagar på grund av plugget, så det går tyvärr inte ihop. Hör av dig om ditt schema ändras!\n\n/Sara", []),
  ("B", S, "interview", "Hej Oskar,\n\nTjänsten som nattvakt innebär nattarbete tre veckor av fyra, och du berättade på intervjun att du inte kan jobba nätter eftersom du har ett dagjobb vid sidan om. Då får vi tyvärr inte ihop det. Om det ändras längre fram är du välkommen att höra av dig igen.\n\nMvh\nLena", []),
  ("C", S, "interview", "Hej Fatima,\n\nTack för en bra intervju för vikariatet som fritidspedagog. För arbete med barn måste vi ha ett utdrag ur belastningsregistret innan anställning, och eftersom vi inte har fått ditt utdrag inom den tid vi angav kan vi inte gå vidare med din ansökan.\n\nVänliga hälsningar,\nAnders Lind\nRektor", []),
  ("C", S, "interview", "Hej Jonas,\n\nTack för din ansökan till tjänsten som sjuksköterska på avdelning 12. Tjänsten kräver svensk legitimation från Socialstyrelsen, och din legitimation är fortfarande under handläggning. Vi kan därför inte erbjuda dig tjänsten nu, men sök gärna igen när legitimationen är klar.\n\nMed vänlig hälsning,\nKarin Ek, vårdenhetschef", []),
  ("L1", G, "application", "Hej Maja,\n\nTack för ditt intresse för tjänsten som ekonomiassistent. Vi har valt en annan kandidat som hade mer relevant erfarenhet för rollen.\n\nVi önskar dig lycka till i ditt fortsatta jobbsökande.\n\nHälsningar,\nHR", ["Vi har valt en annan kandidat som hade mer relevant erfarenhet för rollen", "Vi önskar dig lycka till i ditt fortsatta jobbsökande"]),
  ("L2", N, "final", "Hej Sofia,\n\nVad roligt att du vill börja hos oss på förskolan! Innan anställningen kan bli klar behöver vi ett utdrag ur belastningsregistret. Beställ det på polisens webbplats (blanketten för arbete med barn i skola och förskola) och lämna det oöppnat till mig senast den 15 mars.\n\nHälsningar,\nEva", []),
  ("L3", N, "interview", "Hej Viktor,\n\nVi vill gärna träffa dig för en intervju om jobbet som butikssäljare, tisdag kl. 14 i butiken. Som info inför samtalet: passen är 7–16 eller 13–22 på vardagar, plus var tredje helg. Säg till om tiden inte passar.\n\nHälsningar,\nAmanda", []),
 ],
 "da": [
  ("A", S, "interview", "Hej Mette,\n\nTak for samtalen i sidste uge. Det var tæt løb. Den kandidat, vi endte med, har fem års erfaring med SAP S/4HANA fra et lignende implementeringsprojekt, og det vejede tungest, fordi vi starter netop sådan et projekt til efteråret.\n\nVenlig hilsen\nSøren", ["Det var tæt løb"]),
  ("A", S, "application", "Hej Kasper,\n\nTak for din ansøgning til stillingen som elektriker. Den, vi har ansat, har erfaring med solcelleanlæg og batterilagre, og det er præcis den type opgaver, vi har mest af det næste år.\n\nMed venlig hilsen\nLone Madsen", []),
  ("B", S, "application", "Hej Freja\n\nTak fordi du søgte jobbet i kiosken. Vagterne ligger mest om aftenen og i weekenderne, og du skrev, at du kun kan på hverdage på grund af dit studie, så det hænger desværre ikke sammen. Skriv endelig, hvis det ændrer sig!\n\nHilsen\nMads", []),
  ("B", S, "interview", "Hej Ahmed,\n\nStillingen som chauffør har mødetid kl. 5 om morgenen, og du fortalte til samtalen, at du først kan møde kl. 9 på grund af din uddannelse. Det kan vi desværre ikke få til at passe sammen. Sig til, hvis dit skema ændrer sig.\n\nVenlig hilsen\nPia", []),
  ("C", S, "interview", "Hej Line,\n\nTak for en god samtale om stillingen som sygeplejerske. Stillingen kræver dansk autorisation fra Styrelsen for Patientsikkerhed, og den er endnu ikke udstedt til dig. Derfor kan vi ikke ansætte dig på nuværende tidspunkt, men du er velkommen til at søge igen, når autorisationen er på plads.\n\nVenlig hilsen\nHanne Juhl, afdelingssygeplejerske", []),
  ("C", S, "interview", "Hej Nikolaj,\n\nVi skal have en børneattest, før man kan arbejde i vores SFO, og da vi ikke har fået dit samtykke til børneattesten inden fristen i fredags, kan vi desværre ikke gå videre med dig til stillingen.\n\nVenlig hilsen\nBirgitte", []),
  ("L1", G, "application", "Kære Emil,\n\nTak for din interesse for stillingen som bogholder. Vi har valgt en anden kandidat, som havde mere relevant erfaring.\n\nVi ønsker dig held og lykke med jobsøgningen.\n\nVenlig hilsen\nHR-afdelingen", ["Vi har valgt en anden kandidat, som havde mere relevant erfaring", "Vi ønsker dig held og lykke med jobsøgningen"]),
  ("L2", N, "final", "Hej Ida,\n\nVelkommen om bord! Inden din første dag skal vi bruge dit samtykke til en børneattest. Du får en mail fra Politiet, hvor du godkender med MitID. Gør det gerne inden fredag, så vi kan nå at få svar.\n\nHilsen\nJette", []),
  ("L3", N, "interview", "Hej Jonas,\n\nVi vil gerne invitere dig til samtale om jobbet som lagermedarbejder torsdag kl. 10. Vagterne er kl. 6–14 og 14–22 på skift, og der er weekendarbejde hver tredje weekend. Giv lige besked, om tidspunktet passer.\n\nVenlig hilsen\nTina", []),
 ],
 "nb": [
  ("A", S, "interview", "Hei Ingrid,\n\nTakk for intervjuet forrige uke. Det var jevnt. Kandidaten vi endte opp med, har fem års erfaring med DIPS Arena fra et tilsvarende innføringsprosjekt, og det veide tyngst, siden vi starter akkurat et slikt prosjekt til høsten.\n\nHilsen\nTrond", ["Det var jevnt"]),
  ("A", S, "application", "Hei Magnus,\n\nTakk for søknaden på stillingen som anleggsleder. Den vi har tilbudt stillingen, har åtte år med tunnelprosjekter, og det er nettopp tunnelarbeid vi skal ha mest av de neste to årene.\n\nMed vennlig hilsen\nKristin Berg", []),
  ("B", S, "application", "Hei Thea!\n\nTakk for at du søkte på jobben hos oss. Vaktene er stort sett kvelder og helger, og du skrev at du bare kan jobbe på hverdager på grunn av studiene, så det går dessverre ikke opp. Si fra hvis det endrer seg!\n\nHilsen\nMarius", []),
  ("B", S, "interview", "Hei Eirik,\n\nStillingen som bussjåfør går i delte skift med start klokka 05.30, og du sa i intervjuet at du ikke kan begynne før 09 fordi du tar fagbrev ved siden av. Det lar seg dessverre ikke kombinere. Ta gjerne kontakt igjen om timeplanen din endrer seg.\n\nVennlig hilsen\nAnne", []),
  ("C", S, "interview", "Hei Sara,\n\nTakk for en fin samtale om stillingen som sykepleier. Stillingen krever norsk autorisasjon fra Helsedirektoratet, og søknaden din er fortsatt til behandling der. Vi kan derfor ikke ansette deg nå, men søk gjerne igjen når autorisasjonen er i orden.\n\nVennlig hilsen\nLiv Hansen, avdelingsleder", []),
  ("C", S, "interview", "Hei Ole,\n\nFor å jobbe i barnehagen må vi ha en godkjent politiattest, og siden vi ikke har mottatt politiattesten din innen fristen, kan vi dessverre ikke gå videre med deg.\n\nHilsen\nRandi, styrer", []),
  ("L1", G, "application", "Hei Henrik,\n\nTakk for at du søkte stillingen som regnskapsmedarbeider. Vi har valgt en annen kandidat som hadde mer relevant erfaring.\n\nVi ønsker deg lykke til videre i jobbsøkingen.\n\nVennlig hilsen\nHR", ["Vi har valgt en annen kandidat som hadde mer relevant erfaring", "Vi ønsker deg lykke til videre i jobbsøkingen"]),
  ("L2", N, "final", "Hei Nora,\n\nSå hyggelig at du takket ja! Før du kan starte i SFO, trenger vi politiattest. Søk om den på politiet.no, legg ved bekreftelsen fra oss, og send meg attesten når du har fått den.\n\nHilsen\nGeir", []),
  ("L3", N, "interview", "Hei Jonas,\n\nVi vil gjerne invitere deg til intervju for stillingen som butikkmedarbeider onsdag kl. 13. Vaktene er 07–15 og 14–22, og du må regne med helgejobb hver tredje helg. Gi beskjed om tidspunktet passer.\n\nVennlig hilsen\nHege", []),
 ],
 "en": [
  ("A", S, "interview", "Hi Rachel,\n\nThanks for coming in last week. It was a close call. The candidate we have offered the role to has five years of Epic configuration from a similar rollout, and that weighed most, because we start exactly that rollout in the autumn.\n\nBest,\nTom", ["It was a close call"]),
  ("A", S, "application", "Hi Daniel,\n\nThank you for applying for the site manager post. The person we hired holds an SMSTS certificate and has run three school refurbishments, and school work is most of what we have booked for next year.\n\nKind regards,\nHelen Price", []),
  ("B", S, "application", "Hi Megan,\n\nThanks for applying to work at the pub. The shifts are mostly evenings and weekends, and you mentioned you can only do weekdays because of your course, so it doesn't work, sadly. Drop me a line if that changes!\n\nCheers,\nLiam", []),
  ("B", S, "interview", "Hi Josh,\n\nThe warehouse role is nights only, 10pm to 6am, and you told us at interview that you can't do nights because of your daytime college timetable, so I'm afraid the hours just don't line up. Get in touch if your timetable changes.\n\nThanks,\nSue", []),
  ("C", S, "interview", "Dear Amira,\n\nThank you for interviewing for the staff nurse post. The post requires current registration with the NMC, and your application is still being processed. We therefore cannot offer you the post at this stage, but please apply again once your registration is confirmed.\n\nKind regards,\nJoanne Hill, Ward Manager", []),
  ("C", S, "interview", "Hi Chris,\n\nAs the role involves working with children, we need an enhanced DBS check before anyone can start. Since we did not receive your completed DBS application by the deadline, we cannot continue with your appointment.\n\nRegards,\nPaula", []),
  ("L1", G, "application", "Dear Olivia,\n\nThank you for your interest in the accounts assistant role. We have decided to go with another candidate who had more relevant experience.\n\nWe wish you every success in your job search.\n\nKind regards,\nHR Team", ["We have decided to go with another candidate who had more relevant experience", "We wish you every success in your job search"]),
  ("L2", N, "final", "Hi Ben,\n\nGreat to have you joining the after-school club! Before you start we need an enhanced DBS check. Please fill in the online form I've linked and bring your passport and two proofs of address on Monday so I can verify them.\n\nThanks,\nKate", []),
  ("L3", N, "interview", "Hi Ella,\n\nWe'd like to invite you to an interview for the barista role on Friday at 11am. To give you a picture beforehand: shifts are 6:30–2:30 or 2–10, with one weekend in three. Let me know if the time suits.\n\nBest,\nGrace", []),
 ],
 "de": [
  ("A", S, "interview", "Hallo Frau Becker,\n\nvielen Dank für das Gespräch letzte Woche. Es war eine knappe Entscheidung. Die Kandidatin, die wir am Ende genommen haben, hat fünf Jahre Erfahrung mit SAP SuccessFactors aus einem ähnlichen Projekt, und das hat den Ausschlag gegeben, weil wir genau so ein Projekt im Herbst starten.\n\nMit freundlichen Grüßen\nJens Wagner", ["Es war eine knappe Entscheidung"]),
  ("A", S, "application", "Hallo Herr Yilmaz,\n\ndanke für Ihre Bewerbung als Bauleiter. Der Bewerber, den wir eingestellt haben, bringt acht Jahre Brückenbau mit, und Brückensanierungen machen den Großteil unserer Aufträge in den nächsten zwei Jahren aus.\n\nViele Grüße\nMonika Schulz", []),
  ("B", S, "application", "Hi Lena,\n\ndanke, dass du dich für den Aushilfsjob im Café beworben hast. Die Schichten sind fast nur abends und am Wochenende, und du hast geschrieben, dass du wegen der Uni nur unter der Woche kannst – das passt leider nicht zusammen. Melde dich gern, wenn sich das ändert!\n\nLG\nTim", []),
  ("B", S, "interview", "Hallo Herr Krause,\n\ndie Stelle als Fahrer beginnt jeden Morgen um 4:30 Uhr, und Sie sagten im Gespräch, dass Sie wegen Ihrer Weiterbildung erst ab 9 Uhr können. Das lässt sich leider nicht vereinbaren. Wenn sich Ihre Zeiten ändern, melden Sie sich gern wieder.\n\nFreundliche Grüße\nPetra Lang", []),
  ("C", S, "interview", "Hallo Herr Neumann,\n\nfür die Arbeit in unserer Kita brauchen wir vor Arbeitsbeginn ein erweitertes Führungszeugnis. Da wir Ihr Führungszeugnis bis zur gesetzten Frist nicht erhalten haben, können wir das Einstellungsverfahren leider nicht fortsetzen.\n\nMit freundlichen Grüßen\nSabine Roth, Kitaleitung", []),
  ("C", S, "interview", "Sehr geehrte Frau Novak,\n\nvielen Dank für das Gespräch zur Stelle als Assistenzärztin. Für die Tätigkeit ist die deutsche Approbation erforderlich, und Ihr Antrag wird derzeit noch geprüft. Deshalb können wir Ihnen die Stelle im Moment nicht anbieten; bewerben Sie sich gern erneut, sobald die Approbation vorliegt.\n\nMit freundlichen Grüßen\nDr. Klaus Hoffmann", []),
  ("L1", G, "application", "Sehr geehrter Herr Schmidt,\n\nvielen Dank für Ihr Interesse an der Stelle als Buchhalter. Wir haben uns für einen anderen Bewerber entschieden, der mehr relevante Erfahrung mitbringt.\n\nWir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.\n\nMit freundlichen Grüßen\nPersonalabteilung", ["Wir haben uns für einen anderen Bewerber entschieden, der mehr relevante Erfahrung mitbringt", "Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute"]),
  ("L2", N, "final", "Hallo Frau Keller,\n\nwir freuen uns, dass Sie bei uns im Hort anfangen! Vor dem ersten Arbeitstag benötigen wir noch ein erweitertes Führungszeugnis. Die Bescheinigung zur Vorlage beim Bürgeramt finden Sie im Anhang; bitte reichen Sie das Zeugnis bis zum 1. März bei mir ein.\n\nViele Grüße\nAnja Brandt", []),
  ("L3", N, "interview", "Hallo Herr Fischer,\n\nwir laden Sie gern zu einem Vorstellungsgespräch für die Stelle als Lagerist am Dienstag um 10 Uhr ein. Zur Info vorab: Gearbeitet wird im Zweischichtbetrieb von 6 bis 14 und 14 bis 22 Uhr, dazu jeder dritte Samstag. Geben Sie kurz Bescheid, ob der Termin passt.\n\nFreundliche Grüße\nMarkus Weber", []),
 ],
 "fi": [
  ("A", S, "interview", "Hei Laura,\n\nkiitos haastattelusta viime viikolla. Valinta oli tiukka. Valitsemallamme hakijalla on viiden vuoden kokemus Lifecare-järjestelmästä vastaavasta käyttöönottoprojektista, ja se painoi eniten, koska aloitamme juuri sellaisen projektin syksyllä.\n\nTerveisin\nMikko", ["Valinta oli tiukka"]),
  ("A", S, "application", "Hei Juha,\n\nkiitos hakemuksestasi työnjohtajan tehtävään. Tehtävään palkkaamallamme henkilöllä on kahdeksan vuoden kokemus siltatyömailta, ja siltakorjauksia on meillä tulevina vuosina eniten.\n\nYstävällisin terveisin\nSari Virtanen", []),
  ("B", S, "application", "Hei Emma!\n\nKiitos, että hait meille kahvilaan. Vuorot ovat lähinnä iltaisin ja viikonloppuisin, ja kerroit, että pystyt opintojesi takia tekemään töitä vain arkipäivisin, joten se ei valitettavasti sovi yhteen. Laita viestiä, jos tilanne muuttuu!\n\nTerveisin\nAntti", []),
  ("B", S, "interview", "Hei Ville,\n\nvarastotyö on pelkkää yövuoroa klo 22–06, ja kerroit haastattelussa, ettet voi tehdä öitä päivätyösi vuoksi. Nämä eivät valitettavasti sovi yhteen. Ota yhteyttä, jos tilanteesi muuttuu.\n\nTerveisin\nTiina", []),
  ("C", S, "interview", "Hei Aino,\n\nkiitos hyvästä haastattelusta. Sairaanhoitajan tehtävä edellyttää Valviran myöntämää oikeutta harjoittaa ammattia, ja hakemuksesi on Valvirassa vielä käsittelyssä. Siksi emme voi valita sinua tehtävään nyt, mutta hae ihmeessä uudelleen, kun oikeus on myönnetty.\n\nYstävällisin terveisin\nHanna Mäkinen, osastonhoitaja", []),
  ("C", S, "interview", "Hei Petri,\n\nlasten kanssa työskentely edellyttää rikostaustaotteen esittämistä ennen työsuhteen alkua. Koska emme saaneet rikostaustaotettasi määräaikaan mennessä, emme valitettavasti voi jatkaa rekrytointia kanssasi.\n\nTerveisin\nLeena Korhonen, päiväkodin johtaja", []),
  ("L1", G, "application", "Hyvä Jenni,\n\nkiitos kiinnostuksestasi kirjanpitäjän tehtävää kohtaan. Olemme valinneet tehtävään toisen hakijan, jolla oli enemmän relevanttia kokemusta.\n\nToivotamme sinulle menestystä työnhakuusi.\n\nYstävällisin terveisin\nHR-tiimi", ["Olemme valinneet tehtävään toisen hakijan, jolla oli enemmän relevanttia kokemusta", "Toivotamme sinulle menestystä työnhakuusi"]),
  ("L2", N, "final", "Hei Noora,\n\nkiva, että aloitat meillä iltapäiväkerhossa! Ennen ensimmäistä työpäivää tarvitsemme sinulta rikostaustaotteen. Tilaa ote Oikeusrekisterikeskuksesta ja näytä se minulle viimeistään 10.3.\n\nTerveisin\nMaija", []),
  ("L3", N, "interview", "Hei Otto,\n\nhaluaisimme kutsua sinut haastatteluun myyjän tehtävään tiistaina klo 14. Tiedoksi etukäteen: vuorot ovat klo 7–15 ja 14–22, ja joka kolmas viikonloppu on töitä. Kerrothan, sopiiko aika.\n\nTerveisin\nKatja", []),
 ],
}
NOTES = {
 "A": "Chosen person's named strength as the reason, no separate decision sentence.",
 "B": "Informal schedule mismatch with the candidate's own stated availability, no decision verb.",
 "C": "Legally required document or authorisation missing or pending; the decision carries the reason.",
 "L1": "Look-alike: generic 'more relevant experience' with no named thing.",
 "L2": "Look-alike: asks a new hire to supply a police record extract.",
 "L3": "Look-alike: interview invitation describing shift times.",
}
out = []
for lang, rs in rows.items():
    for i, (fam, label, stage, text, gspans) in enumerate(rs, 1):
        for s in gspans:
            assert s in text, (lang, i, s)
        out.append({"id": f"ch2-{lang}-{i:03d}", "lang": lang, "label": label, "stage": stage, "text": text,
                    "generic_spans": gspans, "risky_spans": [], "note": f"{fam}: {NOTES[fam]}"})
p = pathlib.Path(__file__).resolve().parents[2] / "tests/corpus/chosen2.jsonl"
p.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out), encoding="utf-8")
print(len(out), "rows")

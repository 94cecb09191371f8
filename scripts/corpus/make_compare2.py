#!/usr/bin/env python3
"""tests/corpus/compare2.jsonl (task compare2): a comparison that names its thing is a reason.

Per language 12 own-wording drafts: 6 specific rejections whose reason is a comparison of the person taken with the
reader on MORE / LONGER / DEEPER / BROADER experience, knowledge or training WITH / IN / OF a named thing (a relative
clause, a "with"-phrase, "the person we hired has …; you …", years beside the named thing), 4 generic rejections
with unnamed comparisons ("more experience than you", "more relevant experience", "a stronger background", "more
experience in similar roles", "a little more experience"), and 2 not-rejections (a job ad that wants someone with more
experience of X, an internal note that ranks two candidates).
"""
import json
import pathlib

S, G, N = 'specific-rejection', 'generic-rejection', 'not-rejection'

ROWS = {
    'en': [
        (S, 'interview', "Hi Tom,\n\nThank you for interviewing for the warehouse coordinator role. We've gone with the other finalist, who has more experience with Manhattan WMS than you do.\n\nBest,\nRachel", [], 'Relative clause: more experience with a named system, than you.'),
        (S, 'interview', "Dear Amira,\n\nThanks for your time last week. We went with a candidate with deeper knowledge of payroll legislation, which is most of the day-to-day work in this team.\n\nKind regards,\nJohn Peel", [], 'With-phrase: deeper knowledge of X.'),
        (S, 'final', "Hi Leo,\n\nThanks for the trial bake. The person we hired has more experience of running a laminated-dough section; you have mostly worked on the savoury side.\n\nCheers,\nNina", [], 'The person hired has more experience of running X; you …'),
        (S, 'application', "Dear Mr Okafor,\n\nThank you for applying. We have offered the position to an applicant with longer experience in clinical coding: six years, compared with your two.\n\nYours sincerely,\nHR Team", [], 'Years beside the named thing.'),
        (S, 'interview', "Hi Jess,\n\nUnfortunately we won't be taking your application further. We chose someone who has broader training in first aid and water rescue.\n\nAll the best,\nMark", [], 'Someone who has broader training in X.'),
        (S, 'interview', "Hi Dan,\n\nThanks for meeting us on Monday. Sadly we've decided on another applicant, who brings more experience in event logistics.\n\nBest wishes,\nClaire", [], 'Brings more experience in X.'),
        (G, 'interview', "Hi Owen,\n\nThank you for coming in. Unfortunately we have selected a candidate with more experience than you.\n\nBest,\nKate", ['Unfortunately we have selected a candidate with more experience than you'], 'Unnamed: more experience than you.'),
        (G, 'application', "Dear Lucy,\n\nThanks for your application for the receptionist job. We went with someone who had more relevant experience.\n\nRegards,\nTim", ['We went with someone who had more relevant experience'], 'Unnamed: more relevant experience.'),
        (G, 'final', "Hi Sam,\n\nThank you for taking part in the final round. The successful applicant had a stronger background overall, so we won't be moving forward with you.\n\nKind regards,\nEmma", ["The successful applicant had a stronger background overall, so we won't be moving forward with you"], 'Unnamed: a stronger background.'),
        (G, 'interview', "Hi Raj,\n\nThanks for the chat on Friday. We've chosen someone with more experience in similar roles.\n\nCheers,\nHelen", ["We've chosen someone with more experience in similar roles"], 'Unnamed: more experience in similar roles.'),
        (N, None, "Night shift supervisor wanted\n\nWe're looking for someone with more experience in cold-chain logistics to lead our night team in Reading. Full-time, 4 nights on, 4 off.\n\nApply by 30 June through our careers page.", [], 'Job ad: someone with more experience in X.'),
        (N, None, "Hi Priya,\n\nQuick ranking for tomorrow's panel: Mark has more experience with Salesforce than Jenny, but Jenny interviewed better. I'd put Mark first. Can you book the reference calls?\n\nThanks,\nOllie", [], 'Internal note ranking two candidates.'),
    ],
    'sv': [
        (S, 'interview', "Hej Tomas,\n\nTack för intervjun om tjänsten som lagersamordnare. Vi har valt den andra kandidaten, som har mer erfarenhet av lagerstyrning i SAP än du.\n\nHälsningar\nRebecka", [], 'Relativsats: mer erfarenhet av X än du.'),
        (S, 'interview', "Hej Amira,\n\nTack för att du tog dig tid förra veckan. Vi gick vidare med en sökande med längre erfarenhet inom barnsjukvård.\n\nVänliga hälsningar\nJohan", [], 'Med-fras: längre erfarenhet inom X.'),
        (S, 'final', "Hej Leo,\n\nTack för provdagen. Personen vi anställde har mer erfarenhet av att driva byggprojekt; du har främst arbetat som arbetsledare.\n\nHälsningar\nNina", [], 'Personen vi anställde har …; du …'),
        (S, 'application', "Hej Oskar,\n\nTack för din ansökan. Vi har erbjudit tjänsten till en kandidat med djupare kunskaper i löneadministration – hon har arbetat med det i sju år.\n\nVänliga hälsningar\nHR", [], 'Djupare kunskaper i X + år.'),
        (S, 'interview', "Hej Jessica,\n\nTyvärr går vi inte vidare med din ansökan. Vi valde någon som har bredare utbildning inom första hjälpen och livräddning.\n\nAllt gott\nMarkus", [], 'Någon som har bredare utbildning inom X.'),
        (S, 'interview', "Hej Daniel,\n\nTack för att du kom i måndags. Vi har bestämt oss för en annan sökande, som har mer erfarenhet av Revit än du.\n\nHälsningar\nKlara", [], 'En annan sökande som har mer erfarenhet av X.'),
        (G, 'interview', "Hej Olle,\n\nTack för att du kom. Vi har tyvärr valt en kandidat med mer erfarenhet än du.\n\nHälsningar\nKatarina", ['Vi har tyvärr valt en kandidat med mer erfarenhet än du'], 'Onämnt: mer erfarenhet än du.'),
        (G, 'application', "Hej Lisa,\n\nTack för din ansökan till receptionen. Vi har gått vidare med någon som hade mer relevant erfarenhet.\n\nHälsningar\nTim", ['Vi har gått vidare med någon som hade mer relevant erfarenhet'], 'Onämnt: mer relevant erfarenhet.'),
        (G, 'final', "Hej Samir,\n\nTack för att du var med i slutomgången. Den vi anställde hade en starkare bakgrund, så vi går inte vidare med dig.\n\nVänliga hälsningar\nEmma", ['Den vi anställde hade en starkare bakgrund, så vi går inte vidare med dig'], 'Onämnt: starkare bakgrund.'),
        (G, 'interview', "Hej Rasmus,\n\nTack för samtalet i fredags. Vi har valt en person med mer erfarenhet av liknande roller.\n\nHälsningar\nHelena", ['Vi har valt en person med mer erfarenhet av liknande roller'], 'Onämnt: liknande roller.'),
        (N, None, "Skiftledare natt sökes\n\nVi söker en skiftledare med mer erfarenhet av kylkedjelogistik än vad vi har i teamet i dag. Heltid, fyra nätter på och fyra av.\n\nSök senast den 30 juni via vår webbplats.", [], 'Annons: mer erfarenhet av X.'),
        (N, None, "Hej Pia!\n\nInför morgondagens möte: Markus har mer erfarenhet av Salesforce än Jenny, men Jenny gjorde en bättre intervju. Jag rankar Markus först. Kan du boka referenssamtalen?\n\n/Olle", [], 'Intern rangordning.'),
    ],
    'da': [
        (S, 'interview', "Hej Thomas\n\nTak for samtalen om stillingen som lagerkoordinator. Vi har valgt den anden kandidat, som har mere erfaring med lagerstyring i SAP end dig.\n\nVenlig hilsen\nRebekka", [], 'Relativsætning: mere erfaring med X end dig.'),
        (S, 'interview', "Hej Amira\n\nTak for din tid i sidste uge. Vi er gået videre med en ansøger med længere erfaring inden for børnesygepleje.\n\nMed venlig hilsen\nJohan", [], 'Med-frase: længere erfaring inden for X.'),
        (S, 'final', "Hej Leo\n\nTak for prøvedagen. Den person, vi har ansat, har mere erfaring med at drive byggeprojekter; du har mest arbejdet som formand.\n\nHilsen\nNina", [], 'Den ansatte har …; du …'),
        (S, 'application', "Kære Oskar\n\nTak for din ansøgning. Vi har tilbudt stillingen til en kandidat med mere erfaring med lønadministration – hun har arbejdet med det i syv år.\n\nMed venlig hilsen\nHR", [], 'Mere erfaring med X + år.'),
        (S, 'interview', "Hej Jessica\n\nVi går desværre ikke videre med din ansøgning. Vi har valgt en, der har bredere uddannelse i førstehjælp og livredning.\n\nAlt godt\nMarkus", [], 'En der har bredere uddannelse i X.'),
        (S, 'interview', "Hej Daniel\n\nTak fordi du kom forbi i mandags. Vi har besluttet os for en anden ansøger, der har mere erfaring med Revit end dig.\n\nHilsen\nKlara", [], 'En anden ansøger der har mere erfaring med X.'),
        (G, 'interview', "Hej Ole\n\nTak fordi du kom. Vi har desværre valgt en kandidat med mere erfaring end dig.\n\nHilsen\nKatrine", ['Vi har desværre valgt en kandidat med mere erfaring end dig'], 'Unævnt: mere erfaring end dig.'),
        (G, 'application', "Hej Lise\n\nTak for din ansøgning til receptionen. Vi er gået videre med en, der havde mere relevant erfaring.\n\nHilsen\nTim", ['Vi er gået videre med en, der havde mere relevant erfaring'], 'Unævnt: mere relevant erfaring.'),
        (G, 'final', "Hej Samir\n\nTak fordi du var med i sidste runde. Den valgte kandidat havde en stærkere baggrund, så vi går ikke videre med dig.\n\nMed venlig hilsen\nEmma", ['Den valgte kandidat havde en stærkere baggrund, så vi går ikke videre med dig'], 'Unævnt: stærkere baggrund.'),
        (G, 'interview', "Hej Rasmus\n\nTak for snakken i fredags. Vi har valgt en ansøger med lidt mere erfaring.\n\nHilsen\nHelle", ['Vi har valgt en ansøger med lidt mere erfaring'], 'Unævnt: lidt mere erfaring.'),
        (N, None, "Vagtleder til nathold\n\nVi søger en vagtleder med mere erfaring med kølekædelogistik end den, vi har på holdet i dag. Fuldtid, fire nætter på og fire fri.\n\nSøg senest 30. juni via vores hjemmeside.", [], 'Annonce: mere erfaring med X.'),
        (N, None, "Hej Pia\n\nTil mødet i morgen: Mikkel har mere erfaring med Salesforce end Julie, men Julie klarede samtalen bedre. Jeg sætter Mikkel først. Kan du booke referencesamtalerne?\n\n/Ole", [], 'Intern rangering.'),
    ],
    'nb': [
        (S, 'interview', "Hei Tomas,\n\nTakk for intervjuet om stillingen som lagerkoordinator. Vi har valgt den andre kandidaten, som har mer erfaring med lagerstyring i SAP enn deg.\n\nHilsen\nRebekka", [], 'Relativsetning: mer erfaring med X enn deg.'),
        (S, 'interview', "Hei Amira,\n\nTakk for at du tok deg tid forrige uke. Vi gikk videre med en søker med lengre erfaring innen barnesykepleie.\n\nVennlig hilsen\nJohan", [], 'Med-frase: lengre erfaring innen X.'),
        (S, 'final', "Hei Leo,\n\nTakk for prøvedagen. Den vi ansatte, har mer erfaring med å drive byggeprosjekter; du har stort sett jobbet som bas.\n\nHilsen\nNina", [], 'Den vi ansatte har …; du …'),
        (S, 'application', "Hei Oskar,\n\nTakk for søknaden din. Vi har tilbudt stillingen til en kandidat med bredere kunnskap om lønnsadministrasjon – hun har jobbet med det i sju år.\n\nVennlig hilsen\nHR", [], 'Bredere kunnskap om X + år.'),
        (S, 'interview', "Hei Jessica,\n\nVi går dessverre ikke videre med søknaden din. Vi valgte en som har mer opplæring i førstehjelp og livredning.\n\nAlt godt\nMarkus", [], 'En som har mer opplæring i X.'),
        (S, 'interview', "Hei Daniel,\n\nTakk for at du kom innom på mandag. Vi har bestemt oss for en annen søker, som har mer erfaring med Revit enn deg.\n\nHilsen\nKlara", [], 'En annen søker som har mer erfaring med X.'),
        (G, 'interview', "Hei Ola,\n\nTakk for at du kom. Vi har dessverre valgt en kandidat med mer erfaring enn deg.\n\nHilsen\nKatrine", ['Vi har dessverre valgt en kandidat med mer erfaring enn deg'], 'Unevnt: mer erfaring enn deg.'),
        (G, 'application', "Hei Lise,\n\nTakk for søknaden til resepsjonen. Vi gikk videre med en som hadde mer relevant erfaring.\n\nHilsen\nTim", ['Vi gikk videre med en som hadde mer relevant erfaring'], 'Unevnt: mer relevant erfaring.'),
        (G, 'final', "Hei Samir,\n\nTakk for at du var med i siste runde. Den vi ansatte hadde en sterkere bakgrunn, så vi går ikke videre med deg.\n\nVennlig hilsen\nEmma", ['Den vi ansatte hadde en sterkere bakgrunn, så vi går ikke videre med deg'], 'Unevnt: sterkere bakgrunn.'),
        (G, 'interview', "Hei Rasmus,\n\nTakk for praten på fredag. Vi har valgt en søker med mer erfaring fra lignende stillinger.\n\nHilsen\nHelle", ['Vi har valgt en søker med mer erfaring fra lignende stillinger'], 'Unevnt: lignende stillinger.'),
        (N, None, "Skiftleder natt\n\nVi søker en skiftleder med mer erfaring med kjølelogistikk enn det vi har på laget i dag. Fulltid, fire netter på og fire av.\n\nSøknadsfrist 30. juni via nettsiden vår.", [], 'Annonse: mer erfaring med X.'),
        (N, None, "Hei Pia!\n\nTil møtet i morgen: Magnus har mer erfaring med Salesforce enn Julie, men Julie gjorde det bedre i intervjuet. Jeg setter Magnus først. Kan du booke referansesamtalene?\n\n/Ola", [], 'Intern rangering.'),
    ],
    'de': [
        (S, 'interview', "Hallo Herr Weber,\n\nvielen Dank für das Gespräch zur Stelle als Lagerkoordinator. Wir haben uns für die andere Kandidatin entschieden, die mehr Erfahrung mit SAP EWM hat als Sie.\n\nViele Grüße\nRebecca Hahn", [], 'Relativsatz: mehr Erfahrung mit X als Sie.'),
        (S, 'interview', "Hallo Frau Aydin,\n\ndanke für Ihre Zeit letzte Woche. Wir haben uns für einen Bewerber mit längerer Erfahrung in der Kinderkrankenpflege entschieden.\n\nMit freundlichen Grüßen\nJohannes Berg", [], 'Mit-Phrase: längere Erfahrung in X.'),
        (S, 'final', "Hallo Leo,\n\ndanke für den Probetag. Die Person, die wir eingestellt haben, hat mehr Erfahrung in der Leitung von Bauprojekten; Sie waren bisher vor allem als Polier tätig.\n\nGruß\nNina", [], 'Die eingestellte Person hat …; Sie …'),
        (S, 'application', "Sehr geehrter Herr Otto,\n\nvielen Dank für Ihre Bewerbung. Wir haben die Stelle einer Kandidatin angeboten, die tiefere Kenntnisse im Lohnsteuerrecht hat – sie arbeitet seit sieben Jahren damit.\n\nMit freundlichen Grüßen\nPersonalabteilung", [], 'Tiefere Kenntnisse im X + Jahre.'),
        (S, 'interview', "Hallo Jessica,\n\nleider können wir Ihre Bewerbung nicht weiter berücksichtigen. Wir haben uns für jemanden entschieden, der eine längere Ausbildung in Erster Hilfe und Wasserrettung hat.\n\nAlles Gute\nMarkus", [], 'Jemand, der eine längere Ausbildung in X hat.'),
        (S, 'interview', "Hallo Daniel,\n\ndanke, dass Sie am Montag vorbeigekommen sind. Wir haben uns für einen anderen Bewerber entschieden, der mehr Erfahrung mit Revit mitbringt als Sie.\n\nViele Grüße\nKlara", [], 'Ein anderer Bewerber, der mehr Erfahrung mit X mitbringt.'),
        (G, 'interview', "Hallo Herr Olsen,\n\ndanke für Ihren Besuch. Leider haben wir uns für jemanden mit mehr Erfahrung entschieden.\n\nViele Grüße\nKatharina", ['Leider haben wir uns für jemanden mit mehr Erfahrung entschieden'], 'Unbenannt: mehr Erfahrung.'),
        (G, 'application', "Hallo Frau Lenz,\n\nvielen Dank für Ihre Bewerbung für den Empfang. Wir haben uns für eine Kandidatin mit mehr einschlägiger Erfahrung entschieden.\n\nGrüße\nTim", ['Wir haben uns für eine Kandidatin mit mehr einschlägiger Erfahrung entschieden'], 'Unbenannt: mehr einschlägige Erfahrung.'),
        (G, 'final', "Hallo Samir,\n\ndanke, dass Sie in der letzten Runde dabei waren. Wir haben uns für eine Bewerberin entschieden, die etwas mehr Erfahrung hat.\n\nMit freundlichen Grüßen\nEmma", ['Wir haben uns für eine Bewerberin entschieden, die etwas mehr Erfahrung hat'], 'Unbenannt: etwas mehr Erfahrung.'),
        (G, 'interview', "Hallo Herr Krause,\n\ndanke für das Telefonat am Freitag. Wir haben uns für jemanden mit mehr Erfahrung in vergleichbaren Positionen entschieden.\n\nViele Grüße\nHelena", ['Wir haben uns für jemanden mit mehr Erfahrung in vergleichbaren Positionen entschieden'], 'Unbenannt: vergleichbare Positionen.'),
        (N, None, "Schichtleitung Nacht (m/w/d)\n\nWir suchen eine Schichtleitung mit mehr Erfahrung in der Kühlkettenlogistik, als unser Team sie heute hat. Vollzeit, vier Nächte Dienst, vier frei.\n\nBewerbungen bis 30. Juni über unser Karriereportal.", [], 'Anzeige: mehr Erfahrung in X.'),
        (N, None, "Hallo Pia,\n\nkurz für das Panel morgen: Markus hat mehr Erfahrung mit Salesforce als Jenny, aber Jenny war im Gespräch überzeugender. Ich würde Markus vorne sehen. Kannst du die Referenzgespräche einplanen?\n\nDanke\nOlli", [], 'Interne Rangliste.'),
    ],
    'fi': [
        (S, 'interview', "Hei Tomi,\n\nkiitos haastattelusta varastokoordinaattorin paikkaan. Valitsimme toisen hakijan, jolla on enemmän kokemusta SAP-varastonhallinnasta kuin sinulla.\n\nTerveisin\nRiikka", [], 'Relatiivilause: enemmän kokemusta X:stä kuin sinulla.'),
        (S, 'interview', "Hei Amira,\n\nkiitos ajastasi viime viikolla. Päädyimme hakijaan, jolla on pidempi kokemus lasten sairaanhoidosta.\n\nYstävällisin terveisin\nJuha", [], 'Pidempi kokemus X:stä.'),
        (S, 'final', "Hei Leo,\n\nkiitos koepäivästä. Valitsemallamme henkilöllä on enemmän kokemusta rakennushankkeiden johtamisesta; sinä olet työskennellyt lähinnä työnjohtajana.\n\nTerveisin\nNiina", [], 'Valitsemallamme henkilöllä on …; sinä …'),
        (S, 'application', "Hei Oskari,\n\nkiitos hakemuksestasi. Tarjosimme paikkaa hakijalle, jolla on enemmän palkanlaskentakokemusta – hän on tehnyt sitä seitsemän vuotta.\n\nYstävällisin terveisin\nHR", [], 'X-kokemusta yhdyssanana + vuodet.'),
        (S, 'interview', "Hei Jessica,\n\nemme valitettavasti jatka hakemuksesi kanssa. Valitsimme henkilön, jolla on enemmän kokemusta vesipelastuksesta ja ensiavusta.\n\nKaikkea hyvää\nMarkus", [], 'Henkilö, jolla on enemmän kokemusta X:stä.'),
        (S, 'interview', "Hei Daniel,\n\nkiitos, että kävit maanantaina. Valitsimme toisen hakijan, jolla on enemmän Revit-kokemusta kuin sinulla.\n\nTerveisin\nKlara", [], 'X-kokemusta yhdysmerkillä.'),
        (G, 'interview', "Hei Olli,\n\nkiitos käynnistä. Valitsimme valitettavasti hakijan, jolla on enemmän kokemusta kuin sinulla.\n\nTerveisin\nKatariina", ['Valitsimme valitettavasti hakijan, jolla on enemmän kokemusta kuin sinulla'], 'Nimeämätön: enemmän kokemusta kuin sinulla.'),
        (G, 'application', "Hei Liisa,\n\nkiitos hakemuksestasi vastaanottoon. Päädyimme henkilöön, jolla oli vähän enemmän kokemusta.\n\nTerveisin\nTimo", ['Päädyimme henkilöön, jolla oli vähän enemmän kokemusta'], 'Nimeämätön: vähän enemmän kokemusta.'),
        (G, 'final', "Hei Samir,\n\nkiitos, että olit mukana viimeisellä kierroksella. Valitsimme hakijan, jolla on enemmän työkokemusta.\n\nYstävällisin terveisin\nEmma", ['Valitsimme hakijan, jolla on enemmän työkokemusta'], 'Nimeämätön: enemmän työkokemusta.'),
        (G, 'interview', "Hei Rasmus,\n\nkiitos perjantain puhelusta. Valitsimme henkilön, jolla on enemmän kokemusta vastaavista tehtävistä.\n\nTerveisin\nHelena", ['Valitsimme henkilön, jolla on enemmän kokemusta vastaavista tehtävistä'], 'Nimeämätön: vastaavista tehtävistä.'),
        (N, None, "Vuoroesihenkilö yövuoroon\n\nTiimiimme tarvitaan henkilö, jolla on enemmän kokemusta kylmäketjulogistiikasta kuin nykyisellä tiimillämme. Kokoaikainen työ, neljä yötä töissä ja neljä vapaalla.\n\nHae 30.6. mennessä verkkosivujemme kautta.", [], 'Ilmoitus: enemmän kokemusta X:stä.'),
        (N, None, "Hei Pia,\n\nhuomisen paneelia varten: Markolla on enemmän kokemusta Salesforcesta kuin Jennillä, mutta Jenni onnistui haastattelussa paremmin. Laittaisin Markon ykköseksi. Voitko varata suosittelijapuhelut?\n\nKiitos\nOlli", [], 'Sisäinen järjestys.'),
    ],
}


def main() -> None:
    out = []
    for lang in ('sv', 'da', 'nb', 'en', 'de', 'fi'):
        for i, (label, stage, text, spans, note) in enumerate(ROWS[lang], 1):
            for s in spans:
                assert s in text, (lang, i, s)
            out.append({'id': f'cp2-{lang}-{i:03d}', 'lang': lang, 'label': label, 'stage': stage, 'text': text,
                        'generic_spans': spans, 'risky_spans': [], 'note': note})
    p = pathlib.Path(__file__).resolve().parents[2] / 'tests/corpus/compare2.jsonl'
    p.write_text(''.join(json.dumps(r, ensure_ascii=False) + '\n' for r in out), encoding='utf-8')
    print(len(out), 'rows ->', p)


if __name__ == '__main__':
    main()

"""Builds tests/corpus/concepts.jsonl: own-wording drafts for the concept stage (issue 11, round 2).

Each language has rejections worded so that no exact pattern was written for them (free word
order, passives, nouns instead of verbs, colloquial forms) and non-rejection twins that share
their words: an invitation that says "unfortunately", a moved interview, "no decision yet", a
vacancy cancelled for everyone, a withdrawal, a receipt with a timeline, an offer, a reminder
("we cannot continue until you upload …"), a data-retention note, a reference request.
Written for this file; no sentence is taken from any corpus or published mail.

    python3 scripts/corpus/make_concepts.py
"""
import json
from pathlib import Path

G, S, N = 'generic-rejection', 'specific-rejection', 'not-rejection'

# (label, stage, greeting, body sentences, generic spans (exact substrings of the body), note)
DATA = {
 'sv': [
  (G, 'application', 'Hej Maja,', 'Tack för att du sökte tjänsten som lagerplanerare. Någon fortsättning i rekryteringen blir det tyvärr inte för din del.', ['Någon fortsättning i rekryteringen blir det tyvärr inte för din del'], 'Decision as a noun phrase with negation.'),
  (G, 'interview', 'Hej Erik,', 'Tack för samtalet i fredags. Efter överläggningar i ledningsgruppen föll valet till slut på en av de andra finalisterna.', ['Efter överläggningar i ledningsgruppen föll valet till slut på en av de andra finalisterna'], 'The choice fell on another finalist, with a gap.'),
  (G, 'application', 'Hej,', 'Vi har nu hittat rätt person till rollen som kundtjänstmedarbetare, så vi avslutar rekryteringen. Din ansökan kommer därför inte att gå vidare.', ['Vi har nu hittat rätt person till rollen som kundtjänstmedarbetare, så vi avslutar rekryteringen', 'Din ansökan kommer därför inte att gå vidare'], 'Found the right person; the application will not go further.'),
  (G, 'final', 'Hej Sara,', 'Tyvärr räckte det inte hela vägen den här gången, trots en riktigt bra slutintervju.', ['Tyvärr räckte det inte hela vägen den här gången'], 'It was not enough this time.'),
  (G, 'application', 'Hej Omar,', 'Vi har läst din ansökan noggrant men din profil motsvarar tyvärr inte det vi söker i den här rekryteringen.', ['din profil motsvarar tyvärr inte det vi söker i den här rekryteringen'], 'Profile does not match what we look for.'),
  (G, 'interview', 'Hej Lina,', 'Vi har valt att anställa en annan sökande till tjänsten som undersköterska.', ['Vi har valt att anställa en annan sökande till tjänsten som undersköterska'], 'Hired another applicant.'),
  (N, None, 'Hej Ali,', 'Vi fick in över 300 ansökningar och är glada att kunna bjuda in dig till en första intervju. Tyvärr kan vi inte erbjuda tider på måndag, så välj gärna en tid senare i veckan.', [], 'Invitation with an unfortunately about times.'),
  (N, None, 'Hej Karin,', 'Tyvärr måste vi flytta din intervju på torsdag eftersom rekryterande chef är sjuk. Vi återkommer med en ny tid.', [], 'Interview moved.'),
  (N, None, 'Hej Jonas,', 'Vi har ännu inte fattat något beslut om vem vi går vidare med, men räknar med att höra av oss inom två veckor.', [], 'No decision yet.'),
  (N, None, 'Hej alla sökande,', 'Tjänsten som controller kommer inte att tillsättas eftersom budgeten har dragits in. Rekryteringen avslutas därför för alla sökande.', [], 'Vacancy cancelled for everyone.'),
  (N, None, 'Hej Nora,', 'Tack för beskedet att du drar tillbaka din ansökan. Vi avslutar därmed processen för din del och önskar dig lycka till i det nya jobbet.', [], 'Withdrawal confirmed.'),
  (N, None, 'Hej Per,', 'Tack för din ansökan. Vi kan inte gå vidare med din ansökan förrän du har laddat upp ditt examensbevis.', [], 'Reminder: cannot continue until a document is uploaded.'),
  (N, None, 'Hej Ida,', 'Vi är glada att kunna erbjuda dig tjänsten som projektledare. Avtalet skickas separat.', [], 'Offer.'),
  (N, None, 'Hej Moa,', 'Din ansökan sparas i två år och raderas därefter, om du inte ger ditt samtycke till att vi sparar den längre.', [], 'Data retention note.'),
 ],
 'da': [
  (G, 'application', 'Kære Jonas', 'Tak for din ansøgning. Vi er desværre nødt til at meddele dig, at din ansøgning ikke er gået videre til samtalerunden.', ['Vi er desværre nødt til at meddele dig, at din ansøgning ikke er gået videre til samtalerunden'], 'Application did not go on.'),
  (G, 'interview', 'Hej Mette', 'Vi har nu truffet vores valg, og stillingen som bogholder er gået til en af de andre kandidater.', ['Vi har nu truffet vores valg, og stillingen som bogholder er gået til en af de andre kandidater'], 'Position went to another candidate.'),
  (G, 'application', 'Hej Ahmed', 'Stillingen som lagerarbejder er nu besat, og vi afslutter hermed rekrutteringen.', ['Stillingen som lagerarbejder er nu besat'], 'Position filled.'),
  (G, 'final', 'Kære Sofie', 'Det lykkedes desværre ikke helt denne gang, selvom vi var glade for at møde dig.', ['Det lykkedes desværre ikke helt denne gang'], 'Did not succeed this time.'),
  (G, 'application', 'Hej Lars', 'Din profil lever desværre ikke op til de krav, vi har til stillingen.', ['Din profil lever desværre ikke op til de krav, vi har til stillingen'], 'Profile does not meet requirements.'),
  (G, 'interview', 'Hej Emma', 'Efter en samlet vurdering har vi valgt at ansætte en anden til jobbet.', ['Efter en samlet vurdering har vi valgt at ansætte en anden til jobbet'], 'Hired someone else.'),
  (N, None, 'Hej Noah', 'Vi har modtaget over 200 ansøgninger, og vi vil gerne invitere dig til samtale. Desværre kan vi ikke tilbyde tider om mandagen.', [], 'Invitation with desværre about times.'),
  (N, None, 'Hej Freja', 'Desværre må vi flytte din samtale på onsdag. Vi sender dig et nyt tidspunkt i morgen.', [], 'Interview moved.'),
  (N, None, 'Hej Oliver', 'Vi har endnu ikke besluttet, hvem vi går videre med, men du hører fra os inden for to uger.', [], 'No decision yet.'),
  (N, None, 'Kære ansøgere', 'Stillingen som projektleder bliver ikke besat alligevel på grund af en omstrukturering. Rekrutteringen er derfor afsluttet for alle ansøgere.', [], 'Vacancy cancelled for everyone.'),
  (N, None, 'Hej Ida', 'Tak fordi du gav besked om, at du trækker din ansøgning tilbage. Vi afslutter forløbet og ønsker dig held og lykke.', [], 'Withdrawal confirmed.'),
  (N, None, 'Hej Kasper', 'Vi kan ikke gå videre med din ansøgning, før du har uploadet dit eksamensbevis.', [], 'Reminder: cannot continue until a document is uploaded.'),
  (N, None, 'Hej Laura', 'Vi er glade for at kunne tilbyde dig stillingen som konsulent. Kontrakten følger i en separat mail.', [], 'Offer.'),
  (N, None, 'Hej Sara', 'Din ansøgning gemmes i seks måneder og slettes derefter, medmindre du giver samtykke til, at vi gemmer den længere.', [], 'Data retention note.'),
 ],
 'nb': [
  (G, 'application', 'Hei Ola,', 'Takk for søknaden. Vi må dessverre meddele at søknaden din ikke blir tatt med videre i prosessen.', ['Vi må dessverre meddele at søknaden din ikke blir tatt med videre i prosessen'], 'Application not taken further.'),
  (G, 'interview', 'Hei Kari,', 'Etter en helhetsvurdering falt valget på en av de andre kandidatene i siste runde.', ['Etter en helhetsvurdering falt valget på en av de andre kandidatene i siste runde'], 'The choice fell on another candidate.'),
  (G, 'application', 'Hei,', 'Stillingen som butikkmedarbeider er nå besatt, og vi har avsluttet rekrutteringen.', ['Stillingen som butikkmedarbeider er nå besatt'], 'Position filled.'),
  (G, 'final', 'Hei Ingrid,', 'Det holdt dessverre ikke helt hele veien denne gangen, selv om vi likte samtalen godt.', ['Det holdt dessverre ikke helt hele veien denne gangen'], 'It was not enough this time.'),
  (G, 'application', 'Hei Per,', 'Profilen din samsvarer dessverre ikke med kravene vi har satt til stillingen.', ['Profilen din samsvarer dessverre ikke med kravene vi har satt til stillingen'], 'Profile does not match requirements.'),
  (G, 'interview', 'Hei Sigrid,', 'Vi har bestemt oss for å ansette en annen søker til jobben som sykepleier.', ['Vi har bestemt oss for å ansette en annen søker til jobben som sykepleier'], 'Hired another applicant.'),
  (N, None, 'Hei Jonas,', 'Vi har fått over 150 søknader, og vi vil gjerne invitere deg til intervju. Dessverre har vi ikke ledige tider på fredag, så velg gjerne en annen dag.', [], 'Invitation with dessverre about times.'),
  (N, None, 'Hei Emma,', 'Dessverre må vi flytte intervjuet ditt på tirsdag. Vi kommer tilbake med et nytt tidspunkt.', [], 'Interview moved.'),
  (N, None, 'Hei Magnus,', 'Vi har ennå ikke bestemt hvem vi går videre med, men du hører fra oss innen to uker.', [], 'No decision yet.'),
  (N, None, 'Til alle søkere,', 'Stillingen som rådgiver blir likevel ikke besatt på grunn av budsjettkutt. Rekrutteringsprosessen er derfor avsluttet for alle søkere, og vi takker deg for interessen.', [], 'Vacancy cancelled for everyone.'),
  (N, None, 'Hei Nora,', 'Takk for at du ga beskjed om at du trekker søknaden din. Vi avslutter prosessen for din del og ønsker deg lykke til.', [], 'Withdrawal confirmed.'),
  (N, None, 'Hei Lars,', 'Vi kan ikke gå videre med søknaden din før du har lastet opp vitnemålet ditt.', [], 'Reminder: cannot continue until a document is uploaded.'),
  (N, None, 'Hei Mari,', 'Vi har gleden av å tilby deg stillingen som regnskapsfører. Kontrakten kommer i egen e-post.', [], 'Offer.'),
  (N, None, 'Hei Eirik,', 'Søknaden din lagres i seks måneder og slettes deretter, med mindre du samtykker til at vi lagrer den lenger.', [], 'Data retention note.'),
 ],
 'en': [
  (G, 'application', 'Hi Tom,', 'Thanks for your application for the analyst role. Regrettably, we will not be taking your candidacy any further.', ['Regrettably, we will not be taking your candidacy any further'], 'Candidacy not taken further.'),
  (G, 'interview', 'Hi Priya,', 'After a lot of back and forth, the panel settled on one of the other finalists.', ['After a lot of back and forth, the panel settled on one of the other finalists'], 'Settled on another finalist.'),
  (G, 'application', 'Dear applicant,', 'The vacancy for a warehouse operative has now been filled, and the advert has been taken down.', ['The vacancy for a warehouse operative has now been filled'], 'Vacancy filled.'),
  (G, 'final', 'Hi Sam,', "Sadly it didn't work out for you this time, although the team really enjoyed meeting you.", ["Sadly it didn't work out for you this time"], 'Did not work out this time.'),
  (G, 'application', 'Hello Ana,', 'Your background does not quite line up with the requirements of this particular post.', ['Your background does not quite line up with the requirements of this particular post'], 'Background does not meet requirements (unnamed).'),
  (G, 'interview', 'Hi Ben,', 'We have appointed somebody else to the team leader post.', ['We have appointed somebody else to the team leader post'], 'Appointed somebody else.'),
  (N, None, 'Hi Zoe,', 'We had over 400 applicants and would love to invite you to an interview. Unfortunately we cannot offer slots on Monday, so please pick a time later in the week.', [], 'Invitation with unfortunately about times.'),
  (N, None, 'Hi Dan,', 'Unfortunately we need to postpone your interview on Thursday, as the hiring manager is unwell. We will send a new time shortly.', [], 'Interview postponed.'),
  (N, None, 'Hi Leah,', 'We have not yet decided who to move forward with, but we expect to be in touch within two weeks.', [], 'No decision yet.'),
  (N, None, 'Dear applicants,', 'The project manager position will no longer be filled because the funding has been withdrawn. The recruitment has therefore closed for all applicants.', [], 'Vacancy cancelled for everyone.'),
  (N, None, 'Hi Joe,', 'Thank you for letting us know that you are withdrawing your application. We have closed the process for your part and wish you well in the new job.', [], 'Withdrawal confirmed.'),
  (N, None, 'Hi Mia,', 'We cannot progress your application until you have uploaded a copy of your degree certificate.', [], 'Reminder: cannot continue until a document is uploaded.'),
  (N, None, 'Hi Raj,', 'We are delighted to offer you the position of data engineer. Your contract will follow separately.', [], 'Offer.'),
  (N, None, 'Hi Kim,', 'Your application will be kept for six months and then deleted, unless you consent to us keeping it for longer.', [], 'Data retention note.'),
 ],
 'de': [
  (G, 'application', 'Sehr geehrte Frau Braun,', 'vielen Dank für Ihre Bewerbung. Ihre Unterlagen können wir im weiteren Verlauf leider nicht mehr berücksichtigen.', ['Ihre Unterlagen können wir im weiteren Verlauf leider nicht mehr berücksichtigen'], 'Documents not considered further (verb last).'),
  (G, 'interview', 'Hallo Jan,', 'nach langer Diskussion im Team ist unsere Wahl auf eine andere Bewerberin gefallen.', ['nach langer Diskussion im Team ist unsere Wahl auf eine andere Bewerberin gefallen'], 'Our choice fell on another applicant.'),
  (G, 'application', 'Sehr geehrter Herr Yilmaz,', 'die ausgeschriebene Stelle als Lagerist konnten wir inzwischen besetzen.', ['die ausgeschriebene Stelle als Lagerist konnten wir inzwischen besetzen'], 'Position filled (modal + infinitive).'),
  (G, 'final', 'Liebe Anna,', 'leider hat es für dich diesmal nicht ganz gereicht, obwohl uns das Gespräch sehr gefallen hat.', ['leider hat es für dich diesmal nicht ganz gereicht'], 'It was not enough this time.'),
  (G, 'application', 'Sehr geehrter Herr Klein,', 'Ihr Profil entspricht leider nicht ganz den Anforderungen, die wir an diese Position stellen.', ['Ihr Profil entspricht leider nicht ganz den Anforderungen, die wir an diese Position stellen'], 'Profile does not meet requirements.'),
  (G, 'interview', 'Hallo Lea,', 'wir setzen das Auswahlverfahren mit zwei anderen Kandidatinnen fort.', ['wir setzen das Auswahlverfahren mit zwei anderen Kandidatinnen fort'], 'Separable verb: continue with others.'),
  (N, None, 'Hallo Tim,', 'wir haben über 250 Bewerbungen erhalten und laden Sie gern zu einem Gespräch ein. Leider können wir keine Termine am Montag anbieten, bitte wählen Sie einen anderen Tag.', [], 'Invitation with leider about times.'),
  (N, None, 'Hallo Mia,', 'leider müssen wir Ihr Vorstellungsgespräch am Donnerstag verschieben. Wir melden uns mit einem neuen Termin.', [], 'Interview moved.'),
  (N, None, 'Hallo Paul,', 'wir haben noch nicht entschieden, mit wem wir weitermachen, melden uns aber innerhalb von zwei Wochen.', [], 'No decision yet.'),
  (N, None, 'Sehr geehrte Bewerberinnen und Bewerber,', 'die Stelle als Projektleitung wird wegen eines Einstellungsstopps nicht besetzt. Das Auswahlverfahren ist damit für alle Bewerbenden beendet.', [], 'Vacancy cancelled for everyone.'),
  (N, None, 'Hallo Lukas,', 'danke für Ihre Nachricht, dass Sie Ihre Bewerbung zurückziehen. Wir schließen das Verfahren für Sie ab und wünschen Ihnen alles Gute.', [], 'Withdrawal confirmed.'),
  (N, None, 'Hallo Eva,', 'wir können Ihre Bewerbung erst weiter bearbeiten, wenn Sie Ihr Abschlusszeugnis hochgeladen haben.', [], 'Reminder: cannot continue until a document is uploaded.'),
  (N, None, 'Hallo Max,', 'wir freuen uns, Ihnen die Stelle als Entwickler anbieten zu können. Den Vertrag senden wir separat.', [], 'Offer.'),
  (N, None, 'Hallo Nina,', 'Ihre Unterlagen werden sechs Monate gespeichert und danach gelöscht, sofern Sie keiner längeren Speicherung zustimmen.', [], 'Data retention note.'),
 ],
 'fi': [
  (G, 'application', 'Hei Matti,', 'Kiitos hakemuksestasi. Hakemuksesi ei valitettavasti etene rekrytoinnin seuraavaan vaiheeseen.', ['Hakemuksesi ei valitettavasti etene rekrytoinnin seuraavaan vaiheeseen'], 'Application does not proceed.'),
  (G, 'interview', 'Hei Liisa,', 'Pitkän harkinnan jälkeen valintamme kohdistui toiseen loppuvaiheen hakijaan.', ['Pitkän harkinnan jälkeen valintamme kohdistui toiseen loppuvaiheen hakijaan'], 'Our choice fell on another finalist.'),
  (G, 'application', 'Hei,', 'Varastotyöntekijän paikka on nyt täytetty, ja rekrytointi on päättynyt.', ['Varastotyöntekijän paikka on nyt täytetty'], 'Position filled.'),
  (G, 'final', 'Hei Aino,', 'Tällä kertaa et valitettavasti tullut valituksi, vaikka haastattelu meni hyvin.', ['Tällä kertaa et valitettavasti tullut valituksi'], 'You were not selected this time.'),
  (G, 'application', 'Hei Juha,', 'Profiilisi ei valitettavasti vastaa tehtävän vaatimuksia riittävästi.', ['Profiilisi ei valitettavasti vastaa tehtävän vaatimuksia riittävästi'], 'Profile does not meet requirements.'),
  (G, 'interview', 'Hei Sanna,', 'Päädyimme palkkaamaan tehtävään jonkun toisen.', ['Päädyimme palkkaamaan tehtävään jonkun toisen'], 'Hired someone else.'),
  (N, None, 'Hei Ville,', 'Saimme yli 300 hakemusta, ja haluamme kutsua sinut haastatteluun. Valitettavasti maanantaina ei ole vapaita aikoja, joten valitse aika myöhemmin viikolla.', [], 'Invitation with valitettavasti about times.'),
  (N, None, 'Hei Emmi,', 'Valitettavasti joudumme siirtämään torstain haastatteluasi. Ilmoitamme uuden ajan pian.', [], 'Interview moved.'),
  (N, None, 'Hei Antti,', 'Emme ole vielä päättäneet, kenen kanssa jatkamme, mutta olemme yhteydessä kahden viikon sisällä.', [], 'No decision yet.'),
  (N, None, 'Hyvät hakijat,', 'Projektipäällikön tehtävää ei täytetä rahoituksen päättymisen vuoksi. Rekrytointi on siksi päättynyt kaikkien hakijoiden osalta.', [], 'Vacancy cancelled for everyone.'),
  (N, None, 'Hei Outi,', 'Kiitos, että ilmoitit vetäväsi hakemuksesi pois. Päätämme prosessin osaltasi ja toivotamme onnea uuteen työhön.', [], 'Withdrawal confirmed.'),
  (N, None, 'Hei Mikko,', 'Emme voi jatkaa hakemuksesi käsittelyä ennen kuin olet ladannut tutkintotodistuksesi.', [], 'Reminder: cannot continue until a document is uploaded.'),
  (N, None, 'Hei Riikka,', 'Meillä on ilo tarjota sinulle kehittäjän tehtävää. Sopimus tulee erillisenä viestinä.', [], 'Offer.'),
  (N, None, 'Hei Jari,', 'Hakemuksesi säilytetään kuusi kuukautta ja poistetaan sen jälkeen, ellet anna suostumusta pidempään säilytykseen.', [], 'Data retention note.'),
 ],
}

SIGN = {'sv': 'Vänliga hälsningar\nLisa', 'da': 'Venlig hilsen\nLisa', 'nb': 'Vennlig hilsen\nLisa',
        'en': 'Best regards,\nLisa', 'de': 'Viele Grüße\nLisa', 'fi': 'Ystävällisin terveisin\nLisa'}

out = []
for lang, rows in DATA.items():
    for i, (label, stage, greet, body, spans, note) in enumerate(rows, 1):
        text = f'{greet}\n\n{body}\n\n{SIGN[lang]}'
        for sp in spans:
            assert text.count(sp) == 1, (lang, i, sp)
        out.append({'id': f'con-{lang}-{i:03d}', 'lang': lang, 'label': label, 'stage': stage, 'text': text,
                    'generic_spans': spans, 'risky_spans': [], 'note': note})
path = Path(__file__).resolve().parents[2] / 'tests' / 'corpus' / 'concepts.jsonl'
path.write_text(''.join(json.dumps(r, ensure_ascii=False) + '\n' for r in out), encoding='utf-8')
print(f'{len(out)} rows -> {path}')

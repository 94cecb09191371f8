"""Builds tests/corpus/generalise.jsonl: own-wording drafts for generalisation (issue 11, round 3).

Swedish and German generic rejections worded with the verbs, word orders, passives and compounds
real recruiters vary between, their non-rejection twins (invitations, offers, status updates, mail
to friends), and gut-feeling / protected-ground remarks in sv, fi and en. Written for this file; no
sentence is taken from any corpus or published mail.

    python3 scripts/corpus/make_generalise.py
"""
import json
from pathlib import Path

G, S, N = 'generic-rejection', 'specific-rejection', 'not-rejection'

# (label, stage, greeting, body, sign-off, generic spans, risky spans, note)
DATA = {
 'sv': [
  (G, 'application', 'Hej Johanna,', 'Tack för din ansökan till tjänsten som ekonomiassistent. Vi har nu gått igenom samtliga ansökningar och tyvärr har vi valt att gå vidare med kandidater vars erfarenhet bättre motsvarar våra behov.', 'Vänliga hälsningar\nAnna', ['tyvärr har vi valt att gå vidare med kandidater vars erfarenhet bättre motsvarar våra behov'], [], 'Chose candidates whose experience matches better.'),
  (G, 'application', 'Hej Peter,', 'Tack för visat intresse för rollen som projektledare. Tjänsten har nu tillsatts och vi vill därför tacka dig för din ansökan.', 'Med vänlig hälsning\nKarin', ['Tjänsten har nu tillsatts'], [], 'Position filled, passive.'),
  (G, 'interview', 'Hej Amir,', 'Tack för att du tog dig tid att träffa oss förra veckan. Efter noggrant övervägande har vi beslutat att inte gå vidare med din kandidatur.', 'Hälsningar\nMikael', ['Efter noggrant övervägande har vi beslutat att inte gå vidare med din kandidatur'], [], 'Decided not to proceed.'),
  (G, 'application', 'Hej Sofia,', 'Du gick tyvärr inte vidare till nästa steg i rekryteringen av lagerarbetare. Vi önskar dig lycka till i ditt fortsatta jobbsökande.', 'Hälsningar\nRekryteringsteamet', ['Du gick tyvärr inte vidare till nästa steg i rekryteringen av lagerarbetare'], [], 'You did not proceed.'),
  (G, 'final', 'Hej Henrik,', 'Det var ett jämnt race in i det sista, men den här gången föll valet på en annan kandidat.', 'Bästa hälsningar\nEmma', ['den här gången föll valet på en annan kandidat'], [], 'The choice fell on another candidate.'),
  (G, 'application', 'Hej,', 'Vi har tagit emot din ansökan till tjänsten som säljare. Vi har tyvärr inte möjlighet att ta din ansökan vidare i processen.', 'Vänliga hälsningar\nHR', ['Vi har tyvärr inte möjlighet att ta din ansökan vidare i processen'], [], 'No possibility to take the application further.'),
  (G, 'interview', 'Hej Linnea,', 'Stort tack för intervjun. Vi har nu bestämt oss för en annan sökande, vars profil låg närmare det vi letar efter.', 'Hälsningar\nJonas', ['Vi har nu bestämt oss för en annan sökande, vars profil låg närmare det vi letar efter'], [], 'Decided for another applicant.'),
  (G, 'application', 'Hej Oskar,', 'Tack för din ansökan. Rekryteringen är nu avslutad och du har tyvärr inte blivit utvald till intervju.', 'Mvh\nPernilla', ['Rekryteringen är nu avslutad och du har tyvärr inte blivit utvald till intervju'], [], 'Not selected for interview.'),
  (G, 'final', 'Hej Maria,', 'Vi uppskattar verkligen tiden du lagt ner. Vi har dock landat i att erbjuda tjänsten till en annan person.', 'Hälsningar\nKristina', ['Vi har dock landat i att erbjuda tjänsten till en annan person'], [], 'Offered the job to another person.'),
  (G, 'application', 'Hej David,', 'Tyvärr kommer vi inte att kunna erbjuda dig en intervju den här gången. Vi fick in väldigt många kvalificerade ansökningar.', 'Vänligen\nSara', ['Tyvärr kommer vi inte att kunna erbjuda dig en intervju den här gången', 'Vi fick in väldigt många kvalificerade ansökningar'], [], 'Cannot offer an interview.'),
  (G, 'application', 'Hej Elin,', 'Tack för ditt intresse. Vi har beslutat att prioritera andra sökande i det här skedet och kommer därför inte att gå vidare med din ansökan.', 'Hälsningar\nTalent Acquisition', ['Vi har beslutat att prioritera andra sökande i det här skedet och kommer därför inte att gå vidare med din ansökan'], [], 'Prioritised other applicants.'),
  (G, 'interview', 'Hej Fredrik,', 'Det blev tyvärr inte du den här gången. Vi önskar dig lycka till framöver.', 'Hälsningar\nAnders', ['Det blev tyvärr inte du den här gången'], [], 'It was not you this time, vague reason.'),
  (N, None, 'Hej Johanna,', 'Tack för din ansökan till tjänsten som ekonomiassistent. Vi har valt att gå vidare med dig till en intervju och undrar om tisdag kl. 10 passar.', 'Vänliga hälsningar\nAnna', [], 'Invitation that shares the rejection verbs.'),
  (N, None, 'Hej Peter,', 'Roligt besked: vi vill erbjuda dig tjänsten som projektledare. Avtalet skickas i morgon.', 'Med vänlig hälsning\nKarin', [], 'Offer.'),
  (N, None, 'Hej Sofia,', 'Du har gått vidare till nästa steg i rekryteringen! Nästa steg är ett arbetspsykologiskt test som du får via mejl.', 'Hälsningar\nRekryteringsteamet', [], 'Progressed.'),
  (N, None, 'Hej alla,', 'Rekryteringen av säljare pågår fortfarande. Vi har inte fattat något beslut ännu men räknar med att återkomma före midsommar.', 'Hälsningar\nHR', [], 'Status update, no decision yet.'),
  (N, None, 'Tjena Kalle,', 'Tyvärr blev det inget fiske i helgen, båten gick inte att starta. Vi får välja en annan helg.', 'Kram\nMicke', [], 'Mail to a friend.'),
  (G, 'interview', 'Hej Lars,', 'Tack för intervjun. Vi har valt en annan kandidat. Ärligt talat kändes det inte som att kemin fanns där, och vi söker någon som orkar många år framåt i rollen.', 'Hälsningar\nPia', ['Vi har valt en annan kandidat'], ['kändes det inte som att kemin fanns där', 'vi söker någon som orkar många år framåt'], 'Gut feeling and an age hint: no job-related reason.'),
  (G, 'interview', 'Hej Nadia,', 'Tack för samtalet. Vi har gått vidare med en annan kandidat; magkänslan sa oss att du inte riktigt skulle trivas i gruppen. Med tanke på att du nyligen varit föräldraledig kändes det också osäkert.', 'Hälsningar\nOla', ['Vi har gått vidare med en annan kandidat'], ['magkänslan sa oss att du inte riktigt skulle trivas i gruppen', 'du nyligen varit föräldraledig'], 'Gut feeling and parental leave.'),
  (G, 'final', 'Hej Tomas,', 'Vi valde en annan kandidat. Vi upplevde helt enkelt inte att det klickade mellan dig och teamet, och teamet är ganska ungt.', 'Hälsningar\nEva', ['Vi valde en annan kandidat'], ['inte att det klickade mellan dig och teamet', 'teamet är ganska ungt'], 'Chemistry and age.'),
 ],
 'de': [
  (G, 'application', 'Sehr geehrte Frau Becker,', 'vielen Dank für Ihre Bewerbung als Sachbearbeiterin. Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung nicht berücksichtigen konnten.', 'Mit freundlichen Grüßen\nPersonalabteilung', ['Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung nicht berücksichtigen konnten'], [], 'Could not consider the application.'),
  (G, 'application', 'Sehr geehrter Herr Wagner,', 'wir bedanken uns für Ihr Interesse. Die ausgeschriebene Stelle wurde inzwischen anderweitig besetzt.', 'Mit freundlichen Grüßen\nSabine Klein', ['Die ausgeschriebene Stelle wurde inzwischen anderweitig besetzt'], [], 'Filled otherwise.'),
  (G, 'interview', 'Liebe Frau Schmitt,', 'herzlichen Dank für das angenehme Gespräch. Nach reiflicher Überlegung haben wir uns für einen anderen Kandidaten entschieden.', 'Viele Grüße\nThomas Braun', ['Nach reiflicher Überlegung haben wir uns für einen anderen Kandidaten entschieden'], [], 'Decided for another candidate.'),
  (G, 'application', 'Hallo Herr Yilmaz,', 'danke für Ihre Unterlagen. Wir haben uns entschlossen, mit Bewerberinnen und Bewerbern weiterzumachen, deren Profil besser zu unseren Anforderungen passt.', 'Beste Grüße\nJulia', ['Wir haben uns entschlossen, mit Bewerberinnen und Bewerbern weiterzumachen, deren Profil besser zu unseren Anforderungen passt'], [], 'Continue with others whose profile fits better.'),
  (G, 'application', 'Sehr geehrte Frau Lange,', 'leider können wir Ihnen keine positive Rückmeldung geben. Wir haben uns gegen eine Einladung zum Vorstellungsgespräch entschieden.', 'Freundliche Grüße\nHR-Team', ['leider können wir Ihnen keine positive Rückmeldung geben', 'Wir haben uns gegen eine Einladung zum Vorstellungsgespräch entschieden'], [], 'No positive answer; decided against an invitation.'),
  (G, 'final', 'Lieber Herr Neumann,', 'es war eine knappe Entscheidung, aber die Wahl ist am Ende auf eine andere Person gefallen.', 'Herzliche Grüße\nAnja', ['die Wahl ist am Ende auf eine andere Person gefallen'], [], 'The choice fell on someone else.'),
  (G, 'application', 'Sehr geehrter Herr Hoffmann,', 'Ihre Bewerbung konnte in diesem Auswahlverfahren leider nicht weiter berücksichtigt werden.', 'Mit freundlichen Grüßen\nRecruiting', ['Ihre Bewerbung konnte in diesem Auswahlverfahren leider nicht weiter berücksichtigt werden'], [], 'Passive, not considered further.'),
  (G, 'interview', 'Sehr geehrte Frau Koch,', 'wir bedauern, Ihnen mitteilen zu müssen, dass wir die Position mit einer anderen Bewerberin besetzt haben.', 'Mit freundlichen Grüßen\nMarkus Weber', ['wir die Position mit einer anderen Bewerberin besetzt haben'], [], 'Filled with another applicant.'),
  (G, 'application', 'Hallo Lukas,', 'danke dir für deine Bewerbung! Leider hat es diesmal nicht gepasst und wir gehen mit anderen Kandidat:innen weiter.', 'Viele Grüße\nDas Team von Flink', ['Leider hat es diesmal nicht gepasst', 'wir gehen mit anderen Kandidat:innen weiter'], [], 'Informal du, it did not fit this time.'),
  (G, 'application', 'Sehr geehrter Herr Krüger,', 'nach eingehender Prüfung Ihrer Unterlagen müssen wir Ihnen leider eine Absage erteilen.', 'Mit freundlichen Grüßen\nPersonalwesen', ['nach eingehender Prüfung Ihrer Unterlagen müssen wir Ihnen leider eine Absage erteilen'], [], 'Refusal noun.'),
  (G, 'interview', 'Sehr geehrte Frau Richter,', 'wir haben uns entschieden, den Prozess mit anderen Kandidatinnen und Kandidaten fortzuführen. Die Entscheidung ist uns bei der Vielzahl an Bewerbungen nicht leichtgefallen.', 'Mit freundlichen Grüßen\nStefan Wolf', ['wir haben uns entschieden, den Prozess mit anderen Kandidatinnen und Kandidaten fortzuführen', 'Die Entscheidung ist uns bei der Vielzahl an Bewerbungen nicht leichtgefallen'], [], 'Continue the process with others; stock tough decision.'),
  (G, 'application', 'Sehr geehrte Frau Demir,', 'wir freuen uns über Ihr Interesse, können Ihre Bewerbung jedoch leider nicht in die engere Auswahl nehmen.', 'Mit freundlichen Grüßen\nPersonal', ['können Ihre Bewerbung jedoch leider nicht in die engere Auswahl nehmen'], [], 'Not shortlisted, with a positive opener.'),
  (N, None, 'Sehr geehrte Frau Becker,', 'vielen Dank für Ihre Bewerbung. Wir möchten Sie gerne zu einem Vorstellungsgespräch am Dienstag einladen.', 'Mit freundlichen Grüßen\nPersonalabteilung', [], 'Invitation.'),
  (N, None, 'Liebe Frau Schmitt,', 'wir haben uns für Sie entschieden und freuen uns, Ihnen die Stelle anbieten zu können.', 'Viele Grüße\nThomas Braun', [], 'Offer that shares "haben uns entschieden".'),
  (N, None, 'Sehr geehrter Herr Hoffmann,', 'Ihre Bewerbung ist bei uns eingegangen. Wir werden sie sorgfältig prüfen und uns in etwa zwei Wochen bei Ihnen melden.', 'Mit freundlichen Grüßen\nRecruiting', [], 'Receipt.'),
  (N, None, 'Hallo Lukas,', 'leider müssen wir das Gespräch am Freitag verschieben. Passt dir Montag um 14 Uhr?', 'Viele Grüße\nDas Team von Flink', [], 'Rescheduled interview.'),
  (N, None, 'Hallo Jens,', 'leider hat es mit dem Konzert nicht geklappt, die Karten waren ausverkauft. Wir haben uns dann für ein Kino entschieden.', 'Liebe Grüße\nTim', [], 'Mail to a friend.'),
 ],
 'fi': [
  (G, 'interview', 'Hei Mikko,', 'Kiitos haastattelusta. Valitsimme tehtävään toisen hakijan. Meille jäi vähän sellainen tunne, ettei kemiat aivan kohdanneet.', 'Terveisin\nSanna', ['Valitsimme tehtävään toisen hakijan'], ['ettei kemiat aivan kohdanneet'], 'Chemistry did not meet.'),
  (G, 'interview', 'Hei Laura,', 'Valitettavasti emme jatka kanssasi. Tiimimme on melko nuori, ja etsimme henkilöä, joka on vasta uransa alussa.', 'Ystävällisin terveisin\nJari', ['Valitettavasti emme jatka kanssasi'], ['Tiimimme on melko nuori', 'joka on vasta uransa alussa'], 'Age hints.'),
  (G, 'final', 'Hei Anna,', 'Päädyimme toiseen ehdokkaaseen. Mainitsit perhevapaasta, ja pelkäämme, että se vaikuttaisi projektin aikatauluun.', 'Terveisin\nPekka', ['Päädyimme toiseen ehdokkaaseen'], ['Mainitsit perhevapaasta'], 'Family leave.'),
  (G, 'interview', 'Hei Ahmed,', 'Kiitos tapaamisesta. Valitettavasti valinta ei osunut sinuun. Suomen kielesi aksentti olisi voinut olla haaste asiakastyössä.', 'Terveisin\nMinna', ['Valitettavasti valinta ei osunut sinuun'], ['Suomen kielesi aksentti'], 'Accent / origin.'),
  (G, 'interview', 'Hei Ville,', 'Emme valitettavasti voi tarjota sinulle paikkaa. Fiilis haastattelussa ei ollut ihan oikea.', 'Terveisin\nKatja', ['Emme valitettavasti voi tarjota sinulle paikkaa'], ['Fiilis haastattelussa ei ollut ihan oikea'], 'Gut feeling.'),
  (G, 'final', 'Hei Riikka,', 'Valitsimme toisen hakijan. Terveystilanteesi huomioiden arvioimme, että tehtävän kuormitus olisi ollut sinulle liikaa.', 'Terveisin\nTimo', ['Valitsimme toisen hakijan'], ['Terveystilanteesi'], 'Health.'),
  (G, 'interview', 'Hei Sami,', 'Valitettavasti et tullut valituksi. Vaistomme sanoi, että joku toinen sopisi porukkaan paremmin.', 'Terveisin\nElina', ['Valitettavasti et tullut valituksi'], ['Vaistomme sanoi'], 'Instinct.'),
  (N, None, 'Hei Tiina,', 'Kemian koe siirtyy ensi viikon tiistaille. Muista ottaa laskin mukaan!', 'Terveisin\nOpettaja', [], 'School chemistry test.'),
 ],
 'en': [
  (G, 'interview', 'Hi Mark,', 'Thanks for coming in for the interview. We have decided to go another way. Honestly, the chemistry just was not there for us.', 'Best,\nJenna', ['We have decided to go another way'], ['the chemistry just was not there'], 'Chemistry.'),
  (G, 'interview', 'Hi Priya,', 'We will not be moving forward. It did not feel like the right fit for the team at this point.', 'Thanks,\nRob', ['We will not be moving forward'], ['It did not feel like the right fit'], 'Did not feel like the right fit.'),
  (G, 'final', 'Hi Gary,', 'We went with another candidate. We are looking for someone who can grow with us over the next twenty years, and the team skews quite young.', 'Regards,\nAmy', ['We went with another candidate'], ['someone who can grow with us over the next twenty years', 'the team skews quite young'], 'Age hints.'),
  (G, 'interview', 'Hi Sarah,', 'We decided not to proceed. Since you mentioned you are planning to start a family soon, the timing felt wrong for this role.', 'Best,\nTom', ['We decided not to proceed'], ['you are planning to start a family'], 'Family plans.'),
  (G, 'interview', 'Hi Omar,', 'Unfortunately we have chosen another applicant. Some of the panel had concerns about your prayer breaks during the working day.', 'Kind regards,\nLisa', ['Unfortunately we have chosen another applicant'], ['your prayer breaks'], 'Religion.'),
  (G, 'interview', 'Hi Dan,', 'We will not be taking your application further. Our gut told us you would not gel with the rest of the team.', 'Cheers,\nKate', ['We will not be taking your application further'], ['Our gut told us'], 'Gut.'),
  (G, 'final', 'Hi Helen,', 'We have offered the role to someone else. Given your recent medical leave, we felt the workload might be too much.', 'Best wishes,\nPaul', ['We have offered the role to someone else'], ['your recent medical leave'], 'Health.'),
  (N, None, 'Hi Sam,', 'Great chemistry at dinner last night! Let us do it again next week.', 'Cheers,\nJo', [], 'Mail to a friend with chemistry.'),
 ],
}

def rows():
    for lang, items in DATA.items():
        for i, item in enumerate(items, 1):
            # rows without a risky list (the German ones) have none
            label, stage, greet, body, sign, gen, *rest = item
            risky, note = (rest[0], rest[1]) if len(rest) == 2 else ([], rest[0])
            text = f'{greet}\n\n{body}\n\n{sign}'
            for s in gen + risky:
                assert text.count(s) == 1, (lang, i, s)
            yield {'id': f'gen-{lang}-{i:03d}', 'lang': lang, 'label': label, 'stage': stage, 'text': text,
                   'generic_spans': gen, 'risky_spans': risky, 'note': note}

out = Path(__file__).resolve().parents[2] / 'tests' / 'corpus' / 'generalise.jsonl'
out.write_text(''.join(json.dumps(r, ensure_ascii=False) + '\n' for r in rows()), encoding='utf-8')
print(out)

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

# second round, written after the first was fixed and scored before any change for it (ids 101+)
DATA2 = {
 'sv': [
  (G, 'application', 'Hej Ida,', 'Tack för din ansökan till tjänsten som HR-assistent. Efter en första genomgång har vi tyvärr inte kunnat gå vidare med din ansökan.', 'Vänliga hälsningar\nMalin', ['Efter en första genomgång har vi tyvärr inte kunnat gå vidare med din ansökan'], [], 'Could not proceed with the application.'),
  (G, 'interview', 'Hej Johan,', 'Tack för att du ville träffa oss. Vi har nu gjort vårt val och det blev en annan kandidat som får erbjudandet.', 'Hälsningar\nCecilia', ['Vi har nu gjort vårt val och det blev en annan kandidat som får erbjudandet'], [], 'Another candidate gets the offer.'),
  (G, 'application', 'Hej Zeynep,', 'Vi har fått in många ansökningar och har nu valt ut de kandidater vi vill träffa. Du är tyvärr inte en av dem.', 'Mvh\nRekrytering', ['Vi har fått in många ansökningar', 'Du är tyvärr inte en av dem'], [], 'Not among those selected.'),
  (G, 'final', 'Hej Niklas,', 'Rekryteringsprocessen för tjänsten som driftchef är nu avslutad. Vi har anställt en person som tillträder i augusti.', 'Hälsningar\nBirgitta', ['Rekryteringsprocessen för tjänsten som driftchef är nu avslutad', 'Vi har anställt en person som tillträder i augusti'], [], 'Process closed; hired someone.'),
  (G, 'application', 'Hej Alva,', 'Vi kommer tyvärr inte att gå vidare med din kandidatur i denna rekrytering.', 'Vänliga hälsningar\nFilip', ['Vi kommer tyvärr inte att gå vidare med din kandidatur i denna rekrytering'], [], 'Future tense refusal.'),
  (G, 'interview', 'Hej Hassan,', 'Stort tack för ditt engagemang under processen. Vi har dock beslutat oss för att gå vidare med en annan sökande.', 'Hälsningar\nKarolina', ['Vi har dock beslutat oss för att gå vidare med en annan sökande'], [], 'Decided for another applicant.'),
  (G, 'application', 'Hej Moa,', 'Din ansökan har nu behandlats och tyvärr har du inte gått vidare till intervjusteget.', 'Hälsningar\nHR-avdelningen', ['tyvärr har du inte gått vidare till intervjusteget'], [], 'Not progressed to interview step.'),
  (G, 'final', 'Hej Viktor,', 'Det här var ett svårt beslut. Vi har till slut valt att erbjuda rollen till en kandidat med en profil som bättre passar teamets behov just nu.', 'Hälsningar\nLinda', ['Det här var ett svårt beslut', 'Vi har till slut valt att erbjuda rollen till en kandidat med en profil som bättre passar teamets behov just nu'], [], 'Tough decision, profile fits better.'),
  (G, 'application', 'Hej Ebba,', 'Tyvärr matchar din profil inte riktigt det vi letar efter till den här tjänsten.', 'Hälsningar\nMattias', ['Tyvärr matchar din profil inte riktigt det vi letar efter till den här tjänsten'], [], 'Profile does not match.'),
  (G, 'interview', 'Hej Gustav,', 'Vi har bestämt att inte erbjuda dig tjänsten den här gången.', 'Hälsningar\nAnnika', ['Vi har bestämt att inte erbjuda dig tjänsten den här gången'], [], 'Decided not to offer.'),
  (N, None, 'Hej Ida,', 'Tack för din ansökan till tjänsten som HR-assistent. Vi går vidare med dig och vill boka en telefonintervju nästa vecka.', 'Vänliga hälsningar\nMalin', [], 'Invitation.'),
  (N, None, 'Hej Niklas,', 'Grattis! Vi har valt dig till tjänsten som driftchef och skickar avtalet i dag.', 'Hälsningar\nBirgitta', [], 'Offer.'),
  (N, None, 'Hej Moa,', 'Din ansökan har tagits emot. Urvalet pågår löpande och vi hör av oss inom tre veckor.', 'Hälsningar\nHR-avdelningen', [], 'Receipt.'),
  (N, None, 'Hej mamma,', 'Tyvärr hinner jag inte komma på söndag, vi har valt att åka till stugan i stället.', 'Kram\nLisa', [], 'Mail to family.'),
  (G, 'interview', 'Hej Anneli,', 'Vi har valt en annan sökande. Vi fick helt enkelt inte rätt vibbar under intervjun, och vi undrar om du orkar med tempot med tre små barn hemma.', 'Hälsningar\nStina', ['Vi har valt en annan sökande'], ['Vi fick helt enkelt inte rätt vibbar under intervjun', 'tre små barn hemma'], 'Vibes and children.'),
  (G, 'final', 'Hej Bertil,', 'Tyvärr blev det en annan kandidat. Teamet består mest av folk i 25-årsåldern och vi var osäkra på om du skulle trivas i gruppen.', 'Hälsningar\nJenny', ['Tyvärr blev det en annan kandidat'], ['Teamet består mest av folk i 25-årsåldern', 'vi var osäkra på om du skulle trivas i gruppen'], 'Age and fit.'),
  (G, 'interview', 'Hej Leila,', 'Vi har gått vidare med en annan kandidat. En del i panelen var tveksamma till att du bär slöja i kundmötena.', 'Hälsningar\nRasmus', ['Vi har gått vidare med en annan kandidat'], ['du bär slöja'], 'Religion.'),
 ],
 'de': [
  (G, 'application', 'Sehr geehrte Frau Albrecht,', 'nach sorgfältiger Durchsicht Ihrer Unterlagen haben wir uns entschieden, Sie nicht in die nächste Runde einzuladen.', 'Mit freundlichen Grüßen\nHR', ['nach sorgfältiger Durchsicht Ihrer Unterlagen haben wir uns entschieden, Sie nicht in die nächste Runde einzuladen'], [], 'Not invited to next round.'),
  (G, 'interview', 'Sehr geehrter Herr Brandt,', 'vielen Dank für das Gespräch. Wir haben uns letztlich für eine Bewerberin entschieden, deren Profil noch besser zu unseren Anforderungen passt.', 'Mit freundlichen Grüßen\nClaudia Fischer', ['Wir haben uns letztlich für eine Bewerberin entschieden, deren Profil noch besser zu unseren Anforderungen passt'], [], 'Chose another applicant.'),
  (G, 'application', 'Sehr geehrte Damen und Herren,', 'wir danken für Ihre Bewerbung, müssen Ihnen aber leider mitteilen, dass die Position bereits vergeben ist.', 'Mit freundlichen Grüßen\nPersonal', ['die Position bereits vergeben ist'], [], 'Position taken.'),
  (G, 'application', 'Hallo Frau Öztürk,', 'leider können wir Ihre Bewerbung im weiteren Verfahren nicht berücksichtigen.', 'Viele Grüße\nTalent Team', ['leider können wir Ihre Bewerbung im weiteren Verfahren nicht berücksichtigen'], [], 'Not considered further.'),
  (G, 'final', 'Lieber Herr Schulz,', 'wir haben lange überlegt, uns am Ende aber für einen anderen Finalisten entschieden.', 'Beste Grüße\nNina', ['uns am Ende aber für einen anderen Finalisten entschieden'], [], 'Another finalist.'),
  (G, 'application', 'Sehr geehrte Frau Weiß,', 'wir bedauern, Ihnen keine positive Nachricht geben zu können. Wir haben uns für andere Bewerbungen entschieden.', 'Mit freundlichen Grüßen\nRecruiting', ['wir bedauern, Ihnen keine positive Nachricht geben zu können', 'Wir haben uns für andere Bewerbungen entschieden'], [], 'Regret; other applications.'),
  (G, 'interview', 'Sehr geehrter Herr Peters,', 'leider müssen wir Ihnen nach dem zweiten Gespräch eine Absage erteilen.', 'Mit freundlichen Grüßen\nMonika Roth', ['leider müssen wir Ihnen nach dem zweiten Gespräch eine Absage erteilen'], [], 'Refusal after second interview.'),
  (G, 'application', 'Hallo Mia,', 'danke für deine Bewerbung! Wir haben uns dieses Mal anders entschieden.', 'Liebe Grüße\nPeople Team', ['Wir haben uns dieses Mal anders entschieden'], [], 'Decided otherwise, informal.'),
  (G, 'application', 'Sehr geehrter Herr Vogel,', 'die Stelle konnte zwischenzeitlich mit einem internen Kandidaten besetzt werden.', 'Mit freundlichen Grüßen\nPersonalabteilung', ['die Stelle konnte zwischenzeitlich mit einem internen Kandidaten besetzt werden'], [], 'Filled internally.'),
  (G, 'interview', 'Sehr geehrte Frau Graf,', 'Ihre Qualifikationen haben uns beeindruckt, dennoch konnten wir Sie bei der Besetzung der Stelle leider nicht berücksichtigen.', 'Mit freundlichen Grüßen\nJan Hartmann', ['dennoch konnten wir Sie bei der Besetzung der Stelle leider nicht berücksichtigen'], [], 'Not considered for filling the post.'),
  (N, None, 'Sehr geehrte Frau Albrecht,', 'wir freuen uns, Sie in die nächste Runde einzuladen. Bitte nennen Sie uns zwei Terminvorschläge.', 'Mit freundlichen Grüßen\nHR', [], 'Invitation.'),
  (N, None, 'Hallo Mia,', 'wir haben uns für dich entschieden! Willkommen im Team, der Vertrag kommt per Post.', 'Liebe Grüße\nPeople Team', [], 'Offer.'),
  (N, None, 'Sehr geehrter Herr Vogel,', 'das Auswahlverfahren läuft noch. Eine Entscheidung erwarten wir Ende des Monats.', 'Mit freundlichen Grüßen\nPersonalabteilung', [], 'Status update.'),
  (N, None, 'Hallo Sabine,', 'leider können wir am Samstag nicht kommen, wir haben uns für den Urlaub an der Ostsee entschieden.', 'Liebe Grüße\nKlaus', [], 'Mail to a friend.'),
 ],
 'fi': [
  (G, 'interview', 'Hei Jussi,', 'Valitettavasti valitsimme toisen hakijan. Henkilökemia ei ihan toiminut haastattelussa.', 'Terveisin\nAnu', ['Valitettavasti valitsimme toisen hakijan'], ['Henkilökemia ei ihan toiminut'], 'Chemistry.'),
  (G, 'final', 'Hei Marja,', 'Päädyimme toiseen hakijaan. Tehtävä vaatii paljon matkustamista, ja pienten lasten kanssa se voisi olla sinulle hankalaa.', 'Terveisin\nHeikki', ['Päädyimme toiseen hakijaan'], ['pienten lasten kanssa'], 'Small children.'),
  (G, 'interview', 'Hei Kalle,', 'Emme jatka prosessia kanssasi. Etsimme nuorekasta tekijää, joka sopii meidän dynaamiseen porukkaamme.', 'Terveisin\nSatu', ['Emme jatka prosessia kanssasi'], ['Etsimme nuorekasta tekijää'], 'Youthful.'),
  (G, 'interview', 'Hei Fatima,', 'Valitsimme toisen ehdokkaan. Huivin käyttö asiakastilanteissa herätti keskustelua paneelissa.', 'Terveisin\nOlli', ['Valitsimme toisen ehdokkaan'], ['Huivin käyttö asiakastilanteissa'], 'Headscarf.'),
  (G, 'final', 'Hei Petri,', 'Valitettavasti et tullut valituksi tehtävään. Mietimme myös, riittääkö jaksamisesi vaativassa roolissa sairausloman jälkeen.', 'Terveisin\nRiitta', ['Valitettavasti et tullut valituksi tehtävään'], ['riittääkö jaksamisesi vaativassa roolissa sairausloman jälkeen'], 'Health.'),
  (G, 'interview', 'Hei Noora,', 'Kiitos haastattelusta. Valitsimme toisen hakijan, koska meille ei syntynyt tunnetta, että olisit oikea henkilö.', 'Terveisin\nTuomas', ['Valitsimme toisen hakijan'], ['meille ei syntynyt tunnetta, että olisit oikea henkilö'], 'Feeling.'),
 ],
 'en': [
  (G, 'interview', 'Hi Claire,', 'Thank you for interviewing with us. We have chosen to move ahead with another candidate. The team just did not click with you the way we hoped.', 'Best,\nMegan', ['We have chosen to move ahead with another candidate'], ['The team just did not click with you'], 'Click.'),
  (G, 'final', 'Hi Ron,', 'We have filled the position with another applicant. Frankly we were looking for someone earlier in their career who would stay for the long haul.', 'Regards,\nNate', ['We have filled the position with another applicant'], ['someone earlier in their career'], 'Age via career stage.'),
  (G, 'interview', 'Hi Aisha,', 'After your interview we decided not to move forward. Some panel members were unsure how your hijab would go down with clients.', 'Thanks,\nGreg', ['we decided not to move forward'], ['your hijab'], 'Religion.'),
  (G, 'interview', 'Hi Leo,', 'We will not be progressing your application. We just had a feeling you would not be happy in a team like ours.', 'Best,\nIvy', ['We will not be progressing your application'], ['We just had a feeling you would not be happy'], 'Feeling.'),
  (G, 'final', 'Hi Nina,', 'We offered the job to another finalist. With a newborn at home, we felt the travel schedule would be a struggle for you.', 'Best,\nCarl', ['We offered the job to another finalist'], ['a newborn at home'], 'Newborn.'),
  (G, 'interview', 'Hi Tariq,', 'We have decided to pursue other candidates. Some of the interviewers found your accent hard to follow on the phone.', 'Kind regards,\nBeth', ['We have decided to pursue other candidates'], ['your accent'], 'Accent.'),
 ],
}

# third round, scored before any change for it (ids 201+)
DATA3 = {
 'sv': [
  (G, 'application', 'Hej Tove,', 'Vi har nu gått igenom alla ansökningar till tjänsten som receptionist och har tyvärr inte kunnat ge dig en plats i nästa steg.', 'Vänliga hälsningar\nÅsa', ['har tyvärr inte kunnat ge dig en plats i nästa steg'], [], 'No place in the next step.'),
  (G, 'interview', 'Hej Simon,', 'Tack för en trevlig intervju. Tyvärr har vi gått vidare med andra kandidater i processen.', 'Hälsningar\nJosefin', ['Tyvärr har vi gått vidare med andra kandidater i processen'], [], 'Went ahead with others.'),
  (G, 'application', 'Hej Wilma,', 'Vi har valt att inte gå vidare med din ansökan. Vi sparar dina uppgifter i sex månader.', 'Hälsningar\nHR', ['Vi har valt att inte gå vidare med din ansökan'], [], 'Chose not to proceed.'),
  (G, 'final', 'Hej Patrik,', 'Efter två intervjuer och ett case har vi landat i att en annan kandidat får tjänsten.', 'Hälsningar\nHelena', ['har vi landat i att en annan kandidat får tjänsten'], [], 'Landed on another candidate.'),
  (G, 'application', 'Hej Amanda,', 'Vi har tagit del av din ansökan men den här gången blir det tyvärr inget.', 'Mvh\nKristoffer', ['den här gången blir det tyvärr inget'], [], 'It will be nothing this time.'),
  (G, 'interview', 'Hej Robin,', 'Tyvärr föll valet inte på dig den här gången.', 'Hälsningar\nMaria', ['Tyvärr föll valet inte på dig den här gången'], [], 'The choice did not fall on you.'),
  (G, 'application', 'Hej Sebastian,', 'Tack för ditt intresse för rollen som butikssäljare. Vi har beslutat att gå vidare med sökande som har längre erfarenhet av försäljning, och din ansökan går därför inte vidare.', 'Hälsningar\nCamilla', ['din ansökan går därför inte vidare'], [], 'Application does not proceed (vague comparative).'),
  (G, 'final', 'Hej Louise,', 'Tyvärr har vi bestämt oss för att anställa en annan kandidat till tjänsten som controller.', 'Hälsningar\nPetra', ['Tyvärr har vi bestämt oss för att anställa en annan kandidat till tjänsten som controller'], [], 'Hired another candidate.'),
  (N, None, 'Hej Robin,', 'Valet föll på dig! Vi vill gärna erbjuda dig tjänsten och ses på fredag för att skriva avtal.', 'Hälsningar\nMaria', [], 'Offer.'),
  (N, None, 'Hej Tove,', 'Du är välkommen till nästa steg i rekryteringen, en intervju på vårt kontor den 12 maj.', 'Vänliga hälsningar\nÅsa', [], 'Invitation.'),
  (N, None, 'Hej Jocke,', 'Tyvärr har vi valt att inte gå på festen i helgen, barnen är sjuka.', 'Hälsningar\nSanna', [], 'Mail to a friend.'),
  (G, 'interview', 'Hej Olle,', 'Vi har valt en annan kandidat. Vi kände att du kanske inte riktigt skulle komma in i gänget.', 'Hälsningar\nMarie', ['Vi har valt en annan kandidat'], ['Vi kände att du kanske inte riktigt skulle komma in i gänget'], 'Fit in the gang.'),
  (G, 'interview', 'Hej Sara,', 'Tyvärr blev det inte du. Eftersom du nämnde att ni planerar att skaffa barn snart var vi lite tveksamma.', 'Hälsningar\nKim', ['Tyvärr blev det inte du'], ['ni planerar att skaffa barn'], 'Family plans.'),
 ],
 'de': [
  (G, 'application', 'Sehr geehrte Frau Kaiser,', 'wir haben Ihre Bewerbung sorgfältig geprüft, können Ihnen aber leider keine Stelle in unserem Team anbieten.', 'Mit freundlichen Grüßen\nHR', ['können Ihnen aber leider keine Stelle in unserem Team anbieten'], [], 'Cannot offer a position.'),
  (G, 'interview', 'Sehr geehrter Herr Fuchs,', 'leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Kandidatin entschieden haben.', 'Mit freundlichen Grüßen\nSilke Baumann', ['dass wir uns für eine andere Kandidatin entschieden haben'], [], 'Other candidate.'),
  (G, 'application', 'Sehr geehrte Frau Engel,', 'Ihre Unterlagen haben uns gefallen, doch wir werden Ihre Bewerbung nicht weiterverfolgen.', 'Mit freundlichen Grüßen\nRecruiting', ['wir werden Ihre Bewerbung nicht weiterverfolgen'], [], 'Not pursued.'),
  (G, 'final', 'Lieber Herr Lorenz,', 'wir haben uns schweren Herzens gegen Sie entschieden.', 'Viele Grüße\nKatrin', ['wir haben uns schweren Herzens gegen Sie entschieden'], [], 'Decided against you.'),
  (G, 'application', 'Sehr geehrte Frau Haas,', 'die Vakanz ist mittlerweile besetzt, daher können wir Ihre Bewerbung leider nicht mehr berücksichtigen.', 'Mit freundlichen Grüßen\nPersonal', ['die Vakanz ist mittlerweile besetzt', 'daher können wir Ihre Bewerbung leider nicht mehr berücksichtigen'], [], 'Vacancy filled.'),
  (G, 'interview', 'Hallo Tobias,', 'danke für das gute Gespräch! Wir haben uns aber leider für jemanden mit mehr Erfahrung entschieden.', 'Viele Grüße\nLea', ['Wir haben uns aber leider für jemanden mit mehr Erfahrung entschieden'], [], 'Someone with more experience (vague).'),
  (G, 'application', 'Sehr geehrter Herr König,', 'wir müssen Ihnen leider mitteilen, dass Sie nicht in die engere Wahl gekommen sind.', 'Mit freundlichen Grüßen\nAnna Schäfer', ['dass Sie nicht in die engere Wahl gekommen sind'], [], 'Not shortlisted.'),
  (G, 'final', 'Sehr geehrte Frau Beck,', 'nach Abschluss aller Gespräche haben wir die Stelle an einen anderen Bewerber vergeben.', 'Mit freundlichen Grüßen\nMartin Schulte', ['haben wir die Stelle an einen anderen Bewerber vergeben'], [], 'Given to another applicant.'),
  (N, None, 'Sehr geehrte Frau Kaiser,', 'wir haben Ihre Bewerbung geprüft und möchten Ihnen gerne eine Stelle in unserem Team anbieten.', 'Mit freundlichen Grüßen\nHR', [], 'Offer.'),
  (N, None, 'Lieber Herr Lorenz,', 'wir haben uns entschieden: Sie sind unser Favorit! Wann können Sie anfangen?', 'Viele Grüße\nKatrin', [], 'Offer, informal.'),
  (N, None, 'Hallo Uwe,', 'leider müssen wir dir mitteilen, dass das Grillfest am Sonntag ausfällt. Wir haben uns für nächste Woche entschieden.', 'Viele Grüße\nPetra', [], 'Friend mail.'),
 ],
 'fi': [
  (G, 'interview', 'Hei Eero,', 'Valitsimme toisen henkilön. Jotenkin meillä ei vain synkannut, vaikka osaamisesi on hyvää.', 'Terveisin\nLiisa', ['Valitsimme toisen henkilön'], ['Jotenkin meillä ei vain synkannut'], 'Did not sync.'),
  (G, 'final', 'Hei Helena,', 'Emme valitettavasti voi tarjota sinulle tehtävää. Olet jo lähellä eläkeikää, ja haemme pitkäaikaista tekijää.', 'Terveisin\nMarkku', ['Emme valitettavasti voi tarjota sinulle tehtävää'], ['Olet jo lähellä eläkeikää'], 'Near retirement.'),
  (G, 'interview', 'Hei Aleksi,', 'Valitsimme toisen hakijan. Osa haastattelijoista mietti, sopiiko uskontosi työpaikan käytäntöihin.', 'Terveisin\nHanna', ['Valitsimme toisen hakijan'], ['sopiiko uskontosi työpaikan käytäntöihin'], 'Religion.'),
  (G, 'interview', 'Hei Johanna,', 'Emme jatka kanssasi. Kuulemme, että olet raskaana, ja projekti alkaa syksyllä.', 'Terveisin\nVesa', ['Emme jatka kanssasi'], ['olet raskaana'], 'Pregnancy.'),
  (G, 'final', 'Hei Mika,', 'Päädyimme toiseen ehdokkaaseen. Meille jäi olo, ettet olisi meidän tyyppiämme.', 'Terveisin\nTiina', ['Päädyimme toiseen ehdokkaaseen'], ['Meille jäi olo, ettet olisi meidän tyyppiämme'], 'Not our type.'),
 ],
 'en': [
  (G, 'interview', 'Hi Ben,', 'We have decided not to move your application forward. The team did not feel a real connection with you during the interview.', 'Best,\nHolly', ['We have decided not to move your application forward'], ['The team did not feel a real connection with you'], 'Connection.'),
  (G, 'final', 'Hi Martha,', 'We have gone with another applicant. We worried that someone nearing sixty might struggle with the pace of a start-up.', 'Regards,\nJoe', ['We have gone with another applicant'], ['someone nearing sixty'], 'Age.'),
  (G, 'interview', 'Hi Kofi,', 'Unfortunately we are not taking your application further. A few people felt you might not be a natural fit with our culture.', 'Best,\nAnne', ['Unfortunately we are not taking your application further'], ['you might not be a natural fit with our culture'], 'Culture fit.'),
  (G, 'final', 'Hi Rachel,', 'We offered the role to another candidate. With your two young children, we were worried about the on-call rota.', 'Best,\nPete', ['We offered the role to another candidate'], ['your two young children'], 'Children.'),
  (G, 'interview', 'Hi Ahmed,', 'We have chosen someone else for the role. Honestly, it just did not feel right.', 'Cheers,\nMia', ['We have chosen someone else for the role'], ['it just did not feel right'], 'Feel.'),
 ],
}

def rows():
    for data, first in ((DATA, 1), (DATA2, 101), (DATA3, 201)):
        for lang, items in data.items():
            for i, item in enumerate(items, first):
                # rows without a risky list (the German ones) have none
                label, stage, greet, body, sign, gen, *rest = item
                risky, note = (rest[0], rest[1]) if len(rest) == 2 else ([], rest[0])
                text = f'{greet}\n\n{body}\n\n{sign}'
                for s in gen + risky:
                    assert text.count(s) == 1, (lang, i, s)
                yield {'id': f'gen-{lang}-{i:03d}', 'lang': lang, 'label': label, 'stage': stage,
                       'text': text, 'generic_spans': gen, 'risky_spans': risky, 'note': note}


out = Path(__file__).resolve().parents[2] / 'tests' / 'corpus' / 'generalise.jsonl'
out.write_text(''.join(json.dumps(r, ensure_ascii=False) + '\n' for r in rows()), encoding='utf-8')
print(out)

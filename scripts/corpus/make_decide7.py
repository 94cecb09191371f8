#!/usr/bin/env python3
"""Builds tests/corpus/decide7.jsonl (task decide7): own-wording drafts, 12 per language.

Families (notes start with the family):
  F1  "we're full / sorted / don't need anyone now" said to someone who applied (generic rejection);
      twins: a restaurant full tonight to a guest, a manager telling staff the team is full, "we don't need anyone
      now but need two in May, can you start then?" (an offer of work later).
  F2  informal decision idioms with "this one" / "this time" / a named role, with emoji and no final punctuation;
      twins: "this time it's you, welcome aboard", another direction with a product and "not you this time" for the
      coffee rota in a team mail.
  F3  softeners and closers in rejections ("it was really close", "not down to your work", "all the best to you in
      the future"); twin: the same softener before an offer.
"""
import json, os

R, G, S, N = 'generic-rejection', 'generic-rejection', 'specific-rejection', 'not-rejection'

D = {
'sv': [
 (G, 'application', "hej Elin! tack för ansökan men vi tar inte in fler nu, laget är fullt för sommaren. ha det gott /Pelle, Glassbaren",
  ["vi tar inte in fler nu, laget är fullt för sommaren"], 'F1: not taking more, team full'),
 (G, 'application', "Hej Ahmed,\n\nTack för ditt intresse för jobbet som lagerarbetare. Tyvär har vi redan fått ihop alla vi behöver den här säsongen så vi anställer inte fler just nu.\n\nMed vänliga hälsningar\nKarin Lund\nNordlager AB",
  ["Tyvär har vi redan fått ihop alla vi behöver den här säsongen så vi anställer inte fler just nu"], 'F1: got everyone we need, hiring no more (typo tyvär)'),
 (N, None, "Hej! Tyvärr är vi fullbokade i kväll, men vi har ett bord kl 18 imorgon om det passar? Hälsningar Restaurang Kajen",
  [], 'F1 twin: restaurant full tonight'),
 (N, None, "Hej allihop! Laget är fullt nu för lördagens event, tack alla som anmält sig 🙌 Schemat kommer på fredag. /Sara",
  [], 'F1 twin: manager to staff, team full'),
 (N, None, "hej Jonna, tack för ditt cv! vi behöver ingen just nu men i maj behöver vi två till i kassan – kan du börja 2 maj? hör av dig /Anki",
  [], 'F1 twin: none now, two in May, can you start'),
 (G, 'interview', "Hej Vera! Tack för samtalet i tisdags. Det blev inte du den här gången för tjänsten som butikschef 🙏 Lycka till!",
  ["Det blev inte du den här gången för tjänsten som butikschef"], 'F2: not you this time for the role'),
 (G, 'interview', "hej Linus, vi har bestämt oss för att gå åt ett annat håll den här gången 🙏 tack för att du tog dig tid",
  ["vi har bestämt oss för att gå åt ett annat håll den här gången"], 'F2: another direction this time, no final stop'),
 (N, None, "Vera!! Den här gången blev det du! Välkommen ombord som butikschef 🎉 Avtalet kommer i morgon.",
  [], 'F2 twin: this time it is you'),
 (N, None, "Hej gänget, vi går åt ett annat håll med appen efter kundintervjuerna, bokningsfunktionen pausas. Och det blev inte du den här gången Jonas – det är Saras tur att fixa fikat ☕",
  [], 'F2 twin: product direction, coffee turn'),
 (G, 'interview', "Hej Maja,\n\nTack för att du kom på intervju för tjänsten som ekonomiassistent. Vi har nu erbjudit tjänsten till en annan kandidat. Det var jättejämnt och det berodde inte på ditt arbete.\n\nVi önskar dig lycka till i framtiden.\n\nVänliga hälsningar\nTomas",
  ["Vi har nu erbjudit tjänsten till en annan kandidat", "Det var jättejämnt och det berodde inte på ditt arbete", "Vi önskar dig lycka till i framtiden"], 'F3: very close, not your work, formal closer'),
 (G, 'interview', "hej Omar! sorry, vi valde nån annan till chaufförsjobbet. ärligt talat så var det jättejämnt. lycka till!",
  ["vi valde nån annan till chaufförsjobbet", "ärligt talat så var det jättejämnt"], 'F3: informal, it was very close'),
 (N, None, "Hej Maja! Det var jättejämnt mellan de två sista, men vi vill gärna erbjuda dig tjänsten som ekonomiassistent! Kan du ringa mig i morgon? /Tomas",
  [], 'F3 twin: very close, then an offer'),
],
'da': [
 (G, 'application', "Hej Mikkel\n\nTak for din ansøgning. Vi har desværre ikke plads til flere nu, vi har allerede fundet de medarbejdere vi skal bruge.\n\nVenlig hilsen\nHanne, Café Havnen",
  ["Vi har desværre ikke plads til flere nu, vi har allerede fundet de medarbejdere vi skal bruge"], 'F1: no room for more, found the staff we need'),
 (G, 'application', "hej sofie, tak for din besked om weekendjobbet 😊 vi har fået folk nok til sommeren, så vi mangler ikke nogen lige nu. mvh jens",
  ["vi har fået folk nok til sommeren, så vi mangler ikke nogen lige nu"], 'F1: enough people, need nobody now'),
 (N, None, "Hej Lars, desværre er vi fuldt booket i aften – men vi har et bord kl. 18 i morgen, skal jeg reservere det? Mvh Restaurant Bryggen",
  [], 'F1 twin: restaurant full tonight'),
 (N, None, "Hej alle sammen, holdet er fuldt nu til julemarkedet, så I behøver ikke skrive jer på listen. Tak til alle for at melde jer! /Kim",
  [], 'F1 twin: manager to staff, team full'),
 (N, None, "hej Emma, tak for dit cv! vi har ikke brug for nogen lige nu, men vi skal bruge to mere i maj – kan du starte d. 2. maj? skriv gerne tilbage /Lise",
  [], 'F1 twin: none now, two in May, can you start'),
 (G, 'interview', "Hej Anders, tak for snakken i tirsdags. Det blev ikke dig denne gang til stillingen som butikschef 🙏 Held og lykke",
  ["Det blev ikke dig denne gang til stillingen som butikschef"], 'F2: not you this time for the role, no final stop'),
 (G, 'interview', "hej Freja, vi har besluttet at gå en anden vej med denne her 🙏 tak fordi du tog dig tid til samtalen",
  ["vi har besluttet at gå en anden vej med denne her"], 'F2: another way with this one'),
 (N, None, "Anders!! Denne gang blev det dig! Velkommen om bord som butikschef 🎉 Kontrakten kommer i morgen.",
  [], 'F2 twin: this time it is you'),
 (N, None, "Hej alle, vi går en anden vej med appen efter kundeinterviewene, bookingfunktionen er sat på pause. Og det blev ikke dig denne gang, Jonas – det er Saras tur til at lave kaffe ☕",
  [], 'F2 twin: product direction, coffee turn'),
 (G, 'interview', "Kære Maja\n\nTak fordi du kom til samtale om stillingen som bogholder. Vi har valgt at tilbyde stillingen til en anden kandidat. Ærgerligt, at det ikke blev dig – du var rigtig tæt på.\n\nVi ønsker dig held og lykke fremover.\n\nVenlig hilsen\nTorben",
  ["Vi har valgt at tilbyde stillingen til en anden kandidat", "Ærgerligt, at det ikke blev dig – du var rigtig tæt på", "Vi ønsker dig held og lykke fremover"], 'F3: a pity it was not you, very close, formal closer'),
 (G, 'interview', "hej Omar, sorry men vi valgte en anden til chaufførjobbet. det var virkelig tæt løb! held og lykke",
  ["vi valgte en anden til chaufførjobbet", "det var virkelig tæt løb"], 'F3: informal, a close race'),
 (N, None, "Hej Maja! Det var rigtig tæt mellem de sidste to, men vi vil rigtig gerne tilbyde dig stillingen som bogholder! Kan du ringe til mig i morgen? /Torben",
  [], 'F3 twin: very close, then an offer'),
],
'nb': [
 (G, 'application', "hei Ida, takk for søknaden! har fått inn dem vi trenger nå dessverre. lykke til videre 🙂 mvh Geir, Fjordkafeen",
  ["har fått inn dem vi trenger nå dessverre"], 'F1: got the people we need'),
 (G, 'application', "Hei Jonas,\n\nTakk for at du søkte på jobben som lagermedarbeider. Vi har dessvere ikke behov for flere folk nå, vi er fullt bemannet for sesongen.\n\nVennlig hilsen\nKari Berg\nNordlager AS",
  ["Vi har dessvere ikke behov for flere folk nå, vi er fullt bemannet for sesongen"], 'F1: no need for more, fully staffed (typo dessvere)'),
 (N, None, "Hei Per, dessverre er vi fullbooket i kveld, men vi har et bord kl. 18 i morgen. Skal jeg reservere det? Hilsen Restaurant Brygga",
  [], 'F1 twin: restaurant full tonight'),
 (N, None, "Hei alle sammen! Laget er fullt nå til lørdagens arrangement, takk til alle som meldte seg 🙌 Vaktlista kommer fredag. /Sara",
  [], 'F1 twin: manager to staff, team full'),
 (N, None, "hei Nora, takk for cv-en! vi trenger ingen akkurat nå, men i mai trenger vi to til i kassa – kan du begynne 2. mai? gi beskjed /Anne",
  [], 'F1 twin: none now, two in May, can you start'),
 (G, 'interview', "Hei Mats, takk for praten på tirsdag. Det ble ikke deg denne gangen for stillingen som butikksjef 🙏 Lykke til videre",
  ["Det ble ikke deg denne gangen for stillingen som butikksjef"], 'F2: not you this time for the role, no final stop'),
 (G, 'interview', "hei Silje, vi har bestemt oss for å gå i en annen retning med denne 🙏 takk for at du tok deg tid",
  ["vi har bestemt oss for å gå i en annen retning med denne"], 'F2: another direction with this one'),
 (N, None, "Mats!! Denne gangen ble det deg! Velkommen om bord som butikksjef 🎉 Kontrakten kommer i morgen.",
  [], 'F2 twin: this time it is you'),
 (N, None, "Hei alle, vi går i en annen retning med appen etter kundeintervjuene, bookingfunksjonen settes på pause. Og ble ikke deg denne gangen Jonas – det er Saras tur til å lage kaffe ☕",
  [], 'F2 twin: product direction, coffee turn'),
 (G, 'interview', "Hei Maja,\n\nTakk for at du kom på intervju for stillingen som regnskapsmedarbeider. Vi har nå tilbudt stillingen til en annen kandidat. Det var veldig jevnt, og det handlet ikke om arbeidet ditt.\n\nVi ønsker deg lykke til videre.\n\nVennlig hilsen\nTore",
  ["Vi har nå tilbudt stillingen til en annen kandidat", "Det var veldig jevnt, og det handlet ikke om arbeidet ditt", "Vi ønsker deg lykke til videre"], 'F3: very even, not your work, formal closer'),
 (G, 'interview', "hei Omar, sorry, vi valgte en annen til sjåførjobben. det var veldig jevnt altså! lykke til",
  ["vi valgte en annen til sjåførjobben", "det var veldig jevnt altså"], 'F3: informal, very even'),
 (N, None, "Hei Maja! Det var veldig jevnt mellom de to siste, men vi vil gjerne tilby deg stillingen som regnskapsmedarbeider! Kan du ringe meg i morgen? /Tore",
  [], 'F3 twin: very even, then an offer'),
],
'en': [
 (G, 'application', "hey Jake, thanks for getting back to me about the kitchen porter job but we're all sorted now, got a lad starting monday. cheers, Dave",
  ["we're all sorted now, got a lad starting monday"], 'F1: all sorted, someone starting'),
 (G, 'application', "Hi Priya,\n\nThank you for your application for the summer barista job. Unfortunately we dont need anybody more at the moment, the team is full for the season.\n\nAll the best,\nMarta\nBean There Café",
  ["Unfortunately we dont need anybody more at the moment, the team is full for the season"], 'F1: need nobody more, team full (second-language wording)'),
 (N, None, "Hi Mr Collins, thanks for calling about a table for eight. Sorry, we're full tonight, but we have space tomorrow from 7pm. Shall I book that? Best, Lena, The Old Mill",
  [], 'F1 twin: restaurant full tonight'),
 (N, None, "Hi all, quick one: the team is full now for the Christmas market stand, so no need to send more names. Thanks all for offering! Kim",
  [], 'F1 twin: manager to staff, team full'),
 (N, None, "hi Tom, thanks for your cv! we don't need anyone right now but we'll need two extra hands in May for the terrace season - can you start on the 2nd? let me know 👍 Sophie",
  [], 'F1 twin: none now, two in May, can you start'),
 (G, 'interview', "Hey Chris, thanks so much for chatting with us last week. We've decided to go in another direction for this one 🙏 Good luck!",
  ["We've decided to go in another direction for this one"], 'F2: another direction for this one'),
 (G, 'interview', "hi Sam, unfortunately it's not you this time for the ops manager role. thanks for your time and energy through the process",
  ["unfortunately it's not you this time for the ops manager role"], 'F2: not you this time for the named role, no final stop'),
 (N, None, "Sam!! this time it's you! welcome aboard as our new ops manager 🎉 contract coming tomorrow",
  [], 'F2 twin: this time it is you'),
 (N, None, "Hi team, after the customer interviews we're going in another direction with the product, the booking widget is paused. And not you this time Jonas - it's Sam's turn to do the coffee ☕",
  [], 'F2 twin: product direction, coffee turn'),
 (G, 'interview', "Hi Leah,\n\nThanks for interviewing for the warehouse team lead position. We've offered the role to another candidate. It was really close, and it wasn't down to your work at all.\n\nWe wish you all the best in your future career.\n\nRegards,\nOwen",
  ["We've offered the role to another candidate", "It was really close, and it wasn't down to your work at all", "We wish you all the best in your future career"], 'F3: really close, not your work, formal closer'),
 (G, 'interview', "hey Mo, sorry mate, we went with someone else for the driver job. honestly it was really close! good luck",
  ["we went with someone else for the driver job", "honestly it was really close"], 'F3: informal, really close'),
 (N, None, "Hi Leah, it was really close between the last two, but we'd love to offer you the warehouse team lead role! Can you call me tomorrow? Owen",
  [], 'F3 twin: really close, then an offer'),
],
'de': [
 (G, 'application', "hi Lukas, danke für deine Nachricht wegen dem Aushilfsjob. brauchen grad keinen mehr, sorry! LG Tanja",
  ["brauchen grad keinen mehr"], 'F1: need nobody more right now'),
 (G, 'application', "Hallo Frau Yilmaz,\n\nvielen Dank für Ihre Bewerbung als Lagerhelferin. Leider ist unser Team für diese Saison bereits komplett, wir stellen derzeit niemanden mehr ein.\n\nMit freundlichen Grüßen\nKarin Lorenz\nNordlager GmbH",
  ["Leider ist unser Team für diese Saison bereits komplett, wir stellen derzeit niemanden mehr ein"], 'F1: team complete, hiring nobody more'),
 (N, None, "Hallo Herr Becker, leider sind wir heute Abend komplett ausgebucht, aber morgen um 18 Uhr hätten wir noch einen Tisch. Soll ich reservieren? Viele Grüße, Restaurant Hafenblick",
  [], 'F1 twin: restaurant full tonight'),
 (N, None, "Hallo zusammen, das Team für den Weihnachtsmarkt ist jetzt voll, ihr müsst euch nicht mehr eintragen. Danke euch allen! Kim",
  [], 'F1 twin: manager to staff, team full'),
 (N, None, "hi Jana, danke für deinen Lebenslauf! grad brauchen wir keinen, aber im Mai brauchen wir zwei Leute mehr an der Kasse – kannst du am 2. Mai anfangen? meld dich 👍 Anne",
  [], 'F1 twin: none now, two in May, can you start'),
 (G, 'interview', "Hallo Max, danke nochmal für das Gespräch am Dienstag. Wir haben intern lange überlegt, deshalb gehen wir den nächsten Schritt nicht mit dir 🙏 Alles Gute",
  ["deshalb gehen wir den nächsten Schritt nicht mit dir"], 'F2: not taking the next step with you, no final stop'),
 (G, 'interview', "hey Lea, diesmal bist du es leider nicht geworden für die Stelle als Teamleitung Lager. danke für deine Zeit",
  ["diesmal bist du es leider nicht geworden für die Stelle als Teamleitung Lager"], 'F2: not you this time for the named role'),
 (N, None, "Lea!! Diesmal bist du es! Willkommen an Bord als Teamleitung Lager 🎉 Der Vertrag kommt morgen.",
  [], 'F2 twin: this time it is you'),
 (N, None, "Hallo Team, nach den Kundeninterviews gehen wir mit der App in eine andere Richtung, die Buchungsfunktion pausiert. Und diesmal nicht du, Jonas – Sara ist mit dem Kaffee dran ☕",
  [], 'F2 twin: product direction, coffee turn'),
 (G, 'interview', "Sehr geehrte Frau Wagner,\n\nvielen Dank für das Vorstellungsgespräch für die Position als Buchhalterin. Wir haben uns für eine andere Kandidatin entschieden. Das lag nicht an Ihrer Arbeit, die Entscheidung war sehr knapp.\n\nWir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.\n\nMit freundlichen Grüßen\nThomas Berger",
  ["Wir haben uns für eine andere Kandidatin entschieden", "Das lag nicht an Ihrer Arbeit, die Entscheidung war sehr knapp", "Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute"], 'F3: not your work, very close, formal closer'),
 (G, 'interview', "hey Omar, wir haben jemand anderen für den Fahrerjob genommen. Sorry, war echt knapp! alles Gute",
  ["wir haben jemand anderen für den Fahrerjob genommen", "Sorry, war echt knapp"], 'F3: informal, really close'),
 (N, None, "Hallo Frau Wagner, es war sehr knapp zwischen den letzten beiden, aber wir möchten Ihnen gern die Stelle als Buchhalterin anbieten! Können Sie mich morgen anrufen? Viele Grüße, Thomas Berger",
  [], 'F3 twin: very close, then an offer'),
],
'fi': [
 (G, 'application', "moi Aino, kiitos hakemuksesta! ei tarvita nyt ketään lisää, porukka on jo kasassa. tsemppiä! t. Jussi, Rantakahvila",
  ["ei tarvita nyt ketään lisää, porukka on jo kasassa"], 'F1: need nobody more, crew together'),
 (G, 'application', "Hei Mikko,\n\nKiitos hakemuksestasi varastotyöntekijän tehtävään. Valitettavasti olemme jo saaneet tarvittavat työntekijät tälle kaudelle, emmekä palkkaa nyt enempää.\n\nYstävällisin terveisin\nKaisa Lehto\nNordvarasto Oy",
  ["Valitettavasti olemme jo saaneet tarvittavat työntekijät tälle kaudelle, emmekä palkkaa nyt enempää"], 'F1: got the workers needed, hiring no more'),
 (N, None, "Hei Pekka, valitettavasti olemme tänä iltana täyteen varattu, mutta huomenna klo 18 olisi pöytä vapaana. Varaanko sen? Terveisin Ravintola Laituri",
  [], 'F1 twin: restaurant full tonight'),
 (N, None, "Moi kaikki! Porukka on nyt kasassa lauantain tapahtumaan, kiitos kaikille jotka ilmoittauduitte 🙌 Vuorolista tulee perjantaina. /Sara",
  [], 'F1 twin: manager to staff, crew together'),
 (N, None, "moi Noora, kiitos CV:stä! nyt ei tarvita ketään, mutta toukokuussa tarvitaan kaksi lisää kassalle – pääsisitkö aloittamaan 2.5.? kerro 👍 Anne",
  [], 'F1 twin: none now, two in May, can you start'),
 (G, 'interview', "Hei Matti, kiitos tiistain keskustelusta. Tällä kertaa valinta ei osunut sinuun myymäläpäällikön tehtävään 🙏 Kaikkea hyvää",
  ["Tällä kertaa valinta ei osunut sinuun myymäläpäällikön tehtävään"], 'F2: the choice did not fall on you this time, no final stop'),
 (G, 'interview', "moi Sanna, päätettiin lähteä tässä toiseen suuntaan 🙏 kiitos että käytit aikaa",
  ["päätettiin lähteä tässä toiseen suuntaan"], 'F2: another direction in this one'),
 (N, None, "Matti!! Tällä kertaa valinta osui sinuun! Tervetuloa taloon myymäläpäälliköksi 🎉 Sopimus tulee huomenna.",
  [], 'F2 twin: this time it is you'),
 (N, None, "Moi tiimi, asiakashaastattelujen jälkeen lähdetään sovelluksen kanssa toiseen suuntaan, varaustoiminto on tauolla. Ja tällä kertaa vuoro ei osunut sinuun Jonas – Sara keittää kahvit ☕",
  [], 'F2 twin: product direction, coffee turn'),
 (G, 'interview', "Hei Maija,\n\nKiitos, että tulit haastatteluun kirjanpitäjän tehtävään. Olemme tarjonneet tehtävää toiselle hakijalle. Ero oli todella pieni, eikä se johtunut työstäsi.\n\nKaikkea hyvää sinulle tulevaisuuteen.\n\nYstävällisin terveisin\nTuomas",
  ["Olemme tarjonneet tehtävää toiselle hakijalle", "Ero oli todella pieni, eikä se johtunut työstäsi", "Kaikkea hyvää sinulle tulevaisuuteen"], 'F3: very small gap, not your work, closer with sinulle'),
 (G, 'interview', "moi Omar, sori, valittiin joku toinen kuskin hommiin. tosi tiukka oli! tsemppiä",
  ["valittiin joku toinen kuskin hommiin", "tosi tiukka oli"], 'F3: informal, really tight'),
 (N, None, "Hei Maija! Ero oli todella pieni kahden viimeisen välillä, mutta haluamme tarjota sinulle kirjanpitäjän tehtävää! Voisitko soittaa minulle huomenna? t. Tuomas",
  [], 'F3 twin: very small gap, then an offer'),
],
}

out = []
for lang in ['sv', 'da', 'nb', 'en', 'de', 'fi']:
    for i, (label, stage, text, spans, note) in enumerate(D[lang], 1):
        for s in spans:
            assert text.count(s) == 1, (lang, i, s)
        assert (stage is None) == (label == N)
        out.append({'id': f'd7-{lang}-{i:03d}', 'lang': lang, 'label': label, 'stage': stage, 'text': text,
                    'generic_spans': spans, 'risky_spans': [], 'note': note})
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, '..', '..', 'tests', 'corpus', 'decide7.jsonl'), 'w') as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
print(len(out))

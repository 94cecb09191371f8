"""Builds tests/corpus/decisions9.jsonl (task decisions9): decisions still missed after decisions8, own wording.

Per language: rejections in the task's families — an informal, often lowercase consequence after a stated constraint or
reason ("passt deshalb leider nicht", "joten ei valitettavasti onnistu", "så det blir ikke noget"), a decision followed
by the news's own timing ("before it is announced on Friday"), a notice whose reference in brackets with "ref."/"Dnr."
ends nothing, a reply above the candidate's quoted question that wishes a good weekend, a short "we've found someone,
thanks anyway for your mail" — and look-alikes (N) that must stay not-rejection: a date or a delivery that does not
fit, a decision genuinely waiting for a meeting, a receipt with a reference, a friend's or a supplier's "found
someone", a friend telling her own news with "they".
"""
import json
from pathlib import Path

G, S, N = 'generic-rejection', 'specific-rejection', 'not-rejection'
rows = []


def add(lang, label, stage, text, spans=(), note=''):
    n = sum(1 for r in rows if r['lang'] == lang) + 1
    for s in spans:
        assert s in text, (lang, n, s)
    rows.append({'id': f'd9-{lang}-{n:03d}', 'lang': lang, 'label': label, 'stage': stage, 'text': text,
                 'generic_spans': list(spans), 'risky_spans': [], 'note': note})


# ---------------------------------------------------------------- de
add('de', S, 'application', 'hallo jonas, danke für deine bewerbung als aushilfe! wir brauchen jemanden für samstags ab 6 uhr in der backstube und du kannst erst ab mittag. klappt deshalb leider nicht. viele grüße, bäckerei lohmann', [], 'Lowercase consequence after a shift constraint.')
add('de', G, 'application', 'hi mara, danke für die bewerbung. wir haben gerade echt viele leute im team, das passt deshalb leider grad nicht. alles gute! café mühle', ['das passt deshalb leider grad nicht'], 'Consequence of a vague reason, lowercase.')
add('de', S, 'interview', 'Hallo Kemal,\n\ndanke fürs Probearbeiten. Für die Stelle brauchst du den Staplerschein, und den hast du noch nicht. Geht deshalb leider nicht.\n\nGruß\nLagerteam Nord', [], 'Verb-first consequence after a missing licence.')
add('de', G, 'final', 'Hallo Herr Behrens,\n\nder Vorstand hat über die Geschäftsführung entschieden: Die Wahl fiel auf eine andere Person, und ich wollte, dass Sie es von mir hören, bevor es am Montag offiziell bekanntgegeben wird.\n\nHerzliche Grüße\nUte Krämer, Vorsitzende', ['Die Wahl fiel auf eine andere Person'], 'Decision, then the timing of the announcement.')
add('de', G, 'final', 'Mitteilung über die Stellenbesetzung\n\nSehr geehrte Frau Lenz,\n\nder Personalausschuss hat in seiner Sitzung am 3. März die Stelle der Sachbearbeitung Bauordnung (Az. PA-2025-44) mit einer anderen Bewerberin besetzt. Wir danken Ihnen für Ihre Bewerbung.\n\nMit freundlichen Grüßen\nStadtverwaltung Altenburg', ['die Stelle der Sachbearbeitung Bauordnung (Az. PA-2025-44) mit einer anderen Bewerberin besetzt'], 'Reference in brackets with an abbreviation dot.')
add('de', G, 'application', 'Hallo, wir haben schon jemanden gefunden, danke trotzdem für deine Mail! Gruß, Sabine von Blumen Sabine', ['wir haben schon jemanden gefunden, danke trotzdem für deine Mail'], 'Found someone, thanks for the mail.')
add('de', G, 'interview', 'Hallo Jana,\n\nsorry, dass du warten musstest. Wir haben uns für jemand anderen entschieden.\n\nSchönes Wochenende!\nMarie\n\nAm 4. Okt. 2024 um 09:12 schrieb Jana Roth <jana.roth@mailbox.de>:\n> Hallo Marie,\n> gibt es schon Neuigkeiten zur Stelle im Kundenservice?\n> Viele Grüße, Jana', ['Wir haben uns für jemand anderen entschieden.'], 'Reply above the candidate\'s question, weekend wish.')
add('de', G, 'application', 'moin lukas, danke für die bewerbung! wir haben uns das angeschaut, das wird deshalb leider nix mit uns. lg, team fahrradladen speiche', ['das wird deshalb leider nix mit uns'], 'Spoken "wird nix".')
add('de', N, None, 'Hallo Frau Weber,\n\nvielen Dank für die Einladung zum Vorstellungsgespräch. Am Dienstag bin ich leider auf einer Schulung, passt deshalb leider nicht. Ginge auch Donnerstag Vormittag?\n\nViele Grüße\nLea Hoffmann', [], 'Candidate: the interview date does not fit.')
add('de', N, None, 'Hallo Herr Schulte,\n\ndie Lieferung der Fenster ist erst für den 20. angekündigt, das klappt deshalb leider nicht mit dem Einbau am 15. Können wir den Termin verschieben?\n\nGrüße\nFamilie Brandt', [], 'Delivery that does not work out.')
add('de', N, None, 'Hallo Anna,\n\nwir entscheiden über die Stelle erst, bis alle Referenzen da sind. Bevor es bekanntgegeben wird, rufe ich dich an.\n\nLiebe Grüße\nUte', [], 'Decision still to come.')
add('de', N, None, 'Sehr geehrter Herr Lenz,\n\nwir bestätigen den Eingang Ihrer Bewerbung (Az. PA-2025-44). Sie hören von uns bis Ende des Monats.\n\nMit freundlichen Grüßen\nStadtverwaltung Altenburg', [], 'Receipt with a reference.')
add('de', N, None, 'Hallo Herr Kaya,\n\nvielen Dank für Ihr Angebot für die Gartenpflege. Wir haben schon jemanden gefunden, danke trotzdem!\n\nGrüße\nFamilie Otto', [], 'Supplier declined.')
add('de', N, None, 'hey lisa,\n\nsie haben sich für jemand anderen entschieden 😕 naja, am montag hab ich noch ein gespräch bei der stadtbibliothek. drück mir die daumen!\n\nbis bald\njule', [], 'Friend tells her own news, lowercase "sie".')
add('de', N, None, 'Hallo Tobias,\n\nwir freuen uns sehr, dass du ab dem 1. Mai bei uns anfängst! Den Vertrag schicke ich dir am Montag.\n\nSchönes Wochenende!\nMarie', [], 'Offer, weekend wish.')
add('de', N, None, 'Hallo Frau Kühn,\n\ndanke für die Anfrage zur Kinderbetreuung am Samstag. Wir haben schon jemanden gefunden, danke trotzdem für Ihre Nachricht!\n\nFamilie Yilmaz', [], 'Parent declines a babysitter offer by message.')

# ---------------------------------------------------------------- fi
add('fi', S, 'application', 'moi sara, kiitti hakemuksesta! meillä on vapaana vain viikonloppuvuoroja ja kerroit että pääset vain arkisin, joten tää ei valitettavasti onnistu. tsemppiä! t. kahvila pikkusiru', [], 'Lowercase consequence after a shift constraint.')
add('fi', G, 'application', 'moi eetu, kiitos hakemuksesta. meillä on just nyt porukkaa ihan riittävästi, joten ei valitettavasti onnistu tällä kertaa. t. pizzeria lauri', ['joten ei valitettavasti onnistu tällä kertaa'], 'Consequence of a vague reason.')
add('fi', G, 'interview', 'Hei Onni,\n\nkiitos kun kävit juttelemassa. Käytiin tilanne porukalla läpi ja ei jatketa sun kanssa tätä hommaa eteenpäin.\n\nT. Jenni', ['ei jatketa sun kanssa tätä hommaa eteenpäin'], 'Colloquial "we won\'t continue with you".')
add('fi', G, 'final', 'Hei Petri,\n\nhallitus on kokoontunut ja valinnut toiminnanjohtajaksi toisen hakijan. Halusin kertoa tämän sinulle itse, ennen kuin valinnasta tiedotetaan julkisesti perjantaina.\n\nYstävällisin terveisin\nAnu Virtanen, hallituksen puheenjohtaja', ['valinnut toiminnanjohtajaksi toisen hakijan'], 'Decision, then the timing of the announcement.')
add('fi', G, 'final', 'Ilmoitus valinnasta\n\nHei Marja Koski,\n\nKoivulan kunnan tekninen lautakunta on valinnut rakennustarkastajan virkaan (ref. KK-2025-031) toisen hakijan. Kiitämme kiinnostuksestasi.\n\nHenkilöstöpalvelut', ['valinnut rakennustarkastajan virkaan (ref. KK-2025-031) toisen hakijan'], 'Reference in brackets with "ref."')
add('fi', G, 'application', 'Hei, meille löytyi jo joku, kiitos silti viestistä! T. Sirpa, Siivous Sirpa', ['meille löytyi jo joku, kiitos silti viestistä'], 'Found someone, thanks for the message.')
add('fi', G, 'interview', 'Hei Aino,\n\npahoittelut, että jouduit odottamaan. Valitsimme tehtävään toisen hakijan.\n\nHyvää viikonloppua!\nRiikka\n\nRiikka Lehto kirjoitti 3.10.2024 klo 14.05:\n> Hei Riikka,\n> onko lastenhoitajan paikasta jo päätöstä?\n> Terveisin Aino', ['Valitsimme tehtävään toisen hakijan.'], 'Reply above the candidate\'s question.')
add('fi', S, 'interview', 'moi juho, kiitos haastattelusta. tehtävään tarvitaan C-kortti heti alusta, eikä sulla sitä vielä ole, joten se ei valitettavasti onnistu. t. kuljetus mäki', [], 'Consequence after a missing licence.')
add('fi', N, None, 'Hei Sanna,\n\nkiitos kutsusta haastatteluun. Tiistaina olen koulutuksessa, joten se ei valitettavasti onnistu. Sopisiko torstai?\n\nTerveisin\nLaura', [], 'Candidate: the interview date does not fit.')
add('fi', N, None, 'Hei,\n\ntoimitus tulee vasta ensi viikolla, joten maanantain asennus ei valitettavasti onnistu. Sovitaanko uusi aika?\n\nT. Keittiötalo', [], 'Delivery that does not work out.')
add('fi', N, None, 'Hei Petri,\n\nhallitus ei valitse toiminnanjohtajaa ennen kuin kaikki haastattelut on pidetty. Ilmoitamme kaikille hakijoille, kun valinta on tehty.\n\nAnu', [], 'Decision still to come.')
add('fi', N, None, 'Hei Marja,\n\nolemme vastaanottaneet hakemuksesi rakennustarkastajan virkaan (ref. KK-2025-031). Haastattelut pidetään viikolla 12.\n\nHenkilöstöpalvelut', [], 'Receipt with a reference.')
add('fi', N, None, 'Hei Pekka,\n\nkiitos tarjouksesta pihatöistä. Meille löytyi jo joku, kiitos silti!\n\nT. Leena', [], 'Supplier declined.')
add('fi', N, None, 'moi,\n\nne valitsi jonkun toisen 😕 no, ensi viikolla on vielä yksi haastattelu. pidä peukkuja!\n\nt. emma', [], 'Friend tells her own news.')
add('fi', N, None, 'Hei Aino,\n\nolisimme iloisia, jos aloittaisit meillä lastenhoitajana jo marraskuussa. Laitan sopimuksen maanantaina.\n\nHyvää viikonloppua!\nRiikka', [], 'Offer, weekend wish.')
add('fi', N, None, 'Hei Tiina,\n\nkiitos viestistä ja tarjouksesta hoitaa koiraa lauantaina! Meille löytyi jo joku, mutta kiitos kovasti.\n\nT. Mari', [], 'Friend\'s offer declined.')

# ---------------------------------------------------------------- sv
add('sv', S, 'application', 'hej lina! tack för ansökan. vi behöver folk som kan jobba nätter och du skrev att du bara kan dagtid, så det går tyvärr inte. lycka till! /Kvällsöppet Livs', [], 'Lowercase consequence after a shift constraint.')
add('sv', G, 'application', 'hej ebbe, tack för ansökan! vi har precis fått in folk så det går tyvärr inte just nu. ha det gott /Café Mullbär', ['så det går tyvärr inte just nu'], 'Consequence of a vague reason.')
add('sv', G, 'application', 'hej sam, kul att du hörde av dig om extrajobbet! vi har tittat på det men det blir inget den här gången. ha det fint /Ica Torget', ['det blir inget den här gången'], 'It comes to nothing this time.')
add('sv', G, 'final', 'Hej Karin,\n\nStyrelsen har gått igenom de två sista kandidaterna till rektorstjänsten. Det blev den andra kandidaten, och jag ville att du skulle få veta det av mig innan det offentliggörs på måndag.\n\nVänliga hälsningar\nBo Lindqvist, ordförande', ['Det blev den andra kandidaten'], 'Decision, then the timing of the announcement.')
add('sv', G, 'final', 'Underrättelse om anställningsbeslut\n\nHej Erik Sandberg,\n\nMiljönämnden har beslutat att anställa en annan sökande som miljöinspektör (Dnr. MN 2025/118). Tack för ditt intresse.\n\nPersonalenheten, Ljusdals kommun', ['Miljönämnden har beslutat att anställa en annan sökande som miljöinspektör (Dnr. MN 2025/118).'], 'Reference in brackets with "Dnr."')
add('sv', G, 'application', 'Hej, vi har redan hittat någon, tack ändå för mejlet! /Pia, Pias Trädgård', ['vi har redan hittat någon, tack ändå för mejlet'], 'Found someone, thanks for the mail.')
add('sv', G, 'interview', 'Hej Maja\n\nFörlåt att du fått vänta. Vi har valt en annan sökande.\n\nTrevlig helg!\nSofia\n\nDen 3 okt. 2024 kl. 14:05 skrev Maja Ek <maja.ek@postlada.se>:\n> Hej Sofia\n> Har ni hunnit bestämma er om tjänsten som barnskötare?\n> Mvh Maja', ['Vi har valt en annan sökande.'], 'Reply above the candidate\'s question.')
add('sv', S, 'interview', 'hej omar, tack för intervjun! tjänsten kräver B-körkort från start och det har du inte än, så det funkar tyvärr inte. /Hemtjänst Norr', [], 'Consequence after a missing licence.')
add('sv', N, None, 'Hej Anna,\n\ntack för kallelsen till intervju! På tisdag har jag en tenta, så det går tyvärr inte. Skulle torsdag fungera?\n\nMvh Linnea', [], 'Candidate: the interview date does not fit.')
add('sv', N, None, 'Hej,\n\nleveransen av plattorna kommer först på fredag, så det går tyvärr inte att lägga golvet på onsdag. Kan vi flytta det?\n\n/Byggservice Öst', [], 'Delivery that does not work out.')
add('sv', N, None, 'Hej Karin,\n\nStyrelsen tar inget beslut om rektorstjänsten förrän alla referenser är inne. Du får besked av mig innan det offentliggörs.\n\nBo', [], 'Decision still to come.')
add('sv', N, None, 'Hej Erik,\n\nTack för din ansökan till tjänsten som miljöinspektör (Dnr. MN 2025/118). Intervjuer hålls vecka 14.\n\nPersonalenheten', [], 'Receipt with a reference.')
add('sv', N, None, 'Hej Nils! Tack för offerten på fönsterputs, men vi har redan hittat någon. Tack ändå! /Eva', [], 'Supplier declined.')
add('sv', N, None, 'hej!\n\nde valde någon annan till jobbet på biblioteket 😕 men nästa vecka har jag en intervju till. håll tummarna!\n\nkram moa', [], 'Friend tells her own news.')
add('sv', N, None, 'Hej Maja\n\nVi vill gärna erbjuda dig tjänsten som barnskötare från 1 november! Avtalet kommer på måndag.\n\nTrevlig helg!\nSofia', [], 'Offer, weekend wish.')
add('sv', N, None, 'Hej Jenny, tack för mejlet och att du erbjöd dig att passa barnen på lördag! Vi har redan fått tag i någon, men tack ändå. /Sara', [], 'Friend\'s offer declined.')

# ---------------------------------------------------------------- da
add('da', S, 'application', 'hej mathias, tak for ansøgningen! vi mangler kun folk til nattevagter og du skrev at du kun kan om dagen, så det bliver ikke noget. god dag /Døgnnetto Vest', [], 'Lowercase consequence after a shift constraint.')
add('da', G, 'application', 'hej ida, tak for din ansøgning. vi har lige fået nye folk ind, så det bliver desværre ikke til noget denne gang. mvh Café Krogen', ['så det bliver desværre ikke til noget denne gang'], 'Consequence of a vague reason.')
add('da', G, 'application', 'Hej Frederik, tak for din mail om studiejobbet. Vi har kigget på det, men det bliver ikke noget denne gang. Mvh Lene', ['det bliver ikke noget denne gang'], 'It comes to nothing this time.')
add('da', G, 'final', 'Kære Henrik\n\nBestyrelsen har holdt møde om stillingen som forstander. Valget faldt på en anden kandidat, og jeg ville gerne selv fortælle dig det, inden vi offentliggør det på fredag.\n\nVenlig hilsen\nGitte Holm, formand', ['Valget faldt på en anden kandidat'], 'Decision, then the timing of the announcement.')
add('da', G, 'final', 'Meddelelse om ansættelse\n\nKære Camilla Dahl\n\nVi har nu ansat en anden ansøger i stillingen som byggesagsbehandler (J.nr. 2025-118). Tak for din interesse.\n\nHR, Skovby Kommune', ['Vi har nu ansat en anden ansøger i stillingen som byggesagsbehandler (J.nr. 2025-118).'], 'Reference in brackets with "J.nr."')
add('da', G, 'application', 'Hej, vi har allerede fundet nogen, men tak for din mail! /Jette, Jettes Rengøring', ['vi har allerede fundet nogen, men tak for din mail'], 'Found someone, thanks for the mail.')
add('da', G, 'interview', 'Hej Sofie\n\nUndskyld ventetiden. Vi har valgt en anden kandidat.\n\nGod weekend!\nMette\n\nDen 3. okt. 2024 kl. 14.05 skrev Sofie Lund <sofie.lund@postkasse.dk>:\n> Hej Mette\n> Har I truffet en beslutning om stillingen som dagplejer?\n> Mvh Sofie', ['Vi har valgt en anden kandidat.'], 'Reply above the candidate\'s question, weekend wish.')
add('da', S, 'interview', 'hej karim, tak for samtalen! jobbet kræver truckcertifikat fra dag ét, og det har du ikke endnu, så det går desværre ikke. /Lager Syd', [], 'Consequence after a missing certificate.')
add('da', N, None, 'Hej Louise\n\nTak for invitationen til samtale. Tirsdag er jeg til eksamen, så det går desværre ikke. Kunne torsdag passe?\n\nMvh Emma', [], 'Candidate: the interview date does not fit.')
add('da', N, None, 'Hej\n\nLeverancen af fliserne kommer først fredag, så det bliver ikke til noget med at lægge gulvet onsdag. Kan vi flytte det?\n\n/Byg & Bo', [], 'Delivery that does not work out.')
add('da', N, None, 'Kære Henrik\n\nBestyrelsen træffer ingen beslutning om forstanderstillingen, før alle referencer er indhentet. Du hører fra mig, inden vi offentliggør noget.\n\nGitte', [], 'Decision still to come.')
add('da', N, None, 'Kære Camilla\n\nTak for din ansøgning til stillingen som byggesagsbehandler (J.nr. 2025-118). Samtaler holdes i uge 14.\n\nHR, Skovby Kommune', [], 'Receipt with a reference.')
add('da', N, None, 'Hej Niels! Tak for tilbuddet på vinduespudsning, men vi har allerede fundet nogen. Tak alligevel! /Eva', [], 'Supplier declined.')
add('da', N, None, 'hej!\n\nde valgte en anden til jobbet i boghandlen 😕 men i næste uge har jeg en samtale mere. krydser fingre!\n\nknus cecilie', [], 'Friend tells her own news.')
add('da', N, None, 'Hej Sofie\n\nVi vil rigtig gerne tilbyde dig stillingen som dagplejer fra 1. november! Kontrakten kommer mandag.\n\nGod weekend!\nMette', [], 'Offer, weekend wish.')
add('da', N, None, 'Hej Maria, tak for din mail og fordi du tilbød at passe børnene lørdag! Vi har allerede fundet nogen, men tak alligevel. /Sara', [], 'Friend\'s offer declined.')

# ---------------------------------------------------------------- nb
add('nb', S, 'application', 'hei henrik, takk for søknaden! vi trenger bare folk på nattskift og du skrev at du bare kan jobbe dagtid, så det blir ikke noe. lykke til /Døgnkiosken Sentrum', [], 'Lowercase consequence after a shift constraint.')
add('nb', G, 'application', 'hei tuva, takk for søknaden. vi har akkurat fått inn nye folk, så det blir dessverre ikke noe av denne gangen. hilsen Kafé Brygga', ['så det blir dessverre ikke noe av denne gangen'], 'Consequence of a vague reason.')
add('nb', G, 'application', 'Hei Sindre, takk for mailen om sommerjobben. Vi har sett på det, men det blir ikke noe denne gangen. Mvh Kari', ['det blir ikke noe denne gangen'], 'It comes to nothing this time.')
add('nb', G, 'final', 'Kjære Øystein\n\nStyret har hatt møte om stillingen som daglig leder. Valget falt på en annen kandidat, og jeg ville at du skulle høre det fra meg før vi offentliggjør det på fredag.\n\nVennlig hilsen\nRandi Berg, styreleder', ['Valget falt på en annen kandidat'], 'Decision, then the timing of the announcement.')
add('nb', G, 'final', 'Melding om tilsetting\n\nKjære Ingrid Moe\n\nVi har nå tilsatt en annen søker i stillingen som byggesaksbehandler (ref. 2025/118). Takk for din interesse.\n\nHR, Fjellvik kommune', ['Vi har nå tilsatt en annen søker i stillingen som byggesaksbehandler (ref. 2025/118).'], 'Reference in brackets with "ref."')
add('nb', G, 'application', 'Hei, vi har allerede funnet noen, men takk for mailen! /Tone, Tones Renhold', ['vi har allerede funnet noen, men takk for mailen'], 'Found someone, thanks for the mail.')
add('nb', G, 'interview', 'Hei Silje\n\nBeklager at du har måttet vente. Vi har valgt en annen søker.\n\nGod helg!\nHege\n\nDen 3. okt. 2024 kl. 14:05 skrev Silje Vik <silje.vik@postkassen.no>:\n> Hei Hege\n> Har dere bestemt dere angående stillingen som barnehageassistent?\n> Mvh Silje', ['Vi har valgt en annen søker.'], 'Reply above the candidate\'s question, weekend wish.')
add('nb', S, 'interview', 'hei karim, takk for intervjuet! jobben krever truckførerbevis fra dag én, og det har du ikke ennå, så det går dessverre ikke. /Lager Sør', [], 'Consequence after a missing certificate.')
add('nb', N, None, 'Hei Lise\n\nTakk for invitasjonen til intervju. På tirsdag har jeg eksamen, så det går dessverre ikke. Passer torsdag?\n\nMvh Emma', [], 'Candidate: the interview date does not fit.')
add('nb', N, None, 'Hei\n\nLeveransen av flisene kommer først fredag, så det blir ikke noe av å legge gulvet onsdag. Kan vi flytte det?\n\n/Bygg & Bo', [], 'Delivery that does not work out.')
add('nb', N, None, 'Kjære Øystein\n\nStyret tar ingen beslutning om stillingen før alle referanser er innhentet. Du får høre fra meg før vi offentliggjør noe.\n\nRandi', [], 'Decision still to come.')
add('nb', N, None, 'Kjære Ingrid\n\nTakk for søknaden til stillingen som byggesaksbehandler (ref. 2025/118). Intervjuer holdes i uke 14.\n\nHR, Fjellvik kommune', [], 'Receipt with a reference.')
add('nb', N, None, 'Hei Nils! Takk for tilbudet på vindusvask, men vi har allerede funnet noen. Takk uansett! /Eva', [], 'Supplier declined.')
add('nb', N, None, 'hei!\n\nde valgte en annen til jobben i bokhandelen 😕 men neste uke har jeg et intervju til. kryss fingrene!\n\nklem ingrid', [], 'Friend tells her own news.')
add('nb', N, None, 'Hei Silje\n\nVi vil gjerne tilby deg stillingen som barnehageassistent fra 1. november! Kontrakten kommer mandag.\n\nGod helg!\nHege', [], 'Offer, weekend wish.')
add('nb', N, None, 'Hei Marte, takk for mailen og for at du tilbød deg å passe barna lørdag! Vi har allerede funnet noen, men takk uansett. /Sara', [], 'Friend\'s offer declined.')

# ---------------------------------------------------------------- en
add('en', S, 'application', 'hi josh, thanks for applying! we only need people for the 6am shift and you said mornings are out for you, so it\'s not going to work. good luck! - the bagel shack', [], 'Lowercase consequence after a shift constraint.')
add('en', G, 'application', 'hey priya, thanks for getting in touch about the weekend job. we\'ve just taken a couple of people on so it\'s not going to happen this time, sorry! - greenway garden centre', ["so it's not going to happen this time"], 'Consequence of a vague reason.')
add('en', G, 'application', 'Hi Callum, thanks for your email about the bar job. We had a think but it\'s a no from us this time. Cheers, Dee', ["it's a no from us this time"], 'A no this time.')
add('en', G, 'final', 'Dear Helen,\n\nThe trustees met yesterday to consider the two finalists for the chief executive post. They chose the other candidate, and I wanted you to hear it from me before we announce it on Friday.\n\nWarm regards,\nRichard Hale, Chair', ['They chose the other candidate'], 'Decision, then the timing of the announcement.')
add('en', G, 'final', 'Notice of appointment decision\n\nDear Mr Ahmed,\n\nThe Planning Committee has appointed another applicant to the post of Senior Planning Officer (Ref. PL-2025-118). Thank you for your interest.\n\nPeople Services, Eastvale District Council', ['The Planning Committee has appointed another applicant to the post of Senior Planning Officer (Ref. PL-2025-118).'], 'Reference in brackets with "Ref."')
add('en', G, 'application', 'Hi, we\'ve already found someone, thanks anyway for your email! Sue, Sue\'s Cleaning', ["we've already found someone, thanks anyway for your email"], 'Found someone, thanks for the email.')
add('en', G, 'interview', 'Hi Grace,\n\nSorry for the wait. We\'ve decided to go with another candidate.\n\nHave a lovely weekend!\nLaura\n\nOn 3 Oct 2024, at 14:05, Grace Hill <grace.hill@inbox.co.uk> wrote:\n> Hi Laura,\n> Just checking whether you\'ve made a decision on the nursery assistant role?\n> Thanks, Grace', ["We've decided to go with another candidate."], 'Reply above the candidate\'s question, weekend wish.')
add('en', S, 'interview', 'hi kyle, thanks for the interview! the job needs a full licence from day one and you haven\'t got yours yet, so unfortunately it won\'t work. - Swift Couriers', [], 'Consequence after a missing licence.')
add('en', N, None, 'Hi Amy,\n\nThanks for the interview invitation. I\'ve got an exam on Tuesday, so it\'s not going to work, sorry. Would Thursday suit?\n\nBest,\nEmma', [], 'Candidate: the interview date does not fit.')
add('en', N, None, 'Hi,\n\nThe tiles won\'t arrive until Friday, so it\'s not going to work for the Wednesday fitting. Can we move it?\n\nThanks,\nTileworks', [], 'Delivery that does not work out.')
add('en', N, None, 'Dear Helen,\n\nThe trustees will not choose between the finalists until all references are in. You will hear from me before we announce anything.\n\nRichard', [], 'Decision still to come.')
add('en', N, None, 'Dear Mr Ahmed,\n\nThank you for applying for the post of Senior Planning Officer (Ref. PL-2025-118). Interviews will be held in week 14.\n\nPeople Services', [], 'Receipt with a reference.')
add('en', N, None, 'Hi Nick, thanks for the quote for the window cleaning, but we\'ve already found someone. Thanks anyway! Eva', [], 'Supplier declined.')
add('en', N, None, 'hey!\n\nthey went with someone else for the bookshop job 😕 but I\'ve got another interview next week. fingers crossed!\n\nlove, meg', [], 'Friend tells her own news.')
add('en', N, None, 'Hi Grace,\n\nWe\'d love to offer you the nursery assistant role from 1 November! The contract will follow on Monday.\n\nHave a lovely weekend!\nLaura', [], 'Offer, weekend wish.')
add('en', N, None, 'Hi Jo, thanks for your message and for offering to babysit on Saturday! We\'ve already found someone, but thanks anyway. Sara', [], 'Friend\'s offer declined.')

out = Path(__file__).resolve().parents[2] / 'tests' / 'corpus' / 'decisions9.jsonl'
with out.open('w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
print(len(rows), 'rows;', sum(r['label'] != N for r in rows), 'rejections')

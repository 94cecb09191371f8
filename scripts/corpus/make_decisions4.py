#!/usr/bin/env python3
"""Builds tests/corpus/decisions4.jsonl (task decisions4): decision families that read as no decision — "we ended up
not continuing the process with you" (fi päätyä/päättää + negated jatkaa, formal and spoken), the employer "declining"
the reader (takke nej / tacka nej / takke nei / absagen), "we pointed to another, so it won't be you", a negated
match/fit said of the reader's candidacy, a club board hiring another coach for a paid post, "not among those
offered / invited", "you came second"; with look-alikes (a candidate declining, a flat or a supplier that does not
match, a club place, "you are among those we invite") and specific rejections using the same verbs with a reason.
Own wording. Row: (lang, label, stage, text, generic_spans, risky_spans, note)."""
import json, os

G, S, N = 'generic-rejection', 'specific-rejection', 'not-rejection'
R = []
def add(lang, label, stage, text, gen=(), risky=(), note=''):
    R.append((lang, label, stage, text, list(gen), list(risky), note))

# ---------------- sv ----------------
add('sv', G, 'application', "Hej Maja,\n\nTack för din ansökan till tjänsten som lagerarbetare. Efter att ha gått igenom alla ansökningar har vi dock valt att tacka nej.\n\nVänliga hälsningar\nRekryteringen, Nordlager AB",
    ["Efter att ha gått igenom alla ansökningar har vi dock valt att tacka nej"], note='The employer "declines" with no object, in a draft about the reader\'s application.')
add('sv', G, 'interview', "Hej Jonas,\n\nTack för intervjun i måndags. Vi har pekat ut en annan kandidat, så det blir inte du den här gången.\n\nHälsningar\nLena, Café Linden",
    ["Vi har pekat ut en annan kandidat, så det blir inte du den här gången"], note='"Pointed out another, so it won\'t be you".')
add('sv', G, 'interview', "Hej Sanna!\n\nTack för att du gjorde caset åt oss. Vi känner att det inte riktigt är rätt match för oss just nu, men vi önskar dig lycka till framöver.\n\n/Emma, Byrå Nord",
    ["Vi känner att det inte riktigt är rätt match för oss just nu"], note='Negated match after a case.')
add('sv', G, 'application', "Hej Fredrik,\n\nTack för ditt intresse för tjänsten som tränare för damlaget. Styrelsen har valt att anlita en annan tränare inför säsongen.\n\nMed vänlig hälsning\nStyrelsen, Norrby IF",
    ["Styrelsen har valt att anlita en annan tränare inför säsongen"], note='Club board engages another coach for a paid post.')
add('sv', G, 'application', "Hej Amir,\n\nEfter en samlad bedömning är du inte bland dem som vi kallar till intervju för tjänsten som ekonom.\n\nVänliga hälsningar\nHR-avdelningen",
    ["Efter en samlad bedömning är du inte bland dem som vi kallar till intervju för tjänsten som ekonom"], note='Not among those invited.')
add('sv', G, 'interview', "Hej Lisa,\n\nTack för en fin intervju. Det var jämnt ända in i slutet, men du hamnade på en knapp andraplats den här gången.\n\nHälsningar\nAnders",
    ["Det var jämnt ända in i slutet, men du hamnade på en knapp andraplats den här gången"], note='Came a narrow second.')
add('sv', G, 'interview', "Hej Tove,\n\nEfter samtal i teamet har vi kommit fram till att vi inte fortsätter processen med dig. Tack för din tid!\n\nHälsningar\nMikael",
    ["Efter samtal i teamet har vi kommit fram till att vi inte fortsätter processen med dig"], note='Concluded not to continue the process with the reader.')
add('sv', N, 'offer', "Hej Karin,\n\nTack för erbjudandet om tjänsten. Jag har funderat länge, men jag har valt att tacka nej till er den här gången eftersom jag stannar hos min nuvarande arbetsgivare.\n\nVänliga hälsningar\nOlle Sund",
    note='The candidate declines the offer.')
add('sv', N, None, "Hej Pia,\n\nVi har tittat på lägenheten en gång till och känner att den inte riktigt är rätt match för oss just nu. Tack för visningen!\n\nHälsningar\nJenny och Ola",
    note='A flat that does not match.')
add('sv', N, 'application', "Hej Elin,\n\nGlada nyheter: du är bland dem som vi kallar till en andra intervju för tjänsten som controller. Vi hör av oss med tider i morgon.\n\nHälsningar\nHR",
    note='Among those invited.')
add('sv', S, 'interview', "Hej Viktor,\n\nTack för intervjun. Vi har pekat ut en annan kandidat, eftersom tjänsten kräver elbehörighet från första dagen och den saknar du ännu.\n\nHälsningar\nLinda, Elteknik Syd",
    note='Pointed out another + a licence the reader lacks.')
add('sv', S, 'interview', "Hej Moa,\n\nVi har valt att tacka nej till dig, eftersom tjänsten kräver flytande tyska och det märktes under intervjun att du inte riktigt är där än.\n\nHälsningar\nPatrik",
    note='Declines the reader + a language requirement tested in the interview.')

# ---------------- da ----------------
add('da', G, 'application', "Kære Mette\n\nTak for din ansøgning til stillingen som bogholder. Efter en gennemgang af ansøgningerne må vi desværre takke nej til dig denne gang.\n\nVenlig hilsen\nØkonomiafdelingen",
    ["Efter en gennemgang af ansøgningerne må vi desværre takke nej til dig denne gang"], note='The employer must decline the reader.')
add('da', G, 'interview', "Hej Rasmus\n\nTak for samtalen i går. Vi har peget på en anden kandidat, så det bliver ikke dig i denne omgang.\n\nVh Birgitte",
    ["Vi har peget på en anden kandidat, så det bliver ikke dig i denne omgang"], note='Pointed to another, so it won\'t be you.')
add('da', G, 'interview', "Hej Sofie\n\nTak for din løsning af casen. Vi synes ikke helt, at det er det rigtige match lige nu, men tak for din tid.\n\nMvh\nKasper, Reklamehuset",
    ["Vi synes ikke helt, at det er det rigtige match lige nu"], note='Negated match after a case.')
add('da', G, 'application', "Hej Morten\n\nTak for din interesse i trænerjobbet for førsteholdet. Bestyrelsen har besluttet at hente en anden træner ind til den nye sæson.\n\nMvh\nBestyrelsen, Vestby BK",
    ["Bestyrelsen har besluttet at hente en anden træner ind til den nye sæson"], note='Club board brings in another coach.')
add('da', G, 'application', "Kære Anders\n\nEfter en samlet vurdering er du desværre ikke blandt dem, der bliver inviteret til samtale om stillingen som projektleder.\n\nVenlig hilsen\nHR",
    ["Efter en samlet vurdering er du desværre ikke blandt dem, der bliver inviteret til samtale om stillingen som projektleder"], note='Not among those invited.')
add('da', G, 'interview', "Hej Louise\n\nDet var et tæt løb, men du endte som nummer to denne gang.\n\nVh Kim",
    ["Det var et tæt løb, men du endte som nummer to denne gang"], note='Came second.')
add('da', G, 'interview', "Hej Jakob\n\nVi har i teamet besluttet ikke at fortsætte forløbet med dig.\n\nVh Pernille",
    ["Vi har i teamet besluttet ikke at fortsætte forløbet med dig"], note='Decided not to continue the process with the reader.')
add('da', N, 'offer', "Hej Camilla\n\nTak for tilbuddet om stillingen. Jeg har dog valgt at takke nej, da jeg har fået et andet job tættere på hjemmet.\n\nVenlig hilsen\nMads Holm",
    note='The candidate declines the offer.')
add('da', N, None, "Hej Henrik\n\nTak for jeres tilbud på den nye hjemmeside. Vi har peget på et andet bureau, så det bliver ikke jer denne gang.\n\nMvh\nAnne, Bageriet Kornet",
    note='A supplier bid not chosen.')
add('da', N, 'interview', "Kære Sara\n\nDu er blandt dem, der bliver inviteret til anden samtale om stillingen som controller. Vi sender forslag til tider i morgen.\n\nVenlig hilsen\nHR",
    note='Among those invited.')
add('da', S, 'interview', "Hej Frederik\n\nVi har peget på en anden kandidat, fordi vi har brug for en med C-kørekort fra dag ét, og det har du ikke endnu.\n\nVh Jens, Transport A/S",
    note='Pointed to another + a licence the reader lacks.')
add('da', S, 'interview', "Hej Ida\n\nVi må takke nej til dig, da stillingen kræver flydende tysk, og det stod klart under samtalen, at du ikke er der endnu.\n\nVh Tina",
    note='Declines the reader + a language requirement.')

# ---------------- nb ----------------
add('nb', G, 'application', "Hei Ingrid\n\nTakk for søknaden din på stillingen som lagermedarbeider. Vi må dessverre takke nei til deg denne gangen.\n\nHilsen\nLagerbygg AS",
    ["Vi må dessverre takke nei til deg denne gangen"], note='The employer must decline the reader.')
add('nb', G, 'interview', "Hei Ole\n\nTakk for intervjuet. Vi har pekt på en annen kandidat, så det blir ikke deg denne gangen.\n\nHilsen Randi",
    ["Vi har pekt på en annen kandidat, så det blir ikke deg denne gangen"], note='Pointed to another, so it won\'t be you.')
add('nb', G, 'interview', "Hei Silje\n\nTakk for at du tok deg tid til casen. Vi tror ikke det er helt riktig match akkurat nå, men lykke til videre.\n\nHilsen Håkon, Byrå Vest",
    ["Vi tror ikke det er helt riktig match akkurat nå"], note='Negated match after a case.')
add('nb', G, 'application', "Hei Thomas\n\nTakk for at du søkte på trenerjobben for A-laget. Styret har landet på å gå for en annen løsning til neste sesong.\n\nHilsen\nStyret, Fjellby IL",
    ["Styret har landet på å gå for en annen løsning til neste sesong"], note='Club board goes for another solution for a paid coaching job.')
add('nb', G, 'application', "Hei Kari\n\nEtter en helhetsvurdering er du ikke blant dem som blir innkalt til intervju til stillingen som regnskapsfører.\n\nMed vennlig hilsen\nHR",
    ["Etter en helhetsvurdering er du ikke blant dem som blir innkalt til intervju til stillingen som regnskapsfører"], note='Not among those invited.')
add('nb', G, 'interview', "Hei Even\n\nDet var jevnt helt til slutt, men du endte dessverre på andreplass denne gangen.\n\nHilsen Siri",
    ["Det var jevnt helt til slutt, men du endte dessverre på andreplass denne gangen"], note='Came second.')
add('nb', G, 'interview', "Hei Marte\n\nVi har i teamet kommet fram til at vi ikke går videre med deg i prosessen.\n\nHilsen Lars",
    ["Vi har i teamet kommet fram til at vi ikke går videre med deg i prosessen"], note='Concluded not to continue with the reader.')
add('nb', N, 'offer', "Hei Lise\n\nTusen takk for tilbudet. Jeg har bestemt meg for å takke nei til stillingen, siden jeg har fått en annen jobb nærmere hjemme.\n\nHilsen\nMari Dahl",
    note='The candidate declines the offer.')
add('nb', N, None, "Hei Per\n\nVi har sett på leiligheten igjen, og vi tror ikke den er riktig match for oss akkurat nå, så vi trekker budet.\n\nHilsen Kjersti og Arne",
    note='A flat that does not match.')
add('nb', N, None, "Hei Jonas\n\nDessverre har vi ikke plass til deg på 2012-partiet denne sesongen, men du står først på ventelista.\n\nHilsen\nTurnforeningen",
    note='A club place (a training group), not a job.')
add('nb', S, 'interview', "Hei Anders\n\nVi har pekt på en annen kandidat fordi stillingen krever fagbrev som elektriker, og det har du ikke ennå.\n\nHilsen Trond, Elektro Nord",
    note='Pointed to another + a certificate the reader lacks.')
add('nb', S, 'interview', "Hei Nora\n\nVi har valgt å takke nei til deg, siden vi trenger noen som snakker flytende tysk med kundene våre, og det er du ikke helt der ennå.\n\nHilsen Eva",
    note='Declines the reader + a language requirement.')

# ---------------- en ----------------
add('en', G, 'application', "Hi Tom,\n\nThank you for applying for the warehouse assistant role. I'm afraid we've decided to say no on this occasion.\n\nBest wishes,\nNorthway Logistics",
    ["I'm afraid we've decided to say no on this occasion"], note='The employer says no, no object, in a draft about the reader\'s application.')
add('en', G, 'interview', "Hi Sarah,\n\nThanks for coming in on Monday. We've settled on someone else, so it won't be you this time.\n\nCheers,\nGreg",
    ["We've settled on someone else, so it won't be you this time"], note='"It won\'t be you".')
add('en', G, 'interview', "Hi Liam,\n\nThanks for doing the case study. We don't feel it's quite the right fit for us right now, but thank you for your time.\n\nBest,\nAnna, Brightside Studio",
    ["We don't feel it's quite the right fit for us right now"], note='Negated fit after a case.')
add('en', G, 'application', "Hi Dan,\n\nThanks for applying for the first-team coach job. The committee has decided to bring in another coach for the coming season.\n\nKind regards,\nThe Committee, Riverside FC",
    ["The committee has decided to bring in another coach for the coming season"], note='Club committee hires another coach for a paid post.')
add('en', G, 'application', "Dear Priya,\n\nAfter careful consideration, you are not among those we are inviting to interview for the analyst position.\n\nKind regards,\nHR Team",
    ["After careful consideration, you are not among those we are inviting to interview for the analyst position"], note='Not among those invited.')
add('en', G, 'interview', "Hi Ellie,\n\nIt was really close, but you came a narrow second this time.\n\nBest,\nRuth",
    ["It was really close, but you came a narrow second this time"], note='Came second.')
add('en', G, 'interview', "Hi Mark,\n\nAs a team we've decided not to continue the process with you. Thanks for your time.\n\nBest,\nJoanne",
    ["As a team we've decided not to continue the process with you"], note='Decided not to continue with the reader.')
add('en', N, 'offer', "Dear Helen,\n\nThank you for the offer. After a lot of thought I have decided to say no, as I've accepted another role closer to home.\n\nKind regards,\nSam Reed",
    note='The candidate says no to the offer.')
add('en', N, None, "Hi Gary,\n\nThanks for the quote. We've settled on another removals firm, so it won't be you for the office move this time.\n\nCheers,\nFiona",
    note='A supplier not chosen.')
add('en', N, 'interview', "Hi Josh,\n\nGood news: you are among those we'd like to invite to the second round for the designer role.\n\nBest,\nHR",
    note='Among those invited.')
add('en', S, 'interview', "Hi Kate,\n\nWe've settled on someone else because the role needs a forklift licence from day one, which you don't have yet.\n\nBest,\nPhil",
    note='Settled on another + a licence the reader lacks.')
add('en', S, 'interview', "Hi Omar,\n\nWe have decided not to continue the process with you, as the position requires fluent German and it became clear in the interview that you're not there yet.\n\nBest,\nClaire",
    note='Not continuing + a language requirement tested in the interview.')

# ---------------- de ----------------
add('de', G, 'application', "Sehr geehrter Herr Wagner,\n\nvielen Dank für Ihre Bewerbung als Sachbearbeiter. Nach Durchsicht aller Unterlagen haben wir uns entschieden, Ihnen abzusagen.\n\nMit freundlichen Grüßen\nPersonalabteilung",
    ["Nach Durchsicht aller Unterlagen haben wir uns entschieden, Ihnen abzusagen"], note='Decided to turn the reader down.')
add('de', G, 'interview', "Hallo Frau Roth,\n\ndanke für das Gespräch. Unsere Wahl ist auf eine andere Kandidatin gefallen, diesmal sind Sie es also leider nicht.\n\nViele Grüße\nMarkus",
    ["Unsere Wahl ist auf eine andere Kandidatin gefallen, diesmal sind Sie es also leider nicht"], note='"This time it is not you".')
add('de', G, 'interview', "Hallo Jan,\n\ndanke für die Bearbeitung der Fallstudie. Wir haben das Gefühl, dass es aktuell nicht das richtige Match ist, wünschen dir aber alles Gute.\n\nViele Grüße\nSteffi",
    ["Wir haben das Gefühl, dass es aktuell nicht das richtige Match ist"], note='Negated match after a case.')
add('de', G, 'application', "Hallo Herr Becker,\n\ndanke für Ihre Bewerbung als Cheftrainer unserer ersten Mannschaft. Der Vorstand hat beschlossen, für die kommende Saison einen anderen Trainer zu verpflichten.\n\nSportliche Grüße\nDer Vorstand, SV Grünau",
    ["Der Vorstand hat beschlossen, für die kommende Saison einen anderen Trainer zu verpflichten"], note='Club board signs another coach for a paid post.')
add('de', G, 'application', "Sehr geehrte Frau Yilmaz,\n\nnach sorgfältiger Prüfung gehören Sie leider nicht zu den Bewerberinnen und Bewerbern, die wir zum Vorstellungsgespräch einladen.\n\nMit freundlichen Grüßen\nPersonalabteilung",
    ["nach sorgfältiger Prüfung gehören Sie leider nicht zu den Bewerberinnen und Bewerbern, die wir zum Vorstellungsgespräch einladen"], note='Not among those invited.')
add('de', G, 'interview', "Hallo Herr Ott,\n\nes war sehr knapp, aber am Ende sind Sie auf dem zweiten Platz gelandet.\n\nViele Grüße\nSandra",
    ["es war sehr knapp, aber am Ende sind Sie auf dem zweiten Platz gelandet"], note='Came second.')
add('de', G, 'interview', "Hallo Sophie,\n\nwir haben im Team entschieden, den Prozess mit dir nicht fortzusetzen.\n\nLiebe Grüße\nJulia",
    ["wir haben im Team entschieden, den Prozess mit dir nicht fortzusetzen"], note='Decided not to continue the process with the reader.')
add('de', N, 'offer', "Sehr geehrte Frau Keller,\n\nvielen Dank für Ihr Angebot. Ich habe mich entschieden, Ihnen abzusagen, weil ich bei meinem jetzigen Arbeitgeber bleibe.\n\nMit freundlichen Grüßen\nLukas Brandt",
    note='The candidate turns the employer down.')
add('de', N, None, "Hallo Jörg,\n\nder Donnerstag passt bei mir leider gar nicht, das wird also nichts diese Woche. Wie wäre es mit Montag?\n\nGruß\nBettina",
    note='A date that does not fit.')
add('de', N, 'application', "Sehr geehrter Herr Demir,\n\nwir freuen uns, Ihnen mitzuteilen, dass Sie zu den Bewerbern gehören, die wir zum Vorstellungsgespräch einladen.\n\nMit freundlichen Grüßen\nPersonalabteilung",
    note='Among those invited.')
add('de', S, 'application', "Hallo Herr Krüger,\n\nder Vorstand hat sich entschieden, einen anderen Trainer zu verpflichten, weil wir für die Oberliga jemanden mit A-Lizenz brauchen, die Ihnen noch fehlt.\n\nSportliche Grüße\nSV Grünau",
    note='Another coach + a licence the reader lacks.')
add('de', S, 'interview', "Sehr geehrte Frau Lange,\n\nleider müssen wir Ihnen absagen, da die Stelle fließendes Französisch voraussetzt und das im Gespräch noch nicht der Fall war.\n\nMit freundlichen Grüßen\nPersonalabteilung",
    note='Turns the reader down + a language requirement.')

# ---------------- fi ----------------
add('fi', G, 'interview', "Hei Mikko,\n\nKiitos haastattelusta. Olemme päätyneet siihen, ettemme jatka rekrytointiprosessia kanssasi.\n\nYstävällisin terveisin\nHanna",
    ["Olemme päätyneet siihen, ettemme jatka rekrytointiprosessia kanssasi"], note='Ended up not continuing the process with the reader (formal).')
add('fi', G, 'interview', "Moi Jani!\n\nPäätettiin porukalla, ettei jatketa sun kanssa eteenpäin tässä haussa.\n\nt. Sami",
    ["Päätettiin porukalla, ettei jatketa sun kanssa eteenpäin tässä haussa"], note='Spoken passive: decided not to continue with the reader.')
add('fi', G, 'interview', "Hei Emilia,\n\nKiitos case-tehtävästä. Meistä tuntuu, että osaamisesi ja tarpeemme eivät ihan kohtaa juuri nyt.\n\nTerveisin\nOskari",
    ["Meistä tuntuu, että osaamisesi ja tarpeemme eivät ihan kohtaa juuri nyt"], note='Negated match after a case.')
add('fi', G, 'application', "Hei Juha,\n\nKiitos hakemuksestasi edustusjoukkueen päävalmentajaksi. Hallitus on päättänyt palkata toisen valmentajan tulevalle kaudelle.\n\nTerveisin\nHallitus, Koskelan Pallo",
    ["Hallitus on päättänyt palkata toisen valmentajan tulevalle kaudelle"], note='Club board hires another coach.')
add('fi', G, 'application', "Hei Aino,\n\nKokonaisarvion perusteella et valitettavasti ollut niiden hakijoiden joukossa, jotka kutsutaan haastatteluun.\n\nYstävällisin terveisin\nHR",
    ["Kokonaisarvion perusteella et valitettavasti ollut niiden hakijoiden joukossa, jotka kutsutaan haastatteluun"], note='Not among those invited.')
add('fi', G, 'interview', "Hei Ville,\n\nValinta oli tiukka, ja jäit lopulta toiselle sijalle.\n\nTerveisin\nMaria",
    ["Valinta oli tiukka, ja jäit lopulta toiselle sijalle"], note='Came second.')
add('fi', G, 'interview', "Hei Petri,\n\nKiitos mielenkiinnostasi. Päädyimme tehtävään lopulta toiseen ehdokkaaseen.\n\nTerveisin\nRiikka",
    ["Päädyimme tehtävään lopulta toiseen ehdokkaaseen"], note='Ended up with another candidate.')
add('fi', N, 'offer', "Hei Sari,\n\nKiitos työtarjouksesta. Päädyin siihen, etten jatka prosessia kanssanne, koska otin vastaan toisen paikan.\n\nTerveisin\nLeena Aho",
    note='The candidate ends the process.')
add('fi', N, None, "Hei Kalle,\n\nKiitos tarjouksestanne. Päätimme, ettemme jatka siivoussopimusta kanssanne ensi vuonna.\n\nTerveisin\nAsunto Oy Pihlaja",
    note='A supplier contract not continued.')
add('fi', N, 'interview', "Hei Noora,\n\nHienoja uutisia: olit niiden hakijoiden joukossa, jotka kutsumme toiselle haastattelukierrokselle.\n\nTerveisin\nHR",
    note='Among those invited.')
add('fi', S, 'interview', "Hei Tuomas,\n\nOlemme päätyneet siihen, ettemme jatka prosessia kanssasi, koska tehtävä edellyttää sujuvaa ruotsia, ja haastattelussa kävi ilmi, ettei kielitaitosi ole vielä sillä tasolla.\n\nTerveisin\nKatja",
    note='Not continuing + a language requirement tested in the interview.')
add('fi', S, 'interview', "Hei Ronja,\n\nJäit toiseksi, koska valitulla hakijalla on usean vuoden kokemus SAP-käyttöönotoista, ja juuri sitä tarvitsemme nyt.\n\nTerveisin\nAntti",
    note='Came second + the hire\'s named experience.')

out = os.path.join(os.path.dirname(__file__), '..', '..', 'tests', 'corpus', 'decisions4.jsonl')
n = {}
with open(out, 'w', encoding='utf-8') as f:
    for lang, label, stage, text, gen, risky, note in R:
        n[lang] = n.get(lang, 0) + 1
        for s in gen + risky:
            assert s in text, (lang, n[lang], s)
        row = {'id': f'd4-{lang}-{n[lang]:03d}', 'lang': lang, 'label': label, 'stage': stage, 'text': text,
               'generic_spans': gen, 'risky_spans': risky, 'note': note}
        f.write(json.dumps(row, ensure_ascii=False) + '\n')
print(len(R), n)

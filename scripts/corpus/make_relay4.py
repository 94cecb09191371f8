"""Task relay4: forwards whose client asks the forwarder to thank the greeted reader and states a choice of the
other one; cover lines below or above; Outlook headers; the thanks request in a P.S.; look-alikes (an offer, an
invitation / the reader chosen, a forward to a colleague). Own wording. Writes tests/corpus/relay4.jsonl."""
import json

G, N = "generic-rejection", "not-rejection"
rows = []


def add(lang, n, label, text, spans, note):
    for s in spans:
        assert s in text, (lang, n, s)
    rows.append({"id": f"rl4-{lang}-{n:03d}", "lang": lang, "label": label, "stage": "final" if label == G else None,
                 "text": text, "generic_spans": spans, "risky_spans": [], "note": note})


# ---------------- sv
add("sv", 1, G, """Hej Moa,

---------- Vidarebefordrat meddelande ---------
Från: Lars Ekdahl <lars.ekdahl@vastbygg.se>
Datum: ons 5 juni 2025 kl. 10:12
Ämne: Sv: Arbetsledare – två kvar
Till: Cecilia Fors <cecilia@rekryteringspartner.se>

Hej Cecilia, vi landade i den andra. Tacka fru Lindqvist varmt från oss, det var jämnt.
Lars

Som du ser ovan gick det tyvärr inte hela vägen den här gången. Hör av dig när du vill prata!
Cecilia""", ["vi landade i den andra.", "gick det tyvärr inte hela vägen den här gången."], "cover below, client writes the surname")
add("sv", 2, G, """Hej Oskar,

jag skickar vidare beskedet från kunden nedan. Tråkigt, du var verkligen med ända in i kaklet.

/Cecilia

________________________________
Från: Malin Sjögren <malin.sjogren@nordlogistik.se>
Skickat: den 4 juni 2025 15:20
Till: Cecilia Fors <cecilia@rekryteringspartner.se>
Ämne: SV: Teamledare lager

Hej Cecilia!
Vi valde att gå vidare med den andra. Hälsa och tacka Oskar från mig.
Malin""", ["Vi valde att gå vidare med den andra."], "Outlook block, cover above")
add("sv", 3, G, """Hej Amira,

---------- Vidarebefordrat meddelande ---------
Från: Johan Berg <johan@bergsel.se>
Datum: tis 3 juni 2025 kl. 16:48
Ämne: Sv: Elektriker Sundsvall
Till: Sofia Dahl <sofia@installatorsrekrytering.se>

Hej Sofia, vi kör på någon annan den här gången.
Johan

PS. Tacka Amira för att hon ställde upp på provdagen.

Som du ser blev det tyvärr inte du den här gången. Jag ringer dig i veckan.
Sofia""", ["vi kör på någon annan den här gången.", "blev det tyvärr inte du den här gången."], "thanks request in a P.S., cover below")
add("sv", 4, N, """Hej Moa,

---------- Vidarebefordrat meddelande ---------
Från: Lars Ekdahl <lars.ekdahl@vastbygg.se>
Datum: ons 5 juni 2025 kl. 10:12
Ämne: Sv: Arbetsledare – två kvar
Till: Cecilia Fors <cecilia@rekryteringspartner.se>

Hej Cecilia, vi vill erbjuda Moa tjänsten. Framför våra gratulationer och tacka henne för en fin intervju.
Lars

Som du ser ovan – grattis! Ring mig så går vi igenom avtalet.
Cecilia""", [], "forwarded offer with congratulations: not a rejection")
add("sv", 5, N, """Hej Fredrik,

FYI nedan från kunden. Kan du uppdatera systemet och stänga ärendet?

/Cecilia

---------- Vidarebefordrat meddelande ---------
Från: Lars Ekdahl <lars.ekdahl@vastbygg.se>
Datum: ons 5 juni 2025 kl. 10:12
Ämne: Sv: Arbetsledare – två kvar
Till: Cecilia Fors <cecilia@rekryteringspartner.se>

Hej Cecilia, vi tar den andra. Tacka Moa från oss.
Lars""", [], "forward to a colleague: the candidate named in the third person, not greeted")

# ---------------- da
add("da", 1, G, """Hej Sofie

---------- Videresendt besked ---------
Fra: Henrik Møller <hm@mollerel.dk>
Dato: ons. 4. jun. 2025 kl. 09.30
Emne: Sv: Elektrikere – de sidste to
Til: Line Holm <line@teknikrekruttering.dk>

Hej Line, vi er endt med den anden. Sig tak til fru Jessen fra os, det var tæt løb.
Henrik

Som du kan se ovenfor, blev det desværre ikke dig denne gang. Jeg ringer i morgen.
Line""", ["vi er endt med den anden.", "blev det desværre ikke dig denne gang."], "cover below, client writes the surname")
add("da", 2, G, """Hej Rasmus

jeg sender kundens svar videre herunder. Ærgerligt – du var helt med til sidst.

Mvh
Line

________________________________
Fra: Karina Vestergaard <kv@fynslogistik.dk>
Sendt: 3. juni 2025 14:05
Til: Line Holm <line@teknikrekruttering.dk>
Emne: SV: Holdleder lager

Hej Line
Vi har valgt at gå videre med en anden. Hils og sig tak til Rasmus fra mig.
Karina""", ["Vi har valgt at gå videre med en anden."], "Outlook block, cover above")
add("da", 3, G, """Hej Nadia

---------- Videresendt besked ---------
Fra: Ole Kragh <ole@kraghvvs.dk>
Dato: tir. 3. jun. 2025 kl. 16.40
Emne: Sv: VVS-montør Aarhus
Til: Mette Lund <mette@haandvaerkerjob.dk>

Hej Mette, vi går med en anden denne gang.
Ole

PS: Sig tak til Nadia for prøvedagen.

Som du kan se, gik det desværre ikke denne gang. Jeg ringer til dig i løbet af ugen.
Mette""", ["vi går med en anden denne gang.", "gik det desværre ikke denne gang."], "thanks request in a P.S., cover below")
add("da", 4, N, """Hej Sofie

---------- Videresendt besked ---------
Fra: Henrik Møller <hm@mollerel.dk>
Dato: ons. 4. jun. 2025 kl. 09.30
Emne: Sv: Elektrikere – de sidste to
Til: Line Holm <line@teknikrekruttering.dk>

Hej Line, vi vil gerne tilbyde Sofie stillingen. Giv hende vores tillykke og tak for en god samtale.
Henrik

Som du kan se ovenfor – tillykke! Ring til mig, så tager vi kontrakten.
Line""", [], "forwarded offer with congratulations")
add("da", 5, N, """Hej Jonas

Til orientering herunder. Kan du opdatere systemet og lukke sagen?

/Line

---------- Videresendt besked ---------
Fra: Henrik Møller <hm@mollerel.dk>
Dato: ons. 4. jun. 2025 kl. 09.30
Emne: Sv: Elektrikere – de sidste to
Til: Line Holm <line@teknikrekruttering.dk>

Hej Line, vi tager den anden. Sig tak til Sofie fra os.
Henrik""", [], "forward to a colleague")

# ---------------- nb
add("nb", 1, G, """Hei Ingrid,

---------- Videresendt melding ---------
Fra: Geir Solberg <geir@solbergelektro.no>
Dato: ons. 4. jun. 2025 kl. 09:30
Emne: SV: Elektrikere – de to siste
Til: Hanne Berg <hanne@teknorekruttering.no>

Hei Hanne, vi har landet på den andre. Hils fru Aas og takk for innsatsen, det var jevnt.
Geir

Som du ser over, ble det dessverre ikke deg denne gangen. Jeg ringer deg i morgen.
Hanne""", ["vi har landet på den andre.", "ble det dessverre ikke deg denne gangen."], "cover below, client writes the surname")
add("nb", 2, G, """Hei Magnus,

jeg sender svaret fra kunden videre nedenfor. Kjedelig – du var med helt til slutt.

Hilsen
Hanne

________________________________
Fra: Tone Lie <tone.lie@vestlager.no>
Sendt: 3. juni 2025 14:05
Til: Hanne Berg <hanne@teknorekruttering.no>
Emne: SV: Skiftleder lager

Hei Hanne!
Vi har valgt å gå videre med en annen. Hils Magnus og takk ham fra meg.
Tone""", ["Vi har valgt å gå videre med en annen."], "Outlook block, cover above")
add("nb", 3, G, """Hei Samira,

---------- Videresendt melding ---------
Fra: Rune Dahl <rune@dahlror.no>
Dato: tir. 3. jun. 2025 kl. 16:40
Emne: SV: Rørlegger Bergen
Til: Kristin Moe <kristin@haandverkerjobb.no>

Hei Kristin, vi går for en annen denne gangen.
Rune

PS: Si takk til Samira for prøvedagen.

Som du ser, gikk det dessverre ikke denne gangen. Jeg ringer deg i løpet av uka.
Kristin""", ["vi går for en annen denne gangen.", "gikk det dessverre ikke denne gangen."], "thanks request in a P.S., cover below")
add("nb", 4, N, """Hei Ingrid,

---------- Videresendt melding ---------
Fra: Geir Solberg <geir@solbergelektro.no>
Dato: ons. 4. jun. 2025 kl. 09:30
Emne: SV: Elektrikere – de to siste
Til: Hanne Berg <hanne@teknorekruttering.no>

Hei Hanne, vi vil gjerne tilby Ingrid stillingen. Gi henne våre gratulasjoner og takk for et godt intervju.
Geir

Som du ser over – gratulerer! Ring meg, så går vi gjennom kontrakten.
Hanne""", [], "forwarded offer with congratulations")
add("nb", 5, N, """Hei Eirik,

Til orientering nedenfor. Kan du oppdatere systemet og lukke saken?

/Hanne

---------- Videresendt melding ---------
Fra: Geir Solberg <geir@solbergelektro.no>
Dato: ons. 4. jun. 2025 kl. 09:30
Emne: SV: Elektrikere – de to siste
Til: Hanne Berg <hanne@teknorekruttering.no>

Hei Hanne, vi tar den andre. Hils Ingrid og takk fra oss.
Geir""", [], "forward to a colleague")

# ---------------- en
add("en", 1, G, """Hi Chloe,

---------- Forwarded message ---------
From: Gareth Hughes <gareth@hughesjoinery.co.uk>
Date: Wed, 4 Jun 2025 at 09:30
Subject: RE: Joiners – last two
To: Becky Shaw <becky@tradesearch.co.uk>

Becky – we've landed on the other one. Please thank Ms Carter for us, it was a close call.
Gareth

Chloe, as you can see above, it wasn't to be this time, I'm afraid. I'll call you tomorrow.
Becky""", ["we've landed on the other one.", "it wasn't to be this time, I'm afraid."], "cover below, client writes the surname")
add("en", 2, G, """Hi Tom,

passing on the client's reply below. Really sorry – you were right there at the end.

Becky

________________________________
From: Laura Pike <laura.pike@northfreight.co.uk>
Sent: 03 June 2025 14:05
To: Becky Shaw <becky@tradesearch.co.uk>
Subject: RE: Shift Lead – warehouse

Hi Becky,
We've decided to go ahead with someone else. Do give Tom our thanks.
Laura""", ["We've decided to go ahead with someone else."], "Outlook block, cover above")
add("en", 3, G, """Hi Zainab,

---------- Forwarded message ---------
From: Dan Murphy <dan@murphyplumbing.ie>
Date: Tue, 3 Jun 2025 at 16:40
Subject: RE: Plumber – Cork
To: Niamh Walsh <niamh@tradesireland.ie>

Niamh, we're going with someone else this time.
Dan

PS. Thank Zainab for the trial day from us.

As you can see, it didn't come off this time, sorry. I'll ring you during the week.
Niamh""", ["we're going with someone else this time.", "it didn't come off this time, sorry."], "thanks request in a P.S., cover below")
add("en", 4, N, """Hi Chloe,

---------- Forwarded message ---------
From: Gareth Hughes <gareth@hughesjoinery.co.uk>
Date: Wed, 4 Jun 2025 at 09:30
Subject: RE: Joiners – last two
To: Becky Shaw <becky@tradesearch.co.uk>

Becky – we'd like to offer Chloe the job. Pass on our congratulations and thank her for a great interview.
Gareth

As you can see above – congratulations! Give me a call and we'll go through the contract.
Becky""", [], "forwarded offer with congratulations")
add("en", 5, N, """Hi Rob,

FYI below from the client. Can you update the system and close the req?

Becky

---------- Forwarded message ---------
From: Gareth Hughes <gareth@hughesjoinery.co.uk>
Date: Wed, 4 Jun 2025 at 09:30
Subject: RE: Joiners – last two
To: Becky Shaw <becky@tradesearch.co.uk>

Becky – we'll take the other one. Thank Chloe for us.
Gareth""", [], "forward to a colleague")

# ---------------- de
add("de", 1, G, """Hallo Jana,

---------- Weitergeleitete Nachricht ---------
Von: Uwe Brandt <u.brandt@brandt-elektro.de>
Datum: Mi., 4. Juni 2025 um 09:30 Uhr
Betreff: AW: Elektriker – die letzten zwei
An: Nicole Schulz <schulz@handwerkstalente.de>

Hallo Frau Schulz, wir haben uns für den anderen entschieden. Bitte danken Sie Frau Keller herzlich in unserem Namen, es war knapp.
Gruß U. Brandt

Wie du oben siehst, hat es diesmal leider nicht gereicht. Ich rufe dich morgen an.
Nicole""", ["wir haben uns für den anderen entschieden.", "hat es diesmal leider nicht gereicht."], "cover below, client writes the surname")
add("de", 2, G, """Hallo Tobias,

unten die Antwort vom Kunden. Tut mir echt leid – du warst bis zuletzt im Rennen.

Viele Grüße
Nicole

________________________________
Von: Sabine Wolf <s.wolf@nordlager.de>
Gesendet: Dienstag, 3. Juni 2025 14:05
An: Nicole Schulz <schulz@handwerkstalente.de>
Betreff: AW: Schichtleitung Lager

Hallo Frau Schulz,
wir gehen mit jemand anderem weiter. Richten Sie Herrn Vogt bitte unseren Dank aus.
S. Wolf""", ["wir gehen mit jemand anderem weiter."], "Outlook block, cover above, client writes the surname")
add("de", 3, G, """Hallo Aylin,

---------- Weitergeleitete Nachricht ---------
Von: Jens Kramer <jens@kramer-sanitaer.de>
Datum: Di., 3. Juni 2025 um 16:40 Uhr
Betreff: AW: Anlagenmechaniker Köln
An: Katrin Meier <meier@handwerkerjobs.de>

Hallo Katrin, wir nehmen diesmal jemand anderen.
Jens

PS: Danke Aylin bitte von uns für den Probetag.

Wie du siehst, hat es leider nicht geklappt. Ich melde mich diese Woche telefonisch.
Katrin""", ["wir nehmen diesmal jemand anderen.", "hat es leider nicht geklappt."], "thanks request in a P.S., cover below")
add("de", 4, N, """Hallo Jana,

---------- Weitergeleitete Nachricht ---------
Von: Uwe Brandt <u.brandt@brandt-elektro.de>
Datum: Mi., 4. Juni 2025 um 09:30 Uhr
Betreff: AW: Elektriker – die letzten zwei
An: Nicole Schulz <schulz@handwerkstalente.de>

Hallo Frau Schulz, wir möchten Frau Keller die Stelle anbieten. Richten Sie ihr bitte unsere Glückwünsche und unseren Dank für das gute Gespräch aus.
Gruß U. Brandt

Wie du oben siehst – herzlichen Glückwunsch! Ruf mich an, dann gehen wir den Vertrag durch.
Nicole""", [], "forwarded offer with congratulations")
add("de", 5, N, """Hallo Markus,

zur Info unten. Kannst du das im System aktualisieren und die Stelle schließen?

Nicole

---------- Weitergeleitete Nachricht ---------
Von: Uwe Brandt <u.brandt@brandt-elektro.de>
Datum: Mi., 4. Juni 2025 um 09:30 Uhr
Betreff: AW: Elektriker – die letzten zwei
An: Nicole Schulz <schulz@handwerkstalente.de>

Hallo Frau Schulz, wir nehmen den anderen. Richten Sie Frau Keller unseren Dank aus.
Gruß U. Brandt""", [], "forward to a colleague")

# ---------------- fi
add("fi", 1, G, """Hei Noora,

---------- Edelleenlähetetty viesti ---------
Lähettäjä: Timo Heikkinen <timo@heikkisensahko.fi>
Päiväys: ke 4.6.2025 klo 9.30
Aihe: VS: Sähköasentajat – kaksi viimeistä
Vastaanottaja: Sanna Laaksonen <sanna@tekniikkarekry.fi>

Moi Sanna, päädyttiin siihen toiseen. Kiitä rouva Lehtistä meidän puolesta, tiukka väli oli.
Timo

Kuten yltä näet, tällä kertaa ei valitettavasti osunut kohdalle. Soitan huomenna.
Sanna""", ["päädyttiin siihen toiseen.", "tällä kertaa ei valitettavasti osunut kohdalle."], "cover below, client writes the surname")
add("fi", 2, G, """Hei Mikko,

välitän asiakkaan vastauksen alla. Harmittaa – olit ihan loppuun asti mukana.

Terveisin
Sanna

________________________________
Lähettäjä: Riikka Salo <riikka.salo@pohjoisvarasto.fi>
Lähetetty: tiistai 3. kesäkuuta 2025 14.05
Vastaanottaja: Sanna Laaksonen <sanna@tekniikkarekry.fi>
Aihe: VS: Vuoroesimies varasto

Hei Sanna,
me jatketaan jonkun muun kanssa. Kiitä Mikkoa minun puolesta.
Riikka""", ["me jatketaan jonkun muun kanssa."], "Outlook block, cover above")
add("fi", 3, G, """Hei Aino,

---------- Edelleenlähetetty viesti ---------
Lähettäjä: Kari Nieminen <kari@niemisenlvi.fi>
Päiväys: ti 3.6.2025 klo 16.40
Aihe: VS: LVI-asentaja Tampere
Vastaanottaja: Laura Koski <laura@rakennusrekry.fi>

Moi Laura, valittiin tällä kertaa joku muu.
Kari

PS. Kiitä Ainoa koepäivästä meidän puolesta.

Kuten näet, ei valitettavasti tärpännyt tällä kertaa. Soitan sinulle viikolla.
Laura""", ["valittiin tällä kertaa joku muu.", "ei valitettavasti tärpännyt tällä kertaa."], "thanks request in a P.S., cover below")
add("fi", 4, N, """Hei Noora,

---------- Edelleenlähetetty viesti ---------
Lähettäjä: Timo Heikkinen <timo@heikkisensahko.fi>
Päiväys: ke 4.6.2025 klo 9.30
Aihe: VS: Sähköasentajat – kaksi viimeistä
Vastaanottaja: Sanna Laaksonen <sanna@tekniikkarekry.fi>

Moi Sanna, haluamme tarjota Nooralle paikkaa. Välitä hänelle onnittelut ja kiitokset hyvästä haastattelusta.
Timo

Kuten yltä näet – onnea! Soita, niin käydään sopimus läpi.
Sanna""", [], "forwarded offer with congratulations")
add("fi", 5, N, """Hei Ville,

tiedoksi alla. Voitko päivittää järjestelmän ja sulkea haun?

Sanna

---------- Edelleenlähetetty viesti ---------
Lähettäjä: Timo Heikkinen <timo@heikkisensahko.fi>
Päiväys: ke 4.6.2025 klo 9.30
Aihe: VS: Sähköasentajat – kaksi viimeistä
Vastaanottaja: Sanna Laaksonen <sanna@tekniikkarekry.fi>

Moi Sanna, otetaan se toinen. Kiitä Nooraa meidän puolesta.
Timo""", [], "forward to a colleague")

with open("tests/corpus/relay4.jsonl", "w") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows))

"""Task edges8: own-wording drafts for tests/corpus/edges8.jsonl (see tests/corpus/README.md).

Families (the note starts with the tag the corpus test reads):
  E  an emoji ends a sentence that has no full stop ("… this time 😕 Good luck!"); emoji sequences (🙏🏻, ❤️, 👍, flags)
  E twin  an emoji inside a sentence ("we 💙 your portfolio, and we'd like to invite you …"): an invitation
  O  an ordinal's period inside a decision ("… til 2. samtale", "zum 2. Gespräch", "2. haastattelukierrokselle");
     sv/en write no period after an ordinal: there a real sentence end after a year ("… 2026. Vi har …") is kept
  O twin  the same ordinal in an invitation
  S  a bare "we are fully staffed" answering the reader's application or inquiry (the job word may be absent)
  S twin  a guest told "fully booked", staff told "fully staffed on Saturday, no need to come in", and
     "fully staffed now but will hire in March — can I keep your CV and call you then?" (not-rejection: the
     application is carried to a named recruitment and the writer asks the reader's leave; a deferral, not a no)
"""
import json, sys

NR, GR = "not-rejection", "generic-rejection"
R = []


def row(lang, label, stage, text, spans, note):
    R.append((lang, label, stage, text, spans, note))


# ---------------- sv
row("sv", GR, "application",
    "Hej Amir!\n\nTack för att du sökte jobbet som diskare hos oss. Tyvärr blev det inte du den här gången 😕 Lycka till framöver!\n\n/Maja, Restaurang Tallen",
    ["Tyvärr blev det inte du den här gången"], "E: emoji ends the decision, bare good luck after")
row("sv", GR, "interview",
    "Hej Linnea,\n\nTack för en trevlig intervju i onsdags 🙏🏻 Vi har tyvärr valt att gå vidare med en annan kandidat ❤️ Vi önskar dig lycka till i ditt fortsatta jobbsökande.\n\nHälsningar\nKalle, Bokhandeln",
    ["Vi har tyvärr valt att gå vidare med en annan kandidat", "Vi önskar dig lycka till i ditt fortsatta jobbsökande"],
    "E: emoji sequences (skin tone, heart with selector) end thanks and decision")
row("sv", NR, None,
    "Hej Amir!\n\nTack för din ansökan – vi 💙 din portfolio och vill gärna bjuda in dig på intervju på fredag kl. 10 👍 Säg till om tiden inte passar!\n\n/Maja",
    [], "E twin: emoji inside the sentence, an invitation")
row("sv", GR, "application",
    "Hej Oskar,\n\nTack för din ansökan till tjänsten som ekonomiassistent. Tjänsten tillträds i januari 2026. Vi har tyvärr valt att gå vidare med andra kandidater.\n\nVänliga hälsningar\nEva Lund",
    ["Vi har tyvärr valt att gå vidare med andra kandidater"], "O: a real sentence end after a year stays an end")
row("sv", GR, "application",
    "Hej Elsa!\n\nTack för ditt mejl och ditt CV. Vi är tyvärr fullbemannade just nu.\n\nHälsningar\nOla, Cykelverkstan",
    ["Vi är tyvärr fullbemannade just nu"], "S: bare fully staffed to an unsolicited CV")
row("sv", NR, None,
    "Hej Elsa!\n\nTack för din bordsbokning till lördag. Vi är tyvärr fullbokade i kväll, men vi har ett bord på söndag kl. 18 om det passar.\n\nHälsningar\nOla, Restaurang Hamnen",
    [], "S twin: a guest told fully booked")
row("sv", NR, None,
    "Hej Elsa!\n\nTack för ditt CV. Vi är fullbemannade nu men ska anställa i mars – får jag spara ditt CV och ringa dig då?\n\nHälsningar\nOla, Cykelverkstan",
    [], "S twin: fully staffed now, will hire in March, may I keep your CV and call you (deferral)")

# ---------------- da
row("da", GR, "application",
    "Hej Mikkel\n\nTak for din ansøgning til stillingen som lagermedarbejder 👍 Vi har desværre valgt en anden kandidat 🙏🏻 Vi ønsker dig held og lykke med jobsøgningen.\n\nMvh\nLone",
    ["Vi har desværre valgt en anden kandidat", "Vi ønsker dig held og lykke med jobsøgningen"],
    "E: emoji ends thanks and decision")
row("da", NR, None,
    "Hej Mikkel\n\nVi 💙 din portfolio, og vi vil gerne invitere dig til en samtale på tirsdag kl. 10 👍 Giv lige besked, om tidspunktet passer.\n\nMvh\nLone",
    [], "E twin: emoji inside the sentence, an invitation")
row("da", GR, "interview",
    "Hej Sofie\n\nTak for samtalen i mandags. Vi har desværre valgt ikke at gå videre med dig til 2. samtale.\n\nVi ønsker dig held og lykke fremover.\n\nVenlig hilsen\nJens Holm",
    ["Vi har desværre valgt ikke at gå videre med dig til 2. samtale", "Vi ønsker dig held og lykke fremover"],
    "O: ordinal inside the decision")
row("da", NR, None,
    "Hej Sofie\n\nTak for samtalen i mandags. Vi vil gerne gå videre med dig til 2. samtale på torsdag kl. 13.\n\nVenlig hilsen\nJens Holm",
    [], "O twin: the ordinal in an invitation")
row("da", GR, "application",
    "Hej Anders\n\nTak for din uopfordrede ansøgning. Vi er desværre fuldt bemandet.\n\nHilsen\nKaren, Bageriet på Torvet",
    ["Vi er desværre fuldt bemandet"], "S: bare fully staffed to an unsolicited application")
row("da", NR, None,
    "Hej Anders\n\nVi er fuldt bemandet på lørdag, så du behøver ikke komme ind. Nyd den ekstra fridag!\n\nHilsen\nKaren",
    [], "S twin: manager to staff, no need to come in")

# ---------------- nb
row("nb", GR, "application",
    "Hei Ida!\n\nTusen takk for at du søkte på sommerjobben hos oss ❤️ Dessverre ble det ikke deg denne gangen 😕 Lykke til!\n\nHilsen Marte, Iskiosken",
    ["Dessverre ble det ikke deg denne gangen"], "E: emoji ends the decision, bare good luck after")
row("nb", NR, None,
    "Hei Ida!\n\nTakk for søknaden – vi 💙 porteføljen din, og vi vil gjerne invitere deg til intervju på fredag 👍 Si fra om tiden passer!\n\nHilsen Marte",
    [], "E twin: emoji inside the sentence, an invitation")
row("nb", GR, "interview",
    "Hei Jonas,\n\nTakk for intervjuet på onsdag. Vi har dessverre besluttet å ikke ta deg med videre i 2. intervjurunde.\n\nVennlig hilsen\nSiri Dahl",
    ["Vi har dessverre besluttet å ikke ta deg med videre i 2. intervjurunde"], "O: ordinal inside the decision")
row("nb", NR, None,
    "Hei Jonas,\n\nTakk for intervjuet på onsdag. Vi vil gjerne ta deg med videre i 2. intervjurunde neste uke. Passer tirsdag kl. 9?\n\nVennlig hilsen\nSiri Dahl",
    [], "O twin: the ordinal in an invitation")
row("nb", GR, "application",
    "Hei Emil,\n\nTakk for at du tok kontakt og sendte CV. Vi er dessverre fullt bemannet for øyeblikket.\n\nHilsen\nTrond, Bryggekafeen",
    ["Vi er dessverre fullt bemannet for øyeblikket"], "S: bare fully staffed to an inquiry with a CV")
row("nb", NR, None,
    "Hei Emil,\n\nVi er fullt bemannet på lørdag, så du trenger ikke komme inn. Nyt fridagen!\n\nTrond",
    [], "S twin: manager to staff, no need to come in")

# ---------------- en
row("en", GR, "application",
    "Hi Sam,\n\nThanks so much for applying for the barista job 🙏🏻 Unfortunately we won't be taking your application further 😕 We wish you every success in your job search.\n\nCheers,\nHolly",
    ["Unfortunately we won't be taking your application further", "We wish you every success in your job search"],
    "E: emoji ends thanks and decision")
row("en", NR, None,
    "Hi Sam,\n\nWe 💙 your portfolio, and we'd like to invite you to an interview on Friday at 11 🇬🇧 Let me know if that works!\n\nHolly",
    [], "E twin: emoji inside the sentence, an invitation, a flag after it")
row("en", GR, "application",
    "Dear Priya,\n\nThank you for your interest in our graduate scheme. Our next intake opens in September 2026. We regret to inform you that we will not be progressing your application.\n\nKind regards,\nGraduate Recruitment",
    ["We regret to inform you that we will not be progressing your application"], "O: a real sentence end after a year stays an end")
row("en", GR, "application",
    "Hi Leo,\n\nThanks for dropping your CV in last week. We're fully staffed at the moment, sorry.\n\nTom\nThe Anchor",
    ["We're fully staffed at the moment, sorry"], "S: bare fully staffed to a CV dropped in")
row("en", NR, None,
    "Hi Leo,\n\nThanks for getting in touch about a table for six. We're fully booked tonight, sorry, but we could do 7pm tomorrow if that suits?\n\nTom\nThe Anchor",
    [], "S twin: a guest told fully booked")
row("en", NR, None,
    "Hi Leo,\n\nThanks for dropping your CV in. We're fully staffed now but will hire in March — can I keep your CV and call you then?\n\nTom\nThe Anchor",
    [], "S twin: fully staffed now, will hire in March, may I keep your CV and call you (deferral)")

# ---------------- de
row("de", GR, "application",
    "Hallo Lena,\n\ndanke für deine Bewerbung als Aushilfe bei uns im Café 👍 Leider hat es diesmal nicht geklappt 😕 Wir wünschen dir für deinen weiteren Weg alles Gute.\n\nViele Grüße\nJana",
    ["Leider hat es diesmal nicht geklappt", "Wir wünschen dir für deinen weiteren Weg alles Gute"],
    "E: emoji ends thanks and decision")
row("de", NR, None,
    "Hallo Lena,\n\nwir 💙 deine Mappe, und wir würden dich gern zu einem Gespräch am Freitag um 11 Uhr einladen 🇩🇪 Passt dir das?\n\nViele Grüße\nJana",
    [], "E twin: emoji inside the sentence, an invitation, a flag after it")
row("de", GR, "interview",
    "Sehr geehrte Frau Krause,\n\nvielen Dank für das erste Gespräch. Leider haben wir uns entschieden, Sie nicht zum 2. Gespräch einzuladen.\n\nMit freundlichen Grüßen\nThomas Berg",
    ["Leider haben wir uns entschieden, Sie nicht zum 2. Gespräch einzuladen"], "O: ordinal inside the decision")
row("de", NR, None,
    "Sehr geehrte Frau Krause,\n\nvielen Dank für das erste Gespräch. Wir möchten Sie gern zum 2. Gespräch am Donnerstag um 14 Uhr einladen.\n\nMit freundlichen Grüßen\nThomas Berg",
    [], "O twin: the ordinal in an invitation")
row("de", GR, "interview",
    "Hallo Herr Yilmaz,\n\nvielen Dank für das Gespräch am Montag. Leider können wir Sie nicht in die 2. Runde einladen.\n\nFreundliche Grüße\nKatrin Vogel",
    ["Leider können wir Sie nicht in die 2. Runde einladen"], "O: an article before the ordinal, a capitalised noun after it")
row("de", NR, None,
    "Hallo Herr Yilmaz,\n\nvielen Dank für das Gespräch am Montag. Wir würden Sie gern zu einem 2. Gespräch einladen. Passt Ihnen der Mittwoch?\n\nFreundliche Grüße\nKatrin Vogel",
    [], "O twin: an article before the ordinal in an invitation")
row("de", GR, "application",
    "Hallo Jonas,\n\ndanke für deine Initiativbewerbung. Wir sind derzeit leider voll besetzt.\n\nGruß\nMarkus, Gärtnerei Lindner",
    ["Wir sind derzeit leider voll besetzt"], "S: bare fully staffed to an unsolicited application")
row("de", NR, None,
    "Hallo Jonas,\n\nwir sind am Samstag voll besetzt, du musst also nicht reinkommen. Genieß das freie Wochenende!\n\nGruß\nMarkus",
    [], "S twin: manager to staff, no need to come in")

# ---------------- fi
row("fi", GR, "application",
    "Hei Aino,\n\nkiitos hakemuksestasi kesätyöhön 🙏🏻 Valitettavasti valinta ei tällä kertaa osunut sinuun 😕 Toivotamme sinulle onnea työnhakuun.\n\nTerveisin\nPaula",
    ["Valitettavasti valinta ei tällä kertaa osunut sinuun", "Toivotamme sinulle onnea työnhakuun"],
    "E: emoji ends thanks and decision")
row("fi", NR, None,
    "Hei Aino,\n\nme 💙 portfoliotasi, ja haluaisimme kutsua sinut haastatteluun perjantaina klo 11 👍 Sopiiko aika sinulle?\n\nTerveisin\nPaula",
    [], "E twin: emoji inside the sentence, an invitation")
row("fi", GR, "interview",
    "Hei Mikko,\n\nkiitos haastattelusta tiistaina. Valitettavasti et päässyt jatkoon 2. haastattelukierrokselle.\n\nTerveisin\nSari Niemi",
    ["Valitettavasti et päässyt jatkoon 2. haastattelukierrokselle"], "O: ordinal inside the decision")
row("fi", NR, None,
    "Hei Mikko,\n\nkiitos haastattelusta tiistaina. Pääsit jatkoon 2. haastattelukierrokselle, joka pidetään torstaina klo 10.\n\nTerveisin\nSari Niemi",
    [], "O twin: the ordinal in an invitation")
row("fi", GR, "application",
    "Hei Ville,\n\nkiitos avoimesta hakemuksestasi. Meillä on valitettavasti tällä hetkellä tarpeeksi henkilökuntaa.\n\nTerveisin\nLeena, Kahvila Kaneli",
    ["Meillä on valitettavasti tällä hetkellä tarpeeksi henkilökuntaa"], "S: bare enough staff to an unsolicited application")
row("fi", NR, None,
    "Hei Ville,\n\nmeillä on lauantaina tarpeeksi henkilökuntaa, joten sinun ei tarvitse tulla töihin. Nauti vapaapäivästä!\n\nLeena",
    [], "S twin: manager to staff, no need to come in")

out = []
count = {}
for lang, label, stage, text, spans, note in R:
    count[lang] = count.get(lang, 0) + 1
    for s in spans:
        assert text.count(s) == 1, (lang, s)
    out.append(json.dumps({"id": f"e8-{lang}-{count[lang]:03d}", "lang": lang, "label": label, "stage": stage,
                           "text": text, "generic_spans": spans, "risky_spans": [], "note": note}, ensure_ascii=False))
open(sys.argv[1] if len(sys.argv) > 1 else "tests/corpus/edges8.jsonl", "w").write("\n".join(out) + "\n")
print(len(out), count)

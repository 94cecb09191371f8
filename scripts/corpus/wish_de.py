# Own-wording probes (task wish), German: see wish_sv.py for the families.
G, S, N = 'generic-rejection', 'specific-rejection', 'not-rejection'
BODIES = [
 (G, 'interview', "Hallo Frau Becker,\n\nvielen Dank für das Gespräch am Montag. Wir hätten lieber jemanden, der am Anfang seiner Laufbahn steht, und entscheiden uns daher für eine andere Person.\n\nMit freundlichen Grüßen\nThomas Keller",
  ["entscheiden uns daher für eine andere Person"], ["Wir hätten lieber jemanden, der am Anfang seiner Laufbahn steht"], "A: age-coded."),
 (G, 'interview', "Hallo Herr Vogel,\n\ndanke für das Gespräch. Wir tendieren zu einem Profil mit mehr Jahren in der Branche, deshalb wird es diesmal nichts.\n\nViele Grüße\nSabine Roth",
  ["Wir tendieren zu einem Profil mit mehr Jahren in der Branche, deshalb wird es diesmal nichts"], [], "A: lean towards."),
 (G, 'final', "Sehr geehrte Frau Yilmaz,\n\nvielen Dank für Ihre Teilnahme an der letzten Runde. Am Ende fiel unsere Wahl auf die andere Finalistin.\n\nMit freundlichen Grüßen\nDr. Jan Albers",
  ["Am Ende fiel unsere Wahl auf die andere Finalistin"], [], "A: choice fell."),
 (G, 'final', "Hallo Lukas,\n\ndanke für die beiden Gespräche. Es war knapp, aber die Waage hat sich zugunsten des anderen Bewerbers geneigt.\n\nGrüße\nMiriam",
  ["die Waage hat sich zugunsten des anderen Bewerbers geneigt"], [], "A: scale tipped."),
 (G, 'interview', "Sehr geehrter Herr Braun,\n\nvielen Dank für Ihre Bewerbung und das Gespräch. Wir finden, dass die andere Kandidatin besser zur Stelle passt.\n\nFreundliche Grüße\nAnke Weber",
  ["Wir finden, dass die andere Kandidatin besser zur Stelle passt"], [], "A: other fits better."),
 (G, 'interview', "Hallo Frau Schulz,\n\ndanke für das Vorstellungsgespräch. Wir möchten in diesem Team lieber einen Mann einstellen und sagen Ihnen daher ab.\n\nGruß\nMarkus",
  ["sagen Ihnen daher ab"], ["Wir möchten in diesem Team lieber einen Mann einstellen"], "A: sex preference."),
 (S, 'interview', "Hallo Herr Kaya,\n\ndanke für das Gespräch. Wir bevorzugen einen Bewerber, der den Staplerschein bereits hat, weil die Stelle ihn ab dem ersten Tag verlangt, und den haben Sie noch nicht.\n\nGruß\nPetra",
  [], [], "A: preference with licence."),
 (N, None, "Lagermitarbeiter (m/w/d) gesucht\n\nWir bevorzugen Bewerber mit Staplerschein und Führerschein Klasse B. Bewerbungsschluss ist der 31. Mai.\n\nWir freuen uns auf Sie!",
  [], [], "A-neg: ad."),
 (N, None, "Hallo Frau Lang,\n\nvielen Dank für Ihre Bewerbung! Wir möchten Sie gern zu einem Gespräch einladen. Am liebsten wäre uns Dienstagvormittag.\n\nViele Grüße\nKatrin",
  [], [], "A-neg: invitation."),
 (N, None, "Hallo Jörg,\n\nich habe mir die drei Finalisten angesehen. Ich tendiere zu Frau Haas, sie hat die meiste Erfahrung mit Lohnabrechnung. Was meinst du?\n\nGruß\nUte",
  [], [], "A-neg: colleague."),
 (S, 'application', "Stelle: Berufskraftfahrer, Kassel\n\nAbgelehnt\n\nGrund: Sie besitzen keinen Führerschein der Klasse CE, der für diese Stelle Voraussetzung ist.\n\nDies ist eine automatisch erzeugte Nachricht.",
  [], [], "B: bare status + reason."),
 (G, 'application', "Guten Tag,\n\nStatus: Abgelehnt\nGrund: Andere Bewerbungen entsprachen dem Anforderungsprofil besser.\n\nIhr Recruiting-Team",
  ["Status: Abgelehnt", "Andere Bewerbungen entsprachen dem Anforderungsprofil besser"], [], "B: generic reason."),
 (N, None, "Hallo Frau Seidel,\n\nIhr Urlaubsantrag für die Woche ab dem 4. August wurde abgelehnt. Grund: Die Urlaubssperre im Lager gilt bis Ende August.\n\nGruß\nPersonalabteilung",
  [], [], "B-neg: leave."),
 (N, None, "Hallo,\n\nRechnung 55120 wurde im Freigabeprozess abgelehnt. Grund: Die Bestellnummer fehlt. Bitte korrigieren und erneut einreichen.\n\nBuchhaltung",
  [], [], "B-neg: invoice."),
 (S, 'interview', "Hallo Herr Ahmadi,\n\ndanke für das Gespräch. Wir haben uns entschieden, Ihre Bewerbung nicht weiterzuverfolgen, vor allem weil:\n- Sie keinen Führerschein Klasse B haben\n- Sie weniger als zwei Jahre Erfahrung mit SAP haben\n\nAlles Gute\nNina",
  [], [], "C: bullets."),
 (N, None, "Hallo Herr Ahmadi,\n\nwir laden Sie am Freitag um 10 Uhr zum Gespräch ein. Bitte bringen Sie mit:\n- Führerschein\n- Zeugnisse\n\nGruß\nNina",
  [], [], "C-neg."),
]

# batch 2: the preference as the only decision, more status shapes (scored before any change)
BODIES += [
 (G, 'interview', "Hallo Frau Krüger,\n\ndanke, dass Sie sich Zeit für uns genommen haben. Ehrlich gesagt hätten wir am Empfang lieber ein jüngeres Gesicht.\n\nGruß\nRalf",
  [], ["hätten wir am Empfang lieber ein jüngeres Gesicht"], "A: bare age."),
 (G, 'final', "Hallo Herr Wolf,\n\ndanke für das letzte Gespräch. Es war eng, aber am Ende hat die Waage zugunsten der anderen Kandidatin ausgeschlagen.\n\nViele Grüße\nHelga",
  ["am Ende hat die Waage zugunsten der anderen Kandidatin ausgeschlagen"], [], "A: bare scale."),
 (G, 'interview', "Hallo Jenny,\n\ndanke für deine Bewerbung und das Gespräch. Wir sind dabei gelandet, dass der andere Kandidat besser zu uns passt.\n\nGruß\nMatthias",
  ["Wir sind dabei gelandet, dass der andere Kandidat besser zu uns passt"], [], "A: landed."),
 (G, 'interview', "Sehr geehrter Herr Ali,\n\nvielen Dank für das Gespräch. Wir bevorzugen für diese Stelle jemanden mit längerer Branchenerfahrung.\n\nMit freundlichen Grüßen\nCelina Hahn",
  ["Wir bevorzugen für diese Stelle jemanden mit längerer Branchenerfahrung"], [], "A: bare preference."),
 (S, 'application', "Hallo Herr Theo,\n\ndanke für Ihre Bewerbung. Wir bevorzugen Bewerber mit abgeschlossener Ausbildung als Pflegefachkraft, und die haben Sie noch nicht.\n\nGruß\nHaus Sonnenhof",
  [], [], "A: preference with training."),
 (N, None, "Hallo Ulla,\n\nfür die Kochstelle hätten wir lieber jemanden mit À-la-carte-Erfahrung. Kannst du die Anzeige auf Indeed stellen?\n\nDanke!\nBernd",
  [], [], "A-neg: colleague ad."),
 (S, 'application', "Betreff: Bewerbung Pflegehelfer (Nachtdienst)\n\nErgebnis: Absage\nBegründung: Die Stelle setzt einen Pflegebasiskurs voraus, der aus Ihren Unterlagen nicht hervorgeht.\n\nMit freundlichen Grüßen\nPersonalabteilung",
  [], [], "B: Ergebnis + specific."),
 (G, 'application', "Ihre Bewerbung: Verkäufer/in, Bremen\n\nAbgelehnt.\n\nGrund: Wir haben sehr viele qualifizierte Bewerbungen erhalten.\n\nDiese Nachricht wurde automatisch erstellt.",
  ["Abgelehnt.", "Wir haben sehr viele qualifizierte Bewerbungen erhalten"], [], "B: bare + generic."),
]

# batch 3: new wording, scored at first sight after the batch 1-2 fixes
BODIES += [
 (G, 'application', "Sehr geehrter Herr Erik,\n\nvielen Dank für Ihre Bewerbung als Buchhalter. Wir bevorzugen Kandidaten mit etwas längerer Erfahrung in der Buchhaltung und können Ihre Bewerbung daher nicht weiter berücksichtigen.\n\nMit freundlichen Grüßen\nPia Holm",
  ["können Ihre Bewerbung daher nicht weiter berücksichtigen"], [], "A: preference + decision."),
 (G, 'final', "Hallo Hanna,\n\ndanke, dass du alle Schritte mitgemacht hast. Nach langer Diskussion haben wir uns eher zur anderen Finalistin hingezogen gefühlt.\n\nViele Grüße\nKarl",
  ["Nach langer Diskussion haben wir uns eher zur anderen Finalistin hingezogen gefühlt"], [], "A: drawn to the other finalist."),
 (G, 'interview', "Hallo Frau Berg,\n\ndanke für das Gespräch. Da wir lieber einen Mann im Lager hätten, haben wir uns für einen anderen Bewerber entschieden.\n\nGruß\nLeif",
  ["haben wir uns für einen anderen Bewerber entschieden"], ["Da wir lieber einen Mann im Lager hätten"], "A: preference as cause."),
 (N, None, "Hallo Herr Hugo,\n\nvielen Dank für Ihre Bewerbung als Tischler! Als Referenz hätten wir lieber jemanden, der Ihr direkter Vorgesetzter war. Können Sie uns Name und Nummer schicken?\n\nGruß\nJenny",
  [], [], "A-neg: reference request."),
 (S, 'application', "Stelle: Staplerfahrer, Kassel\n\nNicht berücksichtigt\n\nGrund: Die Stelle setzt einen Staplerschein voraus, der aus Ihrer Bewerbung nicht hervorgeht.\n\nLogistik GmbH",
  [], [], "B: bare status + reason."),
 (N, None, "Hallo Herr Simon,\n\nStatus: In Bearbeitung\n\nIhre Bewerbung als Lagerist wird gerade geprüft. Wir melden uns innerhalb von zwei Wochen.\n\nRecruiting",
  [], [], "B-neg: in progress."),
 (S, 'application', "Hallo Herr Kevin,\n\ndanke für Ihre Bewerbung. Wir verfolgen sie aus folgenden Gründen nicht weiter:\n\n1. Sie haben keinen Gesellenbrief als Fliesenleger.\n2. Sie haben keine Erfahrung mit Nassräumen.\n\nGruß\nFliesen Müller",
  [], [], "C: numbered reasons."),
]

# batch 4: look-alikes found by a spot check after batch 3 (a receipt and a question beside a preference)
BODIES += [
 (N, None, "Hallo Frau Nowak,\n\nvielen Dank für Ihre Bewerbung! Wir melden uns innerhalb von zwei Wochen. Bitte beachten Sie, dass wir jemanden bevorzugen, der im Juni anfangen kann.\n\nViele Grüße\nAnna",
  [], [], "A-neg: receipt with a preference."),
 (N, None, "Hallo Frau Nowak,\n\nvielen Dank für Ihre Bewerbung. Wir hätten lieber jemanden, der schon im Juni anfangen kann. Wann könnten Sie starten?\n\nViele Grüße\nAnna",
  [], [], "A-neg: preference as a question."),
]

# batch 5: new wording, scored at first sight after the batch 1-4 fixes
BODIES += [
 (G, 'interview', "Hallo Frau Amann,\n\nvielen Dank für das Gespräch. Uns wäre jemand lieber, der schon länger im Vertrieb gearbeitet hat.\n\nViele Grüße\nLars Berg",
  ["Uns wäre jemand lieber, der schon länger im Vertrieb gearbeitet hat"], [], "A: wäre lieber."),
 (G, 'interview', "Sehr geehrter Herr Olsen,\n\nvielen Dank für das Vorstellungsgespräch. Wir geben einer Bewerberin den Vorzug, die mehr Führungserfahrung mitbringt.\n\nMit freundlichen Grüßen\nEva Koch",
  ["Wir geben einer Bewerberin den Vorzug, die mehr Führungserfahrung mitbringt"], [], "A: den Vorzug geben."),
 (N, None, "Hallo Per,\n\nvor der zweiten Runde: Ich hätte lieber jemanden mit Führerschein. Kannst du die letzten zwei anrufen und fragen?\n\nEva",
  [], [], "A-neg: colleague."),
 (S, 'application', "Stelle: Elektriker, Bremen\n\nAbsage\n\nGrund: Ihnen fehlt der Gesellenbrief als Elektroniker, der Voraussetzung ist.\n\nElektro Kraft GmbH",
  [], [], "B: Absage."),
]

# batch 6: look-alikes found by a spot check after batch 5 (a calendar decline)
BODIES += [
 (N, None, "Einladung: Vorstellungsgespräch mit Sara Lind, Di 4. Juni 10:00\n\nAbgelehnt\n\nSara Lind hat diese Einladung abgelehnt.\n\nOutlook-Kalender",
  [], [], "B-neg: calendar decline of an interview."),
]

# batch 7: new wording, scored at first sight after the batch 1-6 fixes
BODIES += [
 (G, 'interview', "Hallo Frau Maier,\n\ndanke, dass Sie zum Gespräch gekommen sind. Wir würden lieber eine Person mit längerer Führungserfahrung einstellen.\n\nGruß\nTom Weber",
  ["Wir würden lieber eine Person mit längerer Führungserfahrung einstellen"], [], "A: würden lieber einstellen."),
 (G, 'final', "Hallo Petra,\n\ndanke für die zwei guten Gespräche. Die andere Kandidatin hatte am Ende knapp die Nase vorn.\n\nGruß\nNils",
  ["Die andere Kandidatin hatte am Ende knapp die Nase vorn"], [], "A: Nase vorn."),
 (N, None, "Hallo Herr Samir,\n\ndanke für das Gespräch gestern! Wir möchten gern weitermachen und würden das nächste Treffen lieber bei uns in Köln machen.\n\nGruß\nLinda",
  [], [], "A-neg: invitation with preference."),
]

# batch 8: new wording, scored at first sight after the batch 1-7 fixes
BODIES += [
 (G, 'interview', "Hallo Frau Anne,\n\ndanke für das Gespräch. Ehrlich gesagt sähen wir in dieser Rolle lieber einen Mann, das Team ist das so gewohnt.\n\nGruß\nBodo",
  [], ["sähen wir in dieser Rolle lieber einen Mann"], "A: sähen lieber einen Mann."),
 (N, None, "Hallo Jonas,\n\ndanke für deine Bewerbung! Wir hätten deinen Lebenslauf lieber als PDF. Kannst du ihn nochmal schicken?\n\nGruß\nMia",
  [], [], "A-neg: file format."),
]

# batch 9: look-alikes found by a spot check after batch 8 (a wish word beside a person who is not the hire)
BODIES += [
 (N, None, "Hallo Jo,\n\ndanke für Ihre Bewerbung! Wir sprechen lieber mit einer Person direkt als per Mail, rufen Sie mich gern an.\n\nGruß\nAl",
  [], [], "A-neg: rather talk to a person."),
]

# batch 10: wordings found by a spot check after batch 9
BODIES += [
 (G, 'interview', "Hallo Jo,\n\ndanke für das Gespräch am Montag. Wir tendieren eher zu jemandem mit mehr Jahren in der Branche.\n\nGruß\nAl",
  ["Wir tendieren eher zu jemandem mit mehr Jahren in der Branche"], [], "A: tendieren zu jemandem."),
]
